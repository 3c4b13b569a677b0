using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A report whose only times are its labels ("## Time: 00:50:10 UTC", "Start: ... End: ...") has those moments as its
/// timeline, each marking its milestone; a moment computed from a stated length is none the text gives. Issue 17,
/// item 2, each on an invented text.
/// </summary>
public sealed class MomentsOnlyInLabelsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Extraction Extract(string text) => Extractor.Extract("incident.md", text, null);

    [Fact]
    public void A_time_given_only_by_a_heading_label_is_the_timelines_one_entry()
    {
        const string text = "## Refunds sent to the wrong account\n## Date: December 15, 2022\n## Time: 00:50:10 UTC\n## Details:\n\n"
            + "A bug in the payout job sent refunds to an invalid address; five customers were affected.\n";

        var result = Extract(text);

        var entry = Assert.Single(result.Postmortem.Timeline);
        Assert.Equal(DateTimeOffset.Parse("2022-12-15T00:50:10Z"), entry.Time);
        Assert.Equal(Milestone.Started, entry.Milestone);
        Assert.DoesNotContain("timeline", result.Report.NotFound);
    }

    [Fact]
    public void Labelled_start_and_end_are_two_entries_in_time_order()
    {
        const string text = "# Checkout outage\n\nEnd: 2024-03-05 11:30 UTC\nStart: 2024-03-05 10:00 UTC\n\n## Root cause\n\nA bad config push broke checkout.\n";

        var timeline = Extract(text).Postmortem.Timeline;

        Assert.Equal([DateTimeOffset.Parse("2024-03-05T10:00:00Z"), DateTimeOffset.Parse("2024-03-05T11:30:00Z")], timeline.Select(e => e.Time!.Value));
        Assert.Equal([Milestone.Started, Milestone.Resolved], timeline.Select(e => e.Milestone!.Value));
    }

    [Fact]
    public void An_end_computed_from_a_stated_length_is_not_an_entry()
    {
        const string text = "# Checkout outage\n\nStart: 2024-03-05 10:00 UTC\n\nCheckout was down for 2 hours after a bad config push.\n";

        var postmortem = Extract(text).Postmortem;

        Assert.Equal(DateTimeOffset.Parse("2024-03-05T12:00:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T10:00:00Z"), Assert.Single(postmortem.Timeline).Time);
    }

    [Fact]
    public void A_document_with_a_timeline_gets_no_entries_from_its_labels()
    {
        const string text = "# Checkout outage\n\nStart: 2024-03-05 10:00 UTC\n\n## Timeline (UTC)\n\n- 10:05 alerts fired for checkout\n- 11:30 config reverted, checkout back\n";

        Assert.Equal(2, Extract(text).Postmortem.Timeline.Count);
    }

    [Fact]
    public void Stacked_labels_of_moments_are_not_read_as_one_sentence_of_the_prose()
    {
        const string text = "# Queue stall\n\nDate: 2024-03-05\nDetected: 2024-03-05 10:20 UTC\nResolved: 2024-03-05 11:00 UTC\n\nThe queue stalled after a deadlock in the consumer.\n";

        var timeline = Extract(text).Postmortem.Timeline;

        Assert.Equal(["Incident detected", "Incident resolved"], timeline.Select(e => e.Text));
    }

    [Fact]
    public void Guard_a_moment_under_a_label_not_read_as_a_milestone_is_still_read_from_the_prose()
    {
        const string text = "# Queue stall\n\nIncident began: 2024-08-01 14:05 UTC\nDetected: 2024-08-01 14:20 UTC\n\nThe queue stalled after a deadlock in the consumer.\n";

        Assert.Equal(DateTimeOffset.Parse("2024-08-01T14:05:00Z"), Extract(text).Postmortem.Timestamps.Started);
    }
}
