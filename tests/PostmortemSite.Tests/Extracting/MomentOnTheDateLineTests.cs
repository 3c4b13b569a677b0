using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A report's header that dates the incident to the second ("| Date | 2023-04-24 19:32:57.448021073 (UTC) |",
/// "Date: 2023-04-24 19:32 UTC") gives the moment it began, and the incident's day, when nothing states a start and
/// the timeline begins no earlier; a date line's time after the timeline's first moment is when it was written.
/// Issue 17, items 2 and 3, each on an invented text.
/// </summary>
public sealed class MomentOnTheDateLineTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text, null).Postmortem;

    [Fact]
    public void A_time_with_a_fraction_of_a_second_is_read_to_the_minute()
    {
        var stamp = Assert.Single(DateTimeText.FindStamps("2023-04-24 19:32:57.448021073 (UTC)", null));

        Assert.Equal(new DateOnly(2023, 4, 24), stamp.Date);
        Assert.Equal(new TimeOnly(19, 32, 57), new TimeOnly(stamp.Time!.Value.Hour, stamp.Time.Value.Minute, stamp.Time.Value.Second));
    }

    [Theory]
    [InlineData("| Field | Value |\n|---|---|\n| Incident | Ledger halted |\n| Date | 2023-04-24 19:32:57.448021073 (UTC) |\n")]
    [InlineData("Date: 2023-04-24 19:32 UTC\nAuthors: the ledger team\n")]
    public void A_moment_on_the_headers_date_line_is_the_start_and_the_day(string header)
    {
        var text = "# Ledger halt\n\n" + header + "\n## Overview\n\nThe ledger halted after a deadlock in its cache.\n\n"
            + "## Recovery\n\nOn 26/04/2023 at 19:18 (UTC) we announced that the ledger had resumed.\n";

        var postmortem = Extract(text);

        Assert.Equal(new DateOnly(2023, 4, 24), postmortem.Date);
        Assert.Equal(DateTimeOffset.Parse("2023-04-24T19:32:00Z"), postmortem.Timestamps.Started?.AddSeconds(-postmortem.Timestamps.Started.Value.Second));
        Assert.Equal(DateTimeOffset.Parse("2023-04-26T19:18:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_date_line_moment_after_the_timelines_first_entry_is_when_it_was_written_not_the_start()
    {
        const string text = "# Ledger halt\n\nDate: 2023-04-25 09:00 UTC\n\n## Timeline (UTC)\n\n- 2023-04-24 19:32 ledger halted after a deadlock\n- 2023-04-24 21:10 ledger resumed\n";

        var postmortem = Extract(text);

        Assert.Equal(DateTimeOffset.Parse("2023-04-24T19:32:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(new DateOnly(2023, 4, 24), postmortem.Date);
    }

    [Fact]
    public void A_date_line_without_a_time_gives_no_start()
    {
        const string text = "# Ledger halt\n\nDate: 2023-04-24\n\n## Overview\n\nThe ledger halted after a deadlock in its cache.\n";

        Assert.Null(Extract(text).Timestamps.Started);
    }
}
