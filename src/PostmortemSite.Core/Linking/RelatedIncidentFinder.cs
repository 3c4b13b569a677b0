using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>
/// Scores other incidents by what they share with one incident. Weights put an explicit link first,
/// then the same root cause, then shared services and tags, so "same category first" holds on the page.
/// Root-cause sections that read alike add about as much as a contributing cause in common (a cosine of 0.25
/// scores 2): enough to surface an incident from another category that failed the same way, never enough to
/// outrank a shared category.
/// </summary>
/// <remarks>
/// Comparing every pair is quadratic (10,000 incidents: 100 million pairs), so candidates come from inverted
/// indexes: an incident is scored only against those sharing a link, a category, a service, a tag or a root-cause
/// word. Root-cause words used by more than a tenth of a large library, or by more than 1,000 incidents, are left
/// out of that search: they carry little weight (low idf) and would make every incident a candidate of every
/// other. The absolute limit keeps that search from growing with the square of the library beyond 10,000
/// incidents (at 50,000 it was more than half the build). Below 200 incidents nothing is left out, so small
/// libraries get the exact cosine.
/// </remarks>
internal sealed class RelatedIncidentFinder
{
    // What makes two incidents related, strongest first. A link the author wrote outranks anything inferred.
    private const double ExplicitWeight = 10;

    // The same root cause is the lesson a reader came for; a similar root-cause text (times its cosine, so at most
    // 8) comes next, then a cause one of them names only as secondary.
    private const double SameCategoryWeight = 5;
    private const double SimilarRootCauseWeight = 8;
    private const double SecondaryCategoryWeight = 2;

    // Per service or tag in common: weak alone (the same service fails for many reasons), a tie-breaker otherwise.
    private const double SharedServiceWeight = 1.5;
    private const double SharedTagWeight = 0.75;

    // Root-cause sections are long, so cosines are small: in the sample library, sections about the same failure
    // (sequential scans, a lock held across a slow call) score 0.1 to 0.25, while unrelated ones stay below 0.1
    // and share only filler such as "example" or "bash".
    private const double MinRootCauseSimilarity = 0.1;

    private const int MaxTermIncidents = 1000;

    private readonly IReadOnlyList<Postmortem> _incidents;
    private readonly RootCauseTaxonomy _taxonomy;
    private readonly RootCauseSimilarity _rootCauses;
    private readonly Dictionary<Postmortem, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<int>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySecondary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _linkingTo = new(StringComparer.Ordinal);
    private readonly (int Incident, double Weight)[]?[] _byTerm;
    private readonly ((int Term, double Weight)[] Terms, double Norm)[] _vectors;
    private readonly ThreadLocal<Scratch> _scratch;
    // Services and tags are numbered (case-insensitively) once; each incident holds its distinct numbers, and
    // _byService and _byTag list the incidents holding each number.
    private readonly int[][] _services;
    private readonly int[][] _tags;
    private readonly List<int>[] _byService;
    private readonly List<int>[] _byTag;
    private static readonly List<int> NoMembers = [];

    public RelatedIncidentFinder(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy)
    {
        _incidents = incidents;
        _taxonomy = taxonomy;
        _rootCauses = new RootCauseSimilarity(incidents);
        _vectors = new ((int, double)[], double)[incidents.Count];
        var byTerm = new List<(int, double)>?[_rootCauses.TermCount];
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(incidents.Count));
        (_services, _byService) = Number(incidents.Select(p => p.Services));
        (_tags, _byTag) = Number(incidents.Select(p => p.Tags));

        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            _index[incident] = i;
            Add(_byCategory, incident.RootCause.Category, i);
            Add(_byId, incident.Id, i);
            foreach (var slug in incident.RootCause.Secondary.Distinct(StringComparer.Ordinal))
            {
                Add(_bySecondary, slug, i);
            }

            foreach (var target in incident.Related.Distinct(StringComparer.Ordinal))
            {
                Add(_linkingTo, target, i);
            }

            _vectors[i] = _rootCauses.VectorOf(incident);
            foreach (var (term, weight) in _vectors[i].Terms)
            {
                (byTerm[term] ??= []).Add((i, weight));
            }
        }

        var maxTermFrequency = incidents.Count < 200 ? int.MaxValue : Math.Min(incidents.Count / 10, MaxTermIncidents);
        _byTerm = byTerm.Select(postings => postings is null || postings.Count > maxTermFrequency ? null : postings.ToArray()).ToArray();
    }

    /// <summary>The best <paramref name="limit"/> related incidents with the reasons; safe to call from several threads.</summary>
    public IReadOnlyList<RelatedIncident> Find(Postmortem incident, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        var self = _index[incident];
        var scratch = _scratch.Value!;
        scratch.Reset();

        foreach (var id in incident.Related)
        {
            foreach (var j in Members(_byId, id))
            {
                scratch.Touch(j).Explicit = true;
            }
        }

        foreach (var j in Members(_linkingTo, incident.Id))
        {
            scratch.Touch(j).Explicit = true;
        }

        if (incident.RootCause.Category != RootCauseTaxonomy.UnknownSlug)
        {
            foreach (var j in Members(_byCategory, incident.RootCause.Category))
            {
                scratch.Touch(j).SameCategory = true;
            }
        }

        foreach (var slug in incident.RootCause.Secondary)
        {
            foreach (var j in Members(_byCategory, slug))
            {
                scratch.Touch(j).Secondary = true;
            }
        }

        foreach (var j in Members(_bySecondary, incident.RootCause.Category))
        {
            scratch.Touch(j).Secondary = true;
        }

        foreach (var (term, weight) in _vectors[self].Terms)
        {
            if (_byTerm[term] is { } postings)
            {
                foreach (var (j, otherWeight) in postings)
                {
                    scratch.Touch(j).Dot += weight * otherWeight;
                }
            }
        }

        // Shared services and tags are weak signals with long postings (at 50,000 a tag is on thousands of
        // incidents). For the candidates found above they are counted only when a candidate could still reach the
        // best few; a candidate sharing nothing else scores at most weakMax, so their postings are walked only when
        // that could still rank.
        var weakMax = (SharedServiceWeight * _services[self].Length) + (SharedTagWeight * _tags[self].Length);
        var best = Best(self, scratch, limit, weakMax);
        if (weakMax > 0 && (best.Count < limit || best[^1].Score <= weakMax))
        {
            AddWeakOnly(scratch, _byService, _services[self], SharedServiceWeight);
            AddWeakOnly(scratch, _byTag, _tags[self], SharedTagWeight);
            best = Best(self, scratch, limit, weakMax);
        }

        return best
            .Select(c => new RelatedIncident(_incidents[c.Index], Reasons(incident, _incidents[c.Index], scratch, c.Index, c.Similarity), c.Score))
            .ToList();
    }

    /// <summary>
    /// Only the best few are shown, so keep those few in order instead of sorting every candidate: with thousands of
    /// candidates per incident, the full sort was most of the linking stage. Ids are unique, so the order is total
    /// and the result is the one a full sort would give.
    /// </summary>
    /// <param name="weakMax">The most shared services and tags can add to a score.</param>
    private List<(int Index, double Score, double Similarity)> Best(int self, Scratch scratch, int limit, double weakMax)
    {
        var best = new List<(int Index, double Score, double Similarity)>(limit + 1);
        foreach (var j in scratch.Touched)
        {
            if (j == self)
            {
                continue;
            }

            ref var candidate = ref scratch.Touch(j);
            var norms = _vectors[self].Norm * _vectors[j].Norm;
            var similarity = norms > 0 ? candidate.Dot / norms : 0;
            var strength = candidate.Explicit ? ExplicitWeight : 0;
            var category = candidate.SameCategory ? SameCategoryWeight : candidate.Secondary ? SecondaryCategoryWeight : 0;
            var rootCause = similarity >= MinRootCauseSimilarity ? SimilarRootCauseWeight * similarity : 0;
            if (!candidate.WeakOnly && !candidate.SharedKnown)
            {
                if (best.Count == limit && strength + category + weakMax + rootCause < best[^1].Score)
                {
                    continue;
                }

                candidate.Shared = (SharedServiceWeight * Common(_services[self], _services[j])) + (SharedTagWeight * Common(_tags[self], _tags[j]));
                candidate.SharedKnown = true;
            }

            var score = strength + category + candidate.Shared + rootCause;
            if (score > 0 && (best.Count < limit || Ranks(j, score, best[^1]) < 0))
            {
                var at = best.Count;
                while (at > 0 && Ranks(j, score, best[at - 1]) < 0)
                {
                    at--;
                }

                best.Insert(at, (j, score, similarity));
                if (best.Count > limit)
                {
                    best.RemoveAt(limit);
                }
            }
        }

        return best;
    }

    private static int Common(int[] a, int[] b)
    {
        var common = 0;
        foreach (var x in a)
        {
            common += Array.IndexOf(b, x) >= 0 ? 1 : 0;
        }

        return common;
    }

    /// <summary>Negative when candidate j ranks before the other: higher score, then newer, then id in ordinal order.</summary>
    private int Ranks(int j, double score, (int Index, double Score, double Similarity) other)
    {
        var byScore = other.Score.CompareTo(score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDate = _incidents[other.Index].Date.CompareTo(_incidents[j].Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(_incidents[j].Id, _incidents[other.Index].Id);
    }

    /// <summary>Why two incidents are related, in words; computed only for the few shown.</summary>
    private List<string> Reasons(Postmortem incident, Postmortem other, Scratch scratch, int j, double similarity)
    {
        var reasons = new List<string>();
        ref readonly var candidate = ref scratch.Of(j);
        if (candidate.Explicit)
        {
            reasons.Add("linked by the authors");
        }

        if (candidate.SameCategory)
        {
            reasons.Add($"same root cause: {_taxonomy.Get(incident.RootCause.Category).Title}");
        }
        else if (candidate.Secondary)
        {
            reasons.Add("contributing cause in common");
        }

        var services = incident.Services.Intersect(other.Services, StringComparer.OrdinalIgnoreCase).ToList();
        if (services.Count > 0)
        {
            reasons.Add($"shared service{(services.Count > 1 ? "s" : "")}: {string.Join(", ", services)}");
        }

        var tags = incident.Tags.Intersect(other.Tags, StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > 0)
        {
            reasons.Add($"shared tag{(tags.Count > 1 ? "s" : "")}: {string.Join(", ", tags)}");
        }

        if (similarity >= MinRootCauseSimilarity && _rootCauses.Compare(incident, other).SharedWords is { Count: > 0 } words)
        {
            reasons.Add($"similar root cause: {string.Join(", ", words)}");
        }

        return reasons;
    }

    private static List<int> Members(Dictionary<string, List<int>> index, string key) => index.TryGetValue(key, out var members) ? members : NoMembers;

    /// <summary>Adds <paramref name="weight"/> to every incident sharing one of the names that no stronger signal found.</summary>
    private static void AddWeakOnly(Scratch scratch, List<int>[] holders, int[] names, double weight)
    {
        foreach (var name in names)
        {
            foreach (var j in holders[name])
            {
                var found = scratch.Of(j).Seen;
                ref var candidate = ref scratch.Touch(j);
                if (!found || candidate.WeakOnly)
                {
                    candidate.WeakOnly = true;
                    candidate.Shared += weight;
                }
            }
        }
    }

    /// <summary>Numbers names case-insensitively: each incident's distinct numbers, and the incidents holding each number.</summary>
    private static (int[][] Numbers, List<int>[] Holders) Number(IEnumerable<IReadOnlyList<string>> namesPerIncident)
    {
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var holders = new List<List<int>>();
        var perIncident = new List<int[]>();
        foreach (var names in namesPerIncident)
        {
            var distinct = names.Select(name => numbers.TryGetValue(name, out var n) ? n : numbers[name] = numbers.Count).Distinct().ToArray();
            foreach (var n in distinct)
            {
                if (n == holders.Count)
                {
                    holders.Add([]);
                }

                holders[n].Add(perIncident.Count);
            }

            perIncident.Add(distinct);
        }

        return (perIncident.ToArray(), holders.ToArray());
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>What one candidate shares with the incident being scored.</summary>
    private struct Candidate
    {
        public bool Seen;
        public bool Explicit;
        public bool SameCategory;
        public bool Secondary;

        /// <summary>Found only through shared services or tags: <see cref="Shared"/> comes from their postings.</summary>
        public bool WeakOnly;

        /// <summary>Found through a stronger signal and its shared services and tags already counted.</summary>
        public bool SharedKnown;
        public double Shared;
        public double Dot;
    }

    /// <summary>Per-thread candidates, cleared only where touched, so scoring one incident costs what it shares, not the library's size.</summary>
    private sealed class Scratch(int size)
    {
        private readonly Candidate[] _candidates = new Candidate[size];

        public List<int> Touched { get; } = [];

        public ref readonly Candidate Of(int j) => ref _candidates[j];

        public ref Candidate Touch(int j)
        {
            ref var candidate = ref _candidates[j];
            if (!candidate.Seen)
            {
                candidate.Seen = true;
                Touched.Add(j);
            }

            return ref candidate;
        }

        public void Reset()
        {
            foreach (var j in Touched)
            {
                _candidates[j] = default;
            }

            Touched.Clear();
        }
    }
}
