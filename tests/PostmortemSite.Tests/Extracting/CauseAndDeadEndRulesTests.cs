using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>How import reads the stated cause and the dead ends of real heaps (issue 17, items 4 and 5), each on an invented text.</summary>
public sealed class CauseAndDeadEndRulesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string text) => Extractor.Extract("incident.md", text).Postmortem.Classification.Category;

    /// <summary>The category of a one-sentence incident.</summary>
    private static string CategoryOf(string sentence) => Category($"# Outage on 2024-02-01\n\n{sentence}\n");

    [Fact]
    public void Words_in_a_pasted_log_are_no_evidence_of_the_cause()
    {
        var text = "The validator went offline after the upgrade and we restored it from a snapshot.\n\n```\n"
            + "Mar 21 23:48:58 node[4762]: Locating closest peers for replication failed: Timeout\n"
            + "Mar 21 23:48:59 node[4762]: replication stream closed, replica lag 4000 blocks\n```\n";

        Assert.NotEqual("database/replication", CategoryOf(text));
    }

    [Fact]
    public void Guard_the_same_words_told_in_the_text_still_name_the_cause()
    {
        Assert.Equal("database/replication", CategoryOf("The outage was caused by replication lag after the replica fell 4000 blocks behind the primary."));
    }

    [Theory]
    [InlineData("The main cause was the failure of an SSD storage filer.")]
    [InlineData("The outage followed the failure of two disks in the same array.")]
    public void A_failure_named_before_the_hardware_is_a_hardware_failure(string sentence)
    {
        Assert.Equal("hardware/failure", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The nodes went down after a loss of power in the Edinburgh area.", "hardware/failure")]
    [InlineData("A power loss in the datacenter took down the storage nodes.", "hardware/failure")]
    [InlineData("A bad cleanup script caused the loss of all data in the staging bucket.", "database/data-corruption")]
    public void A_loss_of_something_is_read_as_the_synonym_that_says_it_was_lost(string sentence, string category)
    {
        Assert.Equal(category, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The site was slow for days. We found that one of the disks in our server was failing, and replaced it.")]
    [InlineData("The storage node went offline when its SSD died overnight.")]
    [InlineData("The SSD in node db-4 died and the replica set lost its primary.")]
    [InlineData("Writes stopped because two drives in the array were dying.")]
    public void Hardware_named_first_and_said_to_fail_after_it_is_a_hardware_failure(string sentence)
    {
        Assert.Equal("hardware/failure", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The new disk failed to mount after the kernel upgrade because the fstab entry had a typo in its configuration.")]
    [InlineData("The disk cleanup job failed again, so the log volume filled and the database ran out of disk space.")]
    [InlineData("The migration to the new disks failed because of a typo in the schema migration script.")]
    [InlineData("The disk was failing writes because the volume had hit its provisioned IOPS quota.")]
    public void Hardware_that_failed_to_do_something_or_a_job_named_after_it_is_no_hardware_failure(string sentence)
    {
        Assert.NotEqual("hardware/failure", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The operator applied the incorrect certificates to the load balancers, and clients saw TLS errors.")]
    [InlineData("A redeploy shipped the wrong TLS certificate for the API endpoint, so SSL handshakes failed.")]
    public void A_certificate_that_was_the_wrong_one_is_no_expired_certificate(string sentence)
    {
        Assert.NotEqual("security/certificate-expiry", Category($"# Outage on 2024-02-01\n\n## Root cause\n\n{sentence}\n"));
    }

    [Fact]
    public void A_wrong_certificate_only_checked_for_in_the_timeline_leaves_an_expired_one_expired()
    {
        var text = "# API outage on 2024-02-01\n\n## Timeline\n\n- 00:05 UTC: We checked whether the CDN served the wrong certificate; it was the right one\n\n"
            + "## Root cause\n\nThe TLS certificate on the API gateway reached the end of its validity period, and clients rejected the SSL handshake.\n";

        Assert.Equal("security/certificate-expiry", Category(text));
    }

    [Theory]
    [InlineData("The outage followed configuration changes made to the load balancers by hand.")]
    [InlineData("An operator pushed config updates to our DNS zone files, which broke the API.")]
    public void The_part_a_change_was_made_to_is_where_the_change_went_not_a_fault_of_its_own(string sentence)
    {
        Assert.Equal("change/config", CategoryOf(sentence));
    }

    [Fact]
    public void A_part_that_failed_after_a_change_is_still_the_fault()
    {
        Assert.Equal("network/load-balancer", CategoryOf("The root cause was the load balancer: it dropped all connections after config changes to the backend pool."));
    }

    [Fact]
    public void A_part_a_change_other_than_configuration_was_made_to_may_be_the_fault()
    {
        Assert.Equal("database/index", CategoryOf("Root cause: a deploy made changes to the index on the orders table, and checkout queries slowed down."));
    }

    [Fact]
    public void A_wrong_certificate_told_beside_its_expiry_is_still_an_expired_certificate()
    {
        Assert.Equal("security/certificate-expiry", CategoryOf("Browsers got the wrong certificate: the TLS certificate had expired and the renewal job had not run."));
    }

    [Theory]
    [InlineData("The failure of our disk cleanup job left the log volume full, and the database stopped accepting writes.")]
    [InlineData("The failure of the Google Drive sync integration caused uploads to back up.")]
    public void A_failure_of_something_named_after_hardware_is_no_hardware_failure(string sentence)
    {
        Assert.NotEqual("hardware/failure", CategoryOf(sentence));
    }

    [Fact]
    public void Load_moved_onto_the_rest_by_a_failure_is_no_traffic_spike()
    {
        Assert.NotEqual("capacity/traffic-spike", CategoryOf("The storage array went offline. Some redundant systems were not provisioned with enough capacity to handle the increased load when one of the instances failed."));
        Assert.Equal("capacity/traffic-spike", CategoryOf("The site went down under the increased load from the product launch."));
        Assert.Equal("capacity/traffic-spike", CategoryOf("The increased load after the product launch caused the database to crash."));
    }

    [Theory]
    [InlineData("The cache node was killed by the kernel due to an out of memory condition.")]
    [InlineData("Workers stalled because of connection pool exhaustion on the primary.")]
    [InlineData("The stall was a direct result of thread pool exhaustion in the gateway.")]
    [InlineData("Ingestion stopped as a result of the disk full condition on the broker.")]
    [InlineData("The errors are a result of the disk full condition on the broker.")]
    [InlineData("The reason for this outage was a disk full condition on the broker.")]
    [InlineData("Unbounded queue growth and an out of memory crash caused the outage.")]
    [InlineData("A memory limit set too low led to the incident.")]
    [InlineData("An out of memory condition in the cache can cause a request failure.")]
    [InlineData("The nightly import used up the connection pool, leading to a checkout outage.")]
    [InlineData("At 09:12 UTC an out of memory condition on the broker caused the ranking workers to crash.")]
    public void A_sentence_that_says_why_outweighs_a_deploy_mentioned_throughout(string cause)
    {
        var text = $"# Search slow on 2024-08-02\n\nWe deployed the new ranking code in the morning.\nThe deploy went out to all regions.\nA second deploy followed at noon.\n\n{cause}\n";

        var classification = Extractor.Extract("search.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    [Theory]
    [InlineData("## Root cause\n\nA pull request added a stray bracket, producing invalid JSON in the pricing file the service loads.")]
    [InlineData("## Root cause\n\nThe rules file was malformed YAML after a merge, so the router fell back to its defaults.")]
    public void A_settings_file_broken_by_malformed_json_or_yaml_is_a_bad_configuration_change(string cause)
    {
        Assert.Equal("change/config", CategoryOf(cause));
    }

    [Theory]
    [InlineData("## Root cause\n\n`refresh_models()` runs once at start-up. The reload path replaced the price map but never called `refresh_models()` again, so the allow-list stayed stale.")]
    [InlineData("## Root cause\n\nPR #812 made `Pool.evict(key)` close every client it dropped, including clients other requests still held.")]
    public void A_root_cause_told_through_the_functions_of_the_code_is_a_software_bug(string cause)
    {
        Assert.Equal("software/bug", Category($"# Requests rejected on 2024-05-02\n\n{cause}\n"));
    }

    [Fact]
    public void Code_in_a_root_cause_that_names_no_function_is_no_evidence_of_a_bug()
    {
        const string text = "# Requests rejected on 2024-05-02\n\n## Root cause\n\nThe `max_clients` key was set to `0` in the proxy, so every request was rejected.\n";

        Assert.Equal("unknown", Category(text));
    }

    [Theory]
    [InlineData("## Root cause\n\nThe app ran as the wrong user, without read permissions on the tool binaries.")]
    [InlineData("## Root cause\n\nThe deploy user had wrong permissions on the upload folder, so writes failed with permission denied.")]
    public void Wrong_file_permissions_are_a_configuration_fault(string cause)
    {
        Assert.Equal("change/config", CategoryOf(cause));
    }

    [Fact]
    public void Permissions_in_a_chat_tool_named_in_passing_are_no_configuration_fault()
    {
        const string text = "# Chain halt on 2024-05-02\n\n## Root cause\n\nA consensus bug made validators disagree on a block.\n\n"
            + "## Timeline\n\n- 10:00 UTC Validators stop.\n- 10:30 UTC The comms team takes over because of Discord permissions issues.\n";

        Assert.Equal("software/bug", Category(text));
    }

    [Theory]
    [InlineData("> **Note:** No definitive root cause yet; this section collects plausible explanations.")]
    [InlineData("The root cause is still not determined.")]
    [InlineData("The cause is yet to be established.")]
    public void A_root_cause_section_that_says_the_cause_is_not_determined_leaves_its_hypotheses_unclassified(string statement)
    {
        var text = $"# Boot failure on 2025-11-11\n\nThe new release does not boot on this host.\n\n## Suspected Root Cause (Hypotheses)\n\n{statement}\n\n- **Hardware / firmware quirk**  \n  The specific NIC, storage controller or BIOS version might interact badly with the new hardware support.\n";

        Assert.Equal("unknown", Category(text));
    }

    [Theory]
    [InlineData("**Root causes**: Requests were rejected, probably due to a configuration change to the allowed hosts setting. Exact root cause is still unknown, as some hosts with the new setting kept working.")]
    [InlineData("## Root cause\n\nThe rejections are most likely caused by a misconfiguration of the allowed hosts in the new settings. The precise cause remains unknown.")]
    public void A_likely_cause_whose_exact_details_are_unknown_is_still_classified(string cause)
    {
        Assert.Equal("change/config", CategoryOf(cause));
    }

    [Fact]
    public void An_exact_cause_said_unknown_with_no_likely_cause_beside_it_leaves_the_category_unknown()
    {
        var text = "# Boot failure on 2025-11-11\n\nThe new release does not boot on this host.\n\n## Root cause\n\nThe exact root cause is still unknown.\n\n- Config change to the NIC driver settings might interact badly with the firmware.\n";

        Assert.Equal("unknown", Category(text));
    }

    [Fact]
    public void A_root_cause_section_that_names_the_cause_is_classified_even_when_it_was_unknown_at_first_elsewhere()
    {
        var text = "# Boot failure on 2025-11-11\n\nFor an hour the cause was unknown to the on-call engineer.\n\n## Root cause\n\nA failed disk in the boot mirror: a hardware failure.\n";

        Assert.Equal("hardware/failure", Category(text));
    }

    [Theory]
    [InlineData("Due to a power-out the servers were shut down and would not boot again.")]
    [InlineData("The rack lost power during the storm and the servers would not boot again.")]
    [InlineData("A power cut in the building took the servers down.")]
    public void A_loss_of_power_that_took_the_servers_down_is_a_hardware_failure(string cause)
    {
        var text = $"# Site down on 2024-08-02\n\nEverything was out for a few days.\n\n{cause}\n";

        Assert.Equal("hardware/failure", Extractor.Extract("site.md", text).Postmortem.Classification.Category);
    }

    [Fact]
    public void Power_loss_named_only_as_what_a_safeguard_is_for_is_not_a_cause()
    {
        const string text = "# Slow writes on 2024-08-02\n\nWrites were slow for an hour. Fsync is meant to guard against power loss and a sudden loss of power can corrupt a disk.\n";
        const string power = "# Slow writes on 2024-08-02\n\nWrites were slow for an hour. A sudden loss of power could leave a disk corrupt.\n";
        const string safeguard = "# Slow writes on 2024-08-02\n\nWrites were slow for an hour. The battery is there in case of a power cut, and the UPS protects against power loss.\n";

        Assert.NotEqual("hardware/failure", Extractor.Extract("writes.md", text).Postmortem.Classification.Category);
        Assert.NotEqual("hardware/failure", Extractor.Extract("writes.md", power).Postmortem.Classification.Category);
        Assert.NotEqual("hardware/failure", Extractor.Extract("writes.md", safeguard).Postmortem.Classification.Category);
    }

    [Fact]
    public void A_summary_saying_what_the_site_was_affected_by_names_the_cause_over_the_remedy_in_the_timeline()
    {
        const string text = "# Website outage on 2022-05-23\n\nThe website was affected by an outage of our hosting provider.\n\n## Timeline\n\n"
            + "- 06:00: website down, detected by the security team\n- 07:23: we changed the DNS record to an old backup\n- 12:02: we reverted the DNS record change\n";

        var classification = Extractor.Extract("website.md", text).Postmortem.Classification;

        Assert.Equal("dependency/third-party", classification.Category);
    }

    [Fact]
    public void Saying_this_was_a_bug_names_the_cause_over_reviews_told_of_the_response()
    {
        const string text = "# Member permissions on 2024-08-02\n\nA member could act as an owner. A fix was prepared for review.\n\n## Response\n\n"
            + "Given that this is an otherwise straightforward bug, I will show how the report was checked. The admin was free to review the change, and the review was quick.\n";

        Assert.Equal("software/bug", Category(text));
    }

    [Fact]
    public void An_attacker_exploiting_a_bug_in_a_vault_contract_is_a_bug_and_an_attacker_who_got_in_with_a_stolen_password_is_a_credentials_incident()
    {
        Assert.Equal("software/bug", CategoryOf("An attacker drained the vault by exploiting a rounding bug in the vault contract."));
        Assert.Equal("security/credentials", CategoryOf("An attacker gained access to the admin panel and the team rotated every password."));
    }

    [Fact]
    public void Once_the_cause_is_stated_deploys_mentioned_only_elsewhere_do_not_outvote_it()
    {
        const string text = "# Checkout errors on 2024-08-02\n\nWe deploy many times a day. The deploy at 10:00 went out as usual, a deploy at 11:00 too, and the deploy pipeline was green.\n\n## Root cause\n\nThe payment gateway of our vendor returned errors for an hour.\n";

        var classification = Extractor.Extract("checkout.md", text).Postmortem.Classification;

        Assert.Equal("dependency/third-party", classification.Category);
    }

    [Fact]
    public void A_word_in_the_summary_outweighs_the_same_count_of_another_further_down()
    {
        const string text = "# Slow checkout on 2024-08-02\n\n## Summary\n\nA deadlock between two payment workers held checkout; each deadlock lasted minutes.\n\n## Details\n\nWe looked at overload graphs and overload alerts for a while.\n";

        var classification = Extractor.Extract("checkout.md", text).Postmortem.Classification;

        Assert.Equal("database/locking", classification.Category);
    }

    [Theory]
    [InlineData("Publishing returned errors for 13 minutes. We initiated failover to the alternate stack, and publishing recovered.")]
    [InlineData("Publishing returned errors for 13 minutes until a manual failover moved traffic elsewhere.")]
    public void A_failover_someone_made_is_the_remedy_not_evidence_of_a_replication_fault(string text) =>
        Assert.NotEqual("database/replication", CategoryOf(text));

    [Theory]
    [InlineData("The failover failed and both nodes accepted writes.")]
    [InlineData("An unexpected failover promoted a lagging replica.")]
    [InlineData("The manual failover failed and both database nodes accepted writes.")]
    [InlineData("We performed a failover, which left two primaries accepting writes.")]
    public void A_failover_that_went_wrong_still_tells_a_replication_fault(string text) =>
        Assert.Equal("database/replication", CategoryOf(text));

    [Fact]
    public void A_document_that_states_no_cause_and_names_no_category_stays_unknown()
    {
        const string text = "# Slow pages on 2024-08-02\n\nPages were slow for an hour. Due to the holiday few people noticed.\n";

        var classification = Extractor.Extract("slow.md", text).Postmortem.Classification;

        Assert.True(classification.IsUnknown, classification.Category);
    }

    [Fact]
    public void A_cloud_named_only_as_where_the_system_runs_is_not_the_cause()
    {
        const string text = "# Checkout errors on 2024-08-02\n\n## Root cause\n\nOur cluster runs on AWS in three availability zones, so that we survive if one availability zone has a disruption. Each availability zone has its own subnet.\n\nThe connection pool of the payment service was exhausted by a slow batch import.\n";

        var classification = Extractor.Extract("checkout.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    [Fact]
    public void A_cloud_outage_told_as_one_is_still_the_cause()
    {
        const string text = "# Checkout errors on 2024-08-02\n\n## Root cause\n\nAn outage of one AWS availability zone took the primary database offline for an hour.\n";

        var classification = Extractor.Extract("checkout.md", text).Postmortem.Classification;

        Assert.Equal("dependency/cloud-provider", classification.Category);
    }

    [Fact]
    public void Once_the_summary_names_the_fault_deploys_in_the_timeline_count_a_third()
    {
        const string text = "# Builds stuck on 2024-08-02\n\n## Summary\n\nA bug in the scheduler kept new jobs from starting; the bug was in its retry code.\n\n## Timeline\n\n- 10:00 deploy of the web app\n- 10:20 deploy of the docs site\n- 10:40 deploy of the billing worker\n- 11:00 deploy of the search service\n";

        var classification = Extractor.Extract("builds.md", text).Postmortem.Classification;

        Assert.Equal("software/bug", classification.Category);
    }

    [Fact]
    public void Another_word_form_of_a_one_word_synonym_barely_counts_so_it_does_not_drown_a_weak_stated_cause()
    {
        const string text = "# Thread starvation in the billing workers\n\nWorkers stopped taking jobs on 2024-08-02.\n\n## Contributing factors\n\n- Metrics were not recorded while it happened\n";

        var classification = Extractor.Extract("billing.md", text).Postmortem.Classification;

        Assert.Equal("capacity/resource-exhaustion", classification.Category);
    }

    [Theory]
    [InlineData("Gave up on restoring from the snapshot and rebuilt the node instead.")]
    [InlineData("The team abandoned the idea of a partial failover.")]
    [InlineData("Cleared the CDN cache, to no avail.")]
    [InlineData("Bumped the worker count, which made no difference.")]
    [InlineData("The memory leak is still not fixed after the upgrade.")]
    [InlineData("The firewall rule was not the cause after all.")]
    [InlineData("The warnings were misinterpreted as the cause and the runtime was reinstalled.")]
    [InlineData("We mistakenly blamed the system update for the errors.")]
    [InlineData("Restart of the web server failed due to problems on the hypervisor.")]
    [InlineData("The failover of db-02 did not work.")]
    [InlineData("All user pods are deleted, which logs everyone out. However, people logging in are still getting the same user's pods.")]
    [InlineData("Initial misdiagnosis: assumed a query logic error")]
    [InlineData("Worked from a wrong hypothesis about the cache for an hour")]
    [InlineData("Realized the first backup failed and started to investigate")]
    [InlineData("Found that the previous fix did not work for EU customers")]
    [InlineData("We set the node group's size to 0 and back again, thinking it would fix the node. In hindsight, this was probably not necessary.")]
    [InlineData("Restarted every worker, which turned out to be unnecessary.")]
    [InlineData("We flushed the CDN cache; that was not needed after all.")]
    public void An_abandoned_or_fruitless_attempt_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("In hindsight, a second region is not necessary for a service this small.")]
    [InlineData("Restarted every worker, which brought the queue back.")]
    [InlineData("The bigger disk turned out to be enough for the backlog.")]
    public void Guard_something_else_named_needless_or_a_step_that_worked_is_no_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Pinged the gateway from the node and concluded there was no network problem.", true)]
    [InlineData("Read the balancer logs; conclude that it is not the load balancer.", true)]
    [InlineData("Concluded that the disk on the primary was full.", false)]
    [InlineData("Video call with the access team. Nothing indicated that the access service had problems.", true)]
    [InlineData("A call with the vendor found no problems with their gateway.", true)]
    [InlineData("Videomøte med tilgangsteamet. Det var ingenting som tydet på at ABAC hadde problemer", true)]
    [InlineData("After the rollback there was no sign of errors.", false)]
    [InlineData("Nothing indicated that the data was lost.", false)]
    public void A_conclusion_that_rules_a_cause_out_is_a_dead_end_and_one_that_finds_it_is_not(string entry, bool deadEnd) =>
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Deployed v2.3, which introduced a regression in the login form.")]
    [InlineData("The cache TTL in the config was wrong, so every key expired at once.")]
    [InlineData("Maintenance had no effect on customers.")]
    [InlineData("The primary database failed to recover on its own.")]
    [InlineData("Restarted the web tier; however, the API is still working for signed-in users.")]
    [InlineData("Users were still getting errors. However, the cache was cleared at 10:40.")]
    [InlineData("Added a runbook step so that a replica lag is not taken for a network fault.")]
    [InlineData("Found the bug: the parser makes a wrong assumption about empty headers.")]
    [InlineData("Root cause identified: an incorrect assumption in the retry code.")]
    [InlineData("Added a dashboard to prevent misdiagnosis of replica lag.")]
    [InlineData("Added a dashboard to avoid a misdiagnosis of replica lag.")]
    [InlineData("Add alert context to reduce future misdiagnosis.")]
    [InlineData("Runbook updated so a misdiagnosis of disk pressure is less likely.")]
    [InlineData("Found that the first deploy of the day failed its health check and started the outage.")]
    [InlineData("Found that the initial migration failed halfway and left the schema broken.")]
    [InlineData("Realized the backup job had failed every night since March.")]
    [InlineData("Found that the previous nightly backup had failed, so we restored from the one before")]
    [InlineData("Discovered that the previous backup was corrupt; used the weekly snapshot instead")]
    public void A_line_that_describes_the_failure_itself_is_not_a_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Fact]
    public void Each_item_under_a_heading_of_ruled_out_hypotheses_is_a_dead_end_whatever_its_wording()
    {
        const string text = "# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## Ruled-out hypotheses\n\n"
            + "- **H1:** The switch drops broadcasts.\n  Disproven by a packet capture.\n- **H2:** The lease database is full.\n  - checked twice\n\n"
            + "## Action items\n\n- Add a lease alert\n";

        var deadEnds = Extractor.Extract("router.md", text).Postmortem.AllDeadEnds().Select(e => e.Text).ToList();

        Assert.Equal(2, deadEnds.Count);
        Assert.Contains("Disproven by a packet capture", deadEnds[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Attempts_described_by_recurring_labelled_fields_under_a_dead_end_heading_are_one_dead_end_each()
    {
        const string text = "# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## Diagnosis and failed attempts\n\n"
            + "**Attempt 1:** Raise the lease priority\n```yaml\npriority: 1000\n```\n- **Theory:** Leases lose to the default pool\n- **Action:** Restarted the DHCP server\n"
            + "- **Result:** ❌ Still no leases\n- **Time wasted:** 10 minutes\n\n**Attempt 2:** Flush the lease table\n- **Theory:** The table is corrupt\n"
            + "- **Result:** ❌ No change\n- **Lesson:** The table was fine\n- **Time wasted:** 8 minutes\n\n## Action items\n\n- Add a lease alert\n";

        var deadEnds = Extractor.Extract("router.md", text).Postmortem.AllDeadEnds().Select(e => e.Text).ToList();

        Assert.Equal(2, deadEnds.Count);
        Assert.StartsWith("Attempt 1: Raise the lease priority", deadEnds[0], StringComparison.Ordinal);
        Assert.StartsWith("Attempt 2: Flush the lease table", deadEnds[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Recurring_fields_with_no_paragraph_above_them_are_one_dead_end_per_first_field()
    {
        const string text = "# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## Ruled-out hypotheses\n\n"
            + "- **Hypothesis:** The switch drops broadcasts.\n- **Evidence against:** A capture shows them.\n"
            + "- **Hypothesis:** The lease database is full.\n- **Evidence against:** It is half empty.\n";

        var deadEnds = Extractor.Extract("router.md", text).Postmortem.AllDeadEnds().Select(e => e.Text).ToList();

        Assert.Equal(["Hypothesis: The switch drops broadcasts.", "Hypothesis: The lease database is full."], deadEnds);
    }

    [Fact]
    public void One_label_recurring_alone_under_a_dead_end_heading_still_names_a_dead_end_per_item()
    {
        const string text = "# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## Ruled-out hypotheses\n\n"
            + "- **Hypothesis:** The switch drops broadcasts.\n- **Hypothesis:** The lease database is full.\n- **Hypothesis:** A rogue DHCP server.\n";

        Assert.Equal(3, Extractor.Extract("router.md", text).Postmortem.AllDeadEnds().Count());
    }

    [Theory]
    [InlineData("What didn't work")]
    [InlineData("Hypotheses")]
    [InlineData("Hypotheses not yet ruled out")]
    public void Items_under_a_heading_that_does_not_say_they_led_nowhere_are_no_dead_ends(string heading)
    {
        var text = $"# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## {heading}\n\n- The alert was too quiet.\n- The lease database is full.\n";

        Assert.Empty(Extractor.Extract("router.md", text).Postmortem.AllDeadEnds());
    }

    [Fact]
    public void A_timed_item_under_a_dead_end_heading_keeps_its_sub_items_and_the_next_item_is_still_one()
    {
        const string text = "# Router outage on 2026-04-24\n\nDHCP leases stopped at 09:00.\n\n## Failed attempts\n\n"
            + "- 10:05 Restarted the pods\n  - no change\n- Flushed the lease table\n";

        var deadEnds = Extractor.Extract("router.md", text).Postmortem.AllDeadEnds().Where(e => e.Time is null).Select(e => e.Text).ToList();

        Assert.Equal(["Flushed the lease table"], deadEnds);
    }

    [Fact]
    public void A_title_that_names_red_herrings_does_not_make_the_list_under_it_dead_ends()
    {
        const string text = "# Chasing red herrings: our DNS outage\n\nDNS failed on 2026-04-24.\n\n- A bad zone push caused it.\n- Resolvers cached the empty zone.\n";

        Assert.Empty(Extractor.Extract("dns.md", text).Postmortem.AllDeadEnds());
    }

    [Fact]
    public void An_entry_that_only_reports_the_problem_persisted_marks_the_remedy_before_it_as_well()
    {
        var deadEnds = EventWording.DeadEnds(
        [
            "Alerts fire for checkout errors",
            "Restarted the payment workers",
            "Checked the dashboards with the team",
            "The errors persisted",
            "Found the expired signing key and replaced it",
        ]);

        Assert.Equal([false, true, false, true, false], deadEnds);
    }

    [Theory]
    [InlineData("The on-call engineer tries to drain the stuck pods gracefully, but without success.")]
    [InlineData("We tried restarting the proxy several times to no avail.")]
    [InlineData("The engineer attempts to stop one of the nodes; instead the node is terminated by the autoscaler.")]
    [InlineData("A browser check of the endpoints looks fine on the surface, because of a stored certificate exception.")]
    public void An_attempt_that_came_to_nothing_a_cause_named_for_now_or_a_check_that_misled_is_a_dead_end(string entry)
    {
        Assert.Equal([false, true, false], EventWording.DeadEnds(["VPN unreachable for all staff", entry, "Storage server repaired; service restored"]));
    }

    [Theory]
    [InlineData("The engineer tries to drain the pods and they drain within a minute.")]
    [InlineData("We attempted to restart the service, instead of rolling back, and it came up healthy.")]
    [InlineData("It was originally attributed to the v2.3 deploy, and that held up.")]
    [InlineData("The root cause is preliminarily attributed to the domain controllers, and the logs confirmed it.")]
    public void An_attempt_that_worked_or_a_first_reading_that_held_is_no_dead_end(string entry)
    {
        Assert.Equal([false, false, false], EventWording.DeadEnds(["VPN unreachable for all staff", entry, "Storage server repaired; service restored"]));
    }

    [Theory]
    [InlineData("The array has not actually begun rebuilding, so the server is rebooted again.")]
    [InlineData("The ingest worker terminated again with exit 1.")]
    public void An_attempt_the_next_entry_says_came_to_nothing_is_a_dead_end(string next)
    {
        var marks = EventWording.DeadEnds(["Disk in bay 3 fails", "The server is rebooted in an attempt to start the rebuild", next, "Rebuild finished; services restored"]);

        Assert.True(marks[1]);
        Assert.False(marks[3]);
    }

    [Fact]
    public void A_cause_named_for_now_that_a_later_finding_names_otherwise_is_a_dead_end()
    {
        var marks = EventWording.DeadEnds(["VPN unreachable for all staff", "The root cause is preliminarily attributed to the domain controllers", "The root cause is identified as a storage issue", "Storage repaired; service restored"]);

        Assert.Equal([false, true, false, false], marks);
    }

    [Theory]
    [InlineData("The issue is tentatively attributed to the v2.3 deploy, and a rollback starts", "Rollback completes; error rate returns to normal")]
    [InlineData("Rolled back to v2.2; errors stop", "The root cause is tentatively attributed to the v2.3 deploy pending a full review")]
    public void A_cause_named_for_now_that_nothing_later_settles_is_no_dead_end(string first, string second)
    {
        Assert.DoesNotContain(true, EventWording.DeadEnds(["Checkout errors rise", first, second]));
    }

    [Fact]
    public void A_cause_named_for_now_and_confirmed_a_little_later_is_no_dead_end()
    {
        var marks = EventWording.DeadEnds(["Checkout errors rise", "The root cause is tentatively attributed to the v2.3 deploy", "Root cause confirmed: the v2.3 deploy", "Rollback of v2.3; errors stop"]);

        Assert.False(marks[1]);
    }

    [Fact]
    public void A_step_the_next_entry_repeats_without_saying_it_failed_is_no_dead_end()
    {
        var marks = EventWording.DeadEnds(["Disk in bay 3 fails", "The server is rebooted in an attempt to start the rebuild", "The rebuild is running; the server is rebooted again after it", "Rebuild finished; services restored"]);

        Assert.False(marks[1]);
    }

    [Fact]
    public void A_fix_said_to_have_fixed_its_bug_while_something_else_is_still_broken_is_no_dead_end()
    {
        var marks = EventWording.DeadEnds(["Deploys fail with a billing error", "Hotfix deployed; the original bug is resolved, but automatic builds are still broken", "Billing limit raised; builds run again"]);

        Assert.False(marks[1]);
    }

    [Fact]
    public void Trouble_still_seen_after_a_change_made_for_the_future_does_not_make_that_change_a_dead_end()
    {
        var marks = EventWording.DeadEnds(["Pipeline errors on malformed input", "Bad records suppressed", "Patch approved that will reject malformed records going forward", "Next day's data set published, still missing records"]);

        Assert.False(marks[2]);
    }

    [Fact]
    public void A_retried_step_after_which_the_node_fails_again_is_a_dead_end_but_a_node_failing_again_with_nothing_tried_is_the_incident()
    {
        Assert.Equal([false, false, false, true], EventWording.DeadEnds(["Checkout fails", "Node restarted; blocks resume", "Partners agree to retry", "Upgrade re-attempted; node fails again"]));
        Assert.Equal([false, false], EventWording.DeadEnds(["Checkout fails", "The node fails again"]));
    }

    [Fact]
    public void A_hardware_reset_after_which_the_server_is_still_not_reachable_is_a_dead_end()
    {
        var deadEnds = EventWording.DeadEnds(
        [
            "The machine stopped replying to heartbeats.",
            "A hardware reset was initiated by the hosting support",
            "Reporting back to the support that the server is still not reachable",
            "Server started pinging again",
        ]);

        Assert.Equal([false, true, true, false], deadEnds);
    }

    [Fact]
    public void A_problem_going_on_with_no_remedy_tried_before_is_the_incident_not_a_dead_end()
    {
        var deadEnds = EventWording.DeadEnds(
        [
            "Deployed version 4.2 to production",
            "Errors continue to climb on the login page",
            "Paged the on-call engineer",
        ]);

        Assert.Equal([false, false, false], deadEnds);
    }

    [Fact]
    public void A_remedy_whose_own_entry_says_it_failed_does_not_mark_the_entry_before_it()
    {
        var deadEnds = EventWording.DeadEnds(
        [
            "Latency alerts for the API",
            "Suggested restarting the API pods",
            "Restarted the API pods; the timeouts persist",
        ]);

        Assert.Equal([false, false, true], deadEnds);
    }

    [Theory]
    [InlineData("At 10:00 UTC customers trying to check out saw 502 errors. Many were unable to pay.")]
    [InlineData("At 10:02 UTC the proxy misinterprets the new header and drops requests.")]
    public void Impact_told_in_prose_and_a_system_misreading_input_are_not_dead_ends(string sentence)
    {
        var postmortem = Extractor.Extract("checkout.md", $"# Checkout errors on 2024-08-02\n\n{sentence}\n\nAt 11:00 UTC the release was rolled back.\n").Postmortem;

        Assert.Empty(postmortem.AllDeadEnds());
    }

    [Fact]
    public void In_a_prose_timeline_an_attempt_whose_failure_the_next_sentences_tell_is_a_dead_end_and_one_that_worked_is_not()
    {
        const string text = "# Queue outage on 2024-08-02\n\nThe queue stopped at 09:00 UTC.\n\n"
            + "At 10:45 UTC we attempted to start the replica in standby mode. But standby mode needs a primary to follow. With none reachable, it refused to start.\n\n"
            + "At 11:30 UTC we rebuilt the replica from the nightly backup. It came up cleanly and took traffic.\n\n"
            + "At 12:10 UTC the restore of the last increment was complete. However as soon as the tool tried to apply the next one it errored out.\n";

        var timeline = Extractor.Extract("queue.md", text).Postmortem.Timeline;

        Assert.Equal([false, true, false, true], timeline.Select(e => e.DeadEnd));
    }

    [Fact]
    public void In_a_prose_timeline_an_outcome_that_says_a_remedy_did_not_help_at_once_and_not_that_it_worked_later_is_a_dead_end()
    {
        const string text = "# Queue outage on 2024-08-02\n\nThe queue stopped at 09:00 UTC.\n\n"
            + "At 09:20 UTC we restarted the consumers. This did not help immediately; the backlog kept growing.\n\nAt 10:05 UTC we failed over to the replica, which restored service.\n";

        Assert.Equal([false, true, false], Extractor.Extract("queue.md", text).Postmortem.Timeline.Select(e => e.DeadEnd));
    }

    [Theory]
    [InlineData("**Duration:** 14:32 UTC - ongoing until the fix", "2024-08-02T14:32:00Z")]
    [InlineData("**Duration:** 2:30", null)]
    public void A_duration_label_over_a_time_of_day_gives_the_start_and_over_a_bare_clock_figure_gives_none(string line, string? started)
    {
        var imported = Extractor.Extract("outage.md", $"# Outage on 2024-08-02\n\n{line}\n\nThe API was down.\n").Postmortem.ToPostmortem()!;

        Assert.Equal(started is null ? null : DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture), imported.Timestamps.Started);
    }

    [Theory]
    [InlineData("Error rate rises but is not detected by monitoring", false)]
    [InlineData("The failure wasn't noticed by the on-call engineer", false)]
    [InlineData("Checkout errors never alerted anyone", false)]
    [InlineData("Security review completes with no major issues reported", false)]
    [InlineData("Load test finishes and no new errors were detected", false)]
    [InlineData("Missing reports regenerated from the archive", false)]
    [InlineData("No heartbeat detected from the checkout worker", true)]
    [InlineData("No Data alert triggered for the checkout heartbeat", true)]
    [InlineData("Users with no saved cards reported checkout timeouts", true)]
    [InlineData("Error rate rise detected by monitoring", true)]
    [InlineData("Customers start reporting checkout timeouts", true)]
    [InlineData("Users began reporting errors on the status forum", true)]
    [InlineData("If customers start complaining, support will escalate to the on-call engineer", false)]
    [InlineData("Support prepares a macro in case tickets start coming in about the maintenance", false)]
    [InlineData("Customers start reporting failed payments", true)]
    [InlineData("Customers started complaining about slow checkout", true)]
    [InlineData("Support tickets start coming in about checkout errors", true)]
    [InlineData("Support tickets start coming in saying checkout works again", false)]
    [InlineData("We started receiving customer complaints about slow checkout", true)]
    [InlineData("Our support team started getting tickets about failed logins", true)]
    [InlineData("Customers started contacting support about missing orders", true)]
    [InlineData("If we start receiving complaints, support escalates them to the team", false)]
    [InlineData("Customers started contacting support to say checkout works again", false)]
    [InlineData("Customers start reporting that payments succeed", false)]
    [InlineData("Customers started reporting that pages were much slower than normal", true)]
    [InlineData("We began receiving a large number of customer complaints", true)]
    [InlineData("We agreed that, should we start receiving complaints, support would escalate", false)]
    [InlineData("The runbook says support starts getting tickets within an hour", false)]
    [InlineData("The rollback attempt failed with a timeout", false)]
    [InlineData("Support asks customers to report any failed payments", false)]
    [InlineData("Feature flag enabled for the new customer reporting dashboard", false)]
    [InlineData("Users report that checkout is working again", false)]
    public void A_timeline_entry_that_says_the_trouble_went_unseen_is_not_its_detection(string entry, bool detection)
    {
        var text = $"# Checkout errors on 2024-08-02\n\n## Timeline\n\n- 09:00 UTC: Deploy of checkout 4.2\n- 09:05 UTC: {entry}\n- 10:30 UTC: Customer reports errors\n- 11:00 UTC: Rollback restores checkout\n";

        Assert.Equal(detection, Extractor.Extract("checkout.md", text).Postmortem.Timestamps.Detected == DateTimeOffset.Parse("2024-08-02T09:05:00Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The API returned errors for an hour. Two rollbacks did not help before the proxy was restarted.")]
    [InlineData("Summary: checkout failed for 40 minutes; the team prepared a rollback but the errors stopped on their own.")]
    public void A_rollback_named_as_a_remedy_is_no_evidence_that_a_deployment_caused_the_incident(string text)
    {
        Assert.NotEqual("change/deployment", CategoryOf(text));
    }

    [Theory]
    [InlineData("At 02:09 UTC we removed the images from the post as a mitigation. This did not resolve the issue.", true)]
    [InlineData("We decided to remove the images from the post as a mitigation. This was done at 02:09 UTC. This did not resolve the issue.", true)]
    [InlineData("We decided to remove the images from the post as a mitigation. This was done at 02:09 UTC. This resolved the issue for most users.", false)]
    [InlineData("We decided to remove the images from the post. The CDN kept serving them. We opened a ticket at 02:09 UTC. It did not help.", false)]
    public void In_a_prose_timeline_an_outcome_right_after_a_moment_answers_the_remedy_it_names_or_refers_back_to(string paragraph, bool deadEnd)
    {
        var text = $"# Media blocked on 2024-08-02\n\nAt 02:00 UTC the CDN blocked all media.\n\n{paragraph}\n\nAt 03:41 UTC service was restored.\n";

        Assert.Equal(deadEnd, Extractor.Extract("media.md", text).Postmortem.AllDeadEnds().Any());
    }

    [Fact]
    public void A_step_that_did_but_not_solve_the_problem_is_a_dead_end()
    {
        const string text = "# Router outage on 2025-03-06\n\n## Response Timeline\n\n- 09:31 UTC: Connectivity loss detected\n- ~09:38 UTC: Reversal of the change, but not solve the problem\n"
            + "- 09:49 UTC: Service restored after rebooting the router\n";

        Assert.Equal([false, true, false], Extractor.Extract("router.md", text).Postmortem.Timeline.Select(e => e.DeadEnd));
    }

    private static IReadOnlyList<Model.TimelineEvent> DeadEndsOf(string text) =>
        Extractor.Extract("outage.md", text).Postmortem.AllDeadEnds().ToList();

    [Theory]
    [InlineData("We did some reboots of the proxy container without success.")]
    [InlineData("The error was misinterpreted as a side effect of the package upgrade.")]
    [InlineData("Our first theory was a bad deploy, but the graphs said otherwise.")]
    [InlineData("The release was delayed by another error, which turned out to be unrelated.")]
    [InlineData("After this effort was done, the team saw that the degradation persisted.")]
    [InlineData("Raising the connection limit had no effect on the queue.")]
    [InlineData("We rebooted the host twice without success: the disk would not mount.")]
    [InlineData("It actually turned out that the Docker image was not the problem, but that a backup process was hanging.")]
    [InlineData("We first looked at the load balancer, but it turned out that the load balancer was not to blame.")]
    [InlineData("We initially thought this was a pipeline problem, but discovered on the 9th that the raw files were missing too.")]
    [InlineData("Various attempts to revive the network stayed without success.")]
    [InlineData("We restarted the workers, but jobs were still failing.")]
    [InlineData("Our initial hypothesis was that a user had submitted an exploit transaction; exploration later confirmed that the halt was actually triggered by internal testing.")]
    public void A_dead_end_told_in_the_prose_is_found_though_it_has_no_time(string sentence)
    {
        var deadEnds = DeadEndsOf($"# Proxy outage on 2024-08-02\n\n## What happened\n\nThe proxy stopped answering. {sentence} Then we found the full disk.\n");

        var deadEnd = Assert.Single(deadEnds);
        Assert.Null(deadEnd.Time);
        Assert.Equal(sentence, deadEnd.Text);
    }

    [Fact]
    public void A_dead_end_with_no_time_is_left_off_the_timeline_and_the_reviewer_is_told_its_line()
    {
        var extraction = Extractor.Extract("proxy.md", "# Proxy outage on 2024-08-02\n\n## What happened\n\nThe proxy stopped answering at 10:00 UTC.\n\nWe restarted the workers, but jobs were still failing.\n\nAt 11:00 UTC we found the full disk.\n");

        Assert.DoesNotContain(extraction.Postmortem.Timeline, e => e.DeadEnd || e.Time is null);
        Assert.Equal(["We restarted the workers, but jobs were still failing."], extraction.Postmortem.DeadEndsWithoutTime);
        var warning = Assert.Single(extraction.Diagnostics, d => d.Message.StartsWith("line 7 tells a dead end with no time", StringComparison.Ordinal));
        Assert.Equal(7, warning.Location.Line);
        Assert.Contains("dead_end: true", warning.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- At 10:15 UTC, with the errors still climbing, we attempted a restart of the database.\n- It failed and the errors continued.\n")]
    public void An_attempt_in_one_list_item_of_a_narrative_that_the_next_item_says_did_not_help_is_a_dead_end(string attempt)
    {
        var text = "# Database outage\n\nDate: 2024-03-20\n\n## What happened\n\nThe API began returning errors at 10:05 UTC.\n\n" + attempt
            + "- The errors stopped at 10:40 UTC once we failed over to the replica.\n";

        var timeline = Extractor.Extract("db.md", text).Postmortem.Timeline;

        Assert.Equal([false, true, false], timeline.Select(e => e.DeadEnd));
    }

    [Fact]
    public void A_list_item_telling_another_thing_after_an_attempt_does_not_make_the_attempt_a_dead_end()
    {
        const string text = "# Database outage\n\nDate: 2024-03-20\n\n## What happened\n\nThe API began returning errors at 10:05 UTC.\n\n"
            + "- At 10:15 UTC, with the errors still climbing, the on-call engineer attempted to move traffic to the replica.\n- The original primary had failed because its disk filled up.\n"
            + "- The errors stopped at 10:40 UTC once traffic was on the replica.\n";

        Assert.Empty(Extractor.Extract("db.md", text).Postmortem.AllDeadEnds());
    }

    [Fact]
    public void A_sentence_saying_only_that_it_made_no_difference_makes_the_remedy_before_it_the_dead_end()
    {
        var deadEnds = DeadEndsOf("# Database down on 2024-06-04\n\nThinking it a fluke, I rebooted the server.\nUnfortunately, that didn't make a difference: the database still failed to start.\n");

        var deadEnd = Assert.Single(deadEnds);
        Assert.StartsWith("Thinking it a fluke, I rebooted the server. Unfortunately", deadEnd.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Local access did not work correctly because the address was private.")]
    [InlineData("Memory safety guarantees do not mitigate memory leaks.")]
    [InlineData("If the restart does not help, the runbook says to fail over.")]
    [InlineData("The discovery of this incident was unrelated to the ongoing maintenance.")]
    [InlineData("Our hypothesis is that one of them is the original, but they all attach to a new one.")]
    [InlineData("We dismissed the alert because we mistakenly thought our usage was safe.")]
    [InlineData("We were unable to reach the dashboard, so we retried the login.")]
    [InlineData("The load increased through the evening and the errors continued.")]
    [InlineData("Requests dropped sharply and the latency remained high.")]
    [InlineData("After the rollback, latency returned to its usual 40 ms.")]
    [InlineData("After the fix was deployed, errors continued to fall.")]
    [InlineData("The fix was simpler than we originally thought.")]
    [InlineData("We initially suspected a disk failure, and the logs confirmed it.")]
    [InlineData("The load balancer misinterpreted the health check response and removed all backends.")]
    [InlineData("The engineer's command was not the root cause; the missing guard rail was.")]
    [InlineData("A typo in the config sent writes down the wrong path on disk.")]
    [InlineData("We suspected the cache and confirmed it within minutes, but the fix took an hour to roll out.")]
    [InlineData("The volume of traffic was not the problem, but a slow query on the orders table was.")]
    [InlineData("It turned out that the lock timeout was not related to the retry storm.")]
    [InlineData("The new image wasn't the cause, but it did restart the backups.")]
    public void Prose_telling_what_does_not_work_in_general_or_might_happen_is_no_dead_end(string sentence)
    {
        Assert.Empty(DeadEndsOf($"# Proxy outage on 2024-08-02\n\n## What happened\n\nThe proxy stopped answering. {sentence}\n"));
    }

    [Fact]
    public void Lessons_and_action_items_tell_no_dead_ends()
    {
        const string text = "# Proxy outage on 2024-08-02\n\n## Lessons learned\n\nRestarting the proxy did not help, so look at the logs first.\n\n"
            + "## Action items\n\n- Make sure a rollback without success pages the on-call.\n";

        Assert.Empty(DeadEndsOf(text));
    }

    [Fact]
    public void The_prose_is_not_read_for_dead_ends_when_the_timeline_marks_its_own()
    {
        const string text = "# Proxy outage on 2024-08-02\n\nRebooting the proxy did not help.\n\n## Timeline (UTC)\n\n- 10:00 Proxy stops answering\n- 10:05 Proxy rebooted, no effect\n- 10:30 Disk cleaned, proxy back\n";

        var deadEnd = Assert.Single(DeadEndsOf(text));
        Assert.NotNull(deadEnd.Time);
    }

    [Fact]
    public void A_dead_end_told_beside_the_cause_leaves_the_cause_to_the_classifier()
    {
        var postmortem = Extractor.Extract("disk.md", "# Outage on 2024-08-02\n\n## What happened\n\nThe outage was caused by a disk full condition on the primary database. We restarted the API servers without success.\n").Postmortem;

        Assert.Single(postmortem.AllDeadEnds());
        Assert.Equal("capacity/resource-exhaustion", postmortem.Classification.Category);
    }

    [Fact]
    public void An_outcome_answers_the_sentence_before_it_only_within_its_own_section()
    {
        Assert.Empty(DeadEndsOf("# Outage on 2024-08-02\n\n## Background\n\nWe roll back bad deploys within five minutes.\n\n## Impact\n\nThis made no difference to most users, who saw cached pages.\n"));
    }

    [Theory]
    [InlineData("Validators on the Polkadot network stopped producing blocks because of a bad build; a rollback fixed it.", "change/deployment")]
    [InlineData("The disconnects were caused by a bug in the ircd that serves our IRC network.", "software/bug")]
    [InlineData("Every connection to the database hosts dropped because of a network outage at the colocation site.", "network/connectivity")]
    [InlineData("The outage was caused by what the network team found: a bug in the payment service.", "software/bug")]
    [InlineData("The outage was caused by lost network connectivity between the two halls.", "network/connectivity")]
    public void A_network_is_a_cause_only_where_the_network_failed(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("Most user impact was mitigated by our automatic retries and load balancers. A scheduled software upgrade added unexpected load to the fleet.", "change/deployment")]
    [InlineData("Thanks to the read replica and the failover, users saw only slow pages. The real cause was a kernel update on the primary.", "change/deployment")]
    [InlineData("The errors were masked by the load balancer's retries, so nobody was paged for an hour. A misconfiguration in the cache sent every request to the origin.", "change/config")]
    public void What_softened_the_impact_is_not_the_cause(string text, string expected)
    {
        Assert.Equal(expected, CategoryOf(text));
    }

    [Theory]
    [InlineData("The impact was mitigated by rolling back the faulty deployment of the billing service.", "change/deployment")]
    [InlineData("Errors were mitigated by reverting the config change to the cache's TTL.", "change/config")]
    public void What_was_undone_to_mitigate_the_impact_is_still_the_cause(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("Both links to the office went dark after a fiber cut by road works on the high street.")]
    [InlineData("A fibre cut between our two sites left the replicas unable to reach each other.")]
    public void A_cut_fibre_is_a_connectivity_loss(string sentence)
    {
        Assert.Equal("network/connectivity", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("A race condition left the chat service with no record of where to send replies.", "software/bug")]
    [InlineData("The registrar removed our glue records for the nameservers.", "network/dns")]
    public void A_record_is_a_dns_record_only_when_named_as_one(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The provider's live migration of our mail server to a new host failed and the data center took it offline.", "dependency/cloud-provider")]
    [InlineData("The schema migration locked the orders table for twenty minutes.", "change/schema-migration")]
    [InlineData("The site went down because the migration locked the users table for twenty minutes.", "change/schema-migration")]
    [InlineData("Changing a column type in the database schema dropped every row of the table.", "change/schema-migration")]
    public void A_migration_is_a_schema_migration_only_when_it_is_the_database_s(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Fact]
    public void A_cloud_provider_named_by_its_brand_is_the_cause_when_the_text_says_it_had_a_problem()
    {
        Assert.Equal("dependency/cloud-provider", Category("# Media unavailable\n\nThe issues are a result of an authentication problem with OVH, which handles our object storage.\n"));
    }

    [Fact]
    public void Unknown_in_a_quoted_error_message_is_not_an_unknown_cause_but_stated_as_the_cause_it_is()
    {
        const string quoted = "# Downloads failing on 2024-03-14\n\nThe alert email said:\n\n> Unknown storage provider 's3'\n\nThe root cause was a bad deploy that skipped registering the provider.\n";
        const string stated = "# Downloads failing on 2024-03-14\n\n## Root cause\n\nThe root cause is unknown; the investigation was inconclusive.\n";

        Assert.Equal("change/deployment", Category(quoted));
        Assert.Equal("unknown", Category(stated));
    }

    [Fact]
    public void A_short_notice_naming_one_cause_once_in_plain_text_has_that_cause()
    {
        Assert.Equal("change/config", Category("# Data security notice\n\nThis afternoon we saw strange queries on our database. A server misconfiguration had left it open to the internet.\n"));
    }

    [Fact]
    public void A_short_notice_naming_two_causes_once_each_stays_unknown()
    {
        Assert.Equal("unknown", Category("# Notice\n\nThis afternoon we saw a misconfiguration and a firewall problem.\n"));
    }

    [Theory]
    [InlineData("Our API provider is having connection issues. We are investigating!", "dependency/third-party")]
    [InlineData("A remote attacker got into a third-party system that runs our chat and mined coins on it.", "security/credentials")]
    [InlineData("Power and cooling issues at the hall shut down the login nodes.", "hardware/failure")]
    [InlineData("We had rolled out a few new features and broke the sign-up page for Safari users.", "change/deployment")]
    [InlineData("Due to a software problem, there has been some disruption to our search nodes.", "software/bug")]
    public void A_short_status_notice_names_its_cause_in_everyday_words(string notice, string expected)
    {
        Assert.Equal(expected, Category($"# Service notice\n\n{notice}\n"));
    }

    [Theory]
    [InlineData("The build server went offline when its power supply died.", "hardware/failure")]
    [InlineData("The rack ran too hot after a fan stopped, and the hosts shut themselves down.", "hardware/failure")]
    [InlineData("An attacker logged in with credentials stolen from a staff laptop.", "security/credentials")]
    [InlineData("The wiki host was compromised through an old plugin.", "security/credentials")]
    [InlineData("Memory pressure on the cache nodes pushed them into swap usage and requests piled up.", "capacity/resource-exhaustion")]
    public void Common_words_for_a_failed_machine_a_breach_or_a_starved_host_name_their_category(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("We set the model temperature to 0.2 for the summaries, and the summaries went out late.")]
    [InlineData("The maintenance plan covers electrical testing of the hall, and the portal went down.")]
    public void A_setting_or_a_maintenance_plan_that_only_shares_a_word_names_no_hardware_cause(string sentence)
    {
        Assert.NotEqual("hardware/failure", CategoryOf(sentence));
    }

    [Fact]
    public void A_leaked_connection_is_no_credential_leak()
    {
        Assert.NotEqual("security/credentials", CategoryOf("The payment handler leaked a database handle on every declined card."));
    }

    [Fact]
    public void An_incident_closed_and_then_reopened_makes_the_closing_a_dead_end_and_a_closing_that_stands_is_not()
    {
        Assert.Equal([false, true, false, false], EventWording.DeadEnds(["Traffic returns on IPv6 only", "Incident closed.", "Incident re-opened. The provider's BGP sessions flap again.", "Incident resolved."]));
        Assert.Equal([false, false], EventWording.DeadEnds(["Traffic returns", "Incident closed."]));
    }

    [Theory]
    [InlineData("Store returns online for a brief moment")]
    [InlineData("The API recovered briefly")]
    [InlineData("Checkout momentarily came back")]
    public void A_remedy_that_brought_the_service_back_only_briefly_before_the_trouble_returned_is_a_dead_end(string briefly)
    {
        Assert.Equal([false, true, false, false], EventWording.DeadEnds(["Writes fail and the store is unreachable", "Database plan is upgraded", briefly, "Database unreachable errors again, the store is down"]));
    }

    [Fact]
    public void Guard_a_brief_recovery_that_lasts_or_follows_no_remedy_marks_no_dead_end()
    {
        Assert.Equal([false, false, false, false], EventWording.DeadEnds(["Writes fail and the store is unreachable", "Database plan is upgraded", "Store returns online for a brief moment", "Store fully recovered"]));
        Assert.Equal([false, false, false, false], EventWording.DeadEnds(["Writes fail and the store is unreachable", "Database plan is upgraded", "Store returns online for a brief moment", "The issue was fixed and the store is back to normal"]));
        Assert.Equal([false, false, false], EventWording.DeadEnds(["Writes fail and the store is unreachable", "Store returns online for a brief moment", "Store unreachable again"]));
    }

    [Fact]
    public void A_regression_test_suite_that_caught_the_problem_is_not_the_cause()
    {
        Assert.Equal("capacity/resource-exhaustion", CategoryOf("The disk filled up and writes failed. It was the regression test suite that finally caught it."));
    }

    [Theory]
    [InlineData("An attacker logged in to the admin console with a leaked password.", "security/credentials")]
    [InlineData("The attacker had gained access to the build server.", "security/credentials")]
    [InlineData("An attacker took $2M by exploiting a rounding bug in the vault contract.", "software/bug")]
    public void How_the_attacker_got_in_decides_between_credentials_and_a_bug(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The root cause lies in the `flat_index` container.", "unknown")]
    [InlineData("The root cause lies in the flatIndex container.", "unknown")]
    [InlineData("The root cause lies in the IndexWriter class.", "unknown")]
    [InlineData("The root cause was a missing index on the orders table.", "database/index")]
    public void A_category_word_inside_a_name_in_code_is_no_evidence_of_that_category(string sentence, string expected) =>
        Assert.Equal(expected, CategoryOf(sentence));

    [Fact]
    public void Words_in_web_addresses_are_no_evidence_of_a_category()
    {
        const string text = "# Chain halt on 2019-09-05\n\nThe chain halted at 12:45 UTC.\n\n"
            + "* https://example.org/core/releases/tag/3.0.2\n* https://example.org/core/releases/tag/3.1.1\n* https://example.org/deploy/releases/tag/3.2.2\n";

        Assert.Equal("unknown", Category(text));
    }

    [Fact]
    public void A_divide_by_zero_is_a_bug()
    {
        Assert.Equal("software/bug", CategoryOf("A penalty of 100% caused a divide by zero when the price was recalculated."));
    }

    [Theory]
    [InlineData("The node stopped producing blocks for seven hours. We are moving to the new node version with dozens of bug fixes.", "unknown")]
    [InlineData("The node stopped producing blocks for seven hours. The next version brings bug fixes and stability improvements.", "unknown")]
    [InlineData("Root cause: the client library update brought several bug fixes, one of which introduced a race condition in the pool.", "software/bug")]
    [InlineData("Root cause: the node lost its peers. The new node version brings a bug fix for the peer handshake.", "software/bug")]
    public void A_count_of_bug_fixes_a_release_brings_is_no_evidence_of_a_bug(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("We discovered that the errors were caused by an issue with a specific image region in Fastly.", "dependency/third-party")]
    [InlineData("Cloudflare had an outage in its Frankfurt data centre and our pages failed to load.", "dependency/third-party")]
    [InlineData("Our pages are served through Cloudflare. A deadlock between two checkout transactions stalled every order.", "database/locking")]
    [InlineData("A deployment of the storefront shipped a broken template. Because Fastly cached the broken page for an hour, users kept seeing errors.", "change/deployment")]
    [InlineData("Our CDN went down for forty minutes and the pages failed to load.", "dependency/third-party")]
    [InlineData("A deployment of the storefront shipped a broken template, and the CDN served the broken page for an hour.", "change/deployment")]
    [InlineData("Due to a CDN cache invalidation issue, the CDN served an index file that referenced a missing file, and clients failed with 404 errors.", "dependency/third-party")]
    [InlineData("A deployment of the storefront shipped a broken template, and visitors saw Cloudflare error pages for an hour.", "change/deployment")]
    [InlineData("A CDN configuration error we introduced in a Terraform change pointed the image path at the wrong bucket.", "change/config")]
    [InlineData("CDN errors spiked when the origin stopped answering; the CDN itself was healthy.", "unknown")]
    [InlineData("A CDN-side outage returned truncated files for large objects.", "dependency/third-party")]
    public void A_content_delivery_network_that_failed_is_a_third_party_and_one_that_only_serves_the_site_is_no_evidence(string text, string expected)
    {
        Assert.Equal(expected, CategoryOf(text));
    }

    [Theory]
    [InlineData("The likely cause was that the message consumer was stuck, so we were not getting messages about finished builds.", "software/bug")]
    [InlineData("The export worker hung and no reports went out for a day.", "software/bug")]
    [InlineData("Merges stopped for a day. At peak, 60 pull requests were stuck in the merge queue.", "unknown")]
    [InlineData("Merges stopped for a day. The merge job was stuck in the queue behind the nightly build.", "unknown")]
    [InlineData("The export worker hung waiting on the database for an hour.", "unknown")]
    [InlineData("The nightly report job got stuck because the reporting database was down.", "unknown")]
    [InlineData("The consumer got stuck on a malformed record, so no messages were processed.", "software/bug")]
    [InlineData("The sync job is stuck on the same message and keeps retrying it.", "software/bug")]
    [InlineData("The export worker hangs, and no reports go out.", "software/bug")]
    [InlineData("The admin console froze up and nobody could approve refunds.", "software/bug")]
    [InlineData("The export worker hangs on a lock the migration holds.", "unknown")]
    public void A_program_that_was_stuck_or_hung_is_a_defect_unless_something_else_held_it_up(string text, string expected)
    {
        Assert.Equal(expected, CategoryOf(text));
    }

    [Fact]
    public void Deploys_frozen_or_a_banner_hung_are_no_defect()
    {
        Assert.NotEqual("software/bug", CategoryOf("We froze all deployments and hung a maintenance banner on the storefront. The partner's API was down."));
    }

    [Theory]
    [InlineData("The chain halted at block 1131575. The fix was backported to the v0.21.x release branch.", "unknown")]
    [InlineData("The chain halted at block 1131575. See the release notes of v0.21.11 for the fix.", "unknown")]
    [InlineData("The chain halted at block 1131575 after the v0.21.11 release.", "change/deployment")]
    public void A_release_branch_or_release_notes_are_where_a_fix_went_not_a_release_that_broke_something(string text, string expected)
    {
        Assert.Equal(expected, CategoryOf(text));
    }

    [Theory]
    [InlineData("The build cluster was down for a day. No application deployments could proceed.", "unknown")]
    [InlineData("Checkout slowed down for an hour. There were no recent deploys.", "unknown")]
    [InlineData("Checkout slowed down for an hour, with no customer data loss.", "unknown")]
    [InlineData("A deployment at 09:00 broke checkout.", "change/deployment")]
    public void A_deployment_or_a_harm_the_text_says_did_not_happen_is_no_evidence(string text, string expected)
    {
        Assert.Equal(expected, CategoryOf(text));
    }

    [Theory]
    [InlineData("Root cause: a validation skip in the sequencer let empty transaction receipts through.", "software/bug")]
    [InlineData("The deposit was processed without checks because of missing validation of the receipts.", "software/bug")]
    [InlineData("Root cause: the team skipped validation on staging to hit the deadline.", "unknown")]
    [InlineData("Root cause: missing input validation in the upload handler let a negative size through.", "software/bug")]
    [InlineData("Root cause: a lack of input validation on the import form.", "software/bug")]
    public void A_validation_the_software_skipped_or_lacked_is_a_bug_but_a_check_people_skipped_is_not(string sentence, string expected)
    {
        Assert.Equal(expected, CategoryOf(sentence));
    }

    [Theory]
    [InlineData("e2e tests pass, so I'll un-revert my PR", true)]
    [InlineData("Reverted the revert once the API recovered", true)]
    [InlineData("Re-landed the change after the fix to the proxy", true)]
    [InlineData("e2e tests pass, so we leave the revert in place", false)]
    public void A_revert_taken_back_later_was_a_wrong_lead(string later, bool deadEnd)
    {
        Assert.Equal([false, deadEnd, false, false], EventWording.DeadEnds(["Login and API errors start", "Reverted the last PR in case it caused the API errors", "Supplier restarts the API junction; logins work again", later]));
    }

    [Theory]
    [InlineData("Rolled back the 09:50 deploy; latency back to normal, but we are still monitoring.")]
    [InlineData("Restarted the cache nodes; however, the root cause is still unclear.")]
    public void A_remedy_that_worked_while_something_else_is_still_open_is_not_a_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Fact]
    public void A_category_word_in_underscore_emphasis_is_evidence()
    {
        Assert.Equal("software/bug", CategoryOf("The root cause was a _race condition_ in the job scheduler."));
    }

    [Fact]
    public void A_change_made_to_fix_something_that_broke_things_is_still_the_cause()
    {
        Assert.Equal("change/deployment", CategoryOf("The root cause was a rollout to fix slow page loads that shipped a build which could not start."));
    }

    [Fact]
    public void A_restart_after_which_users_still_could_not_log_in_is_a_dead_end() =>
        Assert.True(EventWording.IsDeadEnd("Restarted the auth service. However, users still could not log in."));

    [Fact]
    public void Words_in_a_sentence_that_lists_what_was_not_observed_are_no_evidence()
    {
        const string told = "# API outage on 2024-02-01\n\nThe API was unavailable for an hour.\n\n";

        Assert.Equal("capacity/resource-exhaustion", Category(told + "The root cause was memory pressure on the API hosts.\n"));
        Assert.NotEqual("capacity/resource-exhaustion", Category(told + "No kernel I/O error, inode exhaustion, memory pressure or OOM kill was observed during the incident.\n"));
    }

    [Fact]
    public void Automation_counts_as_running_away_only_when_it_is_told_doing_harm()
    {
        Assert.NotEqual("automation/runaway", CategoryOf("The root cause was the mount ordering: the disk automation was skipped during the migration."));
        Assert.Equal("automation/runaway", CategoryOf("The root cause was our cleanup automation, which deleted every volume in the cluster."));
    }

    [Fact]
    public void A_health_check_points_at_load_balancing_only_where_the_text_has_one()
    {
        Assert.NotEqual("network/load-balancer", CategoryOf("The root cause was a driver update; the container health check stayed green throughout."));
        Assert.Equal("network/load-balancer", CategoryOf("The root cause was the load balancer health check, which marked every backend down."));
    }

    [Fact]
    public void A_timestamp_is_no_clock_problem()
    {
        Assert.NotEqual("time/clock", CategoryOf("The root cause was that the guard read timestamps that froze while values stayed constant."));
    }

    [Fact]
    public void Compromised_binaries_are_a_security_breach()
    {
        Assert.Equal("security/credentials", CategoryOf("A quick investigation found that the binaries had been compromised and a malicious version was being served."));
    }

    [Fact]
    public void An_internet_provider_outage_is_a_connectivity_problem()
    {
        Assert.Equal("network/connectivity", CategoryOf("Our ISP went down in the morning and every service lost its internet connection."));
    }

    [Theory]
    [InlineData("All Unknown pods force-deleted; new pods scheduled but stuck in ContainerCreating")]
    [InlineData("Restarted the worker, but it crashed again within a minute")]
    [InlineData("Rolled back the release, yet the jobs kept failing")]
    [InlineData("Increased the memory limit, but pods got stuck in CrashLoopBackOff")]
    [InlineData("Restarted the consumers, but the messages that were in flight got stuck again")]
    public void A_remedy_followed_by_a_but_that_tells_things_stuck_or_failing_anew_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Restarted the worker, but only after draining the queue")]
    [InlineData("Pods stuck in ContainerCreating")]
    [InlineData("Rolled back the release, but the root cause was a stuck-open valve in the config")]
    [InlineData("Restarted the proxy, but the real reason was a stuck disk mount")]
    [InlineData("Restarted the scheduler, but no jobs were stuck")]
    [InlineData("Rolled back the release; error rate back to normal, but 40 jobs stuck in the queue were replayed by hand")]
    [InlineData("Restarted all workers, but first released the stuck lock; queue drained")]
    [InlineData("Restarted the API pods, but hung requests drained within a minute")]
    [InlineData("Restarted the workers, but jobs got stuck for a minute before they drained")]
    [InlineData("Restarted the scheduler, but nothing was stuck")]
    [InlineData("Rolled back the release, but jobs that were stuck had to be re-queued by hand")]
    [InlineData("Restarted the workers, but they were stuck only until the lock expired")]
    [InlineData("v2.3 deployed to production, but background jobs got stuck")]
    public void A_but_that_tells_no_trouble_after_the_remedy_or_trouble_with_no_remedy_is_no_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Re-run of the old production workflow still shows the old password")]
    [InlineData("Restarted Traefik, still 404")]
    [InlineData("Rolled back to v41 - checkout still failing")]
    [InlineData("We redeployed the gateway; it still times out")]
    public void An_entry_that_opens_on_a_remedy_and_says_the_trouble_is_still_there_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Rollback still in progress")]
    [InlineData("Restarted the workers; still monitoring")]
    [InlineData("Rolled back the release; error rate still elevated until the cache drained at 14:30")]
    [InlineData("Checkout still failing for EU users")]
    public void A_remedy_still_under_way_slow_to_work_or_trouble_with_no_remedy_is_no_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Initially concluded external infrastructure issue")]
    [InlineData("We first suspected the load balancer")]
    [InlineData("Originally blamed on the DNS provider")]
    [InlineData("Initially suspected the DNS resolver")]
    public void An_entry_that_tells_what_was_believed_at_first_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Identified migration failure as the root cause")]
    [InlineData("First alert fired for the checkout service")]
    [InlineData("We first suspected the 14:00 deploy; rolling it back restored service")]
    [InlineData("Initially suspected DNS, confirmed by dig that the resolver returned SERVFAIL")]
    [InlineData("We first suspected the deploy; after the rollback error rates returned to normal")]
    [InlineData("On-call first suspected the 14:00 deploy and rolled it back; errors dropped to zero")]
    [InlineData("Engineers first diagnosed the memory leak in the image service")]
    public void An_entry_that_tells_a_finding_a_first_alert_or_a_first_guess_borne_out_is_no_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("17:15 | v0.18.3 deployed (guard keyed on last_reported) — **insufficient**: the API serves it cached.")]
    [InlineData("16:00 | Pod restart attempted — **did not clear** (the guard reads external state).")]
    [InlineData("16:00 | The new limit proved insufficient.")]
    public void An_attempt_told_insufficient_or_not_clearing_the_trouble_is_a_dead_end(string row) =>
        Assert.True(EventWording.IsDeadEnd(row.Split('|')[1]));

    [Fact]
    public void Insufficient_as_the_state_of_a_resource_is_no_dead_end() =>
        Assert.False(EventWording.IsDeadEnd("Alert: insufficient disk space on the primary"));

    [Theory]
    [InlineData("Restarted kube-apiserver — no change")]
    [InlineData("Rolled back to v1.4 (same errors)")]
    [InlineData("Flushed the Redis cache → no luck")]
    [InlineData("Scaled the workers to 8: no improvement")]
    public void A_remedy_whose_verdict_says_nothing_moved_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("Checked the dashboards — no change")]
    [InlineData("Error rate (unchanged)")]
    [InlineData("Restarted the workers; no change to the schedule was needed afterwards")]
    public void No_change_without_a_remedy_or_before_more_words_is_no_dead_end(string entry) =>
        Assert.False(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("The webhook pods were OOMKilled under the new policy.")]
    [InlineData("Both workers were OOMKilled during the import.")]
    public void An_acronym_joined_to_a_word_as_tools_print_it_is_a_term_not_a_name(string cause)
    {
        Assert.Equal("capacity/resource-exhaustion", CategoryOf("## Root cause\n\n" + cause));
    }

    [Fact]
    public void A_sentence_naming_the_cause_is_read_whole_when_it_is_wrapped_over_lines()
    {
        var category = Category("# Scheduler outage on 2024-03-02\n\nJobs stopped at 10:00 and the disk was full on two workers; we cleared disk space and the disk filled up again.\n\n"
            + "After a day of digging we found the jobs stopped because of a\nrace condition in the scheduler that left files behind.\n");

        Assert.Equal("software/bug", category);
    }

    [Fact]
    public void A_sentence_listing_what_was_not_observed_is_read_whole_when_it_is_wrapped_over_lines()
    {
        Assert.NotEqual("capacity/resource-exhaustion", Category("# API outage on 2024-02-01\n\nThe API was unavailable for an hour.\n\n"
            + "No kernel I/O error, inode exhaustion, memory pressure or OOM kill\nwas observed during the incident.\n"));
    }

    [Theory]
    [InlineData("The rebuild saturated the shared SSD and etcd was starved of I/O.")]
    [InlineData("Disk contention from the backup job stalled the database.")]
    public void Saturated_or_starved_resources_are_exhaustion(string sentence) =>
        Assert.Equal("capacity/resource-exhaustion", CategoryOf(sentence));

    [Theory]
    [InlineData("We ruled out a network issue and confirmed that the disk on the primary database had filled up.", "capacity/resource-exhaustion")]
    [InlineData("No data was lost, and the cause was found to be a memory leak in the cache service.", "capacity/resource-exhaustion")]
    public void Only_the_words_a_sentence_lists_as_not_found_lose_their_weight(string sentence, string category) =>
        Assert.Equal(category, CategoryOf(sentence));

    [Theory]
    [InlineData("A bad deploy shipped a broken build of the checkout page. We reviewed access logs and found that no customer accounts were compromised.")]
    [InlineData("A bad config push took the site down. Security reviewed the incident and none of the servers had been compromised.")]
    public void Accounts_said_not_to_be_compromised_are_no_breach(string text) =>
        Assert.NotEqual("security/credentials", CategoryOf(text));

    [Fact]
    public void A_container_health_check_beside_a_backend_queue_is_no_load_balancer()
    {
        Assert.NotEqual("network/load-balancer", CategoryOf("The transcoder lost its GPU, but its Docker health check kept passing so it was never restarted. "
            + "The upload backend queued jobs for it until the queue filled."));
    }

    [Theory]
    [InlineData("The root cause was our node automation, which drained every node in the cluster at once.", true)]
    [InlineData("The deploy automation kept working as intended throughout.", false)]
    [InlineData("Automation was shut down while we investigated.", false)]
    [InlineData("The automation restarted the crashed pods and service recovered.", false)]
    public void Automation_that_drains_every_node_runs_away_and_automation_that_kept_working_does_not(string sentence, bool runaway) =>
        Assert.Equal(runaway, CategoryOf(sentence) == "automation/runaway");

    [Theory]
    [InlineData("Investigation shows the connection pool was insufficient.", false)]
    [InlineData("Deploy of v2.3 starts; the pipeline did not clear the old build cache", false)]
    [InlineData("The new limit proved insufficient to stop the errors", true)]
    public void Falling_short_is_a_dead_end_only_for_an_attempt(string entry, bool deadEnd) =>
        Assert.Equal(deadEnd, EventWording.IsDeadEnd(entry));

    [Fact]
    public void A_first_suspicion_that_was_then_confirmed_is_no_dead_end()
    {
        Assert.Empty(DeadEndsOf("# Config outage on 2024-08-02\n\n## What happened\n\nThe site stopped answering. We initially suspected the morning's config push, "
            + "but quickly confirmed it by diffing the deployed file against the previous one. We reverted it.\n"));
    }

    [Fact]
    public void An_internet_provider_denied_is_no_connectivity_evidence()
    {
        Assert.NotEqual("network/connectivity", CategoryOf("It was not an ISP problem, as every customer saw the same errors."));
    }

    [Theory]
    [InlineData("Volumes with a single replica could have been stuck or lost data.")]
    [InlineData("Had the second node gone too, the cluster would have suffered data loss.")]
    [InlineData("A full restart might have caused data corruption on the replicas.")]
    [InlineData("The proxy logs every request, so this shouldn't have resulted in any data loss.")]
    [InlineData("The failed migration could have caused data loss, but it didn't.")]
    public void A_harm_told_as_what_might_have_happened_is_no_evidence(string sentence)
    {
        Assert.NotEqual("database/data-corruption", CategoryOf(sentence));
    }

    [Fact]
    public void The_first_error_seen_is_a_symptom_and_a_refactor_still_to_do_is_no_cause()
    {
        Assert.Equal("capacity/resource-exhaustion", CategoryOf("The first error was a 502 from the load balancer at 10:02. Ten minutes later we found the database had run out of connections."));
        Assert.Equal("unknown", CategoryOf("The payment service returned errors for 30 minutes. We will refactor the retry logic so that this cannot happen again."));
    }

    [Theory]
    [InlineData("Database transactions failed because the hosting plan limit was reached.")]
    [InlineData("The export job failed when the storage account exceeded its quota.")]
    [InlineData("Uploads were rejected with quota exceeded errors.")]
    public void A_plan_limit_or_quota_that_ran_out_is_resource_exhaustion(string sentence)
    {
        Assert.Equal("capacity/resource-exhaustion", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The first mistake was a small update I pushed yesterday with some code refactors.")]
    [InlineData("The main error was a code refactor I pushed on Friday.")]
    public void The_mistake_a_write_up_names_first_is_the_cause_it_states(string text)
    {
        Assert.Equal("change/deployment", CategoryOf($"Pageviews were not collected for 12 hours: the cron job that saves them was not run, and its cron schedule was never checked. {text}"));
    }

    [Theory]
    [InlineData("The failed migration shouldn't have resulted in data loss, but it did: we lost 2 hours of orders.")]
    [InlineData("A full restart could have caused data corruption on the replicas, and it did.")]
    public void A_harm_told_as_what_might_have_happened_and_then_as_what_did_is_evidence(string sentence)
    {
        Assert.Equal("database/data-corruption", CategoryOf(sentence));
    }

    [Fact]
    public void A_harm_that_happened_is_still_evidence()
    {
        Assert.Equal("database/data-corruption", CategoryOf("Volumes with a single replica lost data when the node went down."));
    }

    [Theory]
    [InlineData("The root cause was a rule-ordering conflict in the host's network filtering.", "network/connectivity")]
    [InlineData("The root cause was a network policy that blocked traffic between namespaces.", "network/connectivity")]
    [InlineData("A bad configuration push caused a regional outage of our API in eu-west-1.", "change/config")]
    [InlineData("The certificate renewal job silently failed because its certificate had expired.", "security/certificate-expiry")]
    public void Common_names_of_a_cause_are_read_as_that_cause(string sentence, string category)
    {
        Assert.Equal(category, CategoryOf(sentence));
    }

    [Fact]
    public void A_shard_too_hot_with_traffic_is_no_hardware_failure()
    {
        Assert.NotEqual("hardware/failure", CategoryOf("A single Redis shard became too hot after the key change, and checkout requests timed out."));
    }

    [Theory]
    [InlineData("Alerting on SMART errors would have warned us of the disk failure a week before the database went down.", "hardware/failure")]
    [InlineData("Autoscaling could have absorbed the traffic spike that took the API down.", "capacity/traffic-spike")]
    public void A_harm_that_happened_named_after_what_might_have_prevented_it_is_still_evidence(string sentence, string category)
    {
        Assert.Equal(category, CategoryOf(sentence));
    }

    [Fact]
    public void A_timestamp_overflow_is_a_clock_problem()
    {
        Assert.Equal("time/clock", CategoryOf("The root cause was a 32-bit timestamp overflow in the billing job."));
    }

    [Fact]
    public void Timeline_rows_are_not_read_as_one_sentence_naming_the_cause()
    {
        var category = Category("# Checkout outage on 2024-05-06\n\n## Summary\n\nCheckout failed for 40 minutes after a config push to the payments service. The config push changed the retry settings.\n\n## Timeline\n\n"
            + "| Time | Event |\n|---|---|\n| 10:05 | Errors traced to the payments service |\n| 10:10 | Checked disk space and memory pressure on the payments hosts |\n");

        Assert.Equal("change/config", category);
    }

    [Theory]
    [InlineData("We found no disk, memory or network problems on the hosts.", "unknown")]
    [InlineData("We ruled out DNS and network issues early on.", "unknown")]
    [InlineData("No alert fired, so the disk on the primary filled up unnoticed until it was found by a customer at 10:02.", "capacity/resource-exhaustion")]
    [InlineData("We saw no warning before the database ran out of connections.", "capacity/resource-exhaustion")]
    public void A_list_of_what_was_not_found_ends_with_its_clause(string sentence, string category) =>
        Assert.Equal(category, CategoryOf(sentence));

    [Theory]
    [InlineData("After the switch upgrade the app servers had no connectivity to the database for 40 minutes.")]
    [InlineData("The office was without internet connectivity for two hours after the fibre was cut.")]
    public void Connectivity_that_was_lost_is_still_connectivity(string sentence) =>
        Assert.Equal("network/connectivity", CategoryOf(sentence));

    [Theory]
    [InlineData("Several admin accounts were compromised and used to deface the site.")]
    [InlineData("Two of our build servers had been compromised through an exposed SSH port.")]
    public void Accounts_or_servers_that_were_compromised_are_a_breach(string sentence) =>
        Assert.Equal("security/credentials", CategoryOf(sentence));

    [Theory]
    [InlineData("The Docker health check of the worker pool kept failing.")]
    [InlineData("The health check script crashed after the nightly log rotation.")]
    [InlineData("The health check on the proxy container failed.")]
    public void A_health_check_beside_a_pool_a_rotation_or_a_proxy_is_no_load_balancer(string sentence) =>
        Assert.NotEqual("network/load-balancer", CategoryOf(sentence));

    [Fact]
    public void Automation_that_reverted_a_bad_release_is_no_runaway()
    {
        Assert.Equal("change/deployment", CategoryOf("A bad release went out at 10:00; our deploy automation reverted the bad release within two minutes."));
    }

    [Fact]
    public void A_unix_timestamp_is_a_data_format_not_a_clock_problem()
    {
        Assert.NotEqual("time/clock", CategoryOf("Dashboards were slow because each query converted the unix timestamp of every event row."));
    }

    [Theory]
    [InlineData("Drained node-7 — did not clear")]
    [InlineData("Shifted traffic to eu-west-2 — did not clear")]
    [InlineData("Lowered the worker concurrency to 4 — insufficient")]
    [InlineData("Flushed the cache; it did not clear the backlog")]
    public void A_verdict_that_an_attempt_fell_short_is_a_dead_end(string entry) =>
        Assert.True(EventWording.IsDeadEnd(entry));

    [Theory]
    [InlineData("We initially thought it was the database until we found the runaway cron job.")]
    [InlineData("We initially suspected the load balancer, but later determined the DNS change was at fault.")]
    public void A_first_suspicion_dropped_for_what_was_found_is_a_dead_end(string sentence)
    {
        var deadEnd = Assert.Single(DeadEndsOf($"# Proxy outage on 2024-08-02\n\n## What happened\n\nThe proxy stopped answering. {sentence} Then we fixed it.\n"));

        Assert.Equal(sentence, deadEnd.Text);
    }

    [Fact]
    public void An_outcome_answers_the_attempt_a_few_sentences_before_it()
    {
        var deadEnds = DeadEndsOf("# Database down on 2024-08-02\n\n## What happened\n\nThe database would not start. Rebooted the host after the upgrade. "
            + "Also changed the lookup to use dig first. This seems more consistent.\n\nThat didn't work, same error in the logs.\n");

        Assert.Equal("Rebooted the host after the upgrade. That didn't work, same error in the logs.", Assert.Single(deadEnds).Text);
    }

    [Fact]
    public void An_attackers_failed_attempt_is_no_dead_end()
    {
        Assert.Empty(DeadEndsOf("# Intrusion on 2024-08-02\n\n## What happened\n\nThe attackers attempted unsuccessfully to use the stolen passwords on our web servers.\n"));
    }

    [Theory]
    [InlineData("Login attempts were still failing for about 20% of users.")]
    [InlineData("Users who tried to log in were unsuccessful for about 40 minutes.")]
    [InlineData("The replica attempted to rejoin the cluster without success.")]
    [InlineData("Until the rollback finished, checkouts were still failing for EU users.")]
    [InlineData("An attacker attempted to brute-force the admin panel from a botnet. This was unsuccessful thanks to rate limiting.")]
    [InlineData("We failed over to the secondary region, which restored service. The primary database was then inspected by the DBA team. It was still down an hour later because of the corrupted volume.")]
    public void Symptoms_others_attempts_and_remedies_that_worked_are_no_dead_ends(string sentences)
    {
        Assert.Empty(DeadEndsOf($"# Login outage on 2024-08-02\n\n## What happened\n\nThe login service failed. {sentences}\n"));
    }

    [Theory]
    [InlineData("We restarted the deploy bot without success.")]
    [InlineData("We added a WAF rule to block the bots; this mitigation was ineffective.")]
    public void A_remedy_aimed_at_bots_can_still_be_a_dead_end(string sentence)
    {
        Assert.Single(DeadEndsOf($"# Spam wave on 2024-08-02\n\n## What happened\n\nThe forum filled with spam. {sentence}\n"));
    }

    [Fact]
    public void A_timed_entry_wrapped_over_lines_is_read_whole()
    {
        Assert.NotEqual("network/connectivity", Category("# Edge outage on 2024-05-06\n\n## Timeline\n\n"
            + "- 10:05 UTC on-call checked the edge hosts and found no DNS failures or\n  packet loss on any of them\n- 10:30 UTC restarted the edge hosts\n"));
    }

    [Fact]
    public void A_list_of_what_was_not_found_ends_where_the_sentence_turns_to_what_was()
    {
        Assert.Equal("capacity/resource-exhaustion", CategoryOf("We found no errors in the application logs, only the data volume out of disk space."));
    }

    [Fact]
    public void A_signal_the_timeline_calls_a_symptom_not_the_cause_is_a_dead_end()
    {
        var text = "# Login errors on 2025-12-27\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 19:00 | User noticed 401 errors |\n"
            + "| 19:12 | Logs showed key loading failures (symptom, not cause) |\n| 20:06 | Investigation revealed clock drift |\n| 20:17 | Services restarted, UI working |\n";

        Assert.Equal(["Logs showed key loading failures (symptom, not cause)"], DeadEndsOf(text).Select(e => e.Text));
    }

    [Fact]
    public void Failures_going_on_after_restarts_the_system_counted_itself_are_no_dead_end()
    {
        var text = "# Site down on 2026-07-07\n\n## Timeline\n\n- **Jul 7, 09:00 UTC** — The backend crashes once and recovers.\n- **Jul 7, 14:00 UTC** — The container begins crash-looping, hits 10/10 restarts and is stopped.\n"
            + "- **Jul 7, 15:49 UTC** — The uptime monitor first detects the outage. Failures continue through the night.\n"
            + "- **Jul 8, 11:13 UTC** — The owner triggers a redeploy and the site is healthy again.\n";

        Assert.Empty(DeadEndsOf(text));
    }

    [Fact]
    public void An_attempt_under_immediate_actions_of_the_recovery_that_a_however_answers_is_a_dead_end()
    {
        const string text = "# Database issue on 2025-06-03\n\n## Resolution and recovery\n\n### Immediate actions\n\n"
            + "The first attempt to mitigate the problem was to move the secondary database.\n\n"
            + "However, requests were still being routed to the secondary database and errors were still occurring.\n\n"
            + "### Resolution\n\nFinally, we re-routed requests to the primary database.\n";

        Assert.Single(DeadEndsOf(text));
    }

    [Fact]
    public void A_however_that_tells_no_failure_answers_no_attempt()
    {
        const string text = "# Database issue on 2025-06-03\n\n## Resolution and recovery\n\n"
            + "The first attempt to mitigate the problem was to move the secondary database.\n\nHowever, the root cause was a wrong host name.\n";

        Assert.Empty(DeadEndsOf(text));
    }

    [Theory]
    [InlineData("- 09:30 UTC: the migration is killed, but the table remains locked\n")]
    [InlineData("- 09:30 UTC: the worker was restarted, but the queue stayed blocked\n")]
    public void A_remedy_after_which_the_trouble_remains_is_a_dead_end(string entry)
    {
        var text = $"# Table locked on 2023-04-04\n\n## Timeline\n\n- 09:13 UTC: migration deployed\n- 09:20 UTC: degradation noticed\n{entry}- 10:08 UTC: the lock is released and service is back to normal\n";

        Assert.Single(DeadEndsOf(text));
    }

    [Fact]
    public void A_trouble_that_remains_only_briefly_after_a_remedy_is_no_dead_end()
    {
        var text = "# Table locked on 2023-04-04\n\n## Timeline\n\n- 09:13 UTC: migration deployed\n- 09:20 UTC: degradation noticed\n"
            + "- 09:30 UTC: the migration is killed, but the table remains locked only until the transaction ends\n- 10:08 UTC: service is back to normal\n";

        Assert.Empty(DeadEndsOf(text));
    }

    [Fact]
    public void More_instances_added_that_something_prevented_from_helping_are_a_dead_end()
    {
        var text = "# Shop down on 2018-07-18\n\nAt 11:55 UTC response times rose.\n\nThe autoscaler started new instances. We manually added even more instances, but the reservations made earlier prevented us from scaling up far enough.\n\n"
            + "Around 12:20 UTC the shop was responsive again.\n";

        Assert.Single(DeadEndsOf(text));
    }

    [Theory]
    [InlineData("The outage was caused by a failed OS upgrade on the build server.")]
    [InlineData("The root cause was the v8.1.0 software upgrade, which set the fee to 100% by mistake.")]
    public void An_upgrade_named_as_the_cause_is_a_faulty_change(string sentence)
    {
        Assert.Equal("change/deployment", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("## Resolution\n\nWe failed over to the standby database and the site came back within two minutes. However, our existing alerts were not enough to catch the replication lag earlier.\n")]
    [InlineData("## Resolution\n\nThe on-call engineer restarted the ingestion workers and data began flowing again. Unfortunately, the status page did not work during the whole outage.\n")]
    [InlineData("## Background\n\nLast quarter we added more nodes to the cluster for the holidays. However, the database connection limit was never raised and was not enough for the extra nodes.\n")]
    [InlineData("## Resolution\n\nThe rollback restored checkout for all customers, but the review of why the canary missed the bug is still happening.\n")]
    [InlineData("## Resolution\n\nWe rolled back the deploy, which restored checkout, but the change freeze prevented us from shipping the proper fix until Monday.\n")]
    [InlineData("## Action items\n\n- Page the on-call when the nightly restart of the workers fails to recover them\n")]
    public void A_remedy_that_worked_or_a_turn_to_another_matter_is_no_dead_end(string section)
    {
        var text = "# Postmortem: Elevated API response times\n\nDate: 2025-03-04\n\n## Timeline\n\n- 14:00 Alert fired for database errors\n- 14:40 Incident resolved\n\n" + section;

        Assert.Empty(DeadEndsOf(text));
    }

    [Fact]
    public void A_deliberate_lock_after_a_remedy_is_no_dead_end_and_restarts_a_person_performed_are_an_attempt()
    {
        var locked = "# Credential leak on 2025-03-04\n\n## Timeline\n\n- 10:00 Alert fired for suspicious logins\n"
            + "- 10:10 Rotated the leaked key and restarted the API, but the compromised admin account remains locked pending review\n- 10:40 Incident resolved\n";
        var restarts = "# Gateway outage on 2025-03-04\n\n## Timeline\n\n- 10:00 Alert fired for gateway errors\n- 10:05 Performed 3 restarts of the gateway pods\n"
            + "- 10:10 Errors persisted\n- 10:30 Rolled back the config and errors stopped\n- 10:40 Incident resolved\n";

        Assert.Empty(DeadEndsOf(locked));
        Assert.NotEmpty(DeadEndsOf(restarts));
    }

    [Fact]
    public void An_alert_or_a_finding_that_calls_something_a_symptom_keeps_its_milestone_and_is_no_dead_end()
    {
        var text = "# Database outage on 2025-03-04\n\n## Timeline\n\n- 10:00 Alert fired for high 5xx rate (a symptom, not the cause) and paged the on-call\n"
            + "- 10:20 Identified a saturated disk on the primary as the root cause\n- 10:40 Moved the WAL to a new volume and the incident was resolved\n";

        var imported = Extractor.Extract("outage.md", text).Postmortem;

        Assert.Empty(imported.AllDeadEnds());
        Assert.NotNull(imported.Timestamps.Detected);
    }

    [Fact]
    public void A_failed_upgrade_of_a_switch_is_no_faulty_deployment()
    {
        Assert.Equal("network/connectivity", Category("# Office network outage\n\nDate: 2025-03-04\n\n## Summary\n\nStaff could not reach internal services for two hours.\n\n"
            + "## Root cause\n\nA failed upgrade of the core switch firmware left the switch dropping packets between floors.\n"));
    }

    [Fact]
    public void A_timeline_tables_action_taken_column_saying_still_failing_marks_the_attempt_a_dead_end()
    {
        var text = "# Production errors on 2025-10-06\n\n## Timeline\n\n| Time | Event | Action Taken |\n|---|---|---|\n| 11:00 | Production errors reported | Users report 500 errors |\n"
            + "| 11:10 | Commit 1: fix authentication | Deploy, still failing |\n| 11:15 | Commit 2: make a variable optional | Deploy, still failing |\n| 11:40 | Build cache cleared | Deploy, site working |\n";

        var timeline = Extractor.Extract("incident.md", text).Postmortem.Timeline;

        Assert.Equal(2, timeline.Count(e => e.DeadEnd));
        Assert.Equal("Commit 1: fix authentication — Deploy, still failing", timeline[1].Text);
    }

    [Theory]
    [InlineData("Issue recurs. Another hotfix is written.")]
    [InlineData("The problem came back an hour later.")]
    public void An_incident_that_only_appeared_resolved_before_it_recurred_is_a_dead_end(string recurrence)
    {
        var marks = EventWording.DeadEnds(["Nodes restarted, all pods appear up and operational. Incident appears to be resolved.", recurrence]);

        Assert.True(marks[0]);
    }

    [Fact]
    public void An_incident_that_appeared_resolved_and_stayed_so_is_no_dead_end()
    {
        var marks = EventWording.DeadEnds(["Nodes restarted, all pods appear up and operational. Incident appears to be resolved.", "Write-up started."]);

        Assert.False(marks[0]);
    }

    [Theory]
    [InlineData("we suspected the cache cluster, but it took until 10:15 to confirm it")]
    [InlineData("first suspicion was the cache cluster, until we saw the hit rate drop, which confirmed it")]
    [InlineData("We assumed the new index was the trouble and verified it with the query plan")]
    [InlineData("Our initial hypothesis was that the cache was cold; the hit rate graphs confirmed it")]
    public void A_first_suspicion_that_was_confirmed_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry));
    }

    [Fact]
    public void A_first_hypothesis_told_in_prose_as_in_fact_the_case_is_no_dead_end()
    {
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our initial hypothesis was that the new pool settings were starving the workers, and the pool metrics showed this was in fact the case.", null));
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our initial hypothesis was that the new pool settings were starving the workers, and the pool metrics showed they were in fact the cause.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our initial hypothesis was that the new pool settings were starving the workers; the cause was actually a slow disk.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our initial hypothesis was that the new pool settings were starving the workers; the slow disk was in fact the cause.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our first theory was that the load balancer was dropping connections, though the database was actually the problem.", null));
    }

    [Fact]
    public void A_hypothesis_whose_subject_is_named_again_as_the_cause_is_confirmed_not_a_dead_end()
    {
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our initial hypothesis was that a bad deploy caused the errors, and the deploy was in fact to blame: reverting it cleared the errors.", null));
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our first theory was that the cache was serving stale keys, and the cache was actually the culprit.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our first theory was that the cache was serving stale keys, and the queue was actually the culprit.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our first theory was that the primary database was overloaded, but the replica database was actually the culprit.", null));
        Assert.Equal(ToldDeadEnd.InTheSentence, EventWording.TellsDeadEnd("Our first theory was that the new load balancer was dropping connections, but the old load balancer was in fact the problem.", null));
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our first theory was that DNS was failing, and DNS was in fact the culprit.", null));
        Assert.Equal(ToldDeadEnd.None, EventWording.TellsDeadEnd("Our first theory was that the payments database was overloaded, and the primary payments database was in fact the culprit.", null));
    }

    [Theory]
    [InlineData("we suspected the cache cluster, but could not confirm it")]
    [InlineData("we suspected the cache cluster, but the logs confirmed it was not involved")]
    [InlineData("we first thought it was DNS, but it turned out to be the load balancer")]
    public void Guard_a_suspicion_left_unconfirmed_or_proved_wrong_is_still_a_dead_end(string entry)
    {
        Assert.True(EventWording.IsDeadEnd(entry));
    }

    [Theory]
    [InlineData("Parts of the cluster were not able to reach each other, so the monitor removed their disks.")]
    [InlineData("The storage nodes could not connect to each other for two hours.")]
    [InlineData("The brokers were unable to communicate with each other after the switch restarted.")]
    public void Parts_of_a_system_that_cannot_reach_each_other_lost_connectivity(string sentence)
    {
        Assert.Equal("network/connectivity", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("Memory DIMM failure on one of our utility nodes, so no alerts went out.")]
    [InlineData("A failed DIMM took the database host down.")]
    public void A_memory_DIMM_that_failed_is_a_hardware_failure(string sentence)
    {
        Assert.Equal("hardware/failure", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("The default-deny-ingress NetworkPolicy blocked ingress traffic from the API server to the webhook.")]
    [InlineData("A new firewall rule denied ingress on port 10250, so the API server could not call the webhook.")]
    [InlineData("The ingress rules of the network policy left out the webhook port.")]
    public void Ingress_as_the_direction_traffic_flows_in_is_no_load_balancer(string sentence)
    {
        Assert.NotEqual("network/load-balancer", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("All nodes running our ingress-controller were cordoned, and the ingress dropped every connection.")]
    [InlineData("The nginx-ingress pods were rescheduled and the ingress returned 502s to every user.")]
    [InlineData("The ingress controller dropped every connection after iptables was reloaded.")]
    public void Guard_an_ingress_that_carries_the_traffic_is_still_a_load_balancer(string sentence)
    {
        Assert.Equal("network/load-balancer", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("After the provider moved the VPS, every TLS handshake timed out: the new path's MTU was 1476 and path MTU discovery was broken.")]
    [InlineData("Clients saw a TLS handshake timeout; clamping the TCP MSS to 1436 fixed it, since path MTU discovery was broken.")]
    public void A_handshake_that_times_out_on_a_path_dropping_large_packets_is_lost_connectivity(string sentence)
    {
        Assert.Equal("network/connectivity", CategoryOf(sentence));
    }

    [Theory]
    [InlineData("Every TLS handshake timed out for an hour.")]
    [InlineData("The proxy logged SSL connection timeout for each request.")]
    public void A_handshake_that_timed_out_tells_nothing_of_a_certificate(string sentence)
    {
        Assert.NotEqual("security/certificate-expiry", CategoryOf(sentence));
    }
}
