using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Inputs a review found against the rules for dotted dates, promises that are not work, pointer headings and "Name:
/// version" items (and a "released" heading rule, dropped for what these found); each asserts the right reading.
/// </summary>
public sealed class ActionPointerAndDottedDateReviewTests
{
    // ---------- "deployed", "shipped", "released" in a heading do not close its list ----------

    // IsWithin walks up to the document's title: a title that tells what went out closes every plain list below it.
    [Theory]
    [InlineData("# Bad config deployed to production\n\n## Summary\n\nThe API was down for an hour.\n\n## Action items\n\n- Add schema validation to the config pipeline\n- Alert on the 5xx rate per region\n")]
    [InlineData("# Broken build shipped to 5% of users\n\n## Summary\n\nThe app crashed on launch.\n\n## Action items\n\n- Add a crash-rate gate to the staged rollout\n- Alert on the 5xx rate per region\n")]
    [InlineData("# Postmortem: v2.3 released with a broken migration\n\n## Summary\n\nThe API was down for an hour.\n\n## Action items\n\n- Run migrations against a copy of production first\n- Alert on the 5xx rate per region\n")]
    public void A_title_that_tells_what_went_out_leaves_the_action_items_open(string text)
    {
        var items = Items(text);
        Assert.True(items.Count == 2 && items.All(i => i.Status == ActionStatus.Open), Show(items));
    }

    [Fact]
    public void A_sub_heading_that_says_until_the_patch_is_released_lists_open_work()
    {
        var items = Items("# Outage\n\nThe site was down for an hour.\n\n## Action items\n\n### Until the patch is released\n\n- Restart the workers nightly\n- Cap the import batch size at 500\n\n### Long term\n\n- Rewrite the importer\n");
        Assert.True(items.Count == 3 && items.All(i => i.Status == ActionStatus.Open), Show(items));
    }

    [Fact]
    public void A_list_introduced_as_changes_so_that_nothing_broken_is_deployed_again_is_work()
    {
        var items = Items("# Outage\n\nThe site was down for an hour.\n\nHere are the changes we will make so that a broken build is never deployed again:\n\n- Make the canary stage mandatory\n- Block deploys when the smoke test fails\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void A_promise_under_a_heading_that_asks_why_the_bug_shipped_is_work()
    {
        var items = Items("# Outage\n\n## What happened\n\nThe site was down for an hour.\n\n## Why the bug was shipped\n\nThe canary stage was skipped. We will make the canary stage mandatory for every service.\n");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- an area of work named "resources" or "links" is work ----------
    [Theory]
    [InlineData("### Compute resources\n\n- Set memory limits on every pod\n- Alert when a node passes 90% memory\n")]
    [InlineData("### Network links\n\n- Add a second uplink to the DC2 core switches\n- Alert on packet loss per link\n")]
    [InlineData("### Package downloads\n\n- Serve packages from a second CDN\n- Alert on the download error rate\n")]
    public void An_area_of_work_named_resources_links_or_downloads_under_action_items_is_still_work(string area)
    {
        var items = Items($"# Outage\n\nThe site was down for an hour.\n\n## Action items\n\n{area}");
        Assert.True(items.Count == 2, Show(items));
    }

    // ---------- work whose value is a version or code ----------
    [Theory]
    [InlineData("- Upgrade every validator: v1.15.3\n")]
    [InlineData("- [ ] Bump the client library: v2.4.1\n")]
    [InlineData("- Pin the base image: `node:18.17.1-alpine`\n")]
    [InlineData("- Set a statement timeout: `30s`\n")]
    [InlineData("- Alert on: `rate(http_5xx_total[5m]) > 0.05`\n")]
    public void Work_whose_label_is_a_verb_and_whose_value_is_a_version_or_code_is_still_an_item(string line)
    {
        var items = Items($"# Outage\n\nThe site was down for an hour.\n\n## Action items\n\n{line}");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- promises that name work on the system ----------
    [Theory]
    [InlineData("We will investigate the issue with our CDN provider and move static assets to a second CDN.")]
    [InlineData("We will analyze this failure mode across all regions and add a circuit breaker.")]
    [InlineData("We will examine the problem of cache stampedes and add request coalescing.")]
    [InlineData("We will try to get automated failover up and running in every region by the end of Q2.")]
    [InlineData("We will try to bring our recovery time back under 15 minutes by automating the restore.")]
    public void A_promise_to_investigate_or_to_get_something_running_that_changes_the_system_is_still_work(string sentence)
    {
        var items = Items($"# Outage\n\nThe site was down for an hour. {sentence}\n");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- a promise to look at the root cause again ----------
    [Theory]
    [InlineData("We will investigate the root cause further.")]
    public void A_promise_to_look_again_or_to_restore_told_in_other_words_is_not_work(string sentence)
    {
        var items = Items($"# Outage\n\nThe site was down for an hour. {sentence}\n");
        Assert.True(items.Count == 0, Show(items));
    }

    // ---------- dotted dates: a range is not dated by its last day ----------
    [Theory]
    [InlineData("Between 01.-03.08.2023 the API was degraded.", "2023-08-03")]
    [InlineData("From 31.07. to 02.08.2023 the API was degraded.", "2023-08-02")]
    public void A_dotted_range_of_days_is_not_dated_by_its_last_day(string text, string lastDay)
    {
        Assert.NotEqual(DateOnly.Parse(lastDay, CultureInfo.InvariantCulture), DateTimeText.FindDate(text)?.Date);
    }
}
