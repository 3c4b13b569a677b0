using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A write-up with no action section that closes on the safeguards already made ("We improved our CI to avoid this
/// kind of issue in the future", "We've added a check so that this cannot happen again", "We improved our upgrade
/// testing procedure to include ...") lists its follow-up work, done; a change made during the response is not one.
/// Issue 17, item 6, each on an invented text.
/// </summary>
public sealed class SafeguardsMadeTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text, null).Postmortem;

    private static string Closing(string bullets) =>
        "# Chain halt\n\nDate: 2022-04-28\n\n## Summary\n\n- The release went out at 20:00 UTC\n- The chain halted and was restarted at 21:00 UTC\n\n## Conclusion\n\n"
        + "- Documentation is key, thanks to everyone who wrote up their halts\n" + bullets;

    [Theory]
    [InlineData("- We improved our CI to avoid this kind of non-deterministic issue in the future, see PR#10\n")]
    [InlineData("- We've added a determinism check to the build so that this cannot happen again\n")]
    [InlineData("- We improved our upgrade testing procedure to include nodes in separate datacenters\n")]
    public void A_safeguard_already_made_is_a_done_action_item(string bullet)
    {
        var item = Assert.Single(Extract(Closing(bullet)).ActionItems);

        Assert.Equal(ActionStatus.Done, item.Status);
    }

    [Fact]
    public void Two_safeguards_made_are_two_items()
    {
        var items = Extract(Closing("- We improved our CI to avoid this kind of issue in the future\n- We improved our upgrade testing procedure to include more nodes\n")).ActionItems;

        Assert.Equal(2, items.Count);
    }

    [Theory]
    [InlineData("- We added more workers to drain the backlog\n")]
    [InlineData("- We restarted the nodes to avoid a longer halt\n")]
    [InlineData("- We improved throughput by raising the batch size during the recovery\n")]
    public void A_change_made_during_the_response_is_no_action_item(string bullet)
    {
        Assert.Empty(Extract(Closing(bullet)).ActionItems);
    }
}
