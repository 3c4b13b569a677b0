using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Labels that name their zone, words prefixed as before the trouble, and corrective measures told as taken (issue 17,
/// items 2, 3 and 6), each on an invented document.
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
}
