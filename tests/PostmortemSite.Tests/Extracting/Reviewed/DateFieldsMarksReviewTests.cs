using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// The rules of commit 65bb151 (date headings, outage marks, date labels in a timeline, timed lists with story,
/// weekday years, open status entries, "offline for … starting at", reports of success, work starting again, dropped
/// ideas, introducing colons, "no action items", new root-cause synonyms, words in angle brackets) as a review probed
/// them on invented text. The facts fail on that commit; the guards pass and must keep passing once the rules are fixed.
/// </summary>
public sealed class DateFieldsMarksReviewTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text, DateOnly? fileDate = null) => Extractor.Extract("incident.md", text, fileDate).Postmortem;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    // ---- A heading whose section is one date -------------------------------------------------------------------

    [Theory]
    [InlineData("## Date\n\n**2026-04-14**")]
    [InlineData("## Date\n\n2026-04-14 (Tuesday)")]
    [InlineData("## Date of incident\n\n2026-04-14")]
    public void A_date_heading_over_a_bold_date_a_date_with_its_weekday_or_a_longer_date_label_dates_the_incident(string section)
    {
        // Each reads as the field when written as a label ("Date: **2026-04-14**", "Date of incident: 2026-04-14");
        // under a heading the earlier announcement date wins instead.
        var text = $"# Chain halt\n\n{section}\n\n## Summary\n\nThe chain halted after the upgrade announced on 2026-04-09.\n";

        Assert.Equal(new DateOnly(2026, 4, 14), Extract(text).Date);
    }

    [Theory]
    [InlineData("## Incident Date\n\n2026-04-14")]
    [InlineData("## Date\n\n14.04.2026")]
    public void Guard_a_date_heading_over_a_lone_date_still_dates_the_incident(string section)
    {
        var text = $"# Chain halt\n\n{section}\n\n## Summary\n\nThe chain halted after the upgrade announced on 2026-04-09.\n";

        Assert.Equal(new DateOnly(2026, 4, 14), Extract(text).Date);
    }

    // ---- Outage marks on lines of their own --------------------------------------------------------------------

    [Fact]
    public void Guard_a_start_mark_written_as_a_label_right_above_its_entry_marks_that_entry()
    {
        const string text = "# Views blank\n\n## Timeline (all times in UTC)\n\n2026-02-26 17:00 - Release 5.1 published\n\n"
            + "Start of outage\n2026-02-27 09:00 - Issue filed describing blank views\n\n"
            + "End of outage\n2026-03-02 10:00 - Patch shipped to every device\n\n2026-03-20 12:00 - Postmortem review held\n";

        Assert.Equal(At("2026-02-27T09:00:00Z"), Extract(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("End of outage\n")]
    [InlineData("**END OF OUTAGE**\n")]
    public void An_end_mark_written_as_a_label_right_above_the_recovery_marks_the_recovery(string end)
    {
        var text = "# Checkout errors\n\n## Timeline (all times in UTC)\n\n2026-02-27 09:00 - Error rate alert fires for checkout\n\n"
            + "2026-02-27 10:30 - Rollback of release 5.1 started\n\n" + end + "2026-02-27 10:45 - Checkout recovered, error rate back to normal\n\n"
            + "2026-02-27 14:00 - Postmortem drafted\n";

        Assert.Equal(At("2026-02-27T10:45:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void Guard_an_end_mark_below_the_recovery_stays_with_it_when_the_entry_after_also_tells_of_recovery()
    {
        const string text = "# Checkout errors\n\n## Timeline (all times in UTC)\n\n2026-02-27 09:00 - Error rate alert fires for checkout\n\n"
            + "2026-02-27 10:45 - Checkout recovered, error rate back to normal\n\n<END OF OUTAGE>\n\n"
            + "2026-02-27 11:30 - Remaining queued orders recovered\n";

        Assert.Equal(At("2026-02-27T10:45:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Theory]
    [InlineData("- <START OF OUTAGE>", "- <END OF OUTAGE>")]
    [InlineData("- **START OF OUTAGE**", "- **END OF OUTAGE**")]
    public void Outage_marks_written_as_items_of_a_timeline_list_mark_the_next_and_previous_entries(string start, string end)
    {
        var text = "# Views blank\n\n## Timeline (all times in UTC)\n\n- 2026-02-26 17:00 - Release 5.1 published\n" + start + "\n"
            + "- 2026-02-27 09:00 - Issue filed describing blank views\n- 2026-03-02 10:00 - Patch shipped to every device\n" + end + "\n"
            + "- 2026-03-20 12:00 - Postmortem review held\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-02-27T09:00:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-03-02T10:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_marks_around_day_headings_still_mark_the_entries_next_to_them()
    {
        const string text = "# Views blank\n\n## Timeline (all times in UTC)\n\n2026-02-26 17:00 - Release 5.1 published\n\n<START OF OUTAGE>\n\n"
            + "### 2026-02-27\n\n09:00 - Issue filed describing blank views\n\n### 2026-03-02\n\n10:00 - Patch shipped to every device\n\n"
            + "<END OF OUTAGE>\n\n### 2026-03-20\n\n12:00 - Postmortem review held\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-02-27T09:00:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-03-02T10:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Words_in_angle_brackets_that_begin_with_an_element_name_stay_text_in_markdown()
    {
        // An unfilled template placeholder: "time" is an element, but "<Time of first alert>" is words, never closed.
        var converted = EmbeddedHtml.Convert("## Detection\n\n<Time of first alert>\n\n<START OF OUTAGE>\n");

        Assert.Contains("<Time of first alert>", converted.Markdown);
    }

    [Fact]
    public void Guard_words_in_angle_brackets_stay_and_a_pasted_table_is_still_converted()
    {
        var converted = EmbeddedHtml.Convert("## Timeline\n\n<START OF OUTAGE>\n\n<table><tr><td>09:00</td><td>errors</td></tr></table>\n");

        Assert.Contains("<START OF OUTAGE>", converted.Markdown);
        Assert.DoesNotContain("<table>", converted.Markdown);
        Assert.Contains("| 09:00 | errors |", converted.Markdown);
    }

    // ---- A date label inside the timeline -----------------------------------------------------------------------

    [Fact]
    public void A_date_label_bold_only_on_its_word_dates_the_times_below_it()
    {
        const string text = "---\ntitle: Account takeover\ndate: 2026-04-04\n---\n\n## Timeline\n\n_all times are in UTC_\n\n**Date**: 2026-03-22\n\n"
            + "- 08:42 new account created\n- 08:47 the owner is removed from the project\n- 14:46 an admin disables the account\n";

        Assert.Equal(At("2026-03-22T08:42:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void Guard_a_second_date_label_moves_the_times_below_it_to_that_day()
    {
        const string text = "---\ntitle: Account takeover\ndate: 2026-04-04\n---\n\n## Timeline\n\n**Date: 2026-03-22**\n\n"
            + "- 08:42 UTC new account created\n- 08:47 UTC the owner is removed from the project\n\n**Date: 2026-03-23**\n\n- 14:46 UTC an admin disables the account\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-03-22T08:42:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-03-23T14:46:00Z"), postmortem.Timestamps.Resolved);
    }

    // ---- Timed list items with story between them ---------------------------------------------------------------

    [Fact]
    public void A_schedule_of_nightly_jobs_in_the_background_is_not_the_timeline()
    {
        const string text = "# Cron overlap\n\n**Date:** 2026-03-08\n\n## Background\n\nOur database host runs three nightly jobs:\n\n"
            + "- 02:00 full backup\n- 03:00 vacuum\n- 04:00 report export\n\nThe vacuum job takes an exclusive lock on the orders table while it runs.\n\n"
            + "Until this week the backup always finished before 03:00.\n\nNobody had looked at the schedule in two years.\n\n"
            + "## What happened\n\nAt 09:12 UTC checkout requests began timing out. At 09:40 UTC we killed the vacuum and checkout recovered.\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-03-08T09:12:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-03-08T09:40:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_planned_rehearsal_in_the_follow_up_plan_is_not_the_timeline()
    {
        const string text = "# Cron overlap\n\n**Date:** 2026-03-08\n\n## What happened\n\nAt 09:12 UTC checkout requests began timing out. "
            + "At 09:40 UTC we killed the vacuum and checkout recovered.\n\n## Follow-up plan\n\nWe will rehearse the failover on staging:\n\n"
            + "- 10:00 drain the primary\n- 10:15 promote the replica\n- 10:30 point the app at the new primary\n\n"
            + "Each step is owned by the platform team.\n\nThe rehearsal is recorded.\n\nResults go to the wiki.\n";

        Assert.Equal(At("2026-03-08T09:12:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void Guard_the_narrative_alone_still_gives_the_start_and_end()
    {
        const string text = "# Cron overlap\n\n**Date:** 2026-03-08\n\n## What happened\n\nAt 09:12 UTC checkout requests began timing out. "
            + "At 09:40 UTC we killed the vacuum and checkout recovered.\n";

        var postmortem = Extract(text);

        Assert.Equal(At("2026-03-08T09:12:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-03-08T09:40:00Z"), postmortem.Timestamps.Resolved);
    }

    // ---- A weekday written with a day and no year ---------------------------------------------------------------

    [Fact]
    public void A_weekday_on_a_follow_up_planned_after_the_file_was_saved_does_not_move_the_incident_years_back()
    {
        // 2026-12-01 is a Tuesday but after the file's day; the rule falls back to 2020, the last earlier Tuesday 1 December.
        const string text = "# API outage\n\nOn November 27th at 14:00 UTC the API went down for 40 minutes after a bad config push; it was back at 14:40 UTC.\n\n"
            + "## Follow-up\n\nThe permanent fix is scheduled for Tuesday, December 1st.\n";

        var postmortem = Extract(text, new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2026, 11, 27), postmortem.Date);
        Assert.Equal(At("2026-11-27T14:00:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_weekday_on_an_earlier_outage_the_text_compares_with_does_not_give_the_incident_its_year()
    {
        // Monday 9 September was in 2024; the incident itself, 27 November with no weekday, is in the file's year.
        const string text = "# Notifications stopped\n\nOn November 27th at 14:00 UTC, notifications stopped working until 16:10 UTC.\n\n"
            + "This looked like the outage of Monday, September 9th, but the cause was different.\n";

        Assert.Equal(new DateOnly(2026, 11, 27), Extract(text, new DateOnly(2026, 11, 30)).Date);
    }

    [Fact]
    public void Guard_the_incidents_own_weekday_written_first_keeps_the_files_year()
    {
        const string text = "# API outage\n\nOn Friday, November 27th at 14:00 UTC the API went down for 40 minutes after a bad config push; it was back at 14:40 UTC.\n\n"
            + "## Follow-up\n\nThe permanent fix is scheduled for Tuesday, December 1st.\n";

        Assert.Equal(new DateOnly(2026, 11, 27), Extract(text, new DateOnly(2026, 11, 30)).Date);
    }

    // ---- Status entries marked open -----------------------------------------------------------------------------

    [Fact]
    public void Guard_a_status_entry_marked_open_but_with_a_resolved_line_still_ends_there()
    {
        const string text = "---\ntitle: Storage credential expired\ndate: 2026-06-02T17:53:00-00:00\nresolved: false\nseverity: notice\n---\n\n"
            + "Any request to the file storage is refused since 2026-06-02T17:53:00-00:00.\n\n**Resolved:** 2026-06-03 15:15 UTC\n";

        Assert.Equal(At("2026-06-03T15:15:00Z"), Extract(text).Timestamps.Resolved);
    }

    // ---- "offline for … starting at" ----------------------------------------------------------------------------

    [Fact]
    public void Planned_downtime_said_to_start_at_a_time_does_not_start_the_outage_the_text_says_began_later()
    {
        const string text = "# Database maintenance overrun\n\n**Date:** 2026-11-30\n\n## Summary\n\nThe database was offline for 30 minutes starting at 02:00 UTC "
            + "for planned maintenance, as announced. The outage began at 02:45 UTC, when it failed to come back, and lasted until 03:40 UTC.\n";

        Assert.Equal(At("2026-11-30T02:45:00Z"), Extract(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("Our server was down for 13 minutes from 09:50 UTC.")]
    [InlineData("Starting at 09:50 UTC, our server was offline for 13 minutes.")]
    [InlineData("Our server was offline for over an hour starting at 09:50 UTC.")]
    public void An_outage_said_to_last_so_long_from_a_time_in_other_words_starts_then(string impact)
    {
        var text = $"# Reference server offline\n\n**Date:** 2026-11-30\n\n## Impact\n\n{impact}\n\n"
            + "## Timeline\n\n- 09:30 UTC deployment begins\n- 09:45 UTC deployment script reports an error\n- 11:03 UTC packages installed, server back to normal\n";

        Assert.Equal(At("2026-11-30T09:50:00Z"), Extract(text).Timestamps.Started);
    }

    [Fact]
    public void Guard_down_for_hours_beginning_around_a_time_starts_then()
    {
        const string text = "# Outage\n\n**Date:** 2026-11-30\n\n## Impact\n\nThe API was down for two hours beginning around 14:10 UTC.\n\n"
            + "## Timeline\n\n- 14:00 UTC deploy starts\n- 14:05 UTC error rate alert fires\n- 16:10 UTC rollback completes, API back to normal\n";

        Assert.Equal(At("2026-11-30T14:10:00Z"), Extract(text).Timestamps.Started);
    }

    // ---- Reports of success --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Customer reports that payments succeeded but no orders were created")]
    [InlineData("Monitoring shows successful checkouts dropped to zero")]
    [InlineData("Support notices users are logged out right after successfully signing in")]
    public void A_report_of_a_fault_that_names_a_success_is_a_detection(string entry)
    {
        Assert.True(EventWording.Says(entry, Milestone.Detected));
    }

    [Theory]
    [InlineData("CI reports the build succeeded", false)]
    [InlineData("On-call notices that the canary looks healthy", false)]
    [InlineData("Alert fires: successful logins below 90%", true)]
    public void Guard_reports_of_success_stay_no_detection_and_alerts_stay_one(string entry, bool detected)
    {
        Assert.Equal(detected, EventWording.Says(entry, Milestone.Detected));
    }

    // ---- Work starting again, a return to a normal state --------------------------------------------------------

    [Theory]
    [InlineData("CDN started serving stale content again")]
    [InlineData("The job began running again with the old, broken config")]
    [InlineData("Pods start running again but crash-loop within a minute")]
    [InlineData("The chain should start moving again once validators upgrade")]
    [InlineData("We expect the chain to start moving again after block 302")]
    public void Trouble_starting_again_or_work_expected_to_start_again_is_no_end(string entry)
    {
        Assert.False(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("Traffic had not yet returned to a normal state")]
    [InlineData("Latency never returned to a normal level that day")]
    [InlineData("Autoscaler scales the pool back to a normal size of 4 nodes, which overloads the remaining nodes")]
    public void A_normal_state_not_reached_or_a_size_set_back_to_normal_is_no_end(string entry)
    {
        Assert.False(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("Payments started flowing again at 10:42")]
    [InlineData("Queue consumers began processing messages again")]
    [InlineData("Miraculously the service returned to a normal state")]
    public void Guard_work_starting_again_or_a_return_to_a_normal_state_still_ends_the_incident(string entry)
    {
        Assert.True(EventWording.Says(entry, Milestone.Resolved));
    }

    // ---- Dropped ideas -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Failover was proposed, but there was no need: the primary recovered on its own at 10:05")]
    [InlineData("Release 4.2 ships the wrong fix for the session bug and logs every user out")]
    public void A_remedy_found_unneeded_or_a_faulty_fix_that_triggers_the_outage_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.DeadEnds(["Errors spike", entry, "Fix released"])[1]);
    }

    [Theory]
    [InlineData("Failover was proposed, but there was no replica in sync, so we restored from backup")]
    [InlineData("The hotfix PR was closed as the wrong fix and replaced by PR 51, which resolved it")]
    public void Guard_a_remedy_that_could_not_be_made_or_a_fix_closed_as_wrong_is_a_dead_end(string entry)
    {
        Assert.True(EventWording.DeadEnds(["Errors spike", entry, "Fix released"])[1]);
    }

    // ---- Introducing colons and "no action items" ---------------------------------------------------------------

    [Fact]
    public void No_action_items_beyond_one_names_that_one()
    {
        const string text = "# Index rebuilt\n\n**Date:** 2026-05-06\n\n## Action Items\n\nNo action items needed beyond adding an alert on index size.\n\n"
            + "## Lessons Learned\n\nCollaboration went well.\n";

        Assert.Single(Extract(text).ActionItems);
    }

    [Fact]
    public void A_section_that_says_in_german_it_has_no_actions_has_none()
    {
        Assert.Empty(Extract("# Index rebuilt\n\n**Date:** 2026-05-06\n\n## Action Items\n\nKeine weiteren Maßnahmen nötig.\n\n## Lessons Learned\n\nCollaboration went well.\n").ActionItems);
    }

    [Theory]
    [InlineData("No further action items at this time.")]
    [InlineData("No action items needed.")]
    public void Guard_a_section_that_says_it_has_no_actions_has_none(string sentence)
    {
        Assert.Empty(Extract($"# Index rebuilt\n\n**Date:** 2026-05-06\n\n## Action Items\n\n{sentence}\n\n## Lessons Learned\n\nCollaboration went well.\n").ActionItems);
    }

    // ---- New root-cause synonyms ---------------------------------------------------------------------------------

    [Fact]
    public void An_expired_dnssec_key_is_a_dns_failure()
    {
        const string cause = "The DNSSEC key expired before the zone was re-signed, so validating resolvers returned SERVFAIL for our domain.";

        Assert.Equal("network/dns", Extract($"# Incident\n\n**Date:** 2026-06-02\n\n## Root cause\n\n{cause}\n").Classification.Category);
    }

    [Theory]
    [InlineData("A popular cache key expired at the peak of the sale, and thousands of requests rebuilt it at once against the database.")]
    [InlineData("A volumetric DDoS, the first successful attack on our edge, saturated the uplinks with 40 Gbps of UDP traffic.")]
    public void An_expiring_cache_key_or_a_successful_flood_is_no_credential_problem(string cause)
    {
        Assert.NotEqual("security/credentials", Extract($"# Incident\n\n**Date:** 2026-06-02\n\n## Root cause\n\n{cause}\n").Classification.Category);
    }

    [Theory]
    [InlineData("The OAuth refresh token expired and the sync job could no longer call the partner API.", "security/credentials")]
    [InlineData("An attacker used a public exploit to install a crypto miner in the container running the wiki.", "security/credentials")]
    public void Guard_an_expired_token_or_a_planted_miner_stays_a_credential_problem(string cause, string category)
    {
        Assert.Equal(category, Extract($"# Incident\n\n**Date:** 2026-06-02\n\n## Root cause\n\n{cause}\n").Classification.Category);
    }
}
