using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>Extraction rules for timelines, times, causes, dead ends and action items in real heaps (issue 17), each on an invented document.</summary>
public sealed class ExtractionRulesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_narrative_without_a_timeline_section_gives_one_event_per_moment_its_sentences_name()
    {
        const string text = "# Package registry compromise on 2024-03-14\n\nAt 4:10 AM UTC on March 14th, malicious versions were published.\nBy 9:30 AM UTC we had removed them and revoked the tokens.\n\n## How it happened\n\nAt 3:28 PM UTC on March 13th, the attacker tested the stolen token.\nTwelve hours later, at 4:10 AM UTC the following morning, the packages went out.\n";

        var postmortem = Extractor.Extract("registry.md", text).Postmortem;

        Assert.Equal(
            [At("2024-03-14T04:10:00Z"), At("2024-03-14T09:30:00Z"), At("2024-03-13T15:28:00Z")],
            postmortem.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(At("2024-03-14T04:10:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_range_in_prose_gives_start_and_end_and_the_zone_written_once_applies_to_both()
    {
        const string text = "# Flags down\n\nDate: 2024-02-28\n\nFlags were unavailable from 15:30 to 18:10 UTC while the database stalled.\n";

        var timestamps = Extractor.Extract("flags.md", text).Postmortem.Timestamps;

        Assert.Equal(At("2024-02-28T15:30:00Z"), timestamps.Started);
        Assert.Equal(At("2024-02-28T18:10:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_time_of_the_following_night_is_on_the_next_day()
    {
        var timeline = ProseTimeline.Parse(["On 15 Mar 2020, around 9pm UTC the proposal was submitted. At around 3am UTC of the following night the network halted."], new TimelineContext(new DateOnly(2020, 3, 15), TimeZoneTable.Find("UTC")!, null));

        Assert.Equal([At("2020-03-15T21:00:00Z"), At("2020-03-16T03:00:00Z")], timeline.Events.Select(e => e.Event.Time!.Value));
    }

    [Fact]
    public void A_time_told_after_an_untimed_dated_sentence_is_on_that_day_but_not_on_a_planned_day_after_the_incident()
    {
        var context = new TimelineContext(new DateOnly(2020, 7, 10), TimeZoneTable.Find("UTC")!, null);

        var told = ProseTimeline.Parse(["On May 27 we hit the top of the news. We hit the subdomain limit at 4am in the morning."], context);
        var planned = ProseTimeline.Parse(["The migration is planned for August 3. We hit the subdomain limit at 4am in the morning."], context);

        Assert.Equal(At("2020-05-27T04:00:00Z"), told.Events.Single().Event.Time);
        Assert.Equal(At("2020-07-10T04:00:00Z"), planned.Events.Single().Event.Time);
    }

    [Theory]
    [InlineData("Unfortunately my phone was on silent, so for 3 hours our systems were down.", 180)]
    [InlineData("The disk filled, and for 40 minutes the API was unavailable.", 40)]
    public void A_span_opening_a_clause_that_tells_the_outage_is_a_stated_duration(string sentence, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), StatedDuration.Find([sentence])?.Length);
    }

    [Fact]
    public void A_time_after_an_at_sign_is_a_prose_event()
    {
        var timeline = ProseTimeline.Parse(["An alert was received @ 23:38 to say the website was down."], new TimelineContext(new DateOnly(2024, 1, 1), TimeZoneTable.Find("UTC")!, null));

        Assert.Equal(At("2024-01-01T23:38:00Z"), timeline.Events.Single().Event.Time);
    }

    [Theory]
    [InlineData("We upgraded to version 2:30 of the tool.")]
    [InlineData("The ratio of reads to writes was 10:45 at peak.")]
    public void A_number_with_a_colon_that_is_not_written_as_a_time_is_not_a_prose_event(string sentence)
    {
        var timeline = ProseTimeline.Parse([sentence], new TimelineContext(new DateOnly(2024, 1, 1), TimeZoneTable.Find("UTC")!, null));

        Assert.Empty(timeline.Events);
    }

    [Fact]
    public void A_section_under_any_heading_whose_list_starts_with_times_is_read_as_the_timeline()
    {
        const string text = "# Node failure\n\nDate: 2021-07-11\n\n## Leadup\n\n- **00:27 UTC:** Connections spike\n- **00:32 UTC:** Team alerted\n- **00:55 UTC:** Node unresponsive\n\n## Impact\n\nAll services were slow at 01:00 UTC.\n";

        var timeline = Extractor.Extract("node.md", text).Postmortem.Timeline;

        Assert.Equal(3, timeline.Count);
        Assert.Equal(At("2021-07-11T00:27:00Z"), timeline[0].Time);
    }

    [Fact]
    public void Without_an_end_marker_the_latest_moment_of_a_narrative_is_the_guessed_end_even_when_told_out_of_order()
    {
        const string text = "# Relay outage on 2024-11-05\n\nThe outage began around 11:00 GMT and was over by 23:01 GMT.\n\nEarlier, at 10:15 GMT, a deploy had gone out.\n";

        var timestamps = Extractor.Extract("relay.md", text).Postmortem.Timestamps;

        Assert.Equal(At("2024-11-05T11:00:00Z"), timestamps.Started);
        Assert.Equal(At("2024-11-05T23:01:00Z"), timestamps.Resolved);
    }

    [Fact]
    public void A_product_name_written_in_capitals_mid_sentence_is_weak_evidence_against_a_stated_cause()
    {
        const string text = "# Flags outage\n\nDate: 2024-02-28\n\nOn that day our Feature Flags went down and Feature Flags users saw errors.\n\nWe identified connection pool exhaustion as the root cause.\n";

        var classification = Extractor.Extract("flags.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    [Theory]
    [InlineData("We have a copy of the queue, so we expect no mail or data loss.")]
    [InlineData("The load was not a traffic spike.")]
    [InlineData("The array was rebuilt without any hardware failure.")]
    public void A_harm_the_text_says_did_not_happen_is_no_evidence_of_it(string denial)
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);

        var classification = classifier.Classify([new WeightedText(denial, RootCauseClassifier.TextWeight, "text")]);

        Assert.True(classification.IsUnknown, classification.Category);
    }

    [Theory]
    [InlineData("The disk array is still in the process of repairing itself.", "unknown")]
    [InlineData("Several hundred mails were processed during a reboot.", "unknown")]
    [InlineData("There was no process for this, so nobody did it.", "process/procedure")]
    [InlineData("The review process was not followed before the change.", "process/procedure")]
    [InlineData("A manual process kept the keys in sync.", "process/procedure")]
    [InlineData("Process improvements are listed below.", "process/procedure")]
    [InlineData("There were gaps in our escalation process.", "process/procedure")]
    [InlineData("Our escalation process lacked a clear owner.", "process/procedure")]
    [InlineData("The team did not follow the escalation process.", "process/procedure")]
    [InlineData("We had no clear, written escalation process.", "process/procedure")]
    [InlineData("The worker process leaked file handles until a better restart policy was written.", "unknown")]
    public void A_process_counts_as_the_cause_only_where_its_sentence_says_it_fell_short(string sentence, string category)
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);

        var classification = classifier.Classify([new WeightedText(sentence, RootCauseClassifier.RootCauseWeight, "root-cause text")]);

        Assert.Equal(category, classification.Category);
    }

    [Theory]
    [InlineData("An influx of new users overwhelmed the 25 worker threads.", "capacity/traffic-spike")]
    [InlineData("A sudden influx of customers overwhelmed checkout.", "capacity/traffic-spike")]
    [InlineData("The spike in users from another network overwhelmed the queue.", "capacity/traffic-spike")]
    [InlineData("A power surge took out the rack.", "hardware/failure")]
    public void A_rush_of_users_is_a_traffic_spike_and_a_power_surge_is_hardware(string sentence, string category)
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);

        Assert.Equal(category, classifier.Classify([new WeightedText(sentence, RootCauseClassifier.RootCauseWeight, "root-cause text")]).Category);
    }

    [Fact]
    public void A_product_called_influx_is_no_traffic_spike()
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);

        Assert.NotEqual("capacity/traffic-spike", classifier.Classify([new WeightedText("The Influx write path stalled after an upgrade of Influx to 1.8.", RootCauseClassifier.RootCauseWeight, "root-cause text")]).Category);
    }

    [Theory]
    [InlineData("There was no index on the orders table.", "database/index")]
    [InlineData("There was no rate limit on the public API, so one script sent 40,000 requests per second.", "capacity/traffic-spike")]
    public void A_missing_thing_said_with_no_stays_evidence_of_its_cause(string sentence, string category)
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);

        var classification = classifier.Classify([new WeightedText(sentence, RootCauseClassifier.RootCauseWeight, "root-cause text")]);

        Assert.Equal(category, classification.Category);
    }

    [Theory]
    [InlineData("The answers were deployed to the sheet.", "we deployed the answers")]
    [InlineData("Event processing was manual.", "manual processing slowed")]
    public void Another_word_form_of_a_one_word_synonym_counts_less_than_the_word_itself(string inflected, string alsoInflected)
    {
        var classifier = new RootCauseClassifier(TaxonomyReader.Default);
        WeightedText Text(string t) => new(t, RootCauseClassifier.RootCauseWeight, "root-cause text");

        var weak = classifier.Classify([Text(inflected), Text(alsoInflected)]);
        var strong = classifier.Classify([Text(inflected.Replace("deployed", "deploy", StringComparison.Ordinal).Replace("processing", "process", StringComparison.Ordinal)), Text(alsoInflected.Replace("deployed", "deploy", StringComparison.Ordinal).Replace("processing", "process", StringComparison.Ordinal))]);

        Assert.True(weak.Confidence < strong.Confidence, $"{weak.Confidence} vs {strong.Confidence}");
    }

    [Fact]
    public void A_sentence_naming_the_cause_before_the_words_root_cause_counts_most()
    {
        const string text = "# Ingestion delays\n\nDate: 2025-11-11\n\nWe deployed a release and reviewed the deploy process twice.\n\nAfter two days we identified disk exhaustion as the root cause.\n";

        var classification = Extractor.Extract("ingestion.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    private static IReadOnlyList<string> ActionTitles(string text) =>
        ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items.Select(i => i.Title).ToList();

    [Fact]
    public void A_list_item_wrapped_over_several_lines_is_one_action_not_fragments()
    {
        var titles = ActionTitles("## Follow-ups\n\n- Add an alert on queue depth so the\n  on-call hears of it before users do\n- Document the restore steps\n");

        Assert.Equal(["Add an alert on queue depth so the on-call hears of it before users do", "Document the restore steps"], titles);
    }

    [Fact]
    public void A_hard_wrapped_paragraph_under_an_action_heading_is_split_into_sentences_not_lines()
    {
        var titles = ActionTitles("## Next steps\n\nAdd an alert on queue depth so the on-call\nhears of it first. Document the restore\nsteps for the database.\n");

        Assert.Equal(["Add an alert on queue depth so the on-call hears of it first.", "Document the restore steps for the database."], titles);
    }

    [Fact]
    public void Bullets_under_a_numbered_action_are_its_details_and_completed_sections_list_no_open_work()
    {
        var titles = ActionTitles("## Remediation\n\n### Immediate actions (completed)\n\n1. **Moved the table**\n- Created a new table\n\n### Planned actions\n\n1. **Deeper monitoring** of the database engine, with metrics and alerts on the signals that matter, namely these:\n- Read amplification\n- Table statistics\n\n2. **Runbooks for engine limits**\n");

        Assert.Equal(["Deeper monitoring of the database engine, with metrics and alerts on the signals that matter, namely these:", "Runbooks for engine limits"], titles);
    }

    [Fact]
    public void Sub_bullets_of_an_item_that_only_introduces_them_are_the_actions()
    {
        var titles = ActionTitles("## Action Items\n\n- For risky changes to the API:\n    - Add integration tests\n    - Watch errors after each deploy\n");

        Assert.Contains("Add integration tests", titles);
        Assert.Contains("Watch errors after each deploy", titles);
    }

    [Theory]
    [InlineData("# Broken deploys with no actions budget\n\nWe looked at the logs.\n\n- Restarted the runner\n")]
    [InlineData("## Follow-up timeline\n\n- Restarted the runner\n")]
    [InlineData("## Verification results\n\n- All checks pass\n")]
    public void A_heading_that_only_mentions_actions_or_tells_what_happened_is_not_an_action_list(string text) =>
        Assert.Empty(ActionTitles(text));

    [Theory]
    [InlineData("Deleted old rows, but doing so does not immediately free up disk space.")]
    [InlineData("Merged the rollback PR, which is itself blocked on a missing status.")]
    [InlineData("Both releases meant to fix it introduced different regressions.")]
    public void More_wordings_of_a_failed_remedy_mark_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));
}
