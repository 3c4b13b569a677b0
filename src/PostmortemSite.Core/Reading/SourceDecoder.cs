using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Format;

namespace PostmortemSite.Reading;

/// <summary>Turns a file's bytes into text, or explains why it cannot: binary content, an oversized file, or an unknown encoding.</summary>
internal static class SourceDecoder
{
    public const int MaxBytes = (int)GuardedYamlParser.MaxExpandedCharacters;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Diagnostic? CheckSize(long length, string sourcePath) => length <= MaxBytes
        ? null
        : TooLarge(sourcePath, $"the file is {length / (1024 * 1024)} MB");

    /// <summary>For a file found to be over the limit while reading it, whatever size it reported.</summary>
    public static Diagnostic TooLarge(string sourcePath, string? size = null) =>
        Diagnostic.Error(DiagnosticCodes.FileTooLarge, $"{size ?? $"the file is over {MaxBytes / (1024 * 1024)} MB"}; postmortems over {MaxBytes / (1024 * 1024)} MB are not read", new SourceLocation(sourcePath, 1, 1),
            "move logs and dumps out of the postmortem and link to them instead");

    public static (string? Text, Diagnostic? Problem) Decode(byte[] bytes, string sourcePath)
    {
        var location = new SourceLocation(sourcePath, 1, 1);
        if (CheckSize(bytes.Length, sourcePath) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), null);
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
        {
            return (null, Diagnostic.Error(DiagnosticCodes.BinaryFile, "the file is binary, not text", location,
                "remove it from the input folder, or save it as UTF-8 text"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            // Older editors on Windows save as Windows-1252; every byte sequence is valid there, so nothing is lost.
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return (text, Diagnostic.Warning(DiagnosticCodes.NotUtf8, "the file is not valid UTF-8 and was read as Windows-1252", location,
                "re-save the file as UTF-8 so every tool reads it the same way"));
        }
    }
}
