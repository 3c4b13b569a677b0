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
}
