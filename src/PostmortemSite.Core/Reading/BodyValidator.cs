using System.Buffers;
using PostmortemSite.Checking;
using PostmortemSite.Format;

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

    private static readonly SearchValues<char> BlockMarkers = SearchValues.Create("-*+.)>:^[|`~=");
    private static readonly SearchValues<char> InlineMarkers = SearchValues.Create("[]()*_~`!<>^=+");

    // Markdig gives up (ArgumentException) past 128 nested blocks, where a list level counts twice, and past
    // thousands of nested brackets or emphasis runs. Opening a block takes at least one marker character or one
    // column of indentation on the line, so a body below these counts cannot reach either limit, and the full
    // parse (a fifth of the read stage on a large library) is needed only for bodies that could.
    private const int SafeBlockMarkersPerLine = 32;
    private const int SafeInlineMarkers = 1000;

    public static Diagnostic? Validate(string body, string sourcePath, int bodyFirstLine)
    {
        var lineNumber = 0;
        var couldNestTooDeeply = false;
        var inlineMarkers = 0;
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

            couldNestTooDeeply |= columns + CountOf(line, BlockMarkers) >= SafeBlockMarkersPerLine;
            inlineMarkers += CountOf(line, InlineMarkers);
        }

        if (!couldNestTooDeeply && inlineMarkers < SafeInlineMarkers)
        {
            return null;
        }

        // The renderer's own pipeline decides: Markdig's guard against deeply nested brackets, emphasis or quotes
        // refuses exactly the bodies the render stage could not parse.
        return BodyMarkdown.TryParse(body) is null ? TooDeep(sourcePath, bodyFirstLine) : null;
    }

    private static int CountOf(ReadOnlySpan<char> text, SearchValues<char> values)
    {
        var count = 0;
        for (var at = text.IndexOfAny(values); at >= 0; at = text.IndexOfAny(values))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    private static Diagnostic TooDeep(string sourcePath, int line) =>
        Diagnostic.Error(DiagnosticCodes.BodyTooComplex, "the Markdown body is nested too deeply to render", new SourceLocation(sourcePath, line, 1),
            "flatten the nested lists, quotes or brackets near this line; put machine output in a fenced ``` block");
}
