using System.Collections.Concurrent;

namespace PostmortemSite.Text;

/// <summary>
/// One word of text: where it is, how it was written (lowercased) and the term it is indexed under. Position counts
/// every word of the text, stop words included, so a quoted phrase's words keep their distance ("out of memory").
/// </summary>
internal readonly record struct Token(string Term, string Surface, int Start, int End, int Position);

/// <summary>
/// Text to terms: split into words, lowercase, drop stop words, stem. The twin of theme/assets/search/analyzer.js;
/// both must produce identical tokens, so the character rules are spelled out here rather than left to culture tables.
/// </summary>
internal static class Analyzer
{
    /// <summary>Longer runs are hashes, keys or base64, not words anyone searches for.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Runs longer than this are dropped whole; analyzer.js keeps the same limit so it never builds huge strings.</summary>
    private const int MaxRunLength = 4 * MaxWordLength;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "had", "has", "have",
        "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we",
        "were", "what", "when", "where", "which", "who", "will", "with", "would", "you", "your",
    };

    // Real text repeats a small vocabulary, so indexing a large library analyzes each distinct word once: the cache
    // maps a word as read (lowercased, apostrophes kept) to its term and surface, or to null when it is not indexed.
    private static readonly ConcurrentDictionary<string, (string Term, string Surface)?> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Term, string Surface)?>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxCachedWords = 200_000;

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static List<Token> Analyze(string text)
    {
        var tokens = new List<Token>(text.Length / 8);
        Span<char> word = stackalloc char[MaxRunLength];
        var i = 0;
        var position = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                char next;
                if (IsWordChar(c))
                {
                    next = Lower(c);
                }
                else if (IsApostrophe(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
                {
                    // Inside a word ("lock's", "don't"); at either end an apostrophe is a quote mark.
                    next = '\'';
                }
                else
                {
                    break;
                }

                if (length < word.Length)
                {
                    word[length] = next;
                }

                length++;
                i++;
            }

            if (length <= MaxRunLength && ToTerm(word[..length]) is { } token)
            {
                tokens.Add(new Token(token.Term, token.Surface, start, i, position));
            }

            position++;
        }

        return tokens;
    }

    public static IEnumerable<string> Terms(string text) => Analyze(text).Select(t => t.Term);

    private static (string Term, string Surface)? ToTerm(ReadOnlySpan<char> word)
    {
        if (WordsBySpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var result = ToTerm(text);
        if (Words.Count < MaxCachedWords)
        {
            Words.TryAdd(text, result);
        }

        return result;
    }

    /// <summary>The term for one lowercased word, or null for a stop word or a word too short or long to index.</summary>
    private static (string Term, string Surface)? ToTerm(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        var surface = word.Replace("'", "", StringComparison.Ordinal);
        if (surface.Length < 2 || surface.Length > MaxWordLength || StopWords.Contains(surface))
        {
            return null;
        }

        // Numbers, versions and codes such as "502" or "x509" are kept as written.
        var term = surface.Any(char.IsAsciiDigit) ? surface : EnglishStemmer.Stem(surface);
        return (term, surface);
    }

    /// <summary>ASCII and Latin-1 letters and digits, and any character above U+00FF except punctuation blocks and surrogates.</summary>
    internal static bool IsWordChar(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => true,
        < '\u00C0' => false,
        '\u00D7' or '\u00F7' => false,
        <= '\u00FF' => true,
        >= '\u2000' and <= '\u206F' => false,
        >= '\u3000' and <= '\u303F' => false,
        >= '\uD800' and <= '\uDFFF' => false,
        _ => true,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>ASCII and Latin-1 capitals only: culture-free, and the same in every JavaScript engine.</summary>
    internal static char Lower(char c) => c is >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + 32) : c;
}
