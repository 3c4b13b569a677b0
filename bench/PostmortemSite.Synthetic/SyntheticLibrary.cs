using System.Globalization;
using System.Text;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Synthetic;

/// <summary>
/// A deterministic generator of realistic incident libraries for tests and benchmarks: the same seed and count give
/// the same postmortems on every machine. Root causes come from the taxonomy given (normally input/root-causes.yml),
/// so generated incidents use the words people search with; a few non-database incidents mention a search index
/// and some locking incidents only say "lock wait", as real libraries do.
/// </summary>
internal sealed class SyntheticLibrary
{
    private static readonly string[] Services =
    [
        "checkout", "payments-api", "orders", "orders-db", "inventory", "billing", "ledger", "auth", "edge", "cdn",
        "search", "notifications", "sms-gateway", "email", "catalog", "pricing", "cart", "shipping", "warehouse",
        "recommendations", "user-profile", "sessions", "api-gateway", "kafka", "redis", "postgres-main", "mysql-legacy",
        "coredns", "ingress", "k8s-control-plane", "reporting", "fraud", "loyalty", "media", "webhooks", "scheduler",
    ];

    private static readonly string[] Teams = ["storefront", "payments", "data", "platform", "sre", "identity", "growth", "fulfilment", "mobile", "infra"];

    private static readonly string[] GeneralTags =
    [
        "customer-facing", "internal", "on-call", "weekend", "peak", "black-friday", "postgres", "mysql", "kubernetes",
        "aws", "gcp", "latency", "errors", "data", "mobile", "api", "paging", "slo-breach", "rollback", "runbook",
    ];

    private static readonly string[] Severities = ["SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4"];

    private static readonly string[] Symptoms =
    [
        "elevated 5xx error rates", "p99 latency above 4 seconds", "timeouts on {service} requests", "a growing queue backlog",
        "failed logins", "stale data in {service}", "checkout latency doubling", "dropped webhooks", "missing order confirmations",
        "intermittent 502 responses from the load balancer", "a spike in retries", "slow page loads for logged-in users",
    ];

    private static readonly string[] Detections =
    [
        "The on-call engineer was paged by the {service} error-rate alert.", "A customer support ticket reported {symptom}.",
        "The SLO burn-rate alert for {service} fired.", "Synthetic checks from three regions started failing.",
        "An engineer noticed {symptom} on the {service} dashboard.",
    ];

    private static readonly string[] Lessons =
    [
        "Alerts should fire on symptoms customers feel, not only on causes.", "Runbooks need an owner and a review date.",
        "Rollbacks must be rehearsed, not assumed.", "Dashboards should show saturation next to errors.",
        "Load tests need realistic data, not just realistic volume.", "Dependencies need timeouts shorter than the caller's.",
        "Changes to shared infrastructure need a second reviewer.", "We should page on the first sign of {symptom}.",
    ];

    private static readonly string[] Fillers =
    [
        "The incident channel was opened and an incident commander took over coordination.",
        "Status page updates went out every thirty minutes.",
        "Engineers first suspected a recent deploy of {service}, which turned out to be unrelated.",
        "Graphs for {service} showed the problem starting several minutes before the first alert.",
        "Retries from clients amplified the load while the team investigated.",
        "The search index for the support knowledge base was rebuilt afterwards, which was routine and unrelated.",
        "Customer support prepared a macro for affected users.",
        "A follow-up review confirmed that no data was lost.",
    ];

    /// <summary>Sentences about specific root causes; categories without an entry are described from their taxonomy text.</summary>
    private static readonly Dictionary<string, string[]> CauseSentences = new(StringComparer.Ordinal)
    {
        ["database/index"] =
        [
            "A query on {service} stopped using its index and fell back to a full table scan.",
            "The new filter needed a composite index that did not exist, so every request did a seq scan.",
            "EXPLAIN ANALYZE showed the planner choosing a sequential scan over millions of rows.",
            "An index rebuild left the index invalid, and the planner ignored it.",
        ],
        ["database/locking"] =
        [
            "Two transactions in {service} updated the same rows in opposite order and deadlocked.",
            "Sessions queued on a row lock until they hit the lock wait timeout.",
            "A long-running batch held a table lock while online requests waited behind it.",
            "SELECT FOR UPDATE on a hot row serialised every request for the same key.",
        ],
        ["database/replication"] =
        [
            "Replication lag on the read replica reached several minutes, so reads were stale.",
            "The replica stopped applying WAL after a long transaction on the primary.",
        ],
        ["change/deployment"] =
        [
            "A deploy of {service} shipped a regression that only showed under production traffic.",
            "The canary looked healthy, so the rollout continued to every region before the errors appeared.",
        ],
        ["change/config"] =
        [
            "A configuration push changed a timeout for {service} from seconds to milliseconds.",
            "A Helm values change removed an environment variable that {service} needed at startup.",
        ],
        ["capacity/resource-exhaustion"] =
        [
            "The connection pool for {service} was exhausted and new requests waited for a free connection.",
            "The disk filled up with logs and the database stopped accepting writes.",
        ],
        ["network/dns"] =
        [
            "DNS lookups for internal services failed with SERVFAIL when the resolver was throttled.",
            "A record with a long TTL kept pointing at the old load balancer after the migration.",
        ],
        ["security/certificate-expiry"] =
        [
            "The TLS certificate on {service} expired because the renewal job had been failing silently.",
            "Clients rejected the handshake once the intermediate certificate expired.",
        ],
        ["time/clock"] =
        [
            "Clock skew on a few hosts made tokens look expired before they were issued.",
            "A daylight saving change shifted scheduled jobs by an hour.",
        ],
    };

    private readonly IReadOnlyList<RootCauseCategory> _categories;

    public SyntheticLibrary(RootCauseTaxonomy taxonomy)
    {
        _categories = taxonomy.Categories.Where(c => c.Slug != RootCauseTaxonomy.UnknownSlug).ToList();
    }

    public IReadOnlyList<Postmortem> Generate(int count, ulong seed = 1)
    {
        var random = new SplitMix64(seed);
        var incidents = new List<Postmortem>(count);
        for (var i = 0; i < count; i++)
        {
            incidents.Add(Incident(i, random));
        }

        return incidents;
    }

    /// <summary>The generated incidents as canonical Markdown files: (relative path, text).</summary>
    public IEnumerable<(string Path, string Text)> GenerateMarkdown(int count, ulong seed = 1) =>
        Generate(count, seed).Select(p => (p.SourcePath, CanonicalMarkdown.Write(p)));

    private Postmortem Incident(int number, SplitMix64 random)
    {
        var category = _categories[random.Next(_categories.Count)];
        var services = Distinct(random, Services, 1 + random.Next(3));
        var service = services[0];
        var date = new DateOnly(2019, 1, 1).AddDays(random.Next(7 * 365));
        var started = new DateTimeOffset(date.ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.Zero);
        var detected = started.AddMinutes(1 + random.Next(45));
        var mitigated = detected.AddMinutes(5 + random.Next(180));
        var resolved = mitigated.AddMinutes(random.Next(600));
        var symptom = Fill(Pick(random, Symptoms), service, "");
        var causeWords = CauseSentence(category, random, service);
        var title = Title(category, random, service, symptom);
        var slug = Slugs.From(title);
        var id = $"{date:yyyy-MM-dd}-{number:D5}-{slug[..Math.Min(slug.Length, 40)].TrimEnd('-')}";

        var summary = $"{Capitalise(symptom)} on {service} for {(int)(mitigated - started).TotalMinutes} minutes. {causeWords}";
        var rootCauseText = $"{causeWords} {CauseSentence(category, random, Pick(random, services))} {category.Description}";
        var tags = Distinct(random, GeneralTags, random.Next(4)).Concat(SynonymTags(category, random)).Distinct().Order(StringComparer.Ordinal).ToList();
        var timeline = new List<TimelineEvent>
        {
            new(started, $"{Capitalise(symptom)} begins.", Milestone.Started, false),
            new(detected, Fill(Pick(random, Detections), service, symptom), Milestone.Detected, false),
            new(detected.AddMinutes(3), $"Suspected a deploy of {Pick(random, Services)}; rolled it back with no effect.", null, true),
            new(mitigated.AddMinutes(-4), $"Identified the cause: {LowerFirst(causeWords)}", Milestone.Identified, false),
            new(mitigated, "Mitigated; error rates back to normal.", Milestone.Mitigated, false),
            new(resolved, "Resolved and monitoring confirmed recovery.", Milestone.Resolved, false),
        };
        var actions = new List<ActionItem>
        {
            new($"Add an alert on {symptom} for {service}", Pick(random, Teams), ActionType.Detect, "P2", random.Next(2) == 0 ? ActionStatus.Done : ActionStatus.Open, $"OPS-{1000 + random.Next(9000)}", date.AddDays(30)),
            new($"Prevent recurrence: {LowerFirst(category.Title)} in {service}", Pick(random, Teams), ActionType.Prevent, "P1", ActionStatus.InProgress, null, date.AddDays(60)),
        };

        var body = new StringBuilder();
        body.Append("## Summary\n\n").Append(summary).Append(' ').Append(Fill(Pick(random, Fillers), service, symptom)).Append("\n\n");
        body.Append("## Impact\n\n").Append(CultureInfo.InvariantCulture, $"About {1 + random.Next(40)}% of requests to {service} saw {symptom}. ")
            .Append(Fill(Pick(random, Fillers), Pick(random, services), symptom)).Append("\n\n");
        body.Append("## Root cause\n\n").Append(rootCauseText).Append("\n\n");
        body.Append("## Resolution\n\n").Append(Fill(Pick(random, Fillers), service, symptom)).Append(' ').Append(Fill(Pick(random, Fillers), service, symptom)).Append("\n\n");
        body.Append("## Lessons learned\n\n- ").Append(Fill(Pick(random, Lessons), service, symptom)).Append("\n- ").Append(Fill(Pick(random, Lessons), service, symptom)).Append('\n');

        return new Postmortem(
            Id: id,
            Title: title,
            Date: date,
            Status: IncidentStatus.Published,
            Severity: Pick(random, Severities),
            Summary: summary,
            RootCause: new RootCause(category.Slug, [], causeWords),
            Timestamps: new Timestamps(started, detected, mitigated, resolved),
            Impact: new Impact($"{Capitalise(symptom)} for {service} users.", 1 + random.Next(40), random.Next(4) != 0),
            Services: services,
            Teams: Distinct(random, Teams, 1 + random.Next(2)),
            Tags: tags,
            Related: [],
            ActionItems: actions,
            Timeline: timeline,
            BodyMarkdown: body.ToString(),
            RootCauseText: rootCauseText,
            SourcePath: $"postmortems/{id}.md");
    }

    private string Title(RootCauseCategory category, SplitMix64 random, string service, string symptom) => random.Next(3) switch
    {
        0 => $"{Capitalise(service)}: {symptom} after {LowerFirst(category.Title)}",
        1 => $"{Capitalise(Pick(random, category.Synonyms.DefaultIfEmpty(category.Title).ToList()))} causes {symptom} in {service}",
        _ => $"{Capitalise(symptom)} on {service}",
    };

    private string CauseSentence(RootCauseCategory category, SplitMix64 random, string service)
    {
        if (CauseSentences.TryGetValue(category.Slug, out var sentences))
        {
            return Fill(Pick(random, sentences), service, "");
        }

        var synonym = category.Synonyms.Count > 0 ? Pick(random, category.Synonyms.ToList()) : category.Title;
        return $"The root cause was {LowerFirst(synonym)} affecting {service}: {LowerFirst(category.Description)}";
    }

    private IEnumerable<string> SynonymTags(RootCauseCategory category, SplitMix64 random) =>
        category.Synonyms.Count == 0 || random.Next(2) == 0 ? [] : [Slugs.From(Pick(random, category.Synonyms.ToList()))];

    private static string Fill(string template, string service, string symptom) =>
        template.Replace("{service}", service, StringComparison.Ordinal).Replace("{symptom}", symptom, StringComparison.Ordinal);

    private static T Pick<T>(SplitMix64 random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<string> Distinct(SplitMix64 random, IReadOnlyList<string> pool, int count)
    {
        var chosen = new List<string>(count);
        while (chosen.Count < Math.Min(count, pool.Count))
        {
            var item = Pick(random, pool);
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return chosen;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

/// <summary>
/// A small, fast pseudo-random generator with a fixed algorithm, so generated libraries never change between .NET
/// versions (System.Random's seeded sequence is not promised to stay the same).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max); the tiny modulo bias does not matter for test data.</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);
}
