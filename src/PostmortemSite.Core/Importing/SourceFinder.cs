using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.FileSystem;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Importing.Review;

namespace PostmortemSite.Importing;

/// <summary>A file import was pointed at: read it in <paramref name="Format"/>, or, when <paramref name="NotRead"/> is set, list it with that reason.</summary>
internal sealed record ImportSource(string FullPath, string ShownPath, string SourceName, SourceFormat Format, Diagnostic? NotRead = null);

/// <summary>
/// Every file import is pointed at, each either to read or to list with the reason it is not read, so the summary
/// counts every file: named files are read whatever their extension (an unknown one as plain text); under a folder,
/// the formats import reads are read and everything else, hidden entries and linked folders included, is listed.
/// </summary>
internal static class SourceFinder
{
    public static List<ImportSource> Find(IReadOnlyList<string> paths, List<Diagnostic> diagnostics)
    {
        var sources = new List<ImportSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    sources.Add(new ImportSource(path, path, Path.GetFileName(path), SourceFormats.FromName(path) ?? SourceFormat.PlainText));
                }
            }
            else if (Directory.Exists(path))
            {
                sources.AddRange(FromFolder(path, seen));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"'{path}' is neither a file nor a folder", new SourceLocation(path), "check the path"));
            }
        }

        return sources;
    }

    private static IEnumerable<ImportSource> FromFolder(string folder, HashSet<string> seen)
    {
        var found = new List<ImportSource>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }))
            {
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
                var shown = Path.Combine(folder, relative).Replace('\\', '/');
                if (!seen.Add(Path.GetFullPath(entry.FullName)))
                {
                    continue;
                }

                if (entry is DirectoryInfo subfolder)
                {
                    // Hidden folders (.git) and linked folders (which can loop or lead outside) are named once, not walked.
                    if (entry.Name.StartsWith('.'))
                    {
                        found.Add(NotRead(entry.FullName, shown + "/", relative, "a hidden folder is not read", "name its files on the command line to import them"));
                    }
                    else if (subfolder.LinkTarget is not null)
                    {
                        found.Add(NotRead(entry.FullName, shown + "/", relative, "a linked folder is not followed", "import the folder it links to instead"));
                    }
                    else
                    {
                        pending.Push(subfolder.FullName);
                    }

                    continue;
                }

                found.Add(Classify(entry.FullName, shown, relative, folder));
            }
        }

        return found.OrderBy(f => f.ShownPath, StringComparer.Ordinal);
    }

    private static ImportSource Classify(string fullPath, string shown, string relative, string folder)
    {
        var name = Path.GetFileName(fullPath);
        if (name.StartsWith('.'))
        {
            return NotRead(fullPath, shown, relative, "a hidden file is not read", "name it on the command line to import it");
        }

        if (ReviewReport.IsReportName(name))
        {
            return NotRead(fullPath, shown, relative, "import's own review report is not a postmortem", "nothing to do");
        }

        if (FileKinds.Of(fullPath) is not (FileKind.Regular or FileKind.Unknown))
        {
            return NotRead(fullPath, shown, relative, "not a regular file (a pipe, device or socket)", "copy the postmortem into a regular file");
        }

        if (SourceFormats.FromName(name) is not { } format)
        {
            var extension = Path.GetExtension(name);
            return NotRead(fullPath, shown, relative,
                $"{(extension.Length == 0 ? "a file without an extension" : $"'{extension}' files")} are not read from a folder (read: {SourceFormats.ReadExtensions})",
                "convert it to one of those, or name the file itself on the command line to import it as plain text");
        }

        // A folder of old posts may hold a feed export beside a project's own XML (a build file, a sitemap, a layout):
        // only a feed or entry with exactly one entry is read from a folder.
        if (format == SourceFormat.FeedEntry && NotOneFeedEntry(fullPath) is { } why)
        {
            return NotRead(fullPath, shown, relative, why, "nothing to do unless it holds a postmortem; split a feed into one file per entry, or save the post as Markdown, text or HTML");
        }

        // A folder's own README or index describes the heap; the same name inside an incident's folder is that incident's write-up.
        var stem = name.Split('.')[0].ToLowerInvariant();
        if (!relative.Contains('/', StringComparison.Ordinal))
        {
            if (stem is "readme" or "index")
            {
                return NotRead(fullPath, shown, relative, $"'{name}' at the top of '{folder}' is taken as the folder's index, not a postmortem", "name it on the command line to import it");
            }

            if (RepositoryFiles.Contains(stem))
            {
                return NotRead(fullPath, shown, relative, $"'{name}' is one of a repository's own files (licence, contributing guide, changelog), not a postmortem", "name it on the command line to import it");
            }
        }

        if (IsTemplateName(stem))
        {
            return NotRead(fullPath, shown, relative, $"'{name}' is named as a template, not an incident", "name it on the command line to import it");
        }

        return new ImportSource(fullPath, shown, relative, format);
    }

    /// <summary>Why an XML file is not one feed entry; null when it is (or cannot be read, so the importer reports why).</summary>
    private static string? NotOneFeedEntry(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var (isFeed, entries, problem) = FeedEntryToMarkdown.Survey(reader);
            return problem is not null ? $"an XML file that cannot be read as a feed is not read from a folder ({problem})"
                : !isFeed ? "an XML file that is not an Atom or RSS feed or entry is not read from a folder"
                : entries != 1 ? $"a feed of {entries} entries is not read from a folder; import reads one entry per file"
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static readonly string[] RepositoryFiles =
        ["license", "licence", "copying", "notice", "contributing", "changelog", "changes", "code_of_conduct", "code-of-conduct", "security", "authors", "codeowners"];

    // "template.md", "_template.md", "postmortem-template.md", "Incident Report Template.md"; not "2023-05-01-email-template-outage.md".
    private static readonly string[] TemplateNameWords = ["postmortem", "post", "mortem", "incident", "report", "rca", "review", "blameless", "template"];

    private static bool IsTemplateName(string stem)
    {
        var words = stem.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Contains("template") && words.All(TemplateNameWords.Contains);
    }

    private static ImportSource NotRead(string fullPath, string shown, string relative, string reason, string hint) =>
        new(fullPath, shown, relative, SourceFormat.PlainText, Diagnostic.Warning(DiagnosticCodes.NotImported, $"not imported: {reason}", new SourceLocation(shown), hint));
}
