using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>
/// Scores every other incident by what it shares with this one. Weights put an explicit link first,
/// then the same root cause, then shared services and tags, so "same category first" holds on the page.
/// Root-cause sections that read alike add about as much as a contributing cause in common (a cosine of 0.25
/// scores 2): enough to surface an incident from another category that failed the same way, never enough to
/// outrank a shared category.
/// </summary>
internal static class RelatedIncidentFinder
{
    private const double ExplicitWeight = 10;
    private const double SameCategoryWeight = 5;
    private const double SecondaryCategoryWeight = 2;
    private const double SharedServiceWeight = 1.5;
    private const double SharedTagWeight = 0.75;
    private const double SimilarRootCauseWeight = 8;

    // Root-cause sections are long, so cosines are small: in the sample library, sections about the same failure
    // (sequential scans, a lock held across a slow call) score 0.1 to 0.25, while unrelated ones stay below 0.1
    // and share only filler such as "example" or "bash".
    private const double MinRootCauseSimilarity = 0.1;

    public static IReadOnlyList<RelatedIncident> Find(Postmortem incident, IReadOnlyList<Postmortem> all, RootCauseTaxonomy taxonomy, RootCauseSimilarity rootCauses, int limit)
    {
        var candidates = new List<RelatedIncident>();
        foreach (var other in all)
        {
            if (ReferenceEquals(other, incident))
            {
                continue;
            }

            var reasons = new List<string>();
            double score = 0;
            if (incident.Related.Contains(other.Id) || other.Related.Contains(incident.Id))
            {
                score += ExplicitWeight;
                reasons.Add("linked by the authors");
            }

            if (other.RootCause.Category == incident.RootCause.Category && incident.RootCause.Category != RootCauseTaxonomy.UnknownSlug)
            {
                score += SameCategoryWeight;
                reasons.Add($"same root cause: {taxonomy.Get(incident.RootCause.Category).Title}");
            }
            else if (incident.RootCause.Secondary.Contains(other.RootCause.Category) || other.RootCause.Secondary.Contains(incident.RootCause.Category))
            {
                score += SecondaryCategoryWeight;
                reasons.Add("contributing cause in common");
            }

            var services = incident.Services.Intersect(other.Services, StringComparer.OrdinalIgnoreCase).ToList();
            if (services.Count > 0)
            {
                score += SharedServiceWeight * services.Count;
                reasons.Add($"shared service{(services.Count > 1 ? "s" : "")}: {string.Join(", ", services)}");
            }

            var tags = incident.Tags.Intersect(other.Tags, StringComparer.OrdinalIgnoreCase).ToList();
            if (tags.Count > 0)
            {
                score += SharedTagWeight * tags.Count;
                reasons.Add($"shared tag{(tags.Count > 1 ? "s" : "")}: {string.Join(", ", tags)}");
            }

            var (similarity, sharedWords) = rootCauses.Compare(incident, other);
            if (similarity >= MinRootCauseSimilarity && sharedWords.Count > 0)
            {
                score += SimilarRootCauseWeight * similarity;
                reasons.Add($"similar root cause: {string.Join(", ", sharedWords)}");
            }

            if (score > 0)
            {
                candidates.Add(new RelatedIncident(other, reasons, score));
            }
        }

        return candidates
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Incident.Date)
            .ThenBy(c => c.Incident.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
