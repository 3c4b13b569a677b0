using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Dates a template gives a heading of their own, outage marks on lines of their own, years told by a weekday, status
/// entries marked open, and the wording of reports, recoveries and dropped ideas. Issue 17, items 2, 3, 5 and 6, each on
/// an invented text.
/// </summary>
public sealed class DateFieldsMarksAndStatusEntriesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text, DateOnly? fileDate = null) => Extractor.Extract("incident.md", text, fileDate).Postmortem;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_date_heading_over_a_lone_date_dates_the_incident()
    {
        const string text = "# Chain halt\n\n## Date\n\n2026-04-14\n\n## Summary\n\nThe chain halted after the upgrade announced on 2026-04-09.\n";

        Assert.Equal(new DateOnly(2026, 4, 14), Extract(text).Date);
    }

    [Fact]
    public void A_heading_whose_section_says_more_than_a_date_is_no_date_field()
    {
        var document = LegacyDocumentParser.Parse("# Outage\n\n## Date\n\n2026-04-14\n\nWe first noticed it the day after.\n");

        Assert.DoesNotContain(document.Fields, f => f.Key == "date");
    }

    [Fact]
    public void A_report_of_something_going_right_is_no_detection()
    {
        Assert.False(EventWording.Says("Reports that the upgrade passes the local test", Milestone.Detected));
        Assert.True(EventWording.Says("Reports a consensus error on block 301", Milestone.Detected));
        Assert.True(EventWording.Says("Customer reports 503 responses although the health checks pass", Milestone.Detected));
    }

    [Theory]
    [InlineData("Block 302 is committed and the chain starts moving again")]
    [InlineData("Queue consumers began processing messages again")]
    [InlineData("Miraculously the service returned to a normal state")]
    public void Work_that_starts_again_or_a_return_to_a_normal_state_ends_the_incident(string entry)
    {
        Assert.True(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("We wait until the chain starts moving again")]
    [InlineData("The pods started serving errors again")]
    public void Waiting_for_work_to_start_again_or_trouble_starting_again_is_no_end(string entry)
    {
        Assert.False(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("<START OF OUTAGE>")]
    [InlineData("**START OF OUTAGE**")]
    [InlineData("[Start of impact]")]
    public void An_outage_mark_on_a_line_of_its_own_marks_the_next_entry_as_the_start(string mark)
    {
        var text = "# Views blank\n\n## Timeline (all times in UTC)\n\n2026-01-11 17:11 - Commit lands upstream\n\n"
            + mark + "\n\n2026-02-27 09:00 - Issue filed describing blank views\n\n2026-03-02 10:00 - Bug reproduced\n\n2026-03-20 12:00 - Fix released, resolved\n";

        Assert.Equal(At("2026-02-27T09:00:00Z"), Extract(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("Automated maintenance moves nodes around. We think this is the event which started the downtime", true)]
    [InlineData("A config push began the outage in two regions", true)]
    [InlineData("On-call started the incident call with the database team", false)]
    [InlineData("Bob started the incident in PagerDuty after a customer email", false)]
    public void An_entry_that_says_it_started_the_downtime_is_the_start(string entry, bool start)
    {
        var text = "# Cluster down\n\n## Timeline (all times in UTC)\n\n2026-03-01 11:07 - Rolling upgrade started, everything still working\n\n"
            + $"2026-03-04 04:05 - {entry}\n\n2026-03-05 10:27 - Cluster recreated, service restored\n";

        Assert.Equal(start ? At("2026-03-04T04:05:00Z") : At("2026-03-01T11:07:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void Incident_from_and_until_lines_in_the_header_date_the_incident()
    {
        const string text = "# Reporting cluster lost\n\n**Incident from:** 2026-03-05\n\n**Incident until:** 2026-03-08\n\n**Retro held:** 2026-03-12\n\n## Summary\n\nAn upgrade begun on 25 February 2026 got stuck, and a maintenance event later took the cluster down.\n";

        Assert.Equal(new DateOnly(2026, 3, 5), Extract(text).Date);
    }

    [Fact]
    public void Guard_start_and_end_dates_of_an_action_item_do_not_date_the_incident()
    {
        const string text = "# API outage on 2024-03-02\n\n## Timeline\n\n- 10:00 UTC API errors\n- 10:40 UTC Service restored\n\n## Action items\n\n- Migrate to the new deploy pipeline\n  Owner: Bob\n  Start date: 2024-04-01\n  End date: 2024-06-30\n";

        Assert.Equal(new DateOnly(2024, 3, 2), Extract(text).Date);
    }

    [Fact]
    public void An_end_mark_on_a_line_of_its_own_marks_the_entry_above_as_the_end()
    {
        const string text = "# Views blank\n\n## Timeline (all times in UTC)\n\n2026-02-27 09:00 - Issue filed describing blank views\n\n"
            + "2026-03-02 10:00 - Patch shipped to every device\n\nEND OF OUTAGE\n\n2026-03-20 12:00 - Postmortem review held\n";

        Assert.Equal(At("2026-03-02T10:00:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void Words_in_angle_brackets_that_name_no_html_element_stay_text_in_markdown()
    {
        var converted = EmbeddedHtml.Convert("## Timeline\n\n<START OF OUTAGE>\n\n09:00 - errors\n\n<details>\n<summary>Log</summary>\nok\n</details>\n");

        Assert.Contains("<START OF OUTAGE>", converted.Markdown);
        Assert.DoesNotContain("<details>", converted.Markdown);
    }

    [Theory]
    [InlineData("**Date: 2026-03-22**")]
    [InlineData("**Date:** 2026-03-22")]
    [InlineData("Date: 2026-03-22")]
    public void A_date_label_inside_the_timeline_dates_the_times_below_it(string dateLine)
    {
        var text = "---\ntitle: Account takeover\ndate: 2026-04-04\n---\n\n## Timeline\n\n_all times are in UTC_\n\n" + dateLine
            + "\n\n- 08:42 new account created\n- 08:47 the owner is removed from the project\n- 14:46 an admin disables the account\n";

        Assert.Equal(At("2026-03-22T08:42:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void Timed_items_with_story_between_them_are_the_timeline_of_a_document_with_no_timeline_heading()
    {
        const string text = "# Unexpected sign-ups\n\n_All times are in UTC._\n\n## What happened\n\n### Sunday, March 8th, 2026\n\nIt was a quiet morning.\n\n"
            + "* 06:20: Admins receive an influx of emails.\n\nUsers had not enrolled themselves.\n\nThe mails kept coming all day.\n\n"
            + "* 08:00: A volunteer starts to investigate.\n\nThey found the traffic pattern.\n\nAccounts were frozen.\n\n"
            + "### Monday, March 9th, 2026\n\n* 12:20: Re-verification change goes live.\n\nNo further reports came in.\n";

        var postmortem = Extract(text);

        Assert.Equal(3, postmortem.Timeline.Count(e => e.Time is not null));
        Assert.Equal(At("2026-03-08T06:20:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Timed_items_outside_a_timeline_heading_stay_out_when_the_document_has_one()
    {
        const string text = "# Queue stall\n\n**Date:** 2026-03-08\n\n## Timeline\n\n- 09:00 UTC queue stalls\n- 09:30 UTC workers restarted, queue drains\n\n"
            + "## Notes\n\nSome history first.\n\nMore history.\n\nEven more.\n\n- 07:00 nightly backup\n\nIt runs long.\n\n- 07:10 nightly compaction\n\nIt runs longer.\n\n- 07:20 nightly report\n";

        Assert.Equal(2, Extract(text).Timeline.Count(e => e.Time is not null));
    }

    [Fact]
    public void A_paragraph_under_a_date_heading_with_no_times_is_an_entry_of_that_day_and_a_list_it_introduces_is_its_details()
    {
        const string text = "# Plugin builds broken\n\n## Timeline (all times in UTC)\n\n### 2026-09-01\n\nAna notices that app builds fail for plugins\nwithout an Android part.\n\n"
            + "### 2026-09-18\n\nA workaround lands in the SDK.\n\nIt lands with a test that:\n\n1. Creates a plugin\n1. Builds an app with it\n\n"
            + "### 2026-12-12\n\n- 02:15 the release breaks the workaround\n- 18:45 the fix is released\n";

        var timeline = Extract(text).Timeline;

        Assert.Equal(
            ["Ana notices that app builds fail for plugins without an Android part.", "A workaround lands in the SDK.", "It lands with a test that: Creates a plugin Builds an app with it"],
            timeline.Where(e => e.Time is null).Select(e => e.Text));
        Assert.Equal(2, timeline.Count(e => e.Time is not null));
    }

    [Fact]
    public void A_weekday_written_with_a_day_and_no_year_gives_the_latest_year_it_fits_up_to_the_files_day()
    {
        // 2026-08-23 is a Sunday; the latest Friday 23 August up to November 2026 was in 2024.
        const string text = "# Notifications stopped\n\nOn Friday, August 23rd at 11:59 UTC, notifications stopped working until August 26th at 10:16 UTC.\n";

        var postmortem = Extract(text, new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2024, 8, 23), postmortem.Date);
        Assert.Equal(At("2024-08-23T11:59:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("Fri, Aug 23, 11:59 UTC")]
    [InlineData("Fri. 23 August, 11:59 UTC")]
    [InlineData("Fri Aug 23 11:59 UTC")]
    public void A_weekday_cut_short_gives_the_year_as_the_whole_name_does(string when)
    {
        // 2026-08-23 is a Sunday; the latest Friday 23 August up to November 2026 was in 2024.
        var text = $"# Notifications stopped\n\n## Timeline\n\n- {when}: notifications stop being delivered\n- 12:40 UTC: the queue is drained and delivery resumes\n";

        Assert.Equal(new DateOnly(2024, 8, 23), Extract(text, new DateOnly(2026, 11, 30)).Date);
    }

    [Fact]
    public void A_day_heading_whose_weekday_contradicts_its_year_takes_the_year_of_the_day_above_when_the_weekday_fits_it()
    {
        // 3 April was a Monday in 2023, a Wednesday in 2024.
        const string text = "# Token exposure\n\n## Timeline (all times UTC)\n\n* **Sunday, April 2, 2023**\n  * 11:21: incident opened\n  * 18:19: tokens revoked\n"
            + "* **Monday, April 3, 2024**\n  * 08:43: feature restored\n";

        Assert.Equal(At("2023-04-03T08:43:00Z"), Extract(text).Timeline[^1].Time);
    }

    [Fact]
    public void Guard_a_day_heading_whose_weekday_fits_its_year_keeps_it_even_a_year_after_the_day_above()
    {
        // 3 April 2024 was a Wednesday: a follow-up a year on, written as it fell.
        const string text = "# Token exposure\n\n## Timeline (all times UTC)\n\n* **Sunday, April 2, 2023**\n  * 11:21: incident opened\n  * 18:19: tokens revoked\n"
            + "* **Wednesday, April 3, 2024**\n  * 08:43: audit finished\n";

        Assert.Equal(At("2024-04-03T08:43:00Z"), Extract(text).Timeline[^1].Time);
    }

    [Fact]
    public void A_weekday_that_fits_the_files_year_keeps_it()
    {
        // 2026-08-21 is a Friday.
        const string text = "# Notifications stopped\n\nOn Friday, August 21st at 11:59 UTC, notifications stopped working.\n";

        Assert.Equal(new DateOnly(2026, 8, 21), Extract(text, new DateOnly(2026, 11, 30)).Date);
    }

    [Fact]
    public void A_status_alert_kept_as_front_matter_alone_tells_its_cause_and_impact_in_its_reason_and_impact_fields()
    {
        const string text = "---\nstatus: Resolved\ntype: Service Alert\nstart_date: 2026-05-27 03:09\nend_date: 2026-05-27 13:00\n"
            + "impact: Compute nodes are unavailable; running jobs have failed.\nreason: A power cut in the data centre took the compute nodes down.\n---\n";

        var postmortem = Extract(text);

        Assert.Equal("hardware/failure", postmortem.Classification.Category);
        Assert.Equal("A power cut in the data centre took the compute nodes down.", postmortem.Trigger);
        Assert.Equal("Compute nodes are unavailable; running jobs have failed.", postmortem.Impact.Description);
        Assert.Equal("", postmortem.Body.Trim());
    }

    [Fact]
    public void Guard_a_cause_field_in_the_front_matter_does_not_add_to_a_root_cause_the_body_tells()
    {
        const string text = "---\ntitle: Outage\ndate: 2026-05-27\nreason: planned work\n---\n\n## Root cause\n\nA deadlock between two writers.\n";

        var postmortem = Extract(text);

        Assert.Equal("database/locking", postmortem.Classification.Category);
        Assert.DoesNotContain("planned work", postmortem.RootCauseText);
    }

    [Fact]
    public void A_status_entrys_resolved_update_with_no_stamp_of_its_own_is_at_the_time_the_entry_was_resolved()
    {
        const string text = "---\ntitle: Hardware failure\ndate: 2026-11-15 10:15:00\nstatus: \"resolved\"\nresolved_on: 2026-11-15 18:30:00\naffected:\n  - Website\nsection: issue\n---\n\n"
            + "Our website cannot be reached at the moment.\n\\\n**Issue identified:** Our hosting company reports a failure in the datacenter. {{< track \"2026-11-15 10:15:00\" >}}\n\\\n**Resolved:** Servers are operating normally.\n";

        var timeline = Extract(text).Timeline;

        Assert.Equal([At("2026-11-15T10:15:00Z"), At("2026-11-15T18:30:00Z")], timeline.Select(e => e.Time));
        Assert.Equal("Resolved: Servers are operating normally.", timeline[^1].Text);
        Assert.Equal(Milestone.Resolved, timeline[^1].Milestone);
    }

    [Fact]
    public void A_status_entrys_unstamped_resolved_update_joins_its_stamped_updates_and_none_is_added_without_a_resolved_time()
    {
        const string updates = "*Investigating* - We are looking into elevated error rates. {{< track \"2026-07-03T14:05:00Z\" >}}\n\n"
            + "*Identified* - A bad deploy was found and is being rolled back. {{< track \"2026-07-03T14:40:00Z\" >}}\n\n*Resolved* - Error rates are back to normal.\n";
        const string resolved = "---\ntitle: Elevated API errors\ndate: 2026-07-03T14:05:00Z\nresolved: true\nresolvedWhen: 2026-07-03T15:20:00Z\nsection: issue\n---\n\n" + updates;
        const string notSaid = "---\ntitle: Elevated API errors\ndate: 2026-07-03 14:05:00\nstatus: resolved\naffected:\n  - API\nsection: issue\n---\n\n**Resolved:** The issue has been fixed.\n";

        Assert.Equal([At("2026-07-03T14:05:00Z"), At("2026-07-03T14:40:00Z"), At("2026-07-03T15:20:00Z")], Extract(resolved).Timeline.Select(e => e.Time));
        Assert.Null(Extract(notSaid).Timestamps.Resolved);
        Assert.DoesNotContain(Extract(notSaid).Timeline, e => e.Time is not null && e.Text.Contains("fixed", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_fields_of_a_post_with_a_body_or_that_only_name_a_level_tell_no_cause_or_impact()
    {
        const string post = "---\ntitle: Why we moved to Postgres\ndate: 2026-05-27\nreason: We want fewer pages at night.\n---\n\nWe moved our data over a weekend.\n";
        const string alert = "---\nstatus: Resolved\nstart_date: 2026-05-27 03:09\nend_date: 2026-05-27 13:00\nimpact: minor\nreason: maintenance\n---\n";

        Assert.Null(Extract(post).Trigger);
        Assert.Null(Extract(alert).Trigger);
        Assert.Null(Extract(alert).Impact.Description);
    }

    [Fact]
    public void Guard_a_resolved_update_that_carries_its_own_stamp_keeps_it()
    {
        const string text = "---\ntitle: ISP outage\ndate: 2026-02-16T09:28:00.000Z\nresolved: true\nresolvedWhen: 2026-02-16T11:00:00.000Z\n---\n"
            + "*Resolved* - Our ISP has restored service. {{< track \"2026-02-16 10:55:45\" >}}\n\n*Monitoring* - The ISP is upgrading the network. {{< track \"2026-02-16 09:28:00\" >}}\n";

        Assert.Contains(Extract(text).Timeline, e => e.Time == At("2026-02-16T10:55:45Z") && e.Text.Contains("restored service", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tag_at_the_end_of_a_status_update_stamps_every_sentence_of_it()
    {
        const string text = "---\ntitle: Runtime outage\ndate: 2026-09-27 09:50:00\nresolved: true\nresolvedWhen: 2026-09-27 11:08:00\nsection: issue\n---\n\n"
            + "- Shutting down the third runner. Containers do not move to the second node. {{< track \"2026-09-27 09:50:00\" >}}\n\n- Cluster is back up. {{< track \"2026-09-27 11:08:00\" >}}\n";

        Assert.Equal(["Shutting down the third runner. Containers do not move to the second node.", "Cluster is back up."], Extract(text).Timeline.Select(e => e.Text));
    }

    [Fact]
    public void Guard_a_time_at_the_end_of_a_prose_sentence_stamps_that_sentence_alone()
    {
        const string text = "# Runtime outage\n\n**Date:** 2026-09-27\n\nThe runners were being replaced all week. Containers stopped moving to the second node at 09:50 UTC.\n";

        Assert.Equal(["Containers stopped moving to the second node at 09:50 UTC."], Extract(text).Timeline.Select(e => e.Text));
    }

    [Fact]
    public void A_status_entry_filed_after_the_trouble_began_starts_when_its_update_says_it_began()
    {
        const string text = "---\ntitle: Dashboard errors\ndate: 2026-10-18T19:52:46-04:00\nresolved: false\nresolvedWhen:\nseverity: disrupted\naffected:\n - Ion\nsection: issue\n---\n"
            + "**Update October 19, 8:40am:** A fix has been identified. <br> **Initial update, October 18, 7:52pm:** Starting at 11pm on October 17, Ion started responding with 500 errors after a routine deployment.\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-10-18T03:00:00Z"), postmortem.Timestamps.Started);
        Assert.Contains(postmortem.Timeline, e => e.Text.StartsWith("Initial update, October 18, 7:52pm: Starting at 11pm", StringComparison.Ordinal));
        Assert.DoesNotContain(postmortem.Timeline, e => e.Text.Contains("<br>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Starting at 09:30 UTC we began rolling back the release.")]
    [InlineData("Since 09:10 UTC we have been working on a fix for the login errors.")]
    public void Guard_a_status_entrys_update_that_tells_when_our_response_began_does_not_move_its_start(string update)
    {
        var text = "---\ntitle: Elevated errors\ndate: 2026-03-11T10:00:00Z\nresolved: true\nresolvedWhen: 2026-03-11T11:00:00Z\nsection: issue\n---\n\n"
            + $"*Update* - {update} {{{{< track \"2026-03-11T10:00:00Z\" >}}}}\n";

        Assert.Equal(At("2026-03-11T10:00:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void A_cause_field_names_the_cause_in_any_document_and_in_two_words()
    {
        const string withBody = "---\ntitle: Checkout outage\ndate: 2026-05-06\ncause: A bad deploy of the cart service\n---\n\nCheckout failed from 10:00 to 10:30 UTC.\n";
        const string alone = "---\ntitle: Storage outage\ndate: 2026-05-06\ncause: disk full\nimpact: minor\n---\n";

        Assert.Equal("change/deployment", Extract(withBody).Classification.Category);
        Assert.Equal("capacity/resource-exhaustion", Extract(alone).Classification.Category);
        Assert.Null(Extract(alone).Impact.Description);
    }

    [Fact]
    public void Guard_a_status_entry_whose_updates_tell_no_earlier_beginning_starts_when_it_was_filed()
    {
        const string text = "---\ntitle: Dashboard errors\ndate: 2026-10-18T19:52:46-04:00\nresolved: true\nresolvedWhen: 2026-10-19T08:40:00-04:00\naffected:\n - Ion\nsection: issue\n---\n"
            + "**Update October 19, 8:40am:** Fixed. <br> **Initial update, October 18, 7:52pm:** Ion is responding with 500 errors. The deployment at 11am on October 17 went well.\n";

        Assert.Equal(At("2026-10-18T23:52:46Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void A_status_entry_marked_not_resolved_has_no_end_from_its_last_line()
    {
        const string text = "---\ntitle: Cluster credential expired\ndate: 2026-06-02T17:53:00-00:00\nresolved: false\nresolvedWhen:\nseverity: notice\n---\n\n"
            + "Any request to the file storage is refused since 2026-06-02T17:53:00-00:00.\n\nThe operation to renew the credential started at 2026-06-03 15:15 UTC.\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-06-02T17:53:00Z"), postmortem.Timestamps.Started);
        Assert.Null(postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_zone_the_body_writes_on_a_time_beats_the_utc_a_status_tool_writes_its_front_matter_in()
    {
        const string text = "---\ntitle: Database outage\ndate: 2026-02-10T15:45:00.000Z\nresolved: true\nresolvedWhen: 2026-02-10T17:10:00.000Z\n---\n\n"
            + "At approximately 10:29am EST, writes started failing.\n\n## Timeline\n\n* 2026-02-10 10:29 AM - First failed write\n* 2026-02-10 12:09 PM - Writes succeed again\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-02-10T15:29:00Z"), postmortem.Timeline[0].Time);
        Assert.Equal(At("2026-02-10T17:09:00Z"), postmortem.Timeline[^1].Time);
    }

    [Fact]
    public void Guard_a_body_that_repeats_a_front_matter_time_is_written_in_the_front_matters_zone()
    {
        const string text = "---\ntitle: Service outage\ndate: 2026-02-10T09:28:00.000Z\nresolved: true\nresolvedWhen: 2026-02-10T10:55:00.000Z\n---\n"
            + "*Resolved* - Our ISP has restored service. {{< track \"2026-02-10 10:55:45\" >}}\n\n"
            + "*Monitoring* - The ISP is upgrading the network. The ETA for restoration is 03:30 PT. {{< track \"2026-02-10 09:28:00\" >}}\n";

        Assert.Contains(Extract(text).Timeline, e => e.Time == At("2026-02-10T09:28:00Z"));
    }

    [Fact]
    public void A_status_pages_updates_below_its_write_up_join_the_write_ups_timeline_in_order()
    {
        const string text = "Scheduling delays\nIncident Report for Example\nPostmortem\n\nTimeline:\n\n  • 11:32 UTC: A migration locked the jobs table.\n\n"
            + "  • 11:39 UTC: The locks were removed and all clear was given.\n\nRoot Cause:\n\nA migration locked the table.\n\nPosted Nov 11, 2026 - 12:43 UTC\n\n"
            + "Resolved\nThis incident has been resolved.\nPosted Nov 11, 2026 - 12:06 UTC\nInvestigating\nWe are currently investigating this issue.\nPosted Nov 11, 2026 - 11:35 UTC\n";

        var timeline = Extract(text).Timeline;

        Assert.Equal([At("2026-11-11T11:32:00Z"), At("2026-11-11T11:35:00Z"), At("2026-11-11T11:39:00Z"), At("2026-11-11T12:06:00Z"), At("2026-11-11T12:43:00Z")], timeline.Select(e => e.Time));
        Assert.Equal("Postmortem published", timeline[^1].Text);
        Assert.Null(timeline[^1].Milestone);
        Assert.Single(timeline, e => e.Milestone == Milestone.Resolved);
    }

    [Fact]
    public void The_stamp_posting_a_status_pages_write_up_a_week_later_is_an_entry_that_ends_nothing()
    {
        const string text = "Connectivity issue\nIncident Report for Example\nPostmortem\n\nBetween 19:02 and 19:40 UTC a border router dropped traffic.\n\n"
            + "Posted Aug 22, 2026 - 00:47 UTC\n\nResolved\n\nThis incident has been resolved.\nPosted Aug 15, 2026 - 22:37 UTC\n\n"
            + "Investigating\n\nWe are investigating an issue affecting connectivity.\nPosted Aug 15, 2026 - 19:30 UTC\n";

        var postmortem = Extract(text);

        Assert.Contains(postmortem.Timeline, e => e.Text == "Postmortem published" && e.Time == At("2026-08-22T00:47:00Z"));
        Assert.Equal(new DateOnly(2026, 8, 15), postmortem.Date);
        Assert.True(postmortem.Timestamps.Resolved < At("2026-08-16T00:00:00Z"));
    }

    [Fact]
    public void A_status_entry_marked_resolved_still_ends_at_its_last_line()
    {
        const string text = "---\ntitle: Cluster credential expired\ndate: 2026-06-02T17:53:00-00:00\nresolved: true\nseverity: notice\n---\n\n"
            + "Any request to the file storage is refused since 2026-06-02T17:53:00-00:00.\n\nThe credential was renewed at 2026-06-03 15:15 UTC.\n";

        Assert.Equal(At("2026-06-03T15:15:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_sentence_that_introduces_a_table_of_actions_is_not_one()
    {
        const string text = "# Notifications stopped\n\n**Date:** 2026-08-21\n\n## Action items\n\nAdditionally we have created some follow up action items:\n\n"
            + "| Action Item | Owner |\n|---|---|\n| Migrate the column size | Developers |\n| Improve exception handling | Developers |\n";

        Assert.Equal(["Migrate the column size", "Improve exception handling"], Extract(text).ActionItems.Select(a => a.Title));
    }

    [Theory]
    [InlineData("We are looking to improve our upgrade process by:")]
    [InlineData("Going forward we will focus on:")]
    public void A_sentence_finished_by_the_list_under_it_is_not_an_item(string sentence)
    {
        var text = $"# Slow queries\n\n**Date:** 2022-07-21\n\nQueries slowed after the database upgrade.\n\n## Remediation plan\n\n{sentence}\n\n"
            + "  • Keeping table attributes as code\n  • Recalculating statistics after an upgrade\n";

        Assert.Equal(["Keeping table attributes as code", "Recalculating statistics after an upgrade"], Extract(text).ActionItems.Select(a => a.Title));
    }

    [Theory]
    [InlineData("No immediate action items.")]
    [InlineData("There are no follow-ups at this time.")]
    [InlineData("None at this time.")]
    public void A_section_that_says_it_has_no_actions_has_none(string sentence)
    {
        Assert.Empty(Extract($"# Index rebuilt\n\n**Date:** 2026-05-06\n\n## Action Items\n\n{sentence}\n\n## Lessons Learned\n\nCollaboration went well.\n").ActionItems);
    }

    [Fact]
    public void An_outage_said_to_last_so_long_starting_at_a_time_starts_then()
    {
        const string text = "# Reference server offline\n\n**Date:** 2026-11-30\n\n## Impact\n\nOur server was offline for 13 minutes starting at 09:50 UTC.\n\n"
            + "## Timeline\n\n- 09:30 UTC deployment begins\n- 09:45 UTC deployment script reports an error\n- 10:03 UTC packages installed, server back to normal\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-11-30T09:50:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("[PR is closed](https://example.test/pull/50734) as not the right approach and regresses the first frame.")]
    [InlineData("Reverting the release is proposed, but there was no known process to do that.")]
    public void An_approach_closed_as_wrong_or_a_remedy_proposed_and_found_impossible_is_a_dead_end(string entry)
    {
        Assert.True(EventWording.DeadEnds(["Crash reports arrive", entry, "Fix released"])[1]);
    }

    [Fact]
    public void A_remedy_proposed_and_then_made_is_no_dead_end()
    {
        Assert.False(EventWording.DeadEnds(["Crash reports arrive", "Reverting the release is proposed, and the revert ships within the hour."])[1]);
    }

    [Theory]
    [InlineData("The cluster's security credential expired on 2026-06-02, and every mount was refused.", "security/credentials")]
    [InlineData("An attacker used a public exploit to install a Monero miner in the container running the wiki.", "security/credentials")]
    [InlineData("A schema migration left corrupted indexes behind, so lookups returned wrong rows.", "database/data-corruption")]
    public void Expired_credentials_miners_and_corrupted_indexes_are_read_as_what_they_are(string cause, string category)
    {
        Assert.Equal(category, Extract($"# Incident\n\n**Date:** 2026-06-02\n\n## Root cause\n\n{cause}\n").Classification.Category);
    }

    [Theory]
    [InlineData("report.qmd")]
    [InlineData("report.Rmd")]
    public void Quarto_and_r_markdown_files_are_read_as_markdown(string name)
    {
        Assert.Equal(SourceFormat.Markdown, SourceFormats.FromName(name));
    }
}
