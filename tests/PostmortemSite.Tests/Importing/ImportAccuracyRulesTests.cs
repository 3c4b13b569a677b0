using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Importing;

/// <summary>The general rules added for real heaps (issue 17), each shown on an invented document.</summary>
public sealed class ImportAccuracyRulesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The outage lasted 47 minutes before the queue drained.", 47)]
    [InlineData("Service was resolved in 2 hours and 2 minutes.", 122)]
    [InlineData("A 30min outage during the cache migration", 30)]
    [InlineData("This caused 40 minutes of total outage for uploads.", 40)]
    [InlineData("Total impact duration: 1h48m", 108)]
    [InlineData("The incident lasted just under seven hours.", 420)]
    public void A_stated_duration_tied_to_the_outage_is_read_as_its_length(string sentence, int minutes)
    {
        var stated = StatedDuration.Find([sentence]);

        Assert.NotNull(stated);
        Assert.Equal(TimeSpan.FromMinutes(minutes), stated.Length);
    }

    [Theory]
    [InlineData("We waited 2 hours for the vendor to answer.")]
    [InlineData("The cache keeps entries for 30 minutes.")]
    [InlineData("Deploys take about 10 minutes on average.")]
    public void A_length_that_is_not_the_outage_is_not_taken_for_its_duration(string sentence) =>
        Assert.Null(StatedDuration.Find([sentence]));

    [Theory]
    [InlineData("Restarted the scheduler pods; this does not seem to fix things.")]
    [InlineData("Raised the pool size, not having the intended effect.")]
    [InlineData("Error rates remain elevated despite the rollback.")]
    [InlineData("Rollback fails because the pipeline is itself broken.")]
    [InlineData("Suspected the DNS provider, but their status page was green.")]
    [InlineData("Believing the issue to be resolved, the team went back to feature work.")]
    [InlineData("Flushed the CDN cache. The problem persisted.")]
    public void A_timeline_entry_saying_a_remedy_or_hunch_failed_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Rolled back the release; errors dropped to zero.")]
    [InlineData("Paged the on-call engineer.")]
    [InlineData("The root cause was a missing index on the orders table.")]
    [InlineData("Errors continue to improve after the fix.")]
    public void An_entry_that_simply_reports_progress_is_not_a_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Fact]
    public void An_entry_that_says_the_incident_ends_is_the_resolution_even_when_service_also_resumes()
    {
        const string text = "# Queue outage on 2024-05-06\n\n## Timeline\n\nAll times in UTC\n\n### 10:00\n\nStart of incident. Workers stop consuming.\n\n### 10:20\n\nWorkers restarted. Service resumes. Incident ends.\n";

        var timestamps = Extractor.Extract("queue.md", text).Postmortem.Timestamps;

        Assert.Equal(At("2024-05-06T10:00:00Z"), timestamps.Started);
        Assert.Equal(At("2024-05-06T10:20:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void Without_an_end_time_the_stated_duration_gives_the_length_and_the_end_it_implies_is_only_reported()
    {
        const string text = "# Search outage on 2024-05-06\n\nThe outage lasted 90 minutes.\n\n## Timeline (UTC)\n\n- 08:00 Indexer crashes\n- 08:10 Alert fires for search latency\n";

        var extraction = Extractor.Extract("search.md", text);

        Assert.Null(extraction.Postmortem.Timestamps.Resolved);
        Assert.Equal(TimeSpan.FromMinutes(90), extraction.Postmortem.ToPostmortem()!.Duration);
        Assert.Contains(extraction.Report.Guessed, g => g.Contains("would put it near 2024-05-06 09:30Z", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Friday 6th April at 16:04 BST, we experienced a service outage. For a period of 27 minutes, the API and Dashboard were unavailable.", "2018-04-06T15:31:00Z")]
    [InlineData("At 09:10 UTC the queue stopped consuming. The outage lasted 1 hour and 5 minutes.", "2018-04-06T10:15:00Z")]
    public void An_exact_length_from_the_only_moment_named_gives_the_end(string story, string end)
    {
        var extraction = Extractor.Extract("outage-2018-04-06.txt", "Outage on 6 April 2018\n\n" + story + "\n");

        Assert.Equal(At(end), extraction.Postmortem.Timestamps.Resolved);
        Assert.Contains(extraction.Report.Guessed, g => g.Contains("the start plus the stated duration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("At 09:10 UTC the queue stopped consuming. The outage lasted about 3 hours.")]
    [InlineData("At 09:10 UTC the queue stopped consuming. Time to recover: 45 minutes.")]
    [InlineData("At 09:10 UTC the power failed and many servers went down. The biggest outage lasted 32 hours.")]
    [InlineData("At 09:10 UTC the power failed and many servers went down. The longest single outage lasted 32 hours.")]
    public void A_rough_length_one_counted_from_detection_or_the_worst_of_several_gives_no_end(string story)
    {
        var extraction = Extractor.Extract("outage-2018-04-06.txt", "Outage on 6 April 2018\n\n" + story + "\n");

        Assert.Null(extraction.Postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("At 09:10 UTC the queue stopped consuming, the longest outage in our history, lasting 3 hours.")]
    [InlineData("At 09:10 UTC the queue stopped consuming: the longest outage on record, which lasted 3 hours.")]
    public void The_longest_outage_in_the_teams_history_is_this_incident_and_its_length_gives_the_end(string story)
    {
        var extraction = Extractor.Extract("outage-2018-04-06.txt", "Outage on 6 April 2018\n\n" + story + "\n");

        Assert.Equal(DateTimeOffset.Parse("2018-04-06T12:10:00Z"), extraction.Postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Without_an_end_marker_or_a_stated_duration_the_last_timeline_entry_is_the_guessed_end()
    {
        const string text = "# Billing delay on 2024-05-06\n\n## Timeline (UTC)\n\n- 08:00 Invoices stop being sent\n- 08:15 Support notices complaints\n- 09:05 Mailer config corrected\n";

        var extraction = Extractor.Extract("billing.md", text);

        Assert.Equal(At("2024-05-06T09:05:00Z"), extraction.Postmortem.Timestamps.Resolved);
        Assert.Contains(extraction.Report.Guessed, g => g.Contains("resolved", StringComparison.Ordinal) && g.Contains("latest timeline entry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_milestone_out_of_order_is_dropped_from_the_timeline_marks_as_well_so_no_duration_is_negative()
    {
        const string text = "# Login failures\n\nStart: 2024-05-06 12:00 UTC\n\n## Timeline (UTC)\n\n### 2024-05-06\n\n- 09:00 Service restored, incident resolved\n- 12:00 Logins fail again\n";

        var extraction = Extractor.Extract("login.md", text);
        var postmortem = extraction.Postmortem.ToPostmortem()!;

        Assert.DoesNotContain(postmortem.Timeline, e => e.Milestone == Milestone.Resolved);
        Assert.True(postmortem.Duration is null || postmortem.Duration >= TimeSpan.Zero);
        Assert.Contains(extraction.Diagnostics, d => d.Code == DiagnosticCodes.MilestoneDropped);
    }

    [Fact]
    public void A_document_with_no_date_anywhere_takes_the_files_modification_day_with_a_warning()
    {
        const string text = "# Cache stampede\n\nThe cache expired everywhere at once.\n";

        var extraction = Extractor.Extract("stampede.md", text, new DateOnly(2023, 3, 9));

        Assert.Equal(new DateOnly(2023, 3, 9), extraction.Postmortem.Date);
        Assert.Contains(extraction.Diagnostics, d => d.Code == DiagnosticCodes.DateGuessed);
    }

    [Theory]
    [InlineData("# January 2020 - Media server outage for about two weeks\n\nThe array lost two disks and the server stayed down.\n", 2020, 1)]
    [InlineData("# Postmortem: the Sept. 2019 storage outage\n\nThe array lost two disks.\n", 2019, 9)]
    [InlineData("# Post-mortem of the March 2024 outage (updated April 2024)\n\nThe array lost two disks.\n", 2024, 3)]
    [InlineData("# March 2024 Outage: What May Have Gone Wrong\n\nThe array lost two disks.\n", 2024, 3)]
    [InlineData("# January 2023 outage: Mars rover telemetry gap\n\nThe array lost two disks.\n", 2023, 1)]
    public void A_title_naming_only_a_month_and_year_dates_the_incident_to_its_first_day_with_a_warning(string text, int year, int month)
    {
        var extraction = Extractor.Extract("outage.md", text, new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(year, month, 1), extraction.Postmortem.Date);
        Assert.Contains(extraction.Diagnostics, d => d.Code == DiagnosticCodes.DateGuessed && d.Message.Contains("month", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Retrospective: the June 2021 migration and the August outage\n\nThe array lost two disks.\n")]
    [InlineData("# Lessons from our May 2019 – March 2020 on-call rotation\n\nThe array lost two disks.\n")]
    [InlineData("# May 2019 – Mar 2020: recurring storage outages\n\nThe array lost two disks.\n")]
    public void A_title_naming_two_months_does_not_date_the_incident_by_the_first(string text)
    {
        var extraction = Extractor.Extract("outage.md", text, new DateOnly(2026, 11, 30));

        Assert.NotEqual(1, extraction.Postmortem.Date?.Day);
    }

    [Fact]
    public void A_full_date_in_the_text_beats_a_month_and_year_in_the_title()
    {
        var extraction = Extractor.Extract("outage.md", "# January 2020 storage outage\n\nOn 2020-01-14 the array lost two disks.\n", new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2020, 1, 14), extraction.Postmortem.Date);
    }

    [Fact]
    public void A_document_whose_only_date_is_in_pasted_command_output_takes_it_before_the_files_modification_day()
    {
        const string text = "# Cluster split brain\n\nThe second ring broke quorum.\n\n```\nDate:             Sat May 31 23:49:13 2025\nQuorum provider:  corosync_votequorum\n```\n";

        var extraction = Extractor.Extract("split.md", text, new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2025, 5, 31), extraction.Postmortem.Date);
        Assert.Contains(extraction.Diagnostics, d => d.Code == DiagnosticCodes.DateGuessed);
    }

    [Fact]
    public void A_date_in_the_prose_beats_one_in_pasted_command_output()
    {
        const string text = "# Cluster split brain\n\nOn 2025-06-02 the second ring broke quorum.\n\n```\nSat May 31 23:49:13 2025 corosync started\n```\n";

        Assert.Equal(new DateOnly(2025, 6, 2), Extractor.Extract("split.md", text, new DateOnly(2026, 11, 30)).Postmortem.Date);
    }

    [Theory]
    [InlineData("02-03-2021-registry-outage.md", "On Tuesday at 02:01 AM UTC the registry stopped serving files.", "2021-03-02")]
    [InlineData("02-03-2021-registry-outage.md", "On Wednesday at 02:01 AM UTC the registry stopped serving files.", "2021-02-03")]
    [InlineData("13-03-2021-registry-outage.md", "At 02:01 AM UTC the registry stopped serving files.", "2021-03-13")]
    public void A_digit_date_opening_the_file_name_dates_the_document_read_by_the_weekday_the_text_names_when_it_reads_both_ways(string file, string sentence, string date)
    {
        var extraction = Extractor.Extract(file, $"# Registry outage\n\n{sentence}\n", new DateOnly(2026, 11, 30));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), extraction.Postmortem.Date);
    }

    [Theory]
    [InlineData("At 02:01 AM UTC the registry stopped serving files.")]
    [InlineData("On Tuesday the release went out; on Wednesday at 02:01 AM UTC the registry stopped serving files.")]
    public void A_file_name_date_that_reads_both_ways_is_not_guessed_when_the_text_names_neither_weekday_or_both(string sentence)
    {
        var extraction = Extractor.Extract("02-03-2021-registry-outage.md", $"# Registry outage\n\n{sentence}\n", new DateOnly(2026, 11, 30));

        // Neither reading of the name: the file's own day, or a weekday the text names in the days before it.
        Assert.InRange(extraction.Postmortem.Date!.Value, new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 30));
    }

    [Theory]
    [InlineData("```json\n{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n```\n")]
    [InlineData("```yaml\nAWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n```\n")]
    [InlineData("```\ncommit 4f2a9c1d\nAuthor: Dana <dana@example.com>\nDate:   Tue Jan 14 10:22:01 2025 +0000\n\n    Cache session tokens\n```\n")]
    public void A_version_string_or_a_commits_date_in_pasted_code_does_not_date_the_document(string code)
    {
        var extraction = Extractor.Extract("logins.md", $"# Logins failing\n\nOn Monday at 09:12 UTC logins started failing.\n\n{code}", new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2026, 11, 30), extraction.Postmortem.Date);
    }

    [Theory]
    [InlineData("05-03-2024-db-failover.md", "At 09:12 UTC failover began. The weekly backup job, which runs every Friday night, was ruled out early.")]
    [InlineData("02-03-2021-registry-outage.md", "At 09:12 UTC the registry failed. We shipped the permanent fix on Wednesday.")]
    public void A_weekday_of_a_habit_or_without_a_time_does_not_choose_how_a_file_name_date_reads(string file, string sentences)
    {
        var extraction = Extractor.Extract(file, $"# Database failover\n\n{sentences}\n", new DateOnly(2026, 11, 30));

        Assert.Equal(new DateOnly(2026, 11, 30), extraction.Postmortem.Date);
    }

    [Fact]
    public void A_document_with_no_stated_date_takes_the_earliest_full_date_in_its_text()
    {
        const string text = "# Cache stampede\n\nFollow-up review held on 2023-04-02.\n\nThe stampede began on 2023-03-28 and was fixed the next day.\n";

        var extraction = Extractor.Extract("stampede.md", text, new DateOnly(2024, 1, 1));

        Assert.Equal(new DateOnly(2023, 3, 28), extraction.Postmortem.Date);
    }

    [Fact]
    public async Task Every_imported_document_builds_even_when_it_states_no_date()
    {
        using var temp = new TempFolder();
        temp.Write("heap/undated.txt", "Cache stampede\n\nThe cache expired everywhere at once and the database fell over.\n");

        var result = await PostmortemImporter.ImportAsync(new ImportOptions([temp.Combine("heap")], temp.Combine("input", "postmortems")));
        var read = await SiteReader.ReadAsync(temp.Combine("input"));

        Assert.Single(result.Files, f => f.Outcome == ImportOutcome.Written);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Single(read.Postmortems);
    }

    [Theory]
    [InlineData("con.txt")]
    [InlineData("NUL.md")]
    [InlineData("com1.txt")]
    public async Task Import_never_writes_a_file_named_after_a_reserved_device(string name)
    {
        using var temp = new TempFolder();
        temp.Write("heap/" + name, "Date: 2024-02-01\n\nDisk full on the build host.\n");

        var result = await PostmortemImporter.ImportAsync(new ImportOptions([temp.Combine("heap")], temp.Combine("out")));

        var written = Path.GetFileNameWithoutExtension(Assert.Single(result.Files).Output!);
        Assert.True(PostmortemIds.IsValid(written), written);
    }

    [Fact]
    public void A_sentence_that_states_the_cause_outweighs_a_product_name_in_the_title()
    {
        const string text = "# Feature flags dashboard unavailable\n\nDate: 2024-07-01\n\nUsers could not open the dashboard for an hour.\n\nAfter investigation we found the root cause was that the reporting database ran out of disk space.\n";

        var classification = Extractor.Extract("flags.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    [Fact]
    public async Task Every_file_in_a_folder_is_imported_or_named_as_passed_over_with_the_reason()
    {
        using var temp = new TempFolder();
        temp.Write("heap/db-outage.txt", "Date: 2024-02-01\n\nThe primary database ran out of disk.\n");
        temp.Write("heap/old/wiki-export.docx", "binary-ish");
        temp.Write("heap/scan.pdf", "%PDF-1.4");

        var result = await PostmortemImporter.ImportAsync(new ImportOptions([temp.Combine("heap")], temp.Combine("out")));

        Assert.Equal(3, result.Files.Count);
        Assert.Single(result.Files, f => f.Outcome == ImportOutcome.Written);
        Assert.Equal(DiagnosticCodes.NotConverted, Assert.Single(result.Files, f => f.Outcome == ImportOutcome.Failed).Diagnostics.Single().Code);
        Assert.Equal("heap/scan.pdf", Path.GetRelativePath(temp.Path, Assert.Single(result.Files, f => f.Outcome == ImportOutcome.NotRead).Diagnostics.Single(d => d.Code == DiagnosticCodes.NotImported).Location.File).Replace('\\', '/'));
        Assert.Contains("'.pdf' files are not read", result.Describe(), StringComparison.Ordinal);
        Assert.Contains("Imported 1 of 3 files: 1 written, 1 not read, 1 failed.", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_TOML_front_matter_block_gives_the_title_and_date_and_stays_out_of_the_body()
    {
        const string text = "+++\ntitle = \"Package index served stale files\"\ndate = 2022-11-03\n\n[extra]\nauthor = \"ops team\"\n+++\n\nFor two hours the index served old metadata.\n";

        var extraction = Extractor.Extract("stale-index.md", text);

        Assert.Equal("Package index served stale files", extraction.Postmortem.Title);
        Assert.Equal(new DateOnly(2022, 11, 3), extraction.Postmortem.Date);
        Assert.DoesNotContain("+++", extraction.Postmortem.Body, StringComparison.Ordinal);
        Assert.Contains("author", extraction.Postmortem.ForeignFrontMatter, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_date_label_with_its_value_in_emphasis_dates_the_incident()
    {
        var postmortem = Extractor.Extract("2026-01-29-post-mortem.md", "---\ntitle: Postmortem of the 3.8.0 release\n---\n\nIncident Date: _January 13th, 2026_  \n\nThe artifacts were published with a bug.\n").Postmortem;

        Assert.Equal(new DateOnly(2026, 1, 13), postmortem.Date);
    }

    [Fact]
    public void A_post_that_opens_with_the_day_its_project_experienced_an_incident_is_dated_by_that_day()
    {
        var postmortem = Extractor.Extract("2026-05-16-security-incident.md", "---\ntitle: Security incident post-mortem\ndate: 2026-05-16\n---\n\nOn May 1, 2026, the exchange experienced a security incident affecting its trade protocol. Losses were limited.\n").Postmortem;

        Assert.Equal(new DateOnly(2026, 5, 1), postmortem.Date);
    }

    [Fact]
    public void A_ziggy_front_matter_block_gives_the_title_and_the_posts_date_and_the_text_the_incidents_day()
    {
        const string text = "---\n.title = \"The first site outage\",\n.date = \"2025-09-08T00:00:00.000Z\",\n.author = \"Jo\",\n.custom = {\n  \"menu\": \"outage\",\n}\n---\n\n"
            + "On September 1st a community member told us the site was having issues (slow pages, HTTP 500 replies).\n";

        var postmortem = Extractor.Extract("first-outage.smd", text).Postmortem;

        Assert.Equal("The first site outage", postmortem.Title);
        Assert.Equal(new DateOnly(2025, 9, 1), postmortem.Date);
    }

    [Fact]
    public void A_yaml_block_with_a_dotted_key_is_not_read_as_ziggy()
    {
        Assert.Null(TomlFrontMatter.ZiggyAsYaml("title: Outage\n.date = \"2025-09-08\"\n.author = \"Jo\"\n"));
    }

    [Fact]
    public void A_zine_supermarkdown_file_in_a_folder_is_read_as_markdown()
    {
        Assert.Equal(SourceFormat.Markdown, SourceFormats.FromName("news/first-outage.smd"));
    }
}
