using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Extracting;

public sealed class TimelineParserTests
{
    private static readonly TimeZoneRule Utc = TimeZoneTable.Find("UTC")!;

    private static IReadOnlyList<TimelineEvent> Parse(string text, string? date = "2024-06-22", TimeZoneRule? zone = null, DateTimeOffset? start = null) =>
        TimelineParser.Parse(text, new TimelineContext(date is null ? null : DateOnly.Parse(date), zone ?? Utc, start)).TimelineEvents;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc);

    [Fact]
    public void Twelve_hour_times_are_placed_on_the_incident_date_in_the_documents_zone()
    {
        var events = Parse("10:00 AM: Issue detected.\n1:30 PM: Full service restored.", zone: TimeZoneTable.Find("EDT"));

        Assert.Equal([At("2024-06-22T14:00:00Z"), At("2024-06-22T17:30:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal(["Issue detected.", "Full service restored."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_bullet_that_gives_only_a_day_is_an_entry_of_that_day_with_no_time_and_marks_no_milestone()
    {
        var events = Parse("- 2024-03-08: Fuzzer reports the parser crash.\n- 2024-03-10:\n    Fix reviewed and\n    merged.\n- 2024-03-11 14:05 UTC: Release published, issue resolved.");

        Assert.Equal(["Fuzzer reports the parser crash.", "Fix reviewed and merged.", "Release published, issue resolved."], events.Select(e => e.Text));
        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 10), null], events.Select(e => e.Day));
        Assert.Equal([null, null, At("2024-03-11T14:05:00Z")], events.Select(e => e.Time));
        Assert.Equal([null, null, Milestone.Resolved], events.Select(e => e.Milestone));
    }

    [Theory]
    [InlineData("the core team asks the validators to wait for a detailed rollback plan", null)]
    [InlineData("we discussed failing over to the second region", null)]
    [InlineData("we considered a revert of the release", null)]
    [InlineData("rolled back the release to v41", Milestone.Mitigated)]
    [InlineData("executed the rollback plan, errors dropped", Milestone.Mitigated)]
    [InlineData("Start service storage failover to a different filer", null)]
    [InlineData("Initiated rollback of release 4.2", null)]
    [InlineData("Rollback initiated.", null)]
    [InlineData("Database failover started", null)]
    [InlineData("Rollback of release 4.2 initiated; error rate dropping", Milestone.Mitigated)]
    [InlineData("Rollback completed", Milestone.Mitigated)]
    [InlineData("Started rollback of release 4.2; errors recovering", Milestone.Mitigated)]
    [InlineData("Kicked off rollback, 5xx rate back to baseline", Milestone.Mitigated)]
    [InlineData("Started failover, traffic now served from the secondary region", Milestone.Mitigated)]
    public void A_remedy_planned_or_talked_of_is_not_the_mitigation_and_one_carried_out_is(string text, Milestone? milestone)
    {
        var events = Parse($"10:00 UTC: errors on every page\n10:30 UTC: {text}\n");

        Assert.Equal(milestone, events[1].Milestone);
    }

    [Fact]
    public void A_range_of_four_digit_times_with_utc_after_it_is_an_entry_at_its_first_time()
    {
        var events = Parse("- 1900-2100 UTC: transactions delayed\n- 2130 UTC: backlog cleared", zone: TimeZoneTable.Find("EST"));

        Assert.Equal([At("2024-06-22T19:00:00Z"), At("2024-06-22T21:30:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal(["transactions delayed", "backlog cleared"], events.Select(e => e.Text));
    }

    [Fact]
    public void Bullets_under_a_date_line_are_entries_of_that_day_until_an_entry_there_has_a_time()
    {
        var events = Parse("2024-03-08:\n* Report received by the security team.\n* Triage started.\n\n2024-03-09:\n* 10:00 Patch drafted.\n* reviewed by two maintainers\n");

        Assert.Equal(["Report received by the security team.", "Triage started.", "Patch drafted."], events.Select(e => e.Text));
        Assert.Equal([new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 8), null], events.Select(e => e.Day));
        Assert.Equal(At("2024-03-09T10:00:00Z"), events[2].Time);
    }

    [Theory]
    [InlineData("- 14:05 EDT — Deploy starts")]
    [InlineData("- **14:05 EDT:** Deploy starts")]
    [InlineData("**_14:05 EDT_** Deploy starts")]
    [InlineData("- ***14:05 EDT*** Deploy starts")]
    [InlineData("* [14:05 EDT] Deploy starts")]
    [InlineData("\t2:05 PM EDT: Deploy starts")]
    [InlineData("14:05 EDT | Deploy starts")]
    [InlineData("2024-06-22T18:05:00Z Deploy starts")]
    [InlineData("2024-06-22 14:05 EDT - Deploy starts")]
    [InlineData("June 22, 2024, 2:05 PM EDT: Deploy starts")]
    public void The_usual_entry_shapes_give_the_same_event(string line)
    {
        var entry = Assert.Single(Parse(line));

        Assert.Equal(At("2024-06-22T18:05:00Z"), entry.Time);
        Assert.Equal("Deploy starts", entry.Text);
    }

    [Fact]
    public void A_timeline_that_crosses_midnight_moves_to_the_next_day()
    {
        var events = Parse("22:50: Import starts.\n23:40: Queue alert.\n00:15: Import killed.\n01:05: Drained.", date: "2024-04-30");

        Assert.Equal(
            [At("2024-04-30T22:50:00Z"), At("2024-04-30T23:40:00Z"), At("2024-05-01T00:15:00Z"), At("2024-05-01T01:05:00Z")],
            events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void An_entry_a_few_minutes_out_of_order_stays_on_the_same_day()
    {
        var events = Parse("11:08: second\n11:07: first");

        Assert.All(events, e => Assert.Equal(22, e.Time!.Value.Day));
    }

    [Fact]
    public void An_entry_marked_next_day_moves_the_date_on()
    {
        var events = Parse("- 09:40 UTC — Throttling lifted\n- 12:00 UTC (next day) — Fix deployed");

        Assert.Equal(At("2024-06-23T12:00:00Z"), events[1].Time);
        Assert.Equal("Fix deployed", events[1].Text);
    }

    [Theory]
    [InlineData("(prior night)")]
    [InlineData("(the night before)")]
    [InlineData("(previous day)")]
    public void An_entry_marked_as_the_night_before_moves_the_date_back_and_the_next_morning_rolls_on(string mark)
    {
        var events = Parse($"- ~22:00 UTC {mark} — Power outage begins\n- 05:11 UTC — Power restored\n- 14:16 UTC — Cluster back");

        Assert.Equal([At("2024-06-21T22:00:00Z"), At("2024-06-22T05:11:00Z"), At("2024-06-22T14:16:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("Power outage begins", events[0].Text);
    }

    [Fact]
    public void A_day_shift_written_in_a_tables_time_cell_moves_its_row()
    {
        var events = Parse("| Time (UTC) | Event |\n|---|---|\n| ~22:00 (prior night) | Power outage begins |\n| 05:11 | Power restored |\n");

        Assert.Equal([At("2024-06-21T22:00:00Z"), At("2024-06-22T05:11:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void Table_rows_use_the_header_for_the_columns_and_the_zone()
    {
        var events = Parse("""
            | Event | When (CET) |
            |---|---|
            | Rebalancing started | 2024-03-02 23:40 |
            | Cluster healthy | 2024-03-03 01:00 |
            """);

        Assert.Equal([At("2024-03-02T22:40:00Z"), At("2024-03-03T00:00:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal(["Rebalancing started", "Cluster healthy"], events.Select(e => e.Text));
    }

    [Fact]
    public void A_row_whose_time_nobody_wrote_down_is_kept_without_a_time()
    {
        var events = Parse("| Time | Event |\n|---|---|\n| 2024-03-03 --:-- | Surge of deployments |");

        var entry = Assert.Single(events);
        Assert.Null(entry.Time);
        Assert.Equal(new DateOnly(2024, 3, 3), entry.Day);
        Assert.Equal("Surge of deployments", entry.Text);
    }

    [Fact]
    public void A_table_of_dated_rows_without_times_keeps_each_row_as_an_entry_of_its_day()
    {
        var events = Parse("| Time | Event |\n|---|---|\n| 2021-11-25 18:59 | A weakness is described |\n| 2022-05-07 | Withdrawals begin |\n| 2022-05-09 | Reserves are sold |");

        Assert.Equal(3, events.Count);
        Assert.Equal([null, new DateOnly(2022, 5, 7), new DateOnly(2022, 5, 9)], events.Select(e => e.Day));
        Assert.Equal("Reserves are sold", events[2].Text);
    }

    [Fact]
    public void A_heading_with_a_time_takes_the_paragraph_under_it()
    {
        var events = Parse("### 2022-08-01 14:10\n\nDisk alarm on the primary.\nIt kept growing.\n\n### 2022-08-01 15:00\n\nVolume resized.", date: null, zone: TimeZoneTable.Find("PT"));

        Assert.Equal([At("2022-08-01T21:10:00Z"), At("2022-08-01T22:00:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("Disk alarm on the primary. It kept growing.", events[0].Text);
    }

    [Fact]
    public void A_heading_named_first_and_timed_after_in_parentheses_is_an_entry_at_that_time()
    {
        var events = Parse("### Early context (session start)\n- Restored an old commit\n### Pager fires (14:02 UTC)\n- On-call acknowledges\n### Investigation (14:10 - 14:40)\n- Checked the proxy\n### Cleanup (2024-06-22 15:05)\nOld logs deleted.");

        Assert.Equal(["Pager fires", "Investigation", "Cleanup Old logs deleted."], events.Select(e => e.Text));
        Assert.Equal([At("2024-06-22T14:02:00Z"), At("2024-06-22T14:10:00Z"), At("2024-06-22T15:05:00Z")], events.Select(e => e.Time!.Value));
    }

    [Theory]
    [InlineData("### Step 3 (of 5)")]
    [InlineData("### Results (99.95% of requests)")]
    [InlineData("### Why it took so long (notes)")]
    public void A_heading_with_no_clock_in_its_parentheses_stays_untimed(string heading)
    {
        Assert.DoesNotContain(Parse(heading + "\n- Something happened"), e => e.Time is not null);
    }

    [Fact]
    public void A_date_line_and_an_all_times_line_apply_to_the_entries_below()
    {
        var events = Parse("All times in PST\n\n2019-01-22\n\n- 2:54 PM: change merged\n\n2019-01-23\n\n- 4:49 AM: first report", date: null);

        Assert.Equal([At("2019-01-22T22:54:00Z"), At("2019-01-23T12:49:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void Relative_times_count_from_the_start_and_need_one()
    {
        var start = At("2024-05-20T16:00:00Z");

        Assert.Equal(At("2024-05-20T17:10:00Z"), Parse("T+1h10m: Rolled back.", start: start)[0].Time);
        Assert.Null(Parse("T+1h10m: Rolled back.")[0].Time);
    }

    [Fact]
    public void Offsets_with_no_clock_time_to_count_from_keep_their_offset_in_the_words_and_the_incidents_day()
    {
        var events = Parse("- **T-0 (Start):** Removed the old disk\n- **T+2m:** Volume shows as failed\n- **T+1h10m:** Restore completed\n");

        Assert.Equal(["T+0: (Start): Removed the old disk", "T+2m: Volume shows as failed", "T+1h10m: Restore completed"], events.Select(e => e.Text));
        Assert.All(events, e => Assert.Equal(new DateOnly(2024, 6, 22), e.Day));
        Assert.All(events, e => Assert.Null(e.Time));
    }

    [Fact]
    public void An_approximate_offset_in_a_table_is_read_as_an_offset()
    {
        const string table = "| Time | Event |\n| ---- | ----- |\n| **~T+0** | Pod stuck in ContainerCreating |\n| ~T+15m | Controller pod restarted |\n| ~T+25m | Pod running again |\n";

        var events = Parse(table, start: At("2024-06-22T10:00:00Z"));

        Assert.Equal([At("2024-06-22T10:00:00Z"), At("2024-06-22T10:15:00Z"), At("2024-06-22T10:25:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void An_offset_of_days_before_the_start_with_no_clock_time_takes_the_day_it_names()
    {
        var events = Parse("- **T-2d:** The change was merged\n- **T+0:** Alerts fire\n");

        Assert.Equal([new DateOnly(2024, 6, 20), new DateOnly(2024, 6, 22)], events.Select(e => e.Day!.Value));
    }

    [Fact]
    public void A_table_whose_rows_after_the_first_give_minutes_since_it_counts_them_from_the_first_rows_time()
    {
        const string table = "| Time (UTC) | Event |\n|---|---|\n| July 2 2025, 11:00 AM UTC | Snapshot taken |\n| +10 minutes | Upgrade run |\n| +130 minutes | Node fails again |\n";

        Assert.Equal([At("2025-07-02T11:00:00Z"), At("2025-07-02T11:10:00Z"), At("2025-07-02T13:10:00Z")], Parse(table, date: null).Select(e => e.Time!.Value));
    }

    [Fact]
    public void An_entry_dated_the_same_day_a_year_off_while_the_clock_goes_on_is_a_typo_for_the_entries_year()
    {
        var events = Parse("- 2015-03-18 12:00 (UTC) issue created\n- 2016-03-18 13:00 (UTC) first attempts to find the error\n- 2015-03-18 14:48 (UTC) fix deployed\n", date: null);

        Assert.Equal([At("2015-03-18T12:00:00Z"), At("2015-03-18T13:00:00Z"), At("2015-03-18T14:48:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void Guard_a_timeline_that_goes_on_a_year_later_on_the_same_day_keeps_its_year()
    {
        var events = Parse("- 2015-03-18 12:00 (UTC) certificate installed\n- 2015-03-18 12:30 (UTC) rollout complete\n- 2016-03-18 08:00 (UTC) certificate expired\n", date: null);

        Assert.Equal(At("2016-03-18T08:00:00Z"), events[^1].Time);
    }

    [Theory]
    [InlineData("- **2026-01-20 14:00 ICT**: maintenance begins\n- **2026-01-20 18:00 ICT**: maintenance complete\n")]
    [InlineData("- __2026-01-20 14:00 ICT__ - maintenance begins\n- __2026-01-20 18:00 ICT__ - maintenance complete\n")]
    public void A_zone_that_is_also_an_acronym_names_the_zone_inside_the_emphasis_that_ends_the_entrys_time(string log)
    {
        Assert.Equal([At("2026-01-20T07:00:00Z"), At("2026-01-20T11:00:00Z")], Parse(log, date: null).Select(e => e.Time!.Value));
    }

    [Fact]
    public void A_time_set_in_bold_after_its_day_is_the_entrys_time()
    {
        var events = Parse("- Feb 28th **01:52** `@sam` First report of media outages\n- Feb 28th **01:57** `@kim` Confirms TLS expired\n- Mar 1st __02:30 UTC__ Certificates renewed\n", date: "2023-02-27");

        Assert.Equal([At("2023-02-28T01:52:00Z"), At("2023-02-28T01:57:00Z"), At("2023-03-01T02:30:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void Offsets_in_brackets_and_in_tenths_of_hours_count_from_the_first_rows_time()
    {
        const string table = "| Time (UTC) | Event |\n|---|---|\n| May 28 2025, 11:30 AM UTC | Upgrade executed; network halts |\n| \\[+1 hrs] | Triage begins |\n"
            + "| [+6.5 hrs] | Consensus fails again |\n| (+22 hours) | Testnet restored |\n| \\[+2 Business Days Later] | Fixes staged |\n";

        Assert.Equal([At("2025-05-28T11:30:00Z"), At("2025-05-28T12:30:00Z"), At("2025-05-28T18:00:00Z"), At("2025-05-29T09:30:00Z")],
            Parse(table, date: null).Where(e => e.Time is not null).Select(e => e.Time!.Value));
    }

    [Fact]
    public void A_t_plus_offset_counts_from_the_stated_start_not_from_a_lead_up_entry_above_it()
    {
        var events = Parse("- 2025-06-30 09:00 UTC: faulty change merged\n- T+0: alert fires\n- T+45m: rolled back\n", start: At("2025-07-01T11:00:00Z"));

        Assert.Equal([At("2025-06-30T09:00:00Z"), At("2025-07-01T11:00:00Z"), At("2025-07-01T11:45:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void With_no_start_stated_t_plus_offsets_and_short_offsets_in_a_table_count_from_the_first_time()
    {
        Assert.Equal([At("2024-06-22T14:00:00Z"), At("2024-06-22T14:10:00Z"), At("2024-06-22T14:45:00Z")], Parse("- 14:00 UTC: alert fires\n- T+10m: paged\n- T+45m: rolled back\n").Select(e => e.Time!.Value));
        Assert.Equal([At("2024-06-22T11:00:00Z"), At("2024-06-22T11:15:00Z"), At("2024-06-22T13:00:00Z")], Parse("| Time | Event |\n|---|---|\n| 11:00 UTC | Snapshot |\n| +15m | Upgrade |\n| +2h | Verified |\n").Select(e => e.Time!.Value));
    }

    [Fact]
    public void Times_without_any_date_are_kept_as_text_without_a_time()
    {
        var entry = Assert.Single(Parse("10:00: Alert fired", date: null));

        Assert.Null(entry.Time);
        Assert.Equal("Alert fired", entry.Text);
    }

    [Fact]
    public void A_wrapped_line_continues_its_entry_and_code_blocks_are_skipped()
    {
        var events = Parse("* [08:57] Someone notices statuses that\nare still present\n```\n09:00 not an entry\n```\n* [09:02] Rollback PR");

        Assert.Equal(["Someone notices statuses that are still present", "Rollback PR"], events.Select(e => e.Text));
    }

    [Fact]
    public void Milestones_go_to_the_first_detection_and_the_last_resolution()
    {
        var events = Parse("""
            10:00: Monitoring alert fired.
            10:10: Second alert fired.
            10:30: Identified the bad index.
            10:45: Rollback attempt failed.
            11:00: Rolled back the release.
            11:30: Service restored for most users.
            12:00: Fully recovered, incident resolved.
            """);

        Assert.Equal([Milestone.Detected, null, Milestone.Identified, null, Milestone.Mitigated, null, Milestone.Resolved], events.Select(e => e.Milestone));
    }

    [Theory]
    [InlineData("Misleading path: suspected hardware failure", true)]
    [InlineData("Suspected the CDN (not related); purged the cache", true)]
    [InlineData("Scaled out to 40 pods, no effect", true)]
    [InlineData("Restart had no effect", true)]
    [InlineData("No improvement observed", true)]
    [InlineData("Traffic assumption proved incorrect", true)]
    [InlineData("Further investigation ruled out network issues", true)]
    [InlineData("Attempted database restart failed to restore service", true)]
    [InlineData("Restarted the replica (dead end)", true)]
    [InlineData("Checked the load balancer, which turned out to be unrelated", true)]
    [InlineData("Identified the missing index", false)]
    [InlineData("Unrelated deploy reduced the timeout", false)]
    [InlineData("Rolled back; errors dropping", false)]
    public void Dead_ends_are_recognised_by_their_wording(string text, bool deadEnd)
    {
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(text));
    }

    [Fact]
    public void A_table_with_the_day_and_the_time_in_columns_of_their_own_reads_them_as_one_moment_and_keeps_its_notes()
    {
        var events = Parse("| Date | Time (UTC) | What happened? | Notes |\n| --- | --- | --- | --- |\n| Jul 11, 2023 | 17:11 | A commit lands upstream | Start of outage |\n"
            + "| Nov 27, 2023 | 00:00 | First user report | |\n|  | 09:30 | Triaged |  |\n");

        Assert.Equal([At("2023-07-11T17:11:00Z"), At("2023-11-27T00:00:00Z"), At("2023-11-27T09:30:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal(["A commit lands upstream — Start of outage", "First user report", "Triaged"], events.Select(e => e.Text));
    }

    [Fact]
    public void A_notes_column_is_not_repeated_when_no_column_is_the_events()
    {
        var events = Parse("| Time (UTC) | Notes |\n| --- | --- |\n| 10:00 | Deploy started |\n");

        Assert.Equal("Deploy started", events.Single().Text);
    }

    [Fact]
    public void A_log_of_four_digit_times_reads_evening_times_and_times_linked_to_their_chat_messages()
    {
        var events = Parse("1738: Provider posted an incident report.\n\n[1758](https://chat.example/p1): Jake acknowledged the issue.\n\n1808: Provider updated the report.\n\n"
            + "[1923](https://chat.example/p2): Service message went out.\n\n~1940: A plan was made.\n\n[2058](https://chat.example/p3): Images started working again.\n", "2017-02-28");

        Assert.Equal(
            [At("2017-02-28T17:38:00Z"), At("2017-02-28T17:58:00Z"), At("2017-02-28T18:08:00Z"), At("2017-02-28T19:23:00Z"), At("2017-02-28T19:40:00Z"), At("2017-02-28T20:58:00Z")],
            events.Select(e => e.Time));
        Assert.Equal("Jake acknowledged the issue.", events[1].Text);
    }

    [Fact]
    public void A_year_opening_a_line_is_still_a_year_where_the_timeline_writes_no_four_digit_times()
    {
        var events = Parse("- 2019: the service launched\n- 09:12 UTC errors began\n- 10:00 UTC fixed\n", "2024-06-22");

        Assert.Equal([At("2024-06-22T09:12:00Z"), At("2024-06-22T10:00:00Z")], events.Where(e => e.Time is not null).Select(e => e.Time));
    }

    [Theory]
    [InlineData("* **15:25pm UTC:** All services are back to normal", "2023-07-07T15:25:00Z")]
    [InlineData("* **00:30 am UTC:** Alerts fire", "2023-07-07T00:30:00Z")]
    [InlineData("* **3:25pm UTC:** All services are back to normal", "2023-07-07T15:25:00Z")]
    public void A_24_hour_time_with_a_redundant_am_or_pm_is_read_as_written(string line, string expected)
    {
        Assert.Equal([At(expected)], Parse(line, "2023-07-07").Select(e => e.Time));
    }

    [Fact]
    public void A_24_hour_time_with_a_mark_that_contradicts_it_is_not_a_time()
    {
        Assert.DoesNotContain(Parse("* **15:25am UTC:** All services are back to normal", "2023-07-07"), e => e.Time is not null);
    }

    [Fact]
    public void In_a_log_of_four_digit_times_a_year_next_to_the_timelines_own_stays_a_year()
    {
        var events = Parse("- 2022: image proxy moved to the new vendor\n- 0915: image requests start failing\n- 0930: on-call paged\n- 1005: proxy switched back, images load again\n", "2023-02-28");

        Assert.Equal([At("2023-02-28T09:15:00Z"), At("2023-02-28T09:30:00Z"), At("2023-02-28T10:05:00Z")], events.Where(e => e.Time is not null).Select(e => e.Time));
    }

    [Fact]
    public void A_time_linked_to_its_chat_message_is_read_in_a_bulleted_log()
    {
        var events = Parse("- 1738: Provider posted an incident report.\n- [1758](https://chat.example.com/p1): Jo acknowledged the issue.\n- 1808: Provider updated the report.\n", "2017-02-28");

        Assert.Equal([At("2017-02-28T17:38:00Z"), At("2017-02-28T17:58:00Z"), At("2017-02-28T18:08:00Z")], events.Select(e => e.Time));
    }

    [Fact]
    public void A_log_that_writes_its_times_with_a_dot_reads_each_as_a_time_and_a_time_alone_on_its_line_takes_the_lines_below()
    {
        var events = Parse("28 June 2024\n\n08.33 Replication set up for the new indexes\n\n08.52\nUptime alerts: search API\n\n09.04 Cluster lost its master node\n\n09.29 Recovery: search API\n", null);

        Assert.Equal([At("2024-06-28T08:33:00Z"), At("2024-06-28T08:52:00Z"), At("2024-06-28T09:04:00Z"), At("2024-06-28T09:29:00Z")], events.Select(e => e.Time));
        Assert.Equal("Uptime alerts: search API", events[1].Text);
    }

    [Fact]
    public void A_dotted_log_over_several_days_steps_back_on_its_clock_at_each_date_line_and_may_put_a_colon_after_its_time()
    {
        var events = Parse("25 August 2022\n\n11.07: Started a rolling upgrade\n\n13.04: Upgrade stuck, everything still working\n\n29th August\n\n08.49: Automated maintenance failed\n\n5 September\n\n08.20: Another failed maintenance event\n\n10.27 Cluster recreated\n", null);

        Assert.Equal([At("2022-08-25T11:07:00Z"), At("2022-08-25T13:04:00Z"), At("2022-08-29T08:49:00Z"), At("2022-09-05T08:20:00Z"), At("2022-09-05T10:27:00Z")], events.Select(e => e.Time));
        Assert.Equal("Started a rolling upgrade", events[0].Text);
    }

    [Theory]
    [InlineData("- 1.10 Scope of the review\n- 1.11 Who took part\n- 2.1 Findings\n")]
    [InlineData("- 3.20: Scope\n- 1.10: Who took part\n- 2.40: Findings\n- 1.30: Appendix\n")]
    [InlineData("03.03: First reports\n\n07.04: Vendor acknowledges\n\n12.05: Vendor ships a patch\n\n18.06: Patch deployed\n")]
    [InlineData("- 08.33 Replication set up\n- 09.04 Master node lost\n- Version 1.10.2 rolled back\n")]
    public void Dotted_numbers_stay_text_unless_three_lines_open_with_a_bare_dotted_time(string lines)
    {
        Assert.DoesNotContain(Parse(lines), e => e.Time is not null);
    }

    [Fact]
    public void A_four_digit_time_alone_in_a_time_column_is_a_time_and_an_event_type_column_is_not_the_events_text()
    {
        var events = Parse("| Time | Event Type | Description |\n| ---- | ---------- | ----------- |\n| 0730 | `operator` | The operator renews the metadata. |\n| 1230 | `operator` | The operator calls the end of the incident. |\n", "2019-02-04");

        Assert.Equal([At("2019-02-04T07:30:00Z"), At("2019-02-04T12:30:00Z")], events.Select(e => e.Time));
        Assert.Equal("The operator renews the metadata.", events[0].Text);
    }

    [Fact]
    public void Four_digits_in_a_date_column_are_not_a_time()
    {
        var events = Parse("| Date | Event |\n| --- | --- |\n| 2019 | Service launched |\n| 2023-02-28 | Proxy moved |\n", "2023-02-28");

        Assert.DoesNotContain(events, e => e.Time is not null);
    }

    [Fact]
    public void Status_updates_with_their_word_before_the_time_are_entries_that_take_the_paragraph_below()
    {
        var events = Parse("## Investigating 2025-01-04 9:27a\n\nPower is out on the north side of campus.\n\n## Resolved 2025-01-04 4:00p\n\nPower was restored and machines are back up.\n", null);

        Assert.Equal([At("2025-01-04T09:27:00Z"), At("2025-01-04T16:00:00Z")], events.Select(e => e.Time));
        Assert.Equal("Investigating Power is out on the north side of campus.", events[0].Text);
        Assert.Equal(Milestone.Resolved, events[1].Milestone);
    }

    [Fact]
    public void A_bare_time_heading_takes_every_paragraph_under_it_up_to_the_next_heading()
    {
        var events = Parse("### 2024-04-29 14:39\n\nThe operator drains the stuck pods\n\nThe drain times out without success.\n\n### 2024-04-29 15:02\n\nPods recreated.\n", "2024-04-29");

        Assert.Equal(["The operator drains the stuck pods. The drain times out without success.", "Pods recreated."], events.Select(e => e.Text));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("> Note from the on-call: the switch was a red herring.")]
    [InlineData("Root cause: a disk in the array failed.")]
    [InlineData("At 17:55 the array is healthy again.")]
    public void A_bare_time_heading_does_not_take_a_rule_a_quote_a_label_or_a_paragraph_with_its_own_time(string paragraph)
    {
        var events = Parse($"### 2024-04-29 14:39\n\nThe operator drains the stuck pods.\n\n{paragraph}\n\nThanks to everyone who helped.\n", "2024-04-29");

        Assert.Equal("The operator drains the stuck pods.", events[0].Text);
    }

    [Fact]
    public void A_paragraph_after_the_list_under_a_bare_time_heading_goes_with_the_last_step_and_can_make_it_a_dead_end()
    {
        var events = Parse("### 2024-04-29 14:39\n\n- Restarted the cache pods\n- Flushed the session cache\n\nNeither helped.\n\n### 2024-04-29 15:02\n\nRolled back release 4.2.\n", "2024-04-29");

        Assert.Equal(["Restarted the cache pods", "Flushed the session cache. Neither helped.", "Rolled back release 4.2."], events.Select(e => e.Text));
        Assert.Equal([false, true, false], events.Select(e => e.DeadEnd));
    }

    [Fact]
    public void A_paragraph_after_the_list_under_a_bare_time_heading_that_tells_no_outcome_is_not_taken()
    {
        var events = Parse("### 2024-04-29 14:39\n\n- Rolled back the leaking build\n- Latency recovers\n\nAll times in this document are UTC. Thanks to the platform team.\n", "2024-04-29");

        Assert.Equal(["Rolled back the leaking build", "Latency recovers"], events.Select(e => e.Text));
    }

    [Theory]
    [InlineData("Flushed the cache. Neither helped at first, but within five minutes latency was back to normal.", false)]
    [InlineData("Restarted the workers; none of these restarts made a difference.", true)]
    [InlineData("Failed over to the replica and flushed the cache. Neither worked.", true)]
    [InlineData("None of the customers saw errors after the flush.", false)]
    [InlineData("Neither region was affected by the restart.", false)]
    [InlineData("Restarted the workers and flushed the queue. Nothing helped.", true)]
    [InlineData("Tried a restart and a failover; none of this helped.", true)]
    [InlineData("Neither restart nor flush helped.", true)]
    [InlineData("Nothing was lost; the restart helped.", false)]
    [InlineData("Neither the cache nor the database was at fault.", false)]
    [InlineData("Restarted the database, which made things worse.", true)]
    [InlineData("Failed over to the replica; this only made matters worse.", true)]
    [InlineData("The 4.2 deploy made things worse for EU customers.", false)]
    [InlineData("Restarted the API pods; latency recovers. As usual, nothing worked better than a restart.", false)]
    public void Steps_of_which_neither_or_none_helped_or_that_made_things_worse_are_a_dead_end(string entry, bool deadEnd)
    {
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(entry));
    }

    [Fact]
    public void A_time_heading_with_its_own_words_does_not_take_the_paragraph_below()
    {
        var events = Parse("### April 29th, 2:39pm - Project submitted for review\n\nThe first upload held no malware.\n", "2024-04-29");

        Assert.Equal("Project submitted for review", events.Single().Text);
    }

    [Theory]
    [InlineData("Looked like it was working again but the master was reported unhealthy", false)]
    [InlineData("It seemed like the site was working again, then the pool emptied", false)]
    [InlineData("The site was working again after the restart", true)]
    public void A_recovery_that_only_looked_so_is_not_the_resolution(string text, bool resolved)
    {
        Assert.Equal(resolved, EventWording.Says(text, Milestone.Resolved));
    }

    [Theory]
    [InlineData("After digging deep into a rabbit hole, the operator reverted the hacks", true)]
    [InlineData("The operator ditches the attempt at fixing the configuration and builds images locally", true)]
    [InlineData("We abandoned the approach of patching in place", true)]
    [InlineData("JG couldn't disable snapshots as all APIs are down", true)]
    [InlineData("Unable to issue index management commands because there is no master", true)]
    [InlineData("Users couldn't log in to the website", false)]
    [InlineData("The operator builds the images locally and pushes them", false)]
    public void A_rabbit_hole_and_an_abandoned_attempt_are_dead_ends(string text, bool deadEnd)
    {
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(text));
    }

    [Fact]
    public void A_timeline_of_steps_with_no_time_or_day_lists_each_step_in_order_with_its_label()
    {
        var result = TimelineParser.UntimedList(["- **Day 1, morning:** QA reports missing audit rows.", "- **Day 1, midday:** Added debug logging. Hypothesis 1 ruled out.", "  - a detail of that step", "- **Day 2:** Found the handler", "  that rolled the transaction back.", "", "Total: about 3 days."]);

        Assert.Equal(["Day 1, morning: QA reports missing audit rows.", "Day 1, midday: Added debug logging. Hypothesis 1 ruled out.", "Day 2: Found the handler that rolled the transaction back."], result.Events.Select(e => e.Event.Text));
        Assert.All(result.Events, e => Assert.Null(e.Event.Time));
        Assert.True(result.Events[1].Event.DeadEnd);
        Assert.Equal(3, result.Untimed);
    }

    [Fact]
    public void Fewer_than_three_untimed_steps_are_no_timeline()
    {
        Assert.Empty(TimelineParser.UntimedList(["- Deploy", "- Rollback"]).Events);
    }

    [Fact]
    public void A_heading_that_numbers_the_day_before_its_date_dates_the_rows_below()
    {
        var events = Parse("### Day 1 - January 23, 2026\n\n| Time (EST) | Event |\n|---|---|\n| 23:08 | Site goes down |\n\n### Day 2 - January 24, 2026\n\n| Time (EST) | Event |\n|---|---|\n| 17:32 | **Site restored** |\n", "2026-01-25");

        Assert.Equal([At("2026-01-24T04:08:00Z"), At("2026-01-24T22:32:00Z")], events.Select(e => e.Time));
        Assert.Equal(Milestone.Resolved, events[1].Milestone);
    }
}
