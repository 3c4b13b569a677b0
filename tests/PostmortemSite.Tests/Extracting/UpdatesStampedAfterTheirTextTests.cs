using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A status page copied as text stamps each update after what it says ("We are investigating ... Oct 13, 2023 -
/// 23:05 EDT", or "Posted Mar 02, 2024 - 10:05 UTC" on the line below): the entry is the update's words at the
/// stamp's time, so its dead ends and milestones can be read (issue 17, items 2 and 5). Each on an invented document.
/// </summary>
public sealed class UpdatesStampedAfterTheirTextTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text, string file = "status.md") => Extractor.Extract(file, text).Postmortem.ToPostmortem()!;

    [Fact]
    public void An_update_stamped_at_the_end_of_its_paragraph_is_an_entry_of_its_words()
    {
        var postmortem = Import("""
            # Elevated error rates for API requests

            **Resolved** - This incident has been resolved. Oct 14, 2023 - 03:12 EDT

            **Update** - We are continuing to investigate. Restarting the gateway fleet did not resolve the errors. Oct 14, 2023 - 00:40 EDT

            **Investigating** - We are investigating elevated error rates. Oct 13, 2023 - 23:05 EDT
            """);

        Assert.Equal([At("2023-10-14T03:05:00Z"), At("2023-10-14T04:40:00Z"), At("2023-10-14T07:12:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("Investigating - We are investigating elevated error rates.", postmortem.Timeline[0].Text);
        Assert.True(postmortem.Timeline[1].DeadEnd);
    }

    [Fact]
    public void A_posted_line_stamps_the_status_and_the_words_above_it()
    {
        var postmortem = Import("Login failures for EU customers\n\nResolved\nThis incident has been resolved.\nPosted Mar 02, 2024 - 11:20 UTC\n\n"
            + "Update\nA cache flush did not help.\nPosted Mar 02, 2024 - 10:41 UTC\n\nInvestigating\nWe are investigating login failures.\nPosted Mar 02, 2024 - 10:05 UTC\n", "status.txt");

        Assert.Equal(["We are investigating login failures.", "A cache flush did not help.", "This incident has been resolved."],
            postmortem.Timeline.Select(e => e.Text[(e.Text.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
        Assert.True(postmortem.Timeline[1].DeadEnd);
    }

    [Fact]
    public void A_sentence_that_tells_something_at_its_time_keeps_its_own_words()
    {
        var postmortem = Import("# Outage\n\nThe cache was cold after the restart. At 10:05 UTC on 2024-03-02 the first errors appeared.\n");

        Assert.Equal("At 10:05 UTC on 2024-03-02 the first errors appeared.", Assert.Single(postmortem.Timeline).Text);
    }

    [Fact]
    public void A_date_line_above_a_paragraph_is_not_read_as_stamping_the_words_before_it()
    {
        var postmortem = Import("Outage\n\nThe cache was cold.\n\nMar 02, 2024 - 10:05 UTC\nWe are investigating login failures.\n", "status.txt");

        Assert.DoesNotContain(postmortem.Timeline, e => e.Text.Contains("cache was cold", StringComparison.Ordinal));
    }

    [Fact]
    public void Updates_each_stamped_on_the_line_below_in_one_paragraph_are_entries_of_their_words()
    {
        var postmortem = Import("""
            Package uploads failing

            Resolved - This incident has been resolved.
            Apr 5, 2022 18:02 UTC
            Monitoring - A fix has been deployed and uploads are working again.
            Apr 5, 2022 17:30 UTC
            Investigating - Uploads are failing with 503 errors.
            Apr 5, 2022 16:12 UTC
            """, "status.txt");

        Assert.Equal([At("2022-04-05T16:12:00Z"), At("2022-04-05T17:30:00Z"), At("2022-04-05T18:02:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("Investigating - Uploads are failing with 503 errors.", postmortem.Timeline[0].Text);
        Assert.Equal(At("2022-04-05T16:12:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2022-04-05T18:02:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Stamps_each_on_the_line_above_their_words_in_one_paragraph_still_stamp_the_words_below()
    {
        var postmortem = Import("""
            Package uploads failing

            Apr 5, 2022 16:12 UTC
            Investigating - Uploads are failing with 503 errors.
            Apr 5, 2022 17:30 UTC
            Monitoring - A fix has been deployed and uploads are working again.
            Apr 5, 2022 18:02 UTC
            Resolved - This incident has been resolved.
            """, "status.txt");

        Assert.EndsWith("Investigating - Uploads are failing with 503 errors.", postmortem.Timeline.Single(e => e.Time == At("2022-04-05T16:12:00Z")).Text, StringComparison.Ordinal);
        Assert.Equal(At("2022-04-05T18:02:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Updates_each_stamped_on_a_line_above_their_words_take_the_words_below_not_the_update_before()
    {
        var postmortem = Import("---\ntitle: Power issue\ndate: 2026-07-10 22:13:00\nresolved: true\nsection: issue\n---\n\n"
            + "2026-07-10 22:53 UTC\n\nThe power is still out.\n\n---\n\n"
            + "2026-07-10 22:34 UTC\n\nThe power issue has come back minutes after the recovery.\n\n---\n\n"
            + "2026-07-10 22:13 UTC\n\nA site power issue caused a reboot of some nodes.\n");

        Assert.Equal(
            ["A site power issue caused a reboot of some nodes.", "The power issue has come back minutes after the recovery.", "The power is still out."],
            postmortem.Timeline.OrderBy(e => e.Time).Select(e => e.Text));
    }

    [Fact]
    public void A_stamp_on_a_line_under_its_words_takes_the_words_above_rather_than_its_own_digits()
    {
        var postmortem = Import("# Queue outage\n\nWe are investigating delays in the queue.\n\n2026-07-10 22:13 UTC\n\nThe queue is draining again.\n\n2026-07-10 22:40 UTC\n");

        Assert.Equal("We are investigating delays in the queue.", postmortem.Timeline.OrderBy(e => e.Time).First().Text);
    }
}
