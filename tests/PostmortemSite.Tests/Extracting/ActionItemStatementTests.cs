using PostmortemSite.Model;
using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// What under an action heading is the team's work and what is not (issue 17, item 6): statements by a subject,
/// thanks, template guidance, an item that only introduces the items under it, "Future ..." headings and the passive
/// future.
/// </summary>
public sealed class ActionItemStatementTests
{
    [Fact]
    public void A_sentence_whose_first_word_is_followed_by_a_helping_verb_or_a_verb_and_particle_is_a_statement_not_an_order()
    {
        const string text = "# Outage\n\n## What's next?\n\n"
            + "Fastly has assured us the filter will not fire again for our zone. Support reached out to us on Tuesday evening. "
            + "You can view the new status page at the usual address. Add an alert when media requests are blocked.\n";

        var items = Items(text);

        Assert.True(items.Select(i => i.Title).SequenceEqual(["Add an alert when media requests are blocked."]), Show(items));
    }

    [Theory]
    [InlineData("Ensure Postgres is patched before the next release.")]
    [InlineData("Use cached results when the index is cold.")]
    [InlineData("Add automated tests for the importer's date fallback.")]
    public void An_order_whose_object_is_a_name_or_an_adjective_in_ed_stays_an_item(string order)
    {
        var items = Items("# Outage\n\n## What's next?\n\n" + order + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([order]), Show(items));
    }

    [Fact]
    public void Thanks_with_any_adverb_before_the_verb_are_not_a_promise_of_work()
    {
        var items = Items("# Outage\n\nThe disk filled up overnight.\n\nWe would like to thoroughly thank the volunteers who helped us recover.\n\nWe will thoroughly review our backup checks.\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["We will thoroughly review our backup checks."]), Show(items));
    }

    [Theory]
    [InlineData("{link to the tickets for things that would have caught this earlier, such as tests or alerts}")]
    [InlineData("{{ describe the fix }}")]
    public void Template_guidance_left_in_braces_under_an_action_heading_is_not_an_item(string guidance)
    {
        var items = Items("## Action items\n\n" + guidance + "\n\n- Add a disk alert on the database hosts\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["Add a disk alert on the database hosts"]), Show(items));
    }

    [Fact]
    public void A_bullet_that_ends_in_a_colon_and_introduces_bullets_under_it_is_their_heading_not_an_item_of_its_own()
    {
        const string text = "## Action items\n\n- A better process for flagging urgent reports:\n  - Alert on issues that gain many votes quickly\n"
            + "  - Watch the tracker for a week after each release\n- Add a disk alert on the database hosts\n";

        var items = Items(text);

        Assert.True(
            items.Select(i => i.Title).SequenceEqual(["Alert on issues that gain many votes quickly", "Watch the tracker for a week after each release", "Add a disk alert on the database hosts"]),
            Show(items));
    }

    [Theory]
    [InlineData("Future mitigations and product improvements")]
    [InlineData("Future plans")]
    public void A_heading_that_opens_with_the_future_lists_work_to_come(string heading)
    {
        var items = Items("# Outage\n\n### " + heading + "\n\n- More real-time metrics on cancellation\n- Integration tests with fault injection\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["More real-time metrics on cancellation", "Integration tests with fault injection"]), Show(items));
    }

    [Fact]
    public void A_change_told_in_the_passive_future_under_an_action_heading_is_work_to_come()
    {
        const string text = "# Outage\n\n## Future plan\n\nThe bug will be fixed in this pull request and tested on the staging network. "
            + "It will be turned off on every node once the fix is out.\n";

        var items = Items(text);

        Assert.True(items.Count == 2, Show(items));
    }

    [Fact]
    public void Remedial_measures_told_in_the_passive_future_are_work_to_come()
    {
        const string text = "# Outage\n\n### Remedial Measures:\n\nAll the undistributed rewards will be distributed back to the farmers in the coming upgrade.\n"
            + "The bug causing the failure will be fixed in the same upgrade.\nAlerts on the price feed will be added before then.\n";

        var items = Items(text);

        Assert.True(items.Count == 3 && items.All(i => i.Status == ActionStatus.Open), Show(items));
    }

    [Fact]
    public void The_passive_future_of_the_write_up_the_incident_or_the_users_is_not_work()
    {
        const string text = "# Outage\n\n## Future plan\n\nThis post will be updated as we learn more. The incident will be reviewed next week. "
            + "Affected users will be notified by email.\n";

        Assert.Empty(Items(text));
    }

    [Theory]
    [InlineData("Three of these shipped with the fix.")]
    [InlineData("None of them needs a new service.")]
    public void A_sentence_that_opens_on_a_count_talks_about_the_items_and_is_not_one(string sentence)
    {
        var items = Items("# Outage\n\n## Action items\n\n" + sentence + "\n\n- Add an alert on accounts closed per minute\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["Add an alert on accounts closed per minute"]), Show(items));
    }
}
