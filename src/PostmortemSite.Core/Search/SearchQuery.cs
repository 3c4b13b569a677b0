using PostmortemSite.Text;

namespace PostmortemSite.Search;

/// <summary>One required term of a query, with how loosely it may match.</summary>
internal sealed record QueryTerm(string Term, string Surface, bool Prefix, bool Loose);

/// <summary>A field filter such as service:checkout; Exclude for -service:checkout.</summary>
internal sealed record QueryFilter(string Field, string Value, bool Exclude);

/// <summary>
/// Terms that must occur together in one incident. With Offsets (a quoted phrase of two or more words) each term
/// must stand at its offset from the first term's position; without, anywhere.
/// </summary>
internal sealed record QueryPhrase(IReadOnlyList<string> Terms, IReadOnlyList<int>? Offsets);

/// <summary>
/// The query syntax, parsed. Mirrored line for line by parseQuery in engine.js:
/// plain words (all required), "quoted words" (required, exact, adjacent), -word and -"words" (excluded),
/// field:value and field:"a value" for cause, service, severity, tag and year, -field:value to exclude a value.
/// The last plain word matches as a prefix unless the query ends with a space.
/// </summary>
internal sealed record SearchQuery(IReadOnlyList<QueryTerm> Terms, IReadOnlyList<QueryPhrase> Phrases, IReadOnlyList<QueryPhrase> Exclusions, IReadOnlyList<QueryFilter> Filters)
{
    public static readonly string[] FilterFields = ["cause", "service", "severity", "tag", "year"];

    public bool IsEmpty => Terms.Count == 0 && Exclusions.Count == 0 && Filters.Count == 0;

    public static SearchQuery Parse(string query)
    {
        var terms = new List<QueryTerm>();
        var phrases = new List<QueryPhrase>();
        var exclusions = new List<QueryPhrase>();
        var filters = new List<QueryFilter>();
        var lastPlainWord = -1;
        var i = 0;
        while (i < query.Length)
        {
            if (IsSpace(query[i]))
            {
                i++;
                continue;
            }

            var exclude = query[i] == '-' && i + 1 < query.Length && !IsSpace(query[i + 1]);
            if (exclude)
            {
                i++;
            }

            string text;
            var quoted = query[i] == '"';
            if (quoted)
            {
                (text, i) = ReadQuoted(query, i + 1);
            }
            else
            {
                var start = i;
                while (i < query.Length && !IsSpace(query[i]) && query[i] != '"')
                {
                    i++;
                }

                text = query[start..i];
                var colon = text.IndexOf(':');
                var field = colon > 0 ? AsciiLower(text[..colon]) : "";
                if (FilterFields.Contains(field))
                {
                    var value = text[(colon + 1)..];
                    if (value.Length == 0 && i < query.Length && query[i] == '"')
                    {
                        (value, i) = ReadQuoted(query, i + 1);
                    }

                    value = TrimSpace(value);
                    if (value.Length > 0)
                    {
                        filters.Add(new QueryFilter(field, value, exclude));
                        lastPlainWord = -1;
                        continue;
                    }
                }
            }

            var tokens = TextProfile.Search.Tokens(text);
            var phrase = new QueryPhrase(tokens.Select(t => t.Term).ToList(), quoted && tokens.Count >= 2 ? tokens.Select(t => t.Position - tokens[0].Position).ToList() : null);
            if (exclude)
            {
                if (tokens.Count > 0)
                {
                    exclusions.Add(phrase);
                }

                lastPlainWord = -1;
                continue;
            }

            if (phrase.Offsets is not null)
            {
                phrases.Add(phrase);
            }

            lastPlainWord = quoted || tokens.Count == 0 ? -1 : terms.Count + tokens.Count - 1;
            terms.AddRange(tokens.Select(t => new QueryTerm(t.Term, t.Surface, Prefix: false, Loose: !quoted)));
        }

        // As the user types, the last word is probably unfinished.
        if (lastPlainWord >= 0 && lastPlainWord == terms.Count - 1 && query.Length > 0 && !IsSpace(query[^1]))
        {
            terms[lastPlainWord] = terms[lastPlainWord] with { Prefix = true };
        }

        return new SearchQuery(terms, phrases, exclusions, filters);
    }

    /// <summary>Spelled out so engine.js agrees exactly (JavaScript's \s and .NET's IsWhiteSpace differ at the edges).</summary>
    internal static bool IsSpace(char c) => c <= ' ' || c == '\u00A0' || c == '\u3000' || c is >= '\u2000' and <= '\u200B';

    private static string TrimSpace(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    internal static string AsciiLower(string text) => string.Concat(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));

    private static (string Text, int Next) ReadQuoted(string query, int start)
    {
        var end = query.IndexOf('"', start);
        return end < 0 ? (query[start..], query.Length) : (query[start..end], end + 1);
    }
}
