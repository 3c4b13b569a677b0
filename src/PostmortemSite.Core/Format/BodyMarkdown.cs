using Markdig;
using Markdig.Syntax;

namespace PostmortemSite.Format;

/// <summary>
/// The one Markdig pipeline for postmortem bodies. Validation, the editions' passage and link rewriting and rendering
/// all parse with it, so a body the reader accepts is a body the renderer parses, extension for extension.
/// </summary>
internal static class BodyMarkdown
{
    // Built once and shared: a built pipeline cannot change and is safe to use from many threads.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    /// <summary>The parsed body; null when Markdig refuses it (past its nesting limits for blocks, brackets or emphasis).</summary>
    public static MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
