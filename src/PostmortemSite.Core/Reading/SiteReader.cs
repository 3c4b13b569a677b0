using PostmortemSite.Checking;
using PostmortemSite.FileSystem;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Reading;

/// <summary>The read stage: every postmortem under the input folder, read in parallel, plus the taxonomy.</summary>
internal static class SiteReader
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    public static Task<ReadStageResult> ReadAsync(string inputDirectory, CancellationToken cancellationToken = default) =>
        ReadAsync(inputDirectory, cache: null, cancellationToken);

    /// <param name="cache">Where unchanged files' earlier results are found; null reads every file.</param>
    public static async Task<ReadStageResult> ReadAsync(string inputDirectory, IReadCache? cache, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"input folder '{inputDirectory}' does not exist", new SourceLocation(inputDirectory), "pass --input with the folder that holds your postmortems"));
            return new ReadStageResult(TaxonomyReader.Default, [], diagnostics);
        }

        var (taxonomy, taxonomyText) = await ReadTaxonomyAsync(inputDirectory, diagnostics, cancellationToken);
        var files = FindPostmortemFiles(inputDirectory, diagnostics);
        var results = new ReadResult[files.Count];
        var reader = new PostmortemReader(taxonomy);
        var inputRoot = InputRoot(inputDirectory);

        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), cancellationToken, async (i, ct) =>
        {
            var (fullPath, relativePath) = files[i];
            results[i] = await ReadOneAsync(reader, inputRoot, fullPath, relativePath, cache, taxonomyText, ct);
        });

        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoPostmortems, "no postmortems found", new SourceLocation(inputDirectory), "add Markdown files (.md) with front matter under the input folder"));
        }

        var postmortems = results.Select(r => r.Postmortem).OfType<Postmortem>().ToList();
        // A file that failed still names an incident that exists; without its front matter, its id is the file name's.
        var unreadIds = results
            .Select((r, i) => r.Postmortem is null ? r.FailedId ?? PostmortemIds.FromFileName(files[i].RelativePath) : null)
            .OfType<string>()
            .ToList();
        return new ReadStageResult(taxonomy, postmortems, diagnostics) { UnreadIds = unreadIds };
    }

    /// <summary>
    /// Reads only the named postmortems (paths relative to the input folder), exactly as <see cref="ReadAsync(string, IReadCache?, CancellationToken)"/>
    /// would read them, through the same cache; serve's quick update of an edited file.
    /// </summary>
    internal static async Task<IReadOnlyList<ReadResult>> ReadFilesAsync(string inputDirectory, IReadOnlyList<string> relativePaths, IReadCache? cache, CancellationToken cancellationToken = default)
    {
        var (taxonomy, taxonomyText) = await ReadTaxonomyAsync(inputDirectory, [], cancellationToken);
        var reader = new PostmortemReader(taxonomy);
        var inputRoot = InputRoot(inputDirectory);
        var results = new List<ReadResult>(relativePaths.Count);
        foreach (var relativePath in relativePaths)
        {
            results.Add(await ReadOneAsync(reader, inputRoot, Path.Combine(inputDirectory, relativePath), relativePath, cache, taxonomyText, cancellationToken));
        }

        return results;
    }

    /// <summary>Whether a full read would read this file (relative to the input folder) as a postmortem.</summary>
    internal static bool IsPostmortemFile(string relativePath) =>
        !IsIgnored(relativePath) && Extensions.Contains(Path.GetExtension(relativePath), StringComparer.OrdinalIgnoreCase);

    internal static async Task<(RootCauseTaxonomy Taxonomy, string Text)> ReadTaxonomyAsync(string inputDirectory, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var path = Path.Combine(inputDirectory, TaxonomyReader.FileName);
        if (!File.Exists(path))
        {
            return (TaxonomyReader.Default, "");
        }

        var text = await SourceFiles.ReadTextAsync(inputDirectory, TaxonomyReader.FileName, diagnostics, cancellationToken);
        return text is null ? (TaxonomyReader.Default, "") : (TaxonomyReader.Parse(TaxonomyReader.FileName, text, diagnostics), text);
    }

    /// <summary>The input folder's real path, which every file read must lie under once links are followed.</summary>
    private static string InputRoot(string inputDirectory) => RealPath.Of(inputDirectory) ?? Path.GetFullPath(inputDirectory);

    /// <summary>Postmortem files in ordinal path order, so results never depend on how the file system lists them.</summary>
    internal static List<(string FullPath, string RelativePath)> FindPostmortemFiles(string inputDirectory, List<Diagnostic>? diagnostics = null)
    {
        var files = new List<(string FullPath, string RelativePath)>();
        var pending = new Stack<string>();
        pending.Push(inputDirectory);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true }))
            {
                var relative = Path.GetRelativePath(inputDirectory, entry.FullName).Replace('\\', '/');
                if (IsIgnored(relative))
                {
                    continue;
                }

                if (entry is DirectoryInfo folder)
                {
                    // A linked folder can loop back on itself or reach outside the input; its files would be read twice or from anywhere.
                    if (folder.LinkTarget is not null)
                    {
                        diagnostics?.Add(Diagnostic.Warning(DiagnosticCodes.SkippedLink, $"the folder '{relative}' is a symbolic link and was not read", new SourceLocation(relative),
                            "move the postmortems into the input folder instead of linking to them"));
                        continue;
                    }

                    pending.Push(folder.FullName);
                }
                else if (Extensions.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase))
                {
                    files.Add((entry.FullName, relative));
                }
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static bool IsIgnored(string relativePath)
    {
        var parts = relativePath.Split('/');
        var name = parts[^1];
        return parts.Any(p => p.StartsWith('.') || p.StartsWith('_'))
            || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            || name.Equals(TaxonomyReader.FileName, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<ReadResult> ReadOneAsync(PostmortemReader reader, string inputRoot, string fullPath, string relativePath, IReadCache? cache, string taxonomyText, CancellationToken cancellationToken)
    {
        // A link is checked on every read: what it points to can change without the link's own stamp changing.
        if (cache is null || RealPath.LinkTarget(fullPath) is not null)
        {
            return await ReadOneAsync(reader, inputRoot, fullPath, relativePath, cancellationToken);
        }

        var info = new FileInfo(fullPath);
        var stamp = new FileStamp(info.LastWriteTimeUtc, info.Exists ? info.Length : -1, taxonomyText);
        if (cache.Find(relativePath, stamp) is { } cached)
        {
            return cached;
        }

        var result = await ReadOneAsync(reader, inputRoot, fullPath, relativePath, cancellationToken);
        cache.Remember(relativePath, stamp, result);
        return result;
    }

    private static async Task<ReadResult> ReadOneAsync(PostmortemReader reader, string inputRoot, string fullPath, string relativePath, CancellationToken cancellationToken)
    {
        var (bytes, unread) = await SourceFiles.ReadAsync(inputRoot, fullPath, relativePath, cancellationToken);
        if (bytes is null)
        {
            return new ReadResult(null, [unread!]);
        }

        var (text, problem) = SourceDecoder.Decode(bytes, relativePath);
        if (text is null)
        {
            return new ReadResult(null, [problem!]);
        }

        var result = reader.Read(relativePath, text);
        return problem is null ? result : result with { Diagnostics = [problem, .. result.Diagnostics] };
    }
}

internal sealed record ReadStageResult(RootCauseTaxonomy Taxonomy, IReadOnlyList<Postmortem> Postmortems, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Ids of the files that could not be read because of errors.</summary>
    public IReadOnlyList<string> UnreadIds { get; init; } = [];
}
