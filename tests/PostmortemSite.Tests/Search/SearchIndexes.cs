using System.Text;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Search;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Search;

/// <summary>Index files built in memory for tests, with an engine that records which files it reads.</summary>
internal sealed class SearchIndex
{
    private static readonly Lazy<Task<SearchIndex>> SampleLibrary = new(() => Of(RepoPaths.Input));

    public SearchIndex(IReadOnlyList<OutputFile> files, IReadOnlyList<Postmortem> incidents)
    {
        Files = files.ToDictionary(f => f.Path["search/".Length..], f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        Incidents = incidents;
    }

    public static Task<SearchIndex> Sample => SampleLibrary.Value;

    /// <summary>The index of a library written to a folder, as the build would write it.</summary>
    public static async Task<SearchIndex> Of(string inputFolder)
    {
        var read = await SiteReader.ReadAsync(inputFolder);
        var linked = KnowledgeBaseLinker.Link(read.Taxonomy, read.Postmortems);
        return new SearchIndex(SearchIndexFiles.Build(linked.KnowledgeBase), linked.KnowledgeBase.Incidents);
    }

    /// <summary>
    /// A generated library of <paramref name="count"/> incidents, written from a taxonomy kept for these tests: the
    /// shipped one's synonyms are tuned for import, and each edit would otherwise reshuffle the incidents generated.
    /// </summary>
    public static SearchIndex Generated(int count, ulong seed)
    {
        var incidents = new SyntheticLibrary(GeneratedLibraryTaxonomy.Value).Generate(count, seed);
        return new SearchIndex(SearchIndexFiles.Build(incidents, GeneratedLibraryTaxonomy.Value), incidents);
    }

    private static readonly Lazy<RootCauseTaxonomy> GeneratedLibraryTaxonomy = new(() =>
    {
        var diagnostics = new List<PostmortemSite.Checking.Diagnostic>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Search", "generated-library-taxonomy.yml");
        var taxonomy = TaxonomyReader.Parse(path, File.ReadAllText(path), diagnostics);
        return diagnostics.Count == 0 ? taxonomy : throw new InvalidDataException($"{path}: {diagnostics[0]}");
    });

    /// <summary>Index file text by path under search/.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyList<Postmortem> Incidents { get; }

    public string? Read(string path) => Files.GetValueOrDefault(path);

    public (SearchEngine Engine, List<string> Reads) Engine()
    {
        var reads = new List<string>();
        return (new SearchEngine(path =>
        {
            reads.Add(path);
            return Read(path);
        }), reads);
    }

    public Postmortem Incident(string id) => Incidents.Single(p => p.Id == id);
}
