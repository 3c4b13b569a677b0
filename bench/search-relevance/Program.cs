using System.Globalization;
using System.Text;
using PostmortemSite.Linking;
using PostmortemSite.Search;
using PostmortemSite.SearchRelevance;

// dotnet run --project bench/search-relevance -c Release [-- --queries]
// Ranks the judged queries in judgments.txt with our engine and with Lucene.Net over the sample library plus the
// shared corpora (imported), and prints nDCG@5 and MRR for both; --queries adds one line per query.
var perQuery = args.Contains("--queries");
var root = FindRoot();
var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
var work = Directory.CreateTempSubdirectory("search-relevance-");
try
{
    var library = await Library.AssembleAsync(root, shared, work.FullName);
    var read = await PostmortemSite.Reading.SiteReader.ReadAsync(library.InputDirectory);
    foreach (var problem in read.Diagnostics.Where(d => d.Severity == PostmortemSite.Checking.Severity.Error))
    {
        Console.WriteLine($"not indexed: {problem}");
    }

    var linked = KnowledgeBaseLinker.Link(read.Taxonomy, read.Postmortems);
    var incidents = linked.KnowledgeBase.Incidents;
    var stemOf = incidents.ToDictionary(p => p.Id, p => library.StemOf(p.SourcePath), StringComparer.Ordinal);

    var files = SearchIndexFiles.Build(linked.KnowledgeBase).ToDictionary(f => f.Path["search/".Length..], f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    var ours = new SearchEngine(files.GetValueOrDefault);
    using var lucene = new LuceneReference(incidents, read.Taxonomy);

    var judged = Judgments.Read(Path.Combine(AppContext.BaseDirectory, "judgments.txt"));
    var missing = judged.SelectMany(q => q.Grades.Keys).Distinct().Where(stem => !stemOf.ContainsValue(stem)).ToList();
    Console.WriteLine($"{incidents.Count} incidents ({library.Description}), {judged.Count} judged queries");
    if (missing.Count > 0)
    {
        Console.WriteLine($"not in this library, counted as unfindable: {string.Join(", ", missing)}");
    }

    var rows = new List<(JudgedQuery Query, double OursNdcg, double OursRr, double LuceneNdcg, double LuceneRr)>();
    foreach (var query in judged)
    {
        var ourRanking = ours.Search(query.Query, limit: 10, facets: false).Hits.Select(h => stemOf[h.Id]).ToList();
        var luceneRanking = lucene.Search(query.Query, 10).Select(id => stemOf[id]).ToList();
        rows.Add((query, Judgments.NdcgAt(5, ourRanking, query.Grades), Judgments.ReciprocalRank(ourRanking, query.Grades),
            Judgments.NdcgAt(5, luceneRanking, query.Grades), Judgments.ReciprocalRank(luceneRanking, query.Grades)));
        if (perQuery)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{query.Query,-36} ours {rows[^1].OursNdcg:0.00}/{rows[^1].OursRr:0.00} lucene {rows[^1].LuceneNdcg:0.00}/{rows[^1].LuceneRr:0.00}  ours: {string.Join(' ', ourRanking.Take(5))}  lucene: {string.Join(' ', luceneRanking.Take(5))}"));
        }
    }

    Console.WriteLine();
    Console.WriteLine("| Queries | n | nDCG@5 ours | nDCG@5 Lucene | MRR ours | MRR Lucene |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var group in rows.GroupBy(r => r.Query.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Prepend(rows.GroupBy(_ => "all").Single()))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {group.Key} | {group.Count()} | {group.Average(r => r.OursNdcg):0.000} | {group.Average(r => r.LuceneNdcg):0.000} | {group.Average(r => r.OursRr):0.000} | {group.Average(r => r.LuceneRr):0.000} |"));
    }

    return 0;
}
finally
{
    work.Delete(recursive: true);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PostmortemSite.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository: PostmortemSite.sln not found above " + AppContext.BaseDirectory);
}
