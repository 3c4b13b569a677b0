using PostmortemSite.Checking;
using PostmortemSite.Editions;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Search;
using PostmortemSite.Writing;

namespace PostmortemSite;

/// <summary>Builds a site from a folder of postmortems.</summary>
public sealed class SiteBuilder
{
    private readonly SiteTheme _theme;
    private readonly BuildCache? _cache;

    /// <param name="cache">Kept between builds by serve: rebuilds re-read and rewrite only what changed.</param>
    public SiteBuilder(SiteTheme theme, BuildCache? cache = null)
    {
        _theme = theme;
        _cache = cache;
    }

    /// <summary>Runs every stage; writes only when asked and only when no stage reported an error.</summary>
    public async Task<BuildResult> BuildAsync(SiteOptions options, bool write = true, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new List<Diagnostic>(options.SettingsDiagnostics);
        if (write && OutputFolder.Prepare(options) is { } refused)
        {
            return new BuildResult([refused], null, []) { Output = SiteWriter.Inspect(options.OutputDirectory) };
        }

        // The order below is the order of execution: read -> select the edition -> link -> index and render (together) -> write.
        progress?.Report(new BuildProgress("reading", 0, 0));
        var read = await SiteReader.ReadAsync(options.InputDirectory, _cache?.Reads, cancellationToken);
        diagnostics.AddRange(read.Diagnostics);

        // Everything after this step sees only the edition's incidents, already without what it leaves out or redacts.
        var edition = EditionSelector.Select(read, RedactionRules.Read(options.InputDirectory), options);
        diagnostics.AddRange(edition.Diagnostics);

        // Of those, only published ones unless drafts were asked for. Every postmortem that exists, shown or not (or
        // unreadable), may be named in 'related:' without being reported as unknown.
        var (published, _) = Publication.Select(edition.Postmortems, options.IncludeDrafts);
        var existing = read.Postmortems.Select(p => p.Id).Concat(read.UnreadIds).ToHashSet(StringComparer.Ordinal);
        progress?.Report(new BuildProgress("linking", published.Count, published.Count));
        var linked = KnowledgeBaseLinker.Link(edition.Taxonomy, published, options.AsOf, existing);
        diagnostics.AddRange(linked.Diagnostics);

        // Index and render both read the linked knowledge base and nothing else, so they run side by side: each
        // stage's sequential parts (sorting terms, writing the API file) then fill the other's idle core.
        progress?.Report(new BuildProgress("rendering", 0, 0));
        var indexing = Task.Run(() => SearchIndexWriter.Write(linked.KnowledgeBase), cancellationToken);
        var pageCache = options.CacheDirectory is { } cacheDirectory ? PageCache.Open(cacheDirectory, linked.KnowledgeBase, options, _theme) : null;
        var pages = await SiteRenderer.RenderAsync(linked.KnowledgeBase, options, _theme, diagnostics, cancellationToken, progress, pageCache);
        var searchIndex = await indexing;
        var files = pages.Concat(searchIndex).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var result = new BuildResult(Sorted(diagnostics), linked.KnowledgeBase, files) { Edition = edition.Report, PageCache = pageCache };
        if (write && !result.Failed)
        {
            progress?.Report(new BuildProgress("writing", files.Count, files.Count));
            try
            {
                result = result with { Written = await WriteAsync(options, files, cancellationToken) };
                // Kept only once the site it rendered is written, so the cache never holds pages of a failed build.
                pageCache?.Save();
            }
            catch (OutputRefusedException e)
            {
                result = result with { Diagnostics = Sorted([.. result.Diagnostics, e.Diagnostic]) };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result = result with { Diagnostics = Sorted([.. result.Diagnostics, OutputFolder.NotWritable(options.OutputDirectory, e)]) };
            }
        }

        if (write)
        {
            result = result with { Output = SiteWriter.Inspect(options.OutputDirectory) };
        }

        progress?.Report(new BuildProgress("done", 0, 0));

        return result;
    }

    private async Task<WriteSummary> WriteAsync(SiteOptions options, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var outputDirectory = options.OutputDirectory;
        if (_cache is null)
        {
            await SiteWriter.WriteAsync(outputDirectory, files, options.ForceOutput, cancellationToken);
            return new WriteSummary(files.Count, 0, 0);
        }

        var summary = await SiteWriter.UpdateAsync(outputDirectory, files, _cache.WrittenTo(outputDirectory), options.ForceOutput, cancellationToken);
        _cache.Written = (Path.GetFullPath(outputDirectory), files);
        return summary;
    }

    /// <summary>
    /// The warning for a site to be published without its public address: the sitemap is left out, as its addresses
    /// must be absolute. Build gives it; serve, a local preview, has no use for it.
    /// </summary>
    public static Diagnostic? MissingSiteUrl(SiteOptions options) => options.SiteUrl is not null
        ? null
        : Diagnostic.Warning(DiagnosticCodes.NoSiteUrl, "the site's public address is not known, so sitemap.xml is left out and the feed's links are relative", new SourceLocation("--site-url"),
            "set site_url in postmortemsite.yml, or pass --site-url https://your-org.github.io (the address the site is published at), to get a sitemap");

    /// <summary>The order every report uses: by file, line, column, then code.</summary>
    internal static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, KnowledgeBase? KnowledgeBase, IReadOnlyList<OutputFile> Files)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>What the edition left out and redacted; null when the build stopped before choosing.</summary>
    public EditionReport? Edition { get; init; }

    /// <summary>The rendered pages kept between builds, with how many this build took from it; null without a cache folder.</summary>
    public PageCache? PageCache { get; init; }

    /// <summary>What the write stage did; null when nothing was written.</summary>
    public WriteSummary? Written { get; init; }

    /// <summary>What the output folder holds after a build that was to write it (so a failure never claims a site that is not there).</summary>
    public OutputState Output { get; init; }
}
