using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// MediaWiki markup (a wiki page's source, as exported or kept in a repository as .mediawiki/.wiki) as Markdown:
/// "== Heading ==" lines, "*"/"#" lists with their nesting, ";term : definition" and ":" indented lines, "{| |}" tables,
/// "&lt;pre&gt;" and leading-space preformatted text, and the inline markup ('''bold''', ''italic'', [[links]],
/// [external links]). A page that opens on a "Key: value" header block (an RFC-style preamble) has it read as its title
/// and label lines; an infobox template's named fields become label lines. Other templates, comments, references and
/// files are dropped: they are drawn by the wiki from elsewhere, not written in the page. HTML in the page is read
/// through the HTML converter, so no script survives.
/// </summary>
internal static partial class MediaWikiToMarkdown
{
    // Characters from Unicode's private use area mark a field line the template pass wrote for the line pass.
    private const char FieldMark = '\uE000';
    private const char FieldSeparator = '\uE001';

    // Past this nesting, a template's braces are read as text; wikis nest a few levels at most.
    private const int MaxTemplateNesting = 32;

    public static Conversion Convert(string text)
    {
        var builder = new MarkdownBuilder();
        text = text.Replace(FieldMark, ' ').Replace(FieldSeparator, ' ');
        text = Comment().Replace(text, "");
        text = BehaviourSwitch().Replace(text, "");
        text = WikiOnlyTag().Replace(text, "");
        if (Reference().IsMatch(text))
        {
            // A reference may run over several lines; the wiki shows it as a footnote, not in the sentence.
            builder.LeftOut("references (<ref>)");
            text = Reference().Replace(text, "");
        }

        text = Templates(text, builder);

        var lines = text.Split('\n');
        var paragraph = new List<string>();
        var preformatted = new List<string>();
        var seenContent = false;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                builder.Paragraph(string.Join('\n', paragraph));
                paragraph.Clear();
            }

            if (preformatted.Count > 0)
            {
                builder.Code(string.Join('\n', preformatted));
                preformatted.Clear();
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

            if (line[0] == FieldMark)
            {
                Flush();
                var parts = line[1..].Split(FieldSeparator, 2);
                builder.Field(parts[0], Inline(parts[1], builder));
                continue;
            }

            // "<pre>" opens a block wherever it stands on a line that is no list item or table row ("Output:<pre>").
            if (PreformattedStart().Match(line) is { Success: true } pre && (pre.Index == 0 || !StructureMark().IsMatch(line)))
            {
                var before = line[..pre.Index].Trim();
                if (before.Length > 0)
                {
                    paragraph.AddRange(Breaks(Inline(before, builder)));
                }

                Flush();
                var (body, end, after) = PreformattedBlock(lines, i, line[pre.Index..], pre.Groups["tag"].Value);
                if (!seenContent && before.Length == 0 && HeaderFields(body) is { } header)
                {
                    Header(header, builder);
                }
                else
                {
                    builder.Code(Entities(string.Join('\n', body)), pre.Groups["lang"].Success ? pre.Groups["lang"].Value : null);
                }

                // "<pre>systemctl restart nginx</pre> was run at 14:10": the words after the block go on as text.
                if (after.Trim().Length > 0)
                {
                    paragraph.AddRange(Breaks(Inline(after.Trim(), builder)));
                }

                seenContent = true;
                i = end;
                continue;
            }

            seenContent = true;
            if (trimmed.StartsWith("{|", StringComparison.Ordinal))
            {
                Flush();
                i = Table(lines, i, builder);
                continue;
            }

            if (Heading().Match(trimmed) is { Success: true } heading)
            {
                Flush();
                builder.Heading(heading.Groups["marks"].Length, Inline(heading.Groups["text"].Value, builder));
                continue;
            }

            if (HorizontalRule().IsMatch(trimmed))
            {
                Flush();
                builder.Rule();
                continue;
            }

            if (ListLine().Match(line) is { Success: true } item)
            {
                Flush();
                var marks = item.Groups["marks"].Value;
                var itemLines = new List<string> { item.Groups["text"].Value.Trim() };

                // "#: owner: ops" under "# Add alerting" is the item's second line, as the wiki indents it, not an item.
                while (marks[^1] is '*' or '#' && i + 1 < lines.Length && ListLine().Match(lines[i + 1].TrimEnd()) is { Success: true } next && next.Groups["marks"].Value == marks + ":")
                {
                    itemLines.Add(next.Groups["text"].Value.Trim());
                    i++;
                }

                ListLine(marks, string.Join('\n', itemLines), builder);
                continue;
            }

            // A line that opens on a space is preformatted text, as the wiki shows it.
            if (line[0] == ' ' && paragraph.Count == 0)
            {
                preformatted.Add(Entities(line[1..]));
                continue;
            }

            if (preformatted.Count > 0)
            {
                Flush();
            }

            paragraph.AddRange(Breaks(Inline(trimmed, builder)));
        }

        Flush();
        return builder.Build();
    }

    private static void ListLine(string marks, string text, MarkdownBuilder builder)
    {
        // ";Term : definition" is a definition; ";Term" alone, the wiki's bold pseudo-heading.
        if (marks[^1] == ';')
        {
            var colon = text.IndexOf(" : ", StringComparison.Ordinal) is var at and >= 0 ? at + 1 : text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < text.Length - 1)
            {
                builder.Field(Inline(text[..colon], builder), Inline(text[(colon + 1)..].Trim(), builder));
            }
            else
            {
                builder.Paragraph($"**{Inline(text.TrimEnd(':'), builder)}**");
            }

            return;
        }

        // ":text" indents; under a list item it continues it, on its own it is how a wiki quotes.
        var listMarks = marks.TrimEnd(':');
        if (listMarks.Length == 0)
        {
            builder.Quote(string.Join('\n', Breaks(Inline(text, builder))));
            return;
        }

        builder.ListItem(listMarks.Length - 1, listMarks[^1] == '#', string.Join(' ', Breaks(Inline(text, builder))));
    }

    /// <summary>
    /// The lines inside a "&lt;pre&gt;" (or source) block opened on line <paramref name="start"/> by
    /// <paramref name="first"/> (that line from its opening tag on), the line that closes it, and the text after the
    /// closing tag on that line.
    /// </summary>
    private static (List<string> Body, int End, string After) PreformattedBlock(string[] lines, int start, string first, string tag)
    {
        var close = $"</{tag}>";
        var open = first.IndexOf('>', first.IndexOf('<', StringComparison.Ordinal)) + 1;
        var rest = first[open..];
        if (rest.IndexOf(close, StringComparison.OrdinalIgnoreCase) is var sameLine and >= 0)
        {
            return ([rest[..sameLine]], start, rest[(sameLine + close.Length)..]);
        }

        var body = rest.Trim().Length > 0 ? new List<string> { rest } : [];
        for (var j = start + 1; j < lines.Length; j++)
        {
            if (lines[j].IndexOf(close, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                if (lines[j][..at].Trim().Length > 0)
                {
                    body.Add(lines[j][..at]);
                }

                return (body, j, lines[j][(at + close.Length)..]);
            }

            body.Add(lines[j]);
        }

        // Never closed: the wiki shows the rest of the page as preformatted text too.
        return (body, lines.Length - 1, "");
    }

    /// <summary>"Key: value" on every line, as RFC-style documents (BIPs, PEPs) open: the page's own facts, not code.</summary>
    private static List<(string Key, string Value)>? HeaderFields(List<string> body)
    {
        var fields = new List<(string, string)>();
        foreach (var line in body.Where(l => l.Trim().Length > 0))
        {
            if (HeaderField().Match(line.Trim()) is not { Success: true } field)
            {
                // A value wrapped onto the next line, indented further, continues the field above.
                if (fields.Count > 0 && line.Length > 0 && line[0] is ' ' or '\t')
                {
                    fields[^1] = (fields[^1].Item1, fields[^1].Item2 + " " + line.Trim());
                    continue;
                }

                return null;
            }

            fields.Add((field.Groups["key"].Value.Trim(), field.Groups["value"].Value.Trim()));
        }

        // A header names the document; "Error:" and "Caused by:" lines of a log excerpt name nothing.
        return fields.Count >= 2 && fields.Any(f => f.Item1.Equals("Title", StringComparison.OrdinalIgnoreCase)) ? fields : null;
    }

    private static void Header(List<(string Key, string Value)> fields, MarkdownBuilder builder)
    {
        if (fields.FirstOrDefault(f => f.Key.Equals("Title", StringComparison.OrdinalIgnoreCase)) is { Value.Length: > 0 } title)
        {
            builder.Heading(1, Entities(title.Value));
        }

        foreach (var (key, value) in fields.Where(f => !f.Key.Equals("Title", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Field(key, Entities(value));
        }
    }

    /// <summary>A "{| ... |}" table from line <paramref name="start"/>, as a pipe table; returns the line that closes it.</summary>
    private static int Table(string[] lines, int start, MarkdownBuilder builder)
    {
        // Cells grow line by line (a cell's text may run over many lines), so each is built, not concatenated anew.
        var rows = new List<List<StringBuilder>>();
        List<StringBuilder>? row = null;
        var nesting = 0;
        var end = lines.Length - 1;
        for (var j = start + 1; j < lines.Length; j++)
        {
            var trimmed = lines[j].Trim();
            if (trimmed.StartsWith("{|", StringComparison.Ordinal))
            {
                nesting++;
                continue;
            }

            if (trimmed.StartsWith("|}", StringComparison.Ordinal))
            {
                if (nesting-- == 0)
                {
                    end = j;
                    break;
                }

                continue;
            }

            // A table inside a cell is read as that cell's text: a pipe table cannot hold one.
            if (nesting > 0)
            {
                if (row is { Count: > 0 } && CellLine().Match(trimmed) is { Success: true } inner)
                {
                    row[^1].Append(' ').AppendJoin(' ', Cells(inner.Groups["cells"].Value, inner.Groups["kind"].Value));
                }

                continue;
            }

            if (trimmed.StartsWith("|+", StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed.StartsWith("|-", StringComparison.Ordinal))
            {
                row = null;
                continue;
            }

            if (CellLine().Match(trimmed) is { Success: true } cells)
            {
                if (row is null)
                {
                    row = [];
                    rows.Add(row);
                }

                row.AddRange(Cells(cells.Groups["cells"].Value, cells.Groups["kind"].Value).Select(c => new StringBuilder(c)));
            }
            else if (row is { Count: > 0 } && trimmed.Length > 0)
            {
                // A cell's text runs on over the lines below it until the next cell or row.
                row[^1].Append('\n').Append(trimmed);
            }
        }

        builder.Table(rows.Select(r => (IReadOnlyList<string>)r.Select(c => string.Join(' ', Breaks(Inline(c.ToString(), builder)))).ToList()).ToList());
        return end;
    }

    /// <summary>The cells of one "| a || b" or "! a !! b" line, each without its attributes ("style=... | text").</summary>
    private static IEnumerable<string> Cells(string line, string kind)
    {
        foreach (var cell in SplitOutsideLinks(line, kind == "!" ? HeaderCellSeparator() : CellSeparator()))
        {
            var parts = SplitOutsideLinks(cell, Pipe()).ToList();
            yield return (parts.Count > 1 && AttributeList().IsMatch(parts[0].Trim()) ? string.Join("|", parts.Skip(1)) : cell).Trim();
        }
    }

    /// <summary>Splits on a separator that stands outside "[[...]]" links, whose own "|" parts a label from its target.</summary>
    private static IEnumerable<string> SplitOutsideLinks(string text, Regex separator)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text.AsSpan(i).StartsWith("[["))
            {
                depth++;
                i++;
            }
            else if (text.AsSpan(i).StartsWith("]]") && depth > 0)
            {
                depth--;
                i++;
            }
            else if (depth == 0 && separator.Match(text, i) is { Success: true } match)
            {
                yield return text[start..i];
                start = i + match.Length;
                i = start - 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>
    /// Removes every "{{template}}". A template standing on lines of its own with named fields ("| date = 2013-03-11")
    /// is an infobox: its fields become label lines. The rest is drawn by the wiki from other pages and is left out.
    /// </summary>
    private static string Templates(string text, MarkdownBuilder builder)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;

        // The next code or <nowiki> block, found once and kept until the reading passes it, not sought again per template.
        var verbatim = Verbatim().Match(text);
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            // The wiki expands no template inside code or <nowiki>: "{{ .Values.image.tag }}" in a Helm chart is the code.
            while (verbatim.Success && verbatim.Index < i)
            {
                verbatim = verbatim.NextMatch();
            }

            if (verbatim.Success && verbatim.Index < open)
            {
                var closing = text.IndexOf("</" + verbatim.Groups["tag"].Value, verbatim.Index + verbatim.Length, StringComparison.OrdinalIgnoreCase);
                var through = closing < 0 ? text.Length : closing;
                result.Append(text, i, through - i);
                i = through;
                if (closing < 0)
                {
                    break;
                }

                continue;
            }

            var close = TemplateEnd(text, open);
            if (close < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, open - i);
            // An infobox stands on lines of its own and spans several; a one-line tag ("{{Outdated|date=2019-01-15}}") says
            // when the page was flagged, not a fact of the incident.
            var ownLines = OnlySpaceBetween(text, open, -1) && OnlySpaceBetween(text, close - 1, +1) && text.AsSpan(open, close - open).Contains('\n');
            var fields = ownLines ? NamedFields(text[(open + 2)..(close - 2)]) : [];
            if (fields.Count > 0)
            {
                result.Append('\n');
                foreach (var (name, value) in fields)
                {
                    result.Append(FieldMark).Append(name).Append(FieldSeparator).Append(value).Append('\n');
                }
            }
            else
            {
                builder.LeftOut("templates (drawn from other wiki pages)");
            }

            i = close;
        }

        return result.ToString();
    }

    /// <summary>Whether only spaces and tabs stand between <paramref name="at"/> and the line's edge in <paramref name="direction"/>.</summary>
    private static bool OnlySpaceBetween(string text, int at, int direction)
    {
        for (var k = at + direction; k >= 0 && k < text.Length; k += direction)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (text[k] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index just past the "}}" that closes the template opened at <paramref name="open"/>; -1 if none does.</summary>
    private static int TemplateEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length - 1; i++)
        {
            if (text[i] == '{' && text[i + 1] == '{')
            {
                if (++depth > MaxTemplateNesting)
                {
                    return -1;
                }

                i++;
            }
            else if (text[i] == '}' && text[i + 1] == '}')
            {
                i++;
                if (--depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    /// <summary>An infobox's "| name = value" fields with a value of one line and no template inside it.</summary>
    private static List<(string Name, string Value)> NamedFields(string template)
    {
        var fields = new List<(string, string)>();
        foreach (var part in SplitOutsideLinks(template, Pipe()).Skip(1))
        {
            if (NamedField().Match(part.Trim()) is { Success: true } field && field.Groups["value"].Value.Trim() is { Length: > 0 } value && !value.Contains("{{", StringComparison.Ordinal) && !value.Contains('\n', StringComparison.Ordinal))
            {
                var name = field.Groups["name"].Value.Trim().Replace('_', ' ');
                fields.Add((char.ToUpperInvariant(name[0]) + name[1..], value));
            }
        }

        return fields;
    }

    /// <summary>A line's inline markup as Markdown: links, bold and italic, references dropped, HTML read as HTML.</summary>
    private static string Inline(string text, MarkdownBuilder builder)
    {
        text = InlineCode().Replace(text, m => $"`{m.Groups["code"].Value}`");
        text = NoWiki().Replace(text, m => m.Groups["text"].Value.Replace("'", "&#39;", StringComparison.Ordinal).Replace("[", "&#91;", StringComparison.Ordinal));
        // A file's caption may hold a link of its own: each pass resolves the innermost, so the file is dropped whole.
        for (var pass = 0; pass < 4; pass++)
        {
            var resolved = InternalLink().Replace(text, InternalLinkText);
            if (string.Equals(resolved, text, StringComparison.Ordinal))
            {
                break;
            }

            text = resolved;
        }

        text = ExternalLink().Replace(text, m => m.Groups["label"].Success && m.Groups["label"].Value.Trim().Length > 0 ? $"[{m.Groups["label"].Value.Trim()}]({m.Groups["url"].Value})" : m.Groups["url"].Value);
        text = BoldItalic().Replace(text, "***${text}***");
        text = Bold().Replace(text, "**${text}**");
        text = Italic().Replace(text, "*${text}*");

        // "<br>" marks a line break; other HTML (and entities) goes through the HTML converter, which drops script.
        text = LineBreak().Replace(text, "\n");
        return HtmlOrEntity().IsMatch(text) ? string.Join('\n', text.Split('\n').Select(part => Html(part, builder))) : text;
    }

    /// <summary>"[[Page|label]]" as its label, "[[Page]]" as the page's name; a file, image or category as nothing.</summary>
    private static string InternalLinkText(Match link)
    {
        var target = link.Groups["target"].Value.Trim();
        if (NamespacedFile().IsMatch(target))
        {
            return "";
        }

        return link.Groups["label"].Success ? link.Groups["label"].Value.Trim() : target.TrimStart(':', '#').Replace('_', ' ');
    }

    private static string Html(string fragment, MarkdownBuilder builder)
    {
        if (!HtmlOrEntity().IsMatch(fragment))
        {
            return fragment;
        }

        // The wiki shows a tag it does not know ("-alertnotify=<command>") as the text it is.
        var converted = HtmlToMarkdown.ConvertFragment(UnknownTag().Replace(fragment, "&lt;"));
        foreach (var what in converted.LeftOut)
        {
            builder.LeftOut(what);
        }

        return MarkdownBuilder.OneLine(converted.Markdown);
    }

    private static string Entities(string text) => System.Net.WebUtility.HtmlDecode(text);

    private static IEnumerable<string> Breaks(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // "__TOC__", "__NOTOC__", "__NOEDITSECTION__": switches for how the wiki draws the page.
    [GeneratedRegex(@"__[A-Z]{3,20}__")]
    private static partial Regex BehaviourSwitch();

    // A block of code: "<pre>", or "<syntaxhighlight>"/"<source>" that is not marked inline.
    [GeneratedRegex(@"<(?<tag>pre|syntaxhighlight|source)\b(?![^>]*\binline\b)(?![^>]*/>)(?:[^>]*?\blang=""?(?<lang>[\w+-]+)""?)?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PreformattedStart();

    // "<syntaxhighlight lang=""bash"" inline>kubectl get pods</syntaxhighlight>": code inside a sentence.
    [GeneratedRegex(@"<(?<tag>syntaxhighlight|source|code)\b[^>]*>(?<code>(?:(?!</?(?:syntaxhighlight|source|code)\b).)*)</\k<tag>\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    // Where the wiki expands no template: code blocks and "<nowiki>" (a self-closing "<nowiki/>" holds nothing).
    [GeneratedRegex(@"<(?<tag>pre|syntaxhighlight|source|nowiki|code)\b(?![^>]*/>)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Verbatim();

    // Tags that only steer the wiki and draw nothing: the footnote list, a markup break, what is kept out of or only in
    // transclusions.
    [GeneratedRegex(@"<references\b[^>]*>|</references\s*>|<nowiki\s*/>|</?(?:noinclude|onlyinclude|includeonly)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex WikiOnlyTag();

    // A line that is a list item or a table row, where a "<pre>" inside is that line's text.
    [GeneratedRegex(@"^\s*(?:[*#:;]|\{\||\|)")]
    private static partial Regex StructureMark();

    [GeneratedRegex(@"^(?<key>[A-Za-z][\w .-]{0,30}?):\s+(?<value>\S.*)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^(?<marks>={1,6})\s*(?<text>[^=].*?)\s*\k<marks>$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^-{4,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^(?<marks>[*#:;]+)(?<text>.*)$")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^(?<kind>[|!])(?<cells>.*)$")]
    private static partial Regex CellLine();

    // A cell's attributes before its text: name="value" pairs only ("style=""color:red"" | Done", "colspan=2 | ...").
    [GeneratedRegex(@"^(?:[\w-]+\s*=\s*(?:""[^""]*""|'[^']*'|[^\s|]+)\s*)+$")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"^(?<name>[\w][\w -]{0,40}?)\s*=(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex NamedField();

    // Read to the next "<ref" or "</ref", so a thousand unclosed references cost one pass, not one each.
    [GeneratedRegex(@"<ref\b[^>/]*/>|<ref\b[^>]*>(?:(?!</?ref\b).)*</ref\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Reference();

    [GeneratedRegex(@"<nowiki>(?<text>(?:(?!</?nowiki\b).)*)</nowiki>", RegexOptions.IgnoreCase)]
    private static partial Regex NoWiki();

    [GeneratedRegex(@"\[\[(?<target>[^\[\]|]+)(?:\|(?<label>[^\[\]]*))?\]\]")]
    private static partial Regex InternalLink();

    // Files, images and categories are pictures and the wiki's filing, not the page's text.
    [GeneratedRegex(@"^\s*(?:File|Image|Media|Category)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NamespacedFile();

    [GeneratedRegex(@"\[(?<url>(?:https?|ftp|mailto):[^\s\]]+)(?:\s+(?<label>[^\]]*))?\]", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalLink();

    [GeneratedRegex(@"'''''(?<text>.+?)'''''")]
    private static partial Regex BoldItalic();

    [GeneratedRegex(@"'''(?<text>.+?)'''")]
    private static partial Regex Bold();

    [GeneratedRegex(@"''(?<text>.+?)''")]
    private static partial Regex Italic();

    // Each separator is anchored where the split stands ("\G"), so reading a line's cells stays one pass.
    [GeneratedRegex(@"\G\|\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"\G(?:!!|\|\|)")]
    private static partial Regex HeaderCellSeparator();

    [GeneratedRegex(@"\G\|")]
    private static partial Regex Pipe();

    // The HTML a wiki page may hold (and the elements that could run or embed something, so the HTML converter drops them).
    private const string WikiHtmlTags = "b|i|u|s|em|strong|code|tt|kbd|samp|var|sub|sup|small|big|span|div|font|center|p|br|hr|blockquote|q|cite|del|ins|strike|abbr|mark|table|caption|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|h[1-6]|pre|a|img|script|style|iframe|object|embed|form|input|button|svg|math|link|meta";

    [GeneratedRegex(@"</?(?:" + WikiHtmlTags + @")\b[^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]\w*);", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlOrEntity();

    [GeneratedRegex(@"<(?!/?(?:" + WikiHtmlTags + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownTag();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
