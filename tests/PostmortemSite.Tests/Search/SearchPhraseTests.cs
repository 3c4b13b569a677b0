using System.Text.Json;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Search;

public sealed class SearchPhraseTests
{
    private static readonly string[] Queries =
    [
        "\"lock wait\"", "lock wait ", "\"wait lock\"", "\"spike in retries\"", "spike retries ", "\"spike retries\"",
        "timeout -\"lock wait\"", "timeout -lock", "\"lock wait\" orders", "\"lock wait timeout\"", "\"lock zyxwv\"",
    ];

    [Fact]
    public async Task A_quoted_phrase_matches_its_words_adjacent_and_in_order_within_one_text()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));
        var (engine, _) = index.Engine();

        Assert.Equal([PhraseLibrary.Adjacent], Ids(engine.Search("\"lock wait\"")));
        Assert.Equal(
            new[] { PhraseLibrary.Adjacent, PhraseLibrary.Apart, PhraseLibrary.Reversed, PhraseLibrary.AcrossTexts }.Order(),
            Ids(engine.Search("lock wait ")).Order());
        Assert.Equal([PhraseLibrary.Reversed], Ids(engine.Search("\"wait lock\"")));
        Assert.Equal([PhraseLibrary.Adjacent], Ids(engine.Search("\"lock wait timeout\"")));
    }

    [Fact]
    public async Task A_stop_word_inside_a_phrase_keeps_its_place()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));
        var (engine, _) = index.Engine();

        Assert.Equal([PhraseLibrary.StopWordBetween], Ids(engine.Search("\"spike in retries\"")));
        Assert.Equal([PhraseLibrary.NoStopWord], Ids(engine.Search("\"spike retries\"")));
        Assert.Equal(2, engine.Search("spike retries ").Total);
    }

    [Fact]
    public async Task Excluding_a_quoted_phrase_leaves_out_only_incidents_with_the_words_adjacent()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));
        var (engine, _) = index.Engine();

        var ids = Ids(engine.Search("timeout -\"lock wait\""));

        Assert.DoesNotContain(PhraseLibrary.Adjacent, ids);
        Assert.Contains(PhraseLibrary.Apart, ids);
        Assert.Contains(PhraseLibrary.Reversed, ids);
        Assert.True(Ids(engine.Search("timeout -lock")).Count < ids.Count, "an unquoted exclusion leaves out every incident with the word");
    }

    [Fact]
    public async Task Only_quoted_phrases_read_the_positions_files()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));

        var (words, wordReads) = index.Engine();
        words.Search("lock wait ", facets: false);
        var (phrase, phraseReads) = index.Engine();
        phrase.Search("\"lock wait\"", facets: false);

        Assert.DoesNotContain(wordReads, path => path.StartsWith("positions/", StringComparison.Ordinal));
        Assert.Equal(["positions/lo.json", "positions/wa.json"], phraseReads.Where(p => p.StartsWith("positions/", StringComparison.Ordinal)).Distinct().Order());
    }

    [Fact]
    public async Task A_word_with_many_positions_is_read_from_its_own_file_and_both_engines_still_agree()
    {
        using var folder = new TempFolder();
        var input = PhraseLibrary.Write(folder);
        // "lock" hundreds of times: its positions outgrow the shard's shared file; "wait" stays in it.
        folder.Write($"input/postmortems/{ManyLocks}.md", SampleSite.Postmortem("Lock storm", date: "2024-03-07",
            body: "## Summary\n\n" + string.Concat(Enumerable.Repeat("lock ", 3000)) + "and then a lock wait at last.\n"));
        var index = await SearchIndex.Of(input);

        var (engine, reads) = index.Engine();
        var found = Ids(engine.Search("\"lock wait\"", limit: 20));

        Assert.Equal(new[] { PhraseLibrary.Adjacent, ManyLocks }.Order(), found.Order());
        Assert.Equal(["positions/long/lock.json", "positions/wa.json"], reads.Where(p => p.StartsWith("positions/", StringComparison.Ordinal)).Distinct().Order());
        Assert.Null(index.Read("positions/long/wait.json"));
        string[] phrases = ["\"lock wait\"", "\"wait lock\"", "\"lock lock\""];
        Assert.Equal(phrases.Select(q => Ids(engine.Search(q, limit: 20))), JsIds(index, phrases));
    }

    private const string ManyLocks = "2024-03-07-many-locks";

    [Fact]
    public async Task The_javascript_engine_matches_phrases_as_the_csharp_one_does()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));
        var (engine, _) = index.Engine();
        var fromJs = JsIds(index, Queries);

        for (var i = 0; i < Queries.Length; i++)
        {
            Assert.True(Ids(engine.Search(Queries[i], limit: 20)).SequenceEqual(fromJs[i]), $"'{Queries[i]}': C# {string.Join(", ", Ids(engine.Search(Queries[i], limit: 20)))}; JS {string.Join(", ", fromJs[i])}");
        }
    }

    private static List<List<string>> JsIds(SearchIndex index, string[] queries)
    {
        var js = new JsSearch(index.Read);
        js.SetString("queries", JsonSerializer.Serialize(queries));
        return JsonSerializer.Deserialize<List<List<string>>>(js.Evaluate("""
            (function () {
              var engine = PostmortemSearch.createEngine(function (path) { return hostReadIndexFile(path); });
              return JSON.stringify(JSON.parse(queries).map(function (q) {
                return engine.search(q, { limit: 20, facets: true }).hits.map(function (h) { return h.id; });
              }));
            }())
            """))!;
    }

    private static List<string> Ids(PostmortemSite.Search.SearchResult result) => result.Hits.Select(h => h.Id).ToList();
}
