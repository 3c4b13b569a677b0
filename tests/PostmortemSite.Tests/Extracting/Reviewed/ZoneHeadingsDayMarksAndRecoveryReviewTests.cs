using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Probes of the twenty-third round's second change: a zone in a timeline heading's brackets ("## Timeline (Pacific)"),
/// day shifts marked "(prior night)" / "(previous day)" / "(yesterday)", and the end read off the latest entry telling
/// the service working again when the last entry tells of trouble.
/// </summary>
public sealed class ZoneHeadingsDayMarksAndRecoveryReviewTests
{
    private static string Dump(IEnumerable<TimelineEvent> events) =>
        string.Join(" || ", events.Select(e => $"[{e.Time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? e.Day?.ToString() ?? "-"}] {e.Text}"));

    private static string Dump(ExtractedPostmortem p) =>
        $"started={p.Timestamps.Started:u} resolved={p.Timestamps.Resolved:u} mitigated={p.Timestamps.Mitigated:u} timeline: {Dump(p.Timeline)}";

    private static ExtractedPostmortem Cluster(string entries) => Extracted("# Cluster down\n\n## Timeline (UTC)\n\n" + entries);

    // ---- DateTimeText.ZoneLine: a zone in a timeline heading's brackets ----

    [Fact]
    public void A_timeline_heading_naming_a_service_called_Central_does_not_override_the_stated_UTC()
    {
        var p = Extracted("# Package registry outage\n\n**Date:** 2024-06-22\n\nAll times are UTC. Both Central and the Snapshots repository were affected.\n\n"
            + "## Timeline (Central)\n\n- 14:00 Central starts returning 503s\n- 14:40 Central restored\n\n## Timeline (Snapshots)\n\n- 14:05 Snapshot uploads fail\n- 14:50 Snapshot uploads work again\n");

        Assert.True(p.Timeline.Count == 4 && p.Timeline[0].Time == At("2024-06-22T14:00:00Z") && p.Timeline[1].Time == At("2024-06-22T14:40:00Z"), Dump(p));
    }

    // Guards (pass): a real generic zone in winter, entries carrying their own zone, and words in brackets that are no zone.
    [Fact]
    public void Guard_a_timeline_heading_naming_Mountain_reads_mountain_standard_time_in_winter()
    {
        var p = Extracted("# Power cut\n\n**Date:** 2026-01-18\n\n## Timeline (Mountain)\n\n- 05:11 Power restored, hosts boot\n- 09:16 Cluster back, all services restored\n");

        Assert.True(p.Timeline[0].Time == At("2026-01-18T12:11:00Z"), Dump(p));
    }

    [Fact]
    public void Guard_entries_written_in_UTC_keep_it_under_a_heading_naming_Pacific()
    {
        var p = Extracted("# Power cut\n\n**Date:** 2026-05-18\n\n## Timeline (Pacific)\n\n- 05:11 UTC Power restored, hosts boot\n- 09:16 UTC Cluster back, all services restored\n");

        Assert.True(p.Timeline[0].Time == At("2026-05-18T05:11:00Z"), Dump(p));
    }

    [Theory]
    [InlineData("simplified")]
    [InlineData("summary")]
    [InlineData("Local")]
    [InlineData("detailed")]
    [InlineData("continued")]
    public void Guard_a_timeline_heading_whose_brackets_hold_a_plain_word_states_no_zone(string word)
    {
        var p = Extracted($"# Power cut\n\n**Date:** 2026-05-18\n\n## Timeline ({word})\n\n| Time | Event |\n|---|---|\n| 05:11 | Power restored, hosts boot |\n| 09:16 | Cluster back |\n");

        Assert.True(p.Timeline[0].Time == At("2026-05-18T05:11:00Z"), Dump(p));
    }

    // ---- TimelineParser.NextDay: day shifts ----

    [Theory]
    [InlineData("- 2024-06-21 22:00 UTC (prior night) — Power outage begins\n- 2024-06-22 05:11 UTC — Power restored\n")]
    [InlineData("| Time (UTC) | Event |\n|---|---|\n| 2024-06-21 22:00 (prior night) | Power outage begins |\n| 2024-06-22 05:11 | Power restored |\n")]
    [InlineData("- Jun 21 22:00 UTC (the night before) — Power outage begins\n- Jun 22 05:11 UTC — Power restored\n")]
    public void A_back_shift_mark_beside_a_written_date_does_not_move_that_date_again(string timeline)
    {
        var events = TimelineOf(timeline);

        Assert.True(events.Count == 2 && events[0].Time == At("2024-06-21T22:00:00Z"), Dump(events));
    }

    [Fact]
    public void A_prior_night_mark_under_a_date_heading_for_that_night_does_not_move_it_again()
    {
        var events = TimelineOf("### 2024-06-21\n\n- 22:00 UTC (prior night) — Power outage begins\n\n### 2024-06-22\n\n- 05:11 UTC — Power restored\n");

        Assert.True(events.Count == 2 && events[0].Time == At("2024-06-21T22:00:00Z"), Dump(events));
    }

    [Fact]
    public void A_next_day_mark_in_a_table_time_cell_after_midnight_moves_one_day_not_two()
    {
        var events = TimelineOf("| Time (UTC) | Event |\n|---|---|\n| 23:50 | Batch job starts |\n| 00:20 (next day) | Batch job fails |\n| 01:10 | Job rerun succeeds |\n");

        Assert.True(events.Count == 3 && events[1].Time == At("2024-06-23T00:20:00Z") && events[2].Time == At("2024-06-23T01:10:00Z"), Dump(events));
    }

    // The same double move in a list is older than this change (TimeOf rolled over and then shifted before it too).
    [Fact]
    public void A_next_day_mark_in_a_list_after_midnight_moves_one_day_not_two()
    {
        var events = TimelineOf("- 23:50 UTC — Batch job starts\n- 00:20 UTC (next day) — Batch job fails\n- 01:10 UTC — Job rerun succeeds\n");

        Assert.True(events.Count == 3 && events[1].Time == At("2024-06-23T00:20:00Z"), Dump(events));
    }

    [Fact]
    public void Guard_a_prior_night_row_then_a_late_evening_row_then_the_morning()
    {
        var events = TimelineOf("| Time (UTC) | Event |\n|---|---|\n| ~22:00 (prior night) | Power goes out |\n| 23:30 | UPS exhausted |\n| 05:11 | Power restored |\n");

        Assert.True(events.Select(e => e.Time).SequenceEqual(new DateTimeOffset?[] { At("2024-06-21T22:00:00Z"), At("2024-06-21T23:30:00Z"), At("2024-06-22T05:11:00Z") }) && events[0].Text == "Power goes out", Dump(events));
    }

    // ---- TimestampReader.LatestWorkingAgain ----

    // The last entry, "Two stuck jobs in UnexpectedAdmissionError deleted by hand", is trouble left over, as in the rule's own
    // case: the only question is whether the entry before it tells the service working again. None of these does
    // (the guard below, with "Site back", rightly ends at 10:30).
    [Theory]
    [InlineData("Working session with the IdP vendor starts")]
    [InlineData("Vendor called back, escalated to their network team")]
    [InlineData("p99 latency at 10x normal")]
    [InlineData("Last night's backup restored to a scratch instance to inspect the data")]
    [InlineData("Fix verified in staging, staging healthy")]
    [InlineData("Back-pressure builds on the ingest queue")]
    [InlineData("Rolled the release back")]
    [InlineData("Deleted runbook page restored from the wiki history")]
    public void An_entry_that_does_not_tell_the_service_working_again_is_not_the_end(string entry)
    {
        var p = Cluster($"- 2026-05-18 10:00 Checkout failing for all users\n- 10:30 {entry}\n- 11:00 Two stuck jobs in UnexpectedAdmissionError deleted by hand\n");

        Assert.True(p.Timestamps.Resolved is null, Dump(p));
    }

    // "still failing", "errors continue", "errors returned": the last entries say the trouble the working entry ended had not ended, or came back.
    [Theory]
    [InlineData("- 10:30 Restarted the app servers, site back\n- 11:00 Site still returning 502 errors\n")]
    [InlineData("- 10:30 Site back\n- 10:45 Errors returned on checkout\n- 11:00 Checkout failing\n")]
    [InlineData("- 10:20 Rolled back the deploy, API healthy\n- 10:40 500 errors are back\n- 11:00 API still failing\n")]
    [InlineData("- 10:30 eu-west back to normal; us-east still failing\n- 11:00 us-east still failing\n")]
    public void A_working_entry_the_later_entries_say_did_not_last_is_not_the_end(string entries)
    {
        var p = Cluster("- 2026-05-18 10:00 Site returning 502 errors\n" + entries);

        Assert.True(p.Timestamps.Resolved is null, Dump(p));
    }

    [Fact]
    public void A_healthy_entry_before_the_trouble_began_is_not_the_end()
    {
        var p = Cluster("- 2026-05-18 08:50 Maintenance begins\n- 09:00 Upgrade done, cluster healthy\n- 09:20 Errors start on checkout\n- 10:30 Checkout still failing\n");

        Assert.True(p.Timestamps.Resolved is null, Dump(p));
    }

    // Guards (pass).
    [Fact]
    public void Guard_site_back_before_leftover_trouble_ends_there()
    {
        var p = Cluster("- 2026-05-18 10:00 Checkout failing for all users\n- 10:30 Site back\n- 11:00 Two stuck jobs in UnexpectedAdmissionError deleted by hand\n");

        Assert.True(p.Timestamps.Resolved == At("2026-05-18T10:30:00Z"), Dump(p));
    }

    [Fact]
    public void Guard_back_up_then_down_again_is_not_the_end()
    {
        var p = Cluster("- 2026-05-18 10:00 Checkout starts failing\n- 10:30 Checkout back up after restarting the pods\n- 10:45 Checkout goes down again\n- 11:30 Checkout still failing, database unreachable\n");

        Assert.True(p.Timestamps.Resolved is null, Dump(p));
    }

    [Theory]
    [InlineData("Monitoring for further errors")]
    [InlineData("We are continuing to monitor for any further issues")]
    public void Guard_a_monitoring_last_entry_after_back_to_normal_ends_there_or_at_the_monitoring(string last)
    {
        var p = Cluster($"- 2026-05-18 10:00 Errors on checkout\n- 10:30 Fix deployed, checkout back to normal\n- 10:45 {last}\n");

        Assert.True(p.Timestamps.Resolved == At("2026-05-18T10:30:00Z") || p.Timestamps.Resolved == At("2026-05-18T10:45:00Z"), Dump(p));
    }
}
