using System.Text.Json;
using PostmortemSite.Search;

namespace PostmortemSite.Tests.Search;

public sealed class SearchPassagesTests
{
    private static readonly string[] Queries =
    [
        "deadlock", "index", "lock wait", "\"lock wait\"", "replication lag", "certificate expired", "retry storm", "timeout",
        "dns", "checkout latency", "rollback", "replciation", "upstream package broke the build", "pg_stat_activity", "vacuum",
    ];

    [Fact]
    public async Task The_csharp_and_javascript_engines_pick_the_same_passages_and_sections_for_every_result()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();
        var expected = Queries.Select(q => engine.WithPassages(engine.Search(q, limit: 10, facets: false))).ToList();
        var js = new JsSearch(index.Read);
        js.SetString("queries", JsonSerializer.Serialize(Queries));

        var fromJs = JsonSerializer.Deserialize<List<List<List<string>>>>(js.Evaluate("""
            (function () {
              var engine = PostmortemSearch.createEngine(function (path) { return hostReadIndexFile(path); });
              return JSON.stringify(JSON.parse(queries).map(function (q) {
                var r = engine.search(q, { limit: 10, facets: false });
                return r.hits.map(function (h) {
                  var text = hostReadIndexFile('text/' + h.id + '.json');
                  return (text ? PostmortemSearch.bestPassages(text, r.matchedTerms) : []).map(function (p) { return [p.anchor, p.label, p.text, p.where].join('|'); });
                });
              }));
            }())
            """))!;

        var compared = 0;
        for (var q = 0; q < Queries.Length; q++)
        {
            var hits = expected[q].Hits;
            Assert.Equal(hits.Count, fromJs[q].Count);
            for (var h = 0; h < hits.Count; h++)
            {
                var csharp = hits[h].Passages!.Select(p => string.Join('|', p.Anchor, p.Label, p.Text, p.Where)).ToList();
                Assert.True(csharp.SequenceEqual(fromJs[q][h]), $"'{Queries[q]}', {hits[h].Id}:\nC#: {string.Join("\n    ", csharp)}\nJS: {string.Join("\n    ", fromJs[q][h])}");
                compared += csharp.Count;
            }
        }

        Assert.True(compared >= 100, $"only {compared} passages were compared");
    }

    [Fact]
    public void Sections_repeating_a_label_or_heading_id_give_one_sub_result_each_and_at_most_three()
    {
        var file = """
            {"sections":[
            ["","summary",[["The lock wait grew."]]],
            ["timeline","timeline",[["Lock wait alerts fired.","10:30"],["Lock wait lock wait everywhere.","10:31"]]],
            ["summary","summary",[["A lock wait timeout, and the lock wait again."]]],
            ["timeline","timeline",[["Notes: lock wait."]]],
            ["root-cause","root cause",[["A long transaction held the lock."]]],
            ["resolution","resolution",[["The wait ended after the lock was released."]]]
            ]}
            """;

        var passages = SearchPassages.Best(file, ["lock", "wait"]);

        Assert.Equal(["timeline", "summary", "resolution"], passages.Select(p => p.Label));
        Assert.Equal(["timeline", "summary", "resolution"], passages.Select(p => p.Anchor));
        Assert.Equal(("Lock wait lock wait everywhere.", "10:31"), (passages[0].Text, passages[0].Where));
    }

    [Fact]
    public void A_generated_library_whose_write_ups_repeat_the_summary_heading_lists_each_section_once()
    {
        var index = SearchIndex.Generated(200, seed: 7);
        var (engine, _) = index.Engine();

        var result = engine.WithPassages(engine.Search("retries", limit: 20, facets: false));

        Assert.NotEmpty(result.Hits);
        var repeated = result.Hits.Count(h => index.Read(SearchPassages.PathOf(h.Id))!.Split("\"summary\",").Length > 2);
        Assert.True(repeated > 0, "the library should have incidents with two sections labelled summary, or the test proves nothing");
        Assert.All(result.Hits, h =>
        {
            Assert.InRange(h.Passages!.Count, 1, SearchPassages.MaxSections);
            Assert.Equal(h.Passages!.Count, h.Passages!.Select(p => p.Label).Distinct().Count());
            Assert.Equal(h.Passages!.Count, h.Passages!.Select(p => p.Anchor).Distinct().Count());
        });
    }
}
