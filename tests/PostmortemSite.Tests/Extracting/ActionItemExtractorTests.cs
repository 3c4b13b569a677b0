using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Extracting;

public sealed class ActionItemExtractorTests
{
    private static IReadOnlyList<ActionItem> Extract(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    [Fact]
    public void Checkboxes_count_anywhere_and_a_ticked_box_is_done()
    {
        var items = Extract("## Notes\n- [x] Revert the release (OPS-12)\n- [ ] Add a canary stage\n");

        Assert.Equal(["Revert the release (OPS-12)", "Add a canary stage"], items.Select(i => i.Title));
        Assert.Equal([ActionStatus.Done, ActionStatus.Open], items.Select(i => i.Status));
        Assert.Equal("OPS-12", items[0].Ticket);
    }

    [Fact]
    public void Bullets_and_numbered_items_count_only_under_an_action_heading()
    {
        var items = Extract("## Impact\n- Checkout was slow\n\n## Follow-ups\n1. Add an alert\n2) Document the runbook\n- **TODO:** Load test the gateway\n");

        Assert.Equal(["Add an alert", "Document the runbook", "Load test the gateway"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_regret_under_an_action_heading_is_no_item_but_what_ought_to_exist_is()
    {
        var items = Extract("## Action items\n- Add an alert on queue depth\n- We rolled back quickly, but we should have paged the database team sooner.\n- We should have open dashboards for every queue\n- The team should have been told before the migration, and we will add it to the checklist\n- We should have automated checks for disk usage\n- We should have dedicated on-call for the database tier\n- We should have caught this in staging: add a disk-fill test (OPS-441)\n");

        Assert.Equal(["Add an alert on queue depth", "We should have open dashboards for every queue", "The team should have been told before the migration, and we will add it to the checklist", "We should have automated checks for disk usage", "We should have dedicated on-call for the database tier", "We should have caught this in staging: add a disk-fill test (OPS-441)"], items.Select(i => i.Title));
    }

    [Fact]
    public void Items_under_a_nested_label_heading_belong_to_the_action_section_above()
    {
        var items = Extract("Corrective and Preventative Measures\nTask List:\n Review scripts before running them.\n\tTask 2: Back up the schema first.\n");

        Assert.Equal(["Review scripts before running them.", "Back up the schema first."], items.Select(i => i.Title));
    }

    [Fact]
    public void A_table_gives_title_owner_status_and_ticket_from_its_header()
    {
        var items = Extract("## Action items\n| # | Action | Owner | Status | Ticket |\n|---|---|---|---|---|\n| 1 | Add a lock | maria | Done | OPS-7 |\n| 2 | Limit runs | tomas | In progress | |\n| 3 | Rewrite it | | won't do | |\n");

        Assert.Equal(["Add a lock", "Limit runs", "Rewrite it"], items.Select(i => i.Title));
        Assert.Equal(["maria", "tomas", null], items.Select(i => i.Owner));
        Assert.Equal([ActionStatus.Done, ActionStatus.InProgress, ActionStatus.WontDo], items.Select(i => i.Status));
        Assert.Equal("OPS-7", items[0].Ticket);
    }

    [Fact]
    public void A_paragraph_under_an_action_heading_gives_its_imperative_sentences_and_says_so()
    {
        var result = ActionItemExtractor.Extract(LegacyDocumentParser.Parse("Improvements:\nImplement schema checks in CI. Enhance lock monitoring. By doing this we avoid repeats.\n"));

        Assert.Equal(["Implement schema checks in CI.", "Enhance lock monitoring."], result.Items.Select(i => i.Title));
        Assert.Equal(2, result.FromProse);
    }

    [Fact]
    public void A_stop_after_an_abbreviation_does_not_cut_a_sentence_and_a_picture_is_no_item()
    {
        var result = ActionItemExtractor.Extract(LegacyDocumentParser.Parse("## Next steps\n\nMove the workers onto hosts (e.g. EC2 instances) that restart on their own.\n\n![Chart](https://img.example.com/a.png)\n"));

        Assert.Equal(["Move the workers onto hosts (e.g. EC2 instances) that restart on their own."], result.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_stop_after_etc_still_ends_a_sentence()
    {
        var result = ActionItemExtractor.Extract(LegacyDocumentParser.Parse("## Action items\n\nWe will rotate the keys, certificates, etc. We will add an alert for certificate expiry.\n"));

        Assert.Equal(2, result.Items.Count);
    }

    [Theory]
    [InlineData("![Image](https://img.example.com/a.png \"Error rate\")")]
    [InlineData("![Image](https://img.example.com/chart_(v2).png)")]
    [InlineData("[![Image](https://img.example.com/a.png)](https://img.example.com/a-big.png)")]
    [InlineData("- ![Image](https://img.example.com/a.png)")]
    public void A_picture_in_an_action_section_is_no_item_however_it_is_written(string picture)
    {
        var result = ActionItemExtractor.Extract(LegacyDocumentParser.Parse($"## Next steps\n\n{picture}\n\n- Add a lease alert\n"));

        Assert.Equal(["Add a lease alert"], result.Items.Select(i => i.Title));
    }

    [Fact]
    public void Lessons_learned_are_not_action_items_and_duplicates_are_dropped()
    {
        var items = Extract("## Lessons learned\n- Small changes are safer\n\n## Action items\n- Add an alert\n- add an alert\n");

        Assert.Equal(["Add an alert"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_step_still_being_considered_is_an_open_item_even_among_steps_taken()
    {
        var items = Extract("Severe disruption of service due to disk space.\n\nSteps taken:\n\n* Reviewed log rotation\n* Doubled disk space\n* Considering: OS-level alerts\n");

        Assert.Contains(items, i => i.Title == "OS-level alerts" && i.Status == ActionStatus.Open);
    }

    [Fact]
    public void Further_research_said_to_be_required_is_an_open_item()
    {
        var items = Extract("# Certificate outage\n\nEventually all packages were updated and Caddy started, yet the cause of the original error remains unknown and further research is required.\n");

        Assert.Equal("Eventually all packages were updated and Caddy started, yet the cause of the original error remains unknown and further research is required.", Assert.Single(items).Title);
    }

    [Fact]
    public void A_lesson_is_no_action_item_when_the_actions_have_their_own_section()
    {
        var items = Extract("# Disk contention\n\n## Corrective actions\n\n- Alert on etcd latency\n\n## Lessons\n\n- Rebuild traffic must be rate-limited around latency-sensitive databases.\n");

        Assert.Equal(["Alert on etcd latency"], items.Select(i => i.Title));
    }

    [Fact]
    public void No_further_investigation_required_is_no_item()
    {
        Assert.Empty(Extract("# Certificate outage\n\nThe cause is fully understood and no further investigation is required.\n"));
    }

    [Fact]
    public void A_planned_window_beside_the_actual_one_is_no_item()
    {
        Assert.Empty(Extract("# Maintenance overrun\n\n## Summary\n\n- Planned: 02:00-03:00 UTC\n- Actual: 02:00-05:40 UTC\n"));
    }

    [Fact]
    public void Lessons_that_say_what_must_change_are_items_when_the_only_action_heading_lists_steps_taken()
    {
        var items = Extract("# Vault sealed\n\n## Actions taken\n\n- Restarted the vault pods\n- Unsealed the vault\n\n## Lessons learned\n\n"
            + "- Break glass procedures need to be regularly tested.\n- Unseal keys must be stored in two places.\n");

        Assert.Equal(2, items.Count(i => i.Status == ActionStatus.Open));
    }

    [Fact]
    public void A_lesson_that_says_we_need_something_better_is_an_item()
    {
        var items = Extract("# Deploy outage\n\n## Lessons learned\n\n- We need better container health checks. The old one passed after a second.\n"
            + "- We need more alerting on disk usage.\n- We needed a few minutes to find the logs.\n- Paging worked well.\n");

        Assert.Equal(["We need better container health checks. The old one passed after a second.", "We need more alerting on disk usage."], items.Select(i => i.Title));
    }

    [Fact]
    public void A_heading_of_completed_and_open_items_keeps_lessons_as_lessons()
    {
        var items = Extract("# Vault sealed\n\n## Action items (completed and open)\n\n- [x] Restart the vault pods\n- [ ] Add an unseal alert\n\n## Lessons learned\n\n"
            + "- Break glass procedures need to be regularly tested.\n");

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Planned_work_that_opens_with_a_number_is_an_item()
    {
        Assert.Contains(Extract("# Account takeover\n\n## Actions taken\n\n- Reset every admin password\n- Planned: 2FA for every admin account\n"), i => i.Title == "2FA for every admin account");
    }

    [Theory]
    [InlineData("- [ ] ")]
    [InlineData("- ")]
    [InlineData("1. ")]
    public void A_paragraph_indented_under_an_item_after_a_blank_line_is_more_of_that_item_not_an_item(string marker)
    {
        var items = Extract($"## Remediation\n\n{marker}**Set a statement timeout for the API path.** The single highest-value\n      change.\n\n"
            + "      Choose the value from what the endpoints need, and choose it\n      aggressively: one query of this cost degrades everything.\n\n"
            + "      Note that the pool config can only set this globally.\n"
            + $"{marker}**Limit concurrent requests per key.** The damage scaled with them.\n\n      Implementable in the rate limiter.\n\n"
            + "Each item gets a ticket.\n");

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Set a statement timeout", items[0].Title);
        Assert.StartsWith("Limit concurrent requests", items[1].Title);
        Assert.Equal("Each item gets a ticket.", items[2].Title);
    }

    [Theory]
    [InlineData("Ordered by how much each reduces the blast radius.")]
    [InlineData("Based on the review, these are the changes.")]
    public void A_sentence_opening_with_a_past_form_in_an_action_section_describes_and_is_no_item(string sentence)
    {
        var items = Extract($"## Remediation\n\n{sentence}\n\n- Add a statement timeout\n");

        Assert.Equal(["Add a statement timeout"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Need a second on-call engineer for weekends.")]
    [InlineData("Embed the runbook link in every alert.")]
    [InlineData("Seed the staging database from a masked snapshot.")]
    public void A_sentence_opening_with_a_present_verb_ending_in_ed_is_still_an_item(string sentence)
    {
        Assert.Single(Extract($"## Action items\n\n{sentence}\n"));
    }

    [Fact]
    public void A_heading_that_is_only_the_future_lists_the_work_to_come()
    {
        var items = Extract("BUILD-7: nightly builds failing\n\n  Remedied:\n  - checkout fixed by switching to https\n\n  Future:\n  - file a bug for the undiagnosed failure\n  - link the failed build in every ticket\n");

        Assert.Equal(["file a bug for the undiagnosed failure", "link the failed build in every ticket"], items.Select(i => i.Title));
    }

    [Fact]
    public void A_heading_about_the_future_of_something_lists_no_work()
    {
        Assert.Empty(Extract("## The future of the build farm\n\n- Builds move to the new cluster in May\n- The old hosts are retired\n"));
    }

    [Theory]
    [InlineData("What changes we are making now?")]
    [InlineData("What steps are we taking?")]
    public void A_heading_asking_what_changes_the_team_is_making_lists_them(string heading)
    {
        var items = Extract($"# Intrusion on the web host\n\n## What happened?\n\nA stolen key was used.\n\n## {heading}\n\nThese changes include the following:\n\n- Require one-time passwords for sudo\n- Use one backup key per host\n");

        Assert.Equal(["Require one-time passwords for sudo", "Use one backup key per host"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("What we are taking away")]
    [InlineData("What we're taking away from this")]
    public void A_heading_of_what_the_team_takes_away_lists_lessons_not_actions(string heading)
    {
        Assert.Empty(Extract($"# Pager gap\n\n## What happened?\n\nNobody was paged.\n\n## {heading}\n\n- Our alerts fired, but nobody owned them\n- The runbook was out of date\n"));
    }

    [Fact]
    public void Under_an_item_that_only_names_a_group_the_paragraph_below_holds_the_action()
    {
        var items = Extract("## Action items\n\n1. Database\n\n   Add a statement timeout on the API path.\n2. Alerting\n\n   Page on p99 latency above 2s.\n");

        Assert.Contains(items, i => i.Title == "Add a statement timeout on the API path.");
        Assert.Contains(items, i => i.Title == "Page on p99 latency above 2s.");
    }

    [Fact]
    public void An_item_written_as_a_past_form_and_what_it_makes_is_still_an_item()
    {
        var items = Extract("Action items:\nAutomated failover drills every quarter.\nDedicated on-call rotation for the data platform.\n");

        Assert.Equal(2, items.Count);
    }

    [Theory]
    [InlineData("## What actions has the team taken so far?")]
    [InlineData("## Steps we have taken")]
    public void A_heading_that_asks_or_tells_what_the_team_has_already_done_lists_no_open_items(string heading)
    {
        var items = Extract(heading + "\n\n- Disabled the import feature\n- Revoked every exposed token\n\n## Next steps\n\n- Add static analysis for token leaks\n");

        Assert.Equal(["Add static analysis for token leaks"], items.Where(i => i.Status == ActionStatus.Open).Select(i => i.Title));
    }

    [Theory]
    [InlineData("# What action do affected users need to take?")]
    [InlineData("## What should customers do")]
    [InlineData("## Action required by you")]
    public void A_heading_that_tells_readers_what_to_do_on_their_side_lists_none_of_the_teams_items(string heading)
    {
        var items = Extract(heading + "\n\n- Review the audit log of your organisation\n- Rotate your personal tokens\n\n## Next steps\n\n- Add static analysis for token leaks\n");

        Assert.Equal(["Add static analysis for token leaks"], items.Select(i => i.Title));
    }

    [Fact]
    public void Guard_a_heading_of_what_the_team_needs_to_do_still_lists_items()
    {
        var items = Extract("## What we will do\n\n- Add static analysis for token leaks\n- Scan every project for stored credentials\n");

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_section_that_tracks_its_work_in_an_action_table_takes_its_items_from_the_table_not_from_the_prose_that_explains_it()
    {
        const string text = "## Action items\n\nWe should have at least one item of each type:\n\n- Prevent - stop similar issues from occurring.\n- Detect - find them sooner.\n\n"
            + "| Action item | Type | Status |\n|---|---|---|\n| Add corruption checks to the test suite | Prevent | |\n| Alert on hash mismatches | Detect | |\n";

        Assert.Equal(["Add corruption checks to the test suite", "Alert on hash mismatches"], Extract(text).Select(i => i.Title));
    }

    [Fact]
    public void Guard_a_section_whose_table_names_no_action_column_keeps_its_list_items()
    {
        const string text = "## Action items\n\n- Add corruption checks to the test suite\n- Alert on hash mismatches\n\n| Metric | Before | After |\n|---|---|---|\n| p99 | 2s | 200ms |\n";

        Assert.Equal(2, Extract(text).Count);
    }
}
