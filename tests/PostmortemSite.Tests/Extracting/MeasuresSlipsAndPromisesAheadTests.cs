using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// The edges of the rules before them (issue 17, items 2, 3, 4 and 6): whose measures a list tells and when, what a
/// label's brackets name, when a timeline's year slipped, which times ahead open a promise, and whose settings are
/// data. Each on an invented document.
/// </summary>
public sealed class MeasuresSlipsAndPromisesAheadTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    private static string Category(string text) => Extractor.Extract("incident.md", text).Postmortem.Classification.Category;

    [Theory]
    [InlineData("We've taken the following steps to prevent a recurrence:")]
    [InlineData("We took the following steps to prevent this from happening again:")]
    [InlineData("The following measures have been put in place to prevent a recurrence:")]
    [InlineData("We have taken several steps to improve our security. These include:")]
    [InlineData("Since the incident, the following safeguards have been put in place:")]
    public void Measures_told_as_taken_in_other_words_are_corrective_work_done(string introduction)
    {
        var items = Items($"## Follow-up\n\nThe leaked key was rotated the same day.\n\n{introduction}\n\n- Storing wallet files only encrypted\n- Writing a security response plan\n");

        Assert.Equal(["Storing wallet files only encrypted", "Writing a security response plan"], items.Select(i => i.Title));
        Assert.All(items, item => Assert.Equal(ActionStatus.Done, item.Status));
    }

    [Fact]
    public void Steps_an_attacker_had_taken_are_no_corrective_work()
    {
        var items = Items("## What happened\n\nThe attacker had taken steps to avoid detection, including:\n\n- Routing the funds through a mixer\n- Using a fresh wallet for each transfer\n");

        Assert.Empty(items);
    }

    [Fact]
    public void Changes_told_under_the_root_cause_happened_before_the_incident_and_are_no_corrective_work()
    {
        var items = Items("## Root cause\n\nOur provider has made changes to improve its caching, including:\n\n- A shorter time to live for every record\n- A new purge endpoint\n");

        Assert.Empty(items);
    }

    [Fact]
    public void Steps_taken_to_reduce_the_impact_while_the_outage_went_on_are_no_corrective_work()
    {
        var items = Items("## Resolution\n\nWe have taken steps to reduce the impact on customers:\n\n- Paused the nightly imports\n- Scaled the workers out\n");

        Assert.Empty(items);
    }

    [Fact]
    public void Measures_taken_that_also_promise_more_are_listed_open()
    {
        var items = Items("## Next\n\nWe have taken some steps to improve our monitoring and will take more, including:\n\n- An alert on queue depth\n- A dashboard for worker saturation\n");

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal(ActionStatus.Open, item.Status));
    }

    [Theory]
    [InlineData("Start (UTC, approx.): 2024-01-10 09:15", "2024-01-10T09:15:00Z")]
    [InlineData("Start (UTC time): 2024-01-10 09:15", "2024-01-10T09:15:00Z")]
    [InlineData("Start (Pacific time): 2024-01-10 09:15", "2024-01-10T17:15:00Z")]
    public void A_label_naming_its_zone_with_words_around_it_gives_the_clock_of_its_value(string label, string started)
    {
        var postmortem = Import($"# Payments outage\n\nAll times in CET.\n\n{label}\n\nThe payments database ran out of connections.\n");

        Assert.Equal(At(started), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("Start (est): 2024-01-10 09:15")]
    [InlineData("Cost (est): $4,000")]
    public void Guard_an_abbreviation_in_small_letters_is_an_estimate_and_names_no_zone(string label)
    {
        var document = LegacyDocumentParser.Parse(label + "\n");

        Assert.Null(document.Lines.Single(l => l.Kind == LineKind.Field).LabelZone);
    }

    [Fact]
    public void Guard_a_post_written_a_year_later_to_the_day_keeps_its_timeline_in_its_own_year()
    {
        var postmortem = Import("---\ndate: 2020-08-15\n---\n\n# One year on\n\nA year ago today our icons broke. Here is what happened.\n\n## Timeline\n\n2019-08-15 (all times in UTC)\n\n"
            + "- 17:50: first report of a broken build\n- 20:07: the previous version is restored as the latest\n");

        Assert.Equal(At("2019-08-15T17:50:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Guard_a_timeline_whose_weekday_fits_its_own_year_did_not_slip()
    {
        var postmortem = Import("---\ndate: 2019-08-15\n---\n\n# Broken icons release\n\n## Timeline\n\nSaturday, 2015-08-15 (all times in UTC)\n\n"
            + "- 17:50: first report of a broken build\n- 20:07: the previous version is restored as the latest\n");

        Assert.Equal(At("2015-08-15T17:50:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_start_field_in_the_slipped_year_moves_with_the_timeline()
    {
        var postmortem = Import("---\ndate: 2019-08-15\n---\n\n# Broken icons release\n\nStart: 2015-08-15 17:40 UTC\n\n## Timeline\n\n2015-08-15 (all times in UTC)\n\n"
            + "- 17:50: first report of a broken build\n- 20:07: the previous version is restored as the latest\n");

        Assert.Equal(At("2019-08-15T17:40:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2019-08-15T20:07:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_slipped_timeline_of_the_night_before_a_post_dated_the_morning_after_moves_too()
    {
        var postmortem = Import("---\ndate: 2019-08-16\n---\n\n# Broken icons release\n\n## Timeline (all times in UTC)\n\n"
            + "- 2015-08-15 23:50: first report of a broken build\n- 2015-08-16 00:40: the previous version is restored as the latest\n");

        Assert.Equal(At("2019-08-15T23:50:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2019-08-16T00:40:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Next quarter we will add an alert on worker saturation.")]
    [InlineData("By the end of the month we will add an alert on worker saturation.")]
    public void A_promise_opened_by_a_named_time_ahead_is_an_item(string sentence)
    {
        var items = Items($"# Connectivity issues\n\nThe API was down for six hours because the workers were exhausted.\n\n{sentence}\n");

        Assert.Equal([sentence], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("In the next section we'll look at how the workers ran out.")]
    [InlineData("Within the next 24 hours we will restore the remaining accounts.")]
    public void Guard_a_time_ahead_within_the_write_up_or_hours_away_opens_no_item(string sentence)
    {
        var items = Items($"# Connectivity issues\n\nThe API was down for six hours because the workers were exhausted.\n\n{sentence}\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("A reset of the production database wiped every table. The settings of every user were lost.")]
    [InlineData("A reset of the production database wiped every table. Each streamer's settings were lost.")]
    public void Settings_that_belong_to_people_are_data_and_name_no_configuration_change(string loss)
    {
        Assert.NotEqual("change/config", Category($"# Accounts wiped\n\n**Date:** 2024-10-14\n\n{loss}\n"));
    }

    [Theory]
    [InlineData("A change to the storage account settings disabled public access to every bucket.")]
    [InlineData("A change pushed to the proxies reset their timeout settings, and every connection was dropped.")]
    public void Guard_settings_of_an_account_or_a_machine_are_configuration(string cause)
    {
        Assert.Equal("change/config", Category($"# Proxy outage\n\n**Date:** 2024-10-14\n\n## Root cause\n\n{cause}\n"));
    }
}
