using PostmortemSite.Extracting;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Two promises joined in one sentence ("We're adding an alert, and we'll run the jobs at night") are two action
/// items (issue 17, item 6); a promise after an opening phrase or after a clause that promises nothing is one.
/// Each on an invented document.
/// </summary>
public sealed class PromisesJoinedInOneSentenceTests
{
    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    [Theory]
    [InlineData("We're also adding an alert on heap usage above 80%, and we'll run reindex jobs outside business hours.")]
    [InlineData("We will add an alert on heap usage above 80%; we will also run reindex jobs outside business hours.")]
    [InlineData("We are adding an alert on heap usage above 80%, and the team will run reindex jobs outside business hours.")]
    public void Two_promises_joined_in_one_sentence_are_two_items(string sentence)
    {
        var items = Items($"# Search outage\n\n## What we're doing\n\n{sentence}\n");

        Assert.Equal(2, items.Count);
        Assert.Contains("alert on heap usage", items[0].Title, StringComparison.Ordinal);
        Assert.Contains("reindex jobs outside business hours", items[1].Title, StringComparison.Ordinal);
        Assert.True(char.IsUpper(items[1].Title[0]));
    }

    [Theory]
    [InlineData("Going forward, we will cap the reindex batch size in code.")]
    [InlineData("The alert took far too long to fire; we will lower its threshold.")]
    public void A_promise_after_an_opening_phrase_or_a_clause_that_promises_nothing_is_one_item(string sentence)
    {
        var items = Items($"# Search outage\n\n## What we're doing\n\n{sentence}\n");

        Assert.Equal([sentence], items.Select(i => i.Title));
    }

    [Fact]
    public void Changes_under_way_under_a_heading_of_the_work_ahead_are_items_and_a_promise_joined_to_one_is_another()
    {
        var items = Items("# Outage\n\n## What we're doing\n\nWe're adding a lint rule that blocks migrations which rewrite large tables. "
            + "We're also moving long migrations to a background job runner, and we'll alert when a lock is held for more than 30 seconds.\n");

        Assert.Equal(3, items.Count);
        Assert.StartsWith("We're adding a lint rule", items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("We're also moving long migrations", items[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_the_response_told_as_it_goes_on_is_no_change_under_way()
    {
        var items = Items("# Outage\n\n## What we're doing\n\nWe are moving traffic to the second region to drain the backlog.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("In particular, we will be mirroring package binaries to another data centre, so that the CDN can fall back to them.")]
    [InlineData("We will be replicating the database to a second region.")]
    public void A_promise_to_be_copying_the_system_elsewhere_is_work(string sentence)
    {
        var items = Items($"# Registry downtime\n\nThe data centre lost its network.\n\n{sentence}\n");

        Assert.Equal([sentence], items.Select(i => i.Title));
    }

    [Fact]
    public void A_promise_set_off_by_double_dashes_is_work_and_a_notice_joined_after_it_is_not()
    {
        var items = Items("Server outage\n\nThe server is now running again. In the next few days -- once I've finished testing, that is -- I will be moving "
            + "the server to a larger instance, which should prevent this; the move might cause another short outage, and I will send out another email before the move occurs.\n");

        var item = Assert.Single(items);
        Assert.Contains("I will be moving the server to a larger instance", item.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("send out", item.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Going forward we will validate the full chain in CI before any bundle is pushed.")]
    [InlineData("In future we will validate the full chain in CI.")]
    [InlineData("From now on we'll validate the full chain in CI.")]
    public void A_time_ahead_without_a_comma_opens_a_promise(string sentence)
    {
        var items = Items($"# Certificate outage\n\nA bundle missed its intermediate certificate.\n\n{sentence}\n");

        Assert.Equal([sentence], items.Select(i => i.Title));
    }

    [Fact]
    public void Going_forward_without_a_promise_is_no_item()
    {
        Assert.Empty(Items("# Certificate outage\n\nA bundle missed its intermediate certificate.\n\nGoing forward the service runs in two regions.\n"));
    }
}
