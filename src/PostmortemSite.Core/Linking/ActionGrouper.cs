using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Linking;

/// <summary>
/// Puts near-duplicate action items from different incidents together: "Validate migration scripts before deploy",
/// "Run migration validation in CI before deploying" and "Validate schema migrations against a production-sized copy
/// before deploy" are one promise made three times.
/// </summary>
internal static class ActionGrouper
{
    // Cross-incident rules read words the related-incidents way (Text/TextProfile).
    private static readonly RelatedIncidentsProfile Profile = TextProfile.RelatedIncidents;

    // Verbs that start almost every action item; sharing them says nothing about sharing a purpose.
    private static readonly HashSet<string> GenericStems = new[]
    {
        "add", "make", "run", "use", "ensure", "implement", "create", "set", "establish", "improve", "enhance",
        "introduce", "conduct", "develop", "integrate", "consider", "evaluate",
    }.Select(Profile.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Two titles are similar when they share at least two content stems and the shared stems are at least a third
    /// of all the stems the two use (Jaccard >= 1/3). Action titles have four to eight content words, so this asks for
    /// three shared words between a short and a long title, or two between two short ones; a single common word such as
    /// "alert" or "index" never groups on its own. On the sample library the three migration-validation items score
    /// 0.43 to 0.6 with each other, and the closest unrelated pair (two "alert when a rate on orders-db..." items) 0.27. Groups are transitive (single linkage) and
    /// must span two incidents.
    /// </summary>
    public static bool AreSimilar(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return shared >= 2 && 3 * shared >= union;
    }

    /// <summary>
    /// The content stems of a title. Names stay whole: "orders-db" is one thing, and splitting it would make every
    /// "... to the orders-db dashboard" item look alike.
    /// </summary>
    public static IReadOnlySet<string> Stems(string title) =>
        Profile.ContentStems(title, keepNames: true).Where(s => !GenericStems.Contains(s)).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<ActionGroup> Group(IReadOnlyList<RegisterEntry> entries)
    {
        var stems = entries.Select(e => Stems(e.Item.Title)).ToList();
        var parent = Enumerable.Range(0, entries.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);

        // Comparing every pair is quadratic in the number of actions (30,000 at 10,000 incidents). Titles with the same
        // stems are compared once, and two stem sets are compared only when an inverted index shows they share two stems.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<(IReadOnlySet<string> Stems, List<int> Entries)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var key = string.Join(' ', stems[i].Order(StringComparer.Ordinal));
            if (!keys.TryGetValue(key, out var k))
            {
                keys[key] = k = distinct.Count;
                distinct.Add((stems[i], []));
            }

            distinct[k].Entries.Add(i);
        }

        void Union(int a, int b) => parent[Root(b)] = Root(a);
        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < distinct.Count; k++)
        {
            var (set, members) = distinct[k];
            if (AreSimilar(set, set))
            {
                members.Skip(1).ToList().ForEach(m => Union(members[0], m));
            }

            var sharedCounts = new Dictionary<int, int>();
            foreach (var stem in set)
            {
                if (!byStem.TryGetValue(stem, out var earlier))
                {
                    byStem[stem] = earlier = [];
                }

                foreach (var other in earlier)
                {
                    sharedCounts[other] = sharedCounts.GetValueOrDefault(other) + 1;
                }

                earlier.Add(k);
            }

            foreach (var (other, shared) in sharedCounts)
            {
                if (shared >= 2 && Root(distinct[other].Entries[0]) != Root(members[0]) && AreSimilar(set, distinct[other].Stems))
                {
                    Union(distinct[other].Entries[0], members[0]);
                }
            }
        }

        return Enumerable.Range(0, entries.Count)
            .GroupBy(Root)
            .Select(members => members
                .OrderBy(i => entries[i].Incident.Date)
                .ThenBy(i => entries[i].Incident.Id, StringComparer.Ordinal)
                .ThenBy(i => i)
                .ToList())
            .Where(members => members.Select(i => entries[i].Incident.Id).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(members => new ActionGroup(
                entries[members[0]].Item.Title,
                members.Select(i => entries[i]).ToList(),
                SharedWords(members.Select(i => entries[i].Item.Title).ToList())))
            .OrderByDescending(g => g.IncidentCount)
            .ThenByDescending(g => g.OpenCount)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The words (as first written) whose stems appear in at least half of the titles, most common first.</summary>
    private static List<string> SharedWords(IReadOnlyList<string> titles)
    {
        var firstSpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var title in titles)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in Profile.Words(title, keepNames: true).Where(w => !Profile.IsStopWord(w)))
            {
                var stem = Profile.Stem(word);
                if (GenericStems.Contains(stem) || !seen.Add(stem))
                {
                    continue;
                }

                if (firstSpelling.TryAdd(stem, word))
                {
                    order.Add(stem);
                }

                counts[stem] = counts.GetValueOrDefault(stem) + 1;
            }
        }

        var needed = Math.Max(2, (titles.Count + 1) / 2);
        return order
            .Where(stem => counts[stem] >= needed)
            .OrderByDescending(stem => counts[stem])
            .ThenBy(order.IndexOf)
            .Select(stem => firstSpelling[stem])
            .ToList();
    }
}
