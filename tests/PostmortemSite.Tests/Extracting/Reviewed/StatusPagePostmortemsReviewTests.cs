using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// The rules of the status-page round (two-way digit dates, promises in status-page prose, ticket-only items, "and
/// instead ...", power words, lines that are only a zone, unmarked 12-hour clocks, dead ends told in prose) probed with
/// invented texts: the failing tests are wrong readings, the guards are readings a fix must keep.
/// </summary>
public sealed class StatusPagePostmortemsReviewTests
{
    // The review's texts are status pages kept as text: read as a .txt file unless a test says otherwise.
    private static ExtractedPostmortem Extract(string text, DateOnly? fileDate = null, string path = "outage.txt") => ReviewInputs.Extracted(text, path, fileDate);

    private static DateTimeOffset At(string utc) => ReviewInputs.At(utc);

    private static readonly DateOnly FileDay = new(2026, 5, 4);

    // ---- A digit date that reads two ways ----

    [Fact]
    public void A_retry_backoff_written_with_slashes_is_no_date()
    {
        const string text = "Webhook delays\n\nWebhooks were delayed for two hours after a deploy. Clients retry with a 5/10/15 second backoff, which multiplied the load.\n";

        // Read as 10 May 2015; the text dates nothing, so the file's day is the guess.
        Assert.Equal(FileDay, Extract(text, FileDay).Date);
    }

    [Fact]
    public void Traffic_steps_written_with_slashes_are_no_date_in_the_future()
    {
        const string text = "Webhook delays\n\nWebhooks were delayed for two hours after a deploy. We shifted traffic back in 1/10/50% steps.\n";

        // Read as 10 January 2050, decades after the file was saved.
        Assert.Equal(FileDay, Extract(text, FileDay).Date);
    }

    [Fact]
    public void The_day_a_document_was_last_reviewed_does_not_date_the_incident()
    {
        const string text = "Webhook delays\n\nWebhooks were delayed for two hours after a deploy on Tuesday.\n\n---\n\nDocument last reviewed 02/03/2026 by the SRE team.\n";

        Assert.Equal(new DateOnly(2026, 1, 20), Extract(text, new DateOnly(2026, 1, 20)).Date);
    }

    [Fact]
    public void Guard_an_american_text_keeps_its_two_way_digit_date_month_first()
    {
        const string text = "Checkout outage\n\nOn 03/11/2021, between 9:10am and 9:25am PST, checkout was down after a deploy.\n";

        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, FileDay).Date);
    }

    [Fact]
    public void Guard_a_full_date_elsewhere_in_the_text_still_dates_it()
    {
        const string text = "Webhook delays\n\nOn 2021-03-11 webhooks were delayed. Clients retry with a 5/10/15 second backoff.\n";

        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, FileDay).Date);
    }

    // ---- Promises in status-page prose ----

    [Theory]
    [InlineData("We are in the process of deploying the fix to all regions.")]
    [InlineData("We're in the process of applying the patch.")]
    [InlineData("We are in the process of failing over to the secondary database.")]
    [InlineData("We are in the process of scaling up the database cluster.")]
    [InlineData("We identified the bad index and are in the process of rebuilding it.")]
    [InlineData("We are investigating increasing error rates on the API.")]
    [InlineData("We are investigating ongoing connectivity issues in the EU region.")]
    [InlineData("We are investigating failing logins for some customers.")]
    [InlineData("We are investigating missing data in the dashboards.")]
    [InlineData("We are investigating something unusual in the replication logs.")]
    [InlineData("We are considering disabling the feature flag until the fix is out.")]
    public void A_status_update_telling_the_response_going_on_is_no_action_item(string sentence)
    {
        var text = $"Platform outage\nIncident Report for Acme\nPostmortem\n\nOn 2021-03-11 a migration locked a table for 7 minutes. {sentence}\n";

        Assert.Empty(Extract(text).ActionItems);
    }

    [Theory]
    [InlineData("We are considering adding a lock timeout to every migration.")]
    [InlineData("We are in the process of adding automated safety checks on risky migrations.")]
    public void Guard_work_promised_in_a_status_page_sentence_stays_an_action_item(string sentence)
    {
        var text = $"Platform outage\nIncident Report for Acme\nPostmortem\n\nOn 2021-03-11 a migration locked a table for 7 minutes. {sentence}\n";

        Assert.Single(Extract(text).ActionItems);
    }

    [Fact]
    public void Guard_the_remedy_rolled_back_and_recovery_going_on_is_no_action_item()
    {
        const string text = "Platform outage\nIncident Report for Acme\nPostmortem\n\nOn 2021-03-11 a migration locked a table. We rolled back the migration and are in the process of restoring the affected rows.\n";

        Assert.Empty(Extract(text).ActionItems);
    }

    // ---- Items that are only their tickets ----

    private static string FollowUps(string items) => $"# Hub outage\n\nDate: 2023-02-01\n\n## Follow-up improvements\n\n{items}\n\n## Notes\n\nThe hub was restarted.\n";

    [Fact]
    public void A_ticket_only_item_marked_done_with_a_check_mark_after_it_is_an_action_item()
    {
        var items = Extract(FollowUps("- #2127 ✅\n- #2213"), path: "incident.md").ActionItems;

        Assert.Equal(["#2127", "#2213"], items.Select(a => a.Ticket));
    }

    [Fact]
    public void A_ticket_only_item_ending_in_a_full_stop_is_an_action_item()
    {
        var items = Extract(FollowUps("- #2127.\n- #2213."), path: "incident.md").ActionItems;

        Assert.Equal(["#2127", "#2213"], items.Select(a => a.Ticket));
    }

    [Fact]
    public void An_item_of_two_tickets_is_not_dropped()
    {
        var items = Extract(FollowUps("- #2127, #2213\n- #2209"), path: "incident.md").ActionItems;

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Guard_ticket_only_items_in_a_numbered_list_or_with_check_boxes_are_action_items()
    {
        Assert.Equal(["#2127", "#2213"], Extract(FollowUps("1. #2127\n2. #2213"), path: "incident.md").ActionItems.Select(a => a.Ticket));
        Assert.Equal([ActionStatus.Done, ActionStatus.Open], Extract(FollowUps("- [x] #2127\n- [ ] #2213"), path: "incident.md").ActionItems.Select(a => a.Status));
    }

    [Fact]
    public void Guard_ticket_numbers_under_a_related_incidents_heading_are_no_action_items()
    {
        const string text = "# Hub outage\n\nDate: 2023-02-01\n\n## Related incidents\n\n- #2101\n- #1987\n\n## Notes\n\nThe hub was restarted.\n";

        Assert.Empty(Extract(text, path: "incident.md").ActionItems);
    }

    // ---- What a ruled-out lead found instead ----

    private const string GatewayTimeline = "# API outage\n\nDate: 2024-03-12\n\n## Timeline\n\n- 10:05 Errors on every API call after the 10:00 config push to the API gateway\n- 10:20 {0}\n- 10:55 Config push reverted, errors stop\n";

    [Fact]
    public void What_the_team_did_instead_after_a_failed_attempt_is_no_cause()
    {
        var text = string.Format(CultureInfo.InvariantCulture, GatewayTimeline, "Restarting the web servers did not help, and instead we moved the DNS records to the standby region");

        // "we moved the DNS records to the standby region" is the next remedy, not what was found; read as network/dns.
        Assert.Equal("change/config", Extract(text, path: "incident.md").Classification.Category);
    }

    [Fact]
    public void Guard_a_failed_attempt_alone_leaves_the_cause_to_the_rest_of_the_timeline()
    {
        var text = string.Format(CultureInfo.InvariantCulture, GatewayTimeline, "Restarting the web servers did not help");

        Assert.Equal("change/config", Extract(text, path: "incident.md").Classification.Category);
    }

    // ---- Power words ----

    [Fact]
    public void A_protocol_data_unit_is_no_power_distribution_unit()
    {
        const string text = "RADIUS logins failed\n\nOn 2024-03-12 VPN logins failed for an hour. The RADIUS proxy dropped every Access-Request PDU over 1500 bytes after the upgrade.\n";

        Assert.NotEqual("hardware/failure", Extract(text).Classification.Category);
    }

    [Fact]
    public void A_failover_designed_for_a_primary_that_loses_power_is_no_hardware_failure()
    {
        const string text = "Database failover did not trigger\n\nOn 2024-03-12 a bad config push set the health check port wrong, so the primary database was marked down. "
            + "The failover logic assumes the primary loses power or its network, not that a config is wrong.\n";

        Assert.Equal("change/config", Extract(text).Classification.Category);
    }

    [Fact]
    public void Guard_nodes_losing_power_after_a_pdu_failed_is_a_hardware_failure()
    {
        const string text = "Storage outage\n\nOn 2021-06-05 most storage servers were unavailable for two hours. The PDU for rack 12 failed, and 8 storage nodes lost power.\n";

        Assert.Equal("hardware/failure", Extract(text).Classification.Category);
    }

    // ---- A line that is only a zone ----

    private static DateTimeOffset? StartedUnder(string zoneLine) =>
        Extract($"Website outage\n\nTuesday, 21 August 2018\n6:50am to 7:50am\n{zoneLine}\n\nAt approximately 6:50am, the website started to become unresponsive. At 7:50am it was back.\n").Timestamps.Started;

    [Theory]
    [InlineData("(GMT-03:00) America/Argentina/Buenos Aires", "2018-08-21T09:50:00Z")]
    [InlineData("(GMT-04:00) America/Indiana/Indianapolis", "2018-08-21T10:50:00Z")]
    public void A_calendar_zone_line_with_a_half_hour_offset_or_a_three_part_place_states_the_zone(string zoneLine, string started)
    {
        Assert.Equal(At(started), StartedUnder(zoneLine));
    }

    [Theory]
    [InlineData("UTC+5:30", "2018-08-21T01:20:00Z")]
    [InlineData("GMT-3:30", "2018-08-21T10:20:00Z")]
    public void A_zone_line_with_a_one_digit_hour_and_its_minutes_states_the_zone(string zoneLine, string started)
    {
        Assert.Equal(At(started), StartedUnder(zoneLine));
    }

    [Theory]
    [InlineData("UTC+05:30", "2018-08-21T01:20:00Z")]
    [InlineData("(GMT+10:00) Australia/Sydney", "2018-08-20T20:50:00Z")]
    [InlineData("Europe/Amsterdam", "2018-08-21T04:50:00Z")]
    [InlineData("Asia/Pacific", "2018-08-21T06:50:00Z")]
    public void Guard_zone_lines_the_rule_reads_now_and_a_region_that_is_no_zone(string zoneLine, string started)
    {
        Assert.Equal(At(started), StartedUnder(zoneLine));
    }

    // ---- A 12-hour clock written without marks ----

    private static List<DateTimeOffset?> Times(string timeline) =>
        [.. TimelineParser.Parse(timeline, new TimelineContext(new DateOnly(2019, 3, 20), TimeZoneTable.Find("UTC")!, null)).Events.Select(e => e.Event.Time)];

    [Fact]
    public void A_timeline_that_marks_only_its_first_time_in_the_evening_runs_on_past_midnight()
    {
        var times = Times("- 11:30 pm alerts fire for the queue\n- 11:45 on-call restarts the workers\n- 12:15 database failover\n- 1:00 queue drained\n");

        Assert.Equal([At("2019-03-20T23:30:00Z"), At("2019-03-20T23:45:00Z"), At("2019-03-21T00:15:00Z"), At("2019-03-21T01:00:00Z")], times);
    }

    [Fact]
    public void A_timeline_that_marks_only_its_first_time_in_the_morning_runs_on_into_the_afternoon()
    {
        var times = Times("- 9:00 am deploy of release 42\n- 10:30 error rate alert\n- 12:30 rollback done\n- 1:15 cache flushed\n- 3:00 errors gone\n");

        Assert.Equal([At("2019-03-20T09:00:00Z"), At("2019-03-20T10:30:00Z"), At("2019-03-20T12:30:00Z"), At("2019-03-20T13:15:00Z"), At("2019-03-20T15:00:00Z")], times);
    }

    [Fact]
    public void Guard_a_timeline_that_marks_some_times_and_writes_others_on_a_24_hour_clock_keeps_its_hours()
    {
        var times = Times("- 9:00 am deploy of release 42\n- 10:30 error rate alert\n- 14:00 rollback done\n- 3:00 pm errors gone\n");

        Assert.Equal([At("2019-03-20T09:00:00Z"), At("2019-03-20T10:30:00Z"), At("2019-03-20T14:00:00Z"), At("2019-03-20T15:00:00Z")], times);
    }

    [Fact]
    public void A_twenty_four_hour_timeline_with_a_next_morning_entry_is_not_moved_to_the_evening()
    {
        var times = Times("- 10:12 deploy of release 42\n- 10:40 error rate alert\n- 11:55 rollback done, errors gone\n- 08:30 next morning: root cause found in the retry config\n");

        // Read as 20:30 the same day.
        Assert.Equal(At("2019-03-21T08:30:00Z"), times[^1]);
    }

    [Fact]
    public void Guard_a_twenty_four_hour_timeline_with_a_next_morning_entry_at_nine_goes_on_to_the_next_day()
    {
        var times = Times("- 10:12 deploy of release 42\n- 10:40 error rate alert\n- 11:55 rollback done, errors gone\n- 09:30 next morning: root cause found\n");

        Assert.Equal(At("2019-03-21T09:30:00Z"), times[^1]);
    }

    // ---- Dead ends told in prose ----

    private static List<TimelineEvent> DeadEnds(string text) => [.. Extract(text).AllDeadEnds()];

    [Fact]
    public void Two_attempts_in_one_sentence_that_neither_helped_are_both_dead_ends()
    {
        const string text = "Notification delays\n\nOn 2023-01-19 notifications were delayed.\n\n"
            + "We restarted the brokers at 4:19 UTC and failed over to the standby cluster at 4:40 UTC. Neither of these helped. We resolved the incident at 5:13 UTC.\n";

        Assert.Equal([At("2023-01-19T04:19:00Z"), At("2023-01-19T04:40:00Z")], DeadEnds(text).Select(e => e.Time));
    }

    [Theory]
    [InlineData("I originally thought this was a database issue, but it took a while to track down which query was at fault: a report query without an index.")]
    public void A_first_thought_that_was_then_confirmed_is_no_dead_end(string sentences)
    {
        Assert.Empty(DeadEnds($"Website outage\n\nOn 2018-08-21 the website became unresponsive. {sentences}\n"));
    }

    [Fact]
    public void A_restart_that_did_not_clear_the_sessions_is_no_dead_end()
    {
        const string text = "Login outage\n\nOn 2023-01-19 logins failed for 30 minutes.\n\n"
            + "We restarted the API pods at 10:05 UTC. This did not clear the sessions, so users who were logged in stayed logged in. Logins worked again at 10:07 UTC.\n";

        Assert.Empty(DeadEnds(text));
    }

    [Fact]
    public void Guard_a_restart_that_did_not_restore_service_is_a_dead_end()
    {
        const string text = "Login outage\n\nOn 2023-01-19 logins failed for 30 minutes.\n\n"
            + "We restarted the API pods at 10:05 UTC. This did not restore service. Logins worked again at 10:30 UTC after the config was reverted.\n";

        Assert.Equal([At("2023-01-19T10:05:00Z")], DeadEnds(text).Select(e => e.Time));
    }

    [Fact]
    public void Guard_a_first_thought_the_writer_then_found_wrong_is_a_dead_end()
    {
        const string text = "Website outage\n\nOn 2018-08-21 the website became unresponsive. I originally thought that this was a database issue, but after much investigation, I found the load balancer had dropped half its backends.\n";

        Assert.Single(DeadEnds(text));
    }
}
