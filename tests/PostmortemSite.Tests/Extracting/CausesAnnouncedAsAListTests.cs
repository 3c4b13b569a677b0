using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A cause told as a list that a sentence announces ("There have been two major causes for this:") rather than under a
/// root-cause heading (issue 17, item 4), on invented texts.
/// </summary>
public sealed class CausesAnnouncedAsAListTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text).Postmortem;

    [Theory]
    [InlineData("- The campus provider upgraded its network, which caused an unexpected network outage.\n- A kernel update on the main server led to disk failures.\n")]
    [InlineData("\n- The campus provider upgraded its network, which caused an unexpected network outage.\n- A kernel update on the main server led to disk failures.\n")]
    [InlineData("\n\\* The campus provider upgraded its network, which caused an unexpected network outage.\n\\* A kernel update on the main server led to disk failures.\n")]
    public void The_items_a_sentence_announces_as_the_causes_are_the_root_cause_text(string list)
    {
        var text = $"# Recent downtime\n\n**Date:** 2026-04-23\n\nOur servers have had trouble over the past few days. There have been two major causes for this:\n{list}\nWe apologise for the trouble.\n";

        var imported = Extract(text);

        Assert.Equal("The campus provider upgraded its network, which caused an unexpected network outage.", imported.Trigger);
        Assert.Contains("kernel update", imported.RootCauseText, StringComparison.Ordinal);
        Assert.DoesNotContain("apologise", imported.RootCauseText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Here is what we changed since:")]
    [InlineData("Trusting the workflow was a dangerous misconception, for a few reasons:")]
    public void Guard_a_line_announcing_something_else_is_not_the_cause(string intro)
    {
        var text = $"# Recent downtime\n\n**Date:** 2026-04-23\n\nOur servers have had trouble over the past few days. {intro}\n\n- Added a second uplink\n- Moved backups to another host\n";

        Assert.Null(Extract(text).Trigger);
    }
}
