using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Action and cause rules as the review of the thirteenth round probed them: each input once went wrong.</summary>
public sealed class ActionRulesReviewTests
{
    private static readonly RootCauseClassifier Default = new(TaxonomyReader.Default);

    private static string Cause(string text) => Default.Classify([new WeightedText(text, RootCauseClassifier.RootCauseWeight, "root-cause text")]) is var r ? $"{r.Category} by '{r.DecidedBy}'" : "";

    // ---------- checklist / verify headings ----------
    [Theory]
    [InlineData("# Postmortem: Webhook signature verification failures\n\n## Summary\n\nWebhooks were rejected.\n\n## Remediation\n\n- Pin the CA bundle in the webhook client\n- Alert on certificate expiry 30 days ahead\n")]
    [InlineData("# Postmortem: Webhook signature verification failures\n\n## Summary\n\nWebhooks were rejected.\n\n## Remediation\n\n- [ ] Pin the CA bundle in the webhook client\n- [ ] Alert on certificate expiry 30 days ahead\n")]
    [InlineData("# Outage\n\n## Preventive measures\n\n### Config validation\n\n- Add schema validation to the deploy pipeline\n- Reject empty allowlists at load time\n")]
    [InlineData("# Outage\n\n## Improvements\n\n### Backup verification\n\n- Add a weekly restore test\n- Alert when the backup job fails\n")]
    public void A_verification_word_in_the_title_or_an_area_of_work_does_not_make_a_checklist(string text)
    {
        var items = Items(text);
        Assert.True(items.Count == 2, Show(items));
    }

    // ---------- InTheStory: timeline / attempted headings ----------
    [Fact]
    public void Attempts_named_in_an_action_sub_heading_are_work_not_the_story()
    {
        var items = Items("# Outage\n\n## Action items\n\n### Cap retry attempts\n\n- Limit client retries to 3 with jitter\n- Add a retry budget per service\n\n### Alerting\n\n- Page on queue depth\n");
        Assert.True(items.Count == 3, Show(items));
    }

    [Fact]
    public void A_service_named_timeline_under_remediation_is_work_not_the_story()
    {
        var items = Items("# Outage\n\n## Remediation\n\n### Home timeline service\n\n- Add a circuit breaker to the fan-out workers\n- Shard the timeline cache by user id\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void A_follow_up_label_after_a_markdown_timeline_starts_the_work_to_come()
    {
        var items = Items("# Outage\n\n## Summary\n\nCheckout failed.\n\n## Timeline\n\n- 10:00 alert fired\n- 10:30 rolled back\n\nFollow-up actions:\n\n- Add a canary stage\n- Alert on the error rate\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void A_bold_action_heading_after_a_markdown_timeline_starts_the_work_to_come()
    {
        var items = Items("# Outage\n\n## Timeline\n\n- 10:00 alert fired\n- 10:30 rolled back\n\n**Action items**\n\n- Add a canary stage\n- Alert on the error rate\n");
        Assert.True(items.Count == 2, Show(items));
    }

    // ---------- RecordValue: labelled facts ----------
    [Fact]
    public void Labelled_items_whose_text_opens_with_a_figure_are_work()
    {
        var items = Items("# Outage\n\n## Action items\n\nAlerting: 5xx rate above 2% pages the on-call\nCapacity: 3 more nodes in eu-west-1\nTimeouts: 30s default on all outbound HTTP calls\n");
        Assert.True(items.Count == 3, Show(items));
    }

    [Fact]
    public void A_numbered_task_label_is_work()
    {
        var items = Items("Corrective and Preventative Measures\nTask List:\n Review scripts before running them.\n\tTask 2: 2FA for every admin account.\n");
        Assert.True(items.Count == 2, Show(items));
    }

    // ---------- applied ----------
    [Fact]
    public void Fixes_to_be_applied_are_open_work()
    {
        var items = Items("# Outage\n\n## Fixes to be applied\n\n- Pin the base image\n- Add a canary stage\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void Applied_in_the_title_does_not_mark_the_actions_done()
    {
        var items = Items("# Postmortem: Bad firewall rule applied to all regions\n\n## Summary\n\nTraffic was dropped.\n\n## Action items\n\n- Add a canary region for firewall changes\n- Require a second reviewer for rule changes\n");
        Assert.True(items.Count == 2 && items.All(i => i.Status == ActionStatus.Open), Show(items));
    }

    // ---------- tentative headings ----------
    [Fact]
    public void Could_in_the_title_does_not_make_improvements_ideas()
    {
        var items = Items("# Postmortem: Customers could not check out\n\n## Summary\n\nCheckout failed.\n\n## Action items\n\n- Add a canary stage\n\n## Long-term improvements\n\n- Split the payments service from the monolith\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void Without_an_action_heading_improvements_are_work()
    {
        var items = Items("# Postmortem: Customers could not check out\n\n## Summary\n\nCheckout failed.\n\n## Long-term improvements\n\n- Split the payments service from the monolith\n");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- done at the end ----------
    [Theory]
    [InlineData("Rotate the keys (done in PR #412)")]
    [InlineData("Rotate the keys (completed 2024-03-05)")]
    [InlineData("Rotate the keys ✔️")]
    [InlineData("Rotate the keys - Done ✅")]
    [InlineData("Rotate the keys: done")]
    public void The_ways_an_item_says_it_is_done_mark_it_done(string line)
    {
        var items = Items($"# Outage\n\n## Action items\n\n- {line}\n");
        Assert.True(items.Count == 1 && items[0].Status == ActionStatus.Done && items[0].Title == "Rotate the keys", Show(items));
    }

    [Theory]
    [InlineData("Show job states in the status page as queued - running - done")]
    [InlineData("Add a ✅ to the deploy bot message when the canary passes")]
    public void Done_inside_a_list_of_states_does_not_mark_an_item_done(string line)
    {
        var items = Items($"# Outage\n\n## Action items\n\n- {line}\n");
        Assert.True(items.Count == 1 && items[0].Status == ActionStatus.Open, Show(items));
    }

    // ---------- contractions ----------
    [Theory]
    [InlineData("Let's add a canary stage before every deploy.")]
    [InlineData("Let’s schedule a game day to rehearse the failover.")]
    [InlineData("**Don't** deploy on Fridays without a second reviewer.")]
    [InlineData("I'd recommend adding a queue-depth alert to the worker dashboard.")]
    public void Contractions_that_open_an_instruction_are_still_work(string sentence)
    {
        var items = Items($"# Outage\n\n## Next steps\n\n{sentence}\n");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- respond ----------
    [Theory]
    [InlineData("We'll respond to disk-pressure alerts with an automated cleanup job.")]
    [InlineData("We will respond to certificate expiry warnings automatically by running the renewal job from the alert.")]
    public void Responding_to_alerts_with_automation_is_work(string sentence)
    {
        var items = Items($"# Outage\n\nThe site was down for an hour. {sentence}\n");
        Assert.True(items.Count == 1, Show(items));
    }

    // ---------- index ----------
    [Theory]
    [InlineData("Search queries returned errors because the Elasticsearch index went read-only when the disk watermark was hit.")]
    [InlineData("Two data nodes could not join the cluster and the logs index went red.")]
    [InlineData("Builds failed because pip lookups against our internal package index timed out.")]
    [InlineData("An external vulnerability scan hammered the index page of the marketing site.")]
    public void Indexes_of_search_clusters_packages_and_pages_are_not_a_missing_index(string cause)
    {
        Assert.NotEqual("database/index", Default.Classify([new WeightedText(cause, RootCauseClassifier.RootCauseWeight, "root-cause text")]).Category);
    }

    [Theory]
    [InlineData("A cleanup migration dropped the index on orders.customer_id, and checkout requests timed out.")]
    [InlineData("The nightly report filters on created_at, which had no index, so each run read 80 million records.")]
    [InlineData("The payments collection had no index on merchant_id after the restore.")]
    public void A_database_index_named_beside_a_table_or_its_records_is_a_missing_index(string cause)
    {
        Assert.True(Cause(cause).StartsWith("database/index", StringComparison.Ordinal), Cause(cause));
    }

    // ---------- extra checks ----------
    [Fact]
    public void A_verify_sub_heading_under_action_items_keeps_its_items()
    {
        var items = Items("# Outage\n\n## Action items\n\n### Verify backups\n\n- Add a weekly restore test\n- Alert when the backup job fails\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void A_setext_timeline_then_an_action_label_keeps_the_items()
    {
        var items = Items("Outage on 3 March\n=================\n\nTimeline\n--------\n\n10:00 alert fired\n10:30 rolled back\n\nAction items:\n- Add a canary stage\n- Alert on the error rate\n");
        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void An_index_html_beside_a_query_string_is_not_a_missing_index()
    {
        var c = Cause("Requests with a query string bypassed the CDN cache and served a stale index.html to every visitor.");
        Assert.False(c.StartsWith("database/index", StringComparison.Ordinal), c);
    }

    [Fact]
    public void An_index_beside_sql_words_is_a_missing_index()
    {
        var c = Cause("The orders table lost its index on customer_id during the restore.");
        Assert.True(c.StartsWith("database/index", StringComparison.Ordinal), c);
    }

    [Fact]
    public void Long_label_values_do_not_hang()
    {
        var line = "Total: " + string.Concat(Enumerable.Repeat("1 ", 990)) + "\n";
        var text = "# Outage\n\n## Action items\n\n" + string.Concat(Enumerable.Repeat(line, 400)) + "- Add " + new string(' ', 1900) + "x - done\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Items(text);
        Assert.True(watch.ElapsedMilliseconds < 3000, watch.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_promise_to_respond_with_updates_is_not_an_item()
    {
        Assert.Empty(Items("# Outage\n\nThe site was down for an hour. I'll respond with updates when I know more.\n"));
    }
}
