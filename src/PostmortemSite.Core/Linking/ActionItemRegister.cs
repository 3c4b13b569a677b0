using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>Every action item across the library, open ones first, with the promises made more than once grouped.</summary>
internal static class ActionItemRegister
{
    /// <param name="asOf">The day "overdue" is judged on; null means the newest incident's date, so a rebuild never depends on the clock.</param>
    public static ActionRegister Build(IReadOnlyList<Postmortem> incidents, DateOnly? asOf)
    {
        var day = asOf ?? (incidents.Count == 0 ? null : incidents.Max(p => p.Date));
        var entries = incidents
            .SelectMany(incident => incident.ActionItems.Select((item, index) => (Entry: Entry(incident, item, day), Index: index)))
            .OrderByDescending(x => x.Entry.IsOpen)
            .ThenByDescending(x => x.Entry.Overdue)
            .ThenBy(x => x.Entry.Item.Due is null)
            .ThenBy(x => x.Entry.Item.Due)
            .ThenByDescending(x => x.Entry.Incident.Date)
            .ThenBy(x => x.Entry.Incident.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Entry)
            .ToList();
        return new ActionRegister(day, entries, ActionGrouper.Group(entries));
    }

    private static RegisterEntry Entry(Postmortem incident, ActionItem item, DateOnly? day)
    {
        var entry = new RegisterEntry(incident, item, Overdue: false);
        return entry with { Overdue = entry.IsOpen && day is { } today && item.Due is { } due && due < today };
    }
}
