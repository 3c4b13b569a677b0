namespace PostmortemSite.SearchRelevance;

/// <summary>One judged query: graded relevance (1 or 2) by document stem; every other document is 0.</summary>
internal sealed record JudgedQuery(string Query, string Kind, IReadOnlyDictionary<string, int> Grades, string Note);

internal static class Judgments
{
    /// <summary>Reads judgments.txt: <c>query | kind | stem=grade ... | note</c>, with # comments.</summary>
    public static List<JudgedQuery> Read(string path)
    {
        var queries = new List<JudgedQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 4)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'query | kind | stem=grade ... | note'");
            }

            var grades = parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('='))
                .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            queries.Add(new JudgedQuery(parts[0], parts[1], grades, parts[3]));
        }

        return queries;
    }

    /// <summary>nDCG at k with gain 2^grade - 1, against the ideal order of every judged document.</summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        static double Dcg(IEnumerable<int> gains) => gains.Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(grades.Values.OrderDescending().Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(stem => grades.GetValueOrDefault(stem))) / ideal;
    }

    /// <summary>One over the rank of the first relevant document in the first 10, or 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < Math.Min(10, ranked.Count); i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}
