using System.Text;
using Markdig;
using Markdig.Syntax;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// Markdown whose blocks of HTML (a table or timeline pasted from a wiki, a &lt;details&gt; block) are turned into
/// Markdown, so the extractor reads them like the rest. Only the blocks change; everything else stays as written.
/// </summary>
internal static class EmbeddedHtml
{
    // Parsing only finds where HTML blocks are: it must see raw HTML, which the rendering pipeline turns off.
    private static readonly MarkdownPipeline BlockFinder = new MarkdownPipelineBuilder().Build();

    public static bool MayContain(string markdown) => markdown.Contains('<', StringComparison.Ordinal);

    public static Conversion Convert(string markdown)
    {
        if (!MayContain(markdown))
        {
            return new Conversion(markdown, []);
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
