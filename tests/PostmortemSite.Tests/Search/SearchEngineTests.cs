using PostmortemSite.Search;

namespace PostmortemSite.Tests.Search;

public sealed class SearchEngineTests
{
    [Fact]
    public async Task Deadlock_finds_locking_incidents_first_even_those_that_only_say_lock_wait()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();

        var result = engine.Search("deadlock");

        var locking = index.Incidents.Where(p => p.RootCause.Category == "database/locking").Select(p => p.Id).ToHashSet();
        Assert.True(locking.Count >= 2);
        Assert.Equal(locking, result.Hits.Take(locking.Count).Select(h => h.Id).ToHashSet());
        Assert.Contains(result.Hits, h => locking.Contains(h.Id) && !index.Incident(h.Id).BodyMarkdown.Contains("deadlock", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Index_favours_database_index_incidents_over_ones_that_mention_a_search_index()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();

        var result = engine.Search("index");

        var indexIncidents = index.Incidents.Where(p => p.RootCause.Category == "database/index").Select(p => p.Id).ToHashSet();
        Assert.Equal(indexIncidents, result.Hits.Take(indexIncidents.Count).Select(h => h.Id).ToHashSet());
        Assert.True(result.Total > indexIncidents.Count, "other incidents that mention an index still match, lower down");
    }

    [Fact]
    public async Task A_question_no_incident_holds_every_word_of_ranks_those_with_most_words_and_names_the_word_found_nowhere()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();

        var strict = engine.Search("wallet flag zyxwv");
        var result = engine.Search("why did the wallet flag break checkout zyxwv");

        Assert.True(result.MostWords);
        Assert.Equal(0, result.EveryWord);
        Assert.Contains("zyxwv", result.UnmatchedWords);
        Assert.Equal("2024-06-25-checkout-wallet-flag", result.Hits[0].Id);
        Assert.True(strict.MostWords && strict.Hits[0].Id == "2024-06-25-checkout-wallet-flag");
    }

    [Fact]
    public async Task Quoted_words_stay_required_when_the_ranking_falls_back_to_most_words()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();

        var holdingDeadlock = engine.Search("\"deadlock\"", limit: 100).Ordinals.ToHashSet();
        var result = engine.Search("\"deadlock\" checkout zyxwv", limit: 100);
        var loose = engine.Search("deadlock checkout zyxwv", limit: 100);

        Assert.True(result.MostWords);
        Assert.NotEmpty(result.Ordinals);
        Assert.Subset(holdingDeadlock, result.Ordinals.ToHashSet());
        Assert.True(loose.Total > result.Total, "unquoted, incidents with only 'checkout' join the ranking");
    }

    [Fact]
    public async Task A_misspelt_word_reports_the_word_it_was_read_as()
    {
        var index = await SearchIndex.Sample;
        var (engine, _) = index.Engine();

        var result = engine.Search("replciation ");

        Assert.Equal([new Correction("replciation", "replication")], result.Corrections);
        Assert.Contains(result.Hits, h => h.Id == "2024-09-30-orders-replica-lag");
        Assert.Empty(engine.Search("replication ").Corrections!);
    }

    [Fact]
    public async Task Every_section_anchor_in_the_passage_files_is_an_id_on_its_incident_page()
    {
        var site = await new SiteBuilder(Theme.DefaultTheme.Create()).BuildAsync(new Model.SiteOptions(Support.RepoPaths.Input, "unused"), WriteMode.None);
        var files = site.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        var checkedAnchors = 0;

        foreach (var incident in site.KnowledgeBase!.Incidents)
        {
            using var text = System.Text.Json.JsonDocument.Parse(files["search/text/" + incident.Id + ".json"]);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(files["incidents/" + incident.Id + "/index.html"]);
            foreach (var section in text.RootElement.GetProperty("sections").EnumerateArray())
            {
                var anchor = section[0].GetString()!;
                Assert.True(section[2].GetArrayLength() > 0);
                if (anchor.Length > 0)
                {
                    Assert.True(page.GetElementById(anchor) is not null, $"{incident.Id}: no element with id '{anchor}' for section '{section[1].GetString()}'");
                    checkedAnchors++;
                }
            }
        }

        Assert.True(checkedAnchors >= 3 * site.KnowledgeBase.Incidents.Count, $"only {checkedAnchors} anchors checked");
    }
}
