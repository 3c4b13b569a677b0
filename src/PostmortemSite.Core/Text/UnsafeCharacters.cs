using System.Buffers;

namespace PostmortemSite.Text;

/// <summary>
/// Characters no output format can carry as text: C0 and C1 controls other than tab and line breaks, DEL, the
/// noncharacters U+FFFE and U+FFFF, and lone surrogates. XML refuses them outright, HTML reports them as parse errors
/// and JSON or JavaScript readers differ on them; each becomes U+FFFD, so every writer accepts what the reader accepts
/// and the author still sees where something was.
/// </summary>
internal static class UnsafeCharacters
{
    public const char Replacement = '\uFFFD';

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\uFFFE\uFFFF");

    /// <summary>The index of the first unsafe character, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(Unsafe);
        var surrogate = IndexOfLoneSurrogate(at < 0 ? text : text[..at]);
        return surrogate >= 0 ? surrogate : at;
    }

    /// <summary>The text with each unsafe character replaced; the same instance when there is none.</summary>
    public static string Replace(string text) => Replace(text, out _);

    /// <param name="count">How many characters were replaced.</param>
    public static string Replace(string text, out int count)
    {
        count = 0;
        var first = IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            if (Unsafe.Contains(c) || char.IsSurrogate(c))
            {
                chars[i] = Replacement;
                count++;
            }
        }

        return new string(chars);
    }

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
