using PostmortemSite.Checking;
using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>The link stage: taxonomy groupings, related incidents, previous/next, per-category figures and what the incidents teach together.</summary>
internal static class KnowledgeBaseLinker
{
    private const int MaxRelated = 6;

    /// <param name="asOf">The day overdue action items are judged on; null means the newest incident's date.</param>
    /// <param name="unlistedIds">Ids of postmortems that exist but are not in this build (drafts, files with errors): 'related' may name them.</param>
    public static LinkStageResult Link(RootCauseTaxonomy taxonomy, IReadOnlyList<Postmortem> postmortems, DateOnly? asOf = null, IReadOnlySet<string>? unlistedIds = null)
    {
        var diagnostics = new List<Diagnostic>();
        var incidents = RemoveDuplicateIds(postmortems, diagnostics);

        // Newest first everywhere; ties broken by id so the order never depends on reading order.
        incidents = incidents
            .OrderByDescending(p => p.Timestamps.Started ?? new DateTimeOffset(p.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            .ThenByDescending(p => p.Date)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        CheckRelatedIds(incidents, unlistedIds ?? new HashSet<string>(), diagnostics);

        // Related incidents are the costliest part and independent of the rest, so they are found on other threads
        // while this one works out the library-wide views (registers, categories, groups, insights).
        var relatedSearch = Task.Run(() =>
        {
            var finder = new RelatedIncidentFinder(incidents, taxonomy);
            var found = new IReadOnlyList<RelatedIncident>[incidents.Count];
            Parallel.For(0, incidents.Count, i => found[i] = finder.Find(incidents[i], MaxRelated));
            return found;
        });

        var detected = new IReadOnlyList<FalseLead>[incidents.Count];
        Parallel.For(0, incidents.Count, i => detected[i] = FalseLeadDetector.Detect(incidents[i]));
        var falseLeads = detected.SelectMany(leads => leads).ToList();
        var actions = ActionItemRegister.Build(incidents, asOf);

        var categories = taxonomy.Categories
            .Select(category =>
            {
                var members = incidents.Where(p => p.RootCause.Category == category.Slug).ToList();
                return new CategorySummary(category, members, DurationStats.Of(members.Select(m => m.Duration)), DurationStats.Of(members.Select(m => m.TimeToDetect)))
                {
                    FalseLeads = FalseLeadDetector.Group(falseLeads.Where(l => l.Incident.RootCause.Category == category.Slug)),
                    ActionItems = actions.Entries.Where(e => e.Incident.RootCause.Category == category.Slug).ToList(),
                };
            })
            .ToList();

        var serviceSlugs = NameSlugs.For(incidents.SelectMany(p => p.Services));
        var tagSlugs = NameSlugs.For(incidents.SelectMany(p => p.Tags));
        var services = Group(incidents, p => p.Services, serviceSlugs);
        var tags = Group(incidents, p => p.Tags, tagSlugs);
        var years = Group(incidents, p => [p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)], NameSlugs.For(incidents.Select(p => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), newestFirst: true);
        var insights = InsightsCalculator.Calculate(incidents, taxonomy, actions);

        var related = relatedSearch.GetAwaiter().GetResult();
        var links = new Dictionary<string, IncidentLinks>(StringComparer.Ordinal);
        for (var i = 0; i < incidents.Count; i++)
        {
            var previous = i + 1 < incidents.Count ? incidents[i + 1] : null;
            var next = i > 0 ? incidents[i - 1] : null;
            links[incidents[i].Id] = new IncidentLinks(related[i], previous, next);
        }

        var knowledgeBase = new KnowledgeBase(
            incidents,
            taxonomy,
            categories,
            services,
            tags,
            years,
            links)
        {
            FalseLeads = FalseLeadDetector.Group(falseLeads),
            Actions = actions,
            Insights = insights,
            ServiceSlugs = serviceSlugs,
            TagSlugs = tagSlugs,
        };
        return new LinkStageResult(knowledgeBase, diagnostics);
    }

    private static List<Postmortem> RemoveDuplicateIds(IReadOnlyList<Postmortem> postmortems, List<Diagnostic> diagnostics)
    {
        var kept = new List<Postmortem>();
        // Ids that differ only by case would collide on case-insensitive file systems and confuse readers.
        foreach (var group in postmortems.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            var all = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            if (all.Count == 1)
            {
                kept.Add(all[0]);
                continue;
            }

            var others = string.Join(", ", all.Select(p => p.SourcePath));
            foreach (var duplicate in all)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, $"id '{duplicate.Id}' is used by more than one postmortem ({others})", new SourceLocation(duplicate.SourcePath, 1, 1),
                    "give each postmortem a unique 'id:' (the id defaults to the file name)"));
            }
        }

        return kept;
    }

    private static void CheckRelatedIds(IReadOnlyList<Postmortem> incidents, IReadOnlySet<string> unlistedIds, List<Diagnostic> diagnostics)
    {
        var ids = incidents.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var related in incident.Related.Where(r => !ids.Contains(r) && !unlistedIds.Contains(r)))
            {
                var nearest = Suggestions.Nearest(related, ids);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownRelated, $"related id '{related}' matches no postmortem", new SourceLocation(incident.SourcePath, 1, 1),
                    nearest is null ? "check the id in 'related:'" : $"did you mean '{nearest}'?"));
            }
        }
    }

    private static List<IncidentGroup> Group(IReadOnlyList<Postmortem> incidents, Func<Postmortem, IEnumerable<string>> keys, NameSlugs slugs, bool newestFirst = false)
    {
        var groups = incidents
            .SelectMany(p => keys(p).Select(k => (Slug: slugs.Of(k), Name: k, Incident: p)))
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .Select(g => new IncidentGroup(
                g.Select(x => x.Name).Order(StringComparer.Ordinal).First(),
                g.Key,
                g.Select(x => x.Incident).Distinct().ToList()));
        return (newestFirst
            ? groups.OrderByDescending(g => g.Slug, StringComparer.Ordinal)
            : groups.OrderBy(g => g.Slug, StringComparer.Ordinal)).ToList();
    }
}

internal sealed record LinkStageResult(KnowledgeBase KnowledgeBase, IReadOnlyList<Diagnostic> Diagnostics);
