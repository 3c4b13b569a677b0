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

    [Fact]
    [Trait("Category", "Slow")]
    public void First_results_for_typical_queries_over_10000_incidents_need_at_most_3_requests_and_150_KB()
    {
        var build = Stopwatch.StartNew();
        var index = SearchIndex.Generated(10_000, seed: 1);
        output.WriteLine($"generated and indexed 10,000 incidents in {build.Elapsed.TotalSeconds:0.0} s: {index.Files.Count} files, {index.Files.Values.Sum(f => (long)Encoding.UTF8.GetByteCount(f)) / 1024} KB");

        foreach (var query in RepresentativeQueries)
        {
            var (engine, reads) = index.Engine();
            var timer = Stopwatch.StartNew();
            var result = engine.Search(query, limit: 10, facets: false);
            var elapsed = timer.Elapsed.TotalMilliseconds;
            var bytes = reads.Distinct().Sum(path => Encoding.UTF8.GetByteCount(index.Read(path) ?? ""));
            output.WriteLine($"{query,-22} {reads.Distinct().Count()} requests {bytes / 1024.0,6:0.0} KB {result.Total,5} matches {elapsed,6:0.0} ms  [{string.Join(", ", reads.Distinct())}]");

            Assert.True(result.Hits.Count == 10, $"'{query}' should fill a first page");
            Assert.True(reads.Distinct().Count() <= MaxRequests, $"'{query}' read {reads.Distinct().Count()} files: {string.Join(", ", reads.Distinct())}");
            Assert.True(bytes <= MaxBytes, $"'{query}' read {bytes / 1024} KB");
        }
    }
}
