namespace PostmortemSite.Model;

/// <summary>
/// One wrong hypothesis an incident chased: the timeline events of that dead end, and the minutes it cost
/// (from its first event to the next event that is no longer part of it) when the timeline gives times.
/// </summary>
public sealed record FalseLead(Postmortem Incident, string Family, string Label, IReadOnlyList<TimelineEvent> Events, double? CostMinutes)
{
    public TimelineEvent First => Events[0];
}

/// <summary>A wrong hypothesis seen across incidents, such as "assumed a traffic increase", with every time it cost time.</summary>
public sealed record FalseLeadGroup(string Family, string Label, string Recognition, IReadOnlyList<FalseLead> Occurrences)
{
    public int IncidentCount => Occurrences.Select(o => o.Incident.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The sum of the known costs; null when no occurrence has times.</summary>
    public double? TotalCostMinutes => Occurrences.Any(o => o.CostMinutes is not null) ? Occurrences.Sum(o => o.CostMinutes ?? 0) : null;
}

/// <summary>An action item with the incident that proposed it. Overdue is judged against the register's as-of date, never the clock.</summary>
public sealed record RegisterEntry(Postmortem Incident, ActionItem Item, bool Overdue)
{
    public bool IsOpen => Item.Status.IsOpen();
}

/// <summary>Similar action items proposed more than once ("validate migrations before deploy", three times), and the words they share.</summary>
public sealed record ActionGroup(string Label, IReadOnlyList<RegisterEntry> Entries, IReadOnlyList<string> SharedWords)
{
    public int IncidentCount => Entries.Select(e => e.Incident.Id).Distinct(StringComparer.Ordinal).Count();

    public int OpenCount => Entries.Count(e => e.IsOpen);
}

/// <summary>Every action item of the library, open ones first, and the groups of near-duplicates.</summary>
public sealed record ActionRegister(DateOnly? AsOf, IReadOnlyList<RegisterEntry> Entries, IReadOnlyList<ActionGroup> Repeated)
{
    public static readonly ActionRegister Empty = new(null, [], []);

    public int OpenCount => Entries.Count(e => e.IsOpen);

    public int OverdueCount => Entries.Count(e => e.Overdue);
}

/// <summary>A count under a name: a service, a status.</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>Incidents started in one calendar month, one count per series of <see cref="LibraryInsights.MonthSeries"/>.</summary>
public sealed record MonthCount(int Year, int Month, IReadOnlyList<int> Counts)
{
    public string Label => $"{Year:D4}-{Month:D2}";

    public int Total => Counts.Sum();
}

/// <summary>The durations (in minutes, ascending) of one category's incidents, with their median and p90.</summary>
public sealed record CategoryDistribution(RootCauseCategory Category, IReadOnlyList<IncidentMinutes> Points, DurationStats Stats);

public sealed record IncidentMinutes(Postmortem Incident, double Minutes);

/// <summary>The figures of the insights page. Medians and p90 only: incident durations are skewed, so means mislead.</summary>
public sealed record LibraryInsights(
    DurationStats Duration,
    DurationStats TimeToDetect,
    DurationStats TimeToMitigate,
    DurationStats TimeToResolve,
    IReadOnlyList<string> MonthSeries,
    IReadOnlyList<MonthCount> IncidentsPerMonth,
    IReadOnlyList<CategoryDistribution> DurationByCategory,
    IReadOnlyList<CategoryDistribution> DetectionByCategory,
    IReadOnlyList<NamedCount> Services,
    IReadOnlyList<NamedCount> ActionStatuses)
{
    public static readonly LibraryInsights Empty = new(
        DurationStats.Of([]), DurationStats.Of([]), DurationStats.Of([]), DurationStats.Of([]), [], [], [], [], [], []);
}
