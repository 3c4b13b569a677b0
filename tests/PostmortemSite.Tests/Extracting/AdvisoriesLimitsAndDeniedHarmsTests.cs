using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Causes told in the words of a security advisory, a rate limit reached, harms the text denies, a change that was held
/// up rather than made, and follow-up work under a recurrence question (issue 17, items 4 and 6), each on an invented text.
/// </summary>
public sealed class AdvisoriesLimitsAndDeniedHarmsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string text) => Extractor.Extract("incident.md", text).Postmortem.Classification.Category;

    private static IEnumerable<string> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items.Select(i => i.Title);

    [Theory]
    [InlineData("A crafted package name reached a shell call un-sanitized and could run arbitrary shell commands on the upload server.")]
    [InlineData("The search form passed its field to the database unescaped, a SQL injection anyone could use.")]
    public void An_advisory_that_names_an_injection_or_code_execution_is_a_software_defect(string finding)
    {
        var text = $"---\ntitle: Upload server advisory\ndate: 2026-04-19\n---\n{finding} We were told about it by a researcher this morning and it is patched.\n";

        Assert.Equal("software/bug", Category(text));
    }

    [Theory]
    [InlineData("The mirror kept hitting CPU rate limits on the host's end, so clones failed for our users.")]
    [InlineData("Every sync failed because we exceeded the API rate limit of the provider.")]
    public void A_rate_limit_reached_is_an_allowance_used_up(string sentence)
    {
        Assert.Equal("capacity/resource-exhaustion", Category($"# Clones failing\n\n**Date:** 2026-03-08\n\n{sentence}\n"));
    }

    [Fact]
    public void Guard_a_rate_limit_that_was_missing_still_tells_of_a_load_nothing_held_back()
    {
        Assert.Equal("capacity/traffic-spike", Category("# API down\n\n**Date:** 2026-03-08\n\nThere was no rate limit on the public API, so one client's retries overwhelmed the database.\n"));
    }

    [Theory]
    [InlineData("The issue was synchronization between the two branches, not corruption.")]
    [InlineData("- **Data loss:** None - every commit was kept")]
    public void A_harm_the_text_sets_aside_by_contrast_or_a_label_of_none_is_no_evidence_of_it(string line)
    {
        Assert.NotEqual("database/data-corruption", Category($"# Push failed\n\n**Date:** 2026-11-03\n\nThe push to the shared repository failed with a bad object error.\n\n{line}\n"));
    }

    [Fact]
    public void Guard_corruption_that_happened_is_still_evidence_of_it()
    {
        Assert.Equal("database/data-corruption", Category("# Push failed\n\n**Date:** 2026-11-03\n\nThe issue was corruption, not a network fault: the pack file was unreadable.\n\n- **Data loss:** two commits\n"));
    }

    [Fact]
    public void A_change_that_could_not_go_out_is_the_symptom_not_how_the_fault_got_in()
    {
        const string text = "# Builds stuck\n\n**Date:** 2026-02-10\n**Severity:** Medium (blocked deployment)\n\nEngineers could not push code changes and were blocked from deploying changes all morning. The build cache disk was full.\n";

        Assert.Equal("capacity/resource-exhaustion", Category(text));
    }

    [Fact]
    public void Guard_a_deploy_that_went_out_and_broke_things_is_still_the_cause()
    {
        Assert.Equal("change/deployment", Category("# Checkout errors\n\n**Date:** 2026-02-10\n\nA bad deploy of the checkout service broke payments; the rollback was blocked for ten minutes.\n"));
    }

    [Fact]
    public void A_section_asking_whether_it_will_happen_again_lists_the_work_to_come()
    {
        Assert.Equal(["Run a consistency check on every web edit", "Alert on duplicate tree entries"], Items("## Will this happen again?\n\n- Run a consistency check on every web edit\n- Alert on duplicate tree entries\n"));
    }

    [Fact]
    public void A_link_reference_definition_under_an_action_heading_is_no_item()
    {
        Assert.Equal(["Alert on replica lag ([#12][t12])"], Items("## Action items\n\n- Alert on replica lag ([#12][t12])\n\n[t12]: https://example.com/issues/12\n[docs]: https://example.com/docs \"Docs\"\n"));
    }

    [Fact]
    public void Guard_lines_shaped_as_link_definitions_that_hold_a_time_or_a_label_are_still_read()
    {
        const string text = "# Storage cluster degraded\n\n[Date]: 2026-04-22\n[Severity]: SEV2\n\nA power supply failure took a node down.\n\n## Timeline\n\n[14:05]: Paged.\n[14:12]: Identified the failed node\n[14:30]: Resolved.\n";

        var imported = Extractor.Extract("incident.md", text).Postmortem;

        Assert.Equal(new DateOnly(2026, 4, 22), imported.Date);
        Assert.Equal("SEV2", imported.Severity);
        Assert.Equal(["Paged.", "Identified the failed node", "Resolved."], imported.Timeline.Select(e => e.Text));
    }

    [Theory]
    [InlineData("these errors had actually always been present, as we never used those modules")]
    [InlineData("The warning was always there; it is printed on every boot")]
    public void Work_on_a_signal_later_found_to_have_always_been_there_was_a_wrong_lead(string finding)
    {
        string[] entries = ["Workers fail to connect to the database", "Investigated a warning the image library logged", "Installed the missing packages, which silenced the warnings", finding, "Found the connection pooler out of file handles"];

        Assert.Equal([false, true, true, false, false], EventWording.DeadEnds(entries));
    }

    [Fact]
    public void Guard_a_signal_that_was_always_there_leaves_a_remedy_that_brought_the_service_back_alone()
    {
        string[] entries = ["Restarted the web tier, which restored service", "Wrote to the status page", "Noted that the disk warning had long been logged on that host"];

        Assert.Equal([false, false, false], EventWording.DeadEnds(entries));
    }
}
