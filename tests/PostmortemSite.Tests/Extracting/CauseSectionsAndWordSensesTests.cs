using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Where import reads the cause (a root-cause heading with only sub-headings under it, a list a sentence announces as
/// the causes) and words that name something other than a fault (a Kubernetes Deployment, a chain's token, the month
/// in "may be", a cause listed as merely possible). Issue 17, items 2 and 4, each on an invented text.
/// </summary>
public sealed class CauseSectionsAndWordSensesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text).Postmortem;

    private static string Category(string text) => Extract(text).Classification.Category;

    [Fact]
    public void A_root_cause_heading_with_no_text_of_its_own_gives_its_cause_in_its_sub_sections()
    {
        const string text = "# Charts failed to sync\n\n**Date:** 2026-04-14\n\n## Causes\n\n### Pull limits\n\nThe chart registry began refusing anonymous pulls, so every sync was rejected.\n\n## Fixes\n\nPointed the application at a mirror.\n";

        Assert.Equal("The chart registry began refusing anonymous pulls, so every sync was rejected.", Extract(text).Trigger);
    }

    [Fact]
    public void Sub_sections_on_how_the_cause_was_missed_or_remedied_are_not_read_as_the_cause()
    {
        const string text = "# Namespace pruned\n\n**Date:** 2026-03-02\n\n## Root cause analysis\n\n### Why it went undetected\n\nA momentary network blip hid the alert.\n\n### Root cause remediations\n\n- Network checks were added.\n";

        Assert.Null(Extract(text).Trigger);
    }

    [Fact]
    public void Sub_sections_asking_why_the_safeguards_missed_it_or_how_fast_the_alert_came_are_not_read_as_the_cause()
    {
        const string text = "# Cluster lost\n\n**Date:** 2026-03-02\n\n## Root cause\n\n### Why didn't our safeguards catch this?\n\nThe alerts came an hour late.\n\n### Were we alerted quickly?\n\nWe were not alerted at all.\n";

        Assert.Null(Extract(text).Trigger);
    }

    [Theory]
    [InlineData("## Investigation and identification of the root cause\n\nA deadlock between two checkout transactions blocked every order.\n")]
    [InlineData("## Root cause analysis\n\n### Exception not caught in the retry loop\n\nA deadlock between two checkout transactions blocked every order.\n")]
    [InlineData("## Root cause analysis\n\n### Alerting pipeline dropped events\n\nA deadlock between two checkout transactions blocked every order.\n")]
    public void Guard_a_sub_section_that_states_the_cause_keeps_it_whatever_words_its_heading_uses(string section)
    {
        Assert.Equal("A deadlock between two checkout transactions blocked every order.", Extract($"# Checkout stalled\n\n**Date:** 2026-03-02\n\n{section}").Trigger);
    }

    [Fact]
    public void An_analysis_of_causes_heading_is_a_root_cause_heading_and_a_line_opening_with_its_source_is_its_text()
    {
        const string text = "# Users cannot log in\n\n**Date:** 2026-03-02\n\n## Analysis of causes\n\nLibrary systems (via the support desk): the networks team made a change on the network this morning.\n\n## Actions\n\n- Review the alerts\n";

        var imported = Extract(text);

        Assert.Equal("Library systems (via the support desk): the networks team made a change on the network this morning.", imported.Trigger);
        Assert.Equal("network/connectivity", imported.Classification.Category);
    }

    [Theory]
    [InlineData("The networks team made a change on the network this morning, and the API junction had to be restarted.", "network/connectivity")]
    [InlineData("A network configuration change dropped the route to the library system.", "network/connectivity")]
    [InlineData("The Polkadot network team found a bug in the runtime.", "software/bug")]
    [InlineData("The network change detection listener had a bug that rejected every event.", "software/bug")]
    [InlineData("A bug in the parser rejected every event. We checked for recent network changes and there were none.", "software/bug")]
    public void A_network_counts_as_the_cause_when_it_failed_or_was_changed(string cause, string category)
    {
        Assert.Equal(category, Category($"# Logins failed\n\n**Date:** 2026-04-12\n\n## Root cause\n\n{cause}\n"));
    }

    [Theory]
    [InlineData("it's probably caused by the disk filling up", "network/connectivity")]
    [InlineData("this was caused by the disk filling up", "capacity/resource-exhaustion")]
    [InlineData("users could not log in; we confirmed the disk filling up caused the outage", "capacity/resource-exhaustion")]
    public void A_hedged_guess_in_the_timeline_does_not_outweigh_the_documents_own_root_cause_text(string guess, string category)
    {
        var text = $"# Logins failed\n\n**Date:** 2026-04-12\n\n## Timeline\n\n- 10:00 Logins fail\n- 10:20 SB: the logging issue, {guess}.\n- 11:00 Logins work again\n\n## Root cause\n\nA firewall change blocked the route to the identity provider.\n";

        Assert.Equal(category, Category(text));
    }

    [Fact]
    public void A_root_cause_heading_that_has_text_of_its_own_keeps_its_sub_sections_out_of_the_cause()
    {
        const string text = "# Checkout errors\n\n**Date:** 2026-03-02\n\n## Root cause\n\nThe payments worker ran out of memory.\n\n### Background\n\nThe shop moved regions in 2024.\n";

        Assert.Equal("The payments worker ran out of memory.", Extract(text).Trigger);
    }

    [Theory]
    [InlineData("The Postgres deployment lacked the necessary tolerations, so its pods stayed Pending.")]
    [InlineData("The worker deployment manifest set no node selector, so its pods stayed Pending on the tainted node.")]
    public void A_kubernetes_deployment_told_by_what_it_holds_is_no_deploy(string cause)
    {
        Assert.NotEqual("change/deployment", Category($"# Pods pending\n\n**Date:** 2026-04-12\n\n## Root cause\n\n{cause}\n"));
    }

    [Fact]
    public void A_deploy_that_shipped_a_regression_is_still_a_deployment()
    {
        Assert.Equal("change/deployment", Category("# Checkout errors\n\n**Date:** 2026-04-12\n\n## Root cause\n\nThe deployment of version 4.2 shipped a regression in the checkout flow.\n"));
    }

    [Theory]
    [InlineData("The deposit contract is token-gated and emits ERC-20 token transfers the clients did not expect, so the parser failed.")]
    [InlineData("Zero token transfers from the attacker kept emitting events the parser did not expect.")]
    [InlineData("During a routine fee token conversion, a faulty script caused the treasury's 3,794,894 lp-yUSD tokens to be swapped at heavy slippage.")]
    [InlineData("The script used to swap tokens lacked output checks, so the whole balance was sold in one trade.")]
    public void A_token_a_chain_holds_as_an_asset_is_no_credential(string cause)
    {
        Assert.NotEqual("security/credentials", Category($"# Chain stalled\n\n**Date:** 2025-03-05\n\n## Root cause\n\n{cause}\n"));
    }

    [Fact]
    public void A_leaked_access_token_is_still_a_credential()
    {
        Assert.Equal("security/credentials", Category("# Deploys blocked\n\n**Date:** 2025-03-05\n\n## Root cause\n\nThe CI access token leaked and was revoked, so every deploy was rejected.\n"));
    }

    [Fact]
    public void A_few_leaked_tokens_counted_are_still_credentials()
    {
        Assert.Equal("security/credentials", Category("# Deploys blocked\n\n**Date:** 2025-03-05\n\n## Root cause\n\n2 tokens were leaked in a public log and used to push images.\n"));
    }

    [Fact]
    public void Causes_listed_as_also_possible_beside_the_likely_one_are_not_it()
    {
        const string text = "# Namespace pruned\n\n**Date:** 2026-03-02\n\n## Root cause\n\nThe generator most likely failed to read the config file, so the namespace dropped out of the set. A momentary network blip or a disk failure are also possible, but no logs survive.\n";

        Assert.Equal("change/config", Category(text));
    }

    [Fact]
    public void An_insufficient_number_of_a_resource_is_its_exhaustion()
    {
        Assert.Equal("capacity/resource-exhaustion", Category("# Chain fork\n\n**Date:** 2013-03-11\n\n## Root cause\n\nOlder versions configure an insufficient number of database locks to process large blocks.\n"));
    }

    [Theory]
    [InlineData("Versions prior to 0.8 may be unable to process some re-orgs.")]
    [InlineData("Nodes on 1.4 may not sync after the fork.")]
    public void May_followed_by_the_verb_it_governs_is_no_month(string sentence)
    {
        var timeline = Extract($"# Chain fork\n\nOn 2013-03-11 the fork happened.\n\n## Root cause\n\nLocks were exhausted. {sentence}\n").Timeline;

        Assert.DoesNotContain(timeline, e => e.Day is { Month: 5 } || e.Time is { Month: 5 });
        Assert.Null(DateTimeText.ReadLeading("8 may be unable to sync", 2013)?.Date);
    }

    [Theory]
    [InlineData("8 may at 10:00 the fork happened", 8)]
    [InlineData("5 May we paged the owners", 5)]
    [InlineData("5 may, we paged the owners", 5)]
    [InlineData("5 may 2013 the fork happened", 5)]
    public void May_written_as_a_month_is_still_read_as_one(string text, int day)
    {
        Assert.Equal(new DateOnly(2013, 5, day), DateTimeText.ReadLeading(text, 2013)?.Date);
    }

    [Theory]
    [InlineData("An internal network was saturated, forbidding the start of new containers.", "capacity/resource-exhaustion")]
    [InlineData("The shared disk was full, preventing writes for every tenant.", "capacity/resource-exhaustion")]
    public void A_state_said_to_keep_the_service_from_working_names_the_cause_over_the_symptom_in_the_title(string explanation, string category)
    {
        var text = $"---\ntitle: Release pipeline issues\ndate: 2026-11-04T13:51:00+01:00\n---\nRelease pipeline is facing issues. New releases will not occur anymore until it is fixed.\n\nThe issue is solved. {explanation}\n";

        Assert.Equal(category, Category(text));
    }

    [Fact]
    public void Guard_a_remedy_said_to_keep_harm_away_is_not_the_cause()
    {
        const string text = "---\ntitle: Release pipeline issues\ndate: 2026-11-04T13:51:00+01:00\n---\nThe release pipeline published a broken release. Requests were throttled, keeping a traffic spike from reaching the database.\n";

        Assert.Equal("change/deployment", Category(text));
    }

    [Theory]
    [InlineData("- The campus provider upgraded its network, which caused an unexpected network outage.\n- A kernel update on the main server led to disk failures.\n")]
    [InlineData("\n- The campus provider upgraded its network, which caused an unexpected network outage.\n- A kernel update on the main server led to disk failures.\n")]
    [InlineData("\n\\* The campus provider upgraded its network, which caused an unexpected network outage.\n\\* A kernel update on the main server led to disk failures.\n")]
    public void The_items_a_sentence_announces_as_the_causes_are_the_root_cause_text(string list)
    {
        var text = $"# Recent downtime\n\n**Date:** 2026-04-23\n\nOur servers have had trouble over the past few days. There have been two major causes for this:\n{list}\nWe apologise for the trouble.\n";

        var imported = Extract(text);

        Assert.Equal("The campus provider upgraded its network, which caused an unexpected network outage.", imported.Trigger);
        Assert.Contains("kernel update", imported.RootCauseText, StringComparison.Ordinal);
        Assert.DoesNotContain("apologise", imported.RootCauseText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Here is what we changed since:")]
    [InlineData("Trusting the workflow was a dangerous misconception, for a few reasons:")]
    public void Guard_a_line_announcing_something_else_is_not_the_cause(string intro)
    {
        var text = $"# Recent downtime\n\n**Date:** 2026-04-23\n\nOur servers have had trouble over the past few days. {intro}\n\n- Added a second uplink\n- Moved backups to another host\n";

        Assert.Null(Extract(text).Trigger);
    }
}
