using PostmortemSite.Extracting;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Follow-ups written as paragraphs under "## Follow-up", each a proposal and what came of it in brackets (issue 17,
/// item 6): with no list in the section, each paragraph is one item. Each on an invented document.
/// </summary>
public sealed class FollowUpParagraphsTests
{
    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    private const string Document = """
        # Docs site outage

        ## Follow-up

        The pager should reach more people. Ideally it would page the whole team
        at once. (filed as issue 812)

        The uptime check watches the old host name, which redirects. (fixed by adding
        a check for the new host)

        Only two people can approve DNS changes. We should add the platform team as
        approvers. (added them to the approvers file)

        We could stop landing DNS changes on Fridays.
        """;

    [Fact]
    public void Each_follow_up_paragraph_is_one_item_titled_by_its_proposal()
    {
        var items = Items(Document);

        Assert.Equal(
            ["The pager should reach more people.", "The uptime check watches the old host name, which redirects. (fixed by adding a check for the new host)",
             "We should add the platform team as approvers. (added them to the approvers file)", "We could stop landing DNS changes on Fridays."],
            items.Select(i => i.Title));
    }

    [Fact]
    public void A_bracket_that_says_what_was_done_makes_the_item_done()
    {
        var items = Items(Document);

        Assert.Equal([ActionStatus.Open, ActionStatus.Done, ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void Under_a_follow_up_heading_with_a_list_the_paragraphs_only_introduce_it()
    {
        var items = Items("# Outage\n\n## Follow-up\n\nThe team should act on these soon.\n\n- Add a second approver\n- Watch the new host name\n");

        Assert.Equal(["Add a second approver", "Watch the new host name"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_paragraph_that_proposes_nothing_is_no_item()
    {
        Assert.Empty(Items("# Outage\n\n## Follow-up\n\nThe DNS server did exactly what it was told to do.\n"));
    }
}
