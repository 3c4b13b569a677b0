using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>The library-wide figures: what keeps breaking, when, for how long, where, and what was promised.</summary>
internal static class InsightsCalculator
{
    public static LibraryInsights Calculate(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy, ActionRegister actions)
    {
        var series = CategoryGroups(incidents, taxonomy);
        return new LibraryInsights(
            DurationStats.Of(incidents.Select(p => p.Duration)),
            DurationStats.Of(incidents.Select(p => p.TimeToDetect)),
            DurationStats.Of(incidents.Select(p => p.TimeToMitigate)),
            DurationStats.Of(incidents.Select(p => p.TimeToResolve)),
            series,
            PerMonth(incidents, series),
            Distributions(incidents, taxonomy, p => p.Duration),
            Distributions(incidents, taxonomy, p => p.TimeToDetect),
            Services(incidents),
            ActionStatuses(actions));
    }

    /// <summary>
    /// The monthly chart stacks by category group ("database", "change"), not by category: a legend of twenty
    /// colours is unreadable, and the category detail is one click away on the category pages.
    /// Groups are in taxonomy order so colours stay put as incidents are added.
    /// </summary>
    private static List<string> CategoryGroups(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy)
    {
        var used = incidents.Select(GroupOf).ToHashSet(StringComparer.Ordinal);
        return taxonomy.Categories.Select(c => c.Group)
            .Concat(used.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(used.Contains)
            .ToList();
    }

    private static string GroupOf(Postmortem incident) => incident.RootCause.Category.Split('/')[0];

    /// <summary>Every month from the first incident to the last, empty months included, so gaps show as gaps.</summary>
    private static List<MonthCount> PerMonth(IReadOnlyList<Postmortem> incidents, IReadOnlyList<string> series)
    {
        if (incidents.Count == 0)
        {
            return [];
        }

        var first = incidents.Min(p => p.Date.Year * 12 + p.Date.Month - 1);
        var last = incidents.Max(p => p.Date.Year * 12 + p.Date.Month - 1);
        var months = new List<MonthCount>();
        for (var month = first; month <= last; month++)
        {
            var (year, number) = (month / 12, month % 12 + 1);
            var inMonth = incidents.Where(p => p.Date.Year == year && p.Date.Month == number).ToList();
            months.Add(new MonthCount(year, number, series.Select(s => inMonth.Count(p => GroupOf(p) == s)).ToList()));
        }

        return months;
    }

    /// <summary>Categories with at least one measured incident, the slowest median first.</summary>
    private static List<CategoryDistribution> Distributions(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy, Func<Postmortem, TimeSpan?> measure)
    {
        return incidents
            .Where(p => measure(p) is not null)
            .GroupBy(p => p.RootCause.Category, StringComparer.Ordinal)
            .Select(g =>
            {
                var points = g.Select(p => new IncidentMinutes(p, measure(p)!.Value.TotalMinutes))
                    .OrderBy(p => p.Minutes)
                    .ThenBy(p => p.Incident.Id, StringComparer.Ordinal)
                    .ToList();
                return new CategoryDistribution(taxonomy.Get(g.Key), points, DurationStats.Of(g.Select(measure)));
            })
            .OrderByDescending(d => d.Stats.MedianMinutes)
            .ThenBy(d => d.Category.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static List<NamedCount> Services(IReadOnlyList<Postmortem> incidents) => incidents
        .SelectMany(p => p.Services.Distinct(StringComparer.OrdinalIgnoreCase))
        .GroupBy(NameSlugs.Identity, StringComparer.Ordinal)
        .Select(g => new NamedCount(g.Order(StringComparer.Ordinal).First(), g.Count()))
        .OrderByDescending(c => c.Count)
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Each status the reader accepts, in its order: open first.</summary>
    private static List<NamedCount> ActionStatuses(ActionRegister actions) => Vocabulary.All<ActionStatus>()
        .Select(status => new NamedCount(status.Name, actions.Entries.Count(e => e.Item.Status == status.Value)))
        .ToList();
}
