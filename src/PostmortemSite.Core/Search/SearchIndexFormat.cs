using System.Text;

namespace PostmortemSite.Search;

/// <summary>
/// The shape of the index files, shared by SearchIndexFiles and SearchEngine and mirrored in engine.js.
/// Postings are text so they survive JSON untouched: each document is a gap in base-64 digits followed by one
/// base-64 digit for its quantised term weight.
/// </summary>
internal static class SearchIndexFormat
{
    public const int FormatVersion = 1;

    /// <summary>URL-safe and JSON-safe: no quoting or escaping ever needed.</summary>
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Documents per file in search/docs/; a fallback for results no term's hits file covers.</summary>
    public const int DocsPerChunk = 32;

    /// <summary>Terms in at least this many documents get a hits file with their best documents' display data.</summary>
    public const int HitsMinDocuments = 4;

    public const int HitsPerTerm = 128;

    /// <summary>
    /// Postings longer than this (terms in most documents, like "resolved") live in their own file, so the words
    /// that share their first two letters stay small to download; the shard entry then has an empty postings string.
    /// </summary>
    public const int MaxInlinePostings = 8192;

    /// <summary>
    /// Positions longer than this (a word written many times in many incidents) live in their own file; shorter ones
    /// share their shard's positions file, so a library's thousands of rare words do not each cost a file. A shard entry
    /// ends with a 1 when its word's positions are in their own file.
    /// </summary>
    public const int MaxPackedPositions = 2048;

    /// <summary>Term weights are stored as 1..63; document scores sum weight x idf x match kind, all integers.</summary>
    public const int MaxWeight = 63;

    /// <summary>
    /// Word positions of an incident's indexed texts, one after another: each text starts this far past the last word
    /// of the one before, so a quoted phrase never matches across two texts (title and summary, two tags).
    /// </summary>
    public const int TextGap = 1000;

    /// <summary>A varint with five bits per digit: digits 32-63 say "more follows", 0-31 end the number.</summary>
    public static void AppendNumber(StringBuilder text, int value)
    {
        while (value >= 32)
        {
            text.Append(Digits[32 + (value & 31)]);
            value >>= 5;
        }

        text.Append(Digits[value]);
    }

    public static int DigitValue(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        _ => 63,
    };

    /// <summary>Reads one varint starting at position; returns the value and the position after it.</summary>
    public static (int Value, int Next) ReadNumber(string text, int position)
    {
        var value = 0;
        var shift = 0;
        while (true)
        {
            var digit = DigitValue(text[position++]);
            if (digit < 32)
            {
                return (value | (digit << shift), position);
            }

            value |= (digit - 32) << shift;
            shift += 5;
        }
    }

    /// <summary>Postings: ascending ordinals each with a weight, as gap-minus-one varints and one weight digit.</summary>
    public static string EncodePostings(IEnumerable<(int Ordinal, int Weight)> postings)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var (ordinal, weight) in postings)
        {
            AppendNumber(text, ordinal - previous - 1);
            text.Append(Digits[weight]);
            previous = ordinal;
        }

        return text.ToString();
    }

    public static List<(int Ordinal, int Weight)> DecodePostings(string text)
    {
        var postings = new List<(int, int)>();
        var previous = -1;
        var position = 0;
        while (position < text.Length)
        {
            (var gap, position) = ReadNumber(text, position);
            previous += gap + 1;
            postings.Add((previous, DigitValue(text[position++])));
        }

        return postings;
    }

    /// <summary>
    /// Positions of one term, aligned with its postings (same documents, same order): per document the number of
    /// positions, then the first and each following one as gap-minus-one, all varints.
    /// </summary>
    public static string EncodePositions(IEnumerable<IReadOnlyList<int>> perDocument)
    {
        var text = new StringBuilder();
        foreach (var positions in perDocument)
        {
            AppendNumber(text, positions.Count);
            var previous = -1;
            foreach (var position in positions)
            {
                AppendNumber(text, position - previous - 1);
                previous = position;
            }
        }

        return text.ToString();
    }

    public static List<int[]> DecodePositions(string text)
    {
        var perDocument = new List<int[]>();
        var at = 0;
        while (at < text.Length)
        {
            (var count, at) = ReadNumber(text, at);
            var positions = new int[count];
            var previous = -1;
            for (var i = 0; i < count; i++)
            {
                (var gap, at) = ReadNumber(text, at);
                positions[i] = previous = previous + gap + 1;
            }

            perDocument.Add(positions);
        }

        return perDocument;
    }

    /// <summary>Ascending ordinals alone, as gap-minus-one varints: the documents holding a service or tag.</summary>
    public static string EncodeOrdinals(IEnumerable<int> ordinals)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var ordinal in ordinals)
        {
            AppendNumber(text, ordinal - previous - 1);
            previous = ordinal;
        }

        return text.ToString();
    }

    public static List<int> DecodeOrdinals(string text)
    {
        var ordinals = new List<int>();
        var previous = -1;
        var position = 0;
        while (position < text.Length)
        {
            (var gap, position) = ReadNumber(text, position);
            previous += gap + 1;
            ordinals.Add(previous);
        }

        return ordinals;
    }

    /// <summary>A file-name-safe form of a term: [a-z0-9] as is, anything else as _ and four hex digits.</summary>
    public static string FileKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
            else
            {
                key.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }

    /// <summary>Terms are sharded by their first two characters, so the last word's prefix and its one-typo neighbours share a file.</summary>
    public static string ShardPath(string term) => "terms/" + ShardKey(term) + ".json";

    private static string ShardKey(string term) => FileKey(term.Length >= 2 ? term[..2] : term);

    public static string PostingsPath(string term) => "postings/" + FileKey(term) + ".json";

    /// <summary>The positions of the shard's words that are not in a file of their own: [[word, positions], ...].</summary>
    public static string PackedPositionsPath(string term) => "positions/" + ShardKey(term) + ".json";

    /// <summary>A word's positions when longer than <see cref="MaxPackedPositions"/>; a shard key never reads "long".</summary>
    public static string LongPositionsPath(string term) => "positions/long/" + FileKey(term) + ".json";

    public static string HitsPath(string term) => "hits/" + FileKey(term) + ".json";

    public static string DocsPath(int ordinal) => "docs/" + (ordinal / DocsPerChunk).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json";

    public const string MetaPath = "meta.json";
}
