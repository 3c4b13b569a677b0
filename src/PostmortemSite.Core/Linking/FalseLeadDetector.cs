using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Linking;

/// <summary>
/// A kind of wrong hypothesis. An event belongs to the family when every word of one of its keyword sets
/// appears in the event's text (compared as stems, so "restarted" matches "restart").
/// </summary>
/// <param name="RightWhenCauseIs">Root-cause slug prefixes for which this hypothesis was the truth, not a false lead.</param>
internal sealed record HypothesisFamily(string Key, string Label, IReadOnlyList<string> Keywords, IReadOnlyList<string> RightWhenCauseIs)
{
    internal IReadOnlyList<HashSet<string>> KeywordStems { get; } =
        Keywords.Select(k => TextProfile.RelatedIncidents.Words(k).Select(TextProfile.RelatedIncidents.Stem).ToHashSet(StringComparer.Ordinal)).ToList();

    internal bool Matches(HashSet<string> stems) => KeywordStems.Any(set => set.IsSubsetOf(stems));

    /// <summary>How the page explains the rule: "traffic; load + increase".</summary>
    public string Recognition => string.Join("; ", Keywords.Select(k => k.Replace(" ", " + ", StringComparison.Ordinal)));
}

/// <summary>
/// Finds the wrong hypotheses in incident timelines and groups them across incidents.
/// An event starts a false lead when its author marked it a dead end, or when it names a hypothesis family
/// and says it was a guess ("suspected", "assumed", "misleading path") or that it failed ("no effect", "ruled out", "not related").
/// The following events stay part of that dead end while they restate the same family, report that it failed
/// ("Restart had no effect"), or are marked dead ends without naming another family. Its cost runs from its first
/// event to the next event after it.
/// </summary>
internal static class FalseLeadDetector
{
    // Cross-incident rules read words the related-incidents way (Text/TextProfile).
    private static readonly RelatedIncidentsProfile Profile = TextProfile.RelatedIncidents;

    public const string OtherFamily = "other";

    /// <summary>In order of precedence: the first family that matches an event is its family, so the specific come before the general.</summary>
    public static readonly IReadOnlyList<HypothesisFamily> Families =
    [
        new("hardware-restart", "Suspected hardware and restarted", ["hardware", "disk failure"], ["hardware/"]),
        new("database-restart", "Restarted the database", ["restart database", "restart db", "restart replica", "reboot database", "failover"], []),
        new("dns", "Suspected DNS", ["dns", "resolver", "nxdomain"], ["network/dns"]),
        new("network", "Suspected a network problem", ["network", "packet", "connectivity", "firewall"], ["network/"]),
        new("traffic-increase", "Assumed a traffic increase", ["traffic", "load increase", "user activity", "demand", "surge"], ["capacity/traffic-spike"]),
        new("scale-out", "Scaled out, expecting more capacity to help", ["scale", "add capacity"], ["capacity/"]),
        new("recent-deploy", "Blamed a recent deploy", ["deploy", "release", "rollback", "roll back"], ["change/deployment"]),
        new("config", "Suspected a configuration change", ["config", "configuration"], ["change/config"]),
        new("certificate", "Suspected a certificate", ["certificate", "tls", "ssl"], ["security/certificate"]),
        new("cache", "Suspected the cache", ["cache", "cdn"], []),
        new("third-party", "Blamed a third party", ["provider", "vendor", "issuer", "upstream", "third party", "status page"], ["dependency/"]),
    ];

    private static readonly HypothesisFamily Other = new(OtherFamily, "Other dead ends", [], []);

    // Matched at the start of a word, so "suspect" covers "suspected" and "assum" covers "assumed" and "assumption".
    private static readonly string[] GuessCues =
        ["suspect", "assum", "theory", "thought", "believed", "hypothes", "misleading", "red herring", "dead end", "wrong path", "false lead"];

    private static readonly string[] FailureCues =
    [
        "no effect", "no improvement", "no change", "not help", "didnt help", "not related", "unrelated", "ruled out",
        "proved incorrect", "proved wrong", "was wrong", "incorrect", "failed to restore", "did not restore", "made it worse",
    ];

    // As searched for in a normalized text: a guess cue starts a word, a failure cue is whole words.
    private static readonly string[] GuessNeedles = GuessCues.Select(cue => " " + cue).ToArray();
    private static readonly string[] FailureNeedles = FailureCues.Select(cue => " " + cue + " ").ToArray();

    // Once the cause is identified or the incident mitigated, later events are not guesses, whatever their wording.
    private static readonly Milestone[] ConcludingMilestones = [Milestone.Identified, Milestone.Mitigated, Milestone.Resolved];

    public static IReadOnlyList<FalseLead> Detect(Postmortem incident)
    {
        var events = incident.Timeline.Select(e => new Reading(e)).ToList();
        var leads = new List<FalseLead>();
        var i = 0;
        while (i < events.Count)
        {
            var first = events[i];
            if (!StartsFalseLead(incident, first))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var tried = new HashSet<string>(first.ContentStems, StringComparer.Ordinal);
            while (end < events.Count && Continues(events[end], first.Family, tried))
            {
                tried.UnionWith(events[end].ContentStems);
                end++;
            }

            var family = first.Family ?? Other;
            leads.Add(new FalseLead(incident, family.Key, family.Label, events[i..end].Select(e => e.Event).ToList(), Cost(first.Event, end < events.Count ? events[end].Event : null)));
            i = end;
        }

        return leads;
    }

    /// <summary>One group per family that occurred, most incidents first; dead ends that match no family come last, together.</summary>
    public static IReadOnlyList<FalseLeadGroup> Group(IEnumerable<FalseLead> leads)
    {
        var byFamily = leads.GroupBy(l => l.Family, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return Families.Append(Other)
            .Where(f => byFamily.ContainsKey(f.Key))
            .Select(f => new FalseLeadGroup(f.Key, f.Label, f.Recognition, byFamily[f.Key]))
            .OrderBy(g => g.Family == OtherFamily)
            .ThenByDescending(g => g.IncidentCount)
            .ThenByDescending(g => g.TotalCostMinutes ?? 0)
            .ThenBy(g => g.Family, StringComparer.Ordinal)
            .ToList();
    }

    private static bool StartsFalseLead(Postmortem incident, Reading reading)
    {
        // A hypothesis that turned out to be the cause was not a false lead, even when the step it led to failed
        // ("Rollback attempt fails" when the deploy was the cause) or was marked a dead end. A contributing cause does
        // not count: suspecting the traffic and scaling out when a lock was the cause still cost the time.
        if (reading.Family is { } named && WasTheCause(named, incident.RootCause.Category))
        {
            return false;
        }

        if (reading.Event.DeadEnd)
        {
            return true;
        }

        return !reading.Concludes && reading.Family is not null && (reading.Guesses || reading.ReportsFailure);
    }

    private static bool WasTheCause(HypothesisFamily family, string category) =>
        family.RightWhenCauseIs.Any(prefix => category.StartsWith(prefix, StringComparison.Ordinal));

    /// <param name="tried">The content stems of the dead end so far: what was suspected and tried.</param>
    private static bool Continues(Reading next, HypothesisFamily? family, HashSet<string> tried)
    {
        if (next.Concludes)
        {
            return false;
        }

        if (next.Guesses)
        {
            // A new guess ends the dead end unless it restates the same one ("traffic assumption proved incorrect").
            return next.Family is not null && next.Family == family;
        }

        if (next.Family is null)
        {
            return next.ReportsFailure || next.Event.DeadEnd;
        }

        // Naming another family starts a new dead end ("Flushed the cache; no effect"), unless the event only reports
        // that what was just tried failed: "Restart had no effect" after "suspected hardware; restarted the servers".
        return next.Family == family || (next.ReportsFailure && next.ContentStems.Overlaps(tried));
    }

    private static double? Cost(TimelineEvent first, TimelineEvent? next) =>
        first.Time is { } start && next?.Time is { } end && end >= start ? (end - start).TotalMinutes : null;

    /// <summary>What the rules need to know about one event, worked out once.</summary>
    private sealed class Reading
    {
        public Reading(TimelineEvent timelineEvent)
        {
            Event = timelineEvent;
            // The same words feed every rule below, so the text is split once.
            var words = Profile.Words(timelineEvent.Text).ToList();
            var normalized = " " + string.Join(' ', words) + " ";
            var stems = words.Select(Profile.Stem).ToHashSet(StringComparer.Ordinal);
            Family = Families.FirstOrDefault(f => f.Matches(stems));
            ContentStems = words.Where(Profile.IsContentWord).Select(Profile.Stem).ToHashSet(StringComparer.Ordinal);
            Guesses = GuessNeedles.Any(cue => normalized.Contains(cue, StringComparison.Ordinal));
            ReportsFailure = FailureNeedles.Any(cue => normalized.Contains(cue, StringComparison.Ordinal));
            Concludes = timelineEvent.Milestone is { } milestone && ConcludingMilestones.Contains(milestone);
        }

        public TimelineEvent Event { get; }

        public HypothesisFamily? Family { get; }

        public HashSet<string> ContentStems { get; }

        public bool Guesses { get; }

        public bool ReportsFailure { get; }

        public bool Concludes { get; }
    }
}
