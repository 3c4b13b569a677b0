using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Actions a writer names with a numbered or required label ("**Action 1 (mitigate): ...**", "**Acción requerida:**
/// ..."): the labelled line is the item, and the lists under it, up to the next heading, are its steps and details.
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
            + "**Action 2 (detect): see the database's memory use**\nProposal:\n- dump the production database weekly\n- run load tests against it\n\nStatus: to discuss\n");

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.StartsWith("Action", item.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_required_action_label_makes_the_lists_under_it_details_until_the_next_heading()
    {
        var items = Items("## Medidas preventivas\n\n#### Monitoreo de disco\n\n**Acción requerida:** Configurar alertas de espacio en disco\n\n**Umbrales recomendados:**\n- Warning: 80%\n- Critical: 90%\n\n"
            + "## Próximos pasos\n\n- Revisar la capacidad del servidor\n");

        Assert.Equal(2, items.Count);
        Assert.Contains(items, item => item.Title.Contains("Revisar la capacidad", StringComparison.Ordinal));
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
