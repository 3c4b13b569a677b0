using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Actions a writer names with a numbered or required label ("**Action 1 (mitigate): ...**", "**Acción requerida:**
/// ..."): the labelled line is the item, and the list right under it its steps, unless another line stands between
/// or an item names its own owner.
/// A status a table writes in another language ("✅ Completo") says the work is done.
/// </summary>
public sealed class ActionsNamedByALabelTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static IReadOnlyList<Model.ActionItem> Items(string actions) =>
        Extractor.Extract("outage.md", $"# Database slow\n\n**Date:** 2023-01-23\n\nQueries were slow because of a missing index.\n\n{actions}").Postmortem.ActionItems;

    [Fact]
    public void Numbered_action_labels_are_the_items_and_the_lists_under_them_their_steps()
    {
        var items = Items("### Actions\n\n**Action 1 (mitigate): make the events table robust**\n- create a weekly events table\n- index it on the user id\n\nStatus: to do\n\n"
            + "**Action 2 (detect): see the database's memory use**\n- dump the production database weekly\n- run load tests against it\n\nStatus: to discuss\n");

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.StartsWith("Action", item.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("**Action 1 (mitigate):** add jitter to cache expiry\n\nThe remaining actions from the review:\n- add a cache hit-rate alert\n- load-test the cache tier\n")]
    [InlineData("**Action 1 (mitigate):** add jitter to cache expiry\n\n**Longer-term items:**\n- add a cache hit-rate alert\n- load-test the cache tier\n")]
    [InlineData("**Action 1 (mitigate):** add jitter to cache expiry\n- add a cache hit-rate alert (owner: sre)\n- load-test the cache tier (owner: perf)\n")]
    public void A_list_set_off_from_the_label_or_owned_on_its_own_is_items(string actions)
    {
        Assert.Equal(3, Items($"## Action items\n\n{actions}").Count);
    }

    [Fact]
    public void An_action_label_that_says_none_leaves_the_list_as_items()
    {
        var items = Items("## Action items\n\n**Action required:** none from the customer side.\n- add a cache hit-rate alert\n- load-test the cache tier\n");

        Assert.Equal(2, items.Count(i => !i.Title.Contains("none", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("**Action required:** none.")]
    [InlineData("Customer action: N/A")]
    [InlineData("Further follow-ups: none at this time")]
    public void A_label_with_nothing_after_it_is_no_item(string line)
    {
        var items = Items($"## Action items\n\n{line}\n\n## Follow-ups\n\n- add a cache hit-rate alert\n");

        Assert.Equal("add a cache hit-rate alert", Assert.Single(items).Title, ignoreCase: true);
    }

    [Fact]
    public void An_action_item_label_beside_a_list_keeps_the_list_as_items()
    {
        var items = Items("## Follow-ups\n\n**Action item:** add a runbook for index rebuilds\n\n- add an alert on slow queries\n- add a dashboard for index bloat\n");

        Assert.Equal(3, items.Count);
    }

    [Theory]
    [InlineData("✅ Completo")]
    [InlineData("Terminado")]
    [InlineData("Abgeschlossen")]
    public void A_done_status_written_in_another_language_is_done(string status)
    {
        var items = Items($"## Acciones correctivas\n\n| Acción | Estado |\n|---|---|\n| Documentar el runbook | {status} |\n| Rotar los backups | Pendiente |\n");

        Assert.Equal(Model.ActionStatus.Done, items.Single(i => i.Title.StartsWith("Documentar", StringComparison.Ordinal)).Status);
        Assert.Equal(Model.ActionStatus.Open, items.Single(i => i.Title.StartsWith("Rotar", StringComparison.Ordinal)).Status);
    }
}
