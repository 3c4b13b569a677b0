using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostmortemSite.Rendering;

/// <summary>
/// An incident's rendered body, with its "Impact" and "Timeline" sections taken out: the page shows each of those
/// once, the front matter's facts and the body's prose together under one heading.
/// </summary>
/// <param name="ImpactHtml">What the body says under "Impact", without the heading; empty when it has no such section.</param>
/// <param name="TimelineHtml">What the body says under "Timeline", without the heading.</param>
public sealed record IncidentBody(string Html, string ImpactHtml, string TimelineHtml)
{
    /// <summary>Ids the incident page gives its own headings; a body heading with the same text gets a suffix instead.</summary>
    public static readonly IReadOnlySet<string> PageIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "impact", "timeline", "actions", "related", "write-up", "site-search-q", "site-menu",
    };

    public static IncidentBody Render(string markdown, Func<LinkInline, string?> resolveLink)
    {
        if (MarkdownRenderer.Parse(markdown, resolveLink) is not { } document)
        {
            return new IncidentBody(MarkdownRenderer.AsText(markdown), "", "");
        }

        var impact = Lift(document, "impact");
        var timeline = Lift(document, "timeline");
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.TryGetAttributes();
            if (attributes?.Id is { } id && PageIds.Contains(id))
            {
                attributes.Id = id + "-notes";
            }
        }

        return new IncidentBody(MarkdownRenderer.Render(document), impact, timeline);
    }

    /// <summary>Removes the first top-level section whose heading reads <paramref name="name"/> and renders its content.</summary>
    private static string Lift(MarkdownDocument document, string name)
    {
        var start = -1;
        var level = 0;
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is HeadingBlock heading && Words(heading) == name)
            {
                start = i;
                level = heading.Level;
                break;
            }
        }

        if (start < 0)
        {
            return "";
        }

        var end = start + 1;
        while (end < document.Count && !(document[end] is HeadingBlock next && next.Level <= level))
        {
            end++;
        }

        var section = new MarkdownDocument();
        var blocks = Enumerable.Range(start, end - start).Select(i => document[i]).ToList();
        foreach (var block in blocks)
        {
            document.Remove(block);
        }

        foreach (var block in blocks.Skip(1))
        {
            section.Add(block);
        }

        return section.Count == 0 ? "" : MarkdownRenderer.Render(section);
    }

    /// <summary>The heading's words, lower case, single-spaced: "## Impact:" and "## IMPACT" both read "impact".</summary>
    private static string Words(HeadingBlock heading)
    {
        var text = new StringBuilder();
        foreach (var literal in heading.Inline?.Descendants<LiteralInline>() ?? [])
        {
            foreach (var c in literal.Content.AsSpan())
            {
                text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
