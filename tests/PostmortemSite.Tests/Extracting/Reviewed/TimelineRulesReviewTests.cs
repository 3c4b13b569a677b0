using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Timeline and time rules as the review of the thirteenth round probed them: each input once went wrong.</summary>
public sealed class TimelineRulesReviewTests
{
    private static string Dump(IEnumerable<TimelineEvent> events) =>
        string.Join(" || ", events.Select(e => $"[{e.Time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? e.Day?.ToString() ?? "-"}] {e.Text} <{e.Milestone}{(e.DeadEnd ? ",DEAD" : "")}>"));

    private static string Dump(ExtractedPostmortem p) =>
        $"started={p.Timestamps.Started:u} resolved={p.Timestamps.Resolved:u} mitigated={p.Timestamps.Mitigated:u} date={p.Date} timeline: {Dump(p.Timeline)} | actions: {string.Join("; ", p.ActionItems.Select(a => a.Title + "/" + a.Status))}";

    // ---- dotted clock ----

    [Fact]
    public void A_list_of_affected_versions_is_not_a_timeline()
    {
        var p = Extracted("# Ingress outage\n\n**Date:** 2024-06-22\n\n## Affected clusters\n\n- 1.27 clusters: not affected\n- 1.28 clusters: affected\n- 1.29 clusters: affected\n\n"
            + "## Timeline\n\n- 14:02 UTC: ingress controller upgraded\n- 14:10 UTC: 502s on all routes\n- 14:40 UTC: rolled back, service restored\n");
        Assert.True(p.Timeline.All(e => e.Time is null || e.Time >= At("2024-06-22T14:00:00Z")) && p.Timestamps.Started >= At("2024-06-22T14:00:00Z"), Dump(p));
    }

    [Fact]
    public void European_day_month_dates_are_not_times()
    {
        var events = TimelineOf("- 12.03 Vendor informed about the corrupted backups\n- 13.03 Patch received from the vendor\n- 14.03 Patch rolled out to all sites\n", "2024-03-20");
        Assert.True(events.All(e => e.Time is null), Dump(events));
    }

    [Fact]
    public void Numbered_subsections_are_not_a_timeline()
    {
        var p = Extracted("# Payment outage\n\n**Date:** 2024-06-22\n\n## 3 Findings\n\n3.10 Monitoring did not cover the queue.\n\n3.11 Alerting went to an old rota.\n\n3.12 Paging failed over the weekend.\n\n"
            + "## Timeline\n\n- 09:15 UTC: queue stalls\n- 09:45 UTC: queue drained, incident resolved\n");
        Assert.True(p.Timeline.All(e => e.Time is null || e.Time >= At("2024-06-22T09:00:00Z")), Dump(p));
    }

    // ---- four-digit time cells ----

    [Fact]
    public void A_timing_table_in_seconds_under_a_time_heading_is_not_clock_times()
    {
        var p = Extracted("# Restore drill overrun\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- 10:00 UTC: restore starts\n- 11:30 UTC: restore finished, service restored\n\n"
            + "## Restore steps\n\n| Step | Time (s) |\n|---|---|\n| Fetch snapshot | 1140 |\n| Replay WAL | 0950 |\n| Verify checksums | 1315 |\n");
        Assert.True(p.Timeline.Count == 2, Dump(p));
    }

    [Fact]
    public void A_year_in_a_time_column_is_not_a_time()
    {
        var events = TimelineOf("| Time | Event |\n|---|---|\n| 2019 | Service first launched on the old cluster |\n| 14:05 | Cluster drained |\n| 14:30 | Service restored |\n", "2024-06-22");
        Assert.True(events.Count(e => e.Time is not null) == 2, Dump(events));
    }

    [Fact]
    public void A_time_column_with_hhmm_and_zone_is_read()
    {
        var events = TimelineOf("| Time | Event |\n|---|---|\n| 0730 UTC | Alerts fire |\n| 0815 utc | Rolled back |\n", "2024-06-22");
        Assert.True(events.Count(e => e.Time is not null) == 2, Dump(events));
    }

    // ---- Event Type column ----

    [Fact]
    public void A_type_column_beside_an_event_column_leaves_the_event_its_text()
    {
        var events = TimelineOf("| Time | Type | Event |\n|---|---|---|\n| 10:00 | alert | Error rate above 5% |\n| 10:20 | action | Rolled back the release |\n", "2024-06-22");
        Assert.True(events.Count == 2 && events[0].Text.Contains("Error rate", StringComparison.Ordinal), Dump(events));
    }

    [Fact]
    public void A_type_of_event_column_beside_details_is_not_the_events_text()
    {
        var events = TimelineOf("| Time (UTC) | Event-Type | Description |\n|---|---|---|\n| 10:00 | alert | Error rate above 5% |\n| 10:20 | action | Rolled back the release |\n", "2024-06-22");
        Assert.True(events.Count == 2 && events[0].Text.Contains("Error rate", StringComparison.Ordinal), Dump(events));
    }

    // ---- status word before a time ----

    [Fact]
    public void A_status_word_opening_an_entry_with_a_time_later_in_it_stays_text()
    {
        var events = TimelineOf("- 09:00 Deploy of 4.2 starts\n- Monitoring 10pm alert storm from the night before turned out unrelated\n- 09:40 Rolled back\n", "2024-06-22");
        Assert.True(events.All(e => e.Time is null || e.Time < At("2024-06-22T12:00:00Z")), Dump(events));
    }

    [Fact]
    public void A_status_word_before_a_month_and_day_is_an_update()
    {
        var events = TimelineOf("## Investigating - Jan 4, 2025 9:27 UTC\n\nWe are investigating errors.\n\n## Resolved - Jan 4, 2025 16:00 UTC\n\nThe incident is resolved.\n", null);
        Assert.True(events.Count(e => e.Time is not null) == 2, Dump(events));
    }

    [Fact]
    public void A_numbered_update_before_its_time_is_an_update()
    {
        var events = TimelineOf("## Update 1 - 09:27 UTC\n\nWe are investigating errors.\n\n## Update 2 - 10:05 UTC\n\nA fix is being deployed.\n\n## Update 3 - 11:00 UTC\n\nThe incident is resolved.\n", "2024-06-22");
        Assert.True(events.Count(e => e.Time is not null) == 3 && events[0].Time == At("2024-06-22T09:27:00Z"), Dump(events));
    }

    // ---- 9:27a ----

    [Fact]
    public void A_letter_after_the_minutes_followed_by_a_slash_is_not_a_morning()
    {
        var events = TimelineOf("- 10:15a/b test switched to variant B\n- 10:40 error rate doubles\n- 11:05 test switched back\n", "2024-06-22");
        Assert.True(events.Count == 3 && events[0].Time == At("2024-06-22T10:15:00Z"), Dump(events));
    }

    [Fact]
    public void Twelve_with_a_or_p_after_it_is_midnight_or_noon()
    {
        var events = TimelineOf("- 11:50p alerts fire\n- 12:10a rolled back\n- 12:30a resolved\n", "2024-06-22");
        Assert.True(events.Count == 3 && events[1].Time == At("2024-06-23T00:10:00Z"), Dump(events));
    }

    // ---- Day N - date ----

    [Fact]
    public void Day_numbers_before_times_keep_the_days_apart()
    {
        var p = Extracted("# Batch outage\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- Day 1 - 22:10 UTC: nightly batch starts failing\n- Day 1 - 23:00 UTC: on-call paged\n- Day 2 - 01:30 UTC: bad input file removed\n- Day 2 - 09:00 UTC: backlog cleared, incident resolved\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-23T09:00:00Z") && p.Timestamps.Started == At("2024-06-22T22:10:00Z"), Dump(p));
    }

    // ---- untimed list ----

    [Fact]
    public void An_unfilled_template_timeline_is_no_timeline()
    {
        var p = Extracted("# Cache outage\n\n**Date:** 2024-06-22\n\n## Summary\n\nThe cache cluster went down.\n\n## Timeline\n\n- HH:MM - \n- HH:MM - \n- HH:MM - \n\n## Root cause\n\nMemory exhaustion.\n");
        Assert.True(p.Timeline.Count == 0, Dump(p));
    }

    [Fact]
    public void A_timeline_of_links_is_no_timeline()
    {
        var p = Extracted("# Cache outage\n\n**Date:** 2024-06-22\n\n## Summary\n\nThe cache cluster went down.\n\n## Timeline\n\nThe full timeline lives in the incident channel:\n\n- [Slack #inc-4411](https://slack.example.com/archives/C1)\n- [PagerDuty incident](https://pd.example.com/incidents/P1)\n- [Grafana dashboard](https://grafana.example.com/d/cache)\n\n## Root cause\n\nMemory exhaustion.\n");
        Assert.True(p.Timeline.Count == 0, Dump(p));
    }

    [Fact]
    public void A_remediation_timeline_of_planned_work_is_not_the_incident_timeline()
    {
        var p = Extracted("# Cache outage\n\n**Date:** 2024-06-22\n\n## Summary\n\nThe cache cluster went down and was restarted.\n\n## Remediation timeline\n\n- Week 1: add memory alerts to the cache cluster\n- Week 2: cap the eviction queue\n- Week 4: move the cache to larger nodes\n");
        Assert.True(p.Timeline.Count == 0, Dump(p));
    }

    [Fact]
    public void A_numbered_timeline_of_steps_is_read()
    {
        var p = Extracted("# Audit rows lost\n\n**Date:** 2024-06-22\n\n## Timeline\n\n1. QA reports missing audit rows.\n2. Added debug logging; that did not help.\n3. Found the handler that marked the transaction rollback-only.\n4. Fix shipped and the issue resolved.\n");
        Assert.True(p.Timeline.Count == 4, Dump(p));
    }

    // ---- EventWording ----

    [Theory]
    [InlineData("To avoid going down a rabbit hole, we rolled back first and service was restored")]
    [InlineData("Reproduced locally: the integration test fails the same way as production")]
    [InlineData("EU region alerted with the same errors")]
    [InlineData("Users who retried were met with the same error")]
    public void Avoided_rabbit_holes_reproductions_and_spread_are_not_dead_ends(string text)
    {
        Assert.False(EventWording.IsDeadEnd(text), text);
    }

    [Theory]
    [InlineData("We thought the site was working again, but checkout still failed")]
    [InlineData("The API was working again after we drained the unhealthy nodes")]
    public void Working_again_counts_unless_only_thought_so(string text)
    {
        var expected = text.StartsWith("The API", StringComparison.Ordinal);
        Assert.True(EventWording.Says(text, Milestone.Resolved) == expected, text);
    }

    [Theory]
    [InlineData("Staging site restored from last night's snapshot to reproduce the bug")]
    [InlineData("DR site restored from backup; traffic still on primary")]
    public void A_staging_or_standby_site_restored_from_a_backup_is_not_the_service(string text)
    {
        Assert.False(EventWording.Says(text, Milestone.Resolved), text);
    }

    [Fact]
    public void Site_restored_for_reproduction_in_a_timeline_is_not_the_end()
    {
        var p = Extracted("# Checkout outage\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- 10:00 UTC: checkout errors begin\n- 10:30 UTC: staging site restored from snapshot to reproduce\n- 11:15 UTC: fix deployed, checkout working, incident resolved\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-22T11:15:00Z"), Dump(p));
    }

    // ---- numbered outline ----

    [Fact]
    public void A_table_of_contents_does_not_hide_the_timeline()
    {
        var p = Extracted("# Login outage\n\n**Date:** 2024-06-22\n\nContents:\n\n1. Summary\n2. Timeline\n3. Root Cause\n4. Action items\n\n## Summary\n\nLogins failed.\n\n## Timeline\n\n- Day 1: logins fail for SSO users\n- Day 1: IdP certificate found expired\n- Day 2: certificate renewed, logins work again\n\n## Root Cause\n\nAn expired certificate.\n");
        Assert.True(p.Timeline.Count == 3, Dump(p));
    }

    [Fact]
    public void A_table_of_contents_does_not_hide_an_untimed_timeline()
    {
        var p = Extracted("# Login outage\n\n**Date:** 2024-06-22\n\nContents:\n\n1. Summary\n2. Timeline\n3. Root Cause\n\n## Summary\n\nLogins failed.\n\n## Timeline\n\n- SSO users report failed logins\n- IdP certificate found expired\n- Certificate renewed, logins work again\n\n## Root Cause\n\nAn expired certificate.\n");
        Assert.True(p.Timeline.Count == 3, Dump(p));
    }

    [Fact]
    public void Action_items_in_a_numbered_outline_are_kept()
    {
        var p = Extracted("# Login outage\n\n1. Incident Date\n   - June 22, 2024\n2. Timeline\n   - 03:00 UTC logins fail\n   - 04:00 UTC certificate renewed, logins resolved\n3. Root Cause\n   - An expired certificate.\n4. Action Items\n   - Add an alert on certificate expiry\n   - Automate certificate renewal\n");
        Assert.True(p.ActionItems.Count == 2 && p.Timeline.Count == 2, Dump(p));
    }

    [Fact]
    public void A_numbered_outline_with_lessons_learned_keeps_them_out_of_the_resolution()
    {
        var p = Extracted("# Login outage\n\n1. Incident Date\n   - June 22, 2024\n2. Timeline\n   - 03:00 UTC logins fail\n   - 04:00 UTC certificate renewed, logins resolved\n3. Lessons Learned\n   - Certificates expire quietly.\n   - We were lucky.\n   - Our alert went to email.\n");
        Assert.True(p.Timeline.Count == 2, Dump(p));
    }

    // ---- Resolution: TBD ----

    [Theory]
    [InlineData("**Resolution:** Unknown — the errors stopped on their own after the cache expired.")]
    [InlineData("**Resolution:** Pending vendor patch; mitigated by failing over.")]
    [InlineData("**Resolution:** N/A, the service recovered by itself.")]
    public void A_resolution_field_that_describes_the_fix_keeps_the_timeline_end(string field)
    {
        var p = Extracted($"# Cache outage\n\n**Date:** 2024-06-22\n\n{field}\n\n## Timeline\n\n- 10:00 UTC: errors begin\n- 10:45 UTC: errors stop, incident resolved\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-22T10:45:00Z") || p.Timeline.Any(e => e.Milestone == Milestone.Resolved), Dump(p));
        Assert.True(p.ToPostmortem()!.Clock.Resolved == At("2024-06-22T10:45:00Z"), Dump(p));
    }

    // ---- round 2 ----

    [Fact]
    public void A_table_of_contents_does_not_hide_a_timed_timeline()
    {
        var p = Extracted("# Login outage\n\n**Date:** 2024-06-22\n\nContents:\n\n1. Summary\n2. Timeline\n3. Root Cause\n\n## Summary\n\nLogins failed.\n\n## Timeline\n\n- 10:00 UTC: logins fail for SSO users\n- 10:20 UTC: IdP certificate found expired\n- 10:50 UTC: certificate renewed, logins resolved\n\n## Root Cause\n\nAn expired certificate.\n");
        Assert.True(p.Timeline.Count == 3, Dump(p));
    }

    [Fact]
    public void An_untimed_timeline_without_contents_is_read()
    {
        var p = Extracted("# Login outage\n\n**Date:** 2024-06-22\n\n## Summary\n\nLogins failed.\n\n## Timeline\n\n- SSO users report failed logins\n- IdP certificate found expired\n- Certificate renewed, logins work again\n\n## Root Cause\n\nAn expired certificate.\n");
        Assert.True(p.Timeline.Count == 3, Dump(p));
    }

    [Fact]
    public void Action_items_under_a_numbered_action_heading_are_kept()
    {
        var p = Extracted("# Login outage\n\n1. Incident Date\n   - June 22, 2024\n2. Summary\n   - Logins failed for an hour.\n3. Action Items\n   - Add an alert on certificate expiry\n   - Automate certificate renewal\n");
        Assert.True(p.ActionItems.Count == 2, Dump(p));
    }

    [Theory]
    [InlineData("**Resolution:** Unknown — the errors stopped on their own after the cache expired.")]
    [InlineData("**Resolution:** N/A, the service recovered by itself.")]
    [InlineData("| Resolution | Unclear; errors stopped after the cache expired |")]
    public void A_resolution_field_saying_the_end_is_unclear_keeps_the_timelines_end(string field)
    {
        var p = Extracted($"# Cache outage\n\n**Date:** 2024-06-22\n\n{field}\n\n## Timeline\n\n- 10:00 UTC: errors begin\n- 10:20 UTC: on-call paged\n- 10:45 UTC: cache flushed by the on-call engineer\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-22T10:45:00Z"), Dump(p));
    }

    [Fact]
    public void Without_a_resolution_field_the_timelines_end_is_the_end()
    {
        var p = Extracted("# Cache outage\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- 10:00 UTC: errors begin\n- 10:20 UTC: on-call paged\n- 10:45 UTC: cache flushed by the on-call engineer\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-22T10:45:00Z"), Dump(p));
    }

    [Fact]
    public void A_staging_restore_is_not_the_end()
    {
        var p = Extracted("# Checkout outage\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- 10:00 UTC: checkout errors begin\n- 10:30 UTC: staging site restored from snapshot to reproduce\n- 11:15 UTC: hotfix deployed, checkout error rate back to zero\n");
        Assert.True(p.Timestamps.Resolved == At("2024-06-22T11:15:00Z"), Dump(p));
    }

    [Fact]
    public void A_reproduction_in_a_timeline_is_not_a_dead_end()
    {
        var p = Extracted("# Checkout outage\n\n**Date:** 2024-06-22\n\n## Timeline\n\n- 10:00 UTC: checkout errors begin\n- 10:30 UTC: reproduced locally, the integration test fails the same way\n- 10:50 UTC: EU region alerted with the same errors\n- 11:15 UTC: hotfix deployed, incident resolved\n");
        Assert.True(p.Timeline.All(e => !e.DeadEnd), Dump(p));
    }

    [Theory]
    [InlineData("We thought the site was working again, so the bridge was closed")]
    [InlineData("Site appeared to be working again at first")]
    public void A_recovery_only_thought_or_appearing_is_not_the_resolution(string text)
    {
        Assert.False(EventWording.Says(text, Milestone.Resolved), text);
    }

    [Fact]
    public void A_day_heading_with_a_date_dates_its_rows()
    {
        var events = TimelineOf("### Day 2 — 5 March 2024\n\n- 09:00 Backlog cleared\n- 09:30 Incident resolved\n", "2024-03-04");
        Assert.True(events.Count == 2 && events[0].Time == At("2024-03-05T09:00:00Z"), Dump(events));
    }

    [Fact]
    public void Versions_listed_in_a_timeline_section_are_not_times()
    {
        var events = TimelineOf("- 1.27 clusters upgraded first\n- 1.28 clusters upgraded next\n- 1.29 clusters upgraded last\n", "2024-06-22");
        Assert.True(events.All(e => e.Time is null), Dump(events));
    }

    [Fact]
    public void A_year_row_in_a_time_table_does_not_move_the_incident()
    {
        var p = Extracted("# Cluster drain\n\n**Date:** 2024-06-22\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2019 | Service first launched on the old cluster |\n| 14:05 | Cluster drained, checkout fails |\n| 14:30 | Checkout restored |\n");
        Assert.True(p.Timestamps.Started == At("2024-06-22T14:05:00Z") && p.Timestamps.Resolved == At("2024-06-22T14:30:00Z"), Dump(p));
    }
}
