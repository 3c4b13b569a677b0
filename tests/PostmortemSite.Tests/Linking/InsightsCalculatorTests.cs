using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using static PostmortemSite.Tests.Support.Incidents;

namespace PostmortemSite.Tests.Linking;

public sealed class InsightsCalculatorTests
{
    private static readonly RootCauseTaxonomy Taxonomy = TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []);

    [Fact]
    public void Each_category_reports_the_median_and_nearest_rank_p90_of_its_durations()
    {
        var incidents = new[]
        {
            Make("i1", durationMinutes: 30, detectMinutes: 5),
            Make("i2", durationMinutes: 600, detectMinutes: 50),
            Make("i3", durationMinutes: 90, detectMinutes: 10),
            Make("i4", durationMinutes: 60, detectMinutes: 20),
            Make("l1", category: "database/locking", durationMinutes: 45, detectMinutes: null),
        };

        var insights = Calculate(incidents);

        var index = insights.DurationByCategory.Single(d => d.Category.Slug == "database/index");
        Assert.Equal([30.0, 60, 90, 600], index.Points.Select(p => p.Minutes));
        Assert.Equal(75, index.Stats.MedianMinutes); // (60 + 90) / 2
        Assert.Equal(600, index.Stats.P90Minutes); // rank ceil(0.9 * 4) = 4
        Assert.Equal(15, insights.DetectionByCategory.Single(d => d.Category.Slug == "database/index").Stats.MedianMinutes);
        Assert.DoesNotContain(insights.DetectionByCategory, d => d.Category.Slug == "database/locking");
        Assert.Equal(["database/index", "database/locking"], insights.DurationByCategory.Select(d => d.Category.Slug)); // slowest median first
        Assert.Equal(60, insights.Duration.MedianMinutes); // 30, 45, 60, 90, 600
        Assert.Equal(600, insights.Duration.P90Minutes);
    }

    [Fact]
    public void Incidents_per_month_cover_every_month_from_the_first_to_the_last_by_category_group()
    {
        var incidents = new[]
        {
            Make("jan", "2024-01-05", category: "database/index"),
            Make("jan-dns", "2024-01-20", category: "network/dns"),
            Make("apr", "2024-04-02", category: "database/locking"),
        };

        var insights = Calculate(incidents);

        Assert.Equal(["database", "network"], insights.MonthSeries);
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], insights.IncidentsPerMonth.Select(m => m.Label));
        Assert.Equal([[1, 1], [0, 0], [0, 0], [1, 0]], insights.IncidentsPerMonth.Select(m => m.Counts.ToArray()));
    }

    [Fact]
    public void Services_are_counted_once_per_incident_most_affected_first()
    {
        var incidents = new[]
        {
            Make("a", services: ["checkout", "orders-db", "Checkout"]),
            Make("b", services: ["orders-db"]),
            Make("c", services: ["orders-db", "billing"]),
        };

        var insights = Calculate(incidents);

        Assert.Equal([("orders-db", 3), ("billing", 1), ("checkout", 1)], insights.Services.Select(s => (s.Name, s.Count)));
    }

    [Fact]
    public void Action_statuses_are_counted_in_the_order_open_in_progress_done_wont_do()
    {
        var incidents = new[]
        {
            Make("a", actions: [Action("one"), Action("two", ActionStatus.Done), Action("three", ActionStatus.Done)]),
            Make("b", actions: [Action("four", ActionStatus.InProgress), Action("five", ActionStatus.WontDo)]),
        };

        var insights = Calculate(incidents);

        Assert.Equal([("open", 1), ("in-progress", 1), ("done", 2), ("wont-do", 1)], insights.ActionStatuses.Select(s => (s.Name, s.Count)));
    }

    [Fact]
    public void An_incident_with_only_timeline_milestones_still_has_its_times_to_detect_mitigate_and_resolve()
    {
        var incident = Make("timeline-only", durationMinutes: null, detectMinutes: null, timeline:
        [
            At("09:00", "Bad config pushed", Milestone.Started),
            At("09:12", "Alert fired", Milestone.Detected),
            At("09:40", "Config identified", Milestone.Identified),
            At("09:55", "Config reverted", Milestone.Mitigated),
            At("10:30", "All clear", Milestone.Resolved),
        ]);

        Assert.Equal(TimeSpan.FromMinutes(12), incident.TimeToDetect);
        Assert.Equal(TimeSpan.FromMinutes(40), incident.TimeToIdentify);
        Assert.Equal(TimeSpan.FromMinutes(55), incident.TimeToMitigate);
        Assert.Equal(TimeSpan.FromMinutes(90), incident.TimeToResolve);
        Assert.Equal(90, Calculate([incident]).Duration.MedianMinutes);
    }

    private static LibraryInsights Calculate(IReadOnlyList<Postmortem> incidents) =>
        InsightsCalculator.Calculate(incidents, Taxonomy, ActionItemRegister.Build(incidents, asOf: null));
}
