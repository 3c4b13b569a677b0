using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostmortemSite.Format;

namespace PostmortemSite.Editions;

/// <summary>
/// A public write-up may link a left-out incident by its file name ("see 2024-03-acme.md"). The link's address would
/// still name that incident (in the search index, which reads the Markdown), so the public edition points it at "#".
/// </summary>
internal static class LeftOutLinks
{
    public const string Nowhere = "#";

    /// <param name="leftOut">File names without extension and ids of the incidents the edition leaves out.</param>
    public static string Unlink(string markdown, IReadOnlySet<string> leftOut)
    {
        if (leftOut.Count == 0 || !markdown.Contains(']', StringComparison.Ordinal))
        {
            return markdown;
        }

        if (BodyMarkdown.TryParse(markdown) is not { } document)
        {
            return markdown;
        }

        var spans = document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => (l.Url, l.UrlSpan))
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(d => (d.Url, d.UrlSpan)))
            .Where(x => x.Url is not null && x.UrlSpan.Length > 0 && x.UrlSpan.End < markdown.Length && Names(x.Url).Any(leftOut.Contains))
            .Select(x => x.UrlSpan)
            .OrderByDescending(s => s.Start)
            .ToList();
        var text = markdown;
        foreach (var span in spans)
        {
            text = string.Concat(text.AsSpan(0, span.Start), Nowhere, text.AsSpan(span.End + 1));
        }

        return text;
    }

    /// <summary>The names a relative link can reach an incident by, as the renderer resolves them.</summary>
    private static IEnumerable<string> Names(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#'))
        {
            yield break;
        }

        var path = url.Split('#', 2)[0].Split('?', 2)[0].TrimEnd('/');
        yield return Path.GetFileNameWithoutExtension(path);
        yield return Path.GetFileName(path);
    }
}
