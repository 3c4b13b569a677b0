using System.Diagnostics;
using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Writing;

namespace PostmortemSite.Serving;

/// <summary>
/// Serve's quick answer to an edit. When every change is an edit to a postmortem the last good build already has,
/// those files are re-read and only their incident pages are rewritten, in that build's context (related incidents,
/// neighbours, taxonomy), so the edit shows at once. The full rebuild that follows brings every other page, the
/// search index and the cross-links up to date.
/// </summary>
internal static class IncidentPageUpdater
{
    /// <summary>
    /// The edited postmortems, relative to the input folder, when a quick update can show every change in
    /// <paramref name="changed"/>; null when only a full rebuild can (theme, taxonomy, added, removed or moved files).
    /// </summary>
    public static IReadOnlyList<string>? EditedPostmortems(IEnumerable<string> changed, string inputDirectory, KnowledgeBase knowledgeBase)
    {
        var input = Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var sources = knowledgeBase.Incidents.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        var edited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            // Outside the input folder is the theme; the input folder itself is what the watcher reports when it lost events.
            if (!path.StartsWith(input, StringComparison.Ordinal))
            {
                return null;
            }

            var relative = Path.GetRelativePath(input, path).Replace('\\', '/');
            if (relative.Equals(TaxonomyReader.FileName, StringComparison.OrdinalIgnoreCase) || Directory.Exists(path))
            {
                return null;
            }

            if (File.Exists(path))
            {
                if (!SiteReader.IsPostmortemFile(relative))
                {
                    continue;
                }

                if (!sources.Contains(relative))
                {
                    return null;
                }

                edited.Add(relative);
            }
            else if (sources.Contains(relative) || sources.Any(s => s.StartsWith(relative + "/", StringComparison.Ordinal)))
            {
                // A postmortem, or a folder of them, was removed or moved away.
                return null;
            }

            // Otherwise an editor's temporary file came and went; it was never part of the site.
        }

        return edited.Count == 0 ? null : [.. edited];
    }

    /// <summary>
    /// Re-reads <paramref name="edited"/> and rewrites their incident pages. Returns null, having written nothing,
    /// when an edited file no longer reads without errors or changed its id: the full rebuild then reports it.
    /// </summary>
    public static async Task<PreviewUpdate?> TryUpdateAsync(LastGoodBuild last, IReadOnlyList<string> edited, SiteOptions options, BuildCache cache, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var kb = last.KnowledgeBase;
        var reads = await SiteReader.ReadFilesAsync(options.InputDirectory, edited, cache.Reads, cancellationToken);
        var diagnostics = new List<Diagnostic>();
        var pages = new List<OutputFile>(edited.Count);
        for (var i = 0; i < edited.Count; i++)
        {
            var before = kb.Incidents.First(incident => incident.SourcePath == edited[i]);
            if (reads[i].Postmortem is not { } incident || incident.Id != before.Id || reads[i].Diagnostics.Any(IsError))
            {
                return null;
            }

            diagnostics.AddRange(reads[i].Diagnostics);
            pages.Add(await SiteRenderer.RenderIncidentAsync(kb, incident, options, last.Theme, diagnostics, cancellationToken));
        }

        await SiteWriter.ReplaceFilesAsync(options.OutputDirectory, pages, cancellationToken);
        cache.Replaced(options.OutputDirectory, pages);

        var editedFiles = edited.ToHashSet(StringComparer.Ordinal);
        // In the full build's order, so the rebuild that follows can tell whether the diagnostics changed.
        var all = SiteBuilder.Sorted(last.Diagnostics.Where(d => !editedFiles.Contains(d.Location.File)).Concat(diagnostics));
        var urls = pages.Select(p => p.Path[..^"index.html".Length]).ToList();
        return new PreviewUpdate(urls, stopwatch.Elapsed, all);
    }

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == Severity.Error;
}

/// <summary>The last full build that succeeded: the context quick updates render edited pages in.</summary>
internal sealed record LastGoodBuild(KnowledgeBase KnowledgeBase, SiteTheme Theme, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A quick update of a preview: the pages rewritten (site-relative, e.g. incidents/x/), how long it took, and the diagnostics now shown.</summary>
public sealed record PreviewUpdate(IReadOnlyList<string> Pages, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics);
