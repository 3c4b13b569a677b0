namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// The rules of the forty-sixth round (a state that kept the service from working, injection words, rate limits hit,
/// harms denied by contrast or a label of none, changes held up, "Will this happen again?") probed with invented
/// texts: each guard is a reading the first cut of a rule got wrong, and each fix a wording it missed.
/// </summary>
public sealed class StateSentencesAdvisoriesAndDeniedHarmsReviewTests
{
    private static string Category(string text) => ReviewInputs.Extracted(text).Classification.Category;

    [Theory]
    [InlineData("The nightly cron job was flipped off, keeping it from writing more files to the data volume.")]
    [InlineData("The nightly cron job was temporarily disabled, keeping it from writing more files to the data volume.")]
    [InlineData("All cron job runs were frozen, preventing further writes while we investigated.")]
    [InlineData("The largest client was rate limited, preventing a traffic spike from reaching the database.")]
    public void Guard_a_remedy_told_as_a_state_that_kept_harm_away_names_no_cause(string remedy)
    {
        Assert.Equal("hardware/failure", Category($"# Search stalled\n\n**Date:** 2026-07-06\n\n{remedy}\n\n## Root cause\n\nA disk failure on search-7 stalled the index rebuild for 2 hours.\n"));
    }

    [Fact]
    public void Guard_a_state_that_spared_something_names_no_cause()
    {
        const string text = "# Office DNS outage\n\n**Date:** 2026-01-29\n\nA DNS misconfiguration on the internal resolvers made internal hostnames fail to resolve for an hour.\n\nThe backup ISP link was unaffected, keeping the office online for external sites.\n";

        Assert.Equal("network/dns", Category(text));
    }

    [Fact]
    public void Guard_an_injection_a_safeguard_was_meant_to_block_is_no_defect_in_the_code()
    {
        const string text = "# Global 403 errors\n\n**Date:** 2026-05-02\n\n## Root cause\n\nA new WAF rule meant to block SQL injection attempts was deployed to all regions at once through a config change, and its pattern matched every JSON body.\n";

        Assert.Equal("change/config", Category(text));
    }

    [Theory]
    [InlineData("A retention job deleted 30 days of metrics. The result was permanent data loss: none of the three replicas had the rows.")]
    [InlineData("A retention job deleted 30 days of metrics.\n\n- **Data loss:** no backup covered the last 6 hours, so those rows are gone.")]
    [InlineData("The primary wrote bad pages. We fenced it, but not before corrupted data had replicated to both standbys.")]
    public void Guard_a_harm_that_happened_is_evidence_of_it_though_a_colon_or_a_not_stands_near(string told)
    {
        Assert.Equal("database/data-corruption", Category($"# Metrics history lost\n\n**Date:** 2026-03-31\n\n{told}\n"));
    }

    [Fact]
    public void Guard_a_release_nothing_held_up_is_still_the_cause()
    {
        Assert.Equal("change/deployment", Category("# Payments outage\n\n**Date:** 2026-03-20\n\nPayments failed for 20 minutes. Nothing blocked the release from reaching every region at once.\n"));
    }

    [Fact]
    public void Guard_requests_over_a_rate_limit_that_were_dropped_are_the_limit_at_work()
    {
        const string text = "# Website slow\n\n**Date:** 2026-06-08\n\nA DDoS attack slowed the website for an hour. Requests exceeding the rate limit were dropped at the edge.\n";

        Assert.Equal("capacity/traffic-spike", Category(text));
    }

    [Fact]
    public void A_rate_limit_named_with_two_words_before_it_is_still_an_allowance_used_up()
    {
        Assert.Equal("capacity/resource-exhaustion", Category("# Sync failing\n\n**Date:** 2026-06-08\n\nEvery sync failed because we exceeded the AWS API rate limit.\n"));
    }

    [Fact]
    public void Guard_a_heading_asking_whether_it_could_happen_to_others_is_no_list_of_work()
    {
        Assert.Empty(ReviewInputs.Items("## Can this happen to other customers?\n\n- Customers on the old plan were not affected\n- Customers on the new plan saw errors\n"));
    }

    [Theory]
    [InlineData("Would this happen again?")]
    [InlineData("Can this recur?")]
    [InlineData("Is this likely to happen again?")]
    public void A_heading_asking_whether_it_could_recur_lists_the_work_to_come(string heading)
    {
        Assert.Equal(2, ReviewInputs.Items($"## {heading}\n\n- Run a consistency check on every web edit\n- Alert on duplicate tree entries\n").Count);
    }
}
