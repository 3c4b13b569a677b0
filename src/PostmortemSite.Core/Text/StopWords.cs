namespace PostmortemSite.Text;

/// <summary>
/// The stop words of the two profiles that drop any (<see cref="TextProfile"/>), one list inside the other so a word
/// added to search's list is dropped by related incidents too.
/// </summary>
internal static class StopWords
{
    /// <summary>Words too common to rank by. theme/assets/search/analyzer.js holds the same list; the agreement tests prove it.</summary>
    public static readonly IReadOnlySet<string> Search = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "had", "has", "have",
        "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we",
        "were", "what", "when", "where", "which", "who", "will", "with", "would", "you", "your",
    };

    /// <summary>
    /// Search's words and more prepositions, pronouns and adverbs ("after", "during", "instead", "very"): words two
    /// incidents share without being alike, so they never make a false lead, a similar action or a similar root cause.
    /// </summary>
    public static readonly IReadOnlySet<string> RelatedIncidents = new HashSet<string>(Search.Concat(
    [
        "about", "above", "after", "again", "against", "all", "also", "any", "because", "before", "below", "between",
        "both", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "further", "having",
        "here", "how", "instead", "itself", "just", "more", "most", "no", "nor", "not", "now", "off", "once", "only",
        "other", "ours", "out", "over", "own", "per", "same", "should", "some", "through", "too", "under", "until",
        "up", "us", "very", "via", "while", "whom", "why",
    ]), StringComparer.Ordinal);
}
