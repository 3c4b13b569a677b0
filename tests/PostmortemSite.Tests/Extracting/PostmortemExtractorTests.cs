using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>One fixture per style of legacy postmortem, each written for these tests, with the values a reader would take from it.</summary>
public sealed class PostmortemExtractorTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    internal static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Import", name));

    private static Extraction Extract(string name) => Extractor.Extract(name, Fixture(name));

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc);

    [Fact]
    public void Plain_text_with_labels_and_twelve_hour_times_in_EST()
    {
        var result = Extract("plain-labels.txt");
        var postmortem = result.Postmortem;

        Assert.Equal("Checkout Payments Timing Out", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 3, 3), postmortem.Date);
        Assert.Equal(At("2024-03-03T14:15:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-03-03T14:22:00Z"), postmortem.Timestamps.Detected);
        Assert.Equal(At("2024-03-03T16:00:00Z"), postmortem.Timestamps.Mitigated);
        Assert.Equal(At("2024-03-03T16:45:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(35, postmortem.Impact.UsersAffectedPct);
        Assert.Equal("dependency/third-party", postmortem.Classification.Category);
        Assert.Equal(2, postmortem.Timeline.Count(e => e.DeadEnd));
        Assert.Equal(2, postmortem.ActionItems.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.AssumedTimeZone);
    }

    [Fact]
    public void Markdown_with_headings_an_EDT_timeline_checkboxes_severity_and_services()
    {
        var postmortem = Extract("markdown-headings.md").Postmortem;

        Assert.Equal("Search results empty for logged-in users", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 6, 4), postmortem.Date);
        Assert.Equal("SEV2", postmortem.Severity);
        Assert.Equal(["search-api", "catalog-indexer"], postmortem.Services);
        Assert.Equal(12.5, postmortem.Impact.UsersAffectedPct);
        Assert.Equal(At("2024-06-04T18:05:00Z"), postmortem.Timeline[0].Time);
        Assert.Equal(At("2024-06-04T20:00:00Z"), postmortem.Timestamps.Resolved);
        Assert.True(postmortem.Timeline[2].DeadEnd);
        Assert.Equal([ActionStatus.Done, ActionStatus.Open, ActionStatus.Open], postmortem.ActionItems.Select(a => a.Status));
        Assert.Equal("query plan", postmortem.Classification.DecidedBy);
    }

    [Fact]
    public void Bold_labels_give_date_duration_severity_services_and_a_stated_trigger()
    {
        var result = Extract("bold-labels.md");
        var postmortem = result.Postmortem;

        Assert.Equal("Webhook deliveries delayed", postmortem.Title);
        Assert.Equal(new DateOnly(2023, 11, 8), postmortem.Date);
        Assert.Equal(At("2023-11-08T08:10:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2023-11-08T09:55:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal("SEV3", postmortem.Severity);
        Assert.Equal(["webhooks", "event-bus"], postmortem.Services);
        Assert.Equal("A partner endpoint started answering slowly, which multiplied retries.", postmortem.Trigger);
        Assert.Contains("trigger", result.Report.Extracted);
        Assert.Equal("capacity/resource-exhaustion", postmortem.Classification.Category);
        Assert.Equal(["Close retry connections in the delivery client.", "Add a file descriptor usage alert for event-bus consumers."], postmortem.ActionItems.Select(a => a.Title));
    }

    [Fact]
    public void Emoji_headings_and_an_action_table()
    {
        var postmortem = Extract("emoji-headings.md").Postmortem;

        Assert.Equal("Nightly report job flooded the mail relay", postmortem.Title);
        Assert.Equal(At("2024-01-19T01:00:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-01-19T03:30:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal("automation/runaway", postmortem.Classification.Category);
        Assert.Equal(["maria", "tomas"], postmortem.ActionItems.Select(a => a.Owner));
        Assert.Equal([ActionStatus.Done, ActionStatus.InProgress], postmortem.ActionItems.Select(a => a.Status));
    }

    [Fact]
    public void Tab_indented_text_without_a_zone_is_read_as_UTC_with_a_warning()
    {
        var result = Extract("tab-indented.txt");
        var postmortem = result.Postmortem;

        Assert.Equal("Inventory sync stalled", postmortem.Title);
        Assert.Equal(At("2023-08-14T13:00:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2023-08-14T15:00:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal("database/locking", postmortem.Classification.Category);
        Assert.True(postmortem.Timeline[1].DeadEnd);
        Assert.Equal(2, postmortem.ActionItems.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.AssumedTimeZone && d.Severity == Severity.Warning);
        Assert.StartsWith("UTC (assumed", postmortem.TimeZone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_timeline_in_CET_that_spans_midnight()
    {
        var postmortem = Extract("table-timeline.md").Postmortem;

        Assert.Equal(
            [At("2024-03-02T22:40:00Z"), At("2024-03-02T23:20:00Z"), At("2024-03-03T00:05:00Z"), At("2024-03-03T01:00:00Z")],
            postmortem.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(new DateOnly(2024, 3, 2), postmortem.Date);
        Assert.Equal("capacity/resource-exhaustion", postmortem.Classification.Category);
    }

    [Fact]
    public void Times_relative_to_the_start()
    {
        var postmortem = Extract("relative-times.md").Postmortem;

        Assert.Equal([At("2024-05-20T16:00:00Z"), At("2024-05-20T16:10:00Z"), At("2024-05-20T17:10:00Z"), At("2024-05-20T17:30:00Z")], postmortem.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(At("2024-05-20T17:10:00Z"), postmortem.Timestamps.Mitigated);
        Assert.Equal("security/credentials", postmortem.Classification.Category);
    }

    [Fact]
    public void ISO_timestamps_with_offsets_and_a_date_guessed_from_the_text()
    {
        var result = Extract("iso-timestamps.md");

        Assert.Equal(At("2024-02-10T08:02:00Z"), result.Postmortem.Timeline[2].Time);
        Assert.Equal(new DateOnly(2024, 2, 10), result.Postmortem.Date);
        Assert.Contains(result.Report.Guessed, g => g.StartsWith("date 2024-02-10", StringComparison.Ordinal));
        Assert.Equal("network/dns", result.Postmortem.Classification.Category);
    }

    [Fact]
    public void Front_matter_from_another_tool_gives_times_zone_tags_and_category_and_is_kept()
    {
        var postmortem = Extract("foreign-front-matter.md").Postmortem;

        Assert.Equal("Cache cluster failover", postmortem.Title);
        Assert.Equal(At("2023-09-12T14:30:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2023-09-12T15:10:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(["redis", "cache"], postmortem.Tags);
        Assert.Equal(("database/replication", 1.0), (postmortem.Classification.Category, postmortem.Classification.Confidence));
        Assert.Contains("start_time: 2023-09-12 07:30", postmortem.ForeignFrontMatter, StringComparison.Ordinal);
        Assert.StartsWith("The primary cache node failed", postmortem.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_without_dates_roll_over_midnight()
    {
        var postmortem = Extract("midnight.txt").Postmortem;

        Assert.Equal(At("2024-05-01T00:15:00Z"), postmortem.Timeline[2].Time);
        Assert.Equal(At("2024-05-01T01:05:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_document_with_no_clues_says_what_was_not_found_and_does_not_guess_a_cause()
    {
        var result = Extract("no-clues.txt");

        Assert.Equal("Some notes", result.Postmortem.Title);
        Assert.Null(result.Postmortem.Date);
        Assert.Null(result.Postmortem.ToPostmortem());
        Assert.True(result.Postmortem.Classification.IsUnknown);
        Assert.Contains("date", result.Report.NotFound);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotExtracted && d.Message == "no date found");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnclassifiedRootCause);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_change_nothing()
    {
        var lf = Fixture("plain-labels.txt");
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = Extractor.Extract("plain-labels.txt", lf);
        var fromCrlf = Extractor.Extract("plain-labels.txt", crlf);

        Assert.Equal(
            CanonicalMarkdownEmitter.Emit(fromLf.Postmortem, fromLf.Report, []),
            CanonicalMarkdownEmitter.Emit(fromCrlf.Postmortem, fromCrlf.Report, []));
    }

    [Fact]
    public void Without_a_title_the_file_name_is_used_and_reported_as_a_guess()
    {
        var result = Extractor.Extract("notes/2022-10-01_db-failover.txt", "\n\nthe database failed over at 10:00 and came back.\n");

        Assert.Equal("2022 10 01 db failover", result.Postmortem.Title);
        Assert.Equal(new DateOnly(2022, 10, 1), result.Postmortem.Date);
        Assert.Contains(result.Report.Guessed, g => g.Contains("from the file name", StringComparison.Ordinal));
        Assert.Equal("2022-10-01_db-failover", result.Postmortem.Id);
    }

    [Fact]
    public void Top_level_headings_that_only_name_sections_are_never_taken_for_the_title()
    {
        var text = "# Summary\n\nOn 3 May 2021 nobody could sign in.\n\n# Impact\n\nAll users.\n\n# Ownership\n\n- Team: identity\n";

        var result = Extractor.Extract("notes/sign-in-outage.md", text);

        Assert.Equal("Sign in outage", result.Postmortem.Title);
        Assert.Contains(result.Report.Guessed, g => g.Contains("from the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_heading_above_section_headings_is_the_title()
    {
        var result = Extractor.Extract("notes/x.md", "# Checkout outage\n\n# Impact\n\nAll users.\n");

        Assert.Equal("Checkout outage", result.Postmortem.Title);
    }

    [Fact]
    public void A_file_name_that_is_not_a_usable_id_gives_a_slug()
    {
        Assert.Equal("database-outage-march", PostmortemExtractor.IdFor("Database Outage (March).txt"));
    }

    [Fact]
    public void A_status_post_of_updates_headed_by_their_status_and_time_is_the_timeline()
    {
        var postmortem = Extractor.Extract("2025-01-04-power.md", "# Campus power outage\n\n## Investigating 2025-01-04 9:27a\n\nPower is out on the north side of campus and all systems are down.\n\n"
            + "## Monitoring 2025-01-04 11:06a\n\nPower is still out.\n\n## Resolved 2025-01-04 4:00p\n\nPower was restored and most machines were brought up.\n").Postmortem!;

        Assert.Equal(At("2025-01-04T09:27:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2025-01-04T16:00:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(3, postmortem.Timeline.Count);
    }

    [Fact]
    public void A_timeline_section_of_steps_without_times_is_kept_as_untimed_entries()
    {
        var postmortem = Extractor.Extract("2026-03-15-rollback.md", "# Audit rows lost\n\n## Timeline\n\n- **Day 1, morning:** QA reports missing audit rows.\n- **Day 1, midday:** Added debug logging; hypothesis 1 ruled out.\n"
            + "- **Day 2, morning:** Found the handler that marked the transaction rollback-only.\n- **Day 3:** Fix shipped.\n").Postmortem!;

        Assert.Equal(4, postmortem.Timeline.Count);
        Assert.All(postmortem.Timeline, e => Assert.Null(e.Time));
        Assert.Equal(1, postmortem.Timeline.Count(e => e.DeadEnd));
    }

    [Fact]
    public void A_resolution_time_heading_that_says_it_is_still_to_be_decided_leaves_the_incident_unresolved()
    {
        var postmortem = Extractor.Extract("2026-05-12-build.md", "# Build outage\n\n**Date:** 2026-05-12\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:43 | Deployments start returning 404 |\n"
            + "| 13:15 | Root cause identified and the issue resolved locally |\n\n### Resolution Time: TBD (fix pending)\n").Postmortem!;

        Assert.Equal(At("2026-05-12T10:43:00Z"), postmortem.Timestamps.Started);
        Assert.Null(postmortem.Timestamps.Resolved);
    }
}
