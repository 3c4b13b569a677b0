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
    [InlineData("Announced the recovery of the queue on the forum and social media")]
    public void A_message_about_the_end_after_the_end_itself_does_not_move_it(string message)
    {
        var text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 alerts fire for failed database connections\n"
            + "- 08:30 connection limit raised, service restarted\n- 09:00 full service restored and incident resolved\n"
            + $"- 09:05 {message}\n- 09:15 post-incident summary sent\n";

        var postmortem = Extract(text);

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T09:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("recovery of the queue (workers, API, webhooks) completed")]
    [InlineData("restoration of the primary database was completed")]
    public void The_recovery_of_a_named_service_completed_is_the_end_before_its_announcements(string end)
    {
        var text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 alerts fire for failed database connections\n"
            + $"- 08:30 restarted the workers from a backup snapshot\n- 09:00 {end}\n- 09:07 announced the recovery to partners\n"
            + "- 09:10 announced the recovery on the forum and social media\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T09:00:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Theory]
    [InlineData("recovery of some of the queues completed")]
    [InlineData("recovery of 2 of 5 shards completed")]
    public void The_recovery_of_part_of_a_service_is_no_end(string partial)
    {
        Assert.False(EventWording.Says(partial, Milestone.Resolved, false));
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
    [InlineData("We received the incident report from the hosting provider", true)]
    [InlineData("Postmortem published on the blog", true)]
    [InlineData("Announced the recovery of the API on the forum", true)]
    [InlineData("Announced the incident to partners and on social media", true)]
    [InlineData("The on-call engineer notices the error rate dropping", false)]
    public void Tells_a_message_reads_the_words_of_a_notice(string text, bool message)
    {
        Assert.Equal(message, EventWording.TellsAMessage(text));
    }

    [Theory]
    [InlineData("An initial public announcement of the issue is made on Twitter")]
    [InlineData("Postmortem published on the blog")]
    [InlineData("Blog post published")]
    [InlineData("Incident post was published on the status site")]
    public void With_no_entry_telling_the_end_a_first_notice_or_a_write_up_at_the_end_is_passed_over(string message)
    {
        var text = "# Vault drained\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 odd withdrawals seen on the vault\n"
            + $"- 08:12 deposits paused on the vault\n- 08:20 deposits paused on the other vaults\n- 08:31 {message}\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T08:20:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_blog_post_published_successfully_on_a_blogging_service_is_its_recovery()
    {
        const string text = "# Publishing outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 publishing fails for every blog\n"
            + "- 09:30 queue workers restarted\n- 10:02 First blog post published successfully since 08:00\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T10:02:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void A_provider_report_received_weeks_later_is_not_the_end()
    {
        const string text = "# Website outage\n\n## Timeline\n\n*2025-03-04 05:13*: The monitor alerted on the website.\n\n"
            + "*2025-03-04 09:15*: We started an internal investigation.\n\n*2025-03-18 09:53*: We received the incident report from the provider.\n";

        Assert.Equal(DateTimeOffset.Parse("2025-03-04T09:15:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void An_entry_that_notices_something_is_work_not_a_message()
    {
        const string text = "# Queue outage\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 queue backlog alert fires\n"
            + "- 08:12 workers scaled from 4 to 12\n- 08:40 the on-call engineer notices the backlog draining\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T08:40:00Z"), Extract(text).Timestamps.Resolved);
    }

    [Fact]
    public void With_no_entry_telling_the_end_a_last_message_to_customers_is_still_the_end()
    {
        const string text = "# Vault drained\n\nDate: 2025-08-01\n\n## Timeline (all times UTC)\n\n- 08:00 odd withdrawals seen on the vault\n"
            + "- 08:12 deposits paused on the vault\n- 08:31 customers notified by email\n";

        Assert.Equal(DateTimeOffset.Parse("2025-08-01T08:31:00Z"), Extract(text).Timestamps.Resolved);
    }
}
