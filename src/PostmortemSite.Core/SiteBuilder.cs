using PostmortemSite.Checking;
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
        if (OutputWouldReplaceInput(options) is { } conflict)
        {
            return new BuildResult([conflict], null, []);
        }

        // The order below is the order of execution: read -> link -> index and render (together) -> write.
        progress?.Report(new BuildProgress("reading", 0, 0));
        var read = await SiteReader.ReadAsync(options.InputDirectory, _cache?.Reads, cancellationToken);
        diagnostics.AddRange(read.Diagnostics);

        progress?.Report(new BuildProgress("linking", read.Postmortems.Count, read.Postmortems.Count));
        var linked = KnowledgeBaseLinker.Link(read.Taxonomy, read.Postmortems, options.AsOf);
        diagnostics.AddRange(linked.Diagnostics);

        // Index and render both read the linked knowledge base and nothing else, so they run side by side: each
        // stage's sequential parts (sorting terms, writing the API file) then fill the other's idle core.
        progress?.Report(new BuildProgress("rendering", 0, 0));
        var indexing = Task.Run(() => SearchIndexWriter.Write(linked.KnowledgeBase), cancellationToken);
        var pages = await SiteRenderer.RenderAsync(linked.KnowledgeBase, options, _theme, diagnostics, cancellationToken, progress);
        var searchIndex = await indexing;
        var files = pages.Concat(searchIndex).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var result = new BuildResult(Sorted(diagnostics), linked.KnowledgeBase, files);
        if (write && !result.Failed)
        {
            progress?.Report(new BuildProgress("writing", files.Count, files.Count));
            result = result with { Written = await WriteAsync(options.OutputDirectory, files, cancellationToken) };
        }

        progress?.Report(new BuildProgress("done", 0, 0));

        return result;
    }

    private async Task<WriteSummary> WriteAsync(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            await SiteWriter.WriteAsync(outputDirectory, files, cancellationToken);
            return new WriteSummary(files.Count, 0, 0);
        }

        var summary = await SiteWriter.UpdateAsync(outputDirectory, files, _cache.WrittenTo(outputDirectory), cancellationToken);
        _cache.Written = (Path.GetFullPath(outputDirectory), files);
        return summary;
    }

    private static Diagnostic? OutputWouldReplaceInput(SiteOptions options)
    {
        var input = Path.GetFullPath(options.InputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return input.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(input, StringComparison.Ordinal)
            ? Diagnostic.Error(DiagnosticCodes.InvalidValue, $"the output folder '{options.OutputDirectory}' overlaps the input folder '{options.InputDirectory}'", new SourceLocation(options.OutputDirectory),
                "choose an output folder outside the input folder, for example --output output")
            : null;
    }

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

    /// <summary>What the write stage did; null when nothing was written.</summary>
    public WriteSummary? Written { get; init; }
}
