using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>Times, zones, start, end and the incident's date as real postmortems write them (issue 17, items 2 and 3), each on an invented document.</summary>
public sealed class TimeRulesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);
    private static readonly TimeZoneRule Utc = TimeZoneTable.Find("UTC")!;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static IReadOnlyList<TimelineEvent> Timeline(string text, string date = "2024-03-09", TimeZoneRule? zone = null) =>
        TimelineParser.Parse(text, new TimelineContext(DateOnly.Parse(date, CultureInfo.InvariantCulture), zone ?? Utc, null)).TimelineEvents;

    private static Postmortem Import(string text, string file = "incident.md") => Extractor.Extract(file, text).Postmortem.ToPostmortem()!;

    // As the importer reads a file: with the day it was last changed, the date of last resort.
    private static Postmortem ImportOnFileDay(string text) => Extractor.Extract("incident.md", text, new DateOnly(2026, 11, 29)).Postmortem.ToPostmortem()!;

    [Theory]
    [InlineData("## Timeline (Pacific)")]
    [InlineData("## Timeline [Pacific]")]
    public void A_timeline_heading_naming_a_zone_in_brackets_states_the_zone_of_its_times(string heading)
    {
        var postmortem = Import($"# Power cut\n\n**Date:** 2026-05-18\n\n{heading}\n\n| Time | Event |\n|---|---|\n| 05:11 | Power restored, hosts boot |\n| 14:16 | Cluster back, all services restored |\n");

        Assert.Equal(At("2026-05-18T12:11:00Z"), postmortem.Timeline[0].Time);
    }

    [Fact]
    public void When_the_last_entry_tells_of_trouble_left_over_the_latest_entry_telling_the_service_working_again_ends_it()
    {
        var postmortem = Import("# Cluster down\n\n## Timeline (UTC)\n\n- 2026-05-18 10:00 Power outage begins\n- 10:40 Engineers find the control-plane VM stopped\n"
            + "- 11:16 API back, all 4 nodes Ready\n- 11:30 4 stuck pods in UnexpectedAdmissionError force-deleted\n");

        Assert.Equal(At("2026-05-18T11:16:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("- 10:55 The node is no longer healthy, so it is recycled\n")]
    [InlineData("- 10:55 Node regained healthy status, but volumes will not mount\n")]
    public void An_entry_that_denies_the_service_works_or_tells_trouble_beside_it_ends_nothing(string entry)
    {
        var postmortem = Import("# Cluster down\n\n## Timeline (UTC)\n\n- 2026-05-18 10:00 Connections saturate the database\n- 10:40 The team is paged\n"
            + entry + "- 11:30 The team is alerted that the bot is offline\n");

        Assert.Null(postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_timeline_heading_whose_brackets_hold_no_zone_states_none()
    {
        var postmortem = Import("# Power cut\n\n**Date:** 2026-05-18\n\n## Timeline (draft)\n\n| Time | Event |\n|---|---|\n| 05:11 | Power restored, hosts boot |\n");

        Assert.Equal(At("2026-05-18T05:11:00Z"), postmortem.Timeline[0].Time);
    }

    [Fact]
    public void A_two_column_table_of_facts_gives_its_times_and_is_never_the_title()
    {
        const string text = "| **Event** | `queue_listener_failure` |\n| --- | --- |\n| **Detected** | `2022-04-28 10:34` |\n| **Resolved** | 2022-04-29 12:01 |\n\n"
            + "## Summary\n\nThe queue listener stopped.\n";

        var imported = Import(text, "listener.md");

        Assert.Equal(At("2022-04-28T10:34:00Z"), imported.Timestamps.Detected);
        Assert.Equal(At("2022-04-29T12:01:00Z"), imported.Timestamps.Resolved);
        Assert.DoesNotContain("|", imported.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outage_begins_mark_is_the_start_even_when_its_entry_also_tells_the_alert_and_it_dates_an_undated_post()
    {
        const string text = "# Storage outage\n\n## Timeline\n\n### 29-09-2021 (All times UTC)\n\n- 15:46 Storage driver switched on all hosts.\n\n"
            + "### 03-10-2021\n\n- 02:17 **OUTAGE BEGINS** — Automated alert about timeouts on the site\n- 09:23 Containers unresponsive\n\n"
            + "### 06-10-2021\n\n- 14:36 **OUTAGE MITIGATED**, deployed the site on a new machine.\n- 15:36 Creation of a VM for the rest.\n";

        var imported = Import(text);

        Assert.Equal(At("2021-10-03T02:17:00Z"), imported.Timestamps.Started);
        Assert.Equal(new DateOnly(2021, 10, 3), imported.Date);
        Assert.Equal(At("2021-10-06T14:36:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_date_taken_from_the_timeline_is_the_day_the_incident_started_not_the_day_of_its_lead_up()
    {
        const string text = "# Early release\n\n## Timeline\n\n| Date-Time | Description |\n| --- | --- |\n| 2020-02-05 13:21 | Submission set to In Review |\n"
            + "| 2020-02-05 17:21 | Submission set to Pending Release |\n| 2020-02-06 07:29 | The app was released by mistake and users reported errors |\n"
            + "| 2020-02-06 11:03 | App removed from sale, incident resolved |\n";

        var imported = Import(text);

        Assert.Equal(At("2020-02-06T07:29:00Z"), imported.Timestamps.Started);
        Assert.Equal(new DateOnly(2020, 2, 6), imported.Date);
    }

    [Fact]
    public void A_vendor_entry_listed_first_but_later_than_the_teams_report_is_not_the_start()
    {
        const string text = "# CI outage\n\n## Timeline\n\n| Datetime (UTC) | Description |\n| --- | --- |\n| 2026-07-02 14:21 | The mirror's maintainers identified a misconfiguration |\n"
            + "| 2026-07-02 07:48 | CI outage reported |\n| 2026-07-03 05:13 | More in-depth investigations into the outage began |\n| 2026-07-05 00:22 | Mitigation merged, the tree was re-opened and the incident resolved |\n";

        var imported = Import(text);

        Assert.Equal(At("2026-07-02T07:48:00Z"), imported.Timestamps.Started);
        Assert.DoesNotContain(imported.Timeline, e => e.Milestone == Milestone.Started && e.Time == At("2026-07-03T05:13:00Z"));
    }

    [Theory]
    [InlineData("More in-depth investigations into the outage began.", false)]
    [InlineData("Work on the incident started after lunch.", false)]
    [InlineData("The outage began when the mirror went away.", true)]
    public void An_outage_began_is_a_start_unless_it_is_work_on_the_outage_that_began(string entry, bool isStart)
    {
        Assert.Equal(isStart, EventWording.Says(entry, Milestone.Started));
    }

    [Theory]
    [InlineData("Announced the recovery of the mainnet (RPC, P2P, validator) on discord", true)]
    [InlineData("The team confirmed the full restoration of the API.", true)]
    [InlineData("Database recovery was completed and writes resumed.", true)]
    [InlineData("Announced the recovery plan to the validators.", false)]
    [InlineData("Writes stay paused until restoration is complete.", false)]
    [InlineData("Restoration completed for 2 of 40 shards.", false)]
    [InlineData("We will announce the recovery once all regions are green.", false)]
    [InlineData("We have not declared the recovery; some nodes are still syncing.", false)]
    [InlineData("Validators must upgrade before we announce the recovery.", false)]
    [InlineData("Recovery was completed in 40 minutes.", true)]
    [InlineData("Restoration was completed on 12 March after the replay.", true)]
    [InlineData("When the last node rejoined, recovery was complete.", true)]
    [InlineData("Started the recovery of the replica from a snapshot.", false)]
    public void Announcing_or_completing_the_recovery_is_the_end_and_planning_or_starting_it_is_not(string entry, bool isEnd)
    {
        Assert.Equal(isEnd, EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("The team confirms that all validators appear to be signing again and thanks them.", true)]
    [InlineData("The API is fully available again.", true)]
    [InlineData("All servers are again reachable.", true)]
    [InlineData("Verified the site is now available again and logins work.", true)]
    [InlineData("The site is now only partially available again.", false)]
    [InlineData("Call to support: only parts of the subnets are online again.", false)]
    [InlineData("Errors are appearing again on the checkout.", false)]
    public void Service_working_again_is_the_end_unless_only_part_of_it_is(string entry, bool isEnd)
    {
        Assert.Equal(isEnd, EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("Impact has been mitigated for all customers.")]
    [InlineData("OUTAGE MITIGATED, the site is up on the new host.")]
    public void The_outage_or_impact_said_to_be_mitigated_is_the_end(string entry)
    {
        var events = Timeline($"- 10:00 errors on checkout\n- 10:30 {entry}\n- 11:00 cleanup of the old host begins");

        Assert.Equal(Milestone.Resolved, events[1].Milestone);
    }

    [Fact]
    public void An_entry_saying_the_issue_was_verified_fixed_is_the_end_and_a_meeting_booked_after_it_is_not()
    {
        const string text = "# Check-in errors\n\n## Timeline\n\n- 2023-08-15 08:02 AM ET: Errors detected in the logs\n- 2023-08-15 10:30 AM ET: Hot fix submitted\n"
            + "- 2023-08-15 11:00 AM ET: Issue verified fixed in production\n- 2023-08-15 11:52 AM ET: Review meeting scheduled\n";

        Assert.Equal(At("2023-08-15T15:00:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_narrative_giving_the_window_as_four_digit_times_between_which_it_lasted_has_that_start_and_end()
    {
        const string text = "# Transaction delays\n\nOn April 26, 2023 between the hours of 1900 and 2100 UTC, transactions were delayed for many users.\n\nThe backlog was caused by a traffic surge.\n";

        var imported = Import(text);

        Assert.Equal(At("2023-04-26T19:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2023-04-26T21:00:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("On June 4, 2024, the blog was down for just under 7 hours after the server ran out of memory.", 420)]
    [InlineData("The media server was unusable for approximately 2 weeks in January 2020.", 20160)]
    [InlineData("For approximately 2 days the build jobs on the second host were\nunavailable, including the repository jobs.", 2880)]
    [InlineData("The login page stopped accepting passwords. It broke for 6 days.", 8640)]
    [InlineData("**Date:** June 4, 2024\n**Duration:** ~6 days (June 4 merge -> June 10 fix)", 8640)]
    public void A_length_stated_without_a_start_or_end_is_kept_as_the_duration(string sentence, double minutes)
    {
        var imported = Import($"# Outage\n\n{sentence}\n", "outage-2024-06-04.md");

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(minutes, imported.StatedDurationMinutes);
        Assert.Equal(TimeSpan.FromMinutes(minutes), imported.Duration);
    }

    [Fact]
    public void A_length_in_whole_days_gives_no_end_time_and_stays_the_stated_duration()
    {
        var imported = Import("# Proxy down on 2024-08-03\n\nWe had two days of downtime.\n\n## Timeline\n\n- 16:40 UTC: every service stops answering over http\n- 20:30 UTC: ticket opened with the hosting provider about the ip failover\n");

        Assert.Equal(At("2024-08-03T16:40:00Z"), imported.Timestamps.Started);
        Assert.Null(imported.Timestamps.Resolved);
        Assert.Equal(TimeSpan.FromDays(2), imported.Duration);
    }

    [Fact]
    public void A_length_stated_beside_a_known_start_and_end_is_not_kept_and_the_timestamps_give_the_duration()
    {
        var imported = Import("# Outage on 2024-06-04\n\nThe blog was down for about 2 hours.\n\n## Timeline\n\n- 10:00 UTC: blog down\n- 12:10 UTC: blog restored\n");

        Assert.Null(imported.StatedDurationMinutes);
        Assert.Equal(TimeSpan.FromMinutes(130), imported.Duration);
    }

    [Fact]
    public void A_guessed_date_that_no_timeline_moment_comes_near_gives_way_to_the_timelines_first_day()
    {
        const string text = "# Critical bug report\n\nThe bug was introduced in the release of July 20, 2021.\n\n## Timeline\n\n- 2022-02-02 16:25 UTC: report received\n- 2022-02-02 19:06 UTC: patched builds cut\n";

        Assert.Equal(new DateOnly(2022, 2, 2), Import(text).Date);
    }

    [Fact]
    public void A_guessed_date_that_a_day_only_entry_of_the_timeline_names_stays_the_incidents_date()
    {
        const string text = "# Path normalisation vulnerability\n\n## Timeline\n\n2019-02-18:\n* Issue reported to the security team.\n\n2019-03-22:\n* 11:20 Candidate fix shared with distributors.\n";

        Assert.Equal(new DateOnly(2019, 2, 18), Import(text).Date);
    }

    [Fact]
    public void The_incidents_date_line_with_a_time_gives_the_start_and_a_bare_date_line_does_not()
    {
        const string timeline = "\n\n## Timeline\n\n**19th September 2023:**\n\n09:50 UTC: testnet halts during rehearsal\n\n**20th September 2023:**\n\n14:32 UTC: mainnet halts\n\n15:40 UTC: fix released\n";

        Assert.Equal(At("2023-09-20T14:32:00Z"), Import("# Chain halt\n\n**Date of Incident**: Wednesday 20th September 2023, 14:32 UTC" + timeline).Timestamps.Started);
        Assert.Equal(At("2023-09-19T09:50:00Z"), Import("# Chain halt\n\n**Date**: Wednesday 20th September 2023, 14:32 UTC" + timeline).Timestamps.Started);
    }

    [Fact]
    public void A_summary_sentence_whose_first_time_is_the_end_does_not_give_the_start()
    {
        const string text = "# API outage\n\nOn January 20th, 2025 service was restored at 11:40 UTC, two hours after the API went down.\n\n## Timeline\n\n- 09:38 UTC deploy of v2\n- 09:40 UTC errors on every call\n- 11:40 UTC v1 restored\n";

        Assert.NotEqual(At("2025-01-20T11:40:00Z"), Import(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("On Monday, January 20th, 2025 at roughly 17:00 UTC the instance started to experience elevated 500 error levels during maintenance.")]
    [InlineData("On January 20th, 2025 at 17:00 UTC the API went down for most users.")]
    public void A_summary_sentence_giving_the_time_before_saying_trouble_began_gives_the_start(string sentence)
    {
        var text = $"# Errors after maintenance\n\n{sentence}\n\n## Timeline\n\n### 2025-01-20\n\n- **16:35** ran system updates\n- **17:05** failover did not happen\n- **19:40** errors stopped\n";

        Assert.Equal(At("2025-01-20T17:00:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void Headings_written_as_date_and_time_fields_give_the_date_and_start_and_a_titled_heading_is_not_a_field()
    {
        const string text = "## Date: February 06, 2023\n\n## Time: 15:30:00 UTC\n\n## Incident 3: fees set too high\n\nThe upgrade set fees 100 times higher than intended.\n";

        var imported = Import(text, "report.md");

        Assert.Equal(new DateOnly(2023, 2, 6), imported.Date);
        Assert.Equal(At("2023-02-06T15:30:00Z"), imported.Timestamps.Started);
        Assert.Equal(["Date", "Time"], LegacyDocumentParser.Parse(text).Fields.Select(f => f.Label));
    }

    // --- zones ---

    [Fact]
    public void Both_seasons_of_a_region_written_together_name_its_clock()
    {
        var zone = TimeZoneTable.Find("PST/PDT")!;

        Assert.Equal(At("2024-08-01T17:00:00Z"), zone.ToUtc(new DateOnly(2024, 8, 1), new TimeOnly(10, 0)));
        Assert.Equal(At("2024-01-10T18:00:00Z"), zone.ToUtc(new DateOnly(2024, 1, 10), new TimeOnly(10, 0)));
    }

    [Theory]
    [InlineData("## Timeline (all times in PST/PDT)\n\n- 09:10 cache nodes evicted\n- 09:40 cache warm again\n")]
    [InlineData("## Timeline\n\n_All times in PDT_\n\n- 09:10 cache nodes evicted\n- 09:40 cache warm again\n")]
    [InlineData("## Timeline\n\nAll times are Pacific.\n\n- 09:10 cache nodes evicted\n- 09:40 cache warm again\n")]
    public void A_zone_named_in_the_timeline_heading_or_a_line_of_its_own_applies_to_the_bare_times(string timeline)
    {
        var postmortem = Import("# Cache eviction\n\nDate: 2024-07-02\n\n" + timeline);

        Assert.Equal(At("2024-07-02T16:10:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_utc_time_in_brackets_after_a_local_one_is_preferred()
    {
        var events = Timeline("- 20:14 EDT (00:14 UTC): replica lag alert\n- 21:02 EDT (01:02 UTC): failover done", date: "2024-05-06");

        Assert.Equal([At("2024-05-07T00:14:00Z"), At("2024-05-07T01:02:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("replica lag alert", events[0].Text);
    }

    // --- dates inside a timeline ---

    [Fact]
    public void A_date_heading_with_a_title_dates_the_bare_times_under_it()
    {
        var events = Timeline("### March 9, 2024 - Queue backlog\n\n- **21:40 UTC** - consumers stall\n\n### March 12, 2024 - Disk pressure\n\n- **06:05 UTC** - broker disk at 90%");

        Assert.Equal([At("2024-03-09T21:40:00Z"), At("2024-03-12T06:05:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void A_date_heading_beside_the_timeline_heading_continues_the_timeline()
    {
        const string text = "# Billing export stuck\n\nDate: 2024-10-03\n\n## Timeline\n\nAll times UTC.\n\n## October 3\n\n- 22:10 export job hangs\n\n## October 4\n\n- 01:30 export job restarted, exports complete\n\n## Lessons\n\nAt 09:00 we met.\n";

        var postmortem = Import(text);

        Assert.Equal([At("2024-10-03T22:10:00Z"), At("2024-10-04T01:30:00Z")], postmortem.Timeline.Select(e => e.Time!.Value));
    }

    [Fact]
    public void A_date_after_a_time_in_brackets_dates_that_entry()
    {
        var events = Timeline("- **23:10 UTC (Mar 9)** - error budget burn alert\n- **00:20 UTC (Mar 10)** - rollback finished");

        Assert.Equal([At("2024-03-09T23:10:00Z"), At("2024-03-10T00:20:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("rollback finished", events[1].Text);
    }

    [Fact]
    public void A_day_written_first_with_a_period_is_read_as_a_date()
    {
        var events = Timeline("### 10. March, 08:15\n\nWorkers restarted.");

        Assert.Equal(At("2024-03-10T08:15:00Z"), Assert.Single(events).Time);
    }

    // --- entry shapes ---

    [Theory]
    [InlineData("- ~23:56 UTC: first alerts from the edge")]
    [InlineData("- approx. 23:56 UTC: first alerts from the edge")]
    [InlineData("### ~23:56-23:59 UTC\n\nfirst alerts from the edge")]
    [InlineData("**23:56** first alerts from the edge")]
    [InlineData("- **~Mar 9 23:56** - first alerts from the edge")]
    [InlineData("- approx. March 9 23:56 - first alerts from the edge")]
    public void An_approximate_or_ranged_or_bold_time_still_dates_its_entry(string line)
    {
        var entry = Assert.Single(Timeline(line));

        Assert.Equal(At("2024-03-09T23:56:00Z"), entry.Time);
        Assert.Equal("first alerts from the edge", entry.Text);
    }

    [Fact]
    public void A_span_of_clock_times_is_not_read_as_a_time_and_an_offset()
    {
        var entry = Assert.Single(Timeline("- 13:30-13:45 checkout errors climb"));

        Assert.Equal(At("2024-03-09T13:30:00Z"), entry.Time);
        Assert.Equal("checkout errors climb", entry.Text);
    }

    [Theory]
    [InlineData("23:50-00:20 UTC")]
    [InlineData("23:50-00:20")]
    [InlineData("22:00-00:00")]
    [InlineData("23:40-01:15")]
    public void A_span_across_midnight_is_not_read_as_a_time_and_an_offset_no_zone_has(string span)
    {
        var stamp = DateTimeText.ReadLeading(span, 2024)!;

        Assert.Equal(span[..5], stamp.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.True(stamp.Zone is null || stamp.Zone.Name == "UTC", $"read the zone {stamp.Zone?.Name}");
    }

    [Theory]
    [InlineData("On 2024-09-30, between 23:55-00:30 UTC, internal DNS returned SERVFAIL for most lookups. We rolled back the resolver config at 00:28 UTC.", "2024-09-30T23:55:00Z", "2024-10-01T00:30:00Z")]
    [InlineData("On 2024-09-30 the resolver failed from 23:55 UTC – 00:30 UTC. We rolled back the resolver config at 00:28 UTC.", "2024-09-30T23:55:00Z", "2024-10-01T00:30:00Z")]
    [InlineData("2024-11-02 23:30-00:15 JST の間、決済APIがタイムアウトしました。", "2024-11-02T14:30:00Z", "2024-11-02T15:15:00Z")]
    [InlineData("Am 12.03.2024 war die Anmeldung von 23:45 UTC bis 00:35 UTC gestört.", "2024-03-12T23:45:00Z", "2024-03-13T00:35:00Z")]
    [InlineData("Am 12.03.2024 war die Anmeldung zwischen 23:45-00:35 Uhr (MEZ) nicht möglich. Das Zertifikat wurde um 00:30 erneuert.", "2024-03-12T22:45:00Z", "2024-03-12T23:35:00Z")]
    [InlineData("Am 12.03.2024 war die Anmeldung zwischen 23:45 und 00:35 Uhr (MEZ) nicht möglich.", "2024-03-12T22:45:00Z", "2024-03-12T23:35:00Z")]
    [InlineData("Le 2024-03-12, la connexion était impossible entre 23:45 et 00:35 (heure de Paris).", "2024-03-12T22:45:00Z", "2024-03-12T23:35:00Z")]
    [InlineData("2024-11-02 23:40〜00:20（日本時間）の間、決済APIがタイムアウトしました。", "2024-11-02T14:40:00Z", "2024-11-02T15:20:00Z")]
    [InlineData("2024-11-02 23:50から00:30 JSTまで決済APIが停止しました。", "2024-11-02T14:50:00Z", "2024-11-02T15:30:00Z")]
    [InlineData("Den 2024-03-12 var innloggingen nede fra 23:45 til 00:35 UTC.", "2024-03-12T23:45:00Z", "2024-03-13T00:35:00Z")]
    [InlineData("2023年3月14日23:50から00:30 JSTまで、決済APIがエラーを返しました。", "2023-03-14T14:50:00Z", "2023-03-14T15:30:00Z")]
    [InlineData("2023年3月14日 23:50から00:30 JSTまで、決済APIがエラーを返しました。", "2023-03-14T14:50:00Z", "2023-03-14T15:30:00Z")]
    [InlineData("Den 2024-03-12 låg inloggningen nere mellan 23:45 och 00:35 UTC.", "2024-03-12T23:45:00Z", "2024-03-13T00:35:00Z")]
    public void A_span_in_prose_across_midnight_written_with_a_dash_or_in_another_language_ends_the_next_day(string sentence, string start, string end)
    {
        var postmortem = Import($"# Outage\n\n{sentence}\n\n## Root cause\n\nA bad push.\n");

        Assert.Equal(At(start), postmortem.Timestamps.Started);
        Assert.Equal(At(end), postmortem.Timeline.Max(e => e.Time));
    }

    [Theory]
    [InlineData("The alert fired at 14:50 UTC, although the logs show failed requests 14:05-14:35 UTC.")]
    [InlineData("Der Alarm kam erst um 14:50 Uhr UTC; die Logs zeigen Fehler zwischen 14:05 und 14:35 Uhr UTC.")]
    [InlineData("First page 14:50 UTC - 14:35 UTC deploy was the trigger.")]
    public void Guard_a_time_earlier_than_another_named_before_it_is_no_range_over_midnight(string sentence)
    {
        var postmortem = Import($"# Outage on 2024-06-11\n\n{sentence}\n\n## Root cause\n\nA bad push.\n");

        Assert.All(postmortem.Timeline, e => Assert.Equal(new DateOnly(2024, 6, 11), DateOnly.FromDateTime(e.Time!.Value.UtcDateTime)));
    }

    [Theory]
    [InlineData("À 22h10 UTC, la base principale a cessé de répondre. Les sauvegardes tournent chaque nuit à 23h00 et 01h00, mais aucune n'était en cours.")]
    [InlineData("Um 22:10 Uhr UTC fiel die Datenbank aus. Jeder Build dauerte danach zwischen 1:30 und 2:00 Stunden.")]
    [InlineData("At 22:10 UTC the primary database stopped answering. Each build then took between 1:30 and 2:00 hours.")]
    public void Guard_a_routine_in_another_language_or_a_length_written_as_a_clock_time_is_no_moment(string sentence)
    {
        var postmortem = Import($"# Outage on 2024-03-02\n\n{sentence}\n\n## Root cause\n\nA lock left by a migration.\n");

        Assert.Equal([DateTimeOffset.Parse("2024-03-02T22:10:00Z", CultureInfo.InvariantCulture)], postmortem.Timeline.Select(e => e.Time));
    }

    [Theory]
    [InlineData("Die Anmeldung fiel um 14:30 Uhr (MEZ) aus.")]
    [InlineData("Die Anmeldung fiel um 14:30 Uhr MEZ aus.")]
    public void A_zone_named_in_german_after_uhr_is_the_zone_of_the_time(string sentence)
    {
        Assert.Equal("CET", TimeZoneTable.FindLocalName(sentence)?.Name);
    }

    [Theory]
    [InlineData("決済APIは23:40（JST）に停止した", "JST")]
    [InlineData("決済APIは23:40（日本時間）に停止した", "JST")]
    [InlineData("La connexion a échoué à 09:10 heure de Paris, puis est revenue.", "Europe/Paris")]
    [InlineData("2023-06-01 23:40（CST） 告警触发", "Asia/Shanghai")]
    [InlineData("告警于23:40 CST触发", "Asia/Shanghai")]
    [InlineData("The alert fired at 23:40 (CST) and paged the on-call.", "CST")]
    public void A_zone_right_after_a_time_in_full_width_brackets_or_named_in_another_language_is_its_zone(string sentence, string zone)
    {
        var stamp = DateTimeText.FindStamps(sentence, 2024).Single(s => s.Time is not null);

        Assert.Equal(zone, stamp.Zone?.Name);
    }

    [Theory]
    [InlineData("23:50-07:00", -7)]
    [InlineData("12:00-03:30", -3.5)]
    public void A_time_followed_by_a_real_western_offset_keeps_it(string text, double hours)
    {
        var stamp = DateTimeText.ReadLeading(text, 2024)!;

        Assert.Equal(TimeSpan.FromHours(hours), stamp.Zone!.StandardOffset);
    }

    [Fact]
    public void Entries_joined_with_html_line_breaks_are_separate_events()
    {
        var events = Timeline("1:03 deploy of v42 starts<br>1:09 error rate rises<br/>1:30 v42 rolled back");

        Assert.Equal([At("2024-03-09T01:03:00Z"), At("2024-03-09T01:09:00Z"), At("2024-03-09T01:30:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("error rate rises", events[1].Text);
    }

    [Fact]
    public void A_time_set_in_code_still_starts_its_entry()
    {
        var events = Timeline("## Timeline\n\n* `10:40` - `api` branch deployed\n* ~`11:30` - errors noticed\n* `12:05` - rolled back");

        Assert.Equal([At("2024-03-09T10:40:00Z"), At("2024-03-09T11:30:00Z"), At("2024-03-09T12:05:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("errors noticed", events[1].Text);
    }

    [Fact]
    public void Each_bullet_under_a_bare_time_heading_is_an_event_at_that_time()
    {
        var events = Timeline("### 16:27\n\n- paging fires for the API\n- status page updated\n\n### 16:40\n\nAPI recovered.");

        Assert.Equal(["paging fires for the API", "status page updated", "API recovered."], events.Select(e => e.Text));
        Assert.Equal([At("2024-03-09T16:27:00Z"), At("2024-03-09T16:27:00Z"), At("2024-03-09T16:40:00Z")], events.Select(e => e.Time!.Value));
    }

    [Fact]
    public void A_list_after_the_paragraph_of_a_time_heading_is_detail_not_events()
    {
        var events = Timeline("### 10:05\n\nWe checked the nodes:\n\n1. disks were full\n2. logs were rotating\n\n### 10:30\n\nDisks cleaned.");

        Assert.Equal(2, events.Count);
    }

    // --- start and end ---

    [Fact]
    public void An_end_marker_beats_a_later_bookkeeping_line_and_the_mitigation_after_it_is_dropped()
    {
        const string text = "# Subnet exhaustion\n\nDate: 2024-02-01\n\n## Timeline\n\n- 08:00 UTC capacity alarm\n- 09:30 UTC all systems verified operational\n- 11:00 UTC a review pipeline reverts the change by accident\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-02-01T09:30:00Z"), timestamps.Resolved);
        Assert.Null(timestamps.Mitigated);
    }

    [Fact]
    public void A_mitigation_with_nothing_later_said_is_the_end()
    {
        const string text = "# Hub memory leak\n\nDate: 2024-02-01\n\n## Timeline\n\n- 10:00 UTC launches fail\n- 11:47 UTC the image is reverted to the last good version\n";

        Assert.Equal(At("2024-02-01T11:47:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_mitigation_that_later_entries_go_on_from_is_not_the_end()
    {
        const string text = "# Stuck payouts\n\nDate: 2024-02-01\n\n## Timeline\n\n- 2024-02-01 10:00 UTC payouts stall\n- 2024-02-01 18:23 UTC a first patch is going out, mitigating most stuck payouts\n"
            + "- 2024-02-02 08:00 UTC a better fix is developed\n- 2024-02-02 14:44 UTC the last stuck payout goes out\n";

        Assert.Equal(At("2024-02-02T14:44:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_stated_duration_picks_the_entry_that_ends_the_outage_over_the_closing_line()
    {
        const string text = "# Search down\n\nDate: 2024-04-10\n\nSearch was unavailable for about 2 hours.\n\n## Timeline\n\n- 09:00 UTC index swap\n- 11:05 UTC old index restored\n- 16:30 UTC incident closed, review scheduled\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-04-10T09:00:00Z"), timestamps.Started);
        Assert.Equal(At("2024-04-10T11:05:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_front_matter_duration_with_a_word_saying_it_is_the_total_is_the_stated_duration()
    {
        const string text = "---\ntitle: Cluster down\ndate: 2024-04-10\nduration: 2 hours total\n---\n\nThe cluster was down after a reboot.\n";

        Assert.Equal(120, Import(text).StatedDurationMinutes);
    }

    [Theory]
    [InlineData("5 min read")]
    [InlineData("15 mins to detect, 2h to fix")]
    public void A_front_matter_duration_that_is_more_than_a_length_is_not_the_stated_duration(string value)
    {
        var text = $"---\ntitle: Cluster down\ndate: 2024-04-10\nduration: {value}\n---\n\n## Timeline\n\nAll times UTC.\n\n- 01:00 hosts rebooted\n- 01:45 all pods running again\n";

        var imported = Import(text);

        Assert.Null(imported.StatedDurationMinutes);
        Assert.Equal(At("2024-04-10T01:45:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_length_in_another_tools_front_matter_picks_the_entry_that_ends_the_outage()
    {
        const string text = "---\ntitle: Cluster down after reboot\ndate: 2024-04-10\nduration: ~45m\n---\n\n## Timeline\n\nAll times UTC.\n\n"
            + "- 01:00 hosts rebooted\n- 01:20 pods stuck in ContainerCreating\n- 01:45 all pods running again\n- 01:50 an unrelated runner still broken\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-04-10T01:00:00Z"), timestamps.Started);
        Assert.Equal(At("2024-04-10T01:45:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_stated_duration_finds_the_start_back_from_the_end_when_the_first_entry_is_lead_up()
    {
        const string text = "# Login redirect loop\n\nDate: 2024-04-10\n\nLogins were broken for about 1h50m.\n\n## Timeline\n\n### 13:06\n\nStaging deploy, one odd 403.\n\n### 13:35\n\nProduction deploy done, 403s recur.\n\n### 15:25\n\nFix deployed.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-04-10T13:35:00Z"), timestamps.Started);
        Assert.Equal(At("2024-04-10T15:25:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_start_mentioned_after_the_outage_was_reported_is_not_the_moment_it_began()
    {
        const string text = "# Hub flood\n\nDate: 2024-04-18\n\n## Timeline\n\n### 12:35 UTC\n\nUpgrade deployed.\n\n### 14:29 UTC\n\nOutage reported by users.\n\n### 14:49 UTC\n\nLogs around the start of the outage are read.\n";

        Assert.Equal(At("2024-04-18T12:35:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void A_span_in_a_duration_label_gives_start_and_end_on_the_incident_day()
    {
        const string text = "# Flag evaluation errors\n\nDate: 2024-05-02\n\n**Total impact duration:** 4 hours 10 minutes (08:05 - 12:15 UTC)\n\n## Timeline\n\n- 08:05 UTC bad config shipped\n- 12:15 UTC config reverted\n- 18:00 UTC incident closed\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-05-02T08:05:00Z"), timestamps.Started);
        Assert.Equal(At("2024-05-02T12:15:00Z"), timestamps.Resolved);
    }

    [Theory]
    [InlineData("The dashboard went down for about 3 hours.", 180)]
    [InlineData("Customers were affected for 45 minutes while the queue drained.", 45)]
    [InlineData("Beta was unusable for about 1h50m.", 110)]
    [InlineData("Over a period of around 12 hours, from late last night until 10:45am, there was a partial outage.", 720)]
    [InlineData("The logs were replayed. For about 2 hours the API was unavailable to most users.", 120)]
    [InlineData("January 2020 - Media Server Outage for approximately 2 weeks", 20160)]
    [InlineData("The problem was around for roughly 16 hours before anyone noticed it.", 960)]
    [InlineData("It took roughly a week from detection to resolution.", 10080)]
    [InlineData("The site was down for a while today (~6 hours). Nothing was lost.", 360)]
    [InlineData("Search was unavailable for some time (about 90 minutes).", 90)]
    [InlineData("The API was unavailable to [sleeping databases](https://docs.example.com/guides/scale-to-zero) for a total period of 5.5 hours.", 330)]
    [InlineData("The outage lasted for a total period of 3 hours.", 180)]
    [InlineData("For about two weeks in August 2026,\nsome users hit intermittent 502 and 503 errors downloading files.", 20160)]
    [InlineData("For 40 minutes, checkout requests ended in errors.", 40)]
    [InlineData("The archive node was out of service for six days.", 8640)]
    [InlineData("For a short period of time (10 minutes), example.org and two other services were returning 502 errors.", 10)]
    [InlineData("For a brief while (~20 minutes) the dashboard was unavailable.", 20)]
    public void Downtime_said_with_for_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])!.Length);
    }

    [Fact]
    public void Waiting_for_a_while_is_not_the_outage_duration()
    {
        Assert.Null(StatedDuration.Find(["We waited for 2 hours for the vendor to answer."]));
        Assert.Null(StatedDuration.Find(["The site was down for a while (the third time in 6 months)."]));
        Assert.Null(StatedDuration.Find(["We were unable to reach the vendor and waited for 2 hours."]));
        Assert.Null(StatedDuration.Find(["Users were unable to create API keys valid for 30 days."]));
        Assert.Null(StatedDuration.Find(["Customers were unable to buy tickets for 2 weeks in advance."]));
        Assert.Null(StatedDuration.Find(["For 2 hours after the outage ended we reviewed the errors."]));
    }

    [Theory]
    [InlineData("The primary failed over at 14:30 UTC. Replication had been broken for 45 minutes before that.")]
    [InlineData("The queue had been stalled for 2 hours before anyone noticed.")]
    [InlineData("The disk was full for an hour prior to this, unnoticed.")]
    [InlineData("The billing queue was stalled for 45 minutes before it was noticed by on-call.")]
    public void A_length_leading_up_to_a_moment_is_not_the_outage_duration(string text)
    {
        Assert.Null(StatedDuration.Find([text]));
    }

    [Theory]
    [InlineData("On March 3, 2024 the public API was unavailable for 45 minutes before it recovered on its own.", 45)]
    [InlineData("The dashboard was offline for about two hours before it came back online.", 120)]
    [InlineData("On March 3, 2024 the public API was down for 40 minutes before this was fixed by a rollback.", 40)]
    [InlineData("On March 3, 2024 the public API was down for 40 minutes before it was rolled back.", 40)]
    [InlineData("On March 3, 2024 the public API was unavailable for 40 minutes before it eventually recovered.", 40)]
    [InlineData("On March 3, 2024 the public API was unavailable for 40 minutes before it returned to normal.", 40)]
    public void A_length_up_to_the_service_coming_back_is_the_outage_duration(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([text])!.Length);
    }

    [Theory]
    [InlineData("The API was down for 40 minutes before it was rolled back at 14:45 UTC.")]
    [InlineData("The API was down for 40 minutes before it was rolled back. The rollback finished at 14:45 UTC.")]
    [InlineData("The API was down for 40 minutes, more than our SLO allows, before we rolled back at 14:45 UTC.")]
    [InlineData("The API was down for 40 minutes while we investigated, until we rolled back at 14:45 UTC.")]
    public void A_length_ending_at_the_only_moment_named_the_remedy_counts_back_from_it(string summary)
    {
        var timestamps = Import($"# Login outage on 2024-06-10\n\n## Summary\n\n{summary}\n\n## Root cause\n\nA bad config push.\n").Timestamps;

        Assert.Equal(At("2024-06-10T14:05:00Z"), timestamps.Started);
        Assert.Equal(At("2024-06-10T14:45:00Z"), timestamps.Resolved);
    }

    [Theory]
    [InlineData("We rolled back the release at 14:45 UTC. Afterwards, the API was degraded for 25 minutes while caches warmed up.", "2024-06-10T15:10:00Z")]
    [InlineData("We rolled back the release at 14:45 UTC. The site remained down for 20 minutes after the rollback.", "2024-06-10T15:05:00Z")]
    public void A_length_told_after_the_remedy_runs_on_from_it(string summary, string resolved)
    {
        var timestamps = Import($"# Login outage on 2024-06-10\n\n## Summary\n\n{summary}\n").Timestamps;

        Assert.NotEqual(At("2024-06-10T14:45:00Z"), timestamps.Resolved);
        Assert.True(timestamps.Resolved is null || timestamps.Resolved == At(resolved), $"resolved {timestamps.Resolved}");
    }

    [Fact]
    public void A_loose_length_ending_at_the_remedy_gives_the_end_but_no_start()
    {
        var timestamps = Import("# Login outage on 2024-06-10\n\n## Summary\n\nThe API was down for about an hour before it was rolled back at 14:45 UTC.\n").Timestamps;

        Assert.Null(timestamps.Started);
        Assert.Equal(At("2024-06-10T14:45:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_length_told_in_the_past_perfect_up_to_the_fix_is_the_outage_duration()
    {
        Assert.Equal(TimeSpan.FromHours(2), StatedDuration.Find(["The API had been down for 2 hours before we restored it."])!.Length);
    }

    [Fact]
    public void A_bracketed_figure_after_a_vague_span_gives_way_to_a_length_stated_outright()
    {
        Assert.Equal(TimeSpan.FromHours(4), StatedDuration.Find(["The VPN was down for a while (10 minutes) before the database outage began; the database was down for 4 hours."])!.Length);
        Assert.Equal(TimeSpan.FromHours(3), StatedDuration.Find(["Search was down for a while (about 10 minutes) at 09:00 with no harm done.", "Later search was unavailable for 3 hours."])!.Length);
        Assert.Null(StatedDuration.Find(["Adding a key locks the table for 40 minutes, so the repack takes the database offline for longer."]));
    }

    [Fact]
    public void A_zone_stated_in_a_long_paragraph_is_read_but_one_where_people_were_does_not_beat_the_timeline_heading()
    {
        var paragraph = "Over a period of around 12 hours, from late last night (April 5th, 2013) eastern US time until approximately 10:45am this morning, "
            + "there was a partial outage of the package site. It prevented new signups, password resets and pushes from taking place for everyone.";
        Assert.Equal(At("2013-04-05T14:45:00Z"), Import($"# Partial outage\n\n{paragraph}\n").Timestamps.Resolved);

        var elsewhere = "We had one engineer working, both to triage and resolve the issue that started in her late afternoon. Other engineers were "
            + "at a conference in PDT time zone - they were able to offer remote guidance, but the staffing gap delayed our progress quite a lot.";
        var text = $"# Hub down\n\n{elsewhere}\n\n## Timeline (times in BST)\n\n- July 11, 2025 12:42 PM: uptime check fails\n- July 11, 2025 4:22 PM: hub back\n";
        Assert.Equal(At("2025-07-11T11:42:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void A_last_entry_that_reports_the_trouble_going_on_is_not_taken_for_the_end()
    {
        const string text = "# Storage volumes stuck\n\nDate: 2024-04-02\n\n## Timeline\n\n- **01:10 UTC:** node restarted after a memory spike\n- **01:25 UTC:** volumes will not attach to the new node; ticket opened with the provider\n- **05:50 UTC:** on-call alerted that the chat bot is offline\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-04-02T01:10:00Z"), timestamps.Started);
        Assert.Null(timestamps.Resolved);
    }

    [Theory]
    [InlineData("Waiting for merge + auto-deploy")]
    [InlineData("Fix PR awaiting merge")]
    [InlineData("Patch written, pending deploy")]
    [InlineData("Same deadlock seen again on the replica; patch pending deploy")]
    [InlineData("Payments not yet operational; hotfix pending deploy")]
    [InlineData("Cluster still not stable; fix pending rollout")]
    public void A_last_entry_that_waits_for_the_fix_to_go_out_is_not_taken_for_the_end(string last)
    {
        var text = $"# API crash loop\n\nDate: 2024-04-02\n\n## Timeline\n\n- **01:10 UTC:** endpoints time out\n- **01:40 UTC:** migration fixed to skip duplicates\n- **01:55 UTC:** {last}\n";

        Assert.Null(Import(text).Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Error rates back to baseline; permanent fix pending release")]
    [InlineData("Error rate normal. Postmortem draft pending review")]
    [InlineData("All customers confirmed working; long-term fix awaiting review")]
    [InlineData("Errors gone; monitoring. Cleanup PR pending merge")]
    [InlineData("Users can log in again; config change pending rollout")]
    public void A_last_entry_that_says_service_is_back_is_the_end_though_a_later_fix_waits(string last)
    {
        var text = $"# API crash loop\n\nDate: 2024-04-02\n\n## Timeline\n\n- **01:10 UTC:** endpoints time out\n- **01:40 UTC:** migration fixed to skip duplicates\n- **01:55 UTC:** {last}\n";

        Assert.Equal(At("2024-04-02T01:55:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_last_entry_that_says_the_merged_fix_is_out_is_the_end()
    {
        const string text = "# API crash loop\n\nDate: 2024-04-02\n\n## Timeline\n\n- **01:10 UTC:** endpoints time out\n- **01:40 UTC:** migration fixed to skip duplicates\n- **01:55 UTC:** fix merged and deployed\n";

        Assert.Equal(At("2024-04-02T01:55:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void Work_done_hours_before_the_first_sign_of_trouble_is_lead_up_not_the_start()
    {
        const string text = "# Routing tables put back\n\nDate: 2024-09-12\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2024-09-12 05:00 | Night shift applies the new routing tables by hand |\n| 2024-09-12 08:00 | Day shift reviews the hand-over notes |\n| 2024-09-12 11:30 | A merge request unexpectedly runs the deploy job and puts the old routing tables back |\n| 2024-09-12 12:10 | Routing tables re-applied, all services verified operational |\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-09-12T11:30:00Z"), timestamps.Started);
        Assert.Equal(At("2024-09-12T12:10:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void Each_item_of_a_timeline_list_telling_its_time_mid_sentence_is_its_own_moment()
    {
        const string text = "# Locator outage\n\nDate: 2020-06-18\n\n## Timeline\n\n"
            + "- The partner notified us of the outage at 12:16 ET on June 16, 2020.\n- Staff reported the outage to leadership at approximately 1:00 PM ET.\n- The locator was restored at approximately 4:00 ET, June 16.\n";

        var imported = Import(text);

        Assert.Equal([At("2020-06-16T16:16:00Z"), At("2020-06-16T17:00:00Z"), At("2020-06-16T20:00:00Z")], imported.Timeline.Select(e => e.Time!.Value));
        Assert.StartsWith("Staff reported", imported.Timeline[1].Text, StringComparison.Ordinal);
        Assert.Equal(At("2020-06-16T20:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_bare_hour_after_an_afternoon_time_stays_in_the_morning_when_the_text_keeps_a_24_hour_clock_or_says_it_was_earlier()
    {
        var twentyFourHour = ProseTimeline.Parse(["At 13:00 UTC the alerts fired.", "", "At 4:00 UTC the fix was deployed."], new TimelineContext(new DateOnly(2024, 3, 20), Utc, null));
        var thatMorning = ProseTimeline.Parse(["Alerts fired at 2:10 PM UTC.", "", "The bad config had been merged at 9:30 UTC that morning."], new TimelineContext(new DateOnly(2024, 3, 20), Utc, null));
        var leadingZero = ProseTimeline.Parse(["Alerts fired at 2:10 PM UTC.", "", "The config was merged at 09:30 UTC."], new TimelineContext(new DateOnly(2024, 3, 20), Utc, null));
        var stillAfternoon = ProseTimeline.Parse(["The partner notified us at 1:00 PM ET.", "", "At 3:10 ET we rolled back the release deployed earlier.", "", "Service was restored at 4:00 ET, after the cache had been flushed."], new TimelineContext(new DateOnly(2024, 3, 20), TimeZoneTable.Find("ET")!, null));

        Assert.Equal(4, twentyFourHour.Events.Single(e => e.Event.Text.Contains("fix", StringComparison.Ordinal)).Event.Time!.Value.Hour);
        Assert.Equal(9, thatMorning.Events.Single(e => e.Event.Text.Contains("merged", StringComparison.Ordinal)).Event.Time!.Value.Hour);
        Assert.Equal(9, leadingZero.Events.Single(e => e.Event.Text.Contains("merged", StringComparison.Ordinal)).Event.Time!.Value.Hour);
        Assert.Equal([At("2024-03-20T17:00:00Z"), At("2024-03-20T19:10:00Z"), At("2024-03-20T20:00:00Z")], stillAfternoon.Events.Select(e => e.Event.Time!.Value));
    }

    [Fact]
    public void A_dated_row_months_before_a_timed_timeline_is_background_and_does_not_date_the_incident()
    {
        const string text = "# Peg break\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2021-11-25 | An audit describes a weakness in the pool |\n"
            + "| 2022-05-07 14:00 | Large withdrawals begin and errors spike |\n| 2022-05-07 18:00 | Peg breaks, trading halted |\n| 2022-05-09 | Post-incident review held |\n";

        var imported = Import(text);

        Assert.Equal(new DateOnly(2022, 5, 7), imported.Date);
        Assert.Equal(4, imported.Timeline.Count);
    }

    [Fact]
    public void A_process_killed_for_running_out_of_memory_is_a_sign_of_trouble_not_lead_up()
    {
        const string text = "# Node out of memory\n\nDate: 2026-04-21\n\n## Timeline\n\n| UTC | Event |\n|---|---|\n| 11:04 | OOM controller kills the database replica |\n| 12:27 | OOM controller kills the replica again |\n| 12:55 | First alerts: replica pods crashing |\n| 15:00 | Memory limits raised, pods healthy again |\n";

        Assert.Equal(At("2026-04-21T11:04:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void Malicious_code_published_is_a_sign_of_trouble_so_a_later_user_report_is_not_the_start()
    {
        const string text = "# Malware in a mod\n\nDate: 2024-05-06\n\n## Timeline\n\n### April 29th 2024, 14:39 UTC - Project submitted for review\n\n### May 2nd 2024, 03:50 UTC - New version containing malware is published\n\n"
            + "### May 6th 2024, 07:21 UTC - A user reports the project\n\n### May 6th 2024, 10:37 UTC - Moderators take the project down\n";

        Assert.Equal(At("2024-05-02T03:50:00Z"), Import(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("Security team deploys a WAF rule against a newly published exploit")]
    [InlineData("Team deploys the fix for an old kernel panic")]
    public void Work_that_guards_against_an_attack_or_a_crash_hours_before_the_trouble_stays_lead_up(string leadUp)
    {
        var text = "# Cluster reverted\n\nDate: 2024-09-12\n\n## Timeline\n\n"
            + $"| Time (UTC) | Event |\n|---|---|\n| 2024-09-12 04:00 | {leadUp} |\n| 2024-09-12 12:00 | The pipeline unexpectedly reverts the cluster |\n| 2024-09-12 13:00 | Cluster restored |\n";

        Assert.Equal(At("2024-09-12T12:00:00Z"), Import(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("Traffic doubles so the cache nodes run out of memory")]
    [InlineData("A cache node running without swap is OOM-killed")]
    [InlineData("Attackers bypass our DDoS protection and the API is attacked")]
    public void A_first_sign_told_beside_a_word_that_only_sometimes_guards_is_still_the_start(string sign)
    {
        var text = "# Cluster down\n\nDate: 2024-09-12\n\n## Timeline\n\n"
            + $"| Time (UTC) | Event |\n|---|---|\n| 2024-09-12 04:00 | Night shift applies the new routing tables |\n| 2024-09-12 12:00 | {sign} |\n| 2024-09-12 13:00 | Cluster restored |\n";

        Assert.Equal(At("2024-09-12T12:00:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void A_last_entry_telling_there_were_no_further_oom_kills_still_ends_the_incident()
    {
        const string text = "# Node out of memory\n\nDate: 2026-04-21\n\n## Timeline\n\n| UTC | Event |\n|---|---|\n| 11:04 | Alerts: replica pods crashing |\n| 15:00 | Memory limits raised; no further OOM kills |\n";

        Assert.Equal(At("2026-04-21T15:00:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_change_within_the_hour_before_the_first_sign_of_trouble_stays_the_start()
    {
        const string text = "# Proxy switch\n\nDate: 2024-09-12\n\n## Timeline\n\n- 08:00 UTC weekly dependency bump merged\n- 13:40 UTC load balancer switched to the new proxy\n- 13:52 UTC alerts: 502 errors on every route\n- 14:30 UTC rolled back, errors gone\n";

        Assert.Equal(At("2024-09-12T13:40:00Z"), Import(text).Timestamps.Started);
    }

    // --- the incident's date ---

    [Fact]
    public void A_post_date_the_timeline_never_comes_near_gives_way_to_the_timeline_day()
    {
        const string text = "---\ntitle: Relay outage\ndate: 2024-11-19\n---\n\nOn November 5th we lost the relays from around 11:00 GMT until 23:01 GMT.\n";

        var postmortem = Import(text);

        Assert.Equal(new DateOnly(2024, 11, 5), postmortem.Date);
        Assert.Equal(At("2024-11-05T11:00:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_post_dated_days_after_the_start_its_timeline_gives_is_dated_by_that_start_even_when_the_timeline_reaches_the_post_date()
    {
        const string text = "---\ntitle: Endpoint exposed\ndate: 2021-07-01\n---\n\n## Timeline\n\n- 2021-06-25 09:19 UTC: researcher's report reaches the team\n"
            + "- 2021-06-25 13:40 UTC: patch deployed, endpoint closed\n- 2021-07-01 17:21 UTC: follow-up patch in production\n";

        var postmortem = Import(text);

        Assert.Equal(new DateOnly(2021, 6, 25), postmortem.Date);
        Assert.Equal(At("2021-06-25T09:19:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_post_date_on_the_day_its_timeline_starts_stays()
    {
        const string text = "---\ntitle: Endpoint exposed\ndate: 2021-06-25\n---\n\n## Timeline\n\n- 2021-06-25 09:19 UTC: researcher's report reaches the team\n"
            + "- 2021-06-25 13:40 UTC: patch deployed, endpoint closed\n- 2021-06-28 10:00 UTC: follow-up patch in production\n";

        Assert.Equal(new DateOnly(2021, 6, 25), Import(text).Date);
    }

    [Theory]
    [InlineData("Issue Discovered", "2025-10-09")]
    [InlineData("First reported", "2025-10-09")]
    [InlineData("Owner", "2025-10-23")]
    public void A_line_dating_when_the_trouble_was_found_before_the_documents_date_line_dates_the_incident(string label, string expected)
    {
        var text = $"# Subscriptions not activating\n\n**Date**: October 23, 2025\n**{label}**: October 9, 2025\n**Severity**: Critical\n\n## Summary\n\nPaying customers could not reach their features.\n";

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Import(text).Date);
    }

    [Fact]
    public void A_discovered_line_under_a_details_heading_still_dates_the_incident()
    {
        const string text = "# Checkout timeouts\n\n**Date**: October 23, 2025\n\n## Incident details\n\n- **Issue Discovered**: October 9, 2025\n\nCheckout timed out.\n";

        Assert.Equal(new DateOnly(2025, 10, 9), Import(text).Date);
    }

    [Fact]
    public void A_reported_line_in_a_section_about_other_incidents_does_not_date_this_one()
    {
        const string text = "# Checkout timeouts\n\n**Date**: October 23, 2025\n\n## Summary\n\nCheckout timed out for an hour.\n\n## Related incidents\n\nReported: September 2, 2025, a similar timeout in billing.\n";

        Assert.Equal(new DateOnly(2025, 10, 23), Import(text).Date);
    }

    [Fact]
    public void A_title_date_far_from_every_timeline_entry_gives_way_to_the_timeline_day()
    {
        const string text = "# 2022-01-27, Quota outage\n\n## Timeline\n\n### 2022-06-02 10:00 UTC\n\nLaunches fail.\n\n### 2022-06-02 21:24 UTC\n\nQuota object deleted, launches work.\n";

        Assert.Equal(new DateOnly(2022, 6, 2), Import(text).Date);
    }

    [Fact]
    public void A_title_date_near_the_timeline_is_kept()
    {
        const string text = "# 2022-06-03, Quota outage\n\n## Timeline\n\n### 2022-06-02 22:00 UTC\n\nLaunches fail.\n";

        Assert.Equal(new DateOnly(2022, 6, 3), Import(text).Date);
    }

    [Fact]
    public void A_guessed_date_gives_way_to_an_earlier_moment_the_timeline_dates_itself()
    {
        const string text = "# Ingestion delays\n\nFrom October 7, 2:10 PM UTC ingestion was slow. By October 9, 2023, 08:00 UTC it was healthy again.\n";

        Assert.Equal(new DateOnly(2023, 10, 7), Import(text).Date);
    }

    [Fact]
    public void A_day_and_month_without_a_year_take_the_only_year_the_text_names()
    {
        const string text = "# Flags down\n\nOn 12th March, flags were down from 15:30 to 18:10 UTC.\n\nWe will move flags to their own service in Q3 2024.\n";

        var postmortem = Import(text);

        Assert.Equal(new DateOnly(2024, 3, 12), postmortem.Date);
        Assert.Equal(At("2024-03-12T18:10:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("# Launch load\n\nOn 12th March the queue backed up.\n\n2000 new full-site tests were started that day.\n")]
    [InlineData("# Launch load\n\nOn 12th March the queue backed up for about 2000 users.\n")]
    [InlineData("# Launch load\n\nOn 12th March the queue backed up.\n\n| Day | Tests |\n|---|---|\n| 12 March | 2000 |\n")]
    [InlineData("# Launch load\n\nOn 12th March the queue backed up.\n\n<table><tr><th>12 March</th></tr><tr><td>2000</td></tr></table>\n")]
    public void A_number_that_counts_things_is_not_the_year_of_a_day_and_month(string text)
    {
        Assert.NotEqual(2000, Extractor.Extract("load.md", text).Postmortem.Date?.Year);
    }

    [Theory]
    [InlineData("# Flags down\n\nOn 12th March, flags were down.\n\nThis was the third time in 2024 that flags failed.\n")]
    [InlineData("# Flags down\n\nOn 12th March, flags were down.\n\n2024 was a hard year for flags.\n")]
    [InlineData("# Flags down\n\nOn 12th March, flags were down.\n\nIt was the worst of our 2024 incidents.\n")]
    [InlineData("# Flags down\n\nOn 12th March, flags were down.\n\nIn 2024 servers were replaced twice.\n")]
    [InlineData("# Caída de flags\n\nEl 12 de marzo los flags cayeron.\n\nEn 2024 los pagos fallaron dos veces.\n")]
    public void Guard_a_year_before_a_verb_or_after_a_preposition_is_still_the_texts_year(string text)
    {
        Assert.Equal(new DateOnly(2024, 3, 12), Import(text).Date);
    }

    [Fact]
    public void A_day_and_month_with_two_years_named_is_not_given_either()
    {
        const string text = "# Flags down\n\nOn 12th March, flags were down from 15:30 to 18:10 UTC.\n\nSince 2019 and again in 2024 we planned to split flags out.\n";

        Assert.NotEqual(new DateOnly(2024, 3, 12), Extractor.Extract("flags.md", text).Postmortem.Date);
    }

    // --- a window stated in the summary ---

    [Fact]
    public void A_summary_sentence_with_the_outage_span_beats_the_first_and_last_timeline_lines()
    {
        const string text = "# Checkout failures\n\nDate: 2024-08-20\n\n## Summary\n\nBetween 14:02 and 15:47 UTC, checkout requests failed for most customers.\n\n## Timeline\n\n- 13:30 UTC payment library upgraded\n- 14:10 UTC alerts fire\n- 15:47 UTC rollback complete\n- 17:00 UTC postmortem scheduled\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-08-20T14:02:00Z"), timestamps.Started);
        Assert.Equal(At("2024-08-20T15:47:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_summary_saying_when_the_outage_began_gives_the_start_before_the_first_alert()
    {
        const string text = "# Queue stall\n\nDate: 2024-08-20\n\n## Summary\n\nThe outage began at 09:12 UTC when a broker lost its disk.\n\n## Timeline\n\n- 09:40 UTC we were alerted\n- 10:15 UTC broker replaced, queue drained\n";

        Assert.Equal(At("2024-08-20T09:12:00Z"), Import(text).Timestamps.Started);
    }

    [Fact]
    public void A_summary_sentence_saying_when_service_was_restored_gives_the_end()
    {
        const string text = "# Payment timeouts\n\nDate: 2024-08-20\n\n## Summary\n\nCard payments timed out for a third of customers. Service was fully restored at 16:05 UTC after the gateway pool was resized.\n\n## Timeline\n\n- 15:10 UTC alerts for payment latency\n- 15:40 UTC gateway pool resized\n- 17:30 UTC postmortem meeting booked\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-08-20T15:10:00Z"), timestamps.Started);
        Assert.Equal(At("2024-08-20T16:05:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_summary_opening_with_its_day_and_a_start_and_naming_full_service_recovery_gives_both_across_midnight()
    {
        const string text = "# Incident report\n\nOn March 4, 2024, starting at 10:19 PM UTC, we experienced an incident that delayed email sending.\n\n"
            + "The outage lasted 3 hours and 31 minutes, with full service recovery at 1:50 AM UTC.\n\n## Timeline\n\n- 22:20: Alerts fired for request latency\n- 23:55: Incident escalated\n- 00:22: Reduced the connection pool size\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-03-04T22:19:00Z"), timestamps.Started);
        Assert.Equal(At("2024-03-05T01:50:00Z"), timestamps.Resolved);
    }

    [Theory]
    [InlineData("We expect full recovery by 11:50 PM UTC.")]
    [InlineData("We are monitoring and estimate full recovery around 11:50 PM UTC.")]
    public void A_forecast_of_full_recovery_is_not_the_end(string sentence)
    {
        Assert.Null(StatedWindow.FindEnd([sentence], 2024));
    }

    [Theory]
    [InlineData("Full recovery was achieved at 11:50 PM UTC.")]
    [InlineData("We saw full restoration of service at 11:50 PM UTC.")]
    [InlineData("Error rates dropped faster than expected and we reached full recovery at 11:50 PM UTC.")]
    public void Full_recovery_achieved_or_restoration_of_service_at_a_time_is_the_end(string sentence)
    {
        Assert.Equal(new TimeOnly(23, 50), StatedWindow.FindEnd([sentence], 2024)?.DatedFrom.Time);
    }

    [Theory]
    [InlineData("On March 4, 2024, starting at 10:19 PM UTC, we rolled out the new release to every region.")]
    [InlineData("Starting at 09:00 UTC we will move the database to new hardware; an incident review follows.")]
    public void A_sentence_opening_with_starting_at_tells_no_start_unless_trouble_follows(string sentence)
    {
        Assert.Null(StatedWindow.Find([sentence], 2024));
    }

    [Fact]
    public void A_summary_giving_the_start_and_when_full_service_resumed_gives_both_across_midnight()
    {
        const string text = "# Chat outage\n\nThe chat service was unavailable from 2024-03-04 21:30 UTC and full service resumed at 2024-03-05 02:10 UTC.\n\n## What happened\n\nAt 01:20 UTC the first of the restored shards was restored at 01:20 UTC by the operator.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-03-04T21:30:00Z"), timestamps.Started);
        Assert.Equal(At("2024-03-05T02:10:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_sentence_about_something_restored_before_the_stated_start_neither_ends_the_outage_nor_costs_the_start()
    {
        const string text = "# Chat outage\n\nDate: 2024-03-04\n\nThe outage began at 21:30 UTC.\n\n## What happened\n\nThe standby took the snapshot of 2024-03-04, which was restored at 20:05 UTC.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-03-04T21:30:00Z"), timestamps.Started);
        Assert.Null(timestamps.Resolved);
    }

    [Theory]
    [InlineData("On March 28, 2024 at 10:47 AM PDT until 11:20 AM PDT, a small number of users experienced trouble signing in.")]
    [InlineData("Customers had trouble loading their dashboards on March 28, 2024 at 10:47 AM PDT until 11:20 AM PDT.")]
    public void A_time_at_which_the_trouble_began_until_another_is_the_window(string sentence)
    {
        var text = $"# Sign-in trouble\n\n{sentence}\n\n3:42 PM PDT\n\nCustomers should no longer see any trouble.\n\n7:28 PM PDT\n\nOur investigation of the cause goes on.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-03-28T17:47:00Z"), timestamps.Started);
        Assert.Equal(At("2024-03-28T18:20:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_summary_window_that_begins_before_the_status_updates_adds_its_start_and_end_to_the_timeline()
    {
        const string text = "# Delayed chats\n\n## Summary\n\nOn November 8, 2021 from 03:25 UTC to 03:57 UTC, customers on Pod 25 experienced delayed chats.\n\n"
            + "## Timeline\n\n04:00 UTC | 20:00 PT\n\nWe've received reports of delayed chats. Our team has resolved the issue.\n\n"
            + "04:15 UTC | 20:15 PT\n\nThe issue with chats is fully resolved.\n";

        var postmortem = Import(text);

        Assert.Equal([At("2021-11-08T03:25:00Z"), At("2021-11-08T03:57:00Z"), At("2021-11-08T04:00:00Z"), At("2021-11-08T04:15:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.StartsWith("On November 8, 2021 from 03:25 UTC", postmortem.Timeline[0].Text);
        Assert.Equal(At("2021-11-08T03:57:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_summary_window_whose_moments_the_timeline_already_has_adds_nothing()
    {
        const string text = "# Delayed chats\n\n## Summary\n\nOn November 8, 2021 from 03:25 UTC to 03:57 UTC, customers on Pod 25 experienced delayed chats.\n\n"
            + "## Timeline\n\n- 03:25 UTC chats start to queue\n- 03:40 UTC consumers restarted\n- 03:57 UTC the backlog is cleared\n";

        Assert.Equal(3, Import(text).Timeline.Count);
    }

    [Theory]
    [InlineData("At 10:47 the on-call engineer joined the bridge and stayed until 11:20 to watch the queue.")]
    [InlineData("At 10:47 we saw trouble in the logs; until 11:20 nobody was paged.")]
    public void A_time_and_a_later_until_in_a_sentence_not_opening_a_window_are_no_window(string sentence)
    {
        Assert.Null(StatedWindow.Find([sentence], 2024)?.To);
    }

    [Fact]
    public void A_span_of_working_hours_in_a_sentence_not_about_the_outage_is_not_the_window()
    {
        Assert.Null(StatedWindow.Find(["Between 09:00 and 17:00 the on-call engineer answers pages from the team."], 2024));
    }

    // --- dates written in digits ---

    [Theory]
    [InlineData("10/20/2022", "2022-10-20")]
    [InlineData("28/11/2024", "2024-11-28")]
    [InlineData("5-26-21", "2021-05-26")]
    public void A_date_in_digits_is_read_when_a_part_over_twelve_tells_the_day_from_the_month(string written, string expected)
    {
        var postmortem = Import($"# Search index rebuild stalled ({written})\n\nThe nightly rebuild hung and searches returned stale results.\n");

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), postmortem.Date);
    }

    [Fact]
    public void A_date_in_digits_that_reads_both_ways_is_not_guessed_outside_a_timeline()
    {
        Assert.Null(DateTimeText.FindDate("Report filed 03/04/2024 by the on-call engineer"));
        Assert.Null(DateTimeText.FindDate("build 10-20-2022-rc1 and version 1.5/20/22"));
    }

    [Fact]
    public void Timeline_entries_dated_in_digits_take_the_reading_nearer_the_entries_above()
    {
        var events = Timeline("- 10/30/2023 23:50 UTC - replica lag alert\n- 11/01/2023 00:20 UTC - replica rebuilt", date: "2023-10-30");

        Assert.Equal([At("2023-10-30T23:50:00Z"), At("2023-11-01T00:20:00Z")], events.Select(e => e.Time!.Value));
        Assert.Equal("replica rebuilt", events[1].Text);
    }

    // --- a moment that ends a period ---

    [Fact]
    public void A_narrative_time_the_outage_lasted_until_is_the_end_and_not_the_start()
    {
        const string text = "# Partial outage\n\nOn 5 April 2013, from late last night eastern US time until approximately 10:45am this morning, "
            + "there was a partial outage of the package site.\n\nThe root disk filled up.\n";

        var imported = Import(text);

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(At("2013-04-05T14:45:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_narrative_whose_only_time_is_when_the_fix_was_deployed_has_an_end_and_no_start()
    {
        const string text = "# Token scope vulnerability\n\nOn 24 August 2026 we found the flaw and deployed the fixes the same day, shortly after 13:46 UTC.\n\n"
            + "No token carried a scope its holder could not access.\n";

        var imported = Import(text);

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(At("2026-08-24T13:46:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("all times eastern US time", "2024-07-01T14:00:00Z")]
    [InlineData("all times US eastern time", "2024-07-01T14:00:00Z")]
    [InlineData("all times Pacific (US) time", "2024-07-01T17:00:00Z")]
    public void A_zone_named_with_the_country_before_time_is_still_that_zone(string line, string expected)
    {
        var zone = DateTimeText.FindStatedZone(line);

        Assert.NotNull(zone);
        Assert.Equal(At(expected), zone!.ToUtc(new DateOnly(2024, 7, 1), new TimeOnly(10, 0)));
    }

    [Fact]
    public void A_start_of_outage_marker_on_an_entry_telling_requests_fail_is_the_start()
    {
        const string text = "# Site offline\n\n## Timeline (all times in UTC)\n\n### 2023-08-25\n\n- 20:30 - a change to the DNS records is submitted\n"
            + "- 21:14 - the change takes effect and 80% of requests fail to be served. **START OF OUTAGE**\n- 21:27 - monitoring mails that the site is down\n"
            + "- 23:55 - the records are fixed. **END OF OUTAGE**\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2023-08-25T21:14:00Z"), timestamps.Started);
        Assert.Equal(At("2023-08-25T23:55:00Z"), timestamps.Resolved);
    }

    [Theory]
    [InlineData("Customer Impact End")]
    [InlineData("End of customer impact")]
    [InlineData("User impact ended")]
    public void The_end_of_customer_impact_is_the_end_not_the_incident_closed_after_it(string end)
    {
        var text = "# Gateway routing broken\n\n## Timeline\n\n- 2024-07-02 07:35 UTC: Customer Impact Start\n- 07:40 UTC: Investigation begins\n"
            + $"- 08:06 UTC: {end}\n- 08:38 UTC: Incident End\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2024-07-02T07:35:00Z"), timestamps.Started);
        Assert.Equal(At("2024-07-02T08:06:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_blog_post_dates_the_incident_by_the_sentence_telling_of_the_outage_not_by_its_publication()
    {
        const string told = "---\ndate: 2024-06-09\ntitle: Outage postmortem\n---\n\nOn June 4, 2024, the reader site was down for just under 7 hours.\n\nThe database had a bad config.\n";
        const string history = "---\ndate: 2024-06-09\ntitle: Outage postmortem\n---\n\nSince March 3, 2021 we had no outage at all.\n\nThe database had a bad config.\n";

        Assert.Equal(new DateOnly(2024, 6, 4), Import(told).Date);
        Assert.Equal(new DateOnly(2024, 6, 9), Import(history).Date);
    }

    [Theory]
    [InlineData("Sorry for the downtime from 22 to 24 June. A flood in the building made us shut the servers down.")]
    [InlineData("Sorry for the downtime of 22-24 June 2024. A flood in the building made us shut the servers down.")]
    [InlineData("Onze excuses voor de downtime van 22 tot 24 juni. Door wateroverlast zetten we de servers uit.")]
    public void A_range_of_days_written_with_its_month_once_dates_the_incident_by_its_first_day(string opening)
    {
        Assert.Equal(new DateOnly(2024, 6, 22), Import($"---\ndate: 2024-06-24\ntitle: Downtime\n---\n\n{opening}\n").Date);
    }

    [Theory]
    [InlineData("# Photo uploads degraded\n\nFrom 22 to 24 November 2023 uploads of large photos failed for a third of users. A storage node had a failing disk.\n")]
    [InlineData("# Outage 22-24 November 2023\n\nUploads of large photos failed for a third of users. A storage node had a failing disk.\n")]
    [InlineData("# Storingen\n\nVan 22 tot 24 november 2023 faalden uploads voor een derde van de gebruikers. Een schijf was kapot.\n")]
    [InlineData("# Störung\n\nVom 22. bis 24. November 2023 schlugen Uploads für ein Drittel der Nutzer fehl. Eine Festplatte war defekt.\n")]
    [InlineData("# Falha\n\nDe 22 a 24 de novembro de 2023 os uploads falharam para um terço dos usuários. Um disco falhou.\n")]
    public void A_range_of_days_with_its_year_dates_an_undated_text_by_its_first_day(string text)
    {
        Assert.Equal(new DateOnly(2023, 11, 22), Import(text).Date);
    }

    [Theory]
    [InlineData("# Photo uploads degraded\n\nFrom 30 November to 2 December 2023 uploads of large photos failed for a third of users. A disk was failing.\n", "2023-11-30")]
    [InlineData("# Outage November 30 - December 2, 2023\n\nUploads of large photos failed for a third of users. A disk was failing.\n", "2023-11-30")]
    [InlineData("# Panne\n\nDu 30 novembre au 2 décembre 2023, les envois de photos ont échoué pour un tiers des utilisateurs. Un disque était défaillant.\n", "2023-11-30")]
    [InlineData("# Outage over the new year\n\nFrom 30 December to 2 January 2024 uploads of large photos failed. A disk was failing.\n", "2023-12-30")]
    [InlineData("# Outage\n\nOn 1 December 2023, during the 30 November - 2 December 2023 sale, uploads failed. A disk was failing.\n", "2023-12-01")]
    public void A_range_across_a_months_end_dates_an_undated_text_by_its_first_day_unless_it_only_sets_the_scene(string text, string day)
    {
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), Import(text).Date);
    }

    [Theory]
    [InlineData("Posted on 27 November 2023", "From 22 to 24 November uploads of large photos failed for a third of users.", "2023-11-22")]
    [InlineData("*Published: March 14, 2024*", "On 12 March search was down for 15 minutes.", "2024-03-12")]
    [InlineData("Posted on 27 November 2023", "Uploads are faster since 22 November, when we moved the storage.", "2023-11-27")]
    [InlineData("Updated on 27 November 2023", "From 22 to 24 November uploads of large photos failed for a third of users.", "2023-11-27")]
    public void A_post_that_says_in_its_text_when_it_was_published_is_dated_by_the_trouble_it_tells_before_that(string stampLine, string opening, string day)
    {
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), Import($"# Photo uploads\n\n{stampLine}\n\n{opening} A storage node had a failing disk.\n").Date);
    }

    [Fact]
    public void Guard_a_range_that_only_sets_the_scene_does_not_date_the_day_a_sentence_names()
    {
        Assert.Equal(new DateOnly(2023, 11, 23), Import("# EU latency\n\nCustomers in eu-west were affected on 23 November 2023 during the 22-24 November 2023 traffic peak.\n").Date);
    }

    [Fact]
    public void Guard_a_portuguese_a_between_two_numbers_needs_a_month_after_it_to_make_a_range()
    {
        Assert.Equal(new DateOnly(2023, 11, 24), Import("# Falha\n\nEm 24 novembro 2023 a API falhou para 12 a 14 clientes.\n").Date);
    }

    [Theory]
    [InlineData("We answered 22 to 24 tickets an hour on 24 June.")]
    [InlineData("At 10:22 - 24 June the servers went down.")]
    public void Guard_a_number_before_a_day_and_month_that_is_not_a_range_of_days_dates_nothing_earlier(string opening)
    {
        Assert.Equal(new DateOnly(2024, 6, 24), Import($"---\ndate: 2024-06-24\ntitle: Downtime\n---\n\n{opening}\n").Date);
    }

    /// <summary>The date of a post dated <paramref name="posted"/> that opens with <paramref name="opening"/>.</summary>
    private static DateOnly? DateOfPostOpening(string opening, string posted) =>
        Import($"---\ndate: {posted}\ntitle: Post-mortem\n---\n\n{opening}\n\nThe nodes ran an old version.\n").Date;

    [Theory]
    [InlineData("On February 18th 2025, we received a report from a member that he had found a potential vulnerability in the server.")]
    [InlineData("On February 18th 2025 a vulnerability was reported in the signing service.")]
    [InlineData("On February 18th 2025, a researcher disclosed a security flaw in the login form.")]
    public void A_security_post_opening_with_the_day_a_vulnerability_was_reported_is_dated_by_it(string opening)
    {
        Assert.Equal(new DateOnly(2025, 2, 18), DateOfPostOpening(opening, "2025-03-21"));
    }

    [Fact]
    public void A_post_that_opens_with_a_vulnerability_report_and_tells_of_an_outage_is_dated_by_the_outage()
    {
        const string opening = "On June 12, 2025, a vulnerability was reported in a logging library; we were not affected. This post covers the outage on June 19, 2025.";

        Assert.Equal(new DateOnly(2025, 6, 19), DateOfPostOpening(opening, "2025-06-20"));
        Assert.Equal(new DateOnly(2025, 6, 12), DateOfPostOpening("On Monday, June 12, 2025, we received a report from a researcher about a vulnerability in our API.", "2025-06-20"));
    }

    [Fact]
    public void Guard_a_post_that_tells_of_vulnerabilities_found_long_before_keeps_its_own_date()
    {
        Assert.Equal(new DateOnly(2025, 3, 21), DateOfPostOpening("On June 3rd 2021 we found a vulnerability in an old release.", "2025-03-21"));
    }

    [Theory]
    [InlineData("On 2024-02-21, we aborted our testnet ceremony after a series of bugs were found.")]
    [InlineData("On 2024-02-21 the testnet stopped producing blocks for 45 minutes.")]
    [InlineData("On 2024-02-21 the chain halted at block 1,204.")]
    [InlineData("On 2024-02-21 the queue stopped accepting writes.")]
    [InlineData("On 2024-02-21 the migration aborted halfway.")]
    public void A_post_opening_with_the_day_a_network_stopped_or_a_ceremony_was_aborted_is_dated_by_it(string opening)
    {
        Assert.Equal(new DateOnly(2024, 2, 21), DateOfPostOpening(opening, "2024-02-23"));
    }

    [Theory]
    [InlineData("On 2024-02-01 we stopped using the old load balancer.")]
    [InlineData("On 2024-02-01 we halted deploys for the code freeze.")]
    [InlineData("On 2024-02-01 we released v3.2, which fixed several bugs.")]
    public void A_day_we_stopped_doing_something_or_fixed_bugs_does_not_date_the_post(string opening)
    {
        Assert.Equal(new DateOnly(2024, 2, 23), DateOfPostOpening(opening, "2024-02-23"));
    }

    [Fact]
    public void A_narrative_without_times_dates_its_events_by_day_and_one_dated_sentence_is_no_timeline()
    {
        const string narrative = "# API outages\n\nThe API was slow all month.\n\nOn July 15, 2014 we failed over to a bigger database. "
            + "On July 16, 2014 we found missing rows and took the API down.\n\n## Update: July 20th, 2014\n\nThe backup was restored.\n";
        const string passing = "# API outage\n\nOn July 15, 2014 the API was down. We failed over to a bigger database.\n";

        var events = Import(narrative).Timeline;

        Assert.Equal([new DateOnly(2014, 7, 15), new DateOnly(2014, 7, 16), new DateOnly(2014, 7, 20)], events.Select(e => e.Day!.Value));
        Assert.All(events, e => Assert.True(e.Time is null && e.Milestone is null));
        Assert.Equal("The backup was restored.", events[2].Text);
        Assert.Empty(Import(passing).Timeline);
    }

    [Theory]
    [InlineData("# Downtime\n\nSorry for the downtime from November 22, 2008 to November 24, 2008. A flood made us shut the servers down.\n")]
    [InlineData("# Downtime\n\nSorry for the downtime from 22 to 24 November 2008. A flood made us shut the servers down.\n")]
    public void One_sentence_giving_the_days_an_outage_ran_is_no_timeline(string text)
    {
        Assert.Empty(Import(text).Timeline);
    }

    [Fact]
    public void Times_written_with_a_dot_after_a_time_word_are_read_and_version_numbers_are_not()
    {
        const string text = "# Partial outage on August 12, 2016\n\nWe observed the network failure started at approximately 10.16, and was fixed by the provider at approximately 11.35.\n\n"
            + "We upgraded Node from 14.17 to 16.20 and saw 10.16% fewer errors.\n";

        var imported = Import(text);

        Assert.Equal(At("2016-08-12T10:16:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2016-08-12T11:35:00Z"), imported.Timestamps.Resolved);
        Assert.Contains("10.16", imported.Timeline[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, imported.Timeline.Count);
    }

    [Fact]
    public void A_timeline_opening_with_the_certificate_expiring_starts_there_and_ends_with_the_last_fix_deployed()
    {
        const string text = "# Dashboard certificate failure\n\n## Timeline\n\n- **2026-09-13 14:14 UTC** - Certificate expired.\n- **2026-09-14 07:52 UTC** - First noticed the certificate had expired.\n"
            + "- **2026-09-14 08:24 UTC** - Manual fix for app.example.io deployed.\n- **2026-09-14 09:04 UTC** - Manual fix for admin.example.io deployed.\n"
            + "- **2026-09-14 09:11 UTC** - Renewal job mapping extended to the missing domains.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2026-09-13T14:14:00Z"), timestamps.Started);
        Assert.Equal(At("2026-09-14T09:04:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void The_second_time_of_a_range_in_one_sentence_is_the_end_even_when_the_sentence_tells_of_the_fault()
    {
        const string text = "# Package site outage\n\nBetween approximately 2025-07-30 21:27 UTC and 2025-07-31 07:27 UTC the sites were running with expired certificates and could not be reached.\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2025-07-30T21:27:00Z"), timestamps.Started);
        Assert.Equal(At("2025-07-31T07:27:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void Times_of_day_in_a_text_that_names_no_day_stay_in_the_timeline_but_give_no_start_or_end()
    {
        const string text = "# Domain not resolving\n\n## Timeline of Events\n\n* **08.45 UTC** - Our domain registration had lapsed and has now been restored.\n"
            + "* **09:05 UTC** - DNS propagation in progress.\n* **12:00 UTC** - All systems are reachable again.\n";

        var extraction = Extractor.Extract("domain.md", text, new DateOnly(2026, 11, 29));
        var imported = extraction.Postmortem.ToPostmortem()!;

        Assert.Equal(3, imported.Timeline.Count);
        Assert.All(imported.Timeline, e => Assert.Null(e.Milestone));
        Assert.Equal(Timestamps.None, imported.Timestamps);
        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("no day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_opening_with_a_rule_and_a_heading_has_no_front_matter_and_is_read_whole()
    {
        const string text = "---\n\n# Incident Report: Laptop boot failure\n\nDate: 2026-06-10\n**Severity:** P2 Medium\n\n## Summary\n\nThe laptop failed to boot after a kernel update.\n\n---\n\nWritten by the owner.\n";
        const string commented = "---\n# imported from the wiki\ntitle: Search outage\ndate: 2024-02-03\n---\n\nSearch was down.\n";

        var whole = Extractor.Extract("laptop.md", text);
        var withFrontMatter = Import(commented);

        Assert.Equal(new DateOnly(2026, 6, 10), whole.Postmortem.ToPostmortem()!.Date);
        Assert.Equal("Laptop boot failure", whole.Postmortem.Title);
        Assert.StartsWith("---\n\n# Incident Report", whole.Postmortem.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 2, 3), withFrontMatter.Date);
        Assert.Equal("Search outage", withFrontMatter.Title);
    }

    [Fact]
    public void A_time_after_until_that_tells_of_no_trouble_ends_nothing()
    {
        const string text = "# Slow alerts on 2024-05-02\n\nThe checkout kept timing out from 09:00 UTC. It wasn't until 10:45 UTC that on-call noticed the pages.\n";

        var noticed = Import(text).Timeline.Single(e => e.Time == At("2024-05-02T10:45:00Z"));

        Assert.Equal(Milestone.Detected, noticed.Milestone);
    }

    [Fact]
    public void A_post_dated_by_the_first_outage_it_tells_not_an_older_one_it_mentions()
    {
        const string text = "---\ndate: 2024-06-09\n---\n\nOn June 4, 2024, the reader site was down for an hour.\n\nThis was our second outage this month: the first was on June 1, 2024.\n";

        Assert.Equal(new DateOnly(2024, 6, 4), Import(text).Date);
    }

    [Fact]
    public void A_time_heading_with_closing_hashes_takes_its_text_from_the_paragraph_below()
    {
        var imported = Import("# Hub outage on 2017-02-09\n\n## Timeline (UTC) ##\n\n### 10:11 AM ###\n\nChanged one character of the cookie secret. No effect.\n\n### 10:29 AM ###\n\nAll user pods deleted.\n");

        Assert.Equal(["Changed one character of the cookie secret. No effect.", "All user pods deleted."], imported.Timeline.Select(e => e.Text));
        Assert.Equal([true, false], imported.Timeline.Select(e => e.DeadEnd));
    }

    [Theory]
    [InlineData("| Time (UTC) | Event |\n|---|---|\n| 10-01 09:45 | Proxy recreated |\n| 10-01 ~15:00 | Wrong certificate found |\n| 10-02 ~07:01 | Reissue fails |\n")]
    [InlineData("- 2026-10-01 09:45 UTC - Proxy recreated\n- 2026-10-01 ~15:00 UTC - Wrong certificate found\n- 2026-10-02 approx. 07:01 UTC - Reissue fails\n")]
    public void An_approximate_time_after_the_entrys_day_still_counts(string timeline)
    {
        var imported = Import($"# Certificate lost on 2026-10-01\n\n## Timeline\n\n{timeline}");

        Assert.Equal([At("2026-10-01T09:45:00Z"), At("2026-10-01T15:00:00Z"), At("2026-10-02T07:01:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Theory]
    [InlineData("pubDate: Jan 16, 2025")]
    [InlineData("published: 2025-01-16")]
    [InlineData("created_at: 2025-01-16T08:00:00Z")]
    [InlineData("datePublished: 2025-01-16T12:38:57.000Z")]
    [InlineData("publishedAt: 2025-01-16")]
    [InlineData("date-created: 2025-01-16")]
    public void A_blog_engines_publication_date_in_front_matter_dates_the_post(string field)
    {
        var imported = Import($"---\ntitle: Lockfile errors\n{field}\n---\n\nA provider changed its API. We regenerated the lockfiles.\n");

        Assert.Equal(new DateOnly(2025, 1, 16), imported.Date);
    }

    [Fact]
    public void Unfenced_metadata_lines_at_the_top_of_a_post_give_its_title_and_date_and_are_no_moments_of_the_incident()
    {
        var extracted = Extractor.Extract("incident.md", "slug: db-disk-full\npublished: Mon, 17 Feb 2020 at 04:57 AM\nupdated: Fri, 06 Feb 2026 00:29:27\ntitle: Downtime: a full disk\nauthor: Sam\n\n"
            + "The site was down for about six hours today. The database disk filled up.\n").Postmortem;
        var imported = extracted.ToPostmortem()!;

        Assert.Equal("Downtime: a full disk", imported.Title);
        Assert.Equal(new DateOnly(2020, 2, 17), imported.Date);
        Assert.Empty(imported.Timeline);
        Assert.Null(imported.Timestamps.Resolved);
        Assert.DoesNotContain("slug:", extracted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pelican_header_with_a_headline_and_comments_switch_is_metadata_and_the_window_in_its_text_times_the_outage()
    {
        var imported = Import("Title: Major outage\nHeadline: service now restored\ndate: 2024-12-11 12:20\ncomments: false\ntags: outage\n\n"
            + "Hello all,\non Dec 11th 2024 between 07:20-09:30 UTC the service suffered a major outage!\n");

        Assert.Equal("Major outage", imported.Title);
        Assert.Equal(At("2024-12-11T07:20:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-12-11T09:30:00Z"), imported.Timestamps.Resolved);
        Assert.DoesNotContain(imported.Timeline, e => e.Time == At("2024-12-11T12:20:00Z"));
    }

    [Fact]
    public void A_link_to_an_older_post_does_not_date_the_incident_and_a_styled_ordinal_does()
    {
        var imported = Import("---\nlayout: post\ntitle: Why the site went down\n---\n\nOn July 18<sup>th</sup>, 2018, at noon, the site went down for twenty minutes.\n\nThe [frontend]({% post_url 2016-03-12-managing-frontend %}) could not start under load.\n");

        Assert.Equal(new DateOnly(2018, 7, 18), imported.Date);
    }

    [Theory]
    [InlineData("between 07:20 UTC - 09:30 UTC")]
    [InlineData("between 07:20 UTC-09:30 UTC")]
    [InlineData("from 07:20 UTC – 09:30 UTC")]
    public void A_window_whose_two_times_each_carry_utc_is_read_as_a_window_not_as_an_offset_of_minus_nine(string window)
    {
        var imported = Import($"# Major outage\n\nOn Dec 11th 2024 {window} the service suffered a major outage.\n");

        Assert.Equal(At("2024-12-11T07:20:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-12-11T09:30:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Date: 2020-02-17 04:57\nStatus: resolved\nSummary: the disk filled\n")]
    [InlineData("Title: Disk full\nAuthors: Sam\n")]
    [InlineData("Title: Disk full\nDate: 2020-02-17 04:57\nTags: db\nImpact: six hours down\n")]
    public void Label_lines_of_the_report_itself_are_not_taken_for_a_posts_metadata(string head)
    {
        var extracted = Extractor.Extract("incident.md", head + "\nThe site was down. The database disk filled up.\n").Postmortem;

        Assert.Contains(head.Split('\n')[0], extracted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_entry_whose_front_matter_starts_and_ends_it_at_one_moment_takes_both_from_its_updates()
    {
        var imported = Import("---\ntitle: Power outage\ndate: 2024-04-06T11:48:00Z\nresolved: true\nresolvedWhen: 2024-04-06T11:48:00Z\n---\n\n"
            + "2024-04-06 09:59:00 - The site lost power.\n\n2024-04-06 11:42:00 - Power is now restored to the site.\n");

        Assert.Equal(At("2024-04-06T09:59:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-04-06T11:42:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("This notice last updated: Thu, 16 May 2024 01:37:00 UTC")]
    [InlineData("Page last edited on 16 May 2024, at 01:37 UTC.")]
    public void When_a_page_was_last_revised_is_no_moment_of_its_incident(string revised)
    {
        var imported = Import($"# 11 March 2024 network fork\n\n## What happened\n\nA node running the new release produced a block the old release rejected.\n\n{revised}\n");

        Assert.Empty(imported.Timeline);
        Assert.Equal(new DateOnly(2024, 3, 11), imported.Date);
        Assert.Null(imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("Our main server was offline from Friday, April 30 19:09 UTC until Monday, May 3 05:58 UTC.", "2021-04-30")]
    [InlineData("Unser Hauptserver war ab Freitag, 30. April offline.", "2021-04-30")]
    [InlineData("Le vendredi 30 avril, notre serveur principal était hors ligne.", "2021-04-30")]
    public void A_day_written_with_its_weekday_but_no_year_is_dated_in_the_latest_year_it_fell_on_that_weekday(string opening, string day)
    {
        var imported = ImportOnFileDay($"{opening}\n\nA power unit in the rack failed.\n");

        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), imported.Date);
    }

    [Fact]
    public void The_times_of_a_day_dated_by_its_weekday_fall_on_that_day()
    {
        var imported = ImportOnFileDay("Our main server was offline from Friday, April 30 19:09 UTC until Monday, May 3 05:58 UTC.\n\nA power unit in the rack failed.\n");

        Assert.Equal(At("2021-04-30T19:09:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2021-05-03T05:58:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("The estimated time for power to be restored is 1:20 PM.")]
    [InlineData("ETA: 1:20 PM for the fix.")]
    [InlineData("Recovery is expected by 1:20 PM.")]
    [InlineData("We expect power to be restored by 1:20 PM.")]
    [InlineData("Service should be back by 1:20 PM.")]
    public void A_time_foretold_in_an_update_is_no_moment_of_the_incident(string forecast)
    {
        var imported = Import($"Power outage\n\n2024-04-06 09:59:00 - The site lost power.\n\n2024-04-06 10:26:00 - Power is still out. {forecast} We will update you.\n\n"
            + "2024-04-06 11:42:00 - Power is now restored to the site.\n");

        Assert.Equal(3, imported.Timeline.Count);
        Assert.Equal(At("2024-04-06T11:42:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("On August 26, 2025, malicious versions of two of our packages were published to the registry.")]
    [InlineData("On August 26, 2025, attackers exploited a workflow injection to take our publishing token.")]
    [InlineData("On August 26, 2025, our publishing token was stolen through a workflow injection.")]
    [InlineData("On August 26, 2025, malicious versions of two packages were published to the registry.")]
    public void A_post_opening_with_the_day_of_a_security_incident_is_dated_by_it(string opening)
    {
        var imported = Import($"---\ntitle: Package compromise\ndate: 2025-09-05\n---\n\n{opening} We have since moved to trusted publishing.\n");

        Assert.Equal(new DateOnly(2025, 8, 26), imported.Date);
    }

    [Fact]
    public void A_post_opening_with_a_check_against_malicious_packages_is_dated_by_its_own_trouble()
    {
        var imported = Import("---\ntitle: Registry outage\ndate: 2025-09-05\n---\n\nOn August 26, 2025, we enabled a check that blocks malicious packages at upload. "
            + "On September 3, 2025, a bug in that check meant the registry was down for two hours.\n");

        Assert.Equal(new DateOnly(2025, 9, 3), imported.Date);
    }

    [Fact]
    public void A_post_opening_with_a_day_of_ordinary_work_keeps_its_own_date()
    {
        var imported = Import("---\ntitle: Package compromise\ndate: 2025-09-05\n---\n\nOn August 26, 2025, we published new versions of two packages. We have since moved to trusted publishing.\n");

        Assert.Equal(new DateOnly(2025, 9, 5), imported.Date);
    }

    [Fact]
    public void A_run_length_and_a_count_with_a_dot_are_no_moments_in_the_prose()
    {
        var imported = Import("# Nightly run on 2026-07-24\n\nThe nightly job failed after 5h17m. Groups 1 and 2 completed at 10:06Z, then group 3 errored at 12:27Z. "
            + "The later run checked the model at 22.09 million distinct states.\n");

        Assert.Equal([At("2026-07-24T10:06:00Z"), At("2026-07-24T12:27:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void A_time_beside_a_word_of_expectation_that_tells_what_happened_is_still_a_moment()
    {
        var imported = Import("# Checkout outage\n\nOn 2024-03-12 the checkout broke.\n\nTraffic was far higher than expected at 14:05, when the database fell over. "
            + "Engineers restarted the primary at 14:40 and checkout recovered at 14:52.\n");

        Assert.Equal(At("2024-03-12T14:05:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("The primary had to be restored at 14:30 from a snapshot.")]
    [InlineData("We expected the replica to be back quickly, but at 14:30 it crashed too.")]
    [InlineData("Some lag is expected under load, but at 14:30 the replica stopped.")]
    public void A_time_after_a_forecast_in_another_clause_or_after_had_to_be_is_still_a_moment(string middle)
    {
        var imported = Import($"# DB outage\n\nOn 2024-03-12 the orders database failed at 14:02. {middle} Orders were back to normal at 15:10.\n");

        Assert.Contains(imported.Timeline, e => e.Time == At("2024-03-12T14:30:00Z"));
    }

    [Theory]
    [InlineData("Date: 2024-03-12\nCategory: Database\nSummary: The orders database was down for 2 hours.\n")]
    [InlineData("Title: Orders outage\nAuthor: Jane Doe\nDate: 2024-03-12\nSummary: The orders database was down for 2 hours.\n")]
    [InlineData("Title: Orders outage\nAuthor: Jane Doe\nDate: 2024-03-12\nTags: db\n")]
    [InlineData("Title: API outage\nStatus: Resolved\nUpdated: 2024-03-12 15:40 UTC\n")]
    public void A_reports_own_label_lines_with_an_author_or_tags_stay_its_text(string head)
    {
        var extracted = Extractor.Extract("incident.md", head + "\nA failed disk took the primary offline.\n").Postmortem;

        Assert.StartsWith(head.Split('\n')[0], extracted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_given_for_a_day_is_no_time()
    {
        var imported = Import("# Login abuse on 2024-03-12\n\nFailed logins per day:\n\n- 2024-03-11: 40\n- 2024-03-12: 1200\n- 2024-03-13: 35\n\n- 2024-03-12 1500 accounts were locked\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
        Assert.DoesNotContain(DateTimeText.FindStamps("Affected accounts as of 2024-03-12: 1500", null), s => s.Time is not null);
    }

    [Fact]
    public void A_length_after_a_dated_label_is_no_time_and_the_entry_keeps_its_words()
    {
        var imported = Import("# API outage\n\n## Timeline\n\n- 2024-03-12: 3h20m outage of the API began after a bad deploy.\n- 2024-03-12 14:00 UTC: deploy reverted\n");

        Assert.Contains(imported.Timeline, e => e.Text.StartsWith("3h20m outage", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_that_opens_with_yesterdays_trouble_is_dated_the_day_before_it_was_published()
    {
        var imported = Import("---\ntitle: Lockfile errors\npubDate: Jan 16, 2025\n---\n\nYesterday a provider deployed breaking changes that caused lockfile errors for 2% of users.\n\n## Timeline\n\n- **12:00am ET** - Lockfile errors begin\n- **4:00pm ET** - Lockfiles regenerated, errors resolved\n");

        Assert.Equal(new DateOnly(2025, 1, 15), imported.Date);
        Assert.Equal(At("2025-01-15T05:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void Dated_headings_under_an_updates_section_are_a_timeline_and_its_bullets_are_not_action_items()
    {
        var imported = Import("---\ntitle: Server outage\ndate: 2016-12-22\n---\n\nThe server went offline.\n\n## Updates\n\n### 21st December\n\n"
            + "- Restored the website and the download mirror\n\n### 22nd December\n\n- Restored the wiki\n");

        Assert.Equal(2, imported.Timeline.Count);
        Assert.Equal([new DateOnly(2016, 12, 21), new DateOnly(2016, 12, 22)], imported.Timeline.Select(e => e.Day!.Value));
        Assert.Empty(imported.ActionItems);
    }

    [Fact]
    public void A_day_quoted_in_a_code_span_does_not_move_the_incident_off_the_documents_date_and_one_told_in_words_does()
    {
        const string quoted = "---\ntitle: NFS export failure\ndate: 2026-08-01\n---\n\n"
            + "The NFS exports failed, every mount went stale and the recorder logged `Ended unfinished session (id=81 from 2026-07-29)`.\n";
        const string told = "---\ntitle: NFS export failure\ndate: 2026-08-01\n---\n\nOn 2026-07-29 the NFS exports failed and every mount went stale.\n";

        Assert.Equal(new DateOnly(2026, 8, 1), Import(quoted).Date);
        Assert.Equal(new DateOnly(2026, 7, 29), Import(told).Date);
    }

    [Fact]
    public void A_post_opening_with_the_days_users_got_http_errors_is_dated_by_them_and_a_fix_put_in_place_on_the_16th_is_the_end()
    {
        var imported = Import("---\ntitle: Mirror incident\ndate: '2023-03-23T20:10:01Z'\n---\n\nStarting on March 15th, users were receiving intermittent 404 responses from the mirror.\n\n"
            + "A large team came together, with the full fix being put in place at approximately 8 PM UTC on the 16th.\n");

        Assert.Equal(new DateOnly(2023, 3, 15), imported.Date);
        Assert.Equal(At("2023-03-16T20:00:00Z"), imported.Timestamps.Resolved);
        Assert.Null(imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("The API served 500 users on March 15th.")]
    [InlineData("Port 443 was opened on March 15th.")]
    public void A_number_that_is_not_an_http_error_does_not_tell_of_trouble(string sentence)
    {
        var imported = Import($"---\ntitle: Mirror notes\ndate: '2023-03-23'\n---\n\n{sentence}\n");

        Assert.Equal(new DateOnly(2023, 3, 23), imported.Date);
    }

    [Theory]
    [InlineData("2024-03-02", "2024-02-28")]
    [InlineData("2024-03-20", "2024-03-28")]
    public void On_the_nth_takes_the_nearest_month_to_the_day_the_story_has_reached(string carried, string expected)
    {
        var timeline = ProseTimeline.Parse(["The fix was deployed at 10:00 UTC on the 28th."], new TimelineContext(DateOnly.Parse(carried, CultureInfo.InvariantCulture), Utc, null));

        Assert.Equal(At(expected + "T10:00:00Z"), timeline.Events.Single().Event.Time);
    }

    [Fact]
    public void A_yesterday_told_later_in_the_post_does_not_move_its_date()
    {
        var imported = Import("---\ntitle: Lockfile errors\npubDate: Jan 16, 2025\n---\n\nThe site had an outage today.\n\nThe errors began at noon.\n\nWe had seen similar errors yesterday but they went away.\n");

        Assert.Equal(new DateOnly(2025, 1, 16), imported.Date);
    }

    [Fact]
    public void An_entry_that_mentions_when_the_outage_began_is_not_its_start_and_one_concluding_the_incident_is_its_end()
    {
        var imported = Import("# Storage failure on 2025-03-16\n\n## Timeline (UTC)\n\n- 12:07 Storage server reboots and a disk fails\n- 19:26 Issue found in the storage layer\n"
            + "- 21:07 Remote access obtained for the first time since the outage began\n- 23:13 All services determined to be functional, concluding the incident\n");

        Assert.Equal(At("2025-03-16T12:07:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2025-03-16T23:13:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_log_of_time_headings_is_the_timeline()
    {
        var imported = Import("2021-06-22\n==========\n\nA provider's DNS incident made some services unreachable.\n\n### 11:28 UTC\n\nIssues continue; service intermittently available.\n\n### 12:22 UTC\n\nProvider reports service has been restored.\n");

        Assert.Equal([At("2021-06-22T11:28:00Z"), At("2021-06-22T12:22:00Z")], imported.Timeline.Select(e => e.Time));
        Assert.Equal(At("2021-06-22T12:22:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void One_time_heading_is_not_a_timeline()
    {
        var imported = Import("# Outage on 2021-06-22\n\n## 11:28 UTC\n\nIssues continue; service intermittently available.\n");

        Assert.Empty(imported.Timeline);
    }

    [Fact]
    public void An_incident_opened_is_the_first_sign_of_trouble_not_lead_up()
    {
        var imported = Import("# Disk failure on 2012-07-04\n\n## Timeline (UTC)\n\n- 19:20 Incident opened.\n- 21:43 The disk has been replaced.\n- 22:42 We are noticing errors also on the primary disk.\n- 23:58 All servers operational again.\n");

        Assert.Equal(At("2012-07-04T19:20:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_sentence_saying_the_trouble_persisted_until_a_time_gives_the_end_not_the_start()
    {
        var imported = Import("# Connection pool exhausted on 2024-12-31\n\n### Timeline\n\nAt 12:15am UTC a flurry of requests made many parallel edits. Some queries deadlocked.\n\n"
            + "This persisted until 7:04am UTC when we terminated the server after a user report.\n");

        Assert.Equal(At("2024-12-31T00:15:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-12-31T07:04:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("* (16:35) All servers are again reachable.\n* (15:45) Multiple servers are unreachable again.\n* (13:27) All servers are reachable again.\n* (13:02) Monitoring alerts many servers as unreachable.\n")]
    [InlineData("- 2012-02-14 16:35 All servers are again reachable.\n- 2012-02-14 15:45 Multiple servers are unreachable again.\n- 2012-02-14 13:27 All servers are reachable again.\n- 2012-02-14 13:02 Monitoring alerts many servers as unreachable.\n")]
    public void A_newest_first_log_is_read_oldest_first_on_its_own_day(string log)
    {
        var imported = Import($"# Network problems on 2012-02-14\n\n**TIMELINE (UTC):**\n\n{log}");

        Assert.Equal([At("2012-02-14T13:02:00Z"), At("2012-02-14T13:27:00Z"), At("2012-02-14T15:45:00Z"), At("2012-02-14T16:35:00Z")], imported.Timeline.Select(e => e.Time));
        Assert.Equal(At("2012-02-14T13:02:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2012-02-14T16:35:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_timeline_that_crosses_midnight_stays_in_its_order()
    {
        var imported = Import("# Migration on 2024-03-01\n\n## Timeline (UTC)\n\n- 22:00 Migration starts, errors rise\n- 23:30 Rollback begins\n- 01:10 Service restored\n");

        Assert.Equal([At("2024-03-01T22:00:00Z"), At("2024-03-01T23:30:00Z"), At("2024-03-02T01:10:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void A_day_and_month_in_the_opening_sentence_of_a_post_take_its_year()
    {
        var imported = Import("---\ntitle: Postmortem on the application outage\ndate: 2017-06-16\n---\nOn Friday 26th May, we experienced a major service outage for 75 minutes.\n");

        Assert.Equal(new DateOnly(2017, 5, 26), imported.Date);
    }

    [Fact]
    public void Paragraphs_that_start_with_four_digit_times_under_any_heading_are_the_timeline()
    {
        var imported = Import("# Icons lost their colour\n\n## How was it fixed\n\n### Thu 3 Nov 2016\n\n~1442: Changes were deployed.\n\n1727 : Icons noticed black, reported in chat.\n\n"
            + "~1837: A fix was deployed.\n\n~1900: Cached icons purged; service restored.\n");

        Assert.Equal([At("2016-11-03T14:42:00Z"), At("2016-11-03T17:27:00Z"), At("2016-11-03T18:37:00Z"), At("2016-11-03T19:00:00Z")], imported.Timeline.Select(e => e.Time));
        Assert.Equal(At("2016-11-03T17:27:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("2016: we moved the service to a new host.")]
    [InlineData("1500 users were affected.")]
    public void Four_digits_that_open_a_sentence_without_an_entrys_colon_are_not_a_time(string line)
    {
        var imported = Import($"# Outage on 2016-11-03\n\n## Timeline\n\n{line}\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Fact]
    public void A_window_hard_wrapped_over_two_lines_is_read_as_one_sentence()
    {
        var imported = Import("# Prow slow on 2019-02-08\n\n## Impact\n\nControllers were very slow and unusable (Between\n4:06pm - 5:30pm)\n\n## Timeline (UTC)\n\n- 18:00 Someone noticed\n- 19:00 Fixed\n");

        Assert.Equal(At("2019-02-08T16:06:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void The_summarys_window_dates_a_document_that_states_no_date_before_the_earliest_date_in_its_timeline()
    {
        var imported = Import("---\ntitle: June outage post-mortem\n---\n\nThe site was unavailable from 2022-06-11 20:18 (UTC) until the 2022-06-12 03:45 (UTC).\n\n"
            + "## Timeline\n\n- 2022-05-02 - Notice of maintenance received\n- 2022-06-11 20:18 (UTC) - Start of the outage\n- 2022-06-12 03:45 (UTC) - Service restored\n");

        Assert.Equal(new DateOnly(2022, 6, 11), imported.Date);
        Assert.Equal(At("2022-06-11T20:18:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2022-06-12T03:45:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_window_whose_times_each_name_their_day_after_them_gives_the_start_and_end()
    {
        var imported = Import("# Replication outage\n\n## Summary\nFrom 21:33 UTC on 25 June 2025 until 13:22 UTC on 26 June 2025 (about 16 hours), the diff generator unexpectedly stopped working.\n\n"
            + "## Timeline\n\n* 25 June 2025 21:30 - diff job logs a warning\n* 28 June 2025 00:14 - backlog cleared\n");

        Assert.Equal(At("2025-06-25T21:33:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2025-06-26T13:22:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Years_that_open_paragraphs_or_entries_are_not_times()
    {
        var history = Import("# Outage on 2024-03-09\n\n## History\n\n2019: we moved to Kubernetes.\n\n2020: we added a second region.\n\n2021: we adopted Postgres 13.\n");
        var timeline = Import("# Outage on 2024-03-09\n\n## Timeline (UTC)\n\n- 2019 - Service launched on one host.\n- 2021 - Moved to Kubernetes.\n- 10:00 Outage begins\n- 11:00 Service restored\n");

        Assert.DoesNotContain(history.Timeline, e => e.Time is not null);
        Assert.Equal(At("2024-03-09T10:00:00Z"), timeline.Timestamps.Started);
        Assert.Equal(At("2024-03-09T11:00:00Z"), timeline.Timestamps.Resolved);
    }

    [Fact]
    public void Entries_that_write_their_own_dates_keep_them_in_either_order()
    {
        var newestFirst = Import("# Outage on 2024-03-01\n\n## Timeline (UTC)\n\n- 2024-03-03 10:00 Resolved\n- 2024-03-02 09:00 Mitigated\n- 2024-03-01 08:00 Errors begin\n");
        var oldestFirst = Import("# Outage on 2024-03-01\n\n## Timeline (UTC)\n\n- 2024-03-01 22:00 Errors begin\n- 2024-03-02 21:00 Mitigated\n- 2024-03-03 20:00 Resolved\n");

        Assert.Equal([At("2024-03-01T08:00:00Z"), At("2024-03-02T09:00:00Z"), At("2024-03-03T10:00:00Z")], newestFirst.Timeline.Select(e => e.Time));
        Assert.Equal([At("2024-03-01T22:00:00Z"), At("2024-03-02T21:00:00Z"), At("2024-03-03T20:00:00Z")], oldestFirst.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void A_planned_window_that_lasted_until_a_time_is_not_the_end_of_the_trouble()
    {
        var imported = Import("# API errors on 2024-05-02\n\nAt 02:15 UTC the API began returning errors after the migration. The planned maintenance lasted until 02:00 UTC. Errors stopped at 03:00 UTC when we rolled back.\n");

        Assert.Equal(At("2024-05-02T03:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void An_entry_telling_the_outage_began_as_something_happened_is_its_start()
    {
        var imported = Import("# Outage on 2024-05-02\n\n## Timeline (UTC)\n\n- 08:00 Deploy of v2 finished\n- 09:00 Pages went out as the outage began\n- 10:00 Rolled back, service restored\n");

        Assert.Equal(At("2024-05-02T09:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_yesterday_beside_today_does_not_move_the_posts_date()
    {
        var imported = Import("---\ntitle: API down\npubDate: Jan 16, 2025\n---\n\nToday between 10:00 and 11:00 UTC the API was down. This was unrelated to the errors we reported yesterday.\n");

        Assert.Equal(new DateOnly(2025, 1, 16), imported.Date);
    }

    [Fact]
    public void A_boolean_published_flag_gives_way_to_a_date_key()
    {
        var imported = Import("---\ntitle: Lockfile errors\npublished: true\ncreated: 2025-01-16\n---\n\nA provider changed its API. We regenerated the lockfiles.\n");

        Assert.Equal(new DateOnly(2025, 1, 16), imported.Date);
    }

    [Fact]
    public void A_zone_written_once_on_a_time_of_the_narrative_is_the_zone_of_its_other_times()
    {
        const string text = "# Files could not be opened\n\nOn Thursday March 14th 2024 at 9:56AM EAT, I received an alert email about server errors.\n\n"
            + "At 10:00AM I wrote to the affected customer.\n\nDeployment of the fix was completed at 10:19AM and the errors stopped.\n";

        var imported = Import(text);

        Assert.Equal(At("2024-03-14T06:56:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-03-14T07:19:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("At 14:02 ART crashed on every node of the cluster.")]
    [InlineData("At 14:02 the CAT team paged the on-call engineer.")]
    public void A_zone_abbreviation_that_is_also_an_acronym_is_no_zone_when_a_sentence_goes_on_from_it(string sentence)
    {
        Assert.Null(DateTimeText.FindZone(sentence));
        Assert.Null(DateTimeText.FindStamps(sentence, 2024).Single().Zone);
    }

    [Theory]
    [InlineData("At 9:56AM EAT, the first alert arrived.", 3)]
    [InlineData("_All times in ICT_", 7)]
    public void A_zone_abbreviation_that_is_also_an_acronym_names_the_zone_right_after_a_time_or_on_a_zone_line(string line, double hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), DateTimeText.FindStatedZone(line)?.StandardOffset);
    }

    [Fact]
    public void A_status_page_entry_starts_when_it_is_dated_and_ends_when_its_front_matter_says_it_was_resolved()
    {
        const string text = "---\ntitle: Upstream network problems\ndate: 2021-12-20 20:03:00\nresolved: yes\nresolvedWhen: 2021-12-20 20:22:00\nseverity: disrupted\n---\n\n"
            + "**Resolved**:\nThe upstream network has corrected the problem.\n";

        var imported = Import(text);

        Assert.Equal(At("2021-12-20T20:03:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2021-12-20T20:22:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_page_entry_marked_with_an_incident_state_starts_when_it_is_dated()
    {
        const string text = "---\ntitle: Dashboard down\ndate: 2022-06-27 23:32:00 +0000\nstatus: resolved\naffected:\n  - Dashboard\n---\n\n"
            + "The dashboard script failed to load.\n\nThe issue is resolved on 2022-06-28 at 05:20:00 UTC.\n";

        var imported = Import(text);

        Assert.Equal(At("2022-06-27T23:32:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2022-06-28T05:20:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_page_entry_ends_when_its_front_matter_says_it_was_resolved_on()
    {
        const string text = "---\ntitle: Software problem\ndate: 2021-08-15 12:00:00\nstatus: \"resolved\"\nresolved_on: 2021-08-15 15:20:00\naffected:\n  - Website\n---\n\nThe site is down after a backup process hung.\n";

        var imported = Import(text);

        Assert.Equal(At("2021-08-15T12:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2021-08-15T15:20:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_page_entry_marked_resolved_ends_at_its_last_update_even_when_that_tells_what_failed()
    {
        const string text = "+++\ntitle = \"Servers inaccessible\"\ndate = 2019-04-18T18:45:45.000Z\nresolved = true\n+++\nAll servers are inaccessible.\n\n## Update\n\n"
            + "All of the services are returning to green. {{< track \"2019-04-18T19:35:25.000Z\" >}}\n\n## Postmortem\n\n"
            + "The failover balancer did not take control. The hosting team is investigating both failures. {{< track \"2019-04-18T19:42:25.000Z\" >}}\n";

        Assert.Equal(At("2019-04-18T19:42:25Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void An_open_status_page_entry_whose_last_update_tells_of_failure_has_no_end()
    {
        const string text = "---\ntitle: Servers inaccessible\ndate: 2019-04-18T18:45:45Z\nresolved: false\n---\nAll servers are inaccessible. {{< track \"2019-04-18T18:45:45Z\" >}}\n\n"
            + "The failover balancer failed as well. {{< track \"2019-04-18T19:42:25Z\" >}}\n";

        Assert.Null(Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_status_page_track_marker_on_a_line_of_its_own_stamps_the_update_above_it()
    {
        const string text = "---\ntitle: Provider outage\ndate: 2026-05-24 02:09:00\nresolved: true\nresolvedWhen: 2026-05-24 14:27:00\n---\n\n"
            + "One of our providers had an outage. This has now been resolved by the provider.\n\n{{< track \"2026-05-24 14:27:00\" >}}\n";

        var entry = Assert.Single(Import(text).Timeline);
        Assert.Equal(At("2026-05-24T14:27:00Z"), entry.Time);
        Assert.Contains("resolved by the provider", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postmortem_kept_with_status_resolved_but_no_status_page_keys_is_dated_by_its_text()
    {
        const string text = "---\ntitle: Database disk full\ndate: 2024-05-03 10:00:00\nstatus: resolved\nseverity: SEV2\nresolved_on: 2024-05-02 18:30\n---\n\nOn May 1, 2024 our primary database ran out of disk space.\n";

        var imported = Import(text);

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(At("2024-05-02T18:30:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Status_page_track_markers_set_above_their_updates_stamp_the_words_below_them()
    {
        const string text = "---\ntitle: Provider outage\ndate: 2026-05-24 02:09:00\nresolved: true\n---\n\n{{< track \"2026-05-24 02:09:00\" >}}\n\n"
            + "We are investigating reports of failed logins.\n\n{{< track \"2026-05-24 09:40:00\" >}}\n\nA fix has been deployed and logins work again.\n";

        var timeline = Import(text).Timeline;

        Assert.Equal(["We are investigating reports of failed logins.", "A fix has been deployed and logins work again."], timeline.Select(e => e.Text));
    }

    [Fact]
    public void A_post_whose_status_is_only_its_publishing_state_does_not_start_its_incident_when_dated()
    {
        const string text = "---\ntitle: What happened to search\ndate: 2024-05-02 09:30:00\nstatus: published\n---\n\nSearch was down for an hour on Tuesday.\n";

        Assert.Null(Import(text).Timestamps.Started);
    }

    [Fact]
    public void A_title_naming_a_day_shortly_before_the_posts_date_dates_the_incident()
    {
        const string text = "---\ntitle: apache.org incident report for 8/28/2009\ndate: '2009-09-02 09:15:21 -0400'\n---\n\nAttackers got into a web server.\n";

        Assert.Equal(new DateOnly(2009, 8, 28), Import(text).Date);
    }

    [Fact]
    public void A_title_naming_a_day_after_the_posts_date_does_not_date_the_incident()
    {
        const string text = "---\ntitle: Maintenance planned for 2024-06-30\ndate: 2024-06-01\n---\n\nThe database failed over during the upgrade rehearsal.\n";

        Assert.Equal(new DateOnly(2024, 6, 1), Import(text).Date);
    }

    [Fact]
    public void A_blog_post_dated_with_a_time_does_not_start_its_incident_then()
    {
        const string text = "---\ntitle: What happened to search\ndate: 2024-05-02 09:30:00\n---\n\nSearch was down for an hour on Tuesday.\n";

        Assert.Null(Import(text).Timestamps.Started);
    }

    [Fact]
    public void Status_updates_each_stamped_with_a_date_newest_first_are_read_oldest_first_without_their_template_tags()
    {
        const string text = "---\ntitle: Major DNS outage\ndate: 2019-09-29 10:00:00\nresolved: false\n---\n\n"
            + "**Working on the issue**\nThe registrar rolled back the change. We are monitoring.\n{{< track \"2019-09-29 21:00:00\" >}}\n\n"
            + "**No response**\nWe are still waiting for the registrar.\n{{< track \"2019-09-29 20:00:00\" >}}\n\n"
            + "**Major DNS outage**\nThe registrar removed our glue records. Services are disrupted.\n{{< track \"2019-09-29 10:00:00\" >}}\n";

        var timeline = Import(text).Timeline;

        Assert.Equal([At("2019-09-29T10:00:00Z"), At("2019-09-29T20:00:00Z"), At("2019-09-29T21:00:00Z")], timeline.Select(e => e.Time!.Value));
        Assert.DoesNotContain(timeline, e => e.Text.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_page_entry_with_update_blocks_in_its_body_has_its_opening_and_each_update_as_its_timeline()
    {
        const string text = "---\ntitle: Deployment gone awry\ndate: '2019-10-01T08:20:00.141Z'\nseverity: partial-outage\nresolved: true\n---\n"
            + "A database migration took longer than expected.\n\n::: update Monitoring | 2019-10-01T08:40:00.000Z\nThe migration is nearly done.\n:::\n\n"
            + "::: update Resolved | 2019-10-01T08:59:00.000Z\n\n:::\n";

        var imported = Import(text);

        Assert.Equal([At("2019-10-01T08:20:00Z"), At("2019-10-01T08:40:00Z"), At("2019-10-01T08:59:00Z")], imported.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(["Incident opened: Deployment gone awry", "Monitoring: The migration is nearly done.", "Resolved"], imported.Timeline.Select(e => e.Text));
        Assert.Equal(At("2019-10-01T08:59:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_page_entry_without_updates_has_no_timeline_and_its_fields_give_its_start_and_end()
    {
        // Four labellers of six such entries from four status pages each counted no timeline: the fields are the whole record.
        const string text = "---\ntitle: Package installs unavailable\ndate: 2022-05-27T16:50:00-00:00\nresolved: true\nresolvedWhen: 2022-05-29T16:22:00-00:00\n---\n\n"
            + "[Close Issue]\nA configuration fix solved it.\n\n[Open Issue]\nThe installer fails.\n";

        var imported = Import(text);

        Assert.Empty(imported.Timeline);
        Assert.Equal(At("2022-05-27T16:50:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2022-05-29T16:22:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Moments_of_a_narrative_that_write_no_date_keep_the_narrative_order_even_when_it_runs_back()
    {
        const string text = "# Handbook down on 2024-10-17\n\nAt 5:00 PM UTC the handbook was restored. At 3:00 PM UTC we had found the broken merge. "
            + "At 1:00 PM UTC the first reader reported the handbook down.\n";

        var times = Import(text).Timeline.Select(e => e.Time!.Value).ToList();

        Assert.Equal([At("2024-10-17T17:00:00Z"), At("2024-10-17T15:00:00Z"), At("2024-10-17T13:00:00Z")], times);
    }

    [Fact]
    public void A_failed_attempt_in_status_updates_written_newest_first_stays_on_its_own_update_once_they_are_put_in_order()
    {
        const string text = "# Proxy errors\n\nOn 2024-01-05 at 12:00 UTC the service was restored.\n\n"
            + "On 2024-01-05 at 11:00 UTC we attempted a restart of the proxy. It failed to clear the errors.\n\n"
            + "On 2024-01-05 at 10:00 UTC errors started for every customer.\n";

        var timeline = Import(text).Timeline;

        Assert.Equal([At("2024-01-05T10:00:00Z"), At("2024-01-05T11:00:00Z"), At("2024-01-05T12:00:00Z")], timeline.Where(e => e.Time is not null).Select(e => e.Time!.Value));
        Assert.Equal(At("2024-01-05T11:00:00Z"), Assert.Single(timeline, e => e.DeadEnd).Time);
    }

    [Fact]
    public void A_list_of_action_items_in_the_front_matter_is_no_status_log_and_the_post_s_time_no_start()
    {
        const string text = "---\ntitle: Checkout down\ndate: 2024-05-02 09:30:00\naction_items:\n- description: Add alerting on disk usage\n  status: open\n---\n\nCheckout was down for an hour on Tuesday.\n";

        var imported = Import(text);

        Assert.Null(imported.Timestamps.Started);
        Assert.Empty(imported.Timeline);
    }

    [Fact]
    public void A_resolved_key_holding_a_time_is_an_end_time_and_does_not_make_the_post_a_status_entry()
    {
        var imported = Import("---\ntitle: Queue stalled\ndate: 2024-06-25 09:00:00\nresolved: 2024-06-22 12:00\n---\n\nThe queue stalled.\n");

        Assert.Equal(At("2024-06-22T12:00:00Z"), imported.Timestamps.Resolved);
        Assert.Null(imported.Timestamps.Started);
    }

    [Fact]
    public void Updates_without_times_written_newest_first_close_with_the_resolved_one_and_open_with_the_first_only_when_it_is_not_resolved()
    {
        const string text = "---\ntitle: DNS down\ndate: 2022-12-19 07:10 UTC\nresolvedDate: 2022-12-19 07:28 UTC\nupdates:\n"
            + "- status: resolved\n  content: 'The DNS servers answer again.'\n"
            + "- status: update\n  content: 'We found the faulty resolver configuration.'\n  date: 2022-12-19 07:20 UTC\n"
            + "- status: unresolved\n  content: 'Some names still fail.'\n---\n";

        var timeline = Import(text).Timeline;

        Assert.Equal(At("2022-12-19T07:28:00Z"), Assert.Single(timeline, e => e.Text.Contains("answer again", StringComparison.Ordinal)).Time);
        Assert.DoesNotContain(timeline, e => e.Text.Contains("still fail", StringComparison.Ordinal) && e.Time is not null);
    }

    [Fact]
    public void A_body_with_its_own_timeline_keeps_it_and_the_front_matter_s_updates_are_not_added()
    {
        const string text = "---\ntitle: DNS down\ndate: 2022-12-19 07:10 UTC\nupdates:\n- status: investigating\n  content: 'DNS problem.'\n  date: 2022-12-19 07:10 UTC\n---\n\n"
            + "## Timeline\n\n- 07:12 UTC alerts fired\n- 07:30 UTC resolver restarted and names resolve\n";

        var timeline = Import(text).Timeline;

        Assert.Equal(2, timeline.Count);
        Assert.DoesNotContain(timeline, e => e.Text.Contains("DNS problem", StringComparison.Ordinal));
    }

    [Fact]
    public void A_front_matter_date_read_month_first_is_reported_as_a_guess()
    {
        var extraction = Extractor.Extract("incident.md", "---\ntitle: Attack\ndate: 05-03-2020 01:40\n---\nA remote attacker got in.\n");

        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("month first", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zone_taken_from_one_time_of_the_text_is_reported_as_a_guess()
    {
        var extraction = Extractor.Extract("incident.md", "# Errors on 2024-03-14\n\nAt 9:56AM EAT, the first alert arrived.\n\nAt 10:19AM the fix was deployed.\n");

        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("written on a time", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ICT department rebooted the router several times.")]
    [InlineData("The CAT team restarted it three times.")]
    public void An_acronym_on_a_line_that_mentions_times_is_no_zone_unless_the_line_states_it_as_the_zone(string line)
    {
        Assert.Null(DateTimeText.FindStatedZone(line));
    }

    [Fact]
    public void A_post_that_opens_with_yesterday_is_dated_the_day_before_even_when_it_later_dates_an_older_failure()
    {
        var imported = Import("---\ntitle: API outage\ndate: 2019-05-05\n---\n\nYesterday the API was down for two hours.\n\nThe same batch job had failed on April 20, 2019, too.\n");

        Assert.Equal(new DateOnly(2019, 5, 4), imported.Date);
    }

    [Fact]
    public void Failing_over_is_not_trouble_that_dates_a_post()
    {
        var imported = Import("---\ntitle: API outage\ndate: 2019-05-05\n---\n\nOn March 3, 2019 we failed over to the new data center as planned.\n\nToday the API was down for an hour.\n");

        Assert.Equal(new DateOnly(2019, 5, 5), imported.Date);
    }

    [Fact]
    public void A_status_page_s_updates_kept_in_the_front_matter_are_its_timeline_opening_at_its_date_and_closing_at_its_resolved_date()
    {
        const string text = "---\ntitle: DNS servers down\nstatus: resolved\ndate: 2022-12-19 07:10 UTC\nresolvedDate: 2022-12-19 07:28 UTC\nincident_states:\n"
            + "- status: investigating\n  content: 'The panel is unavailable due to a problem with the DNS server.'\n"
            + "- status: update\n  content: 'We found the faulty resolver configuration.'\n  date: 2022-12-19 07:20 UTC\n"
            + "- status: resolved\n  content: 'The DNS servers answer again.'\n---\n";

        var imported = Import(text);

        Assert.Equal([At("2022-12-19T07:10:00Z"), At("2022-12-19T07:20:00Z"), At("2022-12-19T07:28:00Z")], imported.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(At("2022-12-19T07:10:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2022-12-19T07:28:00Z"), imported.Timestamps.Resolved);
        Assert.Equal("network/dns", imported.RootCause.Category);
    }

    [Fact]
    public void The_body_of_a_status_entry_is_kept_as_written_when_its_updates_come_from_the_front_matter()
    {
        const string text = "---\ntitle: DNS servers down\ndate: 2022-12-19 07:10 UTC\nincident_states:\n- status: investigating\n  content: 'DNS problem.'\n---\nWe are on it.\n";

        Assert.Equal("We are on it.\n", Extractor.Extract("incident.md", text).Postmortem.Body);
    }

    [Fact]
    public void A_front_matter_date_that_reads_both_ways_is_read_month_first_rather_than_left_unread()
    {
        var imported = Import("---\ntitle: Attack on a third-party system\ndate: 05-03-2020 01:40\nresolvedDate: 05-03-2020 17:00\n---\nA remote attacker exploited a vulnerability.\n");

        Assert.Equal(new DateOnly(2020, 5, 3), imported.Date);
        Assert.Equal(At("2020-05-03T17:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_post_written_months_later_is_dated_by_the_day_its_opening_says_something_failed()
    {
        var imported = Import("---\ntitle: Preventing pipeline calls from crashing the cache\ndate: 2019-05-05 18:43:40\n---\n\nOn Feb 15th, 2019, a replica node of the cache failed and needed a replacement. Bookings dropped for a minute.\n");

        Assert.Equal(new DateOnly(2019, 2, 15), imported.Date);
    }

    [Fact]
    public void Offline_and_online_lines_give_the_start_and_end_and_a_start_before_the_post_dates_the_incident()
    {
        const string text = "---\ntitle: Bouncer outage\ndate: 2024-05-28\n---\n\nOur bouncer went down.\n\nOutage duration:\n\n"
            + "- Offline: `2024-05-27` at `11:02 AM EDT`\n- Online: `2024-05-27` at `12:58 PM EDT`\n";

        var imported = Import(text);

        Assert.Equal(At("2024-05-27T15:02:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-05-27T16:58:00Z"), imported.Timestamps.Resolved);
        Assert.Equal(new DateOnly(2024, 5, 27), imported.Date);
    }

    [Theory]
    [InlineData("Duration: 45 minutes", 45)]
    [InlineData("**Duration:** ~6 days (Feb 21 merge -> Feb 27 fix)", 8640)]
    [InlineData("- Total downtime: 1 hour and 56 minutes", 116)]
    [InlineData("For a couple of days the sign-up page was down for Safari users.", 2880)]
    [InlineData("| **Duration** | ~2h end-to-end (diagnosis to migration complete) |", 120)]
    [InlineData("Duration: Around 4-5 hours (estimated, not tracked)", 270)]
    [InlineData("The outage lasted 2 to 3 days.", 3600)]
    [InlineData("**Duration of impact:** ~40 minutes", 40)]
    [InlineData("**Resolution Time:** ~20 minutes", 20)]
    [InlineData("**Duration to mitigation:** about 30 minutes from \"something is wrong\" to both services healthy.", 30)]
    [InlineData("- Time to resolve: 35 minutes", 35)]
    [InlineData("- **Time**: ~2-3 hours on September 10, 2025", 150)]
    [InlineData("- **Downtime total**: ~4.5h", 270)]
    public void A_line_labelled_with_the_length_a_table_row_that_labels_it_or_a_range_gives_the_stated_duration(string line, double minutes)
    {
        var imported = Import($"# Proxy clients closed on 2024-02-01\n\n{line}\n\nThe cache closed shared clients.\n");

        Assert.Equal(minutes, imported.StatedDurationMinutes);
    }

    [Theory]
    [InlineData("# Caddy 30-day silent outage of the API", 43200)]
    [InlineData("The probes missed 30 days of silent failure.", 43200)]
    [InlineData("It was a 2-hour partial outage for the EU customers.", 120)]
    [InlineData("The bad config caused 45 minutes of unplanned downtime for all customers.", 45)]
    public void A_length_with_one_word_before_the_outage_is_a_stated_duration(string line, double minutes)
    {
        Assert.Equal(minutes, Import($"# Outage\n\nDate: 2024-02-01\n\n{line}\n").StatedDurationMinutes);
    }

    [Theory]
    [InlineData("We had deployed the change 2 hours before outage began.")]
    [InlineData("The alert fires after 5 minutes per outage window.")]
    [InlineData("Our SLO allows 43 minutes monthly downtime.")]
    [InlineData("Before this, we had gone 30 days without downtime.")]
    [InlineData("A rollback would have meant 20 minutes extra downtime for the EU.")]
    [InlineData("On-call must acknowledge within 5 minutes of any outage.")]
    [InlineData("The graphs cover 3 hours preceding outage start.")]
    [InlineData("Our SLO allows 43 minutes of unplanned downtime per month.")]
    [InlineData("The contract allows 4 hours of partial downtime a year.")]
    [InlineData("We cut planned maintenance from 60 to 5 minutes of downtime.")]
    [InlineData("- **Time**: 14:05 UTC, 2 hours after the deploy")]
    [InlineData("- Time to detect: 5 minutes")]
    [InlineData("Reading time: 5 min")]
    [InlineData("- Time: 10 minutes read")]
    [InlineData("The downtime under 2 hours per quarter is budgeted.")]
    [InlineData("- The search page was offline (estimated downtime < 1 hour)")]
    public void A_length_before_per_without_or_beside_an_outage_is_not_its_duration(string line)
    {
        Assert.Null(Import($"# Outage\n\nDate: 2024-02-01\n\n{line}\n").StatedDurationMinutes);
    }

    [Fact]
    public void A_duration_setting_is_not_the_incident_s_length()
    {
        Assert.Null(Import("# Cache misses on 2024-02-01\n\nThe cache entries had a TTL duration of 10 minutes.\n").StatedDurationMinutes);
    }

    [Fact]
    public void Front_matter_a_strict_yaml_reader_rejects_still_gives_its_one_line_entries_with_a_warning()
    {
        const string text = "---\ntitle: \"Mail delays\"\ndate: 2020-08-19T15:13:42+01:00\nintro: \"Mail was late for some users.\n\n\nHere is what happened.\n\"\n---\n\nThe mail queue backed up for eight hours.\n";

        var extraction = Extractor.Extract("mail.md", text, new DateOnly(2026, 11, 29));

        Assert.Equal(new DateOnly(2020, 8, 19), extraction.Postmortem.Date);
        Assert.Equal("Mail delays", extraction.Postmortem.Title);
        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("only its one-line 'name: value' entries are read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("From 3:37pm UTC Wednesday, January 25, 2023 to 3:44pm UTC Thursday, January 26, 2023, customers couldn’t access the docs.")]
    [InlineData("From 3:37pm UTC on Wednesday, January 25, 2023 to 3:44pm UTC on Thursday, January 26, 2023, customers could not sign in.")]
    public void A_window_whose_times_each_have_their_day_after_them_gives_the_start_and_the_end_on_its_own_day(string sentence)
    {
        var text = $"# DNS outage\n\n{sentence}\n\n## Timeline\n\n- 2023-01-25 02:00 UTC: The routing change was made.\n- 2023-01-25 07:05 UTC: A network outage at the provider hid the problem.\n- 2023-01-26 15:44 UTC: Availability tests pass again.\n";

        var postmortem = Import(text);

        Assert.Equal(At("2023-01-25T15:37:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2023-01-26T15:44:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_status_entry_ending_in_a_time_stamp_with_no_words_imports_and_builds_without_an_empty_timeline_entry()
    {
        const string text = "---\ntitle: Build service outage\ndate: 2026-05-24 02:09:00\nresolved: true\nresolvedWhen: 2026-05-24 14:27:00\nsection: issue\n---\n\n"
            + "The hosting provider lost a rack and the build service was down.\n\n- If a build is still failing, restart it.\n\n{{< track \"2026-05-24 14:27:00\" >}}\n";

        var postmortem = Import(text);

        Assert.DoesNotContain(postmortem.Timeline, e => string.IsNullOrWhiteSpace(e.Text));
        Assert.Equal(At("2026-05-24T14:27:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Lines_inside_a_wrapped_quoted_value_and_a_deeply_nested_line_are_not_read_from_rejected_front_matter()
    {
        var deep = new string('[', 50_000) + new string(']', 50_000);
        var text = "---\ntitle: \"Mail delays\"\nintro: \"Mail was late.\n\nDate: 2019-01-01 was when it began.\n\"\ndate: 2024-03-05\ndeep: " + deep + "\n---\n\nThe mail queue backed up.\n";

        var postmortem = Import(text);

        Assert.Equal(new DateOnly(2024, 3, 5), postmortem.Date);
    }

    [Fact]
    public void A_window_whose_only_day_follows_the_end_lets_the_end_run_past_midnight()
    {
        var postmortem = Import("# API outage\n\nFrom 23:10 to 01:20 UTC March 6, 2024, the API was unavailable.\n");

        Assert.Equal(At("2024-03-06T23:10:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-03-07T01:20:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("We tracked the average job duration: 45 minutes on most days.")]
    [InlineData("The team broke for lunch for an hour while the queue drained.")]
    public void A_length_in_ordinary_prose_is_not_the_incidents(string sentence)
    {
        var postmortem = Import($"# Queue incident on 2024-03-06\n\n{sentence}\n");

        Assert.Null(postmortem.StatedDurationMinutes);
        Assert.Null(postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("From 10:00 to 11:00 UTC we could not reach the vendor's account manager.", false)]
    [InlineData("From 10:00 to 11:00 UTC customers could not sign in.", true)]
    [InlineData("This prevented users from using the API and accessing the dashboard from 05:01 to 17:05 UTC (about 12 hours).", true)]
    [InlineData("The firewall prevented the scanner from 05:01 to 17:05 UTC.", false)]
    [InlineData("Rate limiting prevented abusive clients from accessing the API from 05:01 to 17:05 UTC, which protected the database.", false)]
    [InlineData("The expired token kept most of our customers from logging in from 05:01 to 17:05 UTC.", true)]
    [InlineData("We blocked free-tier users from using the export feature from 05:01 to 17:05 UTC to protect the database.", false)]
    public void Could_not_access_or_sign_in_makes_a_window_the_outages_and_could_not_reach_someone_does_not(string sentence, bool isWindow)
    {
        Assert.Equal(isWindow, StatedWindow.Find([sentence], 2024) is not null);
    }

    [Fact]
    public void A_timeline_date_without_a_year_takes_the_year_the_entries_above_wrote_not_the_posts()
    {
        var events = Timeline("1. Monday, July 24, 2023 at 22:04 the vendor emailed us\n2. Thursday, July 27 at 03:30 the first attempt failed", date: "2024-07-29");

        Assert.Equal([At("2023-07-24T22:04:00Z"), At("2023-07-27T03:30:00Z")], events.Select(e => e.Time));
    }

    [Fact]
    public void A_yearless_date_after_the_new_year_takes_the_year_after_the_entry_above()
    {
        var listed = Timeline("- December 31, 2023 23:50 deploy of v42\n- January 1 00:10 errors began", date: "2024-01-02");
        var headed = Timeline("### December 31, 2023\n\n- 23:50 deploy of v42\n\n### January 1\n\n- 00:10 errors began", date: "2024-01-02");

        Assert.Equal(At("2024-01-01T00:10:00Z"), listed[1].Time);
        Assert.Equal(At("2024-01-01T00:10:00Z"), headed[1].Time);
    }

    [Fact]
    public void A_background_entry_months_earlier_does_not_pull_later_yearless_entries_into_the_year_before()
    {
        var events = Timeline("- January 10, 2024: migrated to the new cluster\n- August 2 14:00 alerts fired\n- August 2 15:00 rolled back", date: "2024-08-03");

        Assert.Equal([At("2024-08-02T14:00:00Z"), At("2024-08-02T15:00:00Z")], events.Skip(1).Select(e => e.Time));
    }

    [Fact]
    public void A_weekday_that_disagrees_with_the_entry_above_is_a_slip_and_the_year_stays()
    {
        // 5 March was a Tuesday in 2024 and a Sunday in 2023.
        var events = Timeline("- Monday, March 4, 2024 at 23:00 deploy\n- Sunday, March 5 at 00:10 errors began", date: "2024-03-06");

        Assert.Equal(At("2024-03-05T00:10:00Z"), events[1].Time);
    }

    [Fact]
    public void The_year_a_weekday_picked_carries_to_the_entries_below_it()
    {
        var events = Timeline("- Sunday, July 30 at 00:30 the service outage began\n- July 30 at 01:43 we declared the incident resolved", date: "2024-07-29");

        Assert.Equal([At("2023-07-30T00:30:00Z"), At("2023-07-30T01:43:00Z")], events.Select(e => e.Time));
    }

    [Fact]
    public void A_leap_day_with_its_weekday_in_a_post_of_the_year_after_is_read_in_the_leap_year()
    {
        Assert.Equal(At("2024-02-29T09:00:00Z"), Assert.Single(Timeline("- Thursday, February 29 at 09:00 the queue stalled", date: "2025-03-02")).Time);
    }

    [Fact]
    public void A_weekday_written_with_a_yearless_date_picks_the_neighbouring_year_that_has_it()
    {
        // 30 July was a Sunday in 2023, a Tuesday in 2024.
        Assert.Equal(At("2023-07-30T00:30:00Z"), Assert.Single(Timeline("- Sunday, July 30 at 00:30 the service outage began", date: "2024-07-29")).Time);
        Assert.Equal(At("2024-07-30T00:30:00Z"), Assert.Single(Timeline("- Tuesday, July 30 at 00:30 the service outage began", date: "2024-07-29")).Time);
        Assert.Equal(At("2024-07-30T00:30:00Z"), Assert.Single(Timeline("- July 30 at 00:30 the service outage began", date: "2024-07-29")).Time);
    }

    [Fact]
    public void A_timeline_marking_where_the_outage_began_after_days_of_lead_up_dates_the_incident_by_that_mark()
    {
        const string text = "---\ndate: 2024-07-29\n---\n# Database stuck read-only\n\n## Timeline\n\nAll times are UTC.\n\n"
            + "1. Monday, July 24, 2023 at 22:04 the vendor announced a forced migration\n2. Thursday, July 27, 2023 at 03:30 a first migration attempt failed\n"
            + "3. Sunday, July 30, 2023 at 00:30 the app was taken offline and a service outage began\n4. Sunday, July 30, 2023 at 01:43 we declared the incident resolved\n";

        var imported = Import(text);

        Assert.Equal(new DateOnly(2023, 7, 30), imported.Date);
        Assert.Equal(At("2023-07-30T00:30:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("This caused the app to fail for approximately 45 minutes on July 30.", 45)]
    [InlineData("The nightly job failed for 3 days before anyone looked.", 4320)]
    [InlineData("The testnets stopped for around 45mins in total.", 45)]
    [InlineData("The chain halted for almost four hours after the upgrade.", 240)]
    [InlineData("Block production stalled for 20 minutes.", 20)]
    [InlineData("At 18:52 UTC we had a 7 minute cascading failure.", 7)]
    [InlineData("It was a 45-minute service interruption for EU users.", 45)]
    public void Failing_or_stopping_for_a_length_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])?.Length);
    }

    [Theory]
    [InlineData("The database crashed over and over between 19:22 and 20:14, until we disabled studies.", new[] { "19:22", "20:14" })]
    [InlineData("We saw elevated error rates over two time periods: 09:05 - 09:30 and 09:44 - 09:48 UTC.", new[] { "09:05", "09:30", "09:44", "09:48" })]
    public void Times_joined_in_a_range_or_list_to_one_written_as_a_time_are_moments_of_the_story(string sentence, string[] moments)
    {
        var imported = Import("Database crash\n\nAll times are UTC.\n\nOn 1 February 2021 the site failed. " + sentence + "\n", "crash.txt");

        Assert.Equal(moments, imported.Timeline.Where(e => e.Time is not null).Select(e => e.Time!.Value.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("→")]
    [InlineData("->")]
    [InlineData("-")]
    public void Two_times_joined_by_an_arrow_after_a_length_are_the_window_it_states(string join)
    {
        var text = $"# Saturation Qdrant\n**Date:** 2025-10-14 03:30 UTC  \n**Durée incident:** ~50 minutes (00:05 {join} 00:55 UTC)  \n**Impact:** service down for 15 agents\n\n"
            + "## Timeline\n\n- **00:03 UTC** - Validation passed\n- **00:55 UTC** - Saturation reported\n- **01:28 UTC** - Container restarted by hand\n";

        var imported = Import(text);

        Assert.Equal(At("2025-10-14T00:05:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2025-10-14T00:55:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_step_heading_below_the_timeline_that_ends_with_its_time_goes_on_with_the_timeline()
    {
        var text = "# Disk space incident - 2025-11-08\n\n## Timeline\n\n### 20:04 UTC - Initial detection\n\nRedis refused writes.\n\n### 20:10 UTC - Continued degradation\n\nPages failed.\n\n"
            + "## Resolution steps\n\n### 1. Immediate actions (20:21 UTC)\n\nDeleted the old logs and restarted the services.\n\n### 2. Automated cleanup (20:23 UTC)\n\nRan the cleanup script.\n\n"
            + "## Preventive measures\n\n### Nightly log rotation (02:00 UTC)\n\nLogs rotate every night.\n";

        var imported = Import(text);

        Assert.Equal(["20:04", "20:10", "20:21", "20:23"], imported.Timeline.Select(e => e.Time!.Value.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.Equal(At("2025-11-08T20:23:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_heading_ending_with_a_time_above_the_timeline_or_a_kept_schedule_adds_no_entry()
    {
        var text = "# Disk space incident - 2025-11-08\n\n## Summary (20:30 UTC)\n\nThe disk filled.\n\n## Timeline\n\n- 20:04 UTC - Initial detection\n- 20:10 UTC - Logs deleted, service back\n\n"
            + "## Follow-up\n\n### Daily cleanup job (03:00 UTC)\n\nRuns the script.\n\n## Customer communication\n\n### Resolution notice (10:05 UTC)\n\nMail sent.\n";

        Assert.Equal(2, Import(text).Timeline.Count);
    }

    [Fact]
    public void The_write_ups_own_stamp_under_its_list_of_actions_is_its_publication_and_no_moment_of_the_incident()
    {
        var imported = Import("Elevated API errors\nIncident Report for Acme\n\nPostmortem\nOn March 3, 2025 between 14:02 and 14:40 UTC, API requests failed.\n\n"
            + "Follow-up actions\n  • Validate health check paths in CI\n  • Add an alert on healthy backends\nMar 10, 2025 - 09:12 UTC\n\n"
            + "Resolved\nThis incident has been resolved.\nMar 3, 2025 - 14:52 UTC\n", "acme.txt");

        Assert.Equal("Postmortem published", Assert.Single(imported.Timeline, e => e.Time is { Day: 10 }).Text);
        Assert.Contains(imported.Timeline, e => e.Time == At("2025-03-03T14:52:00Z"));
        Assert.Equal(At("2025-03-03T14:40:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_time_written_with_a_dot_and_pm_is_a_time_after_any_word()
    {
        var imported = Import("Registry downtime 2014-02-16\n\nThe registry was mostly down for about 40 minutes today, from 6.51pm to 7.33pm Pacific Time. Version 2.30 of the client was unaffected.\n", "registry-2014-02-16.txt");

        Assert.Equal(At("2014-02-17T02:51:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2014-02-17T03:33:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_numbers_joined_to_no_time_stay_numbers()
    {
        var imported = Import("Database crash\n\nAll times are UTC.\n\nOn 1 February 2021 the site failed at 19:22. Versions 1:20 and 2:30 of the client were affected.\n", "crash.txt");

        Assert.Equal(["19:22"], imported.Timeline.Where(e => e.Time is not null).Select(e => e.Time!.Value.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("During the roughly 50 minute incident timeframe, the following impact was encountered:", 50)]
    [InlineData("It was an approximately 45-minute service interruption for EU users.", 45)]
    [InlineData("We had a ~30 minute outage of the API.", 30)]
    public void A_hedge_before_the_length_of_an_outage_marks_it_approximate(string sentence, int minutes)
    {
        var stated = StatedDuration.Find([sentence]);

        Assert.Equal(TimeSpan.FromMinutes(minutes), stated?.Length);
        Assert.True(stated!.Approximate, stated.Phrase);
    }

    [Theory]
    [InlineData("Our systems were negatively affected for around **7 hours** and the problem was noticed at the 6 hour mark.", 420)]
    [InlineData("All product pages were returning a high amount of errors to customers\nfor over 1 hour.", 60)]
    [InlineData("Users saw errors for 20 minutes.", 20)]
    [InlineData("This resulted in a sustained DDoS that lasted for around 36 hours.", 2160)]
    [InlineData("The outage, which lasted 47 minutes, hit every region.", 47)]
    [InlineData("**Owner:** Sam • **Duration:** ~26 hours • **Cluster:** home", 1560)]
    [InlineData("Customers saw errors for 40 minutes before the release was rolled back.", 40)]
    [InlineData("The site was down for 2 hours before the change was reverted.", 120)]
    [InlineData("The API was unavailable for 45 minutes, with each request timing out after 30 seconds.", 45)]
    public void A_length_set_in_bold_labelled_among_other_fields_told_as_errors_returned_for_it_or_as_what_lasted_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])?.Length);
    }

    [Theory]
    [InlineData("We ignored the warnings for 2 weeks before the outage.")]
    [InlineData("During every deploy the load balancer was returning errors for about 2 minutes.")]
    [InlineData("| Reindex orders | Downtime: 4 hours, scheduled for Sunday |")]
    [InlineData("After the rollback we saw no errors for 2 hours.")]
    [InlineData("The canary had been showing errors for 3 days before the deploy.")]
    [InlineData("The service returns errors for 5 seconds whenever the primary fails over.")]
    public void Errors_returned_only_as_a_habit_or_warnings_ignored_are_no_stated_duration(string sentence)
    {
        Assert.Null(StatedDuration.Find([sentence]));
    }

    [Fact]
    public void The_outages_own_length_beats_the_length_of_the_attack_behind_it()
    {
        Assert.Equal(TimeSpan.FromMinutes(20), StatedDuration.Find(["A DDoS attack that lasted for 3 days hit our provider.", "Our origin was down for 20 minutes."])?.Length);
    }

    [Theory]
    [InlineData("It took around an hour to fix it.", 60)]
    [InlineData("Which took 45 minutes to resolve the issue.", 45)]
    public void The_time_it_took_to_fix_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])?.Length);
    }

    [Theory]
    [InlineData("It took 3 days to find the cause.")]
    [InlineData("We took an hour to fix lunch.")]
    [InlineData("It took 2 weeks to fix the underlying bug properly.")]
    [InlineData("We stopped the deploys for the night and went home.")]
    [InlineData("The rollout halted for review by the security team.")]
    [InlineData("We held a 30 minute incident review the next day.")]
    [InlineData("We stopped for about 20 minutes to regroup.")]
    [InlineData("Deploys were halted for 2 days after the incident.")]
    [InlineData("The attack stopped for an hour, then resumed.")]
    public void Time_taken_for_anything_but_the_fix_is_not_a_stated_duration(string sentence)
    {
        Assert.Null(StatedDuration.Find([sentence]));
    }

    [Fact]
    public void The_team_reporting_its_findings_to_a_vendor_is_not_the_moment_the_problem_was_detected()
    {
        var events = Timeline("- 03:58 we reported our findings to the vendor\n- 03:59 We first reported the fault to the vendor\n- 04:10 customers reported errors on checkout");

        Assert.Equal([null, null, Milestone.Detected], events.Select(e => e.Milestone));
    }

    [Fact]
    public void A_time_written_without_a_colon_before_utc_is_not_taken_for_the_year_of_the_text()
    {
        const string text = "# Cache outage\n\nOn 28th February the cache failed. At 2036 UTC it was back.\n\nThe fix is planned for Q2 2024.\n";

        var extraction = Extractor.Extract("notes.md", text, new DateOnly(2026, 11, 29));

        Assert.Equal(new DateOnly(2024, 2, 28), extraction.Postmortem.Date);
    }

    [Fact]
    public void A_post_without_a_date_is_dated_by_the_day_in_its_permalink_with_a_warning()
    {
        const string text = "---\ntitle: Downtime notes\npermalink: /posts/2024-12-05-downtime-notes/\n---\n\nThe bot has been flaky for weeks.\n";

        var extraction = Extractor.Extract("notes.md", text, new DateOnly(2026, 11, 29));

        Assert.Equal(new DateOnly(2024, 12, 5), extraction.Postmortem.Date);
        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("page's address", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The provider null-routes the box, so it is inaccessible for three hours after any attack.")]
    [InlineData("Whenever the primary fails, the site is down for 30 minutes.")]
    public void A_length_told_as_what_always_happens_is_not_the_incidents_duration(string sentence)
    {
        Assert.Null(StatedDuration.Find([sentence]));
        Assert.NotNull(StatedDuration.Find(["The site was down for 30 minutes."]));
    }

    [Fact]
    public void A_url_in_the_front_matter_pointing_elsewhere_does_not_date_the_post()
    {
        const string text = "---\ntitle: Design notes\nurl: https://example.org/docs/2019-01-01-design.md\n---\n\nOn March 3, 2024 the queue stalled.\n";

        Assert.Equal(new DateOnly(2024, 3, 3), Extractor.Extract("notes.md", text, new DateOnly(2026, 11, 29)).Postmortem.Date);
    }

    [Fact]
    public void An_alert_saying_the_api_started_returning_errors_is_detection_and_the_first_entry_is_the_start()
    {
        var imported = Import("# Checkout errors\n\n## Timeline\n\n- 2024-03-09 09:40 UTC Deploy of v42 begins\n- 2024-03-09 10:05 UTC PagerDuty alert: checkout API started returning errors\n- 2024-03-09 10:30 UTC Rolled back, service restored\n");

        Assert.Equal(At("2024-03-09T09:40:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-03-09T10:05:00Z"), imported.Timestamps.Detected);
    }

    [Fact]
    public void A_stated_detection_time_before_every_entry_still_leaves_a_start_and_an_end_to_guess()
    {
        var imported = Import("# Queue stall\n\nDetected: 2024-03-09 09:00 UTC\n\n## Timeline\n\n- 09:05 UTC queue depth climbing\n- 09:20 UTC workers restarted\n- 10:00 UTC queue drained\n");

        Assert.Equal(At("2024-03-09T10:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_date_told_mid_sentence_about_an_earlier_outage_does_not_move_later_times()
    {
        var timeline = ProseTimeline.Parse(["Our last outage, on March 3, was similar.", "", "At 10:00 UTC the alerts fired."], new TimelineContext(new DateOnly(2024, 3, 20), Utc, null));

        Assert.Equal(At("2024-03-20T10:00:00Z"), timeline.Events.Single().Event.Time);
    }

    [Theory]
    [InlineData("An outage of the 3rd party CDN began at 10:00 UTC.")]
    [InlineData("The deploy succeeded on the 2nd attempt at 10:00 UTC.")]
    public void An_ordinal_before_a_noun_is_not_a_day_of_the_month(string sentence)
    {
        var timeline = ProseTimeline.Parse([sentence], new TimelineContext(new DateOnly(2024, 4, 20), Utc, null));

        Assert.Equal(At("2024-04-20T10:00:00Z"), timeline.Events.Single().Event.Time);
    }

    [Fact]
    public void The_outages_own_length_beats_the_time_it_took_to_fix_one_thing()
    {
        Assert.Equal(TimeSpan.FromHours(2), StatedDuration.Find(["It took 5 minutes to fix the typo, but the outage lasted 2 hours."])?.Length);
        Assert.Null(StatedDuration.Find(["The cache was warmed, and for 3 days before the outage traffic grew."]));
    }

    [Theory]
    [InlineData("Most servers are reachable again.")]
    [InlineData("Not all servers are up again.")]
    [InlineData("The site was up again for 5 minutes, then crashed again.")]
    [InlineData("If the database is up again by noon we will reopen.")]
    [InlineData("Cloudinary still haven't resolved the issue on their side.")]
    [InlineData("The outage is not yet fully resolved.")]
    [InlineData("The incident remains unresolved.")]
    public void Part_of_a_service_or_a_short_lived_return_is_not_the_end(string entry)
    {
        Assert.False(EventWording.Says(entry, Milestone.Resolved));
    }

    [Fact]
    public void A_start_mark_on_the_guessed_day_gives_no_warning_that_names_the_same_day_twice()
    {
        var extraction = Extractor.Extract("storage.md", "# Storage outage\n\n## Timeline\n\n### 03-10-2021 (All times UTC)\n\n- 02:17 **OUTAGE BEGINS** — alert about timeouts\n- 09:23 containers unresponsive\n");

        Assert.DoesNotContain(extraction.Diagnostics, d => d.Message.Contains("fall on 2021-10-03, not on 2021-10-03", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_lengths_that_could_be_split_many_ways_is_read_in_linear_time()
    {
        // "1 h 2 h ..." once made the length pattern try a doubling number of ways to split its spaces; no clock is
        // read, so a busy machine cannot fail it, but the old pattern would not finish.
        Assert.Null(StatedDuration.Find(["It took " + string.Concat(Enumerable.Repeat("1 h 2 h ", 60)) + "x"]));
    }

    [Theory]
    [InlineData("It took 4 hours to restore service.", 240)]
    [InlineData("It took about 3 hours to recover.", 180)]
    public void The_time_it_took_to_restore_service_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])?.Length);
    }

    [Fact]
    public void A_fact_in_a_tables_first_row_is_still_read()
    {
        var imported = Import("| **Started** | 2022-04-28 10:00 UTC |\n|---|---|\n| **Detected** | 2022-04-28 10:30 UTC |\n\n## Summary\n\nThe queue stalled.\n");

        Assert.Equal(At("2022-04-28T10:00:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("Half an hour later the site was up again.")]
    [InlineData("Once DNS propagated, the site was reachable again.")]
    [InlineData("The site is up again and customers can log in again.")]
    public void A_service_back_after_a_while_or_once_something_happened_is_the_end(string entry)
    {
        Assert.True(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("Later, on March 4, the disk filled up. At 10:00 UTC the alerts fired.", "2024-03-04T10:00:00Z")]
    [InlineData("On the 16th our pager fired at 10:00 UTC.", "2024-03-16T10:00:00Z")]
    [InlineData("We succeeded on the 3rd and final attempt at 10:00 UTC.", "2024-03-20T10:00:00Z")]
    public void A_day_that_opens_a_sentence_dates_its_times_and_an_ordinal_attempt_does_not(string text, string expected)
    {
        var timeline = ProseTimeline.Parse([text], new TimelineContext(new DateOnly(2024, 3, 20), Utc, null));

        Assert.Equal(At(expected), timeline.Events.Single().Event.Time);
    }

    [Fact]
    public void A_degradation_that_began_is_the_start_even_when_its_entry_tells_the_alert()
    {
        var imported = Import("# Checkout slow\n\n## Timeline\n\n- 2024-03-09 09:40 UTC Deploy of v42\n- 2024-03-09 10:05 UTC Checkout degradation began, alert fired\n- 2024-03-09 10:30 UTC Rolled back, service restored\n");

        Assert.Equal(At("2024-03-09T10:05:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_blog_posts_file_name_date_gives_way_to_the_day_its_opening_tells_of_the_outage()
    {
        var imported = Import("---\ntitle: Downtime\n---\n\nA failing disk left the site offline for most of yesterday (2018-09-20) afternoon.\n\n## Timeline\n\n- 12:00 Site unresponsive\n- 18:21 Site back online\n",
            "2018-09-21-downtime.md");

        Assert.Equal(new DateOnly(2018, 9, 20), imported.Date);
        Assert.Equal(At("2018-09-20T12:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_blog_posts_file_name_date_with_front_matter_gives_way_to_a_start_the_text_gives_days_before_it()
    {
        var imported = Import("---\ntitle: Block production halted\nlayout: post\n---\n\nOn Monday, July 10th 2017 at 9:00am UTC, block production stopped.\n", "2017-07-11-halt.md");

        Assert.Equal(new DateOnly(2017, 7, 10), imported.Date);
    }

    [Fact]
    public void A_file_name_date_stays_when_the_text_tells_of_nothing_earlier()
    {
        var imported = Import("# Database restarted\n\nThe database restarted at 09:00 UTC and the site was offline for ten minutes.\n", "2018-09-21-restart.md");

        Assert.Equal(new DateOnly(2018, 9, 21), imported.Date);
        Assert.Equal(At("2018-09-21T09:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_timeline_table_without_outer_pipes_and_with_date_and_time_columns_dates_each_row()
    {
        var imported = Import("# Database outage\n\n## Timeline\n\nDate       | Time  | State\n---------- | ----- | ---\n2018-06-15 | 16:20 | Database server becomes unresponsive\n"
            + "2018-06-17 | 21:04 | We restart the server processes\n2018-06-17 | 21:15 | Service fully restored\n");

        Assert.Equal([At("2018-06-15T16:20:00Z"), At("2018-06-17T21:04:00Z"), At("2018-06-17T21:15:00Z")], imported.Timeline.Select(e => e.Time));
        Assert.Equal(At("2018-06-15T16:20:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2018-06-17T21:15:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_title_naming_a_day_without_its_year_shortly_before_the_post_dates_the_incident()
    {
        var imported = Import("---\ntitle: What happened on August 11 and what we learned\ndate: 2020-08-19T15:13:42+01:00\n---\n\nSome users saw their email delayed by hours.\n");

        Assert.Equal(new DateOnly(2020, 8, 11), imported.Date);
    }

    [Fact]
    public void A_title_naming_a_day_after_the_post_does_not_date_the_incident()
    {
        var imported = Import("---\ntitle: Maintenance planned for August 25\ndate: 2020-08-19\n---\n\nThe database will be upgraded.\n");

        Assert.Equal(new DateOnly(2020, 8, 19), imported.Date);
    }

    [Fact]
    public void A_post_telling_the_day_its_forum_was_compromised_is_dated_that_day()
    {
        var imported = Import("---\ntitle: Forums back online\ndate: 2014-01-16 13:48:07+00:00\n---\n\nThe forums are back.\n\nOn January 7, 2014, we learned that our public forums were compromised and defaced by an attacker.\n");

        Assert.Equal(new DateOnly(2014, 1, 7), imported.Date);
    }

    [Theory]
    [InlineData("```")]
    [InlineData("`")]
    public void A_timeline_pasted_as_a_code_block_is_read_even_when_its_closing_fence_is_mistyped(string closing)
    {
        var imported = ImportOnFileDay("# Sync outage\n\n## Timeline\n\nAll times are in UTC.\n\n```\n2023-06-17 18:05 Nodes start failing\n2023-06-17 19:10 Issue reported by a user\n"
            + "2023-06-18 03:00 Root cause determined\n2023-06-18 11:30 Incident over, all nodes back in sync\n" + closing + "\n");

        Assert.Equal(4, imported.Timeline.Count(e => e.Time is not null));
        Assert.Equal(At("2023-06-17T18:05:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2023-06-18T11:30:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_log_excerpt_stamped_to_the_second_under_the_timeline_heading_is_not_the_timeline()
    {
        var imported = ImportOnFileDay("# Sync outage\n\n## Timeline\n\n```\n2023-06-17 18:05:01 WARN sync failed\n2023-06-17 18:05:02 WARN sync failed\n2023-06-17 18:05:04 ERROR giving up\n```\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Fact]
    public void A_code_block_beside_a_written_timeline_stays_an_excerpt()
    {
        var imported = Import("# Sync outage\n\n## Timeline\n\n- 18:05 UTC Nodes start failing\n- 19:10 UTC Incident resolved\n\n```\n2023-06-17 18:05 node-1 down\n2023-06-17 18:06 node-2 down\n2023-06-17 18:07 node-3 down\n```\n",
            "2023-06-17-sync.md");

        Assert.Equal(2, imported.Timeline.Count(e => e.Time is not null));
    }

    [Fact]
    public void A_post_opening_with_last_wednesdays_errors_in_a_wrapped_sentence_is_dated_that_wednesday()
    {
        var imported = Import("---\ntitle: Pull requests unavailable\ndate: 2012-09-24\n---\n\nLast Wednesday, in the European afternoon, we started seeing an increased number\nof errors from the API.\n\nWe fixed it.\n");

        Assert.Equal(new DateOnly(2012, 9, 19), imported.Date);
    }

    [Fact]
    public void A_weekday_that_recurs_does_not_date_the_post()
    {
        var imported = Import("---\ntitle: Backup errors\ncreated_at: 2012-09-24\n---\n\nEvery Wednesday the backup job failed with errors.\n");

        Assert.Equal(new DateOnly(2012, 9, 24), imported.Date);
    }

    [Fact]
    public void A_narratives_weekdays_and_small_hours_after_an_evening_move_the_story_on()
    {
        var imported = Import("---\ntitle: Builds stalled\ndate: 2012-09-24\n---\n\nLast Wednesday we started seeing errors from the API.\n\n"
            + "On Thursday, at 8 pm CEST, things came to a grinding halt and no builds were processed.\n\nAt around 2:30 am CEST, things were looking up.\n\n"
            + "We finally disabled the integration at 2:00 am CEST on Saturday morning.\n");

        Assert.Equal([At("2012-09-20T18:00:00Z"), At("2012-09-21T00:30:00Z"), At("2012-09-22T00:00:00Z")], imported.Timeline.Select(e => e.Time));
        Assert.Equal(At("2012-09-20T18:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_posts_weekday_is_the_one_before_the_day_it_was_published_and_a_deadline_weekday_moves_nothing()
    {
        var imported = Import("---\ntitle: Instance overloaded\ndate: 2022-04-29\n---\n\nIt all started on Monday evening as thousands of new users signed up and the site went down.\n\n"
            + "I woke up around 05:30 the next morning and the queues were still full. Assignments were not due till Friday.\n");

        Assert.Equal([At("2022-04-26T05:30:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Theory]
    [InlineData("The change that caused it had been merged on Monday and sat unnoticed behind a flag.")]
    [InlineData("The full backup normally runs every Saturday night, so the failure went unnoticed at first.")]
    public void A_weekday_told_looking_back_or_as_a_habit_does_not_move_the_story(string aside)
    {
        var imported = Import($"# Search outage on 2023-03-02\n\nAt 14:00 UTC on March 2, 2023, search requests started to fail with errors.\n\n{aside}\n\nAt 14:30 UTC we rolled back the flag and search recovered.\n");

        Assert.Equal(At("2023-03-02T14:30:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void In_notes_named_by_their_date_a_weekday_after_the_story_has_begun_is_later_in_its_week()
    {
        var imported = Import("# Queue backlog\n\nAt 09:00 UTC the order queue stopped draining and checkout errors climbed.\n\nAt 09:40 UTC we restarted the consumers and the backlog cleared.\n\n"
            + "On Friday at 15:00 UTC we shipped the permanent fix for the consumer deadlock.\n", "2023-05-10-queue-backlog.md");

        Assert.Equal(At("2023-05-10T09:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2023-05-12T15:00:00Z"), imported.Timeline.Last().Time);
    }

    [Theory]
    [InlineData("2023-05-10", "On Wednesday, the primary database was unavailable for 40 minutes after its disk filled up.", "2023-05-10")]
    [InlineData("2023-05-12", "Checkout was unavailable for an hour. Brief errors may return during the follow-up migration on Sunday.", "2023-05-12")]
    public void A_weekday_naming_the_posts_own_day_or_a_day_to_come_keeps_the_posts_date(string posted, string text, string expected)
    {
        var imported = Import($"---\ntitle: Database incident\ndate: {posted}\n---\n\n{text}\n");

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), imported.Date);
    }

    [Fact]
    public void A_notes_file_named_by_its_date_without_front_matter_keeps_that_date_when_an_older_incident_is_mentioned()
    {
        var imported = Import("# API errors\n\nThe API returned 500 errors for 25 minutes after a bad config push. This was the second incident this month; on May 2 a similar push caused errors in the billing service.\n\n"
            + "## Timeline\n\n- 14:05 UTC Config pushed\n- 14:10 UTC Error rate alert fires\n- 14:30 UTC Config reverted, service restored\n", "2023-05-10-api-errors.md");

        Assert.Equal(new DateOnly(2023, 5, 10), imported.Date);
        Assert.Equal(At("2023-05-10T14:05:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("On the evening of May 8, students started getting 500 errors from the notebook hub.", "2023-05-08", "2023-05-09T03:10:00Z")]
    [InlineData("The notebook hub returned 500 errors to students.", "2023-05-10", "2023-05-11T03:10:00Z")]
    [InlineData("On April 20, students started getting 500 errors from the notebook hub.", "2023-05-10", "2023-05-11T03:10:00Z")]
    public void Notes_named_by_their_date_are_dated_by_a_day_their_first_sentence_of_trouble_gives_in_the_week_before(string opening, string day, string started)
    {
        var imported = Import($"# Hub outage\n\n## Summary\n\n{opening} The proxy had died.\n\n## Timeline\n\nAll times in PDT\n\n### 20:10\n\nThe proxy pod is evicted.\n\n### 21:03\n\nThe hub is fully operational again.\n", "2023-05-10-hub-outage.md");

        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), imported.Date);
        Assert.Equal(At(started), imported.Timestamps.Started);
    }

    [Fact]
    public void A_small_hour_told_as_that_morning_after_an_evening_stays_on_the_same_day()
    {
        var imported = Import("# Payments outage on 2023-06-14\n\nAt 19:30 UTC customers began reporting failed card payments.\n\n"
            + "Investigation showed that the faulty routing rule had been pushed at 07:15 UTC that morning, but it only took effect under evening traffic.\n\nAt 20:10 UTC we removed the rule and payments recovered.\n");

        Assert.Equal(At("2023-06-14T20:10:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Planned_maintenance_taking_the_site_offline_does_not_date_the_incident()
    {
        var imported = Import("---\ntitle: Database server failure\ndate: 2023-05-10\n---\n\nOn May 3 we moved the database to a new server, taking the site offline for a planned hour of maintenance.\n\n"
            + "On May 9 the new server's disk failed and the site was down for six hours.\n");

        Assert.Equal(new DateOnly(2023, 5, 9), imported.Date);
    }

    [Fact]
    public void Names_that_could_not_be_resolved_in_an_entry_that_resolves_the_incident_do_not_deny_its_end()
    {
        var imported = Import("# DNS outage on 2023-06-14\n\n## Timeline\n\n- 10:00 UTC Internal hostnames stop resolving\n- 10:20 UTC Resolver pods restarted\n"
            + "- 10:35 UTC Incident resolved; hostnames that could not be resolved earlier now answer normally\n- 16:00 UTC Postmortem meeting held\n");

        Assert.Equal(At("2023-06-14T10:35:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_stated_duration_does_not_take_away_the_end_a_mitigation_gives()
    {
        var imported = Import("# Search outage on 2024-05-06\n\nSearch was down for about two hours.\n\n## Timeline\n\n- 08:00 UTC Indexer crashes, search returns errors\n"
            + "- 08:10 UTC Alert fires for search errors\n- 09:20 UTC Indexer rolled back to the previous version, search mitigated\n");

        Assert.Equal(At("2024-05-06T09:20:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_notes_file_named_by_a_later_date_is_dated_by_its_timeline()
    {
        var imported = Import("# Database outage\n\n## Timeline\n\n- 2023-05-09 14:02 UTC - primary database stopped accepting writes\n- 2023-05-09 15:10 UTC - failover completed, service restored\n", "2023-05-12-db-outage.md");

        Assert.Equal(new DateOnly(2023, 5, 9), imported.Date);
    }

    [Fact]
    public void A_small_hour_in_the_morning_or_overnight_after_an_evening_is_the_night_after()
    {
        var imported = Import("# Build farm outage on 2023-06-14\n\nAt 22:00 UTC the nightly build jobs started failing with disk errors.\n\n"
            + "At 03:00 UTC in the morning the on-call engineer was paged.\n\nBy 04:10 UTC the replicas had already caught up and builds recovered.\n");

        Assert.Equal([At("2023-06-14T22:00:00Z"), At("2023-06-15T03:00:00Z"), At("2023-06-15T04:10:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void A_weekday_never_puts_a_posts_story_after_the_post()
    {
        var imported = Import("---\ntitle: Export stuck\ndate: 2023-06-09\n---\n\nOur nightly export job starts at 23:00 UTC and normally finishes within an hour.\n\n"
            + "On Tuesday night the export got stuck halfway through and customers received no reports.\n\nAt 07:30 UTC the next morning we restarted the export and the reports went out.\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time > At("2023-06-10T00:00:00Z"));
    }

    [Fact]
    public void A_sentence_opening_with_a_weekday_and_a_time_moves_the_story_even_when_it_looks_back()
    {
        var imported = Import("# Search outage\n\nAt 10:00 UTC on March 6, 2023, search requests started to fail with errors.\n\nAt 10:45 UTC we restarted the search nodes and the errors stopped.\n\n"
            + "On Wednesday at 08:00 UTC we found that the heap had been filling up again since the nightly reindex.\n");

        Assert.Equal(At("2023-03-08T08:00:00Z"), imported.Timeline.Last().Time);
    }

    [Fact]
    public void Last_wednesday_anywhere_in_a_sentence_about_an_outage_dates_the_post()
    {
        var imported = Import("---\ntitle: API outage\ndate: 2023-07-24\n---\n\nAs many of you noticed, our public API was down for two hours last Wednesday.\n");

        Assert.Equal(new DateOnly(2023, 7, 19), imported.Date);
    }

    [Fact]
    public void A_stated_length_keeps_the_latest_remedy_from_becoming_the_end()
    {
        var imported = Import("# Site outage on 2023-08-02\n\nThe site was down for 3 hours.\n\n## Timeline\n\n- 14:00 UTC Site starts returning errors\n- 14:20 UTC On-call paged\n- 15:40 UTC Restarted the database primary\n");

        Assert.Null(imported.Timestamps.Resolved);
        Assert.Equal(TimeSpan.FromHours(3), imported.Duration);
    }

    [Fact]
    public void A_service_still_not_fully_restored_is_no_end()
    {
        var imported = Import("# Storage outage on 2023-06-14\n\n## Timeline\n\n- 09:00 UTC Storage cluster loses two nodes, uploads fail\n"
            + "- 09:40 UTC Website back to normal, but the mobile API is still not fully restored\n- 11:15 UTC Mobile API recovered after the last node rejoined\n");

        Assert.Equal(At("2023-06-14T11:15:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_time_known_to_ten_minutes_is_read_at_the_start_of_them()
    {
        var imported = Import("# Charging stalled on 2026-08-31\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| ~15:5x | Charging suppressed by the stale guard |\n"
            + "| 17:15 | v0.18.3 deployed |\n| 18:1x | v0.18.4 deployed, charging resumes |\n");

        Assert.Equal([At("2026-08-31T15:50:00Z"), At("2026-08-31T17:15:00Z"), At("2026-08-31T18:10:00Z")], imported.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void The_day_a_timeline_heading_gives_dates_the_times_under_it()
    {
        var imported = Import("# Battery guard deadlock\n\n**Date:** 2026-08-30 to 2026-08-31\n\n## Timeline (2026-08-31, UTC)\n\n| Time | Event |\n|---|---|\n"
            + "| 13:50 | Charging suppressed |\n| 17:00 | Fix verified, charging resumes |\n");

        Assert.Equal(At("2026-08-31T13:50:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_post_that_opens_on_the_present_weekday_tells_of_that_day()
    {
        var imported = Import("---\ntitle: CI job timeouts\ndate: 2025-04-04\n---\n\nIt's Tuesday morning, and virtually all CI jobs are failing with timeouts.\n\nThe cause was a regression in the tool.\n");

        Assert.Equal(new DateOnly(2025, 4, 1), imported.Date);
    }

    [Fact]
    public void A_start_and_repair_time_the_document_says_are_not_known_are_left_unset()
    {
        var imported = Import("# PR backlog stall on 2026-10-02\n\n## Impact\n\n| Measure | Value |\n| --- | --- |\n| Start | Unverified; older job failures predate this work. |\n"
            + "| Time to repair | Pending validation. |\n\n## Timeline (UTC)\n\n| Time | Event |\n| --- | --- |\n| 13:22 | Published the repair. |\n| 13:30 | Recorded the incident. |\n");

        Assert.Null(imported.Timestamps.Started);
        Assert.Null(imported.Timestamps.Resolved);
        Assert.Equal(2, imported.Timeline.Count);
    }

    [Fact]
    public void A_timeline_heading_that_dates_its_own_update_does_not_date_the_times()
    {
        var imported = Import("# Checkout outage on 2024-05-06\n\n## Timeline (last updated 2024-05-09)\n\n- 10:00 UTC Checkout errors begin\n- 11:00 UTC Fix deployed\n");

        Assert.Equal(At("2024-05-06T10:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_start_said_unknown_is_not_guessed_but_an_end_the_timeline_states_still_counts()
    {
        var imported = Import("# Storage outage on 2024-05-06\n\nStart: Unknown\nEnd: Ongoing\n\n## Timeline\n\n- 10:00 UTC Errors seen on uploads\n- 14:00 UTC Incident resolved, all systems operational\n");

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(At("2024-05-06T14:00:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Start: N/A (see timeline)\n")]
    [InlineData("## Action items\n\n- Add an alert\n  Owner: alice\n  Resolved: pending\n")]
    public void A_label_that_points_elsewhere_or_belongs_to_an_action_item_leaves_the_times_alone(string lines)
    {
        var imported = Import($"# Storage outage on 2024-05-06\n\n## Timeline\n\n- 10:00 UTC Errors seen on uploads\n- 11:00 UTC Incident resolved\n\n{lines}");

        Assert.Equal(At("2024-05-06T10:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2024-05-06T11:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void An_end_said_ongoing_in_part_of_the_service_is_not_guessed()
    {
        var imported = Import("# Storage outage on 2024-05-06\n\nResolved: Ongoing in the EU region (backfill still running)\n\n## Timeline\n\n- 10:00 UTC Errors seen on uploads\n- 11:30 UTC Backfill started\n");

        Assert.Null(imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_day_and_month_without_a_year_that_would_fall_after_the_post_is_in_the_year_before()
    {
        var imported = Import("---\ntitle: Task queue failure\n---\nOn 23rd October, at 4:19 AM a wrong server was restarted by mistake.\n\n"
            + "At 9:20 AM we managed to start processing queued tasks. The delay ended on 24th October about 7:00 PM.\n", "2015-01-07-queue.md");

        Assert.Equal(new DateOnly(2014, 10, 23), imported.Date);
        Assert.Equal(At("2014-10-23T04:19:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2014-10-24T19:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_day_written_with_its_year_after_the_post_is_not_moved()
    {
        var imported = Import("---\ntitle: Task queue failure\n---\nOn 23rd October 2015, at 4:19 AM a wrong server was restarted by mistake.\n\n"
            + "At 9:20 AM we managed to start processing queued tasks.\n", "2015-01-07-queue.md");

        Assert.Equal(2015, imported.Timestamps.Started!.Value.Year);
    }

    [Fact]
    public void A_space_written_as_an_html_entity_does_not_hide_a_time()
    {
        var imported = Import("# Outage on 2018-07-18\n\nAt&nbsp;11:55, response times rose and the site went down.\n\nAround&#160;12:20, the site was responsive again.\n");

        Assert.Equal(At("2018-07-18T11:55:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2018-07-18T12:20:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("at noon")]
    [InlineData("at 12 noon")]
    [InlineData("at midday")]
    public void Noon_named_in_words_is_twelve_o_clock(string when)
    {
        var imported = Import($"# Outage on 2018-07-18\n\nOn July 18, 2018, {when}, the shop went down.\n\nAround 12:20, the shop was responsive again.\n");

        Assert.Equal(At("2018-07-18T12:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void Midnight_in_words_is_no_moment_since_it_names_a_nightly_schedule_as_often()
    {
        var timeline = ProseTimeline.Parse(["The backup job runs at midnight. At 02:10 UTC the disk filled up."], new TimelineContext(new DateOnly(2024, 1, 1), Utc, null));

        Assert.Equal([At("2024-01-01T02:10:00Z")], timeline.Events.Select(e => e.Event.Time));
    }

    [Theory]
    [InlineData("The shop was unavailable for twenty minutes.", 20)]
    [InlineData("The shop was unavailable for twenty-five minutes.", 25)]
    [InlineData("The shop was unavailable for fifteen minutes.", 15)]
    [InlineData("The shop was unavailable for about half an hour.", 30)]
    [InlineData("The outage lasted forty five minutes.", 45)]
    [InlineData("The interest accrued at the wrong rate until this issue got resolved(~20 hrs).", 1200)]
    [InlineData("Fees were wrong until the issue was fixed (about 3 hours).", 180)]
    public void Lengths_in_words_and_in_brackets_after_the_fix_are_stated_durations(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])!.Length);
    }

    [Fact]
    public void A_length_in_brackets_after_an_unrelated_until_is_not_a_duration()
    {
        Assert.Null(StatedDuration.Find(["We waited until the vendor answered (~2 hours)."]));
    }

    [Fact]
    public void A_status_entry_dated_once_for_both_ends_opens_at_that_moment_when_its_updates_come_after_it()
    {
        var imported = Import("---\ntitle: Partial outage of hosting\ndate: 2020-05-24T17:36:00+00:00\nresolved: true\nresolvedWhen: 2020-05-24T17:36:00+00:00\n---\n\n"
            + "Our hosting servers are showing timeouts. We are investigating.\n\n**Update: 18:52** We have identified an attack from many sources.\n\n"
            + "**Update 21:18** Traffic has returned to normal and all systems are nominal again.\n");

        Assert.Equal(At("2020-05-24T17:36:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2020-05-24T21:18:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_round_stated_length_does_not_move_the_start_after_the_trouble_was_noticed()
    {
        var imported = Import("# Cluster login errors\n\n**Date**: 2025-12-27\n**Duration**: ~1 hour\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
            + "| ~19:00 | User noticed 401 errors in the UI |\n| 19:12 | Logs showed key loading failures |\n| 19:16 | Node rebooted |\n"
            + "| 20:06 | Investigation revealed clock drift |\n| 20:16 | Time synced |\n| 20:17 | Services restarted, UI working |\n");

        Assert.Equal(At("2025-12-27T19:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2025-12-27T20:17:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("MTTR: 0:32", 32)]
    [InlineData("**MTTR:** 7h34m from alert to the health check passing", 454)]
    [InlineData("| MTTR | ~2 hours |", 120)]
    public void The_time_to_recover_of_a_single_incident_is_its_stated_duration(string line, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([line])!.Length);
    }

    [Fact]
    public void A_stated_length_ends_the_outage_at_its_entry_even_when_a_later_entry_reads_as_a_mitigation()
    {
        const string text = "# Stack deleted on 2017-09-08\n\n## Timeline\n\n16:08 Stack deletion begins\n\n16:09 Reported as site failing\n\n16:23 Started creating the stack again\n\n"
            + "16:40 Homepage is visible\n\n16:44 Disabled the credentials that issued the delete commands\n\n17:28 Publishing bot re-enabled\n\n## Impact\n\nMTTR: 0:32\n";

        var timestamps = Import(text).Timestamps;

        Assert.Equal(At("2017-09-08T16:40:00Z"), timestamps.Resolved);
        Assert.Null(timestamps.Mitigated);
    }

    [Theory]
    [InlineData("**INCIDENT END**: All VMs restored")]
    [InlineData("The journal is back up")]
    public void An_entry_marking_the_incident_end_or_saying_something_is_back_up_is_the_end(string entry)
    {
        var imported = Import($"# VM boot failure on 2025-12-07\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 17:05 | **INCIDENT START**: VMs failed to boot |\n"
            + $"| 18:30 | Fix deployed: recreated the EFI disks |\n| 18:50 | {entry} |\n| 19:30 | Postmortem drafted |\n");

        Assert.Equal(At("2025-12-07T18:50:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Parts_confirmed_all_ok_during_the_search_are_not_the_end()
    {
        Assert.False(EventWording.Says("Confirm that the instances and load balancers are all OK.", Milestone.Resolved));
        Assert.True(EventWording.Says("Everything is OK again.", Milestone.Resolved));
    }

    [Theory]
    [InlineData("During the midday peak the checkout service went down at 12:47 UTC.")]
    [InlineData("Noon checkout went down at 12:47 UTC after a bad deploy.")]
    [InlineData("The sync job, which runs every day at noon, failed. Checkout went down at 12:47 UTC.")]
    public void Noon_as_an_adjective_a_name_or_a_schedule_is_no_moment(string sentence)
    {
        var imported = Import($"# Checkout outage\n\nDate: 2024-03-05\n\n## Summary\n\n{sentence} The service was fully restored at 13:30 UTC.\n");

        Assert.Equal(At("2024-03-05T12:47:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void Latency_back_up_above_a_figure_is_no_end()
    {
        var imported = Import("# Search latency incident\n\nDate: 2024-04-10\n\n## Timeline (UTC)\n\n- 14:02 Latency alerts fired for search.\n"
            + "- 14:10 Restarted the cache nodes; latency dropped for a few minutes.\n- 14:25 Latency is back up above 900 ms.\n"
            + "- 14:40 Rolled back the config change.\n- 15:05 Latency back under 100 ms, closing the incident.\n");

        Assert.Equal(At("2024-04-10T15:05:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void An_estimate_of_the_outage_end_is_no_end()
    {
        var imported = Import("# Storage outage\n\nDate: 2024-06-02\n\n## Timeline (UTC)\n\n- 14:00 Writes to the storage cluster began failing.\n"
            + "- 14:10 Vendor support estimates the outage end at around 16:00.\n- 14:45 Vendor replaced the failed controller.\n- 15:20 Writes succeeding again; closing the bridge call.\n");

        Assert.Equal(At("2024-06-02T15:20:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_round_length_ends_at_the_service_working_again_not_at_work_on_a_fix()
    {
        var imported = Import("# Checkout errors after deploy\n\nDate: 2024-02-14\n\n## Summary\n\nThe outage began at 10:00 UTC and checkout was broken for about 1 hour after release 4.2.\n\n"
            + "## Timeline (UTC)\n\n- 10:00 Checkout errors began after release 4.2 went out.\n- 10:12 On-call paged.\n- 10:58 Rolled back to release 4.1.\n- 11:15 Engineers started working on a proper fix for 4.2.\n");

        Assert.Equal(At("2024-02-14T10:58:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Under_an_hour_is_a_bound_not_a_round_figure()
    {
        var imported = Import("# Search outage\n\nDate: 2024-05-20\n\n## Summary\n\nSearch was down for under 1 hour.\n\n## Timeline (UTC)\n\n"
            + "- 10:00 Search requests started failing after the index rebuild.\n- 10:08 On-call paged.\n"
            + "- 10:50 Restored the previous index; search results are returned again.\n- 11:15 Confirmed all services are healthy; incident closed.\n");

        Assert.Equal(At("2024-05-20T10:50:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_forecast_time_in_a_status_entry_is_no_update_that_makes_its_filing_time_the_start()
    {
        var imported = Import("---\ntitle: API certificate errors\ndate: 2022-06-27 17:36:00 +0000\nresolved: true\nresolvedWhen: 2022-06-27 17:36:00 +0000\n---\n\n"
            + "Earlier today the API returned TLS errors after a bad certificate rotation. The certificate was replaced. The remaining certificates are expected to be rotated by 22:00 UTC.\n");

        Assert.Null(imported.Timestamps.Started);
    }

    [Fact]
    public void A_timeline_days_after_an_announcement_stays_in_the_posts_year()
    {
        var imported = Import("---\ntitle: \"Planned maintenance: database upgrade\"\ndate: 2024-03-01\n---\n\nWe will upgrade the primary database this weekend.\n\n"
            + "## Timeline\n\n- March 3, 02:00 UTC: maintenance started\n- March 3, 02:45 UTC: failover to the new primary failed, site down\n- March 3, 04:10 UTC: service restored\n");

        Assert.Equal(At("2024-03-03T02:00:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("We kept the feature flag disabled until the bug was fixed (2 weeks).")]
    [InlineData("- MTTR: 3:10 (rolling 90-day average)")]
    public void A_remedy_kept_in_place_or_a_teams_average_is_no_stated_duration(string line)
    {
        Assert.Null(StatedDuration.Find([line]));
    }

    [Fact]
    public void A_page_last_updated_at_a_time_is_no_moment_of_the_incident()
    {
        var timeline = ProseTimeline.Parse(["Last updated: 16:45. The cache was warmed at 10:40 UTC."], new TimelineContext(new DateOnly(2024, 5, 20), Utc, null));

        Assert.Equal([At("2024-05-20T10:40:00Z")], timeline.Events.Select(e => e.Event.Time));
    }

    [Fact]
    public void A_queue_back_up_to_a_figure_is_no_end()
    {
        var imported = Import("# Queue outage\n\nDate: 2025-03-04\n\n## Timeline\n\n- 10:00 Alert fired for queue depth above 20k\n- 10:10 Doubled the consumer count; queue depth fell to 5k\n"
            + "- 10:30 Queue depth was back up to 50k and climbing\n- 11:00 Found the poison message and removed it\n- 11:20 Queue drained to zero\n");

        Assert.Equal(At("2025-03-04T11:20:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_length_labelled_as_the_duration_of_impact_is_not_the_impact_itself()
    {
        var imported = Import("# Cluster meltdown\n\n**Date:** 2026-05-21\n**Duration of impact:** ~40 minutes\n**Blast radius:** all five nodes\n\nThe agents restarted at once.\n");

        Assert.Equal(40, imported.StatedDurationMinutes);
        Assert.DoesNotContain("40 minutes", imported.Impact?.Description ?? "");
    }

    [Theory]
    [InlineData("Asia/Shanghai", "2026-06-02T14:00:00Z", "2026-06-02T16:21:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-02T16:30:00Z", "2026-06-02T18:51:00Z")]
    [InlineData("America/Phoenix", "2026-06-03T05:00:00Z", "2026-06-03T07:21:00Z")]
    public void A_region_name_in_brackets_after_the_date_gives_the_zone_of_the_timeline(string region, string started, string resolved)
    {
        var imported = Import($"# Search worker outage\n\n**Date**: 2026-06-02 ~22:00 – 2026-06-03 00:21 ({region})\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
            + "| 22:00 | Searches began failing |\n| 23:10 | Found the bad deploy |\n| 00:21 | Service restored with the backup build |\n");

        Assert.Equal(At(started), imported.Timestamps.Started);
        Assert.Equal(At(resolved), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_round_length_does_not_move_the_start_back_into_the_lead_up_hours_before_the_first_sign_of_trouble()
    {
        var imported = Import("# Tables lost\n\n**Date**: 2025-03-04\n**Resolution Time**: ~4 hours\n\n## Timeline\n\n### 2025-03-03\n"
            + "- **22:10** - Imported the spring catalogue\n- **22:20** - New users signed up\n\n### 2025-03-04\n"
            + "- **01:00** - Catalogue tables lost after the volume was recreated\n- **01:30** - User reports empty lists\n- **02:00** - Found the missing tables\n"
            + "- **02:45** - Users can see their lists again\n- **03:30** - Documentation and monitoring deployed\n");

        Assert.Equal(At("2025-03-04T01:00:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("On April 14, 2021, at about 9:40am, all services hosted on our Kubernetes cluster on Google Cloud became inaccessible.", "2021-04-14T09:40:00Z")]
    [InlineData("On 14 April 2021 at 09:12 UTC the dashboards and every public page of the status site became unusable.", "2021-04-14T09:12:00Z")]
    public void A_summary_sentence_telling_the_services_became_inaccessible_at_a_time_states_the_start(string sentence, string started)
    {
        var imported = Import($"---\ntitle: Cluster outage\ndate: 2021-04-12\n---\n\n# Summary\n\n{sentence}\n\n# Timeline\n\n- April 13\n  - 4:16: staging shows 404\n"
            + "- April 14\n  - 9:50: all services restart\n  - 12:09: new balancer version deployed, resolving the issue\n");

        Assert.Equal(At(started), imported.Timestamps.Started);
    }

    [Fact]
    public void A_time_far_from_the_words_of_trouble_in_another_clause_states_no_start()
    {
        Assert.Null(StatedWindow.Find(["At 09:40 the on-call engineer, who had joined the team in March, joined the call; later that week the old dashboards became unusable."], 2024));
    }

    [Theory]
    [InlineData("Our SLO is 99.9% availability (downtime < 43.8 minutes/month).")]
    [InlineData("Our target is downtime under 5 minutes per deploy.")]
    [InlineData("The PagerDuty alert only fires when the API is unavailable for more than 10 minutes, so nobody was paged.")]
    [InlineData("- **Time:** 1030 hrs IST")]
    [InlineData("- **Time:** 0900 hrs")]
    [InlineData("- Time: 1400h UTC")]
    [InlineData("- Time: 2 days after the 3.4 release")]
    [InlineData("- Time to resolve: 4 hours (P1 SLA target)")]
    [InlineData("- Restoration time: 2 hours per TB restored")]
    public void A_target_a_threshold_a_rate_or_a_clock_time_written_in_hours_is_no_stated_duration(string line)
    {
        Assert.Null(Import($"# Outage\n\nDate: 2024-02-01\n\n{line}\n").StatedDurationMinutes);
    }

    [Theory]
    [InlineData("The maintenance was announced with expected downtime under 15 minutes, but the outage lasted 2 hours.", 120)]
    [InlineData("We announced planned downtime about 30 minutes; the database was unavailable for 3 hours.", 180)]
    public void A_planned_downtime_gives_way_to_the_outages_own_length(string sentence, double minutes)
    {
        Assert.Equal(minutes, Import($"# Outage\n\nDate: 2024-02-01\n\n{sentence}\n").StatedDurationMinutes);
    }

    [Theory]
    [InlineData("Every night between 01:00 and 03:00 UTC the reporting replica is taken offline for backups.")]
    [InlineData("Between 09:00 and 11:00 UTC we ran the offline reindex job on the replica.")]
    [InlineData("At 09:00 UTC we rolled out the new TLS config to the EU fleet, and twenty minutes later the API went down.")]
    [InlineData("At 08:30 UTC Maria started the weekly review meeting, where we noted that the old admin panel became inaccessible to contractors last month.")]
    public void A_window_of_routine_work_or_a_time_in_another_clause_than_the_trouble_states_no_start(string sentence)
    {
        Assert.Null(StatedWindow.Find([sentence], 2024));
    }

    [Theory]
    [InlineData("The new image set the container time zone to Asia/Tokyo instead of UTC, so the nightly job ran at the wrong hour.")]
    [InlineData("The deploy set TZ=Asia/Tokyo in the container by mistake.")]
    public void A_zone_set_on_a_system_is_not_the_zone_the_timeline_is_written_in(string cause)
    {
        var imported = Import($"# Job ran at the wrong hour\n\nDate: 2024-05-20\n\n## Root cause\n\n{cause}\n\n## Timeline (UTC)\n\n- 10:20 Alerts fire for the failed exports\n- 10:50 Rolled the image back\n");

        Assert.Equal(At("2024-05-20T10:20:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_section_of_duration_and_impact_still_tells_the_impact()
    {
        var imported = Import("# Checkout errors\n\nDate: 2024-05-20\n\n## Duration and Impact\n\nAbout 40% of checkout requests failed.\n");

        Assert.Contains("40% of checkout requests", imported.Impact?.Description ?? "");
    }

    [Fact]
    public void A_round_duration_counted_from_the_bad_deploy_still_moves_the_start_back_to_it()
    {
        var imported = Import("# Release 7.2 outage\n\n**Date**: 2024-03-04\n**Duration**: ~4 hours (from the bad deploy to the fix)\n\n## Timeline\n\n"
            + "- 22:00 Deployed release 7.2\n- 23:40 First customer report of failed logins\n- 00:30 Found the broken session cache\n- 02:00 Rolled back, logins work again\n");

        Assert.Equal(At("2024-03-04T22:00:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void Dates_in_command_output_inside_a_jekyll_highlight_block_neither_date_the_incident_nor_make_a_timeline()
    {
        const string text = "---\ntitle: Expired certificates\ndate: 2024-09-10 19:30:12 +0200\n---\nWe ran the expiry check:\n\n{% highlight bash %}\nadmin.conf   Dec 30, 2020 23:36 UTC   364d\nca           Dec 28, 2029 23:36 UTC   9y\n{% endhighlight %}\n\nRenewing the certificates fixed it.\n";

        var imported = Import(text);

        Assert.Equal(new DateOnly(2024, 9, 10), imported.Date);
        Assert.Empty(imported.Timeline);
        Assert.Null(imported.Timestamps.Started);
    }

    [Fact]
    public void A_date_line_opening_the_text_shortly_before_the_front_matters_date_dates_the_incident()
    {
        var imported = Import("---\ntitle: Invalid cost map\ndate: 2026-02-10T10:00:00\n---\n\n**Date:** January 27, 2026\n**Duration:** ~20 minutes\n\n## Summary\n\nA malformed file was merged and reverted.\n");

        Assert.Equal(new DateOnly(2026, 1, 27), imported.Date);
    }

    [Fact]
    public void A_date_line_after_the_front_matters_date_leaves_the_document_dated_by_its_front_matter()
    {
        var imported = Import("---\ntitle: Invalid cost map\ndate: 2026-02-10\n---\n\n**Date:** March 3, 2026\n\nA malformed file was merged and reverted.\n");

        Assert.Equal(new DateOnly(2026, 2, 10), imported.Date);
    }

    [Theory]
    [InlineData("Server back online", true)]
    [InlineData("Monitoring system detected mail server back online, investigating.", true)]
    [InlineData("Servers back online in the EU region only, US still down", false)]
    [InlineData("All user pods are deleted again. Most users are back online now!", false)]
    [InlineData("Some of the mail servers are back up, the rest still boot.", false)]
    [InlineData("The forums are back online now.", true)]
    [InlineData("Some minutes later the site was back up.", true)]
    [InlineData("A few hours later the servers were back online.", true)]
    public void A_server_back_online_ends_the_incident(string entry, bool isEnd)
    {
        Assert.Equal(isEnd, EventWording.Says(entry, Milestone.Resolved) && !EventWording.Says(entry, Milestone.Detected));
    }

    [Fact]
    public void Most_users_back_online_is_a_step_toward_the_end_and_the_all_clear_after_it_is_the_end()
    {
        const string text = "# Hub database wiped\n\nDate: 2017-02-09\n\n## Timeline (all times UTC)\n\n### 01:12\n\nUsers report their notebooks are gone.\n\n"
            + "### 10:45\n\nA script repairs the user table. Most users are back online now!\n\n### 11:15\n\nA script renames the users with a dot in their name.\n\n"
            + "### 11:17\n\nAll clear given for the hub.\n";

        Assert.Equal(At("2017-02-09T11:17:00Z"), Import(text).Timestamps.Resolved);
    }

    [Fact]
    public void Monitoring_that_detects_the_recovery_is_not_the_detection_of_the_trouble()
    {
        Assert.False(EventWording.Says("Monitoring system detected mail server back online", Milestone.Detected));
        Assert.True(EventWording.Says("Monitoring system detected mail server offline", Milestone.Detected));
    }

    [Fact]
    public void Start_and_end_fields_of_a_scheduled_maintenance_window_are_not_the_incidents()
    {
        var imported = Import("# Mail outage\n\nThe mail outage was between **12:17 - 12:35 UTC on September 10, 2020**.\n\n"
            + "**The maintenance window was scheduled for**:\n\n**Start**: 2020-09-10 @ 04:00 UTC\n**End**: 2020-09-10 @ 12:00 UTC\n\n"
            + "## Timeline\n\n* 12:17 - Live migration of the mail server fails\n* 12:22 - Monitoring: mail server unavailable\n* 12:35 - Server back online\n");

        Assert.Equal(At("2020-09-10T12:17:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2020-09-10T12:35:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void Start_and_end_fields_under_an_incident_heading_are_the_incidents()
    {
        var imported = Import("# Mail outage on 2020-09-10\n\n## Impact window\n\n**Start**: 2020-09-10 @ 04:00 UTC\n**End**: 2020-09-10 @ 12:00 UTC\n");

        Assert.Equal(At("2020-09-10T04:00:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2020-09-10T12:00:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_table_headed_time_under_another_heading_is_the_timeline()
    {
        var imported = Import("# Route outage on 2026-07-28\n\n## Evidence\n\nThe UTC sequence was:\n\n| Time | Evidence |\n|---|---|\n| About 03:43 | Functions listed as active |\n"
            + "| 03:58:56 | Composer route returned 404 |\n| 03:58:59 | Share route returned 404 |\n| About 04:00 | Probes reached the handlers again |\n");

        Assert.Equal(4, imported.Timeline.Count);
    }

    [Fact]
    public void A_table_of_times_whose_first_column_is_not_headed_as_the_time_is_not_a_timeline()
    {
        var imported = Import("# Backup jobs on 2026-07-28\n\n## Schedule\n\n| Job | Runs at |\n|---|---|\n| 02:00 nightly | full backup |\n| 03:00 nightly | vacuum |\n| 04:00 nightly | report |\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Theory]
    [InlineData("In Recovery", false)]
    [InlineData("Ongoing - keys rotated, history clean-up pending", false)]
    [InlineData("Resolved", true)]
    public void A_header_status_saying_the_incident_is_still_open_leaves_it_unresolved(string status, bool ended)
    {
        var imported = Import($"# Key exposure on 2025-10-12\n\n**Status:** {status}\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 19:00 | Repository made public |\n| 19:05 | Keys deactivated by the provider |\n| 19:15 | New keys generated |\n");

        Assert.Equal(ended, imported.Timestamps.Resolved is not null);
    }

    [Fact]
    public void A_timeline_heading_stating_utc_outweighs_a_local_zone_on_a_date_line_without_a_time()
    {
        var imported = Import("# Search down\n\n- **Date**: 01 Mar 2026 (PST) / 02 Mar 2026 (UTC)\n- **Severity**: Medium\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n"
            + "| 2026-03-02 02:25 | Pod starts crash-looping |\n| 2026-03-02 05:10 | Volume found full |\n| 2026-03-02 07:05 | Pod running again, service restored |\n");

        Assert.Equal(At("2026-03-02T02:25:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2026-03-02T07:05:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_local_time_the_writer_converts_to_utc_does_not_set_the_zone_of_the_other_times()
    {
        var imported = Import("# Site power outage\n\n## Updates\n\n22:13 - The site lost power; all services are down.\n\n"
            + "16:05 - Cleaning is due to be completed in time for an inspection by the fire services at 2PM EDT (18:00 UTC).\n\n"
            + "20:40 UTC - Power is back and all services are restored.\n", "2023-07-10-power.md");

        Assert.Equal(At("2023-07-10T22:13:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_timeline_quoted_as_a_code_block_in_a_post_without_a_timeline_section_is_the_timeline()
    {
        var imported = Import("---\ntitle: Storage failure\n---\n\nThe storage service was down on 2017-02-28. The break down was as follows:\n\n```\n"
            + "    17:37:29 UTC: First InternalError response from storage\n    17:37:56 UTC: Storage switches to 503 responses\n    19:37 UTC: Provider notified of high error rates\n"
            + "    20:35:50 UTC: First successful request\n    ~21:03 UTC: Most GET requests succeeding\n    21:13 UTC: Provider notifies of GET requests fully restored\n    22:11 UTC: PUT requests fully restored\n```\n\nIt was a long afternoon.\n", "2017-03-01-storage.md");

        Assert.Equal(7, imported.Timeline.Count);
        Assert.Equal(At("2017-02-28T17:37:29Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void A_log_excerpt_stamped_to_the_second_in_a_code_block_is_not_the_timeline()
    {
        var imported = Import("# Sync failures on 2017-02-28\n\nThe sync job failed all afternoon. From its log:\n\n```\n18:05:01 WARN sync failed\n18:05:31 WARN sync failed\n18:06:01 WARN sync failed\n18:06:31 INFO retrying\n```\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Theory]
    [InlineData("First InternalError response from storage")]
    [InlineData("Clients start seeing ConnectionResetException")]
    [InlineData("Proxy returns 503 responses")]
    [InlineData("At 3:20 pm, everything started falling apart")]
    [InlineData("Plugin finished, but containers weren't properly restarted")]
    public void An_error_class_a_server_error_status_things_falling_apart_or_not_brought_back_tell_trouble(string entry)
    {
        Assert.True(TimestampReader.TellsTrouble(entry));
    }

    [Fact]
    public void A_bold_timeline_name_with_a_note_in_parentheses_heads_the_timeline_and_its_day_holds_after_a_lead_up_day()
    {
        var imported = Import("# Format change broke every project\n\n**Impact** — every deployed project refused to load.\n\n**Timeline** (UTC, 2026-08-08; human events\napproximate)\n\n"
            + "- Aug 7 (day) — the change is designed and built.\n- 00:07 — CI turns green.\n- **00:59 — the change merges. Impact begins**.\n- ~03:30 — a user reports every project failing.\n- **06:09 — the repair merges. Fix available**.\n\n"
            + "**Contributing causes**\n\n- No format version was bumped.\n", "incident.md");

        Assert.Equal(4, imported.Timeline.Count(e => e.Time is not null));
        Assert.Equal(At("2026-08-08T00:59:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2026-08-08T06:09:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void A_day_written_in_a_timeline_without_a_dated_heading_still_dates_the_times_after_it()
    {
        var events = Timeline("- Aug 7 — the change is designed.\n- 10:07 — CI turns green.\n- 10:59 — the change merges.\n", "2026-08-08");

        Assert.Equal(At("2026-08-07T10:07:00Z"), events.First(e => e.Time is not null).Time);
    }

    [Fact]
    public void Time_headings_whose_labels_carry_a_note_in_parentheses_are_a_log_of_the_incident()
    {
        var imported = Import("# When everything crashed\n\n## October 5, 8:23 AM: The Discovery\n\nThe cluster was crash-looping.\n\n## 8:25 AM - Initial Diagnosis (With a Colleague's Help)\n\nWe looked at the pods.\n\n"
            + "## 8:45 AM: The Root Cause (Our Analysis)\n\nThe node IP had changed.\n\n## 9:15 AM: The Recovery\n\nPods healthy again.\n", "2025-10-05-k3s.md");

        Assert.Equal(4, imported.Timeline.Count(e => e.Time is not null));
    }

    [Fact]
    public void A_time_heading_with_a_long_title_is_not_a_log_entry()
    {
        var imported = Import("# Notes\n\n## 14:05 deploy of the new search ranking service to every region\n\nIt went fine.\n\n## 15:10 rollback of the new search ranking service in every region\n\nAlso fine.\n", "2025-10-05-notes.md");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null && e.Text.StartsWith("It went", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_weeks_before_the_rest_that_set_the_fault_up_while_the_service_worked_are_not_the_start()
    {
        var imported = Import("# Wrong certificates\n\n## Timeline\n\nAll times in UTC.\n\n### 2018-10-08 18:40\n\nCertificates applied by hand to the load balancers only. Services are operational, but the conditions for failure are set.\n\n"
            + "### 2018-10-30 12:15\n\nNew service configuration deployed to production.\n\n### 2018-10-30 19:00\n\nMonitoring began sending alerts because a client got certificate errors.\n\n### 2018-10-30 19:30\n\nCertificates corrected. Services are restored.\n");

        Assert.Equal(At("2018-10-30T12:15:00Z"), imported.Timestamps.Started);
    }

    [Fact]
    public void Entries_weeks_before_the_rest_that_tell_trouble_still_start_the_incident()
    {
        var imported = Import("# Slow corruption\n\n## Timeline\n\nAll times in UTC.\n\n### 2018-10-08 18:40\n\nA bad write path starts corrupting rows; errors begin.\n\n"
            + "### 2018-10-30 12:15\n\nA customer reports wrong balances.\n\n### 2018-10-30 19:00\n\nThe write path is found.\n\n### 2018-10-30 19:30\n\nFix deployed. Services are restored.\n");

        Assert.Equal(At("2018-10-08T18:40:00Z"), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("This flaw was introduced in 2015 and has been fixed as of 11am GMT April 19th 2021.")]
    [InlineData("The upload bug is resolved since 11:00 UTC on April 19th 2021, and all sessions were reset.")]
    public void The_only_moment_a_sentence_says_the_trouble_was_fixed_as_of_is_its_end_not_its_start(string sentence)
    {
        var postmortem = Import($"# Upload bug\n\nA researcher reported the flaw this morning.\n\n{sentence}\n");

        Assert.Null(postmortem.Timestamps.Started);
        Assert.Equal(At("2021-04-19T11:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_summary_saying_the_service_experienced_a_failure_at_a_time_gives_the_start_before_the_first_report()
    {
        var postmortem = Import("# Global outage\n\nOn Tuesday, December 13th, 2022 at roughly 18:52 UTC the site experienced a 7 minute cascading failure.\n\n## Timeline\n\n"
            + "- **18:53** First report of slow responses\n- **18:59** First redis error seen\n- **19:06** Disk space recovered\n- **19:16** Announcement posted\n");

        Assert.Equal(At("2022-12-13T18:52:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2022-12-13T18:59:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("At 14:30 UTC we received reports that customers in Europe experienced a service disruption.")]
    [InlineData("At 14:30 UTC the support team confirmed that several customers had experienced a partial outage.")]
    [InlineData("At 14:30 UTC we detected that the API had stopped responding.")]
    [InlineData("At 14:30 UTC we got an alert that the API stopped responding.")]
    [InlineData("At 14:30 UTC we realized that the API had stopped working.")]
    public void A_moment_someone_learnt_of_the_trouble_does_not_override_an_earlier_start(string sentence)
    {
        var postmortem = Import("# API errors\n\nOn March 3, 2024 the API started returning errors at 13:50 UTC. " + sentence + "\n");

        Assert.Equal(At("2024-03-03T13:50:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("## Summary\n\nOn March 3, 2024 at 14:05 UTC the service that handles logins went down, and users could not sign in for about 45 minutes.\n\n## Timeline\n\n"
        + "- 13:40 deployed a config change to the auth tier\n- 14:07 alert fired for login errors\n- 14:50 reverted the change, logins recovered\n")]
    [InlineData("On March 3, 2024 at 13:40 UTC we deployed a config change to the auth tier. At 14:05 UTC the service that handles logins went down. At 14:50 UTC we reverted the change and logins recovered.\n")]
    public void A_subject_with_its_own_clause_going_down_at_a_time_starts_the_outage(string text)
    {
        var postmortem = Import("# Login outage\n\n" + text);

        Assert.Equal(At("2024-03-03T14:05:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_last_entry_that_only_reports_a_finding_does_not_end_the_outage()
    {
        var postmortem = Import("# Mail outage\n\n## Timeline (UTC)\n\n- 2025-03-09 00:31 Incident started, mail storage unreachable\n- 2025-03-09 01:34 Attempted remote filer restart\n"
            + "- 2025-03-09 05:37 All impacted systems identified, incoming mail queued\n");

        Assert.Equal(At("2025-03-09T00:31:00Z"), postmortem.Timestamps.Started);
        Assert.Null(postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_last_entry_that_found_the_fault_and_removed_it_ends_the_outage()
    {
        var postmortem = Import("# Malicious packages\n\n## Timeline (UTC)\n\n- 2025-11-24 04:11 Malicious package versions published\n"
            + "- 2025-11-24 09:30 Identified the malicious packages, deleted them, and revoked the tokens used to publish them\n");

        Assert.Equal(At("2025-11-24T09:30:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(At("2025-11-24T11:14:00Z"), Import("# Bad flag\n\n## Timeline (UTC)\n\n- 2025-11-24 10:04 Errors on every page\n- 2025-11-24 11:14 Identified the bad config flag and pushed a corrected version\n").Timestamps.Resolved);
    }

    [Fact]
    public void Experiencing_something_that_is_no_failure_at_a_time_starts_nothing()
    {
        var postmortem = Import("# Global outage\n\nOn December 13th, 2022 at 17:00 UTC the site experienced a record day of sign-ups.\n\n## Timeline\n\n"
            + "- **18:53** First report of slow responses\n- **19:06** Disk space recovered\n");

        Assert.Equal(At("2022-12-13T18:53:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("On March 12, 2024 at 14:05 UTC, 22:05 local time in Singapore, the primary payments database failed. We failed over at 14:30 UTC and payments recovered.", "2024-03-12T22:05:00Z")]
    [InlineData("On March 12, 2024 the site was degraded from 14:05 to 14:50 UTC, 0:45 in all. At 14:30 UTC we failed over.", "2024-03-12T00:45:00Z")]
    public void A_time_after_a_comma_alone_is_not_joined_to_the_marked_time_before_it(string text, string notAMoment)
    {
        var postmortem = Import($"# Payments outage\n\n{text}\n");

        Assert.DoesNotContain(postmortem.Timeline, e => e.Time == At(notAMoment));
    }

    [Theory]
    [InlineData("**Impact**: the control plane was down for about 3 minutes (02:07-02:10)")]
    [InlineData("**Impact**: API errors for three minutes (02:07 – 02:10 UTC)")]
    [InlineData("**影响**: 单控制面集群 API 中断约 3 分钟（02:07-02:10）")]
    public void Two_times_alone_in_brackets_in_what_the_impact_says_are_the_outage_window(string impact)
    {
        var postmortem = Import($"# Crashloop\n\n**Date**: 2026-09-25\n{impact}\n\n## Fix\n\nThe value was changed and the service started again.\n");

        Assert.Equal(At("2026-09-25T02:07:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-09-25T02:10:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Errors were elevated during the maintenance (02:00-06:00) we had planned.")]
    [InlineData("The outage hit the batch jobs (02:00-06:00 is when they run) hardest.")]
    [InlineData("Latency errors peaked for ten minutes (14:10-14:20) during the outage.")]
    [InlineData("Users saw errors (14:10-14:20) and the outage went on until 15:05.")]
    public void Times_in_brackets_are_no_window_when_something_planned_opens_them_or_more_words_follow(string sentence)
    {
        Assert.Null(StatedWindow.Find([sentence], 2024));
    }

    [Fact]
    public void With_no_start_and_no_timeline_the_stated_detection_is_the_earliest_moment_and_starts_the_incident()
    {
        var postmortem = Import("# Controller cannot reach the API server\n\n| | |\n|---|---|\n| Detected | 2026-04-19T14:30Z |\n| Mitigated | 2026-04-19T14:35Z |\n\n"
            + "## Summary\n\nNew controller pods time out dialling the cluster IP.\n");

        Assert.Equal(At("2026-04-19T14:30:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2026-04-19T14:35:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("| Start | Unknown |\n")]
    [InlineData("")]
    [InlineData("| Duration | 45 minutes |\n")]
    public void The_detection_starts_nothing_when_the_start_is_said_unknown_a_length_is_stated_or_a_timeline_gives_moments(string startRow)
    {
        var timeline = startRow.Length == 0 ? "## Timeline\n\n- 14:10 Deploy of the new controller\n- 14:40 Workaround documented\n" : "";
        var postmortem = Import($"# Controller cannot reach the API server\n\n| | |\n|---|---|\n{startRow}| Detected | 2026-04-19T14:30Z |\n\n{timeline}");

        Assert.NotEqual(At("2026-04-19T14:30:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("2023年8月9日14:05开始，订单服务出现大量超时，14:50恢复正常。")]
    [InlineData("2023年8月9日14:05に注文サービスでタイムアウトが多発し、14:50に復旧した。")]
    public void A_time_opening_a_chinese_or_japanese_clause_is_a_moment_of_the_story(string sentence)
    {
        var postmortem = Import($"# 故障\n\n{sentence}\n\n## 根本原因\n\n数据库死锁。\n");

        Assert.Equal(At("2023-08-09T14:05:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2023-08-09T14:50:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Den 10. oktober 2023 fikk databasen to korte utfall, kl. 08:10 og 13:45.")]
    [InlineData("Den 10. oktober 2023 var databasen nede mellem kl. 08:10 og kl. 13:45.")]
    public void A_time_after_the_scandinavian_kl_is_read_in_the_sentence_it_stands_in(string sentence)
    {
        var postmortem = Import($"# Databasen\n\n{sentence}\n\n## Rotårsak\n\nEn feil release.\n");

        Assert.Equal([At("2023-10-10T08:10:00Z"), At("2023-10-10T13:45:00Z")], postmortem.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void A_dated_heading_without_a_year_after_december_ones_falls_in_the_next_year()
    {
        const string text = "---\ndate: 2016-12-21\n---\n\n# Server outage\n\nOur server went offline without notice.\n\n## Updates\n\n#### 21st December\n\n- Moved the web site to a new host.\n\n"
            + "#### 23rd December\n\n- Restored the wiki.\n\n#### 2nd January\n\n- Restored the mail server.\n";

        var days = Import(text).Timeline.Select(e => e.Day).ToList();

        Assert.Equal([new DateOnly(2016, 12, 21), new DateOnly(2016, 12, 23), new DateOnly(2017, 1, 2)], days);
    }

    [Fact]
    public void Days_a_story_tells_without_a_year_keep_the_incidents_year_since_a_story_looks_back_as_often_as_ahead()
    {
        const string text = "---\ndate: 2016-12-20\n---\n\n# Certificate expired\n\nOn 20 December the certificate of the API expired. On 21 December we renewed it. "
            + "The certificate had been issued on 5th January, with a one-year term.\n";

        var days = Import(text).Timeline.Select(e => e.Day).ToList();

        Assert.Contains(new DateOnly(2016, 1, 5), days);
    }

    [Theory]
    [InlineData("Between 18:30 on November 27, 2025 and 06:15 on November 28, 2025 (UTC), emails went to the wrong people.")]
    [InlineData("Between 18:30 on November 27 and 06:15 on November 28, emails went to the wrong people.")]
    public void A_span_whose_first_time_carries_its_day_ends_at_the_second_time(string sentence)
    {
        var postmortem = Import($"# Mail incident\n\nDate: 2025-11-28\n\n{sentence}\n\nThe cause was a configuration change.\n");

        Assert.Equal(At("2025-11-27T18:30:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2025-11-28T06:15:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("06:15 The team identifies the misconfiguration and corrects it, stopping further emails from being sent.")]
    [InlineData("06:15 Root cause identified as a bad alias; customer impact ended.")]
    public void An_entry_that_finds_the_cause_and_ends_the_impact_is_the_end(string last)
    {
        var postmortem = Import($"# Mail incident\n\nDate: 2025-11-28\n\n## Timeline (UTC)\n\n- 06:06 First email sent to the wrong list\n- 06:08 Team notices unusual email activity\n- {last}\n");

        Assert.Equal(At("2025-11-28T06:15:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(Milestone.Resolved, postmortem.Timeline[^1].Milestone);
    }

    [Fact]
    public void Guard_an_entry_that_only_finds_the_cause_is_not_the_end()
    {
        var events = Timeline("- 06:06 First email sent to the wrong list\n- 06:15 The team identifies the misconfiguration, and further emails keep going out\n- 07:00 Alias fixed, service restored\n");

        Assert.Equal([null, Milestone.Identified, Milestone.Resolved], events.Select(e => e.Milestone));
    }

    [Theory]
    [InlineData("Hour")]
    [InlineData("Hora")]
    public void Headings_counting_hours_from_the_start_are_the_timeline_s_entries(string hour)
    {
        var postmortem = Import($"# App shows the wrong dashboard\n\nDate: 2025-11-09\n\n## Timeline\n\n### {hour} 0: User report\n\nA button is missing.\n\n"
            + $"### {hour} 1-3: Investigation\n\nWe rebuilt with a clean cache.\n\n### {hour} 3: Testing - problem still there\n\nStill broken.\n\n### {hour} 3-4: Second investigation\n\nThe backend returns the wrong role.\n");

        Assert.Equal(["T+0", "T+1h", "T+3h", "T+3h"], postmortem.Timeline.Select(e => e.Text.Split(':')[0]));
    }

    [Theory]
    [InlineData("- Hour 3 of the outage was the worst for customers.\n- Hour by hour the queue grew.\n")]
    [InlineData("- hour 1: the queue grew\n- hour 2: the queue drained\n")]
    public void Guard_an_hour_named_in_a_sentence_or_in_lower_case_is_no_offset(string lines)
    {
        var postmortem = Import($"# Queue backlog\n\nDate: 2025-11-09\n\n## Notes\n\n{lines}");

        Assert.DoesNotContain(postmortem.Timeline, e => e.Text.StartsWith("T+", StringComparison.Ordinal));
    }
}
