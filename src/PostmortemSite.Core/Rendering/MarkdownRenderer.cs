using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostmortemSite.Format;

namespace PostmortemSite.Rendering;

/// <summary>Markdown to HTML for postmortem bodies. Raw HTML is shown as text, unsafe link schemes are dropped and the result passes <see cref="HtmlAllowList"/>, so content never runs script.</summary>
internal static class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown) => ToHtml(markdown, _ => null);

    /// <summary>The body parsed by the rendering pipeline, so headings carry the same ids as on the page; null when it cannot be parsed.</summary>
    internal static MarkdownDocument? Parse(string markdown) => BodyMarkdown.TryParse(markdown);

    /// <param name="resolveLink">Maps a relative link (such as another postmortem's .md file) to its URL on the site; null leaves it as written.</param>
    public static string ToHtml(string markdown, Func<LinkInline, string?> resolveLink) =>
        Parse(markdown, resolveLink) is { } document ? Render(document) : AsText(markdown);

    /// <summary>A parsed body (or part of one) as HTML that has passed the allow-list.</summary>
    internal static string Render(MarkdownDocument document) =>
        // The pipeline's own pooled renderer: setting up a fresh HtmlRenderer per body cost more than parsing it.
        // Checking the links in Parse keeps their text readable; the allow-list is what guarantees no script.
        HtmlAllowList.Apply(document.ToHtml(BodyMarkdown.Pipeline));

    /// <summary>The body as text, for the rare body the parser refuses.</summary>
    internal static string AsText(string markdown) => "<pre>" + System.Net.WebUtility.HtmlEncode(markdown) + "</pre>";

    /// <summary>The parsed body with its links made safe and resolved; null when the parser refuses it.</summary>
    internal static MarkdownDocument? Parse(string markdown, Func<LinkInline, string?> resolveLink)
    {
        // The reading stage rejects bodies nested beyond Markdig's limit; should one slip through, show it as text rather than fail.
        if (BodyMarkdown.TryParse(markdown) is not { } document)
        {
            return null;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
            else if (resolveLink(link) is { } resolved)
            {
                link.Url = resolved;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        return document;
    }

    /// <summary>Relative links and http(s)/mailto only: javascript:, data:, vbscript: and the like are refused.</summary>
    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme, so "java\tscript:" must be caught too.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
