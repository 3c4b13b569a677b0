using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using static PostmortemSite.Tests.Support.Incidents;

namespace PostmortemSite.Tests.Linking;

public sealed class FalseLeadDetectorTests
{
    // Timelines worded like the legacy seed postmortems 000, 002 and 003, as the importer's timeline parser gives them:
    // no dead-end flags, so only the wording tells the wrong guesses apart.
    private static readonly Postmortem Seed000 = Make("seed-000", timeline:
    [
        At("10:00", "Issue detected via monitoring alerts showing database query timeouts and failures.", Milestone.Detected),
        At("10:05", "Engineers began investigating; initial assumption was a sudden increase in traffic."),
        At("10:20", "Confirmed database was unresponsive; began checking recent changes."),
        At("10:30", "Misleading path: suspected hardware failure; restarted database servers."),
        At("11:00", "Restart had no effect; escalated to the database administration team."),
        At("11:30", "DBA team identified missing indexes from the maintenance logs.", Milestone.Identified),
        At("13:30", "Full service restored and incident officially resolved.", Milestone.Resolved),
    ]);

    private static readonly Postmortem Seed002 = Make("seed-002", category: "database/locking", timeline:
    [
        At("15:30", "Issue detected by automated monitoring systems, highlighting a spike in database errors and connection timeouts.", Milestone.Detected),
        At("15:35", "Engineering team alerted to investigate the database-related issues."),
        At("15:40", "Initial assumption made that increased user activity was overwhelming the database servers."),
        At("15:50", "Scaling measures initiated to accommodate assumed increase in database load."),
        At("16:00", "No improvement observed; incident escalated to database administration and application development teams."),
        At("16:15", "Misleading path - Investigation focused on network issues, delaying the identification of the root cause."),
        At("16:30", "Database administrators discovered the deadlock condition introduced by a recent schema migration script."),
        At("16:45", "Script rolled back to previous version, resolving the deadlock and restoring database operations.", Milestone.Mitigated),
    ]);

    private static readonly Postmortem Seed003 = Make("seed-003", timeline:
    [
        At("10:00", "Issue detected via automated monitoring alert indicating increased response times.", Milestone.Detected),
        At("10:10", "Assumed the issue was due to high traffic volume; scaled up application servers."),
        At("10:30", "Traffic assumption proved incorrect; database queries continued to lag."),
        At("10:45", "Noticed high CPU usage on the primary database server."),
        At("11:15", "Misleading path: suspected a potential network issue between application servers and the database."),
        At("11:30", "Further investigation ruled out network issues; focused back on database performance."),
        At("11:45", "Identified recent index change on a high-traffic table as the probable cause."),
        At("12:30", "Full service restoration confirmed; performance metrics returned to normal.", Milestone.Resolved),
    ]);

    [Fact]
    public void The_traffic_assumption_and_the_network_suspicion_of_the_seeds_are_grouped_across_incidents()
    {
        var groups = FalseLeadDetector.Group(new[] { Seed000, Seed002, Seed003 }.SelectMany(FalseLeadDetector.Detect));

        Assert.Equal(["seed-000", "seed-002", "seed-003"], IncidentsOf(groups, "traffic-increase"));
        Assert.Equal(["seed-002", "seed-003"], IncidentsOf(groups, "network"));
        Assert.Equal(["seed-000"], IncidentsOf(groups, "hardware-restart"));
        Assert.Equal(["traffic-increase", "network", "hardware-restart"], groups.Select(g => g.Family));
    }

    [Fact]
    public void A_false_lead_costs_the_minutes_until_the_first_event_that_is_no_longer_part_of_it()
    {
        // 10:30 suspect hardware -> 11:00 "restart had no effect" (same dead end) -> 11:30 next step: 60 minutes.
        var seed000 = FalseLeadDetector.Detect(Seed000);
        Assert.Equal([("traffic-increase", 15.0), ("hardware-restart", 60.0)], seed000.Select(l => (l.Family, l.CostMinutes!.Value)));
        Assert.Equal(2, seed000[1].Events.Count);

        // 15:40 assumption -> 15:50 scaling for the assumed load -> 16:00 no improvement -> 16:15 a new guess: 35 minutes.
        var seed002 = FalseLeadDetector.Detect(Seed002);
        Assert.Equal([("traffic-increase", 35.0), ("network", 15.0)], seed002.Select(l => (l.Family, l.CostMinutes!.Value)));

        // "Traffic assumption proved incorrect" restates the same guess; "ruled out network issues" reports it failed.
        var seed003 = FalseLeadDetector.Detect(Seed003);
        Assert.Equal([("traffic-increase", 35.0), ("network", 30.0)], seed003.Select(l => (l.Family, l.CostMinutes!.Value)));
    }

    [Fact]
    public void A_group_adds_up_the_minutes_of_its_occurrences()
    {
        var groups = FalseLeadDetector.Group(new[] { Seed000, Seed002, Seed003 }.SelectMany(FalseLeadDetector.Detect));

        Assert.Equal(15 + 35 + 35, groups.Single(g => g.Family == "traffic-increase").TotalCostMinutes);
        Assert.Equal(3, groups.Single(g => g.Family == "traffic-increase").IncidentCount);
    }

    [Fact]
    public void A_suspicion_that_turned_out_right_is_not_a_false_lead()
    {
        var confirmed = Make("confirmed", timeline:
        [
            At("10:00", "Alert fired", Milestone.Detected),
            At("10:10", "Suspected the network; packet loss confirmed on the core switch", Milestone.Identified),
        ]);
        var ownCause = Make("own-cause", category: "network/dns", timeline:
        [
            At("10:00", "Alert fired", Milestone.Detected),
            At("10:10", "Suspected DNS, since lookups were timing out"),
            At("10:20", "CoreDNS replicas scaled up", Milestone.Mitigated),
        ]);

        Assert.Empty(FalseLeadDetector.Detect(confirmed));
        Assert.Empty(FalseLeadDetector.Detect(ownCause));
    }

    [Fact]
    public void Wording_without_a_known_hypothesis_is_not_a_false_lead_unless_the_author_marked_a_dead_end()
    {
        var incident = Make("vague", timeline:
        [
            At("10:00", "Assumed incident command", Milestone.Detected),
            At("10:05", "Checked the batch scheduler, nothing there", deadEnd: true),
            At("10:25", "Found the runaway job", Milestone.Identified),
        ]);

        var lead = Assert.Single(FalseLeadDetector.Detect(incident));

        Assert.Equal(FalseLeadDetector.OtherFamily, lead.Family);
        Assert.Equal(20, lead.CostMinutes);
    }

    [Fact]
    public void Not_related_and_no_effect_mark_a_checked_hypothesis_as_a_false_lead()
    {
        var incident = Make("checked", timeline:
        [
            At("10:00", "Alert fired", Milestone.Detected),
            At("10:04", "Checked the recent deploy (not related)"),
            At("10:12", "Flushed the cache; no effect"),
            At("10:30", "Root cause found", Milestone.Identified),
        ]);

        Assert.Equal([("recent-deploy", 8.0), ("cache", 18.0)], FalseLeadDetector.Detect(incident).Select(l => (l.Family, l.CostMinutes!.Value)));
    }

    [Fact]
    public void The_cost_is_unknown_when_the_timeline_has_no_times()
    {
        var incident = Make("untimed", timeline:
        [
            Untimed("Suspected a traffic spike; scaled out", deadEnd: true),
            Untimed("Found the slow query"),
        ]);

        var lead = Assert.Single(FalseLeadDetector.Detect(incident));

        Assert.Null(lead.CostMinutes);
        Assert.Null(FalseLeadDetector.Group([lead]).Single().TotalCostMinutes);
    }

    [Fact]
    public async Task The_sample_library_repeats_the_traffic_and_network_guesses_in_three_incidents_each()
    {
        var read = await SiteReader.ReadAsync(RepoPaths.Input);
        var groups = FalseLeadDetector.Group(read.Postmortems.SelectMany(FalseLeadDetector.Detect));

        Assert.Superset(new HashSet<string> { "2023-02-14-orders-missing-index", "2024-04-17-notifications-sms-provider-outage", "2024-11-29-inventory-reservation-lock-wait" },
            IncidentsOf(groups, "traffic-increase").ToHashSet());
        Assert.Superset(new HashSet<string> { "2023-10-03-search-reindex-partial-alias", "2024-02-06-auth-clock-skew", "2024-08-21-ledger-invalid-index" },
            IncidentsOf(groups, "network").ToHashSet());
        Assert.Superset(new HashSet<string> { "2024-09-30-orders-replica-lag", "2025-06-10-payments-api-connection-leak" },
            IncidentsOf(groups, "database-restart").ToHashSet());
    }

    private static List<string> IncidentsOf(IReadOnlyList<FalseLeadGroup> groups, string family) =>
        groups.Single(g => g.Family == family).Occurrences.Select(o => o.Incident.Id).Distinct().Order(StringComparer.Ordinal).ToList();
}
