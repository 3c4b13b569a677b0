using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// "Most validators are signing again; those still missing blocks were messaged": whatever the ones the remedy helped
/// are called, most of them back again is a remedy that worked, and the few left over make no dead end of it or of the
/// entry. Most of them failing again does. Issue 17, item 5, each on an invented text.
/// </summary>
public sealed class RemediesThatMostlyWorkedTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static IReadOnlyList<TimelineEvent> Timeline(string outcome) => Extractor.Extract("incident.md",
        "# Chain halt\n\n## Timeline (UTC)\n\n- 2025-02-08 01:17: first validator reports an app hash mismatch\n"
        + "- 01:33: validators are told to revert to the previous release\n- 01:59: a snapshot is published for validators needing to resync\n"
        + $"- 03:08: {outcome}\n- 14:47: all validators are signing again\n", null).Postmortem.Timeline;

    [Theory]
    [InlineData("Most validators are signing again. The team messages all validators who are still missing blocks.")]
    [InlineData("Nearly all nodes are back. Two nodes are still stuck on the old height.")]
    public void Most_of_them_back_again_is_no_dead_end_whatever_they_are_called(string outcome)
    {
        Assert.DoesNotContain(Timeline(outcome), e => e.DeadEnd);
    }

    [Theory]
    [InlineData("Most validators are failing again and are still missing blocks.")]
    [InlineData("Most disks are full again, metrics still missing.")]
    [InlineData("Most timeouts came back and the chain is still halted.")]
    public void Guard_most_of_them_failing_or_the_trouble_back_again_still_makes_a_dead_end(string outcome)
    {
        Assert.Contains(Timeline(outcome), e => e.DeadEnd);
    }
}
