using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using PostmortemSite.Format;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// Markdown whose blocks of HTML (a table or timeline pasted from a wiki, a &lt;details&gt; block) are turned into
/// Markdown, so the extractor reads them like the rest. Only the blocks change; everything else stays as written.
/// </summary>
internal static partial class EmbeddedHtml
{
    // Parsing only finds where HTML blocks are: it must see raw HTML, which the rendering pipeline turns off.
    private static readonly MarkdownPipeline BlockFinder = new MarkdownPipelineBuilder().Build();

    public static bool MayContain(string markdown) => markdown.Contains('<', StringComparison.Ordinal);

    // The elements of HTML (with the obsolete ones old exports still use), and SVG and MathML at the top: a tag named
    // otherwise is not markup a browser knows.
    private static readonly HashSet<string> HtmlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog",
        "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
        "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p",
        "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
        "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    };

    /// <summary>
    /// A block that opens with a tag no HTML element is named, not closed by itself ("/>") nor anywhere in the text: a
    /// component ("&lt;Callout&gt; … &lt;/Callout&gt;", as MDX writes them) is closed, words are not. An element's name
    /// with bare words after it ("&lt;Time of first alert&gt;"), never closed, is words too (a void element such as
    /// &lt;br&gt; needs no closing).
    /// </summary>
    private static bool IsWordsInAngleBrackets(string block, HashSet<string> closed) =>
        FirstTag().Match(block) is { Success: true } tag && !tag.Value.EndsWith("/>", StringComparison.Ordinal)
        && !closed.Contains(tag.Groups["name"].Value)
        && (!HtmlElements.Contains(tag.Groups["name"].Value) || (!VoidElements.Contains(tag.Groups["name"].Value) && tag.Groups["rest"].Value.Trim() is { Length: > 0 } rest && !rest.Contains('=')));

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    [GeneratedRegex(@"^\s*<(?<name>[A-Za-z][A-Za-z0-9-]*)(?<rest>[^>]*)>")]
    private static partial Regex FirstTag();

    [GeneratedRegex(@"</(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex ClosingTag();

    /// <summary>
    /// Where the body starts when a post exported from a blog engine as HTML was saved under a Markdown name: after its
    /// front matter (fenced or not), the body opens with a block element, ends with a tag, half its lines at least open
    /// with one, and no line of it is written in Markdown's own block syntax (a post that opens with a note in a
    /// &lt;div&gt; and goes on in plain lines is Markdown). Such a body is read whole as the HTML page it is, so a blank
    /// line inside a list item does not cut the list into pieces a Markdown reader takes for paragraphs and code. Null
    /// for Markdown.
    /// </summary>
    private static int? HtmlPageStart(string markdown)
    {
        var body = FrontMatter.Split(markdown) is { Exists: true } yaml ? yaml.Body
            : Extracting.MetadataBlock.Split(markdown)?.Body ?? Extracting.TomlFrontMatter.Split(markdown)?.Body ?? markdown;
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var tagged = lines.Count(l => l.StartsWith('<'));
        return PageOpening().IsMatch(body) && BlockClosing().IsMatch(body) && !MarkdownBlockSyntax().IsMatch(body)
            && tagged * 2 >= lines.Count && lines[^1].EndsWith('>') ? markdown.Length - body.Length : null;
    }

    [GeneratedRegex(@"^\s*<(?:p|div|h[1-6]|ul|ol|table|section|article|blockquote|span|font|center)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PageOpening();

    [GeneratedRegex(@"</(?:p|div|li|h[1-6]|table|blockquote)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockClosing();

    // A heading, list item, quote, fence or table row written as Markdown at the start of a line.
    [GeneratedRegex(@"^(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>|```|~~~|\|)", RegexOptions.Multiline)]
    private static partial Regex MarkdownBlockSyntax();

    public static Conversion Convert(string markdown)
    {
        if (!MayContain(markdown))
        {
            return new Conversion(markdown, []);
        }

        if (HtmlPageStart(markdown) is { } pageStart)
        {
            var page = HtmlToMarkdown.ConvertFragment(markdown[pageStart..]);
            // A blank line after the front matter, so an unfenced block ends where it did.
            return new Conversion(markdown[..pageStart].TrimEnd('\n') + "\n\n" + page.Markdown, page.LeftOut);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, BlockFinder);
        }
        catch (ArgumentException)
        {
            // Nested past Markdig's limit: the text is read as it is.
            return new Conversion(markdown, []);
        }

        // Only blocks at the top: one inside a list or quote shares its lines with the container's markers.
        var blocks = document.OfType<HtmlBlock>().Where(b => b.Span.Length > 0).OrderBy(b => b.Span.Start).ToList();
        if (blocks.Count == 0)
        {
            return new Conversion(markdown, []);
        }

        // The names the text closes somewhere, found once: a page of thousands of tag-shaped lines is read in one pass.
        var closed = ClosingTag().Matches(markdown).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder(markdown.Length);
        var leftOut = new List<string>();
        var at = 0;
        foreach (var block in blocks)
        {
            var start = Math.Max(block.Span.Start, at);
            var end = Math.Min(block.Span.End + 1, markdown.Length);
            if (start >= end)
            {
                continue;
            }

            text.Append(markdown, at, start - at);
            if (block.Type == HtmlBlockType.Comment && markdown[..start].Trim().Length == 0 && Extracting.MetadataBlock.Split(markdown[start..end]) is not null)
            {
                // "<!-- .. title: … .. date: … -->" opening a Nikola post: the post's metadata, hidden from the page, read
                // by the extractor as front matter.
                text.Append(markdown, start, end - start);
            }
            else if (block.Type == HtmlBlockType.NonInterruptingBlock && IsWordsInAngleBrackets(markdown[start..end], closed))
            {
                // "<START OF OUTAGE>" alone on a line: Markdown takes any tag-shaped line for HTML, but no HTML element
                // has that name and nothing closes it; the author wrote words in angle brackets, kept as text.
                text.Append(markdown, start, end - start);
            }
            else if (block.Type != HtmlBlockType.Comment)
            {
                var converted = HtmlToMarkdown.ConvertFragment(markdown[start..end]);
                leftOut.AddRange(converted.LeftOut.Where(l => !leftOut.Contains(l)));
                text.Append('\n').Append(converted.Markdown).Append('\n');
            }

            at = end;
        }

        text.Append(markdown, at, markdown.Length - at);
        return new Conversion(text.ToString(), leftOut);
    }
}
