using PostmortemSite.Checking;
using PostmortemSite.FileSystem;

namespace PostmortemSite.Reading;

/// <summary>
/// Reads a file from the input folder, or says why not. Only what lies under the input folder is published, so a
/// link to a file elsewhere is skipped; a FIFO or a device is refused before it is opened (a FIFO waits for a writer
/// forever, /dev/zero never ends); and the size limit holds whatever length the file claims.
/// </summary>
internal static class SourceFiles
{
    /// <param name="inputRoot">The input folder's real path (<see cref="RealPath.Of"/>).</param>
    public static async Task<(byte[]? Bytes, Diagnostic? Problem)> ReadAsync(string inputRoot, string fullPath, string relativePath, CancellationToken cancellationToken)
    {
        if (LeadsOutside(inputRoot, fullPath))
        {
            return (null, Diagnostic.Warning(DiagnosticCodes.SkippedLink, $"the file '{relativePath}' is a symbolic link to a file outside the input folder and was not read", new SourceLocation(relativePath),
                "copy the file into the input folder instead of linking to it"));
        }

        var kind = FileKinds.Of(fullPath);
        if (kind is FileKind.Fifo or FileKind.Device or FileKind.Socket)
        {
            var what = kind switch
            {
                FileKind.Fifo => "a FIFO (named pipe)",
                FileKind.Device => "a device",
                _ => "a socket",
            };
            return (null, Diagnostic.Error(DiagnosticCodes.NotARegularFile, $"the file is {what}, not a regular file, and was not read", new SourceLocation(relativePath, 1, 1),
                "remove it from the input folder; postmortems are ordinary text files"));
        }

        try
        {
            var reported = new FileInfo(fullPath).Length;
            if (SourceDecoder.CheckSize(reported, relativePath) is { } tooLarge)
            {
                return (null, tooLarge);
            }

            // Where the kind is unknown (not Linux), a FIFO also reports no length: it is never opened.
            if (reported == 0)
            {
                return ([], null);
            }

            return await ReadAtMostAsync(fullPath, (int)reported, cancellationToken) is { } bytes
                ? (bytes, null)
                : (null, SourceDecoder.TooLarge(relativePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}", new SourceLocation(relativePath), "check that the file exists and is readable"));
        }
    }

    /// <summary>
    /// A settings file at the input folder's root (the taxonomy, postmortemsite.yml) as text, under the same rules as a
    /// postmortem, since its values are published too; a problem is added to <paramref name="diagnostics"/>.
    /// </summary>
    public static async Task<string?> ReadTextAsync(string inputDirectory, string fileName, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var inputRoot = RealPath.Of(inputDirectory) ?? Path.GetFullPath(inputDirectory);
        var (bytes, problem) = await ReadAsync(inputRoot, Path.Combine(inputDirectory, fileName), fileName, cancellationToken);
        var (text, decodingProblem) = bytes is null ? (null, problem) : SourceDecoder.Decode(bytes, fileName);
        if (decodingProblem is not null)
        {
            diagnostics.Add(decodingProblem);
        }

        return text;
    }

    /// <summary>Whether the file is a link whose target, followed all the way, is not under the input folder (or loops).</summary>
    private static bool LeadsOutside(string inputRoot, string fullPath) =>
        RealPath.LinkTarget(fullPath) is not null && (RealPath.Of(fullPath) is not { } real || !RealPath.IsWithin(real, inputRoot));

    /// <summary>The file's bytes, trusting its reported length only as a first guess; null past <see cref="SourceDecoder.MaxBytes"/>.</summary>
    internal static async Task<byte[]?> ReadAtMostAsync(string path, int reported, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        var buffer = new byte[reported];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        if (total < buffer.Length)
        {
            return buffer[..total];
        }

        // The file holds more than it claimed (it grew, or it is not what it says): read on, up to the limit.
        using var rest = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (total + rest.Length + read > SourceDecoder.MaxBytes)
            {
                return null;
            }

            rest.Write(chunk, 0, read);
        }

        return rest.Length == 0 ? buffer : [.. buffer, .. rest.ToArray()];
    }
}
