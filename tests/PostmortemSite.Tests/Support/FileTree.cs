using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PostmortemSite.FileSystem;

namespace PostmortemSite.Tests.Support;

/// <summary>What a folder holds, read without following a link or opening a FIFO, so a snapshot itself is always safe.</summary>
public static class FileTree
{
    /// <summary>Relative path to "file:hash", "link:target", "folder" or "special" (FIFO, device, socket).</summary>
    public static SortedDictionary<string, string> Snapshot(string folder, Func<string, bool>? skip = null)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return entries;
        }

        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var directory))
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(directory))
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                if (skip?.Invoke(relative) == true)
                {
                    continue;
                }

                if (new FileInfo(path).LinkTarget is { } target)
                {
                    entries[relative] = "link:" + target;
                }
                else if (Directory.Exists(path))
                {
                    entries[relative] = "folder";
                    pending.Push(path);
                }
                else
                {
                    entries[relative] = FileKinds.Of(path) is FileKind.Regular or FileKind.Unknown
                        ? "file:" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))
                        : "special";
                }
            }
        }

        return entries;
    }

    /// <summary>Every regular file's text under a folder, links not followed.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> RegularFiles(string folder) =>
        Snapshot(folder).Where(e => e.Value.StartsWith("file:", StringComparison.Ordinal)).Select(e => (e.Key, File.ReadAllBytes(Path.Combine(folder, e.Key))));

    /// <summary>Makes a FIFO (named pipe), as mkfifo(1) does.</summary>
    public static void MakeFifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
