using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Importing;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Extracting;

public sealed class RootCauseClassifierTests
{
    private static readonly RootCauseClassifier Minimal = new(TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []));
    private static readonly RootCauseClassifier Default = new(TaxonomyReader.Default);

    private static WeightedText RootCause(string text) => new(text, RootCauseClassifier.RootCauseWeight, "root-cause text");

    private static WeightedText Text(string text) => new(text, RootCauseClassifier.TextWeight, "text");

    [Fact]
    public void The_root_cause_section_outweighs_the_rest_of_the_text()
    {
        var result = Minimal.Classify([RootCause("Two transactions hit a deadlock."), Text("We first blamed the resolver."), Text("Then DNS again.")]);

        Assert.Equal("database/locking", result.Category);
        Assert.Equal("deadlock", result.DecidedBy);
    }

    [Fact]
    public void The_deciding_phrase_is_quoted_as_written_with_plurals_and_inflections_matched()
    {
        var result = Minimal.Classify([RootCause("Several full Table scans followed the dropped indexes.")]);

        Assert.Equal("database/index", result.Category);
        Assert.Equal("full Table scans", result.DecidedBy);
        Assert.Contains("root-cause text", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_of_a_phrase_split_by_punctuation_do_not_make_the_phrase()
    {
        var result = Minimal.Classify([RootCause("The row had a lock. Wait times grew.")]);

        Assert.True(result.IsUnknown);
    }

    [Fact]
    public void Nothing_recognisable_gives_unknown_rather_than_a_guess()
    {
        var result = Minimal.Classify([RootCause("Someone tripped over a cable in the office.")]);

        Assert.True(result.IsUnknown);
        Assert.Null(result.DecidedBy);
        Assert.Equal(0, result.Confidence);
    }

    [Fact]
    public void Weak_evidence_spread_over_categories_gives_unknown_with_the_best_guess_explained()
    {
        var result = Minimal.Classify([Text("An index page."), Text("A dns page."), Text("A deadlock page.")]);

        Assert.True(result.IsUnknown);
        Assert.True(result.Confidence < RootCauseClassifier.MinimumConfidence);
        Assert.Contains("best guess", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_named_with_the_fault_it_caused_is_the_secondary_cause()
    {
        var result = Default.Classify([RootCause("A schema migration script introduced a deadlock condition."), RootCause("The migration script was rolled back and the deadlock cleared.")]);

        Assert.Equal("database/locking", result.Category);
        Assert.Equal(["change/schema-migration"], result.Secondary);
        Assert.Contains("counted at a third", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_alone_is_the_cause()
    {
        var result = Default.Classify([RootCause("The feature flag was enabled for every user instead of one percent.")]);

        Assert.Equal("change/feature-flag", result.Category);
    }

    [Theory]
    [InlineData("The root disk on the build server filled up because old logs were never rotated.", "capacity/resource-exhaustion")]
    [InlineData("The database had reached its connection limit, so new workers could not connect.", "capacity/resource-exhaustion")]
    [InlineData("A DoS attack against the marketing site overwhelmed the hosting.", "capacity/traffic-spike")]
    [InlineData("An intruder used a compromised SSH key of a former contractor to log in.", "security/credentials")]
    [InlineData("The standby was promoted and failed over before replication had caught up.", "database/replication")]
    [InlineData("A memory corruption bug in the parser crashed the nodes.", "software/bug")]
    [InlineData("The initramfs was left incomplete by the kernel update, so the laptop hung at boot.", "change/deployment")]
    [InlineData("An attacker exploited a design flaw in the price oracle, which had no lower bound.", "software/bug")]
    [InlineData("The webhook's error handling was missing, so a failed upsert was silently dropped.", "software/bug")]
    [InlineData("An integer overflow in the reward calculation minted far more shares than deposited.", "software/bug")]
    [InlineData("The release binaries were replaced with ones infected by a virus after a maintainer's account was hacked.", "security/credentials")]
    [InlineData("A vulnerability in the bridge contract let anyone mint coins.", "software/bug")]
    [InlineData("Input the parser left unhandled made the worker leave jobs half written.", "software/bug")]
    [InlineData("Password reuse on the admin console let the intruder in.", "security/credentials")]
    [InlineData("The build server was hacked and its signing key taken.", "security/credentials")]
    [InlineData("A hacked-together migration script dropped the column.", "change/schema-migration")]
    [InlineData("Ransomware encrypted the file servers overnight.", "security/credentials")]
    [InlineData("An outsider hacked into the admin panel.", "security/credentials")]
    public void The_built_in_taxonomy_knows_the_everyday_words_for_each_cause(string cause, string category)
    {
        var result = Default.Classify([RootCause(cause)]);

        Assert.Equal(category, result.Category);
    }

    [Theory]
    [InlineData("We rebooted the reverse proxy container twice while the network stayed down.", "network/connectivity")]
    [InlineData("A bug in the cloud resource quota object blocked new pods.", "software/bug")]
    [InlineData("A missing index made the database slow, and it stayed under high load all day.", "database/index")]
    public void A_component_or_symptom_named_beside_the_cause_is_not_taken_for_it(string text, string category)
    {
        Assert.Equal(category, Default.Classify([RootCause(text)]).Category);
    }

    [Fact]
    public void The_classifier_agrees_with_the_hand_set_category_of_most_sample_postmortems()
    {
        // The sample library's categories were set by people; the classifier sees only the body, as with a legacy document.
        var extractor = new PostmortemExtractor(TaxonomyReader.Default);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md");
        var agreeing = files.Count(file =>
        {
            var split = FrontMatter.Split(File.ReadAllText(file));
            var labelled = System.Text.RegularExpressions.Regex.Match(split.Yaml!, @"\n  category: (\S+)").Groups[1].Value;
            return extractor.Extract(Path.GetFileName(file), split.Body).Postmortem.Classification.Category == labelled;
        });

        Assert.Equal(14, files.Length);
        Assert.True(agreeing >= 12, $"only {agreeing} of {files.Length} agree");
    }

    [Fact]
    public void A_synonym_inside_a_longer_capitalised_name_is_weak_evidence()
    {
        var named = Default.Classify([RootCause("Each table lookup went through the Python Package Index (PyPI) as usual.")]);
        var plain = Default.Classify([RootCause("Each table lookup went through the index as usual.")]);

        Assert.Equal("database/index", plain.Category);
        Assert.NotEqual("database/index", named.Category);
    }

    [Fact]
    public void A_title_case_heading_is_not_read_as_a_name()
    {
        var heading = Default.Classify([RootCause("XPS Boot Failure: Broken initramfs After Kernel Update")]);
        var named = Default.Classify([RootCause("The laptop broke after the Kernel Update Manager ran.")]);

        Assert.Equal("change/deployment", heading.Category);
        Assert.True(heading.Category != named.Category || heading.Confidence > named.Confidence);
    }

    [Theory]
    [InlineData("A supply chain attack put a malicious package on the public index under our dependency's name.")]
    [InlineData("The root cause was dependency confusion: the installer preferred the public package.")]
    public void A_supply_chain_compromise_is_a_security_cause(string cause)
    {
        Assert.Equal("security/credentials", Default.Classify([RootCause(cause)]).Category);
    }

    [Fact]
    public void Mail_routing_set_up_wrongly_is_a_configuration_cause_not_a_network_one()
    {
        Assert.Equal("change/config", Default.Classify([RootCause("It was an email routing and mailing-list misconfiguration on our side.")]).Category);
    }

    [Theory]
    [InlineData("The client had no fetch timeout, so every login hung until the page gave up.")]
    [InlineData("Requests began to timeout once the single database core was saturated.")]
    public void A_timeout_is_how_many_failures_look_and_names_no_network_fault(string cause)
    {
        Assert.NotEqual("network/connectivity", Default.Classify([RootCause(cause)]).Category);
    }

    [Fact]
    public void A_timeout_the_text_puts_on_the_network_still_names_it()
    {
        Assert.Equal("network/connectivity", Default.Classify([RootCause("Network timeouts between the two zones dropped half the writes.")]).Category);
    }

    [Fact]
    public void A_switch_dropping_packets_is_a_network_fault()
    {
        Assert.Equal("network/connectivity", Default.Classify([RootCause("Connection timeouts between the app servers and Redis were caused by a switch dropping packets.")]).Category);
    }

    [Theory]
    [InlineData("Set up cross-cluster replication for four new indices. These are larger as they now include the full text.", false)]
    [InlineData("The dashboard index page was rebuilt with a broken layout.", false)]
    [InlineData("The orders query could not use the index after the column type changed.", true)]
    public void An_index_counts_for_a_missing_index_only_beside_a_query_or_a_table(string cause, bool index)
    {
        Assert.Equal(index, Default.Classify([RootCause(cause)]).Category == "database/index");
    }

    [Fact]
    public void A_status_code_a_proxy_returns_is_a_symptom_not_evidence_of_the_load_balancer()
    {
        Assert.NotEqual("network/load-balancer", Default.Classify([Text("The API returned 502 and 503 errors for an hour after the deploy.")]).Category);
        Assert.Equal("network/load-balancer", Default.Classify([RootCause("The load balancer health check marked every backend unhealthy.")]).Category);
    }

    [Theory]
    [InlineData("One chat message set off 19 model calls in a loop; prompt tokens grew from 10k to 29k in ninety seconds.", false)]
    [InlineData("The agent loop had no cap, so a ~9.8k-token prefix was resent on every call and 30,000 tokens were spent.", false)]
    [InlineData("Output tokens per second fell to a crawl as the batch queue grew.", false)]
    [InlineData("The CI token had expired, so every deploy failed to authenticate.", true)]
    [InlineData("A leaked token let the attacker push to the registry.", true)]
    public void A_token_a_language_model_reads_or_writes_is_no_credential(string cause, bool credential)
    {
        Assert.Equal(credential, Default.Classify([RootCause(cause)]).Category == "security/credentials");
    }

    [Theory]
    [InlineData("El volumen de la base de datos contenía una contraseña diferente a la configurada.", "security/credentials")]
    [InlineData("O certificado do domínio expirou durante a noite.", "security/certificate-expiry")]
    [InlineData("サーバーの証明書の有効期限が切れていたため、接続が拒否された。", "security/certificate-expiry")]
    [InlineData("日志没有轮转，磁盘空间不足，数据库停止写入。", "capacity/resource-exhaustion")]
    [InlineData("배포 후 메모리 부족으로 서버가 재시작되었다.", "capacity/resource-exhaustion")]
    [InlineData("DNS解析失败，所有请求超时。", "network/dns")]
    public void A_cause_written_in_another_language_is_classified_by_its_own_words(string cause, string category)
    {
        Assert.Equal(category, Default.Classify([RootCause(cause)]).Category);
    }

    [Fact]
    public void A_foreign_word_for_any_error_names_no_category()
    {
        Assert.True(Default.Classify([RootCause("系统出现错误，原因尚未查明。")]).IsUnknown);
    }

    [Theory]
    [InlineData("Forgot to update the address of the security-token-service after the namespace move.")]
    [InlineData("The oom-guard-worker was pointed at the old namespace.")]
    public void A_cause_word_inside_a_hyphened_component_name_is_no_evidence(string cause)
    {
        var result = Default.Classify([RootCause(cause)]);

        Assert.NotEqual("security/credentials", result.Category);
        Assert.NotEqual("capacity/resource-exhaustion", result.Category);
    }

    [Fact]
    public void The_load_a_system_is_meant_to_handle_is_no_evidence_of_a_traffic_spike()
    {
        var result = Default.Classify([RootCause("When the load on a node is too high, the cluster is supposed to spin up a new node to handle the increased load. This does not work when pods have no resource quotas set.")]);

        Assert.NotEqual("capacity/traffic-spike", result.Category);
    }

    [Theory]
    [InlineData("We could not add nodes fast enough to handle the increased load from the launch.")]
    [InlineData("The increased load from the launch took the API down.")]
    public void Guard_a_load_the_system_could_not_meet_is_still_a_traffic_spike(string cause)
    {
        Assert.Equal("capacity/traffic-spike", Default.Classify([RootCause(cause)]).Category);
    }

    [Theory]
    [InlineData("The rate-limit-proxy had a limit of 10 requests per second set by mistake in its configuration file.", "change/config")]
    [InlineData("The memory-leak-guard-agent restarted pods that were healthy after a bad value in its configuration.", "change/config")]
    public void A_component_named_after_what_it_does_is_no_evidence_that_this_went_wrong(string cause, string category)
    {
        Assert.Equal(category, Default.Classify([RootCause(cause)]).Category);
    }

    [Theory]
    [InlineData("The API token of the security service had been revoked.", "security/credentials")]
    [InlineData("An outage at our carrier's third-party-api: their endpoint returned 503 for an hour.", "dependency/third-party")]
    [InlineData("The dns-resolver-agent on every node crashed, and all internal lookups failed.", "network/dns")]
    public void Guard_the_same_word_outside_a_component_name_or_as_most_of_the_name_still_counts(string cause, string category)
    {
        Assert.Equal(category, Default.Classify([RootCause(cause)]).Category);
    }
}
