using PostmortemSite.Checking;
using PostmortemSite.FileSystem;
using PostmortemSite.Model;

namespace PostmortemSite.Writing;

/// <summary>
/// Decides whether a build may write its output folder. A build only ever replaces what it wrote itself: a folder
/// that holds someone else's files is refused, as is one that is, holds or lies in the input once links are followed.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Checks the folder before a build that will write it, and completes a write that a kill interrupted, so the
    /// folder holds one whole site before anything else happens. Null when the build may go ahead.
    /// </summary>
    public static Diagnostic? Prepare(SiteOptions options)
    {
        if (Refusal(options) is { } refused)
        {
            return refused;
        }

        var root = Root(options.OutputDirectory);
        try
        {
            SiteWriter.FinishInterruptedWrite(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotWritable(options.OutputDirectory, e);
        }

        return !options.ForceOutput && IsForeign(root)
            ? Diagnostic.Error(DiagnosticCodes.OutputNotOwned, $"the output folder '{options.OutputDirectory}' is not empty and was not written by PostmortemSite; nothing in it was changed", new SourceLocation(options.OutputDirectory),
                "choose another folder with --output, or pass --force to write the site into it (files of yours at the site's paths are replaced, all others are kept)")
            : null;
    }

    /// <summary>The absolute path of an output folder, without a trailing separator.</summary>
    internal static string Root(string outputDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    /// <summary>What the site may write where the folder is, before looking inside it.</summary>
    private static Diagnostic? Refusal(SiteOptions options)
    {
        var output = options.OutputDirectory;
        if (string.IsNullOrWhiteSpace(output))
        {
            return Diagnostic.Error(DiagnosticCodes.OutputNotWritable, "no output folder was given", new SourceLocation("--output"), "pass the folder the site is written to, for example --output output");
        }

        string root;
        try
        {
            root = Root(output);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return NotWritable(output, e);
        }

        if (File.Exists(root))
        {
            return Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"the output path '{output}' is a file, not a folder", new SourceLocation(output),
                "choose a folder with --output, or move the file away");
        }

        if (NearestExisting(root) is { } ancestor && File.Exists(ancestor))
        {
            return NotWritable(output, new IOException($"'{ancestor}' is a file, so no folder can be made under it"));
        }

        if (!string.IsNullOrWhiteSpace(options.InputDirectory) && RealPath.Overlap(options.InputDirectory, root))
        {
            return Diagnostic.Error(DiagnosticCodes.OutputOverlapsInput, $"the output folder '{output}' overlaps the input folder '{options.InputDirectory}' (symbolic links followed); nothing was written", new SourceLocation(output),
                "choose an output folder outside the input folder, for example --output output");
        }

        return null;
    }

    internal static Diagnostic NotWritable(string outputDirectory, Exception e) =>
        Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write the output folder '{outputDirectory}': {e.Message}", new SourceLocation(outputDirectory),
            "check that the folder and the folders in it are writable, or choose another folder with --output");

    private static string? NearestExisting(string path)
    {
        for (var current = path; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>A folder with entries but no manifest: someone else's files, or a site from before manifests.</summary>
    private static bool IsForeign(string root) =>
        Directory.Exists(root) && OutputManifest.Read(root) is null && Directory.EnumerateFileSystemEntries(root).Any();
}

/// <summary>The writer found something of the user's where the site would write; nothing was changed.</summary>
internal sealed class OutputRefusedException(Diagnostic diagnostic) : IOException(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
