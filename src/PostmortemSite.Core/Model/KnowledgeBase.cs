namespace PostmortemSite.Model;

/// <summary>The linked library: every incident with its cross-links and the groupings pages are built from.</summary>
public sealed record KnowledgeBase(
    IReadOnlyList<Postmortem> Incidents,
    RootCauseTaxonomy Taxonomy,
    IReadOnlyList<CategorySummary> Categories,
    IReadOnlyList<IncidentGroup> Services,
    IReadOnlyList<IncidentGroup> Tags,
    IReadOnlyList<IncidentGroup> Years,
    IReadOnlyDictionary<string, IncidentLinks> Links)
{
    private readonly IReadOnlyList<FalseLeadGroup> _falseLeads = [];

    // Indexed when set (also by a 'with' copy): incident pages look their false leads up one by one.
    private readonly ILookup<string, FalseLead> _falseLeadsById = Array.Empty<FalseLead>().ToLookup(f => f.Incident.Id);

    /// <summary>Recurring wrong hypotheses, most widespread first.</summary>
    public IReadOnlyList<FalseLeadGroup> FalseLeads
    {
        get => _falseLeads;
        init
        {
            _falseLeads = value;
            _falseLeadsById = value.SelectMany(g => g.Occurrences).ToLookup(o => o.Incident.Id, StringComparer.Ordinal);
        }
    }

    public ActionRegister Actions { get; init; } = ActionRegister.Empty;

    public LibraryInsights Insights { get; init; } = LibraryInsights.Empty;

    /// <summary>The page slug of each service name; every link to a service page goes through it.</summary>
    public NameSlugs ServiceSlugs { get; init; } = NameSlugs.Empty;

    public NameSlugs TagSlugs { get; init; } = NameSlugs.Empty;

    public IncidentLinks LinksOf(Postmortem incident) => Links[incident.Id];

    public IReadOnlyList<FalseLead> FalseLeadsOf(Postmortem incident) => [.. _falseLeadsById[incident.Id]];

    public CategorySummary? CategoryOf(string slug) => Categories.FirstOrDefault(c => c.Category.Slug == slug);
}

/// <summary>A root-cause category with the incidents whose primary cause it is. Categories with no incidents are kept so the taxonomy is browsable.</summary>
public sealed record CategorySummary(RootCauseCategory Category, IReadOnlyList<Postmortem> Incidents, DurationStats Duration, DurationStats TimeToDetect)
{
    /// <summary>The wrong hypotheses chased in this category's incidents.</summary>
    public IReadOnlyList<FalseLeadGroup> FalseLeads { get; init; } = [];

    /// <summary>The action items its incidents proposed, open ones first.</summary>
    public IReadOnlyList<RegisterEntry> ActionItems { get; init; } = [];
}

/// <summary>Incidents sharing a service, a tag or a year. Slug is the URL segment.</summary>
public sealed record IncidentGroup(string Name, string Slug, IReadOnlyList<Postmortem> Incidents);

public sealed record IncidentLinks(IReadOnlyList<RelatedIncident> Related, Postmortem? Previous, Postmortem? Next);

public sealed record RelatedIncident(Postmortem Incident, IReadOnlyList<string> Reasons, double Score);

/// <summary>Median and 90th percentile in minutes: incident durations are skewed, so means would mislead.</summary>
public sealed record DurationStats(int Count, double? MedianMinutes, double? P90Minutes)
{
    public static DurationStats Of(IEnumerable<TimeSpan?> values)
    {
        var minutes = values.OfType<TimeSpan>().Select(v => v.TotalMinutes).Order().ToArray();
        return new DurationStats(minutes.Length, Statistics.Median(minutes), Statistics.Percentile(minutes, 90));
    }
}

internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle values; null for no values.</summary>
    public static double? Median(IReadOnlyList<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of values at or below it.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
