using PostmortemSite.Model;

namespace PostmortemSite.Linking;

/// <summary>
/// How alike two incidents' root-cause sections read: TF-IDF cosine over content-word stems. A word every
/// root cause uses ("database") counts little; a word two of them share ("sequential", "backfill") counts a lot.
/// </summary>
internal sealed class RootCauseSimilarity
{
    private const int MinWordLength = 3;
    private const int WordsShown = 3;

    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);

    public RootCauseSimilarity(IReadOnlyList<Postmortem> incidents)
    {
        var counted = incidents.Select(p => (p.Id, Terms: CountTerms(p.RootCauseText))).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in counted.SelectMany(d => d.Terms.Keys))
        {
            documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
        }

        foreach (var (id, terms) in counted)
        {
            // Smoothed idf, so a word shared by every document still counts a little and two-document libraries work.
            var weights = terms.ToDictionary(
                t => t.Key,
                t => (1 + Math.Log(t.Value.Count)) * Math.Log(1 + (double)counted.Count / documentFrequency[t.Key]),
                StringComparer.Ordinal);
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            _documents[id] = new Document(weights, terms.ToDictionary(t => t.Key, t => t.Value.Spelling, StringComparer.Ordinal), norm);
        }
    }

    /// <summary>The cosine of the two root-cause texts (0 to 1) and the words that contribute most to it.</summary>
    public (double Score, IReadOnlyList<string> SharedWords) Compare(Postmortem a, Postmortem b)
    {
        if (!_documents.TryGetValue(a.Id, out var first) || !_documents.TryGetValue(b.Id, out var second) || first.Norm == 0 || second.Norm == 0)
        {
            return (0, []);
        }

        var shared = first.Weights
            .Where(t => second.Weights.ContainsKey(t.Key))
            .Select(t => (Stem: t.Key, Product: t.Value * second.Weights[t.Key]))
            .OrderByDescending(t => t.Product)
            .ThenBy(t => t.Stem, StringComparer.Ordinal)
            .ToList();
        var score = shared.Sum(t => t.Product) / (first.Norm * second.Norm);
        return (score, shared.Take(WordsShown).Select(t => first.Spellings[t.Stem]).ToList());
    }

    /// <summary>Occurrences of each stem and the spelling it was first written with, to show readers a word and not a stem.</summary>
    private static Dictionary<string, (int Count, string Spelling)> CountTerms(string text)
    {
        var terms = new Dictionary<string, (int Count, string Spelling)>(StringComparer.Ordinal);
        foreach (var word in WordStems.Words(text).Where(w => w.Length >= MinWordLength && !WordStems.IsStopWord(w) && !w.All(char.IsAsciiDigit)))
        {
            var stem = WordStems.Stem(word);
            terms[stem] = terms.TryGetValue(stem, out var known) ? (known.Count + 1, known.Spelling) : (1, word);
        }

        return terms;
    }

    private sealed record Document(Dictionary<string, double> Weights, Dictionary<string, string> Spellings, double Norm);
}
