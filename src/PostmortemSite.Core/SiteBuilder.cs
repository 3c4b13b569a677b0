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

    public SiteBuilder(SiteTheme theme) => _theme = theme;

    /// <summary>Runs every stage; writes only when asked and only when no stage reported an error.</summary>
    public async Task<BuildResult> BuildAsync(SiteOptions options, bool write = true, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        if (OutputWouldReplaceInput(options) is { } conflict)
        {
            return new BuildResult([conflict], null, []);
        }

        // The order below is the order of execution: read -> link -> index -> render -> write.
        var read = await SiteReader.ReadAsync(options.InputDirectory, cancellationToken);
        diagnostics.AddRange(read.Diagnostics);

        var linked = KnowledgeBaseLinker.Link(read.Taxonomy, read.Postmortems);
        diagnostics.AddRange(linked.Diagnostics);

        var searchIndex = SearchIndexWriter.Write(linked.KnowledgeBase);

        var pages = await SiteRenderer.RenderAsync(linked.KnowledgeBase, options, _theme, cancellationToken);
        var files = pages.Concat(searchIndex).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var result = new BuildResult(Sorted(diagnostics), linked.KnowledgeBase, files);
        if (write && !result.Failed)
        {
            await SiteWriter.WriteAsync(options.OutputDirectory, files, cancellationToken);
        }

        return result;
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

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) => diagnostics
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
}
