using PostmortemSite.Importing;

namespace PostmortemSite.Tests.Importing;

public sealed class ReadableIdTests
{
    private static readonly DateOnly Day = new(2025, 7, 11);

    [Theory]
    [InlineData("Checkout payments timing out", "2025-07-11-checkout-payments-timing-out")]
    [InlineData("2025-07-11 OVH1 down", "2025-07-11-ovh1-down")]
    [InlineData("Minority split 2025-07-11 post mortem", "2025-07-11-minority-split-post-mortem")]
    [InlineData("Incident report July 11 2025 - CloudBank health check fail", "2025-07-11-cloudbank-health-check-fail")]
    [InlineData("Post-mortem of the 11 July 2025 outage", "2025-07-11-outage")]
    [InlineData("Incident report", "2025-07-11-incident-report")]
    public void The_file_name_does_not_repeat_the_date_or_the_generic_words_the_title_starts_with(string title, string expected)
    {
        Assert.Equal(expected, PostmortemImporter.ReadableId(title, Day, "notes.txt"));
    }

    [Fact]
    public void Another_day_in_the_title_is_kept_because_it_says_something()
    {
        Assert.Equal("2025-07-11-replay-of-the-2024-01-02-outage", PostmortemImporter.ReadableId("Replay of the 2024-01-02 outage", Day, "notes.txt"));
    }

    [Fact]
    public void A_title_that_is_only_the_date_falls_back_to_the_source_file_name()
    {
        Assert.Equal("db-failover", PostmortemImporter.ReadableId("2025-07-11", Day, "db-failover.txt"));
    }
}
