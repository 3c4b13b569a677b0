using PostmortemSite.Extracting;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Wording rules (recovery, detection, an undetermined cause, promises) as the review of the fourteenth round probed them: each input once went wrong.</summary>
public sealed class WordingRulesReviewTests
{
    private static string Category(string cause) => Extractor.Extract("incident.md", $"# Outage on 2024-02-01\n\n## Root cause\n\n{cause}\n").Postmortem.Classification.Category;

    [Theory]
    [InlineData("Monitoring showed error rate back up to 30%")]
    [InlineData("Alerting detected replication lag back up above 10 minutes")]
    [InlineData("On-call noticed the queue depth was back up over 1M")]
    public void Trouble_rising_back_up_is_a_detection(string entry)
    {
        Assert.True(EventWording.Says(entry, Milestone.Detected));
    }

    [Theory]
    [InlineData("Tried to bring the mail server back online, no luck")]
    [InlineData("Attempting to bring the database server back online")]
    [InlineData("Waiting for the server back online before restoring DNS")]
    public void A_server_someone_tries_or_waits_to_bring_back_online_is_no_recovery(string entry)
    {
        Assert.False(EventWording.Says(entry, Milestone.Resolved));
    }

    [Theory]
    [InlineData("The root cause was unknown for the first two hours. It turned out that a failed disk in the RAID array caused the outage.", "hardware/failure")]
    [InlineData("The cause was not identified until 14:00, when we found that a config push set the pool size to zero.", "change/config")]
    [InlineData("There was no clear root cause visible in the dashboards at first; the logs later showed a failed disk in the array.", "hardware/failure")]
    public void A_cause_unknown_only_at_first_and_then_found_is_classified(string cause, string category)
    {
        Assert.Equal(category, Category(cause));
    }

    [Theory]
    [InlineData("A noisy neighbour on the same physical host consumed all the disk IOPS, so our database VM stalled.", "hardware/failure")]
    [InlineData("A kernel bug in the driver caused the physical machine running the database to panic under load.", "hardware/failure")]
    public void Where_something_ran_is_not_what_failed(string cause, string notCategory)
    {
        Assert.NotEqual(notCategory, Category(cause));
    }

    [Theory]
    [InlineData("We are adding a new node to the cluster to absorb the load.")]
    [InlineData("We're putting a temporary workaround in place while the vendor investigates.")]
    [InlineData("We are putting a fix in place now.")]
    [InlineData("We're adding additional capacity to the database tier now.")]
    public void Mitigation_in_progress_told_in_the_present_is_not_an_action_item(string sentence)
    {
        Assert.Empty(Items($"# Slow checkout on 2024-02-01\n\n## What happened\n\nCheckout slowed under load. {sentence}\n"));
    }

    [Theory]
    [InlineData("We are currently adding a new alert on replication lag.")]
    [InlineData("We're putting in place a disk usage monitor.")]
    [InlineData("We are building a new runbook for certificate renewal.")]
    public void A_safeguard_being_set_up_is_an_action_item(string sentence)
    {
        Assert.Single(Items($"# Slow checkout on 2024-02-01\n\nCheckout slowed under load and recovered.\n\n{sentence}\n"));
    }
}
