using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A short story told in prose: the time trouble lasted until is its end, even when the trouble is a failure ("Builds
/// failed until 12:30 UTC"), and running out of something is a sign of trouble, so the moment it ran out starts it.
/// </summary>
public sealed class TroubleUntilItsEndTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Model.Postmortem Read(string body) =>
        Extractor.Extract("ci.md", $"# CI outage\n\n{body}\n").Postmortem.ToPostmortem()!;

    [Theory]
    [InlineData("On 14 March 2023 the CI runners ran out of disk space at 10:00 UTC. Builds failed until 12:30 UTC.")]
    [InlineData("On 14 March 2023 at 10:00 UTC the disk of the build server was full. Deploys kept failing until 12:30 UTC.")]
    public void A_failure_that_lasted_until_a_time_ends_there_and_began_when_something_ran_out(string body)
    {
        var postmortem = Read(body);

        Assert.Equal(new DateTimeOffset(2023, 3, 14, 10, 0, 0, TimeSpan.Zero), postmortem.Timestamps.Started);
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 12, 30, 0, TimeSpan.Zero), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_failed_step_with_no_until_is_still_no_end()
    {
        var postmortem = Read("On 14 March 2023 the CI runners ran out of disk space at 10:00 UTC. At 11:00 UTC the cleanup job failed. At 12:30 UTC service was restored.");

        Assert.Equal(new DateTimeOffset(2023, 3, 14, 12, 30, 0, TimeSpan.Zero), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_failure_lasting_until_a_time_with_a_later_recovery_in_the_sentence_ends_at_the_later_one()
    {
        var postmortem = Read("On 12 March 2024 at 08:40 UTC a load balancer change removed the health check path. Health checks failed until "
            + "09:10 UTC, when the first backend pool was re-added; the remaining pools only came back at 10:45 UTC, when checkout was fully restored.");

        Assert.Equal(new DateTimeOffset(2024, 3, 12, 10, 45, 0, TimeSpan.Zero), postmortem.Timestamps.Resolved);
    }
}
