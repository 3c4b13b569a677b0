using System.Text;

namespace PostmortemSite.Format;

/// <summary>The one quoting rule for YAML scalars: they read back exactly as written, whatever they contain.</summary>
internal static class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf" };

    /// <summary>A yes or no as YAML writes one ("true", "yes", "on" / "false", "no", "off"); null for anything else.</summary>
    public static bool? ReadBoolean(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    /// <summary>
    /// Plain when the value is unmistakably a string of ordinary words (easier to review), double-quoted otherwise,
    /// with every character YAML cannot hold literally escaped. Lone surrogates cannot be stored in UTF-8 and become U+FFFD.
    /// </summary>
    public static string Quote(string value) => IsPlainSafe(value) ? value : DoubleQuoted(value);

    /// <summary>
    /// Always double-quoted, escaped as <see cref="Quote"/> escapes: for front matter a converter writes for the
    /// extractor to read (a feed entry's title, a page's publication date), where every value is a string.
    /// </summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\0' => "\\0",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' => $"\\x{(int)c:X2}",
                _ when c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value) =>
        value.Length is > 0 and <= 200
        && char.IsAsciiLetter(value[0])
        && char.IsAsciiLetterOrDigit(value[^1])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '/' or '-' or '_' or '(' or ')' or ',' or '\'')
        && !value.Contains("  ", StringComparison.Ordinal)
        && !Reserved.Contains(value);
}
