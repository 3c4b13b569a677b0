using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A web page copied as text keeps its headings as plain lines with no colon ("What we should do to improve" over a
/// numbered list): the line names the list below it, as a sentence ending in a colon does, so its items are action
/// items (issue 17, item 6). Each on an invented text.
/// </summary>
public sealed class ListNamedByALineTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Postmortem Import(string text) => Extractor.Extract("status.txt", text).Postmortem.ToPostmortem()!;

    private static string Page(string name) => "CDN certificate expired\nIncident Report for Acme\n\nOn July 19, 2019 at 15:30 UTC the certificate of our CDN expired.\n\n"
        + $"{name}\n\n  1. Send certificate notices to a team, not a person [done]\n  2. Monitor certificate expiry with an outside service\n"
        + "  3. Keep a backup CDN ready to take the traffic\n";

    [Theory]
    [InlineData("What we should do to improve")]
    [InlineData("What we’ll do")]
    public void A_line_with_no_colon_that_names_the_work_to_do_introduces_the_list_below_it(string name)
    {
        var postmortem = Import(Page(name));

        Assert.Equal(3, postmortem.ActionItems.Count);
        Assert.Equal(ActionStatus.Done, postmortem.ActionItems[0].Status);
    }

    [Theory]
    [InlineData("What the monitoring showed")]
    [InlineData("What we should do to improve the monitoring, as the team discussed at length.")]
    public void Guard_a_line_that_names_no_work_or_is_a_sentence_introduces_no_actions(string name)
    {
        Assert.Empty(Import(Page(name)).ActionItems);
    }
}
