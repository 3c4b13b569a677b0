using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PostmortemSite.Rendering;

/// <summary>
/// The elements and attributes a rendered Markdown body may keep, whatever syntax produced them. Markdig's
/// extensions (generic attributes above all) can put any attribute on any element, so the rendered HTML is parsed
/// and checked as a browser would read it: everything not listed here is removed, and URL attributes keep only the
/// schemes <see cref="MarkdownRenderer.IsSafe"/> allows. What survives cannot run script.
/// </summary>
internal static partial class HtmlAllowList
{
    private static readonly HashSet<string> GlobalAttributes = ["id", "class", "title", "lang", "dir"];

    private static readonly Dictionary<string, HashSet<string>> Elements = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "rel"],
        ["img"] = ["src", "alt", "width", "height"],
        ["input"] = ["type", "disabled", "checked"],
        ["video"] = ["src", "width", "height", "controls"],
        ["audio"] = ["src", "controls"],
        ["source"] = ["src", "type"],
        ["ol"] = ["start", "type"],
        ["li"] = ["value"],
        ["th"] = ["style", "colspan", "rowspan"],
        ["td"] = ["style", "colspan", "rowspan"],
        ["col"] = ["style", "span"],
        ["colgroup"] = ["span"],
        ["abbr"] = [],
        ["p"] = [],
        ["div"] = [],
        ["span"] = [],
        ["br"] = [],
        ["hr"] = [],
        ["h1"] = [],
        ["h2"] = [],
        ["h3"] = [],
        ["h4"] = [],
        ["h5"] = [],
        ["h6"] = [],
        ["em"] = [],
        ["strong"] = [],
        ["del"] = [],
        ["ins"] = [],
        ["mark"] = [],
        ["sub"] = [],
        ["sup"] = [],
        ["code"] = [],
        ["pre"] = [],
        ["kbd"] = [],
        ["cite"] = [],
        ["q"] = [],
        ["blockquote"] = [],
        ["ul"] = [],
        ["dl"] = [],
        ["dt"] = [],
        ["dd"] = [],
        ["table"] = [],
        ["thead"] = [],
        ["tbody"] = [],
        ["tfoot"] = [],
        ["tr"] = [],
        ["caption"] = [],
        ["figure"] = [],
        ["figcaption"] = [],
        ["footer"] = [],
    };

    // Gone with everything inside: these run, embed or submit something, so their content is no text worth keeping.
    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "button", "select",
        "textarea", "template", "svg", "math", "link", "meta", "base", "noscript", "portal",
    ];

    private static readonly HashSet<string> UrlAttributes = ["href", "src"];

    [ThreadStatic]
    private static HtmlParser? _parser;

    private static readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> ElementsBySpan = Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The HTML with everything off the list removed; the same string when it was all allowed, so ordinary bodies render byte for byte as before.</summary>
    public static string Apply(string html) =>
        // Parsing every body as a browser would was the costliest step of rendering a page; Markdig's own output is
        // nearly always plainly allowed, which a single pass over the tags can prove.
        NothingToRemove(html) ? html : ApplyByParsing(html);

    /// <summary>
    /// Whether one pass over the tags proves that <see cref="ApplyByParsing"/> would remove nothing: every tag is a
    /// listed element, written plainly (lowercase name, double-quoted or bare attributes), with only allowed
    /// attributes. Anything it is not sure of (comments, doctypes, unlisted or unusual tags, character references in a
    /// URL or style) answers false, and the parser decides.
    /// </summary>
    internal static bool NothingToRemove(string html)
    {
        var text = html.AsSpan();
        var at = 0;
        while (true)
        {
            var open = text[at..].IndexOf('<');
            if (open < 0)
            {
                return true;
            }

            at += open + 1;
            var closing = at < text.Length && text[at] == '/';
            if (closing)
            {
                at++;
            }

            var nameStart = at;
            while (at < text.Length && (char.IsAsciiLetterLower(text[at]) || char.IsAsciiDigit(text[at])))
            {
                at++;
            }

            if (at == nameStart || at == text.Length || !ElementsBySpan.TryGetValue(text[nameStart..at], out var allowed) || text[nameStart..at] is "input")
            {
                return false;
            }

            if (closing)
            {
                if (text[at] != '>')
                {
                    return false;
                }

                at++;
                continue;
            }

            if (!AttributesAllowed(text, ref at, allowed))
            {
                return false;
            }
        }
    }

    /// <summary>Reads a start tag's attributes up to its closing '&gt;', checking each; false when one is not allowed or not plainly written.</summary>
    private static bool AttributesAllowed(ReadOnlySpan<char> text, ref int at, HashSet<string> allowed)
    {
        if (text[at] is not (' ' or '>' or '/'))
        {
            return false;
        }

        while (true)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at == text.Length)
            {
                return false;
            }

            if (text[at] == '>')
            {
                at++;
                return true;
            }

            if (text[at] == '/')
            {
                at++;
                if (at == text.Length || text[at] != '>')
                {
                    return false;
                }

                continue;
            }

            var nameStart = at;
            while (at < text.Length && (char.IsAsciiLetterLower(text[at]) || char.IsAsciiDigit(text[at]) || text[at] == '-'))
            {
                at++;
            }

            if (at == nameStart || at == text.Length)
            {
                return false;
            }

            var name = text[nameStart..at].ToString();
            var value = "";
            if (text[at] == '=')
            {
                at++;
                if (at == text.Length || text[at] != '"')
                {
                    return false;
                }

                var end = text[(at + 1)..].IndexOf('"');
                if (end < 0)
                {
                    return false;
                }

                var raw = text.Slice(at + 1, end);
                at += end + 2;
                // A character reference would be decoded before the URL or style is judged; the parser does that properly.
                if ((raw.Contains('&') && (name == "style" || UrlAttributes.Contains(name))) || raw.Contains('\0'))
                {
                    return false;
                }

                value = raw.ToString();
            }
            else if (text[at] is not (' ' or '>' or '/'))
            {
                return false;
            }

            if (!IsAllowed(name, value, allowed))
            {
                return false;
            }
        }
    }

    /// <summary>The allow-list applied to the document a browser would build from the HTML.</summary>
    internal static string ApplyByParsing(string html)
    {
        _parser ??= new HtmlParser();
        var document = _parser.ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        return Clean(body) ? body.InnerHtml : html;
    }

    /// <summary>Returns whether anything was removed.</summary>
    private static bool Clean(IElement parent)
    {
        var changed = false;
        foreach (var element in parent.Children.ToList())
        {
            var name = element.LocalName;
            if (element.NamespaceUri != NamespaceNames.HtmlUri || Dropped.Contains(name))
            {
                element.Remove();
                changed = true;
                continue;
            }

            changed |= Clean(element);
            if (!Elements.TryGetValue(name, out var allowed) || (name == "input" && element.GetAttribute("type") != "checkbox"))
            {
                element.Replace([.. element.ChildNodes]);
                changed = true;
                continue;
            }

            foreach (var attribute in element.Attributes.ToList())
            {
                if (!IsAllowed(attribute.Name, attribute.Value, allowed))
                {
                    element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
                    changed = true;
                }
            }
        }

        return changed;
    }

    private static bool IsAllowed(string name, string value, HashSet<string> allowed)
    {
        if (!GlobalAttributes.Contains(name) && !allowed.Contains(name))
        {
            return false;
        }

        // Pipe and grid tables align and size columns with these two declarations; no other style comes from content.
        return name switch
        {
            "style" => AllowedStyle().IsMatch(value),
            _ when UrlAttributes.Contains(name) => MarkdownRenderer.IsSafe(value),
            _ => true,
        };
    }

    [GeneratedRegex(@"^\s*(text-align:\s*(left|right|center)|width:\s*\d{1,3}(\.\d+)?%)\s*;?\s*$")]
    private static partial Regex AllowedStyle();
}
