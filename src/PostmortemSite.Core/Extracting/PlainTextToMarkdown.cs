using System.Text;
using PostmortemSite.Format;
using PostmortemSite.Text;

namespace PostmortemSite.Extracting;

/// <summary>
/// A plain-text postmortem as the Markdown of the document it was, for its page: the lines the extractor reads as
/// headings ("Root Cause:", "Timeline", underlined titles) become headings, timeline lines and bulleted lines a list,
/// "Label: value" lines stay lines, paragraphs stay paragraphs with the author's line breaks. Every other character is
/// text: Markdown and HTML in it are escaped, so the page shows what was typed. The stored body stays the original
/// text; this runs when the page is rendered.
/// </summary>
internal static class PlainTextToMarkdown
{
    // A label followed by this much text opens a section ("Impact: 40% of checkouts failed for ..."), not a fact line.
    private const int SectionValueLength = 80;

    public static string Convert(string text)
    {
        var lines = PlainTextMarkup.Readable(TextNormalizer.Normalize(text), plainText: true).Split('\n');
        var document = LegacyDocumentParser.Parse(string.Join('\n', lines));
        var levels = document.Sections.ToDictionary(s => s.HeadingIndex, s => Math.Clamp(s.Level, 2, 6));
        var markdown = new StringBuilder(text.Length + text.Length / 8);
        var block = Block.None;
        var open = false;
        var fence = new CodeFence();

        // Writes one line; how it joins the line before says whether it continues that block or starts another.
        void Line(Block kind, string content, bool hardBreak = false)
        {
            if (open)
            {
                markdown.Append(kind != block ? "\n\n"
                    : kind is Block.Paragraph or Block.Facts || hardBreak ? "  \n"
                    : kind is Block.List or Block.Code ? "\n"
                    : "\n\n");
            }

            markdown.Append(content);
            open = true;
            block = kind;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = i < document.Lines.Count ? document.Lines[i] : null;
            var kind = line?.Kind ?? LineKind.Text;
            var trimmed = raw.Trim();
            var inCode = fence.Inside;
            if (fence.Read(trimmed) || inCode)
            {
                // Fences the author typed are kept, with what is between them.
                Line(Block.Code, raw);
                continue;
            }

            if (trimmed.Length == 0)
            {
                if (open)
                {
                    markdown.Append("\n\n");
                }

                open = false;
                block = Block.None;
                continue;
            }

            if (kind == LineKind.Rule)
            {
                // An underline under a heading has done its work; a line of dashes elsewhere is a separator.
                if (i > 0 && document.Lines[i - 1].Kind == LineKind.Heading)
                {
                    continue;
                }

                Line(Block.Heading, "* * *");
                continue;
            }

            if (kind == LineKind.Heading && line?.Label is { Length: > 0 } label)
            {
                Line(Block.Heading, new string('#', levels.GetValueOrDefault(i, 3)) + " " + Escape(label.TrimEnd(':')));
                continue;
            }

            if (kind == LineKind.Field && line?.Label is { } fieldLabel && line.Value is { } value)
            {
                if (value.Length > SectionValueLength && !LegacyDocumentParser.StartsWithListMarker(trimmed))
                {
                    Line(Block.Heading, "### " + Escape(fieldLabel));
                    Line(Block.Paragraph, Escape(trimmed[(trimmed.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
                }
                else
                {
                    Line(Block.Facts, "**" + Escape(fieldLabel) + ":** " + Escape(value));
                }

                continue;
            }

            var isItem = LegacyDocumentParser.StartsWithListMarker(trimmed);
            var startsWithTime = DateTimeText.ReadLeading(LegacyDocumentParser.Clean(trimmed), 2000) is { HasTime: true };
            if (isItem || startsWithTime)
            {
                Line(Block.List, "- " + Escape(isItem ? LegacyDocumentParser.WithoutListMarker(trimmed) : trimmed));
                continue;
            }

            if (block == Block.List && open && char.IsWhiteSpace(raw[0]))
            {
                // An indented line under an item continues it, on its own line as written.
                Line(Block.List, "  " + Escape(trimmed), hardBreak: true);
                continue;
            }

            Line(Block.Paragraph, Escape(trimmed));
        }

        if (open)
        {
            markdown.Append('\n');
        }

        return markdown.ToString();
    }

    private enum Block
    {
        None,
        Heading,
        Paragraph,
        Facts,
        List,
        Code,
    }

    /// <summary>
    /// Every ASCII punctuation mark Markdown or one of the site's Markdown extensions could read as markup is escaped;
    /// web addresses are left whole so they still become links.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                escaped.Append(' ');
            }

            var word = words[w];
            if (IsAddress(word))
            {
                escaped.Append(word);
                continue;
            }

            for (var c = 0; c < word.Length; c++)
            {
                var ch = word[c];
                if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '{' or '}' or '$' or '~' or '^' or '|' or '#' or ':' or '+' or '=' or '!' or '&'
                    || (ch is '.' or '-' && w == 0 && (c == 0 || word[..c].All(char.IsAsciiDigit))))
                {
                    escaped.Append('\\');
                }

                escaped.Append(ch);
            }
        }

        return escaped.ToString();
    }

    private static bool IsAddress(string word) =>
        (word.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && word.All(c => c > ' ' && c is not ('<' or '>' or '"' or '`' or '\\'));
}
