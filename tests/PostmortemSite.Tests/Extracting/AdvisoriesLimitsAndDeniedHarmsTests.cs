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
}
