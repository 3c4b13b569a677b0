using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Labels that name their zone, words prefixed as before the trouble, a timeline's year that slipped, and corrective
/// measures told as taken or promised in a sentence that opens with a time ahead, and users' own settings (issue 17,
/// items 2, 3, 4 and 6), each on an invented document.
/// </summary>
public sealed class LabelZonesAndMeasuresTakenTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    [Theory]
    [InlineData("- **Outage Start (UTC):** 15 March 2024, 03:53\n- **Outage End (UTC):** 17 March 2024, 00:29 (when the carrier restored service)\n")]
    [InlineData("Outage start (UTC): 15 March 2024, 03:53\nOutage end (UTC): 17 March 2024, 00:29\n")]
    public void A_label_that_names_its_zone_in_brackets_is_read_as_the_label_it_names(string labels)
    {
        var postmortem = Import($"# Network outage\n\n## Summary\n\n{labels}\n## Timeline\n\n- 15 March 2024, 11:31: a read-only copy of the site is brought up\n");

        Assert.Equal(At("2024-03-15T03:53:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-03-17T00:29:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_zone_a_label_names_is_the_clock_of_its_value()
    {
        var postmortem = Import("# Payments outage\n\nStart time (PST): 2024-01-10 09:15\nEnd time (PST): 2024-01-10 10:05\n\nThe payments database ran out of connections.\n");

        Assert.Equal(At("2024-01-10T17:15:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-01-10T18:05:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_zone_in_the_value_wins_over_the_one_its_label_names()
    {
        var postmortem = Import("# Payments outage\n\nStart time (PST): 2024-01-10 17:15 UTC\n\nThe payments database ran out of connections.\n");

        Assert.Equal(At("2024-01-10T17:15:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Guard_a_bracket_that_is_no_zone_stays_part_of_the_label()
    {
        var document = LegacyDocumentParser.Parse("Impact (estimated): 40% of requests\n");

        Assert.Equal("impact estimated", document.Fields.Single().Key);
    }

    [Theory]
    [InlineData("Attacker wallet receives pre-attack funding through a bridge")]
    [InlineData("Post-outage checklist for the pool contracts reviewed")]
    public void An_entry_whose_trouble_word_is_prefixed_as_before_or_after_it_is_lead_up_and_not_the_first_sign(string leadUp)
    {
        var postmortem = Import($"# Pool exploit\n\n## Timeline (all times UTC, March 5, 2026)\n\n| Time | Event |\n|---|---|\n| 07:00 | {leadUp} |\n"
            + "| 13:38 | **Attack 1**: the pool's reserve drained |\n| 13:47 | **Attack 2**: the pool's reserve drained again |\n| 15:23 | Team halts the pool |\n");

        Assert.Equal(At("2026-03-05T13:38:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_list_of_measures_the_team_has_taken_to_improve_things_is_its_corrective_work_done()
    {
        const string text = "## Details of the fix\n\nWe rotated the deploy key the same day.\n\nThe team has taken steps to improve its security posture, including:\n\n"
            + "- Updating our process to store wallet files only encrypted\n- Creating a security incident response plan\n";

        var items = Items(text);

        Assert.Equal(["Updating our process to store wallet files only encrypted", "Creating a security incident response plan"], items.Select(i => i.Title));
        Assert.All(items, item => Assert.Equal(ActionStatus.Done, item.Status));
    }

    [Fact]
    public void Guard_a_list_of_the_steps_taken_to_restore_the_service_is_no_corrective_work()
    {
        var items = Items("## Resolution\n\nWe took the following steps to restore the service:\n\n- Restarted the primary database\n- Cleared the queue\n");

        Assert.Empty(items);
    }

    [Fact]
    public void A_timeline_dated_the_same_day_as_the_document_in_another_year_slipped_in_its_year_and_moves_to_the_documents()
    {
        var postmortem = Import("---\ndate: 2019-08-15\n---\n\n# Broken icons release\n\n## Timeline\n\n2015-08-15 (all times in UTC)\n\n"
            + "- 17:50: first report of a broken build\n- 20:07: the previous version is restored as the latest\n");

        Assert.Equal(new DateOnly(2019, 8, 15), postmortem.Date);
        Assert.Equal(At("2019-08-15T17:50:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2019-08-15T20:07:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_timeline_on_another_day_than_the_posts_still_dates_the_incident()
    {
        var postmortem = Import("---\ndate: 2019-08-20\n---\n\n# Broken icons release\n\n## Timeline\n\n2019-06-11 (all times in UTC)\n\n"
            + "- 17:50: first report of a broken build\n- 20:07: the broken version is unpublished\n");

        Assert.Equal(new DateOnly(2019, 6, 11), postmortem.Date);
    }

    [Theory]
    [InlineData("Over the next few days and weeks we'll be putting better monitoring in place around worker usage.")]
    [InlineData("In the coming weeks we will add an alert on worker saturation.")]
    [InlineData("We had already been talking about an on-call rotation and plan to have that in place soon.")]
    public void A_promise_opened_by_a_time_ahead_or_to_have_a_thing_in_place_is_an_item(string sentence)
    {
        var items = Items($"# Connectivity issues\n\nThe API was down for six hours because the workers were exhausted.\n\n{sentence}\n");

        Assert.Equal([sentence], items.Select(i => i.Title));
    }

    [Fact]
    public void Guard_a_promise_to_have_more_news_is_no_item()
    {
        var items = Items("# Connectivity issues\n\nThe API was down for six hours. In the coming days we will have more updates on the status page.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Everyone lost their personalized settings and had to set up their bots again.")]
    [InlineData("Streamers found your settings reset and had to redo your Dotabod settings.")]
    public void The_settings_users_keep_in_a_service_are_its_data_and_name_no_configuration_change(string loss)
    {
        var postmortem = Extractor.Extract("incident.md", $"# Accounts wiped\n\n**Date:** 2024-10-14\n\nA reset of the production database wiped every table. {loss}\n").Postmortem;

        Assert.NotEqual("change/config", postmortem.Classification.Category);
    }

    [Fact]
    public void Guard_settings_changed_on_the_service_are_a_configuration_change()
    {
        var postmortem = Extractor.Extract("incident.md", "# Proxy outage\n\n**Date:** 2024-10-14\n\n## Root cause\n\nA change to the proxy settings pointed every route at a retired backend.\n").Postmortem;

        Assert.Equal("change/config", postmortem.Classification.Category);
    }
}
