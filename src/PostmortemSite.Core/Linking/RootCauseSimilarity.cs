using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Linking;

/// <summary>
/// How alike two incidents' root-cause sections read: TF-IDF cosine over content-word stems. A word every
/// root cause uses ("database") counts little; a word two of them share ("sequential", "backfill") counts a lot.
/// </summary>
internal sealed class RootCauseSimilarity
{
    // Cross-incident rules read words the related-incidents way (Text/TextProfile).
    private static readonly RelatedIncidentsProfile Profile = TextProfile.RelatedIncidents;

    private const int MinWordLength = 3;
    private const int WordsShown = 3;

    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _stems = [];

    public RootCauseSimilarity(IReadOnlyList<Postmortem> incidents)
    {
        var counted = incidents.AsParallel().AsOrdered().Select(p => (p.Id, Terms: CountTerms(p.RootCauseText))).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in counted.SelectMany(d => d.Terms.Keys))
        {
            documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
        }

        foreach (var (id, terms) in counted)
        {
            // Smoothed idf, so a word shared by every document still counts a little and two-document libraries work.
            var entries = terms
                .Select(t => (
                    Term: TermId(t.Key),
                    Weight: (1 + Math.Log(t.Value.Count)) * Math.Log(1 + (double)counted.Count / documentFrequency[t.Key]),
                    t.Value.Spelling))
                .ToArray();
            var norm = Math.Sqrt(entries.Sum(e => e.Weight * e.Weight));
            Array.Sort(entries, (x, y) => x.Term.CompareTo(y.Term));
            _documents[id] = new Document(entries.Select(e => (e.Term, e.Weight)).ToArray(), entries.Select(e => e.Spelling).ToArray(), norm);
        }
    }

    public int TermCount => _termIds.Count;

    /// <summary>An incident's terms as (term number, weight) sorted by term, with the vector's length; empty when it has no root-cause text.</summary>
    public ((int Term, double Weight)[] Terms, double Norm) VectorOf(Postmortem incident) =>
        _documents.TryGetValue(incident.Id, out var document) ? (document.Vector, document.Norm) : ([], 0);

    /// <summary>The cosine of the two root-cause texts (0 to 1) and the words that contribute most to it.</summary>
    public (double Score, IReadOnlyList<string> SharedWords) Compare(Postmortem a, Postmortem b)
    {
        if (!_documents.TryGetValue(a.Id, out var first) || !_documents.TryGetValue(b.Id, out var second) || first.Norm == 0 || second.Norm == 0)
        {
            return (0, []);
        }

        // Both vectors are sorted by term number, so one merge finds the shared terms; only the best few are kept.
        var best = new List<(int At, double Product)>(WordsShown + 1);
        var dot = 0.0;
        for (int i = 0, j = 0; i < first.Vector.Length && j < second.Vector.Length;)
        {
            var byTerm = first.Vector[i].Term.CompareTo(second.Vector[j].Term);
            if (byTerm != 0)
            {
                i += byTerm < 0 ? 1 : 0;
                j += byTerm > 0 ? 1 : 0;
                continue;
            }

            var product = first.Vector[i].Weight * second.Vector[j].Weight;
            dot += product;
            KeepBest(best, i, product, first);
            i++;
            j++;
        }

        return (dot / (first.Norm * second.Norm), best.Select(s => first.Spellings[s.At]).ToList());
    }

    /// <summary>Inserts a shared term into the few kept, largest product first and ties by stem, as a full sort would order them.</summary>
    private void KeepBest(List<(int At, double Product)> best, int at, double product, Document document)
    {
        if (best.Count == WordsShown && product < best[^1].Product)
        {
            return;
        }

        var position = best.Count;
        while (position > 0 && Before(product, at, best[position - 1]))
        {
            position--;
        }

        if (position < WordsShown)
        {
            best.Insert(position, (at, product));
            if (best.Count > WordsShown)
            {
                best.RemoveAt(WordsShown);
            }
        }

        bool Before(double p, int i, (int At, double Product) other) =>
            p > other.Product || (p == other.Product && string.CompareOrdinal(_stems[document.Vector[i].Term], _stems[document.Vector[other.At].Term]) < 0);
    }

    /// <summary>Occurrences of each stem and the spelling it was first written with, to show readers a word and not a stem.</summary>
    private static Dictionary<string, (int Count, string Spelling)> CountTerms(string text)
    {
        var terms = new Dictionary<string, (int Count, string Spelling)>(StringComparer.Ordinal);
        foreach (var word in Profile.Words(text).Where(w => w.Length >= MinWordLength && !Profile.IsStopWord(w) && !w.All(char.IsAsciiDigit)))
        {
            var stem = Profile.Stem(word);
            terms[stem] = terms.TryGetValue(stem, out var known) ? (known.Count + 1, known.Spelling) : (1, word);
        }

        return terms;
    }

    private int TermId(string stem)
    {
        if (!_termIds.TryGetValue(stem, out var id))
        {
            id = _termIds.Count;
            _termIds[stem] = id;
            _stems.Add(stem);
        }

        return id;
    }

    /// <param name="Vector">(term number, weight), sorted by term number.</param>
    /// <param name="Spellings">The word as first written, for each entry of the vector.</param>
    private sealed record Document((int Term, double Weight)[] Vector, string[] Spellings, double Norm);
}
