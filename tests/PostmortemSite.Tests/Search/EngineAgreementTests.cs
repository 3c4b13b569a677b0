using System.Text.Json;
using PostmortemSite.Search;

namespace PostmortemSite.Tests.Search;

/// <summary>The browser's engine (engine.js, run in Jint) and the C# engine must rank identically.</summary>
public sealed class EngineAgreementTests
{
    public static readonly string[] Queries =
    [
        // Plain words, one and several.
        "deadlock", "index", "dns", "certificate expired", "checkout latency", "replication lag", "connection pool",
        "timeout", "rollback deploy", "config push", "clock skew", "disk full", "retry storm", "feature flag",
        "traffic spike", "vendor outage", "load balancer 502", "tls handshake", "resolver servfail", "lock wait timeout",
        "full table scan", "payments-api errors", "black friday", "redis latency", "canary regression", "oom",
        // The last word as a prefix, as typed.
        "deadl", "certif", "rep", "lat", "check", "dn", "ind", "payments-a", "lock wa",
        // One typo in a longer word.
        "deadlokc", "certficate", "replciation", "latnecy", "timout ", "configuraton",
        // Exclusions.
        "deadlock -postgres", "index -search", "latency -checkout", "-deploy", "timeout -\"connection pool\"",
        // Field filters, alone and with words.
        "cause:database/index", "cause:database", "service:checkout", "severity:SEV1", "year:2024", "tag:postgres",
        "deadlock severity:SEV2", "latency service:checkout year:2023", "index cause:database/index", "dns -severity:SEV4",
        "service:\"payments-api\" timeout", "cause:network/dns year:2022 severity:sev3", "tag:latency tag:errors",
        // Quoted words.
        "\"lock wait\"", "\"certificate expired\"", "\"full table scan\" -index",
        // Quoted phrases: adjacent words, in order, stop words keeping their place; and excluded phrases.
        "\"spike in retries\"", "\"retries spike\"", "\"canary looked healthy\"", "\"healthy canary\"", "\"lock wait\" timeout",
        "deadlock -\"lock wait\"", "\"connection pool\"", "\"pool connection\"", "\"rolled it back\"", "checkout -\"spike in retries\"",
        // Natural language: few or no incidents hold every word, so those holding most follow.
        "upstream package broke the build", "out of memory", "why did checkout get slow after the deploy", "deadlock xkcd",
        "\"lock wait\" storm disk", "replciation lag spike", "certficate renewal failed -dns",
        // Nothing to find, or nothing to search for.
        "the", "", "zzzzz", "xkcd index", "-", "deadl ",
    ];

    [Fact]
    public void Csharp_and_javascript_engines_return_the_same_ranked_ids_for_a_generated_library_of_1000_incidents()
    {
        var index = SearchIndex.Generated(1000, seed: 42);
        var (engine, _) = index.Engine();
        var js = new JsSearch(index.Read);
        js.SetString("queries", JsonSerializer.Serialize(Queries));

        var fromJs = JsonSerializer.Deserialize<List<JsonElement>>(js.Evaluate("""
            (function () {
              var engine = PostmortemSearch.createEngine(function (path) { return hostReadIndexFile(path); });
              return JSON.stringify(JSON.parse(queries).map(function (q) {
                var r = engine.search(q, { limit: 10, facets: true });
                return { total: r.total | 0, ordinals: r.ordinals, ids: r.hits.map(function (h) { return h.id; }),
                         scores: r.hits.map(function (h) { return h.score; }), facets: r.facets, unmatched: r.unmatchedWords,
                         everyWord: r.everyWord, mostWords: r.mostWords, corrections: r.corrections.map(function (c) { return c.typed + '>' + c.shown; }) };
              }));
            }())
            """))!;

        Assert.True(Queries.Length >= 50);
        var withResults = 0;
        var mostWords = 0;
        var corrected = 0;
        for (var i = 0; i < Queries.Length; i++)
        {
            var expected = engine.Search(Queries[i], limit: 10, facets: true);
            var actual = fromJs[i];
            var context = $"query {i}: '{Queries[i]}'";
            Assert.True(expected.Total == actual.GetProperty("total").GetInt32(), context + " total");
            Assert.True(expected.Ordinals.SequenceEqual(actual.GetProperty("ordinals").EnumerateArray().Select(e => e.GetInt32())), context + " ranking");
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(expected.Hits.Select(h => h.Score), actual.GetProperty("scores").EnumerateArray().Select(e => e.GetInt64()));
            Assert.Equal(expected.UnmatchedWords, actual.GetProperty("unmatched").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(FacetText(expected.Facets), FacetText(actual.GetProperty("facets")));
            Assert.True(expected.EveryWord == actual.GetProperty("everyWord").GetInt32(), context + " every word");
            Assert.True(expected.MostWords == actual.GetProperty("mostWords").GetBoolean(), context + " most words");
            Assert.Equal((expected.Corrections ?? []).Select(c => c.Typed + ">" + c.Shown), actual.GetProperty("corrections").EnumerateArray().Select(e => e.GetString()));
            withResults += expected.Total > 0 ? 1 : 0;
            mostWords += expected.MostWords ? 1 : 0;
            corrected += expected.Corrections?.Count ?? 0;
        }

        Assert.True(withResults >= 50, $"only {withResults} queries found anything; the comparison would prove little");
        Assert.True(mostWords >= 3, $"only {mostWords} queries fell back to most words; the fallback is barely compared");
        Assert.True(corrected >= 4, $"only {corrected} words were corrected; corrections are barely compared");
        var phrases = Queries.Where(q => q.StartsWith('"') && q.EndsWith('"') && q.Count(c => c == '"') == 2).ToList();
        var narrowed = phrases.Count(q => engine.Search(q).EveryWord < engine.Search(q.Replace("\"", "") + " ").EveryWord);
        Assert.True(narrowed >= 3, $"only {narrowed} of {phrases.Count} phrases left out incidents holding their words apart; adjacency is barely compared");
    }

    private static string FacetText(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets) =>
        string.Join(" | ", facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + string.Join(", ", f.Value.Select(v => $"{v.Value}={v.Count}{(v.Selected ? "*" : "")}"))));

    private static string FacetText(JsonElement facets) =>
        string.Join(" | ", facets.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name + ": " + string.Join(", ",
            f.Value.EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}={v.GetProperty("count").GetInt32()}{(v.GetProperty("selected").GetBoolean() ? "*" : "")}"))));
}
