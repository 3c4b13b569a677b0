using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A timeline written as "- Outage start (UTC): 2024-03-15 03:53" names each event first and gives its time after a
/// colon (issue 17, item 2). Each is an entry; a length or a bare "Time:" is not. Each on an invented document.
/// </summary>
public sealed class EventsNamedBeforeTheirTimeTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    private static string Document(string timeline) =>
        $"# Payment API outage\n\n## Summary\n\nPayments failed for an hour.\n\n## Timeline\n\n{timeline}\n\n## Root cause\n\nA bad release.\n";

    [Fact]
    public void Events_named_before_a_zone_labelled_time_are_timeline_entries_at_that_time()
    {
        var postmortem = Import(Document(
            "- Outage start (UTC): 2024-03-15 03:53\n- 04:10 UTC: On-call engineer paged\n- 04:25 UTC: Release rolled back\n- Outage end (UTC): 2024-03-15 04:41"));

        Assert.Equal(
            [At("2024-03-15T03:53:00Z"), At("2024-03-15T04:10:00Z"), At("2024-03-15T04:25:00Z"), At("2024-03-15T04:41:00Z")],
            postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("Outage start", postmortem.Timeline[0].Text);
        Assert.Equal(At("2024-03-15T04:41:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_zone_the_label_names_is_the_time_s_zone_when_the_time_names_none()
    {
        var postmortem = Import(Document("- Alert fired (PDT): 2024-06-03 09:02\n- Engineer acknowledged (PDT): 2024-06-03 09:05\n- Service restored (PDT): 2024-06-03 09:40"));

        Assert.Equal([At("2024-06-03T16:02:00Z"), At("2024-06-03T16:05:00Z"), At("2024-06-03T16:40:00Z")], postmortem.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Events_named_before_a_bare_time_take_the_timeline_s_day_and_the_time_s_own_zone()
    {
        var postmortem = Import(Document("All times on 2024-03-15.\n\n- **Alert fired:** 14:02 UTC\n- **Engineer acknowledged:** 14:05 UTC\n- **Fix deployed:** 14:31 UTC"));

        Assert.Equal([At("2024-03-15T14:02:00Z"), At("2024-03-15T14:05:00Z"), At("2024-03-15T14:31:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("Engineer acknowledged", postmortem.Timeline[1].Text);
    }

    [Fact]
    public void Times_aligned_in_a_column_after_their_labels_with_a_note_after_them_are_entries()
    {
        var postmortem = Import(Document("- **Incident start:**      2024-03-15 03:53 UTC\n- **Detection:**           2024-03-15 03:58 UTC (disk alert)\n"
            + "- **Failover attempted:**  2024-03-15 04:20 UTC\n- **Service recovered:**   2024-03-15 05:02 UTC onwards"));

        Assert.Equal([At("2024-03-15T03:53:00Z"), At("2024-03-15T03:58:00Z"), At("2024-03-15T04:20:00Z"), At("2024-03-15T05:02:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("Detection (disk alert)", postmortem.Timeline[1].Text);
        Assert.Equal(At("2024-03-15T05:02:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("- Duration: 1:30")]
    [InlineData("- Time to recover: 0:48")]
    [InlineData("- Time: 14:05 UTC")]
    [InlineData("- The engineer on call, who was asleep and had silenced her phone: 14:05 UTC")]
    [InlineData("- Alert fired: 14:05 UTC and again later")]
    public void A_length_a_bare_time_label_a_sentence_or_a_time_with_more_after_it_is_no_labelled_entry(string line)
    {
        var postmortem = Import(Document($"- 2024-03-15 14:00 UTC: Errors began\n{line}\n- 2024-03-15 15:00 UTC: Errors ended"));

        Assert.Equal([At("2024-03-15T14:00:00Z"), At("2024-03-15T15:00:00Z")], postmortem.Timeline.Select(e => e.Time));
    }
}
