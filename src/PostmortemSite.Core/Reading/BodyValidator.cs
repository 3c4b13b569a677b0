using Markdig;
using PostmortemSite.Checking;

namespace PostmortemSite.Reading;

/// <summary>
/// Rejects Markdown bodies the renderer cannot handle in reasonable time. Checked while reading, in parallel,
/// so a hostile file becomes a diagnostic with a line rather than a crash or a hang in the render stage.
/// </summary>
internal static class BodyValidator
{
    // Markdig's list parsing is quadratic in nesting depth: 1,000 levels take seconds, 3,000 minutes.
    // No real postmortem indents anywhere near this far.
    private const int MaxIndentColumns = 160;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static Diagnostic? Validate(string body, string sourcePath, int bodyFirstLine)
    {
        var lineNumber = 0;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var columns = 0;
            foreach (var c in line)
            {
                if (c == ' ' || c == '>')
                {
                    columns++;
                }
                else if (c == '\t')
                {
                    columns += 4;
                }
                else
                {
                    break;
                }
            }

            if (columns > MaxIndentColumns)
            {
                return TooDeep(sourcePath, bodyFirstLine + lineNumber - 1);
            }
        }

        try
        {
            Markdown.Parse(body, Pipeline);
            return null;
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against deeply nested brackets, emphasis or quotes.
            return TooDeep(sourcePath, bodyFirstLine);
        }
    }

    private static Diagnostic TooDeep(string sourcePath, int line) =>
        Diagnostic.Error(DiagnosticCodes.BodyTooComplex, "the Markdown body is nested too deeply to render", new SourceLocation(sourcePath, line, 1),
            "flatten the nested lists, quotes or brackets near this line; put machine output in a fenced ``` block");
}
