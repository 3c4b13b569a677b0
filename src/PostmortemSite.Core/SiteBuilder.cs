using PostmortemSite.Checking;
using PostmortemSite.Editions;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Search;
using PostmortemSite.Writing;

namespace PostmortemSite;

/// <summary>
/// Builds a site from a folder of postmortems. Two ways in: <see cref="BuildAsync"/> runs every stage over the whole
/// input; <see cref="UpdateAsync"/> is serve's answer to "these files changed", re-reading only edited postmortems
/// and rewriting only their pages.
/// </summary>
public sealed class SiteBuilder
{
    private readonly SiteTheme _theme;
    private readonly BuildCache? _cache;

    /// <param name="cache">Kept between builds by serve: unchanged postmortems are not parsed again, and an
    /// <see cref="WriteMode.Update"/> compares with what the last build wrote instead of the disk.</param>
    public SiteBuilder(SiteTheme theme, BuildCache? cache = null)
    {
        _theme = theme;
        _cache = cache;
    }

    /// <summary>
    /// Runs every stage, then writes the output folder as <paramref name="mode"/> says, and only when no stage
    /// reported an error. A caller that must decide between producing and writing (serve commits a rebuild there)
    /// builds with <see cref="WriteMode.None"/> and then calls <see cref="WriteAsync"/>.
    /// </summary>
    public async Task<BuildResult> BuildAsync(SiteOptions options, WriteMode mode = WriteMode.Swap, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null)
    {
        if (mode != WriteMode.None && OutputFolder.Prepare(options) is { } refused)
        {
            return new BuildResult([refused], null, []) { Output = SiteWriter.Inspect(options.OutputDirectory) };
        }

        var diagnostics = new List<Diagnostic>(options.SettingsDiagnostics);

        // The order below is the order of execution: read -> select the edition -> link -> index and render (together) -> write.
        progress?.Report(new BuildProgress(BuildStage.Reading, 0, 0));
        var read = await Stage("reading", () => SiteReader.ReadAsync(options.InputDirectory, _cache?.Reads, cancellationToken));
        diagnostics.AddRange(read.Diagnostics);

        // Everything after this step sees only the edition's incidents, already without what it leaves out or redacts.
        var edition = await Stage("selecting the edition", () => Task.FromResult(EditionSelector.Select(read, RedactionRules.Read(options.InputDirectory), options)));
        diagnostics.AddRange(edition.Diagnostics);

        // Of those, only published ones unless drafts were asked for. Every postmortem that exists, shown or not (or
        // unreadable), may be named in 'related:' without being reported as unknown.
        var (published, _) = Publication.Select(edition.Postmortems, options.IncludeDrafts);
        var existing = read.Postmortems.Select(p => p.Id).Concat(read.UnreadIds).ToHashSet(StringComparer.Ordinal);
        progress?.Report(new BuildProgress(BuildStage.Linking, published.Count, published.Count));
        var linked = await Stage("linking", () => Task.FromResult(KnowledgeBaseLinker.Link(edition.Taxonomy, published, options.AsOf, existing)));
        diagnostics.AddRange(linked.Diagnostics);

        // Index and render both read the linked knowledge base and nothing else, so they run side by side: each
        // stage's sequential parts (sorting terms, writing the API file) then fill the other's idle core.
        progress?.Report(new BuildProgress(BuildStage.Rendering, 0, 0));
        var indexing = Task.Run(() => Stage("indexing", () => Task.FromResult(SearchIndexFiles.Build(linked.KnowledgeBase))), cancellationToken);
        var pageCache = options.CacheDirectory is { } cacheDirectory ? PageCache.Open(cacheDirectory, linked.KnowledgeBase, options, _theme) : null;
        var rendered = await Stage("rendering", () => SiteRenderer.RenderAsync(linked.KnowledgeBase, options, _theme, cancellationToken, progress, pageCache));
        diagnostics.AddRange(rendered.Diagnostics);
        var searchIndex = await indexing;
        var files = rendered.Files.Concat(searchIndex).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var result = new BuildResult(Sorted(diagnostics), linked.KnowledgeBase, files) { Edition = edition.Report, PageCache = pageCache };
        if (mode != WriteMode.None)
        {
            result = await WriteAsync(result, options, mode, cancellationToken, progress);
        }

        progress?.Report(new BuildProgress(BuildStage.Done, 0, 0));
        return result;
    }

    /// <summary>The write stage on its own: checks the folder, writes a built site unless it failed, and says what the folder now holds.</summary>
    public async Task<BuildResult> WriteAsync(BuildResult built, SiteOptions options, WriteMode mode, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null)
    {
        if (mode == WriteMode.None)
        {
            return built;
        }

        var result = built;
        if (!built.Failed && OutputFolder.Prepare(options) is { } refused)
        {
            result = built with { Diagnostics = Sorted([.. built.Diagnostics, refused]) };
        }
        else if (!built.Failed)
        {
            progress?.Report(new BuildProgress(BuildStage.Writing, built.Files.Count, built.Files.Count));
            try
            {
                result = built with { Written = await Stage("writing", () => WriteFilesAsync(options, built.Files, mode, cancellationToken)) };
                // Kept only once the site it rendered is written, so the cache never holds pages of a failed build.
                built.PageCache?.Save();
            }
            catch (OutputRefusedException e)
            {
                result = built with { Diagnostics = Sorted([.. built.Diagnostics, e.Diagnostic]) };
            }
            catch (BuildStageException e) when (e.InnerException is IOException or UnauthorizedAccessException)
            {
                result = built with { Diagnostics = Sorted([.. built.Diagnostics, OutputFolder.NotWritable(options.OutputDirectory, e.InnerException)]) };
            }
        }

        return result with { Output = SiteWriter.Inspect(options.OutputDirectory) };
    }

    /// <summary>
    /// Serve's quick answer to "these files changed": when every change is an edit to a postmortem that
    /// <paramref name="lastGood"/> has, re-reads those files and rewrites only their incident pages, in that build's
    /// context (related incidents, neighbours, taxonomy), so the edit shows at once. Null, having written nothing, when
    /// only a full build can show the changes (theme, taxonomy, added, removed or moved files, an edit that no longer
    /// reads without errors or changes its id, the public edition); the full build then brings the rest up to date.
    /// </summary>
    /// <param name="changedPaths">Absolute paths of what changed, as a file watcher reports them.</param>
    public async Task<PageUpdate?> UpdateAsync(BuildResult lastGood, IReadOnlyList<string> changedPaths, SiteOptions options, CancellationToken cancellationToken = default)
    {
        // The public edition is only ever built whole, so no page can skip its selection and redaction.
        if (options.Edition == Edition.Public || lastGood.Failed || lastGood.KnowledgeBase is not { } kb
            || ChangedInput.EditedPostmortems(changedPaths, options.InputDirectory, kb.Incidents.Select(i => i.SourcePath)) is not { } edited)
        {
            return null;
        }

        var reads = await Stage("reading", () => SiteReader.ReadFilesAsync(options.InputDirectory, edited, _cache?.Reads, cancellationToken));
        var incidents = new List<Postmortem>(edited.Count);
        for (var i = 0; i < edited.Count; i++)
        {
            var before = kb.Incidents.First(incident => incident.SourcePath == edited[i]);
            if (reads[i].Postmortem is not { } incident || incident.Id != before.Id || reads[i].Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return null;
            }

            incidents.Add(incident);
        }

        var rendered = await Stage("rendering", () => SiteRenderer.RenderIncidentsAsync(kb, incidents, options, _theme, cancellationToken));

        // Only these pages are replaced, each atomically; every other file stays as the last build wrote it.
        await Stage("writing", async () =>
        {
            await SiteWriter.ReplaceFilesAsync(options.OutputDirectory, rendered.Files, cancellationToken);
            _cache?.Replaced(options.OutputDirectory, rendered.Files);
            return rendered.Files.Count;
        });

        var editedFiles = edited.ToHashSet(StringComparer.Ordinal);
        // In the full build's order, so the rebuild that follows can tell whether the diagnostics changed.
        var diagnostics = Sorted(lastGood.Diagnostics.Where(d => !editedFiles.Contains(d.Location.File)).Concat(reads.SelectMany(r => r.Diagnostics)).Concat(rendered.Diagnostics));
        var urls = rendered.Files.Select(p => p.Path[..^"index.html".Length]).ToList();
        return new PageUpdate(urls, diagnostics);
    }

    /// <summary>The one place a write mode is turned into a way of writing the folder.</summary>
    private async Task<WriteSummary> WriteFilesAsync(SiteOptions options, IReadOnlyList<OutputFile> files, WriteMode mode, CancellationToken cancellationToken)
    {
        var outputDirectory = options.OutputDirectory;
        var summary = mode switch
        {
            WriteMode.Swap => await SiteWriter.WriteAsync(outputDirectory, files, options.ForceOutput, cancellationToken),
            WriteMode.Update => await SiteWriter.UpdateAsync(outputDirectory, files, _cache?.WrittenTo(outputDirectory), options.ForceOutput, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a way of writing the output folder"),
        };
        _cache?.Wrote(outputDirectory, files);
        return summary;
    }

    /// <summary>
    /// Runs one stage. Bad content is reported as diagnostics, so an exception here is a bug or the environment's
    /// failure: it is wrapped with the stage's name (as Hugo does) so the user learns where it happened.
    /// </summary>
    private static async Task<T> Stage<T>(string stage, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutputRefusedException or BuildStageException))
        {
            throw new BuildStageException(stage, e);
        }
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
    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}

/// <summary>How a build writes its output folder.</summary>
public enum WriteMode
{
    /// <summary>Nothing is written (check, tests, and serve before it commits).</summary>
    None,

    /// <summary>The whole site goes to a staging folder that is moved into place only once complete (build).</summary>
    Swap,

    /// <summary>Only files whose bytes changed are replaced, each atomically, and files the site no longer has are removed (serve).</summary>
    Update,
}

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, KnowledgeBase? KnowledgeBase, IReadOnlyList<OutputFile> Files)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>What the edition left out and redacted; null when the build stopped before choosing.</summary>
    public EditionReport? Edition { get; init; }

    /// <summary>What the write stage did; null when nothing was written.</summary>
    public WriteSummary? Written { get; init; }

    /// <summary>The rendered pages kept between builds, with how many this build took from it; null without a cache folder.</summary>
    public PageCache? PageCache { get; init; }

    /// <summary>What the output folder holds after a build that was to write it (so a failure never claims a site that is not there).</summary>
    public OutputState Output { get; init; }
}

/// <summary>A quick update of a preview: the pages rewritten (site-relative, e.g. incidents/x/) and the diagnostics now shown.</summary>
public sealed record PageUpdate(IReadOnlyList<string> Pages, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// An exception no stage expected (a bug or an I/O failure; bad content is a diagnostic), named with the stage it
/// came from, and the item (a page, a file) when the stage knows it, so the CLI can say where without a stack trace.
/// </summary>
public sealed class BuildStageException(string stage, Exception inner, string? item = null)
    : Exception(item is null ? $"{stage}: {inner.Message}" : $"{stage} {item}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;

    public string? Item { get; } = item;
}
