using System.Text;
using BenchmarkDotNet.Attributes;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Search;
using PostmortemSite.Synthetic;
using PostmortemSite.Theme;

namespace PostmortemSite.Benchmarks;

/// <summary>
/// The build's stages one at a time on a generated library, each fed the previous stage's result prepared once in
/// setup, so a change to one stage shows in its own row. Writing is left out: it measures the disk, not our code.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _input = "";
    private RootCauseTaxonomy _taxonomy = TaxonomyReader.Default;
    private IReadOnlyList<Postmortem> _postmortems = [];
    private KnowledgeBase _knowledgeBase = null!;
    private SiteTheme _theme = null!;

    [Params(1000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = Path.Combine(Path.GetTempPath(), $"postmortemsite-benchmarks-{Incidents}");
        var postmortems = Path.Combine(_input, "postmortems");
        Directory.CreateDirectory(postmortems);
        var library = new SyntheticLibrary(TaxonomyReader.Default);
        foreach (var (path, text) in library.GenerateMarkdown(Incidents, seed: 1))
        {
            File.WriteAllText(Path.Combine(_input, path), text, new UTF8Encoding(false));
        }

        var read = SiteReader.ReadAsync(_input).GetAwaiter().GetResult();
        _taxonomy = read.Taxonomy;
        _postmortems = read.Postmortems;
        _knowledgeBase = KnowledgeBaseLinker.Link(_taxonomy, _postmortems).KnowledgeBase;
        _theme = DefaultTheme.Create();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_input, recursive: true);

    [Benchmark]
    public async Task<int> Reading() => (await SiteReader.ReadAsync(_input)).Postmortems.Count;

    [Benchmark]
    public int Linking() => KnowledgeBaseLinker.Link(_taxonomy, _postmortems).KnowledgeBase.Incidents.Count;

    [Benchmark]
    public int Indexing() => SearchIndexFiles.Build(_knowledgeBase).Count;

    [Benchmark]
    public async Task<int> Rendering() =>
        (await SiteRenderer.RenderAsync(_knowledgeBase, new SiteOptions(_input, Path.Combine(_input, "out")), _theme)).Files.Count;
}
