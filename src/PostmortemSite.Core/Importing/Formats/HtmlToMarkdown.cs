using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// HTML (a wiki or document export, a blog post saved as HTML, a block of HTML inside Markdown) as Markdown: headings,
/// paragraphs, lists, tables, definition lists, quotes and code keep their shape. Script, style, forms, frames and
/// embedded objects are dropped, never run; page chrome (navigation) is left out, and the main content is preferred
/// when the page marks it (&lt;main&gt;, a single &lt;article&gt;).
/// </summary>
internal static partial class HtmlToMarkdown
{
    // Past this depth the rest of a subtree is read as plain text: deep nesting cannot exhaust the stack.
    private const int MaxDepth = 64;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas",
        "nav", "form", "button", "input", "select", "textarea", "head", "link", "meta", "base", "audio", "video", "source", "track", "map", "dialog",
    };

    private static readonly HashSet<string> Reported = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "iframe", "object", "embed", "applet", "frame", "form" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "xmp", "listing", "plaintext",
    };

    // Tags a parser closes by itself (an old page's unclosed <p> and <li>) and void ones do not deepen the tree.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "caption", "colgroup",
        "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param",
    };

    // The HTML parser's work grows with the square of the nesting depth; past this, the document is read as text.
    internal const int MaxParsedNesting = 2_000;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static Conversion Convert(string html)
    {
        if (TooDeep(html))
        {
            return AsText(html);
        }

        var document = Parser.ParseDocument(html);
        var builder = new MarkdownBuilder();
        var published = Published(document);
        var fragment = IsFragment(html);
        var root = (fragment ? null : document.QuerySelector("main") ?? (document.QuerySelectorAll("article") is { Length: 1 } articles ? articles[0] : null)) ?? document.Body ?? document.DocumentElement;
        if (fragment && document.QuerySelector("article, main") is not null)
        {
            // A fragment cut with the site's masthead, sidebar or footer around its article: those are still chrome.
            foreach (var chrome in root.QuerySelectorAll("header, footer, aside").Where(e => e.Closest("article, main") is null).ToList())
            {
                chrome.Remove();
            }
        }

        NoteLeftOut(document.DocumentElement, builder);
        if (root.QuerySelector("h1") is null && OneLine(document.Title ?? "") is { Length: > 0 } title)
        {
            builder.Heading(1, title);
        }

        Blocks(root, builder, 0);
        return builder.Build() with { Published = published };
    }

    /// <summary>
    /// HTML with no page around it (no &lt;html&gt; or &lt;body&gt;): a part someone saved, such as a status site's incident
    /// with its heading above the &lt;article&gt; and its updates below. All of it is read but a masthead, sidebar or
    /// footer beside its article.
    /// </summary>
    private static bool IsFragment(string html) => !PageTag().IsMatch(html);

    [GeneratedRegex(@"<(?:html|body)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageTag();

    // Where a blog's generator writes when a post was published: the head's Open Graph or Dublin Core meta, a byline's
    // <time> marked as the publication (schema.org's datePublished, microformats' dt-published, the old pubdate).
    // Not a bare "date" meta, which a page template may set to anything.
    private const string PublicationMeta = "meta[property='article:published_time'], meta[itemprop='datePublished'], meta[name='dc.date' i], meta[name='dcterms.date' i], meta[name='dc.date.issued' i]";

    private const string PublicationStamp = "time[itemprop='datePublished'], time.dt-published, time[pubdate]";

    /// <summary>
    /// When the page says it was published, outside its text; the byline's stamp of it is taken out of the text, where
    /// it would read as a moment of the incident ("Martin Wimpress 2016-12-22 01:00"). Only one stamp is a byline: a live
    /// blog marks each of its updates so, and those are its timeline.
    /// </summary>
    private static string? Published(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var stamps = document.QuerySelectorAll(PublicationStamp) is { Length: 1 } byline ? byline.ToList() : [];
        var published = document.QuerySelectorAll(PublicationMeta).Select(m => m.GetAttribute("content")).Concat(stamps.Select(t => t.GetAttribute("datetime") ?? t.TextContent))
            .Select(value => OneLine(value ?? "")).FirstOrDefault(value => value.Length is > 0 and <= 64);
        if (published is not null)
        {
            stamps.ForEach(stamp => stamp.Remove());
        }

        return published;
    }

    /// <summary>A fragment (HTML written inside a Markdown file) as Markdown.</summary>
    public static Conversion ConvertFragment(string html)
    {
        if (TooDeep(html))
        {
            return AsText(html);
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        var builder = new MarkdownBuilder();
        NoteLeftOut(document.DocumentElement, builder);
        Blocks(document.Body!, builder, 0);
        return builder.Build();
    }

    private static void NoteLeftOut(IElement root, MarkdownBuilder builder)
    {
        foreach (var name in Reported)
        {
            if (root.GetElementsByTagName(name).Length is > 0 and var count)
            {
                builder.LeftOut($"{count} <{name}> element{(count == 1 ? "" : "s")}");
            }
        }
    }

    private static void Blocks(INode parent, MarkdownBuilder builder, int depth) => Blocks(parent.ChildNodes, builder, depth);

    private static void Blocks(IEnumerable<INode> nodes, MarkdownBuilder builder, int depth)
    {
        var inline = new StringBuilder();
        foreach (var child in nodes)
        {
            if (child is IElement element && BlockElements.Contains(element.LocalName) && !Dropped.Contains(element.LocalName))
            {
                builder.Paragraph(inline.ToString());
                inline.Clear();
                Block(element, builder, depth + 1);
            }
            else
            {
                Inline(child, inline, depth + 1);
            }
        }

        builder.Paragraph(inline.ToString());
    }

    private static void Block(IElement element, MarkdownBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Paragraph(PlainText(element));
            return;
        }

        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                // A heading left open ("<h2>Cause<p>...") ends where its first block starts; the blocks follow it.
                var title = new StringBuilder();
                var rest = element.ChildNodes.SkipWhile(c => !(c is IElement e && BlockElements.Contains(e.LocalName))).ToList();
                foreach (var child in element.ChildNodes.Take(element.ChildNodes.Length - rest.Count))
                {
                    Inline(child, title, depth + 1);
                }

                builder.Heading(element.LocalName[1] - '0', title.ToString());
                Blocks(rest, builder, depth);

                break;
            case "ul" or "ol":
                List(element, builder, 0, depth);
                break;
            case "li":
                // An item outside any list (malformed markup) is still an item.
                builder.ListItem(0, ordered: false, InlineText(element, depth));
                break;
            case "table":
                Table(element, builder, depth);
                break;
            case "dl":
                DefinitionList(element, builder, depth);
                break;
            case "pre" or "xmp" or "listing" or "plaintext":
                builder.Code(PlainText(element), Language(element));
                break;
            case "blockquote":
                var quoted = new MarkdownBuilder();
                Blocks(element, quoted, depth);
                builder.Quote(quoted.ToString());
                break;
            case "hr":
                builder.Rule();
                break;
            default:
                Blocks(element, builder, depth);
                break;
        }
    }

    private static void Inline(INode node, StringBuilder text, int depth)
    {
        if (node is IText textNode)
        {
            text.Append(Collapse(textNode.Data));
            return;
        }

        if (node is not IElement element || Dropped.Contains(element.LocalName))
        {
            return;
        }

        if (depth > MaxDepth)
        {
            text.Append(PlainText(element));
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                text.Append('\n');
                return;
            case "img":
                text.Append(OneLine(element.GetAttribute("alt") ?? ""));
                return;
            case "strong" or "b":
                Wrap(text, "**", InlineText(element, depth));
                return;
            case "em" or "i":
                Wrap(text, "*", InlineText(element, depth));
                return;
            case "code" or "kbd" or "samp" or "tt":
                var code = OneLine(element.TextContent);
                if (code.Length > 0)
                {
                    var fence = code.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
                    text.Append(fence).Append(code).Append(fence.Trim() == "``" ? " ``" : "`");
                }

                return;
            case "a":
                var label = InlineText(element, depth);
                var href = element.GetAttribute("href")?.Trim() ?? "";
                text.Append(label.Length > 0 && IsSafeLink(href) && !label.Contains('\n', StringComparison.Ordinal) ? $"[{label.Replace("]", "\\]", StringComparison.Ordinal)}](<{href.Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)}>)" : label);
                return;
            default:
                foreach (var child in element.ChildNodes)
                {
                    // A block inside an inline element (a <div> in a <span>) still breaks the line.
                    if (child is IElement inner && BlockElements.Contains(inner.LocalName))
                    {
                        text.Append('\n');
                        Inline(inner, text, depth + 1);
                        text.Append('\n');
                    }
                    else
                    {
                        Inline(child, text, depth + 1);
                    }
                }

                return;
        }
    }

    private static string InlineText(IElement element, int depth)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, text, depth + 1);
        }

        return text.ToString().Trim();
    }

    private static void Wrap(StringBuilder text, string marker, string inner)
    {
        if (inner.Length > 0 && !inner.Contains('\n', StringComparison.Ordinal) && !inner.Contains(marker, StringComparison.Ordinal))
        {
            text.Append(marker).Append(inner).Append(marker);
        }
        else
        {
            text.Append(inner);
        }
    }

    private static void List(IElement list, MarkdownBuilder builder, int level, int depth)
    {
        var ordered = list.LocalName == "ol";
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var text = new StringBuilder();
            var nested = new List<IElement>();
            // "<li><h2>monitoring</h2><p>We switched to AWS.</p><time>2025-11-18T11:42Z</time></li>": a status update
            // closes with its moment; it leads the item, as an entry of a timeline is written, and the update is one
            // line, its status first ("2025-11-18T11:42Z monitoring: We switched to AWS.").
            var moment = item.Children.LastOrDefault() is { LocalName: "time" } time && item.Children.Length > 1
                && item.TextContent.TrimEnd().EndsWith(time.TextContent.Trim(), StringComparison.Ordinal) ? time : null;
            if (moment is not null)
            {
                text.Append(OneLine(moment.GetAttribute("datetime") is { Length: > 0 } at ? at : moment.TextContent)).Append(' ');
            }

            foreach (var child in item.ChildNodes.Where(c => c != moment))
            {
                if (child is IElement { LocalName: "ul" or "ol" } sub)
                {
                    nested.Add(sub);
                }
                else if (child is IElement block && BlockElements.Contains(block.LocalName) && !Dropped.Contains(block.LocalName))
                {
                    text.Append('\n').Append(depth > MaxDepth ? PlainText(block) : InlineText(block, depth)).Append('\n');
                }
                else
                {
                    Inline(child, text, depth + 1);
                }
            }

            builder.ListItem(level, ordered, moment is null ? text.ToString() : AsOneUpdate(text.ToString(), headed: item.Children[0].LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"));
            foreach (var sub in nested)
            {
                if (depth > MaxDepth)
                {
                    builder.ListItem(level + 1, false, PlainText(sub));
                }
                else
                {
                    List(sub, builder, Math.Min(level + 1, MarkdownBuilder.MaxListDepth), depth + 1);
                }
            }
        }
    }

    /// <summary>A status update's lines as one: its moment, then the status its heading gives as a label, then what it says.</summary>
    private static string AsOneUpdate(string item, bool headed)
    {
        var lines = item.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return headed && lines.Length >= 3 ? $"{lines[0]} {lines[1].TrimEnd(':')}: {string.Join(' ', lines.Skip(2))}" : string.Join(' ', lines);
    }

    private static void Table(IElement table, MarkdownBuilder builder, int depth)
    {
        if (table.QuerySelector("caption") is { } caption)
        {
            builder.Paragraph($"**{OneLine(caption.TextContent)}**");
        }

        var rows = table.Children
            .SelectMany(c => c.LocalName is "thead" or "tbody" or "tfoot" ? c.Children : (IEnumerable<IElement>)[c])
            .Where(r => r.LocalName == "tr")
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .Where(r => r.Count > 0)
            .ToList();

        // A table of facts (a wiki's "Date | 2024-03-01" rows, headed down the side) reads as label lines.
        if (rows.Count > 0 && rows.All(r => r.Count == 2 && r[0].LocalName == "th" && r[1].LocalName == "td"))
        {
            foreach (var row in rows)
            {
                builder.Field(CellText(row[0], depth), CellText(row[1], depth));
            }

            return;
        }

        builder.Table(rows.Select(r => (IReadOnlyList<string>)r.Select(c => CellText(c, depth)).ToList()).ToList());
    }

    private static string CellText(IElement cell, int depth)
    {
        if (depth > MaxDepth)
        {
            return OneLine(PlainText(cell));
        }

        var text = new StringBuilder();
        foreach (var child in cell.ChildNodes)
        {
            Inline(child, text, depth + 1);
            if (child is IElement block && BlockElements.Contains(block.LocalName))
            {
                text.Append(' ');
            }
        }

        return OneLine(text.ToString());
    }

    private static void DefinitionList(IElement list, MarkdownBuilder builder, int depth)
    {
        string? term = null;
        foreach (var child in list.Children)
        {
            if (child.LocalName == "dt")
            {
                if (term is not null)
                {
                    builder.Paragraph(term);
                }

                term = InlineText(child, depth);
            }
            else if (child.LocalName == "dd")
            {
                var definition = InlineText(child, depth);
                if (term is not null)
                {
                    builder.Field(term, definition);
                    term = null;
                }
                else
                {
                    builder.Paragraph(definition);
                }
            }
        }

        if (term is not null)
        {
            builder.Paragraph(term);
        }
    }

    private static string? Language(IElement pre)
    {
        var classes = (pre.QuerySelector("code")?.ClassName ?? "") + " " + (pre.ClassName ?? "");
        return classes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c[9..] : c.StartsWith("lang-", StringComparison.Ordinal) ? c[5..] : null)
            .FirstOrDefault(c => c is not null);
    }

    /// <summary>The text under a node, gathered without recursion, leaving out what is never shown (script, style).</summary>
    private static string PlainText(INode root)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (node is IElement e && (Dropped.Contains(e.LocalName) && !ReferenceEquals(e, root)))
            {
                continue;
            }

            if (node is IElement { LocalName: "br" or "p" or "div" or "li" or "tr" })
            {
                text.Append('\n');
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>A linear look at the tags: the deepest run of elements opened and not yet closed.</summary>
    private static bool TooDeep(string html)
    {
        var depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (NotNesting.Contains(tag.Groups["name"].Value) || tag.Groups["rest"].Value.EndsWith('/'))
            {
                continue;
            }

            depth = tag.Groups["close"].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxParsedNesting)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nesting too deep to parse: the text between the tags, without script and style, one paragraph per line.</summary>
    private static Conversion AsText(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(html, "\n"), "\n"));
        var builder = new MarkdownBuilder();
        builder.LeftOut($"markup nested over {MaxParsedNesting:N0} deep (read as text)");
        foreach (var line in text.Split('\n').Select(OneLine).Where(l => l.Length > 0))
        {
            builder.Paragraph(line);
        }

        return builder.Build();
    }

    [GeneratedRegex(@"<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<rest>[^<>]*)>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptOrStyle();

    private static bool IsSafeLink(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || c == '\u00A0';
            if (!space)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string OneLine(string text) => MarkdownBuilder.OneLine(text);
}
