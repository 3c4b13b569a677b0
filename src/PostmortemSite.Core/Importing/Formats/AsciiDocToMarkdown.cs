using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// AsciiDoc as Markdown: "= Title" and "== Section" headings, "*"/"-"/"." lists, "Term:: definition" lines, |=== tables,
/// listing, literal, quote, example and sidebar blocks, admonitions and the common inline markup. Attribute references
/// are filled in from the header's entries; include directives are not followed and passthrough HTML is read as HTML,
/// so nothing outside the file is read and no script survives.
/// </summary>
internal static partial class AsciiDocToMarkdown
{
    // Blocks nest by using longer delimiters; past this depth an inner block is kept as text.
    private const int MaxNesting = 16;

    public static Conversion Convert(string text) => Convert(text, 0);

    private static Conversion Convert(string text, int nesting)
    {
        var lines = text.Split('\n');
        var builder = new MarkdownBuilder();
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var paragraph = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                builder.Paragraph(string.Join('\n', paragraph));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();

            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("////", StringComparison.Ordinal))
            {
                continue;
            }

            if (AttributeEntry().Match(trimmed) is { Success: true } entry)
            {
                Flush();
                attributes[entry.Groups["name"].Value] = entry.Groups["value"].Value.Trim();
                continue;
            }

            if (trimmed.StartsWith("include::", StringComparison.Ordinal))
            {
                Flush();
                builder.LeftOut("include directives (not followed)");
                continue;
            }

            // Block attributes ("[source,sh]", "[cols=\"1,3\",options=\"header\"]", "[[anchor]]") shape what follows.
            if (BlockAttributes().IsMatch(trimmed))
            {
                Flush();
                continue;
            }

            if (Delimiter(trimmed) is { } delimiter)
            {
                Flush();
                var end = FindClosing(lines, i + 1, trimmed);
                var inner = lines[(i + 1)..end];
                Delimited(delimiter, inner, builder, attributes, nesting);
                i = end;
                continue;
            }

            if (Heading().Match(trimmed) is { Success: true } heading)
            {
                Flush();
                builder.Heading(heading.Groups["marks"].Length, Inline(heading.Groups["text"].Value, attributes));
                continue;
            }

            if (BlockTitle().Match(trimmed) is { Success: true } title)
            {
                Flush();
                builder.Paragraph("**" + Inline(title.Groups["text"].Value, attributes) + "**");
                continue;
            }

            if (ListItem().Match(trimmed) is { Success: true } item)
            {
                Flush();
                var marks = item.Groups["marks"].Value;
                var ordered = marks[0] == '.' || char.IsDigit(marks[0]);
                var depth = marks is "-" || char.IsDigit(marks[0]) ? 0 : marks.Length - 1;
                var itemText = new StringBuilder(item.Groups["text"].Value);

                // Lines that follow without a blank line belong to the item.
                while (i + 1 < lines.Length && lines[i + 1].Trim() is { Length: > 0 } next && !ListItem().IsMatch(next) && Delimiter(next) is null && next != "+" && !Heading().IsMatch(next))
                {
                    itemText.Append(' ').Append(next);
                    i++;
                }

                builder.ListItem(depth, ordered, Inline(itemText.ToString(), attributes));
                continue;
            }

            if (LabeledItem().Match(trimmed) is { Success: true } labeled)
            {
                Flush();
                var definition = labeled.Groups["text"].Value;
                if (definition.Length == 0 && i + 1 < lines.Length && lines[i + 1].Trim() is { Length: > 0 } following && !LabeledItem().IsMatch(following))
                {
                    definition = following;
                    i++;
                }

                builder.Field(Inline(labeled.Groups["term"].Value, attributes), Inline(definition, attributes));
                continue;
            }

            if (trimmed is "'''" or "---" or "***" or "- - -" or "* * *")
            {
                Flush();
                builder.Rule();
                continue;
            }

            if (trimmed == "+")
            {
                continue;
            }

            // A hard line break: " +" at the end of a line.
            paragraph.Add(Inline(line.EndsWith(" +", StringComparison.Ordinal) ? line[..^2] : line, attributes));
        }

        Flush();
        return builder.Build();
    }

    private enum BlockKind
    {
        Listing,
        Literal,
        Quote,
        Example,
        Sidebar,
        Passthrough,
        Comment,
        Table,
        Open,
    }

    private static BlockKind? Delimiter(string trimmed)
    {
        if (trimmed.Length < 4 && trimmed != "--")
        {
            return null;
        }

        if (trimmed == "--")
        {
            return BlockKind.Open;
        }

        if (trimmed.StartsWith("|===", StringComparison.Ordinal) && trimmed.Skip(1).All(c => c == '='))
        {
            return BlockKind.Table;
        }

        var first = trimmed[0];
        if (!trimmed.All(c => c == first))
        {
            return null;
        }

        return first switch
        {
            '-' => BlockKind.Listing,
            '.' => BlockKind.Literal,
            '_' => BlockKind.Quote,
            '=' => BlockKind.Example,
            '*' => BlockKind.Sidebar,
            '+' => BlockKind.Passthrough,
            '/' => BlockKind.Comment,
            _ => null,
        };
    }

    private static int FindClosing(string[] lines, int from, string opening)
    {
        for (var j = from; j < lines.Length; j++)
        {
            if (lines[j].Trim() == opening)
            {
                return j;
            }
        }

        return lines.Length;
    }

    private static void Delimited(BlockKind kind, string[] inner, MarkdownBuilder builder, Dictionary<string, string> attributes, int nesting)
    {
        switch (kind)
        {
            case BlockKind.Listing or BlockKind.Literal:
            case not BlockKind.Comment when nesting >= MaxNesting:
                builder.Code(string.Join('\n', inner));
                break;
            case BlockKind.Comment:
                break;
            case BlockKind.Passthrough:
                var html = HtmlToMarkdown.ConvertFragment(string.Join('\n', inner));
                builder.Include(html);
                break;
            case BlockKind.Table:
                Table(inner, builder, attributes);
                break;
            case BlockKind.Quote:
                builder.Quote(Convert(string.Join('\n', inner), nesting + 1).Markdown);
                break;
            default:
                var nested = Convert(string.Join('\n', inner), nesting + 1);
                builder.Include(nested);
                break;
        }
    }

    /// <summary>
    /// Cells start with "|" and may sit one to a line or several to a line; the first row's line gives the column count.
    /// The first row is the Markdown table's header, as it is in AsciiDoc's usual "header row, then a blank line".
    /// </summary>
    private static void Table(string[] inner, MarkdownBuilder builder, Dictionary<string, string> attributes)
    {
        var cells = new List<string>();
        var columns = 0;
        foreach (var raw in inner)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                // A cell's text continued on the next line.
                if (cells.Count > 0)
                {
                    cells[^1] += " " + line;
                }

                continue;
            }

            var parts = CellSplit().Split(line[1..]).Select(p => p.Trim()).ToList();
            if (columns == 0)
            {
                columns = parts.Count;
            }

            cells.AddRange(parts);
        }

        if (columns == 0)
        {
            return;
        }

        var rows = cells.Chunk(columns).Select(r => (IReadOnlyList<string>)r.Select(c => Inline(c, attributes)).ToList()).ToList();
        builder.Table(rows);
    }

    private static string Inline(string text, Dictionary<string, string> attributes)
    {
        text = AttributeReference().Replace(text, m => attributes.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
        text = Link().Replace(text, m => m.Groups["label"].Value.Length > 0 ? $"[{m.Groups["label"].Value}]({m.Groups["url"].Value})" : m.Groups["url"].Value);
        text = CrossReference().Replace(text, m => m.Groups["label"].Success && m.Groups["label"].Value.Length > 0 ? m.Groups["label"].Value : m.Groups["id"].Value);
        text = InlineMacro().Replace(text, m => m.Groups["text"].Value);
        text = Anchor().Replace(text, "");
        text = Strong().Replace(text, "**${text}**");
        return text;
    }

    [GeneratedRegex(@"^:(?<name>!?[\w][\w-]*!?):(?:\s+(?<value>.*))?$")]
    private static partial Regex AttributeEntry();

    [GeneratedRegex(@"^\[\[[^\]]*\]\]$|^\[(?:source|listing|literal|quote|verse|cols|options|%|\.|#|role|NOTE|TIP|IMPORTANT|WARNING|CAUTION|discrete|abstract|appendix)[^\]]*\]$")]
    private static partial Regex BlockAttributes();

    [GeneratedRegex(@"^(?<marks>={1,6}|#{1,6})\s+(?<text>\S.*?)\s*=*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\.(?<text>[^.\s].*)$")]
    private static partial Regex BlockTitle();

    [GeneratedRegex(@"^(?<marks>\*{1,5}|\.{1,5}|-|\d{1,3}\.)\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<term>[^:\s][^:]{0,200}?)(?::{2,4}|;;)(?:\s+(?<text>.*))?$")]
    private static partial Regex LabeledItem();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"\{([\w][\w-]*)\}")]
    private static partial Regex AttributeReference();

    [GeneratedRegex(@"(?:link:)?(?<url>(?:https?://|mailto:)[^\s\[]+)\[(?<label>[^\]]*)\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"<<(?<id>[^,>]+)(?:,\s*(?<label>[^>]*))?>>|xref:(?<id>[^\[\s]+)\[(?<label>[^\]]*)\]")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"\b(?:kbd|btn|menu|pass|footnote|image|icon|link|anchor):[^\[\s]*\[(?<text>[^\]]*)\]")]
    private static partial Regex InlineMacro();

    [GeneratedRegex(@"\[\[[^\]]*\]\]|\[#[\w-]+\]")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"(?<![\w*])\*(?<text>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])")]
    private static partial Regex Strong();
}
