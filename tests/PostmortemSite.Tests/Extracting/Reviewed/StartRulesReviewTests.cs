using PostmortemSite.Extracting;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Trouble wording, code-block timelines, heading days and the latent gap as the third review of the fourteenth round probed them: each input once went wrong.</summary>
public sealed class StartRulesReviewTests
{
    [Theory]
    [InlineData("Maintenance starts; batch workers are not running during the migration, as planned.")]
    [InlineData("Verified the old canary pods are not running anywhere")]
    [InlineData("Load test: the new edge node serves 550 responses per second")]
    public void Planned_stops_and_measured_rates_tell_no_trouble(string entry)
    {
        Assert.False(TimestampReader.TellsTrouble(entry));
    }

    [Theory]
    [InlineData("First SQLException in the api logs")]
    [InlineData("Clients start getting SSLHandshakeException")]
    [InlineData("requests raise HTTPError from the upstream")]
    public void Error_classes_named_with_capitals_tell_trouble(string entry)
    {
        Assert.True(TimestampReader.TellsTrouble(entry));
    }

    [Fact]
    public void A_schedule_quoted_as_a_code_block_is_not_a_timeline()
    {
        var imported = Imported("# Slow nights on 2024-03-01\n\nThe nightly schedule on the host looked like this:\n\n```\n02:00 backup-full\n03:30 vacuum-analyze\n05:00 report-mailer\n06:15 rotate-logs\n```\n\nThe jobs overlapped.\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Fact]
    public void A_log_excerpt_with_cron_lines_between_its_stamped_lines_is_not_a_timeline()
    {
        var imported = Imported("# Sync failures on 2024-03-01\n\nThe sync job failed all afternoon:\n\n```\n18:05:01 WARN sync failed\n18:05:31 WARN sync failed\n18:06 cron: sync started\n"
            + "18:06:01 WARN sync failed\n18:06:31 WARN sync failed\n18:07 cron: sync started\n```\n");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is not null);
    }

    [Fact]
    public void A_bare_day_over_its_own_times_under_a_dated_heading_keeps_its_day()
    {
        var imported = Imported("# Login outage\n\n**Timeline** (UTC, 2026-08-08)\n\n- Aug 7\n  - 22:30 release deployed\n  - 23:10 first login errors reported\n- Aug 8\n  - 00:07 rollback started\n  - 00:40 rollback complete, login restored\n");

        Assert.Equal(At("2026-08-07T22:30:00Z"), imported.Timeline.First(e => e.Time is not null).Time);
        Assert.Equal(At("2026-08-08T00:40:00Z"), imported.Timestamps.Resolved);
    }

    [Fact]
    public void An_outage_told_before_a_long_gap_still_starts_the_incident()
    {
        var imported = Imported("# Checkout outages\n\n## Timeline\n\nAll times in UTC.\n\n- 2024-03-01 02:10 Primary database went down; checkout unavailable.\n- 2024-03-01 02:50 Failover done, service restored and working.\n"
            + "- 2024-03-20 01:55 Primary went down again.\n- 2024-03-20 02:05 Alerts fire.\n- 2024-03-20 02:30 Failover done.\n- 2024-03-20 02:45 All services operational.\n");

        Assert.Equal(At("2024-03-01T02:10:00Z"), imported.Timestamps.Started);
    }
}
