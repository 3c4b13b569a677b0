namespace PostmortemSite.Format;

/// <summary>A document split into its YAML front matter and Markdown body, with the line each starts on.</summary>
internal sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public bool Exists => Yaml is not null;

    public static FrontMatter Split(string text)
    {
        text = TextNormalizer.Normalize(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(null, 0, text, 1);
        }

        // The closing fence is the first later line that is exactly "---" or "...", as in Jekyll and Hugo.
        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (current is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        // An opening fence with no closing one: not front matter we can trust.
        return new FrontMatter(null, 0, text, 1);
    }
}

internal static class TextNormalizer
{
    /// <summary>Strips a byte-order mark and turns CRLF and lone CR into LF, so line numbers mean the same everywhere.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
