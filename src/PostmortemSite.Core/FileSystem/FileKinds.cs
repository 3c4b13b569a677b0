using System.Runtime.InteropServices;

namespace PostmortemSite.FileSystem;

/// <summary>What kind of entry a path names once links are followed.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Fifo,
    Device,
    Socket,
    Missing,
    Unknown,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before it is opened: opening a FIFO waits for a writer
/// forever, and a device such as /dev/zero never ends. .NET does not expose the file type, so on Linux it is asked
/// of statx(2), whose result has the same layout on every architecture.
/// </summary>
internal static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 0x1C;

    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        return OperatingSystem.IsLinux() ? OfLinux(path) : FileKind.Unknown;
    }

    private static FileKind OfLinux(string path)
    {
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
            {
                return FileKind.Unknown;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
