using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Follow-up work a write-up says has begun ("We have begun retooling our token system", "We have also started the
/// process of decommissioning our old CI services") is open work, an action item; the response begun during the
/// incident ("we have started restoring the accounts") or trouble begun ("we have started seeing errors") is not.
/// Work one is "considering to" do (a common way of writing an intention) is one too, unless it is the response
/// ("considering to roll back"). Issue 17, item 6, each on an invented text.
/// </summary>
public sealed class WorkBegunTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text, null).Postmortem;

    private static string Lessons(string paragraph) =>
        "# Token leak\n\nDate: 2023-01-04\n\nA vendor told us our upload tokens had leaked.\n\n## What we learned\n\n"
        + "We kept one token per project, so a partial rotation could not be undone.\n\n" + paragraph + "\n";

    [Theory]
    [InlineData("We have begun retooling our token system so that each project can hold two valid tokens.")]
    [InlineData("We have also started the process of decommissioning several of our old CI services.")]
    [InlineData("We've started systematically replacing the shared tokens with per-service ones.")]
    public void Follow_up_work_said_to_have_begun_is_an_action_item(string paragraph)
    {
        var items = Extract(Lessons(paragraph)).ActionItems;

        var item = Assert.Single(items);
        Assert.NotEqual(ActionStatus.Done, item.Status);
    }

    [Fact]
    public void Two_pieces_of_work_begun_in_one_paragraph_are_two_action_items()
    {
        const string paragraph = "We have begun retooling our token system to fix the issues above. We have also started the process of decommissioning our old CI services. These changes will take time.";

        Assert.Equal(2, Extract(Lessons(paragraph)).ActionItems.Count);
    }

    [Theory]
    [InlineData("We have started restoring the affected accounts.")]
    [InlineData("We have started seeing errors again after the rotation.")]
    [InlineData("We have begun investigating the cause.")]
    public void The_response_or_trouble_that_has_begun_is_no_action_item(string paragraph)
    {
        Assert.Empty(Extract(Lessons(paragraph)).ActionItems);
    }

    [Theory]
    [InlineData("We're considering to restart the web server later during package installation and documenting this in our deployment guide.")]
    [InlineData("We are also considering to move the package cache to its own disk.")]
    public void Work_one_is_considering_to_do_is_an_action_item(string paragraph)
    {
        Assert.Single(Extract(Lessons(paragraph)).ActionItems);
    }

    [Fact]
    public void Considering_to_roll_back_is_the_response_not_an_action_item()
    {
        Assert.Empty(Extract(Lessons("We are considering to roll back the release if errors continue.")).ActionItems);
    }
}
