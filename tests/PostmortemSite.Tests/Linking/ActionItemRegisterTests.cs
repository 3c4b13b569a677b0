using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using static PostmortemSite.Tests.Support.Incidents;

namespace PostmortemSite.Tests.Linking;

public sealed class ActionItemRegisterTests
{
    [Fact]
    public void The_same_promise_worded_three_ways_in_three_incidents_is_one_group()
    {
        var incidents = new[]
        {
            Make("a", "2023-02-14", actions: [Action("Validate migration scripts before deploy", ActionStatus.Done), Action("Add pg_stat_statements top-by-total-time panel to the orders-db dashboard")]),
            Make("b", "2024-08-21", actions: [Action("Run migration validation in CI before deploying", ActionStatus.InProgress), Action("Alert when seq_scan rate on any orders-db table exceeds its 7-day baseline by 10x")]),
            Make("c", "2024-09-30", actions: [Action("Validate schema migrations against a production-sized copy before deploy"), Action("Add lock wait time per table to the orders-db dashboard, from pg_locks sampling")]),
            Make("d", "2024-10-01", actions: [Action("Alert on pg_stat_database.deadlocks rate above 1/min on orders-db")]),
        };

        var register = ActionItemRegister.Build(incidents, asOf: null);

        var group = Assert.Single(register.Repeated);
        Assert.Equal(["a", "b", "c"], group.Entries.Select(e => e.Incident.Id));
        Assert.Equal("Validate migration scripts before deploy", group.Label);
        Assert.Equal(["validate", "migration", "deploy"], group.SharedWords);
        Assert.Equal(2, group.OpenCount);
    }

    [Fact]
    public void Similar_items_within_one_incident_are_not_a_repeated_promise()
    {
        var incident = Make("a", actions: [Action("Validate migration scripts before deploy"), Action("Validate migration scripts in CI before deploy")]);

        Assert.Empty(ActionItemRegister.Build([incident], asOf: null).Repeated);
    }

    [Fact]
    public void Open_items_come_first_overdue_ones_before_the_rest_and_then_by_due_date()
    {
        var incidents = new[]
        {
            Make("old", "2024-01-10", actions: [Action("Done long ago", ActionStatus.Done, due: "2024-01-20"), Action("Due soon", ActionStatus.Open, due: "2024-07-01")]),
            Make("new", "2024-06-01", actions: [Action("No date", ActionStatus.InProgress), Action("Late", ActionStatus.Open, due: "2024-02-01"), Action("Dropped", ActionStatus.WontDo)]),
        };

        var register = ActionItemRegister.Build(incidents, asOf: null);

        Assert.Equal(["Late", "Due soon", "No date", "Done long ago", "Dropped"], register.Entries.Select(e => e.Item.Title));
        Assert.Equal(3, register.OpenCount);
    }

    [Fact]
    public void Overdue_is_judged_on_the_as_of_date_which_defaults_to_the_newest_incident()
    {
        var incidents = new[]
        {
            Make("old", "2024-01-10", actions: [Action("Due in March", ActionStatus.Open, due: "2024-03-01"), Action("Done in time", ActionStatus.Done, due: "2024-02-01")]),
            Make("new", "2024-06-01", actions: [Action("Due in August", ActionStatus.InProgress, due: "2024-08-01")]),
        };

        var byDefault = ActionItemRegister.Build(incidents, asOf: null);
        var later = ActionItemRegister.Build(incidents, asOf: new DateOnly(2024, 9, 1));
        var earlier = ActionItemRegister.Build(incidents, asOf: new DateOnly(2024, 2, 1));

        Assert.Equal(new DateOnly(2024, 6, 1), byDefault.AsOf);
        Assert.Equal(["Due in March"], byDefault.Entries.Where(e => e.Overdue).Select(e => e.Item.Title));
        Assert.Equal(["Due in March", "Due in August"], later.Entries.Where(e => e.Overdue).Select(e => e.Item.Title));
        Assert.Equal(0, earlier.OverdueCount);
    }

    [Fact]
    public async Task The_sample_library_groups_its_three_migration_validation_items()
    {
        var read = await SiteReader.ReadAsync(RepoPaths.Input);

        var register = ActionItemRegister.Build(read.Postmortems, asOf: null);

        var migration = register.Repeated.Single(g => g.Entries.Any(e => e.Item.Title == "Validate migration scripts before deploy"));
        Assert.Equal(
            ["Validate migration scripts before deploy", "Run migration validation in CI before deploying", "Validate schema migrations against a production-sized copy before deploy"],
            migration.Entries.Select(e => e.Item.Title));
    }

    [Theory]
    [InlineData("Validate migration scripts before deploy", "Run migration validation in CI before deploying", true)]
    [InlineData("Page on replica lag above 60 s", "Throttle backfills on replica lag (pause when lag exceeds 30 s)", false)]
    [InlineData("Add lock wait time per table to the orders-db dashboard", "Add pg_stat_statements panel to the orders-db dashboard", false)]
    [InlineData("Alert on deadlocks", "Alert on disk usage", false)]
    public void Titles_are_similar_when_they_share_a_third_of_their_content_words(string a, string b, bool similar)
    {
        Assert.Equal(similar, ActionGrouper.AreSimilar(ActionGrouper.Stems(a), ActionGrouper.Stems(b)));
    }
}
