using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// reStructuredText as Markdown: underlined (and overlined) section titles, levels in order of first use as in
/// docutils; field lists (":Date: ...") as label lines; bullet and enumerated lists; "::" literal blocks and code
/// directives as fenced code; grid tables, simple tables and list-tables as pipe tables; admonitions as paragraphs.
/// Comments, substitutions and include directives are dropped (nothing outside the file is read), and raw HTML is
/// read as HTML, so no script survives.
/// </summary>
internal static partial class RestructuredTextToMarkdown
{
    private const string Adornments = "=-`:'\"~^_*+#<>.";

    // Directives nest by indentation; past this depth their content is kept as text.
    private const int MaxNesting = 16;

    public static Conversion Convert(string text) => Convert(text, 0);

    private static Conversion Convert(string text, int nesting)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd().Replace("\t", "    ", StringComparison.Ordinal)).ToArray();
        var builder = new MarkdownBuilder();
        var styles = new List<string>();
        var paragraph = new List<string>();
        var literalNext = false;

        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var last = paragraph[^1];
            if (last.EndsWith("::", StringComparison.Ordinal))
            {
                // "Text::" introduces a literal block and reads "Text:"; a lone "::" disappears.
                literalNext = true;
                paragraph[^1] = last.Trim() == "::" ? "" : last[..^1];
            }

            builder.Paragraph(string.Join('\n', paragraph.Select(Inline)));
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var indent = line.Length - line.TrimStart().Length;

            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            if (literalNext && indent > 0)
            {
                var end = IndentedEnd(lines, i, indent);
                builder.Code(Dedent(lines[i..end]));
                literalNext = false;
                i = end - 1;
                continue;
            }

            literalNext = false;

            // Title with an overline: "=====" / "Title" / "=====".
            if (paragraph.Count == 0 && IsAdornment(trimmed) && i + 2 < lines.Length && lines[i + 1].Trim().Length > 0 && lines[i + 2].Trim() == trimmed)
            {
                builder.Heading(Level(styles, "over" + trimmed[0]), Inline(lines[i + 1].Trim()));
                i += 2;
                continue;
            }

            // Title with an underline at least as long as the title.
            if (paragraph.Count == 0 && indent == 0 && i + 1 < lines.Length && IsAdornment(lines[i + 1].Trim()) && lines[i + 1].Trim().Length >= Math.Min(trimmed.Length, 4) && !IsAdornment(trimmed))
            {
                builder.Heading(Level(styles, "under" + lines[i + 1].Trim()[0]), Inline(trimmed));
                i++;
                continue;
            }

            if (paragraph.Count == 0 && IsAdornment(trimmed) && trimmed.Length >= 4)
            {
                builder.Rule();
                continue;
            }

            if (trimmed.StartsWith("+-", StringComparison.Ordinal) && trimmed.EndsWith('+'))
            {
                Flush();
                var end = BlockEnd(lines, i, l => l.TrimStart().StartsWith('+') || l.TrimStart().StartsWith('|'));
                builder.Table(GridTable(lines[i..end]));
                i = end - 1;
                continue;
            }

            if (paragraph.Count == 0 && SimpleTableRule().IsMatch(trimmed) && trimmed.Contains(' ', StringComparison.Ordinal))
            {
                var end = SimpleTableEnd(lines, i);
                builder.Table(SimpleTable(lines[i..end]));
                i = end - 1;
                continue;
            }

            if (Directive().Match(trimmed) is { Success: true } directive && indent == 0)
            {
                Flush();
                var end = IndentedEnd(lines, i + 1, 1);
                Directive(directive.Groups["name"].Value.ToLowerInvariant(), directive.Groups["argument"].Value.Trim(), lines[(i + 1)..end], builder, nesting);
                i = end - 1;
                continue;
            }

            if (trimmed.StartsWith("..", StringComparison.Ordinal) && (trimmed.Length == 2 || trimmed[2] == ' ') && indent == 0)
            {
                // A comment, a link target (".. _name: url") or a substitution: none is shown.
                Flush();
                i = IndentedEnd(lines, i + 1, 1) - 1;
                continue;
            }

            if (FieldItem().Match(trimmed) is { Success: true } field && paragraph.Count == 0)
            {
                var value = new StringBuilder(field.Groups["value"].Value);
                while (i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && lines[i + 1].Trim().Length > 0)
                {
                    value.Append(' ').Append(lines[++i].Trim());
                }

                builder.Field(field.Groups["name"].Value, Inline(value.ToString()));
                continue;
            }

            if (ListItem().Match(trimmed) is { Success: true } item && (paragraph.Count == 0 || indent > 0))
            {
                Flush();
                var textIndent = indent + item.Groups["marker"].Length + 1;
                var itemText = new StringBuilder(item.Groups["text"].Value);
                while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && IndentOf(lines[i + 1]) >= textIndent && !ListItem().IsMatch(lines[i + 1].Trim()))
                {
                    itemText.Append(' ').Append(lines[++i].Trim());
                }

                var marker = item.Groups["marker"].Value;
                var ordered = !(marker.Length == 1 && "-*+•".Contains(marker[0], StringComparison.Ordinal));
                builder.ListItem(indent / 2, ordered, Inline(itemText.ToString()));
                continue;
            }

            paragraph.Add(trimmed);
        }

        Flush();
        return builder.Build();
    }

    private static void Directive(string name, string argument, string[] content, MarkdownBuilder builder, int nesting)
    {
        // The directive's options (":linenos:") come first; the content follows a blank line.
        var body = content.SkipWhile(l => l.Trim().StartsWith(':')).ToArray();
        if (nesting >= MaxNesting)
        {
            builder.Paragraph(string.Join('\n', body.Select(l => l.Trim())));
            return;
        }

        switch (name)
        {
            case "code" or "code-block" or "sourcecode" or "highlight":
                builder.Code(Dedent(body), argument.Length > 0 ? argument.Split(' ')[0] : null);
                break;
            case "raw":
                if (argument.Contains("html", StringComparison.OrdinalIgnoreCase))
                {
                    var html = HtmlToMarkdown.ConvertFragment(Dedent(body));
                    builder.Include(html);
                }
                else
                {
                    builder.LeftOut($"raw {argument} content");
                }

                break;
            case "include" or "literalinclude":
                builder.LeftOut("include directives (not followed)");
                break;
            case "list-table":
                builder.Table(ListTable(body));
                break;
            case "csv-table":
                builder.Table(body.Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (IReadOnlyList<string>)CsvCells(l)).ToList());
                break;
            case "note" or "warning" or "tip" or "important" or "caution" or "danger" or "attention" or "error" or "hint" or "admonition" or "topic" or "sidebar" or "rubric":
                var heading = name is "admonition" or "topic" or "sidebar" or "rubric" ? argument : char.ToUpperInvariant(name[0]) + name[1..];
                var inner = Convert(Dedent(body) is { Length: > 0 } d ? (name is "admonition" or "topic" or "sidebar" ? d : argument + "\n" + d) : argument, nesting + 1);
                if (heading.Length > 0)
                {
                    builder.Paragraph($"**{Inline(heading)}:**");
                }

                builder.Raw(inner.Markdown);
                break;
            case "image" or "figure" or "toctree" or "contents" or "sectnum" or "meta" or "index" or "only":
                break;
            default:
                builder.Raw(Convert(Dedent(body), nesting + 1).Markdown);
                break;
        }
    }

    private static List<IReadOnlyList<string>> GridTable(string[] lines)
    {
        var border = lines[0].Trim();
        var offset = IndentOf(lines[0]);
        var columns = new List<int>();
        for (var c = 0; c < border.Length; c++)
        {
            if (border[c] == '+')
            {
                columns.Add(c);
            }
        }

        var rows = new List<IReadOnlyList<string>>();
        var current = new StringBuilder[columns.Count - 1];
        void EndRow()
        {
            if (current.Any(c => c is not null && c.ToString().Trim().Length > 0))
            {
                rows.Add(current.Select(c => c?.ToString().Trim() ?? "").ToList());
            }

            current = new StringBuilder[columns.Count - 1];
        }

        foreach (var raw in lines.Skip(1))
        {
            var line = raw.Length > offset ? raw[offset..] : "";
            if (line.StartsWith('+'))
            {
                EndRow();
                continue;
            }

            for (var c = 0; c + 1 < columns.Count; c++)
            {
                var from = columns[c] + 1;
                var to = Math.Min(columns[c + 1], line.Length);
                if (from < to)
                {
                    (current[c] ??= new StringBuilder()).Append(' ').Append(line[from..to].Trim('|', ' '));
                }
            }
        }

        EndRow();
        return rows.Select(r => (IReadOnlyList<string>)r.Select(Inline).ToList()).ToList();
    }

    private static int SimpleTableEnd(string[] lines, int start)
    {
        // A simple table has two rules (no header) or three (header), and ends at its last rule.
        var rule = lines[start].Trim();
        var rules = 1;
        var last = start;
        for (var j = start + 1; j < lines.Length && rules < 3; j++)
        {
            if (lines[j].Trim() == rule || (SimpleTableRule().IsMatch(lines[j].Trim()) && lines[j].Trim().Length == rule.Length))
            {
                rules++;
                last = j;
                if (j + 1 >= lines.Length || lines[j + 1].Trim().Length == 0)
                {
                    break;
                }
            }
        }

        return last + 1;
    }

    private static List<IReadOnlyList<string>> SimpleTable(string[] lines)
    {
        var rule = lines[0];
        var spans = new List<(int Start, int End)>();
        for (var c = 0; c < rule.Length;)
        {
            if (rule[c] == '=')
            {
                var start = c;
                while (c < rule.Length && rule[c] == '=')
                {
                    c++;
                }

                spans.Add((start, c));
            }
            else
            {
                c++;
            }
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Trim().Length == 0 || SimpleTableRule().IsMatch(line.Trim()))
            {
                continue;
            }

            var cells = new List<string>();
            for (var s = 0; s < spans.Count; s++)
            {
                var from = spans[s].Start;
                var to = s + 1 < spans.Count ? spans[s + 1].Start : line.Length;
                cells.Add(from < line.Length ? Inline(line[from..Math.Min(to, line.Length)].Trim()) : "");
            }

            // A row whose first cell is empty continues the row above.
            if (cells[0].Length == 0 && rows.Count > 0)
            {
                rows[^1] = rows[^1].Select((c, k) => (c + " " + cells[k]).Trim()).ToList();
                continue;
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static List<IReadOnlyList<string>> ListTable(string[] body)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? row = null;
        foreach (var raw in body)
        {
            var trimmed = raw.Trim();
            if (trimmed.StartsWith("* - ", StringComparison.Ordinal) || trimmed == "* -")
            {
                row = [trimmed.Length > 4 ? trimmed[4..] : ""];
                rows.Add(row);
            }
            else if (trimmed.StartsWith("- ", StringComparison.Ordinal) && row is not null)
            {
                row.Add(trimmed[2..]);
            }
            else if (trimmed.Length > 0 && row is { Count: > 0 })
            {
                row[^1] += " " + trimmed;
            }
        }

        return rows.Select(r => (IReadOnlyList<string>)r.Select(Inline).ToList()).ToList();
    }

    private static List<string> CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(Inline(cell.ToString().Trim()));
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(Inline(cell.ToString().Trim()));
        return cells;
    }

    /// <summary>Levels follow the order in which adornment styles first appear, as docutils assigns them.</summary>
    private static int Level(List<string> styles, string style)
    {
        var index = styles.IndexOf(style);
        if (index < 0)
        {
            styles.Add(style);
            index = styles.Count - 1;
        }

        return Math.Min(index + 1, 6);
    }

    private static bool IsAdornment(string trimmed) =>
        trimmed.Length >= 2 && Adornments.Contains(trimmed[0], StringComparison.Ordinal) && trimmed.All(c => c == trimmed[0]);

    private static int IndentOf(string line) => line.Length - line.TrimStart().Length;

    /// <summary>The end of a block indented by at least <paramref name="minIndent"/> (blank lines inside it included).</summary>
    private static int IndentedEnd(string[] lines, int from, int minIndent)
    {
        var end = from;
        for (var j = from; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length == 0)
            {
                continue;
            }

            if (IndentOf(lines[j]) < minIndent)
            {
                break;
            }

            end = j + 1;
        }

        return end;
    }

    private static int BlockEnd(string[] lines, int from, Func<string, bool> belongs)
    {
        var end = from;
        while (end < lines.Length && lines[end].Trim().Length > 0 && belongs(lines[end]))
        {
            end++;
        }

        return end;
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(IndentOf).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }

    private static string Inline(string text)
    {
        text = NamedLink().Replace(text, m => IsSafe(m.Groups["url"].Value) ? $"[{m.Groups["label"].Value.Trim()}]({m.Groups["url"].Value})" : m.Groups["label"].Value.Trim());
        // Code roles become ``literals`` first, so the step for `references` leaves them alone.
        text = Role().Replace(text, m => m.Groups["role"].Value is "code" or "literal" or "file" or "command" ? $"``{m.Groups["text"].Value}``" : m.Groups["text"].Value);
        text = Reference().Replace(text, "${text}");
        text = Literal().Replace(text, "`${text}`");
        text = FootnoteReference().Replace(text, "");
        return text;
    }

    private static bool IsSafe(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^=+(?:\s+=+)*$")]
    private static partial Regex SimpleTableRule();

    [GeneratedRegex(@"^\.\.\s+(?<name>[\w-]+(?::[\w-]+)?)::(?:\s+(?<argument>.*))?$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^:(?<name>[^:\s][^:]{0,80}):(?:\s+(?<value>.*))?$")]
    private static partial Regex FieldItem();

    [GeneratedRegex(@"^(?<marker>[-*+•]|\d{1,3}[.)]|#\.|\(?[a-zA-Z0-9]{1,3}\)|[a-zA-Z]\.)\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"`(?<label>[^`<]+)<(?<url>[^>`]+)>`__?")]
    private static partial Regex NamedLink();

    [GeneratedRegex(@":(?<role>[\w-]+):`(?<text>[^`]+)`")]
    private static partial Regex Role();

    [GeneratedRegex(@"``(?<text>[^`]+)``")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?<![`\w])`(?<text>[^`]+)`_{0,2}(?![`\w])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s?\[(?:#|\*|\d+|#[\w-]+)\]_")]
    private static partial Regex FootnoteReference();
}
