using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Format;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Extracting;

/// <summary>One update of a status page's incident kept in its front matter: when (as written), its status, its words.</summary>
internal sealed record StatusUpdate(string? When, string? Status, string Text);

/// <summary>
/// Front matter written by another tool (start_time, end_time, categories, ...): the values the importer can use.
/// Timestamps stay text until the document's zone is known. <see cref="AddressText"/> is the address a blog or docs
/// tool publishes the page at ("permalink: /posts/2024-12-05-downtime-notes/"): like a file name, it often carries the post's day.
/// <see cref="MarkedResolved"/>: whether a status page's incident says it is over ("resolved: true", "status: resolved")
/// or not ("resolved: false"); null when it says neither.
/// <see cref="DurationText"/>: the length the writer gave the incident ("duration: ~45m"), read as a labelled length in the text is.
/// <see cref="CauseText"/> and <see cref="ImpactText"/>: what the fields say caused it ("cause: disk full") and what it did
/// ("impact: login nodes are unavailable"), read as a document's sections of those names are; <see cref="ReasonText"/>
/// ("reason: Power incident on the grid ..."), a status alert's cause, is why a post was written as often.
/// </summary>
internal sealed partial record ForeignFrontMatter(
    string? Title,
    string? DateText,
    string? StartedText,
    string? DetectedText,
    string? ResolvedText,
    string? ZoneText,
    string? Summary,
    string? Severity,
    string? Trigger,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    IReadOnlyList<StatusUpdate> Updates,
    string? AddressText,
    bool IsStatusEntry = false,
    bool? MarkedResolved = null,
    string? DurationText = null,
    string? CauseText = null,
    string? ImpactText = null,
    string? ReasonText = null)
{
    public static readonly ForeignFrontMatter None = new(null, null, null, null, null, null, null, null, null, [], [], [], [], null);

    public TimeZoneRule? Zone => ZoneText is null ? null : TimeZoneTable.Find(ZoneText) ?? DateTimeText.FindZone(ZoneText);

    // "05-03-2020 01:40" could be either; read month first (with a warning, see Read) rather than left for the file's time.
    public DateOnly? Date => DateText is null ? null : DateTimeText.FindDate(DateText, monthFirst: true)?.Date;

    /// <summary>The date, start, detection or end field gives a time of day: the other tool kept its own record of the moments.</summary>
    public bool StatesATimeOfDay => new[] { DateText, StartedText, DetectedText, ResolvedText }.Any(t => t is not null && DateTimeText.HasTimeOfDay(t));

    /// <summary>The zone written on one of the timestamps ("2024-06-22T10:00:00-04:00"), if any.</summary>
    public TimeZoneRule? TimestampZone => ZoneOn(StartedText, DetectedText, ResolvedText);

    /// <summary>
    /// The offset on the post's date ("date: '2018-06-14 01:10:50 +0800'"), where a blog's generator writes its writer's
    /// clock; not a zero one, which is as often only the generator's default.
    /// </summary>
    public TimeZoneRule? PostDateZone => ZoneOn(DateText) is { } zone && zone.StandardOffset != TimeSpan.Zero ? zone : null;

    private static TimeZoneRule? ZoneOn(params string?[] texts) => texts
        .Select(t => t is null ? null : DateTimeText.FindStamps(t, null).FirstOrDefault(s => s.Zone is not null)?.Zone)
        .FirstOrDefault(z => z is not null);

    /// <summary>
    /// A document that opens with a "---" rule and a Markdown heading ("---\n\n# Incident Report: …\n…\n---") has no
    /// front matter: what lies between its rules is not YAML and holds a heading, so it is the document itself.
    /// </summary>
    public static bool IsDocumentBetweenRules(string block)
    {
        if (!MarkdownHeading().IsMatch(block))
        {
            return false;
        }

        try
        {
            GuardedYamlParser.Load(block);
            return false;
        }
        catch (YamlException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    // "date: 2020-08-19T15:13:42+01:00", "title: \"Mail delays\"": a name and a scalar on one line; a value that opens a
    // list or mapping ("[", "{"), an anchor, alias, tag or block is left out, so no line can nest.
    [GeneratedRegex(@"^[A-Za-z_][\w-]*[ \t]*:[ \t]+[^\s\[{&*!|>].*$")]
    private static partial Regex OneLineEntry();

    /// <summary>
    /// Each top-level line that is a whole "name: value" entry by itself, read as YAML on its own. Lines inside a quoted
    /// value that goes on over several lines are its text, not entries ("intro: \"...\nDate: 2019 was when ...\"").
    /// </summary>
    private static YamlMappingNode OneLineEntries(string yaml)
    {
        var mapping = new YamlMappingNode();
        var insideQuote = false;
        foreach (var line in yaml.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var opensOrClosesQuote = UnescapedQuotes(line) % 2 == 1;
            if (insideQuote || !OneLineEntry().IsMatch(line))
            {
                insideQuote ^= opensOrClosesQuote;
                continue;
            }

            if (opensOrClosesQuote)
            {
                insideQuote = true;
                continue;
            }

            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(line));
                if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode { Children.Count: 1 } entry
                    && entry.Children.First() is { Key: YamlScalarNode key, Value: YamlScalarNode value }
                    && !mapping.Children.ContainsKey(key))
                {
                    mapping.Add(key, value);
                }
            }
            catch (YamlException)
            {
                // Not a whole entry on its own line after all.
            }
        }

        return mapping;
    }

    /// <summary>The double quotes of a line that open or close a quoted value (not those escaped inside one).</summary>
    private static int UnescapedQuotes(string line) => line.Where((c, i) => c == '"' && (i == 0 || line[i - 1] != '\\')).Count();

    public static ForeignFrontMatter Read(string yaml, PostmortemExtractor.Run run)
    {
        YamlMappingNode mapping;
        try
        {
            var stream = GuardedYamlParser.Load(yaml);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                run.Warn(DiagnosticCodes.NotExtracted, "the front matter is not a set of 'name: value' lines; it is kept but not read", 2);
                return None;
            }

            mapping = root;
        }
        catch (YamlException e)
        {
            // Hugo and Jekyll read some front matter a strict YAML reader rejects (a quoted value wrapped onto a line
            // that starts at the margin). Its one-line "name: value" entries still say what they say.
            mapping = OneLineEntries(yaml);
            if (mapping.Children.Count == 0)
            {
                run.Warn(DiagnosticCodes.NotExtracted, $"the front matter is not valid YAML ({e.Message}); it is kept but not read", 2);
                return None;
            }

            run.Warn(DiagnosticCodes.NotExtracted, $"the front matter is not valid YAML ({e.Message}); only its one-line 'name: value' entries are read", 2);
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                values.TryAdd(SnakeCase(name), value);
            }
        }

        string? Scalar(params string[] keys) => keys
            .Select(k => values.GetValueOrDefault(k) as YamlScalarNode)
            .Select(n => n?.Value?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

        // "published: true" beside "created: 2025-01-16": the first of the keys that holds a date.
        string? DateScalar(params string[] keys) => keys.Select(k => Scalar(k)).FirstOrDefault(v => v is not null && DateTimeText.FindDate(v, monthFirst: true) is not null);

        // "resolved: yes" says whether, not when: a moment key's value is read only when it is not a yes or no.
        string? MomentScalar(params string[] keys) => keys.Select(k => Scalar(k)).FirstOrDefault(v => v is not null && YamlText.ReadBoolean(v) is null);

        IReadOnlyList<string> List(params string[] keys)
        {
            foreach (var key in keys)
            {
                switch (values.GetValueOrDefault(key))
                {
                    case YamlSequenceNode sequence:
                        return sequence.Children.OfType<YamlScalarNode>().Select(n => n.Value?.Trim() ?? "").Where(v => v.Length is > 0 and <= 80).Take(20).ToList();
                    case YamlScalarNode { Value: { Length: > 0 } text }:
                        return text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(v => v.Length <= 80).Take(20).ToList();
                }
            }

            return [];
        }

        // A status page's updates kept in the front matter, under a key that says so: each entry has its words and mostly
        // a time. Another list of entries with words ("action_items:") is not a log of the incident.
        var updates = UpdateKeys.Select(k => values.GetValueOrDefault(k)).OfType<YamlSequenceNode>()
            .Select(list => list.Children.OfType<YamlMappingNode>().Select(ReadUpdate).OfType<StatusUpdate>().Take(MaxUpdates).ToList())
            .FirstOrDefault(list => list.Count > 0) ?? [];

        var rootCause = values.GetValueOrDefault("root_cause") as YamlMappingNode;
        var categories = List("categories", "category", "root_cause_category", "cause_category", "type").ToList();
        if (rootCause?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "category" }).Value is YamlScalarNode { Value: { Length: > 0 } nested })
        {
            categories.Insert(0, nested);
        }

        var dateText = DateScalar("date", "incident_date", "day", "pubdate", "pub_date", "publishdate", "publish_date", "published", "published_at", "published_on", "date_published", "posted", "created", "created_at", "date_created");
        var startedText = MomentScalar("start_time", "started", "started_at", "start", "begin", "began", "impact_start", "start_date", "incident_start", "outage_start");

        // A status page's incident file ("resolved: false", "resolvedWhen: 2021-12-20 20:22:00", as cState and
        // Statusfy write them, "status: resolved" beside a status page's own keys, or a log of updates) is dated when
        // the incident was opened, so its date with a time is the start. "resolved: 2024-06-22 12:00" is an ordinary
        // end time and says nothing of the kind.
        var resolvedText = MomentScalar([.. EndKeys, .. StatusEndKeys]);
        var state = Scalar("status", "state")?.Trim().ToLowerInvariant() ?? "";
        var resolvedFlag = YamlText.ReadBoolean(Scalar("resolved"));
        var isStatusEntry = updates.Count > 0 || resolvedFlag is not null || StatusEndKeys.Any(values.ContainsKey)
            || (IncidentStates.Contains(state) && StatusPageKeys.Any(values.ContainsKey));
        // "resolved: false" says the incident went on, whatever else the entry says: no end is guessed for it.
        bool? markedResolved = !isStatusEntry ? null
            : resolvedFlag == false ? false
            : resolvedFlag == true || state == "resolved" ? true
            : null;
        if (startedText is null && isStatusEntry && dateText is not null && DateTimeText.HasTimeOfDay(dateText))
        {
            startedText = dateText;
        }

        if (dateText is not null && DateTimeText.FindDate(dateText) is null)
        {
            run.Warn(DiagnosticCodes.DateGuessed, $"the front matter date '{dateText}' reads both ways; it is read month first", 2, "write the date as YYYY-MM-DD in the imported file if the day comes first");
        }

        return new ForeignFrontMatter(
            Title: Scalar("title", "name", "subject"),
            DateText: dateText,
            StartedText: startedText,
            DetectedText: MomentScalar("detected", "detected_at", "detection_time", "detect_time"),
            ResolvedText: resolvedText,
            ZoneText: Scalar("timezone", "time_zone", "tz", "zone"),
            Summary: Scalar("summary", "description", "excerpt"),
            Severity: Scalar("severity", "sev", "priority", "level"),
            Trigger: Scalar("trigger"),
            Services: List("services", "service", "components", "systems", "affected_services"),
            Tags: List("tags", "labels", "keywords"),
            Categories: categories,
            Updates: updates,
            AddressText: Scalar("permalink", "slug"),
            IsStatusEntry: isStatusEntry,
            MarkedResolved: markedResolved,
            DurationText: Scalar("duration", "downtime", "outage_duration", "impact_duration"),
            CauseText: Scalar("root_cause", "rootcause", "cause", "root_cause_summary"),
            ReasonText: Scalar("reason"),
            ImpactText: Scalar("impact", "user_impact", "customer_impact"));
    }

    private const int MaxUpdates = 200;

    private static readonly string[] UpdateKeys = ["incident_states", "updates", "incident_updates", "status_updates", "history"];

    private static readonly string[] EndKeys = ["end_time", "ended", "ended_at", "end", "resolved", "resolved_at", "resolved_on", "resolution_time", "impact_end", "end_date", "incident_end", "outage_end"];

    // "status: resolved": the state of a status page's incident, not a post's "status: published" or "draft". A postmortem
    // kept with "status: resolved" in its front matter is dated by its author, so the state counts only beside a key
    // that only status pages write (the components affected, where the page shows or pins it); "severity" is in
    // postmortem templates too.
    private static readonly string[] IncidentStates = ["resolved", "investigating", "identified", "monitoring", "mitigated", "ongoing", "recovering"];

    private static readonly string[] StatusPageKeys = ["affected", "affectedsystems", "affected_systems", "components", "section", "pin", "pinned", "informational"];

    // The end keys only a status page's incident file has.
    private static readonly string[] StatusEndKeys = ["resolvedwhen", "resolved_when", "resolveddate", "resolved_date"];

    private static StatusUpdate? ReadUpdate(YamlMappingNode entry)
    {
        string? Value(params string[] keys) => entry.Children
            .Where(c => c.Key is YamlScalarNode { Value: { } key } && keys.Contains(SnakeCase(key), StringComparer.OrdinalIgnoreCase))
            .Select(c => (c.Value as YamlScalarNode)?.Value?.Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

        var text = Value("content", "message", "body", "text", "description", "update", "details");
        return text is null ? null : new StatusUpdate(Value("date", "time", "timestamp", "at", "created", "created_at", "updated_at"), Value("status", "state", "title"), text);
    }

    /// <summary>
    /// A key as the lists here spell it, whatever the exporter's habit: "date-published", "date published" and
    /// "datePublished" (Hashnode, JSON-minded tools) are all "date_published"; case is ignored when keys are compared.
    /// </summary>
    private static string SnakeCase(string key) => CamelHump().Replace(key.Replace('-', '_').Replace(' ', '_'), "$1_$2");

    [GeneratedRegex(@"([a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();
}
