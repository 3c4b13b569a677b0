using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// An entry that tells a message about the end ("All-clear notification confirming full service restoration",
/// "Customers notified that service is restored", "Status page updated: resolved") comes after the end it tells of:
/// when an earlier entry tells the end itself, that is the end. Alone, the message still marks it. Issue 17, item 3,
/// each on an invented text.
/// </summary>
public sealed class MessagesOfTheEndTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text, null).Postmortem;

    [Theory]
    [InlineData("All-clear notification confirming full service restoration")]
    [InlineData("Customers notified that service is fully restored")]
    [InlineData("Status page updated to resolved")]
    [InlineData("Posted an update announcing full recovery")]
    public void A_message_about_the_end_after_the_end_itself_does_not_move_it(string message)
    {
        var text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 alerts fire for failed database connections\n"
            + "- 08:30 connection limit raised, service restarted\n- 09:00 full service restored and incident resolved\n"
            + $"- 09:05 {message}\n- 09:15 post-incident summary sent\n";

        var postmortem = Extract(text);

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T09:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_message_about_the_end_is_the_end_when_nothing_before_it_tells_the_end()
    {
        const string text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 alerts fire for failed database connections\n"
            + "- 08:30 connection limit raised, service restarted\n- 09:05 Customers notified that service is fully restored\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T09:05:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_later_end_that_is_no_message_still_moves_the_end()
    {
        const string text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 alerts fire for failed database connections\n"
            + "- 08:30 service restored for most users\n- 08:40 customers notified that service is restored\n- 09:00 full service restored for all regions\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T09:00:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Theory]
    [InlineData("All-clear notification confirming full service restoration", true)]
    [InlineData("Customers were informed of the resolution", true)]
    [InlineData("Full service restored", false)]
    [InlineData("Email delivery fully restored", false)]
    public void Tells_a_message_reads_the_words_of_a_notice(string text, bool message)
    {
        Assert.Equal(message, EventWording.TellsAMessage(text));
    }
}
