using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A narrative that names times for its first hour and tells the trouble going on without them ("consensus was reached
/// at 10:19 GMT. Shortly thereafter, validators reported errors") has no end at its latest moment; one whose next
/// sentence tells the service working, or that simply stops there, still ends at it. Issue 17, item 3, each on an
/// invented text.
/// </summary>
public sealed class NarrativeGoingOnAfterItsLastTimeTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset? Resolved(string story) => Extractor.Extract("incident.md",
        "# Ledger upgrade on 30 January 2023\n\nAt roughly 09:30 GMT the ledger halted for the upgrade. " + story + "\n", null).Postmortem.Timestamps.Resolved;

    [Theory]
    [InlineData("Validators upgraded and consensus was reached at 10:19 GMT. Shortly thereafter, a number of validators reported errors and timeouts.")]
    [InlineData("Validators upgraded and consensus was reached at 10:19 GMT.\n\nHowever, within minutes nodes began to crash on a pruning bug.")]
    [InlineData("At 10:19 GMT the error rate was back to normal. Then the workers began crashing and kept crashing into the evening.")]
    [InlineData("By 10:19 GMT the ledger was fully restored. However, shortly after, the API began failing again for most users.")]
    public void Trouble_told_right_after_the_latest_moment_leaves_the_end_unknown(string story)
    {
        Assert.Null(Resolved(story));
    }

    [Theory]
    [InlineData("Validators upgraded and consensus was reached at 10:19 GMT. Shortly thereafter, every validator was signing blocks again.")]
    [InlineData("Validators upgraded and consensus was reached at 10:19 GMT.")]
    [InlineData("Validators upgraded and consensus was reached at 10:19 GMT. The errors we saw before the halt were caused by a pruning bug.")]
    public void Guard_a_narrative_that_ends_well_or_stops_ends_at_its_latest_moment(string story)
    {
        Assert.Equal(DateTimeOffset.Parse("2023-01-30T10:19:00Z"), Resolved(story));
    }
}
