using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>Action items in the shapes real postmortems give them (issue 17, item 6), each on an invented text.</summary>
public sealed class ActionItemShapesTests
{
    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    [Fact]
    public void A_lessons_heading_that_also_names_action_items_lists_them()
    {
        var items = Items("## Lessons Learned & Action Items\n\n- Alert on replica lag\n- Rehearse the failover\n");

        Assert.Equal(["Alert on replica lag", "Rehearse the failover"], items.Select(i => i.Title));
    }

    [Fact]
    public void Lines_opened_by_an_upper_case_todo_or_done_are_items_wherever_they_stand_and_a_lower_case_todo_in_prose_is_not()
    {
        const string text = "## Notes\n\nThe graphs were hard to read; our todo list was lost with the wiki.\n\n"
            + "**TODO**: alert when the storage pool passes 80% full.\n\n**DONE**: added the docs site to the uptime probes.\n\n- TODO - check free disk before each nightly import\n";

        var items = Items(text);

        Assert.Equal(["alert when the storage pool passes 80% full.", "added the docs site to the uptime probes.", "check free disk before each nightly import"], items.Select(i => i.Title));
        Assert.Equal([ActionStatus.Open, ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void A_todo_that_names_someone_in_brackets_is_their_item_and_the_marker_leaves_the_title()
    {
        var items = Items("## Follow-up\n\n- TODO(alice): add an alert on the login error rate\n- TODO(@bob-smith) - rotate the signing key\n\nDONE(carol): moved the cron job off the primary.\n");

        Assert.Equal(["add an alert on the login error rate", "rotate the signing key", "moved the cron job off the primary."], items.Select(i => i.Title));
        Assert.Equal(["alice", "@bob-smith", "carol"], items.Select(i => i.Owner));
        Assert.Equal([ActionStatus.Open, ActionStatus.Open, ActionStatus.Done], items.Select(i => i.Status));
    }

    [Fact]
    public void A_todo_with_its_owner_is_read_in_a_checkbox_and_with_a_space_before_the_bracket_and_a_ticket_there_is_no_owner()
    {
        var items = Items("## Follow-up\n\n- [ ] TODO(bob): write the failover runbook\n- DONE (carol): raise maxmemory\n- TODO(JIRA-1234): fix eviction\n- TODO(P1): drop the legacy client\n");

        Assert.Equal(["write the failover runbook", "raise maxmemory", "fix eviction", "drop the legacy client"], items.Select(i => i.Title));
        Assert.Equal(["bob", "carol", null, null], items.Select(i => i.Owner));
        Assert.Equal(ActionStatus.Done, items[1].Status);
        Assert.Equal("JIRA-1234", items[2].Ticket);
    }

    [Fact]
    public void A_todo_to_add_graphs_or_links_is_material_for_the_write_up_outside_the_action_items_and_work_inside_them()
    {
        var items = Items("## Impact\n\nTODO: add error rate graph\n\nTODO: Numbers? need to confirm with support\n\n## Action items\n\nTODO: add runbook links\n");

        Assert.Equal(["add runbook links"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_todo_the_writer_left_on_the_draft_is_no_item_and_one_about_the_system_is()
    {
        const string text = "## Notes\n\nTODO: Credit? awaiting response from reporter\n\nTODO: add the latency graph here\n\nTODO: fill in the timeline\n\n"
            + "TODO: add a link to the runbook in the disk alert\n\nTODO: credit card retries need a circuit breaker\n\nTODO: Owner? Rotate the signing key\n";

        var items = Items(text);

        Assert.Equal(["add a link to the runbook in the disk alert", "credit card retries need a circuit breaker", "Owner? Rotate the signing key"], items.Select(i => i.Title));
    }

    [Fact]
    public void An_action_item_line_saying_none_or_inside_actions_taken_is_not_an_open_item()
    {
        Assert.Empty(Items("# Outage\n\nAction items: none\n\n## Actions taken\n\nAction item: restarted the proxy\n"));
    }

    [Fact]
    public void Lines_labelled_action_point_or_action_item_are_items_wherever_they_stand()
    {
        const string text = "## What happened\n\nThe monitor lagged during the incident.\n\nAction point: make the monitor keep up with many peers.\n\n"
            + "**Action item:** page on a stalled monitor\n\nThe action items of the last review were all closed.\n";

        var items = Items(text);

        Assert.Equal(["make the monitor keep up with many peers.", "page on a stalled monitor"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_sentence_that_introduces_actions_makes_the_list_after_it_action_items_and_a_later_list_is_not()
    {
        const string text = "## Conclusion\n\nThe proxy lost its address again. Some possible actions in the future:\n"
            + "* Set up a second proxy for failover\n* Investigate IPv6 for the containers\n\nWhat went well:\n\n* The team met quickly\n";

        var items = Items(text);

        Assert.Equal(["Set up a second proxy for failover", "Investigate IPv6 for the containers"], items.Select(i => i.Title));
    }

    [Fact]
    public void Bullets_that_label_groups_under_an_action_label_line_keep_their_items_inside_it()
    {
        const string text = "## Conclusion\n\nWe still do not know why the gateway went away.\n\nPossible next steps:\n* Short term:\n  * alert when the gateway stops answering\n* Longer term:\n  * move the proxy to an address we own\n";

        var items = Items(text);

        Assert.Equal(["alert when the gateway stops answering", "move the proxy to an address we own"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_table_whose_header_names_action_items_lists_them_wherever_it_stands_and_another_table_does_not()
    {
        const string text = "# Chain halt\n\n**Summary**: the upgrade halted the chain.\n\n| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n"
            + "| Bundle the config into the binary | prevention | core | OPS-12 |\n| Add upgrade end-to-end tests | prevention | core | OPS-13 |\n\n"
            + "| Node | Version |\n| --- | --- |\n| alpha | 1.2 |\n";

        var items = Items(text);

        Assert.Equal(["Bundle the config into the binary", "Add upgrade end-to-end tests"], items.Select(i => i.Title));
        Assert.Equal(["OPS-12", "OPS-13"], items.Select(i => i.Ticket));
    }

    [Fact]
    public void A_timeline_table_with_an_action_column_lists_no_items_and_actions_to_be_taken_are_open_work()
    {
        Assert.Empty(Items("# Outage\n\n| Time (UTC) | Action |\n| --- | --- |\n| 10:00 | Restarted the proxy |\n| 10:20 | Rolled back the release |\n"));
        Assert.Equal(["Add a proxy health alert"], Items("# Outage\n\n## Actions to be taken\n\n- Add a proxy health alert\n").Select(i => i.Title));
    }

    [Theory]
    [InlineData("_Tasks performed_")]
    [InlineData("## Actions taken")]
    public void A_section_of_tasks_performed_or_actions_taken_lists_no_open_work(string heading)
    {
        Assert.Empty(Items($"# Node outage\n\n{heading}\n\n1. Stopped the node.\n2. Restored the database from a snapshot.\n"));
    }

    [Fact]
    public void A_lessons_heading_alone_lists_no_actions()
    {
        Assert.Empty(Items("## Lessons learned\n\n- Paging worked well\n- Dashboards were confusing\n"));
    }

    [Fact]
    public void A_lesson_that_says_what_must_change_is_an_action_read_whole_and_one_that_only_looks_back_is_not()
    {
        const string text = "## Lessons learned\n\n* Having a backup is not enough. Restores need to be\n  rehearsed every quarter.\n"
            + "* Paging worked well.\n* We should have caught the expiry earlier.\n* Do not upgrade both replicas in one window.\n";

        var items = Items(text);

        Assert.Equal(["Having a backup is not enough. Restores need to be rehearsed every quarter.", "Do not upgrade both replicas in one window."], items.Select(i => i.Title));
    }

    [Fact]
    public void A_prescriptive_bullet_under_a_what_went_poorly_heading_inside_lessons_is_not_an_action()
    {
        Assert.Empty(Items("## Lessons learned\n\n### What went poorly\n\n- The rollout should have been slower\n- Someone must have muted the alert\n- Staging needs to match production, ideally\n"));
    }

    [Fact]
    public void A_lesson_under_a_themed_heading_inside_lessons_is_an_action_and_one_under_where_we_got_lucky_is_not()
    {
        const string text = "## Lessons learned\n\n### We have a massive database\n\n- The database needs to be repacked now that we have room.\n\n"
            + "### Where we got lucky\n\n- Backups must be tested, and they were.\n";

        Assert.Equal(["The database needs to be repacked now that we have room."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Phases_headed_with_their_times_under_a_fixes_heading_are_story_and_a_list_under_the_fixes_heading_itself_still_counts()
    {
        const string text = "# Testnet incident\n\n## Incident response and fixes\n\n- Make the testnet mirror mainnet\n\n### Issue identified after the fork (7:30 - 10:30 UTC)\n\n"
            + "The fork was activated at 7:29 UTC. Developers noticed empty blocks. Teams joined a call.\n\n### Coordinated deployment (14:00 UTC)\n\nAll nodes were updated.\n";

        Assert.Equal(["Make the testnet mirror mainnet"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Problems_identified_under_future_work_are_not_items_and_the_plan_beside_them_is()
    {
        const string text = "# Router outage\n\n## Future Work\n\n### Identified Problems:\n\n- Lack of a fallback for critical routers.\n- Access relies on internal hosts.\n\n"
            + "### Improvement Plan:\n\n- Configure an external jump server\n- Add a second router\n";

        Assert.Equal(["Configure an external jump server", "Add a second router"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_promise_after_an_introduced_list_in_its_section_goes_on_with_that_list()
    {
        const string text = "# Delays\n\n## Recovery and lessons\n\nThe issue resolved itself. Going forward, we will:\n\n- Add monitoring for replica lag\n- Raise the rate limits\n\n"
            + "Lastly, we will upgrade the network\nlater this year. It fixes these issues.\n\nWe're sorry, and we will post updates sooner.\n";

        Assert.Equal(["Add monitoring for replica lag", "Raise the rate limits", "Lastly, we will upgrade the network later this year."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_lesson_that_says_what_must_change_does_not_hide_the_promises_made_in_the_prose()
    {
        const string text = "# Outage\n\nThe queue stalled for an hour. We will add an alert on queue depth.\n\n## Lessons learned\n\n- Staging must match production.\n";

        Assert.Equal(["Staging must match production.", "We will add an alert on queue depth."], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("What are we changing?")]
    [InlineData("What we are improving")]
    public void A_heading_asking_what_is_being_changed_holds_action_items(string heading)
    {
        Assert.Equal(2, Items($"# Outage\n\nThe wiki was defaced.\n\n## {heading}\n\n- Require two-factor logins for admins\n- Put the tracker behind a proxy\n").Count);
    }

    [Fact]
    public void Sentences_that_promise_work_under_a_next_steps_heading_are_actions_and_thanks_are_not()
    {
        var items = Items("## Next steps\n\nWe will add an alert on replica lag. We'll also rehearse the failover each quarter. Thanks to everyone who helped.\n");

        Assert.Equal(["We will add an alert on replica lag.", "We'll also rehearse the failover each quarter."], items.Select(i => i.Title));
    }

    [Fact]
    public void Bullets_under_lessons_learned_and_future_steps_are_the_actions()
    {
        var items = Items("# Gateway outage\n\n**What Happened:**\n\nA routing change broke the gateway.\n\n**Lessons Learned and Future Steps:**\n\n"
            + "  • Rehearse the rollback of gateway routes.\n\n  • Investigate route priorities and upgrade the gateway.\n");

        Assert.Equal(["Rehearse the rollback of gateway routes.", "Investigate route priorities and upgrade the gateway."], items.Select(i => i.Title));
    }

    [Fact]
    public void Without_an_action_section_promises_in_the_prose_are_the_actions_but_promises_about_updates_are_not()
    {
        var items = Items("# Replica outage\n\nThe replica fell behind for two hours. We will post another update tomorrow.\n\nFirst, we will cap the size of each batch. Longer term (next quarter), we'll move reporting off the primary.\n");

        Assert.Equal(["First, we will cap the size of each batch.", "Longer term (next quarter), we'll move reporting off the primary."], items.Select(i => i.Title));
    }

    [Fact]
    public void In_a_one_person_write_up_promises_in_the_first_person_are_the_actions()
    {
        var items = Items("# Blog down\n\nThe droplet ran out of memory during an upgrade. I will post a follow-up once it is stable.\n\nI'll add an alert on memory use. Next month, I plan to move the database to its own host.\n");

        Assert.Equal(["I'll add an alert on memory use.", "Next month, I plan to move the database to its own host."], items.Select(i => i.Title));
    }

    [Fact]
    public void Without_an_action_section_a_promise_for_all_of_something_is_an_action_but_how_a_setting_will_be_is_not()
    {
        var items = Items("# Replica outage\n\nThe replica fell behind for two hours. From now on, all workers will cap each batch at 500 rows. Our default timeout will be 3 seconds.\n");

        Assert.Equal(["From now on, all workers will cap each batch at 500 rows."], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("- https://tracker.example/acme/ops/issues/41 Cap the batch size", "https://tracker.example/acme/ops/issues/41")]
    [InlineData("- acme/ops#42: cap the batch size", "acme/ops#42")]
    [InlineData("- Cap the batch size (#43)", "#43")]
    public void A_ticket_written_at_either_end_of_an_item_becomes_its_ticket_and_leaves_the_title(string line, string ticket)
    {
        var item = Assert.Single(Items($"## Action items\n\n{line}\n"));

        Assert.Equal(ticket, item.Ticket);
        Assert.Equal("cap the batch size", item.Title, ignoreCase: true);
    }

    [Fact]
    public void A_tracking_column_that_says_done_is_the_status_not_a_ticket()
    {
        var items = Items("## Follow-up items\n\n| Item | Tracking |\n|---|---|\n| Cap the batch size | https://tracker.example/issues/5 |\n| Move reporting off the primary | Done |\n");

        Assert.Equal([ActionStatus.Open, ActionStatus.Done], items.Select(i => i.Status));
        Assert.Equal(["https://tracker.example/issues/5", null], items.Select(i => i.Ticket));
    }

    [Theory]
    [InlineData("## What we are doing about it\n\n- Capping the batch size\n")]
    [InlineData("## What's next\n\n- Cap the batch size\n")]
    [InlineData("## Preventing recurrence\n\n- Cap the batch size\n")]
    [InlineData("## Opportunities\n\n- Cap the batch size\n")]
    public void Other_headings_that_announce_the_work_ahead_are_action_sections(string text) =>
        Assert.Single(Items(text));

    [Fact]
    public void A_sub_heading_under_actions_naming_a_change_made_is_a_done_item_and_its_paragraph_tells_how()
    {
        var items = Items("# Disk full\n\nThe database disk filled.\n\n## Resulting action\n\n#### @sam Cron cleanup scheduled\n\nCron scheduled to remove archives older than 5 days.\n\n"
            + "#### 2) Alerts added for pool errors\n\nAlerts on error lines were added. We will publish the numbers after review.\n\n#### 3) Add a disk alert\n\nAt 90% full.\n");

        Assert.Equal(["Cron cleanup scheduled", "Alerts added for pool errors", "Add a disk alert"], items.Select(i => i.Title));
        Assert.Equal([ActionStatus.Done, ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void A_sub_heading_naming_a_change_made_may_hold_to_in_its_noun_phrase()
    {
        var items = Items("# Payments down\n\nThe pool filled.\n\n## Action items\n\n### Link to runbook added to the pool alert\n\nThe alert now links to the runbook.\n\n"
            + "### Timeouts to the bank configured per call\n\nEach call has its own timeout.\n");

        Assert.Equal(["Link to runbook added to the pool alert", "Timeouts to the bank configured per call"], items.Select(i => i.Title));
        Assert.All(items, i => Assert.Equal(ActionStatus.Done, i.Status));
    }

    [Theory]
    [InlineData("Decide to keep retries enabled")]
    [InlineData("Try to have backups automated")]
    public void A_sub_heading_of_an_infinitive_is_no_change_made(string heading)
    {
        Assert.DoesNotContain(Items($"# Payments down\n\nThe pool filled.\n\n## Action items\n\n### {heading}\n\nDetails to follow.\n"), i => i.Status == ActionStatus.Done);
    }

    [Fact]
    public void A_promise_in_the_prose_of_a_lesson_is_open_work_even_under_top_level_headings()
    {
        var items = Items("# Summary\n\nA node deletion broke the sequencer.\n\n# Lessons learned\n\n## No tests for deletion\n\n"
            + "The absence of tests for node deletion made it impossible to prevent this issue. In the future, more tests\nwill be implemented to examine all functions.\n\n"
            + "# Future plan\n\n- Add a deletion check to the release pipeline\n");

        Assert.Contains(items, i => i.Title == "In the future, more tests will be implemented to examine all functions.");
        Assert.Contains(items, i => i.Title == "Add a deletion check to the release pipeline");
        Assert.Equal(2, items.Count);
    }

    [Theory]
    [InlineData("We will add a canary stage to config deploys; this is tracked in the action items below.")]
    [InlineData("We will add a canary stage to config deploys.")]
    [InlineData("We should add a dashboard for config pushes, which we discussed but decided not to build this quarter.")]
    public void A_lesson_sentence_repeating_the_action_list_or_turning_work_down_is_no_item(string lesson)
    {
        var items = Items($"# Outage\n\nA bad config push took the web tier down.\n\n## Lessons learned\n\n{lesson}\n\n## Action items\n\n- Add a canary stage to config deploys\n");

        Assert.Equal(["Add a canary stage to config deploys"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_sub_heading_under_actions_naming_a_change_still_to_come_is_open_work()
    {
        var items = Items("# Payments down\n\nThe payment client gave up on the first timeout.\n\n## Action items\n\n### Retry logic will be added to the payment client\n\n"
            + "The client will retry idempotent calls three times with backoff.\n\n### Alerts to be added for pool saturation\n\nPage on-call when the pool is above 90% for five minutes.\n");

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(ActionStatus.Open, i.Status));
    }

    [Fact]
    public void A_date_and_time_over_a_list_of_actions_dates_it_and_closes_nothing()
    {
        var items = Items("# Outage\n\nThe load balancer dropped traffic.\n\n## Action items\n\nMarch 14, 2024 10:00 UTC\n\n- Add alerting on load balancer config drift.\n- Add a canary stage to the config pipeline.\n");

        Assert.Equal(["Add alerting on load balancer config drift.", "Add a canary stage to the config pipeline."], items.Select(i => i.Title));
    }

    [Fact]
    public void Missed_opportunities_tell_what_could_have_gone_otherwise_not_the_work_ahead() =>
        Assert.Empty(Items("## Missed opportunities\n\n- The batch size alarm was muted\n"));

    [Fact]
    public void Next_steps_for_customers_are_advice_to_readers_not_the_teams_work()
    {
        Assert.Empty(Items("# Login outage\n\nLogins failed.\n\n## What are the next steps for affected customers?\n\n- Reset your password from the account page.\n- Contact support if you still cannot sign in.\n"));
        Assert.Equal(2, Items("# Login outage\n\nLogins failed.\n\n## What we are changing for our users\n\n- Add a hot spare replica.\n- Run two masters.\n").Count);
    }

    [Theory]
    [InlineData("What is being done to prevent future incidents?")]
    [InlineData("How Are We Going to Do Better in the Future?")]
    [InlineData("How we will prevent this")]
    [InlineData("What are the next steps for the registry team?")]
    [InlineData("Where do we go from here?")]
    public void A_section_heading_asking_what_will_change_holds_action_items(string heading)
    {
        var items = Items($"# Registry outage\n\nThe registry was down.\n\n## {heading}\n\n1. **Always run two masters**: the setup scales.\n2. Add a hot spare replica.\n");

        Assert.Equal(["Always run two masters: the setup scales.", "Add a hot spare replica."], items.Select(i => i.Title));
    }

    [Fact]
    public void A_title_saying_how_it_will_be_prevented_does_not_make_the_whole_post_actions()
    {
        Assert.Empty(Items("# How we lost a day of data and how we will prevent it\n\nCheck the graphs first. Restart the cron after each deploy.\n\n- Disk filled at noon\n"));
    }

    [Fact]
    public void A_sentence_introducing_steps_still_to_take_introduces_items_and_one_telling_changes_made_does_not()
    {
        var todo = Items("# Outage\n\n## Aftermath\n\nThis made clear several steps that we need to take to prevent future downtime:\n\n1. Decouple the website from the registry\n2. Keep a spare replica\n");
        var made = Items("# Outage\n\n## Aftermath\n\nLogs did not record the account. We made four changes:\n\n1. Log the account\n2. Keep tokens for a year\n");

        Assert.Equal(["Decouple the website from the registry", "Keep a spare replica"], todo.Select(i => i.Title));
        Assert.Empty(made);
    }

    [Theory]
    [InlineData("Here are the two things that I'll be changing about how Feeds.app works:")]
    [InlineData("These are the changes I'll make to how the queue works in order to prevent this problem in the future:")]
    [InlineData("Things I have to do:")]
    public void A_sentence_introducing_changes_the_writer_will_make_introduces_items_even_past_a_dotted_name(string introducing)
    {
        var items = Items($"# Outage\n\nThe disk filled up and the site went down.\n\n{introducing}\n\n1. Run the nightly vacuum again\n2. Keep only the latest posts of each feed\n");

        Assert.Equal(["Run the nightly vacuum again", "Keep only the latest posts of each feed"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("A few things I have to point out about the timeline:")]
    [InlineData("These are the changes I'll walk through below, all shipped on 2023-03-04:")]
    [InlineData("## Steps we need to take to reproduce the crash")]
    public void Guard_a_list_of_remarks_shipped_changes_or_steps_to_reproduce_is_no_work_to_do(string introducing)
    {
        Assert.Empty(Items($"# Outage\n\nThe disk filled up and the site went down.\n\n{introducing}\n\n1. Open the editor\n2. Paste a long document\n"));
    }

    [Fact]
    public void A_promise_hard_wrapped_inside_html_paragraph_tags_is_one_whole_item()
    {
        const string text = "Outage\n\n<p>For about 12 hours no pageviews were stored.</p>\n\n<p>I'll improve the monitoring to also send alerts if the number of pageviews drops.\n"
            + "I'll also improve the integration testing (most of this code is tested already, but it's not\na full integration test yet).</p>\n";

        var items = Items(text);

        Assert.Equal(["I'll improve the monitoring to also send alerts if the number of pageviews drops.", "I'll also improve the integration testing (most of this code is tested already, but it's not a full integration test yet)."], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Why didn't our alerts prevent this?")]
    [InlineData("Lessons for the future")]
    public void A_heading_looking_back_or_telling_lessons_holds_no_action_items(string heading)
    {
        Assert.Empty(Items($"# Outage\n\nThe site was down.\n\n## {heading}\n\n- The disk alert was muted\n- Nobody watched the queue\n"));
    }

    [Fact]
    public void A_sentence_introducing_actions_wrapped_over_several_lines_still_introduces_the_list()
    {
        const string text = "# Outage\n\n## What happened\n\nMost immediately, some of the most important changes we will implement\nover the next month or two include:\n\n"
            + "1. Store binlogs on a separate server.\n2. Test full restores monthly.\n\nAfter that, the list below is history:\n\n- Restored the databases.\n";

        Assert.Equal(["Store binlogs on a separate server.", "Test full restores monthly."], Items(text).Select(a => a.Title));
    }

    [Theory]
    [InlineData("Looking Forward")]
    [InlineData("Looking ahead")]
    public void A_looking_forward_section_holds_action_items(string heading)
    {
        Assert.Equal(2, Items($"# Outage\n\n## {heading}\n\n- Store binlogs on a separate server.\n- Test full restores monthly.\n").Count);
    }

    [Fact]
    public void Follow_ups_told_inside_lessons_bullets_are_items_read_whole()
    {
        const string text = "# Login outage\n\n## Lessons Learned\n\n- **No errors is not no outage.** Detection needs signals tied to user outcomes: a login canary and an\n"
            + "  alert on missing logins (tracked in frontend #400, with dashboards).\n- **CI must test the deployment shape.** The path had no tests. Follow-up: a prod-shaped\n"
            + "  smoke job running the real image against a local backend.\n- **Proxies can be load-bearing.** Removing one changed request framing.\n";

        var titles = Items(text).Select(a => a.Title).ToList();

        Assert.Equal(2, titles.Count);
        Assert.Contains(titles, t => t.Contains("login canary", StringComparison.Ordinal) && t.EndsWith("with dashboards).", StringComparison.Ordinal));
        Assert.Contains("a prod-shaped smoke job running the real image against a local backend.", titles);
    }

    [Fact]
    public void A_sentence_that_only_mentions_a_ticket_is_not_tracked_work()
    {
        Assert.Empty(Items("# Outage\n\n## What happened\n\nThe bug was reported in #400 by a user and fixed the same day.\n"));
    }

    [Fact]
    public void A_heading_asking_what_we_are_going_to_do_about_it_holds_action_items()
    {
        var items = Items("# Pull requests stalled\n\n## What happened\n\nBuilds stalled.\n\n### What are we going to do about it?\n\n- Add exponential back-off to the API client\n- Trip a circuit breaker on API errors\n");

        Assert.Equal(["Add exponential back-off to the API client", "Trip a circuit breaker on API errors"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_promise_with_also_or_plan_on_is_an_action_item()
    {
        var items = Items("# Secrets leak\n\nWe rotated every token. We also plan on completely deprecating classic read and write tokens in the near future.\n");

        Assert.Contains(items, i => i.Title.Contains("deprecating classic read and write tokens", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_of_story_under_an_action_heading_give_no_items_and_a_short_action_paragraph_still_does()
    {
        var story = string.Join(" ", Enumerable.Range(1, 12).Select(n => $"Step {n} of the story moved traffic to the proxy."));
        var text = $"# Attacks\n\nCourse of action\n=============\n\n{story}\n\n{story.Replace("Step", "Phase", StringComparison.Ordinal)}\n";

        Assert.Empty(Items(text));
        Assert.Equal(2, Items("# Attacks\n\n## Next steps\n\nMove the proxy to its own host. Alert on null routes.\n").Count);
    }

    [Fact]
    public void Work_promised_as_what_we_will_be_doing_is_an_item_and_what_we_will_be_publishing_or_watching_is_not()
    {
        const string text = "# Disk full\n\nThe root disk filled up overnight. We'll also be taking a look at the logrotate configurations and tune them. "
            + "We will be publishing a full post-mortem next week. We'll be monitoring the disks closely. We will be adding an alert on disk usage.\n";

        Assert.Equal(["We'll also be taking a look at the logrotate configurations and tune them.", "We will be adding an alert on disk usage."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Work_said_to_be_ongoing_to_prevent_a_repeat_is_an_item_and_work_ongoing_to_restore_service_is_not()
    {
        const string text = "# CI outage\n\nThe build farm lost its cache. A fix is now in place. Work is also ongoing to scan all of our services for similar points of failure. "
            + "Work is ongoing to restore the remaining runners.\n";

        Assert.Equal(["Work is also ongoing to scan all of our services for similar points of failure."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_status_pages_template_tag_is_not_part_of_an_items_title()
    {
        const string text = "# API errors\n\nThe API returned errors.\n\n## Action items\n\n- Add an alert on the error rate {{< track \"2024-05-01 10:00:00\" >}}\n";

        Assert.Equal(["Add an alert on the error rate"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Plans_and_wishes_told_in_the_prose_are_items_and_thanks_or_apologies_are_not()
    {
        const string text = "# Bot outage\n\nThe bot was slow for weeks. In the future, we're looking at adding a paid tier. We are planning to move the database to its own host.\n"
            + "We'd like to rent a second server. I would like to apologize for the outage. We would like to thank everyone who helped. We're looking at the graphs.\n";

        Assert.Equal(["In the future, we're looking at adding a paid tier.", "We are planning to move the database to its own host.", "We'd like to rent a second server."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Work_the_team_says_it_is_developing_or_exploring_is_an_item_and_work_on_the_incident_itself_is_not()
    {
        const string text = "# Malware in a mod\n\nA mod shipped malware for four days.\n\n"
            + "In response, we are actively developing a shared system to quarantine known malicious files. "
            + "We're also investigating possible methods of sandboxing mods. "
            + "During the outage we are working on a fix. We are investigating the issue with our provider. We are working on restoring service. "
            + "We are currently evaluating the impact on customers. We are working on rolling back the latest deploy. We are actively developing a hotfix and exploring options to restore service sooner.\n";

        Assert.Equal(["In response, we are actively developing a shared system to quarantine known malicious files.", "We're also investigating possible methods of sandboxing mods."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Work_the_team_is_deploying_as_a_follow_up_is_an_item_and_deploying_the_fix_is_not()
    {
        const string text = "# Search outage\n\nThe index nodes filled their disks.\n\n"
            + "We are working on deploying disk usage alerts to every index node. We are also exploring deploying a second search cluster. We are working on deploying the fix to all regions.\n";

        Assert.Equal(["We are working on deploying disk usage alerts to every index node.", "We are also exploring deploying a second search cluster."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_list_under_a_long_story_in_an_action_section_still_gives_its_items()
    {
        var story = string.Join(" ", Enumerable.Range(1, 12).Select(n => $"Engineers {n} moved traffic to the proxy."));
        var text = $"# Outage\n\n## Action items\n\n{story}\n\n- Add an alert on null routes\n- Write a runbook for the proxy\n";

        Assert.Equal(["Add an alert on null routes", "Write a runbook for the proxy"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_story_longer_than_the_item_cap_does_not_crowd_out_the_list_below_it()
    {
        var story = string.Join("\n\n", Enumerable.Range(1, 26).Select(p => string.Join(" ", Enumerable.Range(1, 10).Select(n => $"Engineers {p}.{n} moved traffic to the proxy."))));
        var text = $"# Outage\n\n## Action items\n\n{story}\n\n- Add an alert on null routes\n- Write a runbook for the proxy\n";

        Assert.Equal(["Add an alert on null routes", "Write a runbook for the proxy"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_need_the_team_learnt_of_and_a_way_it_is_looking_into_are_items()
    {
        const string text = "# Mirror outage\n\n## Lessons\n\nWe learnt a lot. We also learnt from this that we need a staging environment that mirrors production.\n"
            + "We're also looking at what we can do for automated testing of the proxy config. We learnt that the cache was wrong.\n";

        Assert.Equal(["We also learnt from this that we need a staging environment that mirrors production.", "We're also looking at what we can do for automated testing of the proxy config."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Action_items_listed_in_a_sentence_are_one_item_a_part()
    {
        const string text = "# Leak\n\nThe keys were printed to public logs.\n\n<p>For this specific incident, our action items included tasks such as rotating keys, deleting CI logs after 48 hours, scanning execution logs for leaked secrets, and updating our incident process.</p>\n";

        Assert.Equal(["rotating keys", "deleting CI logs after 48 hours", "scanning execution logs for leaked secrets", "updating our incident process"], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("We are looking at something odd in the logs.")]
    [InlineData("We would like to sincerely apologize for the outage.")]
    [InlineData("I'd like to once again thank the team.")]
    [InlineData("We'd like to point out that no data was lost.")]
    [InlineData("We would like to remind customers to update their app.")]
    [InlineData("In this blog, I’ll talk about a serious incident that mobilized our whole team.")]
    [InlineData("In this section, I'll break down the steps of our incident response process.")]
    [InlineData("I’ll respond with updates when I know more.")]
    public void Remarks_to_the_reader_in_the_prose_are_not_items(string sentence)
    {
        Assert.Empty(Items($"# Outage\n\nThe site was down for an hour. {sentence}\n"));
    }

    [Fact]
    public void Bullets_under_a_title_that_names_a_lesson_are_not_items_and_a_lesson_that_only_looks_back_is_not_either()
    {
        Assert.Empty(Items("# A lesson in DNS\n\n- The resolver has to answer within 5 seconds\n- Our TTL must be short\n"));
        Assert.Empty(Items("# Outage\n\n## Lessons learned\n\n- The alert must have been muted for a week\n- Someone ought to have noticed\n"));
        Assert.Equal(["Every service must have an owner"], Items("# Outage\n\n## Lessons learned\n\n- Every service must have an owner\n").Select(i => i.Title));
    }

    [Theory]
    [InlineData("We will analyze this further in the subsequent problem management process.")]
    [InlineData("We will investigate the incident in more detail.")]
    [InlineData("We will try to get the first machines up but might not get everything running during the night.")]
    public void A_promise_to_look_at_the_incident_again_or_to_bring_the_service_back_is_not_an_item(string sentence)
    {
        Assert.Empty(Items($"# Outage\n\nThe site was down for an hour. {sentence}\n"));
    }

    [Theory]
    [InlineData("We will analyze query plans for every new endpoint before release.")]
    [InlineData("We will investigate this further so that we can add an alert for it.")]
    public void A_promise_to_analyse_something_of_the_system_is_still_work(string sentence)
    {
        Assert.Single(Items($"# Outage\n\nThe site was down for an hour. {sentence}\n"));
    }

    [Fact]
    public void Versions_branches_and_resources_listed_under_next_steps_are_not_work()
    {
        const string text = "# Testnet incident\n\n## Next steps\n\n- Coordinate the mass exit on Friday\n\n### Client releases and resources\n\n"
            + "**Execution layer released fixes:**\n- Geth: [v1.15.3](https://example.org/releases/v1.15.3)\n- Besu: 25.2.1\n\n"
            + "**Consensus layer fixes:**\n- Branch: `holesky-rescue`\n- Docker image: `org/beacon:rescue-5cb590f`\n\n**Links:**\n- Block verification script\n- Validator status tracking\n";

        Assert.Equal(["Coordinate the mass exit on Friday"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Advice_to_readers_under_prevention_is_not_the_teams_work_and_an_item_marked_done_first_is_done()
    {
        const string text = "# Incident\n\nThe node crashed on 2026-07-02.\n\n## Prevention\n\nNode operators should do all of the following:\n\n"
            + "1. **Run v11 or later.** It fixes the leak.\n2. **Back up the data volume regularly.** A daily snapshot helps.\n\n"
            + "## Next steps\n\n- (Done) Roll v11 across the fleet.\n- Restrict the public ports.\n";

        Assert.Equal([("Roll v11 across the fleet.", ActionStatus.Done), ("Restrict the public ports.", ActionStatus.Open)], Items(text).Select(i => (i.Title, i.Status)));
    }

    [Fact]
    public void A_prevention_section_of_the_teams_own_work_is_still_read()
    {
        Assert.Equal(2, Items("# Incident\n\nThe node crashed.\n\n## Prevention\n\nWe will do the following:\n\n- Run v11 everywhere\n- Back up the data volume daily\n").Count);
    }

    [Theory]
    [InlineData("## Fixes to be released\n\n- Retry the deposit sync on failure\n")]
    [InlineData("## Action items\n\n- Alerting: https://example.org/org/repo/issues/611\n")]
    [InlineData("## Action items\n\n- Upgrade: move every node to 1.15 before the fork\n")]
    public void Work_still_to_release_or_linked_to_its_ticket_is_still_an_item(string section)
    {
        Assert.Single(Items($"# Outage\n\nThe site was down for an hour.\n\n{section}"));
    }

    [Fact]
    public void A_promise_to_apply_or_clarify_something_is_work()
    {
        Assert.Equal(2, Items("# Outage\n\nThe site was down for an hour. We will apply the pending kernel patches. We will clarify the failover runbook.\n").Count);
    }

    [Theory]
    [InlineData("The follow-ups were assigned to Alice, Bob, and Carol.")]
    [InlineData("Next steps were discussed with legal, finance, and support.")]
    [InlineData("Unfortunately, we need a quorum of three nodes to elect a leader.")]
    [InlineData("To recover, we need a full reindex, which took four hours.")]
    public void Who_was_told_of_the_follow_ups_and_what_recovery_needed_are_not_items(string sentence)
    {
        Assert.Empty(Items($"# Outage\n\nThe site was down for an hour. {sentence}\n"));
    }

    [Fact]
    public void A_sentence_shaped_almost_like_an_inline_list_is_read_in_linear_time_and_gives_no_items()
    {
        // The shape that made the first version of the pattern backtrack without end (wide gaps after the commas, the
        // "and" one part too early); no clock is read, so a busy machine cannot fail it, but a pattern that backtracks
        // would not finish.
        var line = "Our next steps include wxyz" + string.Concat(Enumerable.Repeat(",            abcd", 12)) + " and efgh, ijkl.";
        var text = "# Outage\n\n" + string.Join("\n\n", Enumerable.Repeat(line, 200)) + "\n";

        Assert.Empty(Items(text));
    }

    [Fact]
    public void Lessons_under_a_what_went_poorly_heading_or_a_timeline_inside_lessons_are_not_items()
    {
        Assert.Empty(Items("## Lessons learned\n\n### What went poorly\n\n#### Database\n\n- The replica needs to be larger.\n"));
        Assert.Empty(Items("## Lessons learned\n\n### Timeline\n\n- 10:00 the on-call needs to restart the pod\n"));
    }

    [Fact]
    public void A_heading_with_a_time_under_an_explicit_action_items_heading_still_lists_actions()
    {
        Assert.Equal(["Add an alert on queue depth", "Page the database team"], Items("# Outage\n\n## Action items\n\n### Monitoring (review at the 10:30 standup)\n\n- Add an alert on queue depth\n- Page the database team\n").Select(i => i.Title));
    }

    [Theory]
    [InlineData("Our next steps include adding alerts, rotating keys and updating the runbook.")]
    [InlineData("Our next steps are adding alerts, rotating keys, and updating the runbook.")]
    public void An_inline_list_of_three_with_or_without_a_serial_comma_gives_three_items(string sentence)
    {
        Assert.Equal(["adding alerts", "rotating keys", "updating the runbook"], Items($"# Outage\n\nThe site was down for an hour. {sentence}\n").Select(i => i.Title));
    }

    [Theory]
    [InlineData("We have taken measures to make sure future outages are shorter, including ordering a spare switch, and adding a second uplink.")]
    [InlineData("We have put several safeguards in place against a repeat, such as ordering a spare switch and adding a second uplink.")]
    public void Measures_against_a_repeat_listed_in_a_sentence_are_one_item_a_part_and_done(string sentence)
    {
        var items = Items($"# Outage\n\nThe core switch failed and the site was down for an hour. {sentence}\n");

        Assert.Equal(["ordering a spare switch", "adding a second uplink"], items.Select(i => i.Title));
        Assert.All(items, i => Assert.Equal(ActionStatus.Done, i.Status));
    }

    [Fact]
    public void Changes_made_during_the_response_listed_in_a_sentence_are_not_items()
    {
        Assert.Empty(Items("# Outage\n\nThe core switch failed. We made several changes to restore service, including restarting the routers, and moving traffic to the backup site.\n"));
    }

    [Theory]
    [InlineData("We will be constantly monitoring the database servers' memory use to prevent a similar incident from happening in the future.", true)]
    [InlineData("We will keep watching the queue depth closely to catch this kind of problem earlier in future.", true)]
    [InlineData("We will be monitoring the situation closely.", false)]
    [InlineData("We apologise and will do everything we can to prevent this from happening again.", false)]
    public void A_promise_to_watch_something_against_a_repeat_is_an_item(string sentence, bool isItem)
    {
        Assert.Equal(isItem ? 1 : 0, Items($"# Outage\n\nThe database ran out of memory. {sentence}\n").Count);
    }

    [Fact]
    public void Changes_made_since_told_in_prose_under_an_actions_heading_are_done_items()
    {
        const string text = "Queue stalled\n\nSummary\n\nJobs were not dispatched for two hours.\n\nActions\n\n"
            + "We have added alerting on anomalies in the number of jobs dispatched. Additionally, we have increased the visibility of long-running dispatches.\n\n"
            + "We have also enhanced the observability of our feature flags. This would have cut the time to find the cause.\n";

        var items = Items(text);

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(ActionStatus.Done, i.Status));
    }

    [Fact]
    public void What_was_done_in_the_response_under_an_actions_taken_heading_is_not_an_item()
    {
        Assert.Empty(Items("# Outage\n\n## Actions taken\n\nWe have restarted the workers. We have failed the database over to the replica.\n"));
    }

    [Theory]
    [InlineData("Since then, we've corrected the scope of the background work that caused the load.", 1)]
    [InlineData("Since the incident, we have moved the job queue to its own database.", 1)]
    [InlineData("Since then, the queue has stayed short.", 0)]
    [InlineData("Then we restarted the workers and the queue drained.", 0)]
    public void A_change_made_since_the_incident_is_a_done_item(string sentence, int count)
    {
        var items = Items($"# Outage\n\nThe database load delayed every job for an hour. {sentence}\n");

        Assert.Equal(count, items.Count);
        Assert.All(items, i => Assert.Equal(ActionStatus.Done, i.Status));
    }

    [Fact]
    public void A_need_learnt_with_also_is_an_item()
    {
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. We learnt that we also need a staging site.\n"));
    }

    [Fact]
    public void A_checkbox_item_wrapped_over_indented_lines_is_one_item_anywhere_and_its_mark_gives_its_status()
    {
        const string text = "## What happened\n\n- [x] **Pin the config** so that only the server we pass\n      is used on every path.\n"
            + "- [N/A] **Replace the mode** as it was never\n      the cause.\n- [ ] Add a test of the options\n      the runner sends.\n"
            + "- [-] Move the backups\n- [~] Rotate the keys\n- [ ] Add a test of the options\n      twice over.\n";

        var items = Items(text);

        Assert.Equal(["Pin the config so that only the server we pass is used on every path.", "Replace the mode as it was never the cause.", "Add a test of the options the runner sends.", "Move the backups", "Rotate the keys"], items.Select(i => i.Title));
        Assert.Equal([ActionStatus.Done, ActionStatus.WontDo, ActionStatus.Open, ActionStatus.InProgress, ActionStatus.InProgress], items.Select(i => i.Status));
    }

    [Fact]
    public void Sentences_under_an_action_heading_that_open_with_a_word_that_narrates_are_not_items_and_a_verb_after_a_comma_still_is()
    {
        const string text = "## Corrective actions\n\nUnfortunately, this measure is not possible yet. Rather, the queries return a list. "
            + "Approximately 16 hours passed before we heard of it. Any such change needs a new bucket first. Add a security policy to the site. "
            + "Also, add an alert on disk usage. Only deploy during business hours. For each database, add a replica lag alert.\n";

        Assert.Equal(["Add a security policy to the site.", "Also, add an alert on disk usage.", "Only deploy during business hours.", "For each database, add a replica lag alert."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Names_from_the_code_or_a_table_of_data_under_an_action_heading_give_no_items_but_plain_words_links_and_tickets_do()
    {
        const string text = "## Corrective actions\n\nThese queries need introspection. Namely:\n\n- `COPYRIGHT_QUERY`\n- VISIBILITY_QUERY\n\n"
            + "| Resolver | Query |\n|---|---|\n| **Bureau** | bureaus |\n| **Region** | regions |\n\n- Alerting\n- OPS-12\n- https://example.org/acme/site/issues/95\n\n"
            + "| Fix | Owner |\n|---|---|\n| Rotate the keys | ana |\n";

        Assert.Equal(["Alerting", "OPS-12", "https://example.org/acme/site/issues/95", "Rotate the keys"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_team_resolving_or_planning_to_do_something_commits_to_it_and_one_that_will_be_somewhere_does_not()
    {
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. Additionally, the devops team resolves to periodically review DNS records.\n"));
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. The platform team will add an alert on disk use.\n"));
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. The teams involved will be adding alerts on disk use.\n"));
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. The database team intends to split the cluster.\n"));
        Assert.Empty(Items("# Outage\n\nThe site was down for an hour. The platform team will be on call this weekend.\n"));
        Assert.Empty(Items("# Outage\n\nThe site was down for an hour. The team will need a few days to know more.\n"));
        Assert.Single(Items("# Outage\n\nThe site was down for an hour. The SRE team plans to add rate limiting to the API.\n"));
    }

    [Fact]
    public void Story_sentences_and_placeholders_under_an_action_heading_are_not_items()
    {
        const string text = "## Corrective actions\n\nImmediate corrective action was taken to close the hole. No data was lost. Engineers were paged at 10:05 and restarted the proxy. "
            + "Yesterday, engineers rolled back the release. Now the cache is warmed on every deploy. Fix what was broken in the retry path.\n\n"
            + "## Action items\n\n- None\n- N/A\n- TBD\n";

        Assert.Equal(["Fix what was broken in the retry path."], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("| Mitigation | Team | Due |")]
    [InlineData("| Problem | Solution | ETA |")]
    [InlineData("| Work | Assigned to | Due date |")]
    public void An_action_table_with_everyday_column_names_gives_its_rows(string header)
    {
        var text = $"## Action items\n\n{header}\n|---|---|---|\n| Add a queue alert | sre | 2024-06-01 |\n";

        Assert.Single(Items(text));
    }

    [Theory]
    [InlineData("## Action items\n\n,  .   , Add an alert on disk use.\n")]
    [InlineData("## Action items\n\nAlso,\n")]
    [InlineData("## Action items\n\n  ,  \n")]
    public void Stray_punctuation_under_an_action_heading_is_read_without_failing(string text)
    {
        Assert.All(Items(text), item => Assert.False(string.IsNullOrWhiteSpace(item.Title)));
    }

    [Fact]
    public void Work_promised_in_the_passive_or_hedged_after_words_that_look_ahead_is_an_item()
    {
        const string text = "# Block production halted\n\nA container corrupted memory on a resize.\n\n"
            + "Going forward, a general replacement of the container will be [evaluated and tested](https://example.org/325). "
            + "The alert thresholds need to be revisited. "
            + "We're investigating the possibility of keeping the site online but read-only. "
            + "In the future, I might redeploy Prometheus to collect server metrics.\n";

        Assert.Equal(
            ["Going forward, a general replacement of the container will be evaluated and tested.", "The alert thresholds need to be revisited.",
                "We're investigating the possibility of keeping the site online but read-only.", "In the future, I might redeploy Prometheus to collect server metrics."],
            Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Working_with_another_party_to_add_something_is_an_item_and_working_with_them_to_restore_or_find_the_cause_is_not()
    {
        const string text = "# Dashboard script failed\n\nThe dashboard script did not load and our uptime alerts missed it.\n\n"
            + "We are also working with our monitoring vendor to set up an alert for the script loading. "
            + "We are working with the hosting company to determine the cause. "
            + "We are working with the provider to restore the remaining volumes. "
            + "We are working with our upstream provider to address the issue. "
            + "We are working with the vendor to roll back the faulty firmware. "
            + "We are working with AWS to increase our EBS throughput quota before peak season.\n";

        Assert.Equal(
            ["We are also working with our monitoring vendor to set up an alert for the script loading.", "We are working with AWS to increase our EBS throughput quota before peak season."],
            Items(text).Select(i => i.Title));
    }

    [Fact]
    public void What_will_happen_to_users_or_once_a_condition_holds_and_a_hedge_without_a_look_ahead_are_not_items()
    {
        const string text = "# Email delayed\n\nMail was queued for hours.\n\n"
            + "Affected users will be notified by email. Once the queue drains, the cache will be rebuilt. "
            + "I might redeploy the server if it happens again. In the future, we might have seen this sooner. The old host will be back tomorrow.\n";

        Assert.Empty(Items(text));
    }

    [Fact]
    public void An_after_action_report_heading_is_the_postmortem_and_only_its_action_items_section_gives_items()
    {
        const string text = "# After-action report\n\n## What went wrong\n\n- The hubs went down at 2:30 AM.\n- Several commits went through a single PR.\n\n"
            + "## Action items\n\n1. Develop a manual testing process for staging.\n2. Fix the pager alert for 5xx errors.\n";

        Assert.Equal(["Develop a manual testing process for staging.", "Fix the pager alert for 5xx errors."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Gaps_a_heading_says_were_identified_are_not_items_even_under_a_prevention_heading()
    {
        const string text = "# VM boot failure\n\n## Prevention and Monitoring\n\n### Long-term Improvements\n\n- Monitor EFI disk presence\n\n"
            + "### Monitoring Gaps Identified\n\n- No alerting on VM boot failures\n- Insufficient recovery testing\n";

        Assert.Equal(["Monitor EFI disk presence"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void The_lines_signing_the_document_under_the_action_items_are_not_items()
    {
        const string text = "# VM boot failure\n\n## Action Items\n\n- Create a disaster recovery testing schedule\n\n---\n\n"
            + "**Incident Commander**: Sam  \n**Contributors**: Infrastructure Team  \n**Review Date**: 2025-12-14  \n\n"
            + "*This postmortem will be reviewed in one week to assess progress on action items.*\n";

        Assert.Equal(["Create a disaster recovery testing schedule"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_heading_asking_what_we_can_do_to_improve_lists_actions()
    {
        const string text = "# Cluster outage\n\n## What can we do to improve?\n\n* Protect the public IPs from deletion.\n* Improve our network diagrams.\n";

        Assert.Equal(["Protect the public IPs from deletion.", "Improve our network diagrams."], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Measures_a_heading_says_were_implemented_are_not_open_items_and_ones_not_yet_implemented_are()
    {
        const string text = "# Data loss\n\n## Prevention Measures\n\n### Immediate Actions (IMPLEMENTED)\n\n- Database backup created\n\n"
            + "### Not yet implemented\n\n- Alert on asset count drops\n";

        Assert.Equal(["Alert on asset count drops"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Fixes_a_heading_says_were_deployed_shipped_or_merged_are_not_open_items_and_ones_still_to_be_deployed_are()
    {
        const string text = "# Data loss\n\n## Follow-up\n\n### Emergency fixes (Deployed)\n\n- Restore the project keyword model\n\n"
            + "### Changes shipped\n\n- Add a backup before each migration\n\n### Hotfixes merged\n\n- Guard the drop statement\n\n"
            + "### Fixes to be deployed\n\n- Alert on dropped tables\n\n### Not yet merged\n\n- Review every autogenerated migration\n\n"
            + "### Monitoring deployed services\n\n- Page on a failed health check\n\n### Why the migration was merged\n\n- Require a second reviewer\n";

        Assert.Equal(["Alert on dropped tables", "Review every autogenerated migration", "Page on a failed health check", "Require a second reviewer"], Items(text).Where(i => i.Status == ActionStatus.Open).Select(i => i.Title));
    }

    [Fact]
    public void A_table_with_a_status_column_under_a_heading_of_measures_implemented_gives_its_rows_with_their_status()
    {
        const string text = "# CI outage\n\n## Preventative Measures Implemented\n\n| Action | Status |\n|---|---|\n"
            + "| Document the incident | ✅ Complete (this report) |\n| Add a local validation script | 🔄 Planned |\n";

        var items = Items(text);

        Assert.Equal(["Document the incident", "Add a local validation script"], items.Select(i => i.Title));
        Assert.Equal([ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void A_table_without_a_status_column_under_a_heading_of_measures_implemented_gives_no_items()
    {
        Assert.Empty(Items("# CI outage\n\n## Preventative Measures Implemented\n\n| Action | Owner |\n|---|---|\n| Add a local validation script | Ana |\n"));
    }

    [Fact]
    public void A_product_name_in_the_title_over_the_whole_report_does_not_make_every_list_an_action_list()
    {
        const string text = "# Incident Report: GitHub Actions Platform Outage\n\n## Executive Summary\n\n- **Severity:** SEV-3\n- Workflows failed to start.\n\n"
            + "## Follow-up actions\n\n- Add a local validation script\n";

        Assert.Equal(["Add a local validation script"], Items(text).Select(i => i.Title));
    }

    [Theory]
    [InlineData("# Action Items\n\n## Short term\n\n- Alert on queue depth\n- Add a runbook\n\n## Long term\n\n- Shard the queue\n", 3)]
    [InlineData("# Follow-up actions\n\n## Monitoring\n\n- Alert on queue depth\n- Alert on lag\n", 2)]
    [InlineData("# Postmortem and follow-up actions\n\n## Monitoring\n\n- Alert on queue depth\n- Alert on lag\n", 2)]
    [InlineData("# Outage postmortem: action items\n\n## Monitoring\n\n- Alert on queue depth\n- Alert on lag\n", 2)]
    [InlineData("# GitHub Actions Outage\n\n## Impact\n\n- 300 builds failed\n- 40 releases were late\n", 0)]
    [InlineData("# Planned maintenance overran\n\n## Impact\n\n- 300 builds failed\n- 40 releases were late\n", 0)]
    [InlineData("# Outage caused by improvements to the cache layer\n\n## Impact\n\n- 300 builds failed\n- 40 releases were late\n", 0)]
    [InlineData("# API outage during planned work\n\n## Impact\n\n- 300 builds failed\n- 40 releases were late\n", 0)]
    [InlineData("# Action items: checkout outage\n\n## Monitoring\n\n- Alert on queue depth\n- Alert on lag\n", 2)]
    [InlineData("# Follow-up actions: checkout outage of March 2\n\n## Monitoring\n\n- Alert on queue depth\n- Alert on lag\n", 2)]
    public void A_top_heading_over_the_whole_document_lists_actions_unless_its_action_word_goes_on_into_a_name(string text, int count)
    {
        Assert.Equal(count, Items(text).Count);
    }

    [Theory]
    [InlineData("Complete by end of Q2")]
    [InlineData("Complete in 2 weeks")]
    [InlineData("Completed 50%")]
    [InlineData("Complete: No")]
    [InlineData("Complete (target Q3)")]
    [InlineData("Completed (50%)")]
    public void A_status_giving_a_due_date_or_a_share_leaves_the_item_open(string status)
    {
        var item = Assert.Single(Items($"## Action items\n\n| Action | Status |\n|---|---|\n| Shard the queue | {status} |\n"));

        Assert.Equal(ActionStatus.Open, item.Status);
    }

    [Theory]
    [InlineData("✅ Complete (this report)")]
    [InlineData("Completed in PR #12")]
    [InlineData("Completed 2024-03-05")]
    [InlineData("Completed on March 5")]
    [InlineData("Complete - merged #412")]
    [InlineData("Done")]
    public void A_status_that_says_complete_with_a_note_is_done(string status)
    {
        var item = Assert.Single(Items($"## Action items\n\n| Action | Status |\n|---|---|\n| Shard the queue | {status} |\n"));

        Assert.Equal(ActionStatus.Done, item.Status);
    }

    [Theory]
    [InlineData("Blocked")]
    [InlineData("Not yet")]
    [InlineData("In review")]
    [InlineData("Waiting on vendor")]
    public void A_table_under_a_heading_of_measures_implemented_with_a_row_not_done_gives_its_rows(string status)
    {
        var items = Items($"# Outage\n\n## Preventative measures implemented\n\n| Action | Status |\n|---|---|\n| Restart the primary | Done |\n| Add a replica | {status} |\n");

        Assert.Equal(["Restart the primary", "Add a replica"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Done", "Done")]
    [InlineData("✅", "✅")]
    [InlineData("Deployed", "Applied")]
    [InlineData("Merged", "Live")]
    public void A_table_of_steps_taken_with_no_status_left_to_do_gives_no_items(string first, string second)
    {
        Assert.Empty(Items($"# Outage\n\n## Actions taken\n\n| Action | Status |\n|---|---|\n| Restarted the primary | {first} |\n| Failed over to the replica | {second} |\n"));
    }

    [Fact]
    public void A_top_heading_of_actions_among_other_top_headings_still_lists_actions()
    {
        const string text = "# Summary\n\nThe queue stalled.\n\n# Actions\n\n## Monitoring\n\n- Alert on queue depth\n";

        Assert.Equal(["Alert on queue depth"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void An_action_subheading_about_closing_gaps_or_a_partly_implemented_list_still_gives_items()
    {
        const string text = "# Disk full\n\n## Action items (partially implemented)\n\n### Closing the monitoring gaps identified\n\n- Alert when free disk space drops below 20%\n- Add disk usage to the dashboard\n";

        Assert.Equal(["Alert when free disk space drops below 20%", "Add disk usage to the dashboard"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Story_told_with_have_to_be_and_a_note_about_the_postmortem_are_not_items()
    {
        const string text = "# Certificate outage\n\nWe realised the private key would have to be replaced too, because the old one had been deleted. "
            + "Each server has to be upgraded in turn, so the rollout took until 11:30 UTC. This postmortem will be reviewed at the next operations meeting.\n";

        Assert.Empty(Items(text));
    }

    [Fact]
    public void A_retrospective_heading_asking_what_could_be_improved_lists_observations_not_items()
    {
        const string text = "# Checkout outage\n\n## What could we improve?\n\n- The alert fired 20 minutes after the first errors.\n- Nobody on call knew the payment service.\n";

        Assert.Empty(Items(text));
    }

    [Fact]
    public void A_document_store_to_be_migrated_is_work_and_a_heading_asking_what_to_change_lists_actions()
    {
        Assert.Equal(["The document store will be migrated to a three-node replicated cluster."],
            Items("# Outage\n\nThe store was down.\n\nThe document store will be migrated to a three-node replicated cluster.\n").Select(i => i.Title));
        Assert.Equal(["Add a canary stage before every checkout release"],
            Items("# Outage\n\n## What should we change?\n\n- Add a canary stage before every checkout release\n").Select(i => i.Title));
    }

    [Fact]
    public void Gaps_identified_under_a_longer_heading_are_problems_not_items()
    {
        const string text = "# Disk full\n\n## Action items\n\n### Monitoring and alerting gaps identified\n\n- There was no alert on free disk space\n\n### Planned fixes\n\n- Alert when free disk space drops below 20%\n";

        Assert.Equal(["Alert when free disk space drops below 20%"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Boxes_drawn_with_symbols_are_checkboxes_with_their_status()
    {
        var items = Items("# Outage\n\n## Next steps\n\n1. ✅ Fix the repository errors\n2. 🔲 Deploy the safe-reboot script\n3. ☐ Add a health check\n");

        Assert.Equal([ActionStatus.Done, ActionStatus.Open, ActionStatus.Open], items.Select(i => i.Status));
        Assert.Equal("Deploy the safe-reboot script", items[1].Title);
    }

    [Fact]
    public void A_tick_in_a_list_of_merits_is_no_checkbox()
    {
        var items = Items("# Outage\n\n## Options considered\n\n### Pin the backend addresses\n\n- ✅ Guarantees the right network path\n- ✅ Simple to implement\n\n## Next steps\n\n- Pin the backend addresses\n");

        Assert.Equal(["Pin the backend addresses"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_checklist_under_an_action_heading_is_the_list_the_work_is_tracked_in()
    {
        const string text = "# Cluster reboots\n\n## Prevention strategies\n\n### 1. Add monitoring\nCreate specific monitors for:\n- Cluster quorum status\n- Node health\n\n"
            + "### 2. Document the escalation procedure\n\n1. Check cluster status first\n2. Verify quorum\n\n"
            + "## Recommended next steps\n\n- [x] Fix the repository errors\n- [ ] Deploy the safe-reboot script\n- [ ] Add cluster health monitoring\n- [ ] Document the runbook\n";

        Assert.Equal(["Fix the repository errors", "Deploy the safe-reboot script", "Add cluster health monitoring", "Document the runbook"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_checklist_does_not_hide_the_items_of_an_explicit_action_heading_or_count_outside_one()
    {
        const string explicitHeading = "# Outage\n\n## Action items\n\n- Add an alert on disk space\n- Document the restore\n\n"
            + "## Actions\n\n- [ ] Incident is over\n- [ ] Sections above are filled out\n- [ ] Items above have issues\n";
        const string hypotheses = "# Outage\n\n## Active hypotheses\n\n- [ ] H1: the relay\n- [ ] H2: the kernel\n- [ ] H3: the switch\n\n"
            + "## Prevention\n\n- Deploy both routers together\n";

        Assert.Contains("Add an alert on disk space", Items(explicitHeading).Select(i => i.Title));
        Assert.Contains("Deploy both routers together", Items(hypotheses).Select(i => i.Title));
    }

    [Fact]
    public void Immediate_actions_under_the_resolution_are_steps_taken_not_work_to_come()
    {
        const string text = "# Token leaked\n\n## Resolution\n\n### Immediate Actions\n1. Removed the plan file from Git\n2. Force pushed to remove the file\n\n"
            + "## Prevention\n\n### Action Items\n- [ ] Document the Terraform workflow\n- [ ] Add a pre-commit hook\n";

        Assert.Equal(["Document the Terraform workflow", "Add a pre-commit hook"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void A_symbol_under_an_action_heading_is_a_box_with_its_status_even_with_no_empty_box_in_the_list()
    {
        var items = Items("# Queue outage\n\n## Action items\n\n1. ✅ Add alerting on queue depth\n2. ⏳ Migrate to a managed broker\n3. Rewrite the broker runbook\n");

        Assert.Equal([ActionStatus.Done, ActionStatus.InProgress, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void Ticks_under_a_heading_of_actions_taken_are_steps_done_not_items()
    {
        Assert.Equal(["Add a deployment check"], Items("# Lockdown off\n\n**Immediate Actions Taken**:\n1. ✅ Re-enabled the lockdown\n2. ✅ Added audit logging\n\n## Action items\n\n- Add a deployment check\n").Select(i => i.Title));
    }

    [Fact]
    public void A_checklist_hides_neither_a_plain_list_under_a_softer_heading_nor_anything_when_its_boxes_are_ticked_off()
    {
        const string plain = "# Queue outage\n\n## Action items\n\n- [ ] Add a dead-letter queue\n- [ ] Cap retries at five\n- [ ] Page on consumer lag\n\n"
            + "## Preventive measures\n\n- Load test the consumers before each release\n";
        const string ticked = "# Queue outage\n\nGoing forward, we will take these steps:\n\n- Add a dead-letter queue for poison messages\n\n"
            + "## Remediation (completed)\n\n- [x] Drained the stuck queue\n- [x] Restarted the consumers\n- [x] Replayed the failed jobs\n\n"
            + "## Preventive measures\n\n- Alert on consumer lag above five minutes\n";

        Assert.Contains("Load test the consumers before each release", Items(plain).Select(i => i.Title));
        Assert.Contains("Alert on consumer lag above five minutes", Items(ticked).Select(i => i.Title));
        Assert.Contains("Add a dead-letter queue for poison messages", Items(ticked).Select(i => i.Title));
    }

    [Fact]
    public void Immediate_items_under_action_items_in_a_post_titled_with_response_times_are_work_to_come()
    {
        const string text = "# Postmortem: Elevated API response times\n\n## Summary\n\nAPI latency rose.\n\n## Action items\n\n### Immediate\n\n"
            + "- Add the missing index on orders\n- Alert on p99 latency above one second\n\n### Long-term\n\n- Review query plans in CI\n";

        Assert.Equal(3, Items(text).Count);
    }

    [Fact]
    public void Steps_to_follow_each_time_something_is_done_are_a_procedure_not_work_to_do_once()
    {
        var items = Items("# Outage\n\n## Prevention\n\nWhen adding a new cross-origin asset to an isolated page:\n\n1. Return an allow-origin header.\n2. Scope the rule to the smallest path.\n\n"
            + "Before every release:\n\n- Run the smoke tests\n\nWe will also:\n\n- Add a Safari check to CI\n");

        Assert.Equal(["Add a Safari check to CI"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_conditional_opening_that_promises_work_or_stands_under_action_items_still_lists_items()
    {
        Assert.Equal(["Move the fonts to our own origin"], Items("# Outage\n\n## Prevention\n\nWhen the CDN contract ends, we will:\n\n- Move the fonts to our own origin\n").Select(i => i.Title));
        Assert.Equal(["Add a header check"], Items("# Outage\n\n## Action items\n\nBefore the next release:\n\n- Add a header check\n").Select(i => i.Title));
    }

    [Fact]
    public void Boxes_of_a_checklist_run_each_time_are_not_items_but_a_follow_up_checklist_is()
    {
        Assert.Equal(["Set up uptime monitoring"], Items("# Outage\n\n## Prevention checklist\n\n### Before every deployment\n\n- [ ] Run the full test suite\n- [ ] Build locally\n\n"
            + "## Step 1: Verify the rollback\n\n- [ ] Login page loads\n\n## Future improvements\n\n- [ ] Set up uptime monitoring\n").Select(i => i.Title));
        Assert.Equal(["Pin the base image", "Add a canary stage"], Items("# Outage\n\n## Follow-up checklist\n\n- [ ] Pin the base image\n- [ ] Add a canary stage\n").Select(i => i.Title));
    }

    [Fact]
    public void Steps_under_a_timeline_or_under_what_was_attempted_are_not_items()
    {
        Assert.Equal(["Add schema validation to CI"], Items("# Outage\n\n## Timeline\n\n### Investigation and fixes\n\n- 11:56 AM - Fixed the field access\n- Re-enabled the fragment\n\n"
            + "## Attempted fixes\n\n### Session 1\n\n**Actions:**\n- ✅ Increased swap\n- ✅ Created a retention config\n\n**Result:** Partially successful\n\n## Post-incident actions\n\n- [ ] Add schema validation to CI\n").Select(i => i.Title));
    }

    [Fact]
    public void A_top_heading_named_timeline_over_the_whole_document_does_not_hide_its_action_items()
    {
        Assert.Equal(["Harden account management", "Draw the architecture"], Items("# Timeline\n\n- 10:00 disk full\n\n## Action items\n\n- Harden account management\n- Draw the architecture\n").Select(i => i.Title));
    }

    [Fact]
    public void Labelled_facts_at_the_end_of_an_action_section_are_not_items()
    {
        Assert.Equal(["Add schema validation to CI"], Items("# Outage\n\n## Post-incident actions\n\n- [ ] Add schema validation to CI\n\n---\n\n**Incident resolved at:** 12:11 PM EST, July 24, 2025\n"
            + "**Total downtime:** ~30 minutes\n**Next review:** September 1, 2025\n").Select(i => i.Title));
    }

    [Fact]
    public void Beside_a_heading_that_names_the_actions_possible_improvements_and_recommendations_are_ideas()
    {
        var text = "# Outage\n\n### Possible improvements\n\n- multi-node control plane\n- chaos engineering\n\n### Actions\n\n- Move incident reports to the manual\n- Add a health check\n\n### Recommendations\n\n- move to a managed service\n";

        Assert.Equal(["Move incident reports to the manual", "Add a health check"], Items(text).Select(i => i.Title));
        Assert.Equal(["multi-node control plane", "move to a managed service"], Items("# Outage\n\n### Possible improvements\n\n- multi-node control plane\n\n### Recommendations\n\n- move to a managed service\n").Select(i => i.Title));
    }

    [Fact]
    public void Recommendations_set_under_an_action_heading_beside_its_actions_are_part_of_the_plan()
    {
        var text = "# Outage\n\n## Prevention\n\n### Immediate actions\n\n1. Enable auto-start on the VM\n\n### Monitoring recommendations\n\n1. Alert on the cluster service state\n2. Alert on the mount status\n\n## Recommendations\n\n- move to a managed service\n";

        Assert.Equal(["Enable auto-start on the VM", "Alert on the cluster service state", "Alert on the mount status"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Recommended_ideas_under_prevention_beside_what_was_done_are_not_the_work_an_action_table_lists()
    {
        var text = "# Outage\n\n## Prevention measures\n\n### Implemented\n\n1. ✅ Fixed the project names\n\n### Recommended\n\n1. **Pre-deployment backups:**\n   run the backup first\n\n2. Set up volume monitoring\n\n"
            + "## Action items\n\n| Priority | Action | Owner | Status |\n|---|---|---|---|\n| P1 | Add a user count health check | Backlog | TODO |\n| P2 | Create a deployment checklist | Backlog | TODO |\n";

        Assert.Equal(["Add a user count health check", "Create a deployment checklist"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Recommended_work_under_an_action_heading_that_holds_the_plain_list_is_part_of_the_plan()
    {
        var text = "# Outage\n\n## Prevention\n\n### Immediate actions\n\n1. Enable auto-start on the VM\n\n### Recommended\n\n1. Alert on the mount status\n";

        Assert.Equal(["Enable auto-start on the VM", "Alert on the mount status"], Items(text).Select(i => i.Title));
    }

    [Fact]
    public void Completed_actions_beside_recommendations_leave_the_recommendations_as_the_work()
    {
        Assert.Equal(["Add an alert on the setting"], Items("# Outage\n\n## Resolution actions\n\n### Immediate actions (completed)\n\n- Enabled the lockdown\n\n## Recommendations\n\n- Add an alert on the setting\n").Select(i => i.Title));
    }

    [Theory]
    [InlineData("Create a dedicated incident channel [IBG] [done]", "Create a dedicated incident channel [IBG]")]
    [InlineData("Rotate the keys (completed)", "Rotate the keys")]
    [InlineData("Add a canary stage ✅", "Add a canary stage")]
    public void An_item_that_says_at_its_end_it_is_done_is_done(string line, string title)
    {
        var item = Items($"# Outage\n\n## Action items\n\n- {line}\n").Single();

        Assert.Equal(title, item.Title);
        Assert.Equal(ActionStatus.Done, item.Status);
    }

    [Theory]
    [InlineData("We've revoked all legacy API keys.")]
    [InlineData("It's been patched on every host.")]
    [InlineData("We'd previously run the connection numbers by hand.")]
    public void A_sentence_opening_with_a_contraction_under_an_action_heading_tells_what_was_done(string sentence)
    {
        Assert.Empty(Items($"# Outage\n\n## Remediation\n\n{sentence}\n"));
    }

    [Fact]
    public void Dont_opening_a_sentence_under_an_action_heading_still_tells_what_to_do()
    {
        Assert.Single(Items("# Outage\n\n## Remediation\n\nDon't deploy on Fridays without a second reviewer.\n"));
    }

    [Theory]
    [InlineData("I’m putting a disk monitor in place for immediate alerting.", true)]
    [InlineData("We're adding a new alert on certificate expiry.", true)]
    [InlineData("We are setting up automated backups of the audience list.", true)]
    [InlineData("We are adding capacity to the cluster right now.", false)]
    public void A_new_thing_being_set_up_told_in_the_present_is_a_promise_and_the_response_itself_is_not(string sentence, bool isItem)
    {
        var items = Items($"# Disk full on 2017-10-17\n\nThe wiki was down because the disk was full. It is resolved now.\n\n{sentence}\n");

        Assert.Equal(isItem, items.Count > 0);
    }

    [Theory]
    [InlineData("1. Add a post-reboot validation checklist for:\n   - node-level network state\n   - etcd member reachability\n   - apiserver health\n")]
    [InlineData("- Add alerts on:\n  - disk usage above 85%\n  - replication lag\n")]
    public void An_item_that_stops_on_a_preposition_before_its_colon_is_the_work_and_the_bullets_under_it_its_details(string item)
    {
        var text = "# Outage\n\n## Corrective actions\n\n1. Rotate the node keys before they expire.\n" + item + "1. Consider a break-glass kubeconfig.\n";

        var items = Items(text);

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Add ", items[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_that_stops_on_a_preposition_before_its_colon_is_text_not_a_section_heading()
    {
        var document = LegacyDocumentParser.Parse("# Outage\n\n- Add a post-reboot validation checklist for:\n  - etcd member reachability\n\nTimeline:\n\n- 10:00 the disk filled\n");

        Assert.Equal(LineKind.Text, document.Lines.Single(l => l.Text.StartsWith("- Add a post-reboot", StringComparison.Ordinal)).Kind);
        Assert.Equal(LineKind.Heading, document.Lines.Single(l => l.Text == "Timeline:").Kind);
    }

    [Theory]
    [InlineData("**Immediate (2026-06-20 morning):** Manually re-issued the deploy for the one affected container.")]
    [InlineData("**Short term (2026-06-21):** Restarted the ingest workers one by one.")]
    public void A_labelled_line_whose_label_gives_the_day_it_was_done_is_a_step_of_the_response_not_an_item(string line)
    {
        var items = Items("# Outage\n\n## Remediation\n\n" + line + "\n\n**Alerting:** page when the deployed hash lags the latest for ten minutes.\n");

        Assert.Equal(["Alerting: page when the deployed hash lags the latest for ten minutes."], items.Select(i => i.Title));
    }

    [Fact]
    public void A_labelled_line_whose_label_names_work_to_come_with_a_past_form_stays_an_item()
    {
        var items = Items("# Outage\n\n## Remediation\n\n**Improved alerting:** page on queue depth above 1,000.\n");

        Assert.Equal(["Improved alerting: page on queue depth above 1,000."], items.Select(i => i.Title));
    }

    [Fact]
    public void Notes_after_an_items_words_give_its_owner_due_day_priority_and_status()
    {
        const string text = "## Action items\n\n1. **Add query plan checks to CI** (Owner: @db-team, Due: 2025-08-10)\n2. Audit the other domains (in progress)\n"
            + "3. Raise the worker memory limit to 4GB \u2014 *done*\n4. Alert on replica lag [P1, @ana]\n5. Write the failover runbook - owner: sre\n";

        var items = Items(text);

        Assert.Equal(["Add query plan checks to CI", "Audit the other domains", "Raise the worker memory limit to 4GB", "Alert on replica lag", "Write the failover runbook"], items.Select(i => i.Title));
        Assert.Equal(["@db-team", null, null, "@ana", "sre"], items.Select(i => i.Owner));
        Assert.Equal([new DateOnly(2025, 8, 10), null, null, null, null], items.Select(i => i.Due));
        Assert.Equal([ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Open, ActionStatus.Open], items.Select(i => i.Status));
        Assert.Equal("P1", items[3].Priority);
    }

    [Theory]
    [InlineData("Retry the upload (up to 3 times)")]
    [InlineData("Move the cache to its own host (see the design doc)")]
    [InlineData("Page the on-call owner - not the whole team")]
    [InlineData("Set a due date for every follow-up (owner: TBD, next quarter)")]
    public void Words_after_an_item_that_are_not_all_notes_stay_part_of_it(string item)
    {
        var items = Items("## Action items\n\n- " + item + "\n");

        Assert.Equal([item], items.Select(i => i.Title));
        Assert.Null(items[0].Owner);
    }

    [Fact]
    public void An_owner_not_yet_chosen_is_no_owner()
    {
        var items = Items("## Action items\n\n- Rotate the deploy keys (owner: TBD)\n");

        Assert.Equal(["Rotate the deploy keys"], items.Select(i => i.Title));
        Assert.Null(items[0].Owner);
    }

    [Fact]
    public void A_status_pages_earlier_updates_after_the_write_ups_posted_stamp_are_not_items()
    {
        var items = Items("Postmortem\n\nRemediation Plan\n\nWe are looking to improve our upgrade process by:\n\n"
            + "  • Investigating ways to keep table settings as code\n  • Ensuring statistics are recalculated after an upgrade\n"
            + "Posted Aug 02, 2022 - 12:51 PDT\n\nResolved\nThis incident has been resolved.\nPosted Jul 21, 2022 - 03:43 PDT\n"
            + "Monitoring\nA fix has been implemented and we are monitoring the results.\nPosted Jul 21, 2022 - 03:18 PDT\n");

        Assert.Equal(["Investigating ways to keep table settings as code", "Ensuring statistics are recalculated after an upgrade"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_status_pages_updates_stamped_with_a_day_and_time_alone_are_not_items_either()
    {
        var items = Items("Postmortem\n\nFollow-up actions\n  • Validate health check paths in CI\n  • Add an alert on the share of healthy backends\n"
            + "Mar 10, 2025 - 09:12 UTC\n\nResolved\nThis incident has been resolved.\nMar 3, 2025 - 14:52 UTC\n\n"
            + "Investigating\nWe are investigating elevated error rates on the API.\nMar 3, 2025 - 14:10 UTC\n");

        Assert.Equal(["Validate health check paths in CI", "Add an alert on the share of healthy backends"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Additional improvements include setting up alerts for spikes in cache load, monitoring sustained autoscaler limits, and adding a dashboard.", 3)]
    [InlineData("The primary fix involves resizing the cache pools, alongside creating dedicated pools for tasks like ingest, web, and background jobs.", 2)]
    public void Improvements_a_sentence_lists_under_a_remediation_heading_are_one_item_a_part(string sentence, int parts)
    {
        var items = Items("## Remediation and Prevention\n\n" + sentence + "\n");

        Assert.Equal(parts, items.Count);
        Assert.DoesNotContain(items, i => i.Title.StartsWith("alongside", StringComparison.Ordinal) || i.Title.Contains("include", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_a_fix_told_in_the_story_is_no_list_of_work()
    {
        var items = Items("## What happened\n\nThe primary fix involves resizing the cache pools, alongside creating dedicated pools for ingest.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("## Details of Fix\n\nThe following fixes were implemented:\n\n1. The withdraw logic was corrected.\n1. All strategies have been checked. A plan is also being reviewed to have health checks enabled by default upon deployment.\n")]
    [InlineData("## What happened\n\nThe vault was paused and the loss was covered. A proposal is being drafted to require two signers for every harvest.\n")]
    public void A_plan_being_reviewed_to_change_something_is_open_work_even_among_fixes_made(string text)
    {
        var items = Items(text);

        Assert.Contains(items, i => i.Status == ActionStatus.Open && (i.Title.StartsWith("A plan", StringComparison.Ordinal) || i.Title.StartsWith("A proposal", StringComparison.Ordinal)));
    }

    [Fact]
    public void Guard_a_plan_reviewed_to_restore_service_is_the_response()
    {
        var items = Items("## What happened\n\nA plan was reviewed to restore the vault, and the loss was covered.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("## Actions\n\nWe've corrected the consumer's acknowledgement handling and have implemented an alert on queue age.\n")]
    [InlineData("## What happened\n\nThe consumer stopped acknowledging messages. Since the incident, we've corrected the consumer's acknowledgement handling and have implemented an alert on queue age.\n")]
    [InlineData("## Actions\n\nWe've corrected the consumer's acknowledgement handling and we've also implemented an alert on queue age.\n")]
    [InlineData("## Actions\n\nWe have corrected the handling of acknowledgements that arrive late, and we have also implemented an alert on queue age.\n")]
    public void Two_changes_told_as_made_in_one_sentence_are_two_done_items(string text)
    {
        var items = Items(text);

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(ActionStatus.Done, i.Status));
        Assert.StartsWith("implemented an alert on queue age", items[1].Title, StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Title.EndsWith(",", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_made_by_the_subject_of_a_relative_clause_is_not_split_off()
    {
        var items = Items("## Actions\n\nSince then, we have written a script to find accounts that were locked out and have changed their password.\n");

        Assert.DoesNotContain(items, i => i.Title.StartsWith("changed their password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## Next steps\n\nThe immediate fix involves rolling back the consumer release, restarting the workers, and draining the backlog.\n")]
    [InlineData("## Remediation\n\nCurrent mitigations include throttling the producers and pausing the batch jobs.\n")]
    public void Response_steps_listed_as_what_a_fix_involves_are_no_items(string text)
    {
        Assert.Empty(Items(text));
    }

    [Fact]
    public void Improvements_that_restart_or_throttle_something_are_still_work_ahead()
    {
        var items = Items("## Next steps\n\nFurther improvements include restarting the workers nightly, throttling bulk exports, and documenting the drain.\n");

        Assert.Equal(["restarting the workers nightly", "throttling bulk exports", "documenting the drain"], items.Select(i => i.Title.TrimEnd('.')));
    }

    [Fact]
    public void Guard_response_steps_among_what_a_fix_involves_are_dropped_and_the_rest_kept()
    {
        var items = Items("## Next steps\n\nThe fix involves rolling back the release, adding a lag alert, and documenting the drain.\n");

        Assert.Equal(["adding a lag alert", "documenting the drain"], items.Select(i => i.Title.TrimEnd('.')));
    }

    [Theory]
    [InlineData("We are currently reviewing the affected accounts.")]
    [InlineData("We are moving the remaining customers to the new cluster.")]
    [InlineData("We are now auditing all of the impacted orders.")]
    public void Working_through_the_incidents_leftovers_under_a_remediation_heading_is_no_item(string sentence)
    {
        Assert.Empty(Items("## Remediation\n\n" + sentence + "\n"));
    }

    [Theory]
    [InlineData("We are currently working on re-populating the data from this 5-minute window.")]
    [InlineData("We are working on backfilling the events lost between 04:50 and 04:56.")]
    [InlineData("The migration was reverted, and we are now re-populating the missing rows from the replica.")]
    public void Putting_lost_data_back_is_part_of_the_response_not_an_item(string sentence)
    {
        Assert.Empty(Items("## Summary\n\nThe migration deleted data. " + sentence + "\n"));
    }

    [Fact]
    public void Guard_work_promised_after_putting_lost_data_back_is_still_an_item()
    {
        var items = Items("## Summary\n\nThe migration deleted data. We are working on re-populating the data from this 5-minute window, and will add a check to catch dropped events.\n");

        Assert.Single(items);
    }

    [Fact]
    public void Guard_reviewing_part_of_the_system_under_a_remediation_heading_is_work_under_way()
    {
        Assert.Single(Items("## Remediation\n\nWe are currently reviewing our alert thresholds for the login service.\n"));
    }

    [Fact]
    public void A_change_being_prepared_to_roll_back_is_the_response()
    {
        var items = Items("## Follow-up\n\nA change is being prepared to roll back the registry configuration.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("We will look to update here by 03:20 UTC with details.")]
    [InlineData("We will next update at 03:45 UTC.")]
    [InlineData("The team will begin to start up customer workloads in the next 10 minutes.")]
    [InlineData("The support team will continue to provide updates as we receive them.")]
    [InlineData("We will roll out the fix to the remaining regions by 18:00 UTC.")]
    [InlineData("We will perform emergency maintenance on the database at 22:00 UTC.")]
    [InlineData("The cause is known and we will upgrade the database cluster at 22:00 UTC tonight.")]
    [InlineData("We will bring every remaining node back online by 04:00 UTC.")]
    [InlineData("We will roll out the fix to every region by 18:00 UTC.")]
    [InlineData("We will resume the nightly backups at 04:00 UTC once power is stable.")]
    [InlineData("We will check that all queued jobs have drained by 15:00 UTC.")]
    public void A_live_updates_next_step_is_no_follow_up(string sentence)
    {
        Assert.Empty(Items("# Site power issue\n\n2026-07-13 02:20 UTC\n\nThe team is working to make sure all components are operational. " + sentence + "\n"));
    }

    [Theory]
    [InlineData("We will no longer deploy to production after 4pm PST on Fridays.")]
    [InlineData("We will also move the nightly reindex job to run at 03:00 UTC, outside peak traffic.")]
    [InlineData("We will start running the reindex job at 03:00 UTC each night instead of during peak.")]
    [InlineData("We will run the reindex job at 03:00 UTC, when traffic is at its lowest.")]
    [InlineData("We will perform a controlled failover test on Saturday, March 9 at 14:00 UTC to validate the new configuration.")]
    [InlineData("We will upgrade the Redis cluster that failed at 14:05 UTC to a version with the eviction fix.")]
    [InlineData("We will change the backup schedule so that it will run at 04:00 UTC, after the batch import finishes.")]
    [InlineData("We will run the backup verification job every night at 02:00 UTC.")]
    [InlineData("We will roll out the permanent fix tomorrow at 10:00 UTC.")]
    public void Guard_a_lasting_change_that_names_a_clock_time_is_follow_up(string sentence)
    {
        Assert.Single(Items("# Checkout outage\n\nThe reindex job slowed checkout at peak.\n\n## Lessons learned\n\n" + sentence + "\n"));
    }

    [Fact]
    public void Guard_a_promised_alert_that_fires_within_minutes_of_a_symptom_is_follow_up()
    {
        Assert.Single(Items("# Replica lag\n\nThe replica fell behind. We will add an alert that fires within the next 5 minutes of replication lag.\n"));
    }

    [Fact]
    public void Guard_a_promise_for_the_weeks_ahead_in_an_update_is_still_follow_up()
    {
        Assert.Single(Items("# Site power issue\n\n2026-07-13 02:20 UTC\n\nPower is back. Over the next few weeks we will add a second power feed to the racks.\n"));
    }

    [Fact]
    public void Amending_part_of_the_system_is_work_and_amending_the_post_is_not()
    {
        var items = Items("# IPv6 outage\n\nThe monitoring did not test IPv6 on its own. We will amend our test suite to cover this as an additional case. We will amend this post as we learn more.\n");

        Assert.Equal(["We will amend our test suite to cover this as an additional case."], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("At 14:12 UTC we opened a ticket to investigate the latency alerts.")]
    [InlineData("At 14:25 UTC we opened an internal ticket to coordinate the response across teams.")]
    [InlineData("We opened a ticket to investigate and paged the storage team.")]
    public void A_ticket_opened_during_the_response_is_the_response(string sentence)
    {
        Assert.Empty(Items("# Slow checkout\n\n## What happened\n\nOn March 3, 2024 at 14:05 UTC write latency on the primary rose sharply and checkout slowed down. "
            + sentence + " At 15:10 UTC latency returned to normal.\n"));
    }

    [Fact]
    public void A_ticket_opened_to_escalate_the_trouble_is_the_response()
    {
        Assert.Empty(Items("# Timeouts\n\n## What happened\n\nWe opened a ticket to escalate the timeouts to the provider's network team, and they found a faulty router on their side.\n"));
    }

    [Theory]
    [InlineData("# Cache memory\n\n## What happened\n\nThe cache nodes ran out of memory. We have opened a ticket to investigate why the cache nodes did not evict old keys.\n")]
    [InlineData("# Cache memory\n\nThe cache nodes ran out of memory.\n\n## Follow-up\n\nWe filed a ticket to look into the memory growth on the cache nodes.\n")]
    [InlineData("# Cache memory\n\nThe cache nodes ran out of memory.\n\n## Next steps\n\nWe filed a ticket to add retries to the client and escalated it to the platform team.\n")]
    public void A_ticket_filed_to_investigate_the_cause_is_open_work(string text)
    {
        Assert.Single(Items(text));
    }

    [Fact]
    public void A_ticket_filed_to_make_a_change_is_open_work_and_the_change_joined_to_it_is_made()
    {
        var items = Items("# Redis outage\n\nThe issue has been resolved. To prevent its recurrence, we have [filed a\nticket](https://tracker.example.org/251) to make our caching system more\ntolerant of Redis outages, and [added an alarm](https://lists.example.org/p/11360) to detect this kind of issue earlier.\n");

        Assert.Equal(2, items.Count);
        Assert.Equal(ActionStatus.Open, items[0].Status);
        Assert.Contains("caching system more tolerant", items[0].Title, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Done, items[1].Status);
        Assert.StartsWith("added an alarm", items[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_a_ticket_filed_with_the_providers_support_is_no_work_of_ours()
    {
        Assert.Empty(Items("# Outage\n\nWe opened a ticket with the provider's support to ask what happened.\n"));
    }

    [Fact]
    public void A_change_the_team_will_be_prioritising_is_work()
    {
        var items = Items("# Database outage\n\n## Future Solutions\n\nWe are actively monitoring the fix. We will be prioritizing graceful degradation across all our services.\n");

        Assert.Equal(["We will be prioritizing graceful degradation across all our services."], items.Select(i => i.Title));
    }

    [Fact]
    public void Work_the_team_commits_to_under_actions_taken_is_still_open()
    {
        var items = Items("# Governance attack\n\n## Actions taken by our team\n\nWe minted the lost funds back to the account. We intend to get in contact with the attacker and talk about returning the funds. We will continue to monitor the chain.\n");

        var item = Assert.Single(items);
        Assert.StartsWith("We intend to get in contact", item.Title, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Open, item.Status);
    }

    [Fact]
    public void A_status_written_in_another_column_of_a_table_without_a_status_column_is_the_items_status()
    {
        var items = Items("## Action items\n\n| Action | Owner | Reference |\n| --- | --- | --- |\n| Alert on queue depth | Ana | [Done](https://example.org/pr/7) |\n"
            + "| Raise the pool size | Done | |\n| Write the failover runbook | Ben | |\n");

        Assert.Equal([ActionStatus.Done, ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }

    [Fact]
    public void Guard_a_tick_in_a_column_of_its_own_or_a_word_of_data_is_no_status()
    {
        var items = Items("## Action items\n\n| Action | P1 | P2 |\n| --- | --- | --- |\n| Alert on queue depth | x | |\n| Raise the pool size | | yes |\n"
            + "| Stop shipping index changes at once | Progressive rollout | |\n| Add retries to billing | Cancellation flow | |\n| Buy spare disks | Fixed | |\n");

        Assert.All(items, i => Assert.Equal(ActionStatus.Open, i.Status));
        Assert.Equal(5, items.Count);
    }

    [Fact]
    public void A_column_for_the_state_of_something_else_is_not_the_items_status()
    {
        var items = Items("## Action items\n\n| Action | Port state after change | Owner |\n|---|---|---|\n| Document which ports the VPN needs | Closed | @net |\n| Add a VPN probe | Open | @net |\n");

        Assert.All(items, i => Assert.Equal(ActionStatus.Open, i.Status));
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Guard_a_column_for_the_works_state_is_its_status()
    {
        var items = Items("## Action items\n\n| Action | Current state | Owner |\n|---|---|---|\n| Document which ports the VPN needs | Closed | @net |\n| Add a VPN probe | Open | @net |\n");

        Assert.Equal([ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
    }
}
