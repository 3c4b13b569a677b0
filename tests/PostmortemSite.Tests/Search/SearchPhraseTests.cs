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
        Assert.Equal(["positions/lock.json", "positions/wait.json"], phraseReads.Where(p => p.StartsWith("positions/", StringComparison.Ordinal)).Distinct().Order());
    }

    [Fact]
    public async Task The_javascript_engine_matches_phrases_as_the_csharp_one_does()
    {
        using var folder = new TempFolder();
        var index = await SearchIndex.Of(PhraseLibrary.Write(folder));
        var (engine, _) = index.Engine();
        var js = new JsSearch(index.Read);
        js.SetString("queries", JsonSerializer.Serialize(Queries));

        var fromJs = JsonSerializer.Deserialize<List<List<string>>>(js.Evaluate("""
            (function () {
              var engine = PostmortemSearch.createEngine(function (path) { return hostReadIndexFile(path); });
              return JSON.stringify(JSON.parse(queries).map(function (q) {
                return engine.search(q, { limit: 20, facets: true }).hits.map(function (h) { return h.id; });
              }));
            }())
            """))!;

        for (var i = 0; i < Queries.Length; i++)
        {
            Assert.True(Ids(engine.Search(Queries[i], limit: 20)).SequenceEqual(fromJs[i]), $"'{Queries[i]}': C# {string.Join(", ", Ids(engine.Search(Queries[i], limit: 20)))}; JS {string.Join(", ", fromJs[i])}");
        }
    }

    private static List<string> Ids(PostmortemSite.Search.SearchResult result) => result.Hits.Select(h => h.Id).ToList();
}
