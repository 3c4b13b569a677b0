using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>Timelines that go on after the service came back, or end with it back for the most part (issue 17, items 3 and 5), each on an invented document.</summary>
public sealed class FollowUpsAfterRecoveryTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    private const string Outage = "# Checkout outage\n\n## Timeline (UTC)\n\n- 2026-05-18 10:00 Checkout errors begin after the deploy\n- 10:40 On-call engineer paged\n"
        + "- 11:16 Deploy rolled back, checkout restored\n";

    [Theory]
    [InlineData("- 2026-05-19 14:00 Permanent fix for the retry loop deployed\n- 2026-05-21 09:00 Postmortem review held\n")]
    [InlineData("- 2026-05-18 23:30 Postmortem for the outage published\n")]
    public void Entries_coming_long_after_the_service_came_back_are_follow_up_and_it_ended_when_it_came_back(string followUp)
    {
        var postmortem = Import(Outage + followUp);

        Assert.Equal(At("2026-05-18T11:16:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void An_entry_soon_after_the_service_came_back_is_still_the_incident_and_ends_it()
    {
        var postmortem = Import(Outage + "- 11:45 Queued orders replayed, backlog cleared\n");

        Assert.Equal(At("2026-05-18T11:45:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Trouble_told_again_after_the_pause_means_the_service_had_not_come_back_for_good()
    {
        var postmortem = Import(Outage + "- 2026-05-19 09:00 Checkout errors return under the morning load\n- 2026-05-19 09:50 Retry limit lowered, checkout restored\n");

        Assert.Equal(At("2026-05-19T09:50:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_pause_shorter_than_the_incident_so_far_is_part_of_it()
    {
        var postmortem = Import("# Checkout outage\n\n## Timeline (UTC)\n\n- 2026-05-17 08:00 Checkout errors begin after the deploy\n"
            + "- 2026-05-18 11:16 Deploy rolled back, checkout restored\n- 2026-05-18 23:50 Queued orders replayed\n");

        Assert.Equal(At("2026-05-18T23:50:00Z"), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("The hub pods are restarted. This seems to catch most users, although some requests still failed with a timeout.")]
    [InlineData("The proxy is restarted, which fixed most of the errors; a few requests still failed.")]
    public void A_last_remedy_that_worked_for_the_most_part_ends_it_and_is_no_dead_end(string remedy)
    {
        var postmortem = Import($"# Hub down\n\n## Timeline\n\n### 2026-03-20 12:44\n\nNew servers report a 500 error.\n\n### 13:11\n\nNew nodes are added.\n\n### 14:23\n\n{remedy}\n");

        Assert.Equal(At("2026-03-20T14:23:00Z"), postmortem.Timestamps.Resolved);
        Assert.DoesNotContain(postmortem.Timeline, e => e.DeadEnd);
    }

    [Fact]
    public void A_remedy_after_which_the_errors_still_failed_for_everyone_is_a_dead_end()
    {
        var postmortem = Import("# Hub down\n\n## Timeline\n\n### 2026-03-20 12:44\n\nNew servers report a 500 error.\n\n### 13:11\n\nThe hub pods are restarted, but requests still failed.\n\n### 14:23\n\nNodes added, service restored.\n");

        Assert.Contains(postmortem.Timeline, e => e.DeadEnd);
    }
}
