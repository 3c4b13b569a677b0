using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Two outage windows told in one sentence ("from 19:02-19:07 UTC and from 19:20-20:04 UTC") are one outage from the
/// first start to the last end; a moment followed by "This quickly mitigated the impact" eased it, and the repairs
/// told days later are follow-up, not the end; working again in a testing environment is no end either (issue 17,
/// items 2 and 3). Each on an invented text.
/// </summary>
public sealed class WindowsAndEasedImpactTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("notice.txt", text).Postmortem.ToPostmortem()!;

    [Theory]
    [InlineData("On March 3, 2025, from 08:10-08:16 UTC and from 08:40-09:25 UTC, requests to the Oslo region failed with errors.")]
    [InlineData("On March 3, 2025, between approximately 08:10 – 08:16 UTC, and then again between 08:40 – 09:25 UTC, requests to the Oslo region failed with errors.")]
    public void Windows_told_one_after_the_other_are_one_outage_from_the_first_start_to_the_last_end(string sentence)
    {
        var postmortem = Import($"Connectivity issue in Oslo\n\nDate: March 3, 2025\n\n{sentence} A line card in an edge router was faulty.\n");

        Assert.Equal(At("2025-03-03T08:10:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2025-03-03T09:25:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("On March 3, 2025, we saw elevated error rates on our APIs over two time periods: 08:10 - 08:16 and 08:40 - 09:25 UTC.")]
    [InlineData("On March 3, 2025, requests to the Oslo region failed in two windows: 08:10-08:16 UTC and 08:40-09:25 UTC.")]
    public void Windows_named_as_periods_and_written_with_dashes_are_one_outage_from_the_first_start_to_the_last_end(string sentence)
    {
        var postmortem = Import($"Connectivity issue in Oslo\n\nDate: March 3, 2025\n\n{sentence} A line card in an edge router was faulty.\n\nThe second window came from an older build being deployed again from 08:40 to 09:25 UTC.\n");

        Assert.Equal(At("2025-03-03T08:10:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2025-03-03T09:25:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("However, the same incident happened on the 1st of February, this time with several rounds of crashes between 19:22 and 20:14, until we disabled studies.")]
    [InlineData("The outage recurred on February 1 from 19:22 to 20:14 UTC, until we disabled studies.")]
    public void The_window_of_a_repeat_told_after_the_first_occurrence_is_not_the_incidents(string repeat)
    {
        var postmortem = Import("Database crash\n\nAll times are UTC.\n\nOn the 16th of January 2021, at 05:13, monitoring detected a very high number of errors and triggered an alert. "
            + "The admin restarted the database servers one by one, and normal service resumed at 05:23.\n\n" + repeat + "\n");

        Assert.Equal(At("2021-01-16T05:13:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2021-01-16T05:23:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_window_said_to_be_a_recurrence_of_an_earlier_incident_is_still_this_ones()
    {
        var postmortem = Import("Checkout outage\n\nDate: March 12, 2024\n\nCheckout was unavailable from 14:05 to 14:50 UTC, a recurrence of the February connection pool exhaustion.\n\n"
            + "Timeline\n\n- 13:20 UTC config sync ran\n- 16:30 UTC review meeting held\n");

        Assert.Equal(At("2024-03-12T14:05:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-03-12T14:50:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_maintenance_window_the_outage_fell_inside_is_not_the_outage()
    {
        var postmortem = Import("Checkout outage\n\nDate: March 12, 2024\n\nThe schema change ran during the maintenance window 02:00 - 06:00 UTC, and checkout was unavailable for part of it.\n");

        Assert.NotEqual(At("2024-03-12T02:00:00Z"), postmortem.Timestamps.Started);
        Assert.NotEqual(At("2024-03-12T06:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_maintenance_window_written_between_two_times_is_not_the_outage()
    {
        var postmortem = Import("Load balancer errors\n\nOn March 3, 2024 we upgraded the load balancers in the maintenance window between 02:00 and 04:00 UTC. "
            + "Customers began to see errors at 04:20 UTC, and we rolled back the upgrade at 04:50 UTC, after which errors stopped.\n");

        Assert.Equal(At("2024-03-03T04:20:00Z"), postmortem.Timestamps.Started);
        Assert.DoesNotContain(postmortem.Timeline, e => e.Time == At("2024-03-03T02:00:00Z"));
    }

    [Fact]
    public void A_maintenance_window_opened_at_a_time_and_followed_by_the_trouble_keeps_its_moment()
    {
        var postmortem = Import("Database outage\n\nOn March 3, 2024 we opened the maintenance window at 02:00 UTC and 20 minutes later the primary stopped responding. "
            + "We failed over to the replica at 03:15 UTC and service recovered.\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At("2024-03-03T02:00:00Z"));
        Assert.Equal(At("2024-03-03T03:15:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_moment_during_a_maintenance_window_is_still_a_moment_of_the_outage()
    {
        var postmortem = Import("Users table locked\n\nOn March 3, 2024, during the maintenance window at 02:00 UTC, a schema migration locked the users table and the site went down for all users. "
            + "The migration was killed at 02:40 UTC and the site recovered.\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At("2024-03-03T02:00:00Z"));
        Assert.Equal(At("2024-03-03T02:00:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Guard_a_second_window_of_something_else_does_not_stretch_the_outage()
    {
        var postmortem = Import("Connectivity issue in Oslo\n\nDate: March 3, 2025\n\nOn March 3, 2025, requests to the Oslo region failed with errors from 08:10 to 08:16 UTC, while a maintenance from 10:00 to 11:00 UTC went ahead as planned.\n");

        Assert.Equal(At("2025-03-03T08:16:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_moment_that_mitigated_the_impact_ends_it_when_the_repairs_come_days_later()
    {
        var postmortem = Import("On October 6, 2024, at approximately 11:33 UTC, we received alerts about failing API requests in Oslo.\n\n"
            + "Investigation found a faulty switch, which was taken offline at 17:15 UTC. This quickly mitigated the impact on customers.\n\n"
            + "We replaced the switch in an emergency maintenance from October 7, 2024, 22:00 UTC to October 8, 2024, 02:00 UTC.\n");

        Assert.Equal(At("2024-10-06T17:15:00Z"), postmortem.Timestamps.Resolved);
    }

    private static string PostWithImpact(string impact) =>
        "---\ntitle: Shared database\npubDate: November 24, 2023\n---\n\nOn Nov 20th we became aware of a problem.\n\n### Impact\n\n" + impact + "\n";

    [Fact]
    public void Days_the_impact_section_says_data_was_shared_date_the_incident_and_give_its_length()
    {
        var postmortem = Import(PostWithImpact("Customers all shared a single database during the Oct 17th - Nov 20th period."));

        Assert.Equal(new DateOnly(2023, 10, 17), postmortem.Date);
        Assert.Equal(TimeSpan.FromDays(34), postmortem.Duration);
    }

    [Fact]
    public void Days_a_sentence_says_the_outage_lasted_date_it_when_no_other_date_is_written()
    {
        var postmortem = Import("# Mail relay outage\n\nThe outage lasted from March 3 to March 5, 2023, while the relay rejected mail.\n");

        Assert.Equal(new DateOnly(2023, 3, 3), postmortem.Date);
        Assert.Equal(TimeSpan.FromDays(2), postmortem.Duration);
    }

    [Theory]
    [InlineData("We have run this cluster from March 3 to April 5 without trouble.")]
    [InlineData("Orders placed between Nov 3 and Nov 5 were lost and had to be entered again.")]
    [InlineData("The maintenance window runs from Nov 10 to Nov 12, so expect degraded search during the Nov 10 - Nov 12 period.")]
    [InlineData("Invoices sent between Nov 1 and Nov 3 were delayed.")]
    public void Guard_days_of_something_other_than_the_incident_give_it_no_length(string impact)
    {
        Assert.Null(Import(PostWithImpact(impact)).Duration);
    }

    [Fact]
    public void Guard_days_of_the_data_affected_beside_a_timed_timeline_leave_its_times_alone()
    {
        var postmortem = Import("# Invoice exposure on 2023-03-06\n\n## Impact\n\nInvoices from the March 1 - March 3 period were visible to other tenants during the March 1 - March 3 period.\n\n"
            + "## Timeline\n\n- 09:00 UTC: Tenants report seeing other tenants' invoices.\n- 11:00 UTC: The cache is flushed and the issue is resolved.\n");

        Assert.Equal(At("2023-03-06T11:00:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(TimeSpan.FromHours(2), postmortem.Duration);
    }

    private static string PatchedOverAWeek(string afterTheMitigation) =>
        "# Payment queue exposure\n\n## Timeline\n\n**March 3, 2025, 09:10 (UTC):** A researcher reports a flaw in the payment queue.\n\n"
        + "**09:40:** The vulnerable queue is paused, thus mitigating the issue.\n\n" + afterTheMitigation
        + "**March 4, 11:00:** A fix is written and sent for review.\n\n**March 9, 16:20:** The patched queue is deployed.\n";

    [Fact]
    public void A_mitigation_followed_by_clean_up_that_day_and_repairs_days_later_ends_the_incident()
    {
        var postmortem = Import(PatchedOverAWeek("**10:05:** The two other queues are paused as a precaution.\n\n**14:30:** Pending payments are moved back to the main ledger.\n\n"));

        Assert.Equal(At("2025-03-03T09:40:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("**10:05:** Payments are still failing for the other queues.\n\n**14:30:** Pending payments are moved back to the main ledger.\n\n")]
    [InlineData("**10:05:** Timeouts spike again on the refunds queue.\n\n")]
    [InlineData("**10:05:** The other queues are paused.\n\n**March 4, 08:00:** Merchants are still waiting for their payouts.\n\n")]
    public void Guard_a_mitigation_followed_by_the_impact_going_on_in_any_words_does_not_end_the_incident(string afterTheMitigation)
    {
        var postmortem = Import(PatchedOverAWeek(afterTheMitigation));

        Assert.NotEqual(At("2025-03-03T09:40:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_mitigation_for_some_users_only_does_not_end_the_incident()
    {
        var postmortem = Import(PatchedOverAWeek("**10:05:** The two other queues are paused as a precaution.\n\n").Replace("thus mitigating the issue.", "thus mitigating the issue for EU users.", StringComparison.Ordinal));

        Assert.NotEqual(At("2025-03-03T09:40:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_moment_that_did_not_mitigate_the_impact_does_not_end_it()
    {
        var postmortem = Import("On October 6, 2024, at approximately 11:33 UTC, we received alerts about failing API requests in Oslo.\n\n"
            + "The faulty switch was restarted at 17:15 UTC. This did not mitigate the impact on customers.\n\n"
            + "We replaced the switch in an emergency maintenance from October 7, 2024, 22:00 UTC to October 8, 2024, 02:00 UTC.\n");

        Assert.NotEqual(At("2024-10-06T17:15:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Working_again_in_a_testing_environment_is_not_the_end()
    {
        var postmortem = Import("Expired certificate\n\nDate: 2024-09-10\n\n## Timeline\n\n- 12:07 AM UTC: The expired certificate is identified.\n"
            + "- 1:56 AM UTC: The certificate is deployed to testing environments and we confirmed everything was working.\n"
            + "- 1:58 AM UTC: The certificate is deployed to all production environments, and customers can reach the site.\n");

        Assert.Equal(At("2024-09-10T01:58:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_working_again_in_staging_and_production_is_the_end()
    {
        var postmortem = Import("Expired certificate\n\nDate: 2024-09-10\n\n## Timeline\n\n- 12:07 AM UTC: The expired certificate is identified.\n"
            + "- 1:56 AM UTC: The certificate is deployed to staging servers and production, and we confirmed everything was working.\n"
            + "- 2:30 AM UTC: Post-incident review scheduled.\n");

        Assert.Equal(At("2024-09-10T01:56:00Z"), postmortem.Timestamps.Resolved);
    }

    private const string LogsLost = "## Summary\n\nA team lost its logs.\n\n## Timeline\n\n2022-07-01\n\n* 14:31 The team tells us they cannot find any logs.\n* 16:55 Logs work again in production.\n\n";

    [Fact]
    public void A_nested_impact_item_that_goes_on_from_the_item_above_it_gives_the_outage_window()
    {
        var text = LogsLost
            + "## Impact\n\n* Logging stopped working for the team\n  * in the production cluster between 2022-06-22 00:00 and 2022-07-01 16:55\n  * in the test cluster between 2022-06-13 00:00 and 2022-07-01 16:36\n";

        var postmortem = Import(text);

        Assert.Equal(At("2022-06-22T00:00:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2022-07-01T16:55:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_nested_item_under_a_finished_statement_is_a_statement_of_its_own()
    {
        var postmortem = Import(LogsLost + "## Impact\n\n* Logging stopped working for a while.\n  * in the old cluster, kept for comparison between 2022-06-22 00:00 and 2022-07-01 16:55\n");

        Assert.Equal(At("2022-07-01T14:31:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Guard_a_nested_item_that_sets_something_apart_from_the_trouble_is_not_read_with_it()
    {
        var postmortem = Import(LogsLost + "## Impact\n\n* Logging stopped working for the team\n  * exports were unaffected; one ran between 2022-06-22 00:00 and 2022-06-22 01:00\n");

        Assert.Equal(At("2022-07-01T14:31:00Z"), postmortem.Timestamps.Started);
    }
}
