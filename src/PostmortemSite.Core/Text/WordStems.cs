using System.Text;

namespace PostmortemSite.Text;

/// <summary>
/// The crude word analysis shared by the cross-incident rules (false leads, similar actions, similar root causes):
/// lowercase words, a small stop list, and one suffix stripped, so "validate", "validation" and "validated"
/// all become "validat". Deliberately simple: every grouping it drives must be explainable on the page.
/// </summary>
internal static class WordStems
{
    // Longest first: the first suffix that leaves at least three letters is the one removed.
    // "ion" rather than "ation" so "validation" and "validate" meet at "validat".
    private static readonly string[] Suffixes = ["ments", "ment", "ings", "ing", "ions", "ion", "ies", "ed", "es", "ly", "s", "e"];

    /// <summary>Lowercase words of letters and digits; apostrophes are dropped so "didn't" stays one word.</summary>
    /// <param name="keepNames">Keep names such as "orders-db" or "pg_stat_statements" whole, as one word, instead of splitting them at '-', '_', '.' and '/'.</param>
    public static IEnumerable<string> Words(string text, bool keepNames = false)
    {
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (keepNames && (c is '-' or '_' or '.' or '/') && word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                word.Append(c);
            }
            else if (c is '\'' or '’')
            {
                continue;
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            // Keep "ss" words ("process", "loss") whole: stripping their last s would merge unrelated words.
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && word.EndsWith("ss", StringComparison.Ordinal)))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    public static bool IsStopWord(string word) => StopWords.RelatedIncidents.Contains(word);

    /// <summary>Stems of the content words: no stop words, no bare numbers, no single letters (the "s" of "30 s").</summary>
    public static IEnumerable<string> ContentStems(string text, bool keepNames = false) => Words(text, keepNames)
        .Where(IsContentWord)
        .Select(Stem);

    /// <summary>Not a stop word, a bare number or a single letter.</summary>
    public static bool IsContentWord(string word) => word.Length > 1 && !IsStopWord(word) && !word.All(char.IsAsciiDigit);
}
