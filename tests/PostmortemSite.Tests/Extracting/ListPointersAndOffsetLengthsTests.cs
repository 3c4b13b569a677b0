using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Lists introduced by a pointer after the sentence that names them, changes the team is making, lengths told only as
/// a forecast, lengths told only in offsets, and weekdays in a file dated only by when it was saved (issue 17), each on
/// an invented document.
/// </summary>
public sealed class ListPointersAndOffsetLengthsTests
{
    [Fact]
    public void A_list_after_a_pointer_is_the_work_the_sentence_before_the_pointer_promises()
    {
        const string text = "# Queue outage\n\nThe queue stalled. After a review we found improvements we will make to how releases are checked. These include:\n\n"
            + "1. Lint every schema change for locks.\n1. A staging database with production-sized tables.\n";

        Assert.Equal(["Lint every schema change for locks.", "A staging database with production-sized tables."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_pointer_after_a_sentence_of_changes_already_made_introduces_no_work()
    {
        const string text = "# Queue outage\n\nThe queue stalled. We made several changes to the release process that night. These include:\n\n"
            + "1. Every schema change is linted for locks.\n1. Staging now has production-sized tables.\n";

        Assert.Empty(Items(text));
    }

    [Fact]
    public void Changes_the_team_is_making_after_an_introduced_list_go_on_with_it_in_a_post_with_no_heading()
    {
        const string text = "The queue stalled. After a review we found improvements we will make. These include:\n\n"
            + "1. Lint every schema change for locks.\n1. A staging database with production-sized tables.\n\n"
            + "We are also making changes to split the service into failure domains. This keeps connections for the core API.\n\nWe apologise for the disruption.\n";

        Assert.Equal(["Lint every schema change for locks.", "A staging database with production-sized tables.", "We are also making changes to split the service into failure domains."], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("We are also making changes to split the service into separate failure domains.", true)]
    [InlineData("We're making some changes to reserve connections for the core API.", true)]
    [InlineData("We are making changes to the status page as we learn more.", false)]
    [InlineData("We were making changes to the router when it failed.", false)]
    public void Changes_the_team_says_it_is_making_are_work_to_come(string sentence, bool isWork)
    {
        var items = Items("# Outage\n\nThe database ran out of connections for twenty minutes. " + sentence + "\n");

        Assert.Equal(isWork, items.Count == 1);
    }

    [Theory]
    [InlineData("We had to move to a new server, which would come with around 2-3 hours of downtime.", null)]
    [InlineData("A full restore could take 6 hours of downtime, so we failed over instead. The outage lasted 40 minutes.", 40)]
    [InlineData("Moving the data might cause 4 hours of downtime.", null)]
    [InlineData("The move caused 3 hours of downtime.", 180)]
    public void A_length_weighed_before_a_choice_is_not_how_long_the_incident_lasted(string sentence, int? minutes)
    {
        var found = StatedDuration.Find([sentence]);

        Assert.Equal(minutes, found is null ? null : (int)found.Length.TotalMinutes);
    }

    [Fact]
    public void A_timeline_kept_only_in_offsets_gives_the_length_from_the_start_to_the_entry_that_says_it_is_resolved()
    {
        const string text = "# Media server down\n\n**Date:** 2026-03-30\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
            + "| ~T+0 | Incident detected: the pod is stuck creating its container. |\n| ~T+4m | Restarted the storage controller; the pod is still stuck. |\n"
            + "| ~T+31m | Incident resolved: the pod runs on another node. |\n| ~T+33m | Node uncordoned. |\n";

        var imported = Imported(text);

        Assert.Null(imported.Timestamps.Started);
        Assert.Equal(31, imported.StatedDurationMinutes);
    }

    [Fact]
    public void An_offset_timeline_with_no_entry_saying_the_end_gives_no_length()
    {
        const string text = "# Media server down\n\n**Date:** 2026-03-30\n\n## Timeline\n\n- T+0: the pod is stuck creating its container.\n"
            + "- T+4m: restarted the storage controller.\n- T+31m: node uncordoned.\n";

        Assert.Null(Imported(text).StatedDurationMinutes);
    }

    [Fact]
    public void A_weekday_in_a_file_dated_only_by_when_it_was_saved_is_the_one_before_that_day()
    {
        // 2026-12-02 is a Wednesday: "Monday evening" is November 30, not December 7.
        const string text = "# Signups flood the instance\n\nIt all started on Monday evening as the news broke. The queue grew from 2,000 to 6,000 jobs.\n\n"
            + "I woke up around 05:30 the next morning and the backlog was still rising.\n";

        var imported = Imported(text, fileDay: new DateOnly(2026, 12, 2));

        Assert.True(imported.Date <= new DateOnly(2026, 12, 2), $"dated {imported.Date}, after the file was saved");
    }

    [Theory]
    [InlineData("For the level of cover we need, we are looking at the expensive end of the scale.", false)]
    [InlineData("For each public service, add an uptime probe.", true)]
    [InlineData("During the next quarter, we will move the database.", true)]
    [InlineData("Most datacentres are not fit for dealing with attacks of this size.", false)]
    public void Under_an_action_heading_a_sentence_is_read_past_its_opening_phrase_or_label(string sentence, bool isWork)
    {
        var items = Items("# Outage\n\n## Action items\n\n" + sentence + "\n");

        Assert.Equal(isWork, items.Count == 1);
    }

    [Theory]
    [InlineData("**Case 1:** the client has a request waiting for the server.", false)]
    [InlineData("**Option B:** add a second router at the edge.", true)]
    [InlineData("**Backups:** we will test a restore every month.", true)]
    [InlineData("**Alerting:** page on queue depth above 1,000.", true)]
    [InlineData("**Runbook:** the failover runbook will be rewritten.", true)]
    public void Under_an_action_heading_a_label_over_a_statement_explains_and_one_over_work_is_an_item(string line, bool isWork)
    {
        var items = Items("# Outage\n\n## Course of action\n\n" + line + "\n");

        Assert.Equal(isWork, items.Count == 1);
    }

    [Fact]
    public void A_long_section_under_an_action_heading_that_mostly_tells_a_story_gives_no_items_from_its_prose()
    {
        var story = string.Concat(Enumerable.Range(1, 12).Select(n => $"The attacks on day {n} reached the upstream link and were absorbed by the provider. "));
        var text = "# Floods\n\n## Course of action\n\n" + story + "Move the game server behind a proxy.\n\n- Rotate the exposed addresses\n";

        Assert.Equal(["Rotate the exposed addresses"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_short_section_of_next_steps_keeps_its_work_among_its_other_sentences()
    {
        const string text = "# Exploit\n\n## Conclusion and next steps\n\nThe contract had a flaw. The network was never at risk. "
            + "The patched contracts will be re-introduced next week. Everything else is back to normal.\n";

        Assert.Single(Items(text));
    }

    [Fact]
    public void A_numbered_heading_under_lessons_that_says_what_to_do_is_an_item_and_one_that_tells_what_was_seen_is_not()
    {
        const string text = "# Upgrade halt\n\n## Lessons learnt\n\n### 1. Check other networks for upgrade issues first\n\nThe bug had bitten another chain a week before.\n\n"
            + "### 2. Monitoring worked well\n\nThe alert fired within a minute.\n\n### 3. Upgrades should not take place on Mondays\n\nHalf the team was away.\n";

        Assert.Equal(["Check other networks for upgrade issues first", "Upgrades should not take place on Mondays"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_numbered_heading_under_next_steps_that_gives_an_order_is_an_item()
    {
        const string text = "# Upgrade halt\n\n## Next steps\n\n### 1. Improve the height forecast\n\nThe upgrade came two hours early.\n\n"
            + "### 2. The snapshot node was busy\n\nIt was taking a snapshot at the halt.\n";

        Assert.Equal(["Improve the height forecast"], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("Storage controller pod deleted and restarted. The web pod remains in `ContainerCreating`.", true)]
    [InlineData("Web pod force-deleted and rescheduled to the same node. Also stuck in `ContainerCreating`.", true)]
    [InlineData("Restarted the cache; the queue remains stuck at 40,000 jobs.", true)]
    [InlineData("The web pod remains in `ContainerCreating`.", false)]
    [InlineData("Restarted the cache; the service remains in `Running` state and healthy.", false)]
    public void A_remedy_after_which_the_trouble_stays_stuck_is_a_dead_end(string entry, bool deadEnd)
    {
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(entry));
    }

    [Fact]
    public void A_text_that_dates_nothing_itself_is_dated_by_the_latest_article_it_links_to_before_the_file_is()
    {
        const string text = "# Signups flood the instance\n\nThe [news of the takeover](https://news.example.com/tech/2022/04/25/takeover-agreed/) brought a wave of signups, "
            + "as [an older guide](https://blog.example.com/2018/11/03/tuning-queues/) had warned.\n";

        Assert.Equal(new DateOnly(2022, 4, 25), Imported(text, fileDay: new DateOnly(2026, 12, 2)).Date);
    }

    [Fact]
    public void A_linked_address_dated_after_the_file_was_saved_or_on_the_sites_own_pages_does_not_date_it()
    {
        const string text = "# Signups flood the instance\n\nSee [the follow-up](https://blog.example.com/2027/05/01/follow-up/) for the bills, "
            + "and [the last flood](2019-03-12-signup-flood.md) for how we coped before.\n";

        Assert.Equal(new DateOnly(2026, 12, 2), Imported(text, fileDay: new DateOnly(2026, 12, 2)).Date);
    }
}
