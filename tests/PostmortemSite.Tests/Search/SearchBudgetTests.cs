using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace PostmortemSite.Tests.Search;

/// <summary>
/// The issue's budget at 10,000 incidents: the first results of a typical query need at most 3 index requests and
/// 150 KB of index and result data. Measured by recording which files a cold engine reads.
/// </summary>
public sealed class SearchBudgetTests(ITestOutputHelper output)
{
    private const int MaxRequests = 3;
    private const int MaxBytes = 150 * 1024;

    private static readonly string[] RepresentativeQueries = ["index", "deadlock", "dns", "certificate expired", "checkout latency", "deadl", "replication lag"];

    /// <summary>Phrases read one positions file per word on top of what their words cost.</summary>
    private static readonly string[] PhraseQueries = ["\"lock wait\"", "\"connection pool\"", "\"spike in retries\"", "\"canary looked healthy\"", "\"certificate expired\""];

    private const int MaxPhraseBytes = 600 * 1024;

    private static readonly Lazy<SearchIndex> TenThousand = new(() => SearchIndex.Generated(10_000, seed: 1));

    [Fact]
    [Trait("Category", "Slow")]
    public void First_results_for_typical_queries_over_10000_incidents_need_at_most_3_requests_and_150_KB()
    {
        var build = Stopwatch.StartNew();
        var index = TenThousand.Value;
        output.WriteLine($"generated and indexed 10,000 incidents in {build.Elapsed.TotalSeconds:0.0} s: {index.Files.Count} files, {index.Files.Values.Sum(f => (long)Encoding.UTF8.GetByteCount(f)) / 1024} KB");

        foreach (var query in RepresentativeQueries)
        {
            var (requests, bytes, result) = Measure(index, query);
            Assert.True(result.Hits.Count == 10, $"'{query}' should fill a first page");
            Assert.True(requests <= MaxRequests, $"'{query}' read {requests} files");
            Assert.True(bytes <= MaxBytes, $"'{query}' read {bytes / 1024} KB");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_phrase_query_over_10000_incidents_costs_its_words_requests_plus_one_positions_file_per_word()
    {
        var index = TenThousand.Value;
        foreach (var query in PhraseQueries)
        {
            var words = PostmortemSite.Search.SearchQuery.Parse(query).Terms.Count;
            var (requests, bytes, result) = Measure(index, query);
            var (wordRequests, _, loose) = Measure(index, query.Trim('"') + " ");

            Assert.True(result.Total > 0 && result.EveryWord <= loose.EveryWord, $"'{query}' should find some of the incidents its words find ({result.EveryWord} of {loose.EveryWord})");
            Assert.True(requests <= wordRequests + words, $"'{query}' read {requests} files, its words alone {wordRequests}");
            Assert.True(bytes <= MaxPhraseBytes, $"'{query}' read {bytes / 1024} KB");
        }
    }

    private (int Requests, int Bytes, PostmortemSite.Search.SearchResult Result) Measure(SearchIndex index, string query)
    {
        var (engine, reads) = index.Engine();
        var timer = Stopwatch.StartNew();
        var result = engine.Search(query, limit: 10, facets: false);
        var elapsed = timer.Elapsed.TotalMilliseconds;
        var bytes = reads.Distinct().Sum(path => Encoding.UTF8.GetByteCount(index.Read(path) ?? ""));
        output.WriteLine($"{query,-24} {reads.Distinct().Count()} requests {bytes / 1024.0,6:0.0} KB {result.Total,5} matches ({result.EveryWord} every word) {elapsed,6:0.0} ms  [{string.Join(", ", reads.Distinct())}]");
        return (reads.Distinct().Count(), bytes, result);
    }
}
