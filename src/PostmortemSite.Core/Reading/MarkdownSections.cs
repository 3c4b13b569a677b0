using System.Text.RegularExpressions;
using PostmortemSite.Text;

namespace PostmortemSite.Reading;

/// <summary>Finds a section of a Markdown body by its heading, for the parts other stages look at (root cause, timeline).</summary>
internal static partial class MarkdownSections
{
    /// <summary>The text under the first ATX heading whose words start with <paramref name="heading"/>, up to the next heading of the same or a higher level.</summary>
    public static string? Find(string markdown, string heading)
    {
        // Walks the lines in place: the section is one slice of the text, so no line needs a string of its own.
        var fence = new CodeFence();
        var start = -1;
        var level = 0;
        for (var position = 0; position <= markdown.Length;)
        {
            var newline = markdown.IndexOf('\n', position);
            var lineEnd = newline < 0 ? markdown.Length : newline;
            var line = markdown.AsSpan(position, lineEnd - position);
            var lineStart = position;
            position = lineEnd + 1;

            var trimmed = line.TrimStart();
            if (fence.Read(trimmed))
            {
                continue;
            }

            // Most lines are not headings; a heading starts with '#' after its indent, so the regex only sees those.
            if (fence.Inside || !trimmed.StartsWith('#') || HeadingPattern().Match(line.ToString()) is not { Success: true } match)
            {
                continue;
            }

            var thisLevel = match.Groups[1].Length;
            if (start >= 0 && thisLevel <= level)
            {
                return Slice(markdown, start, lineStart - 1);
            }

            if (start < 0 && Normalize(match.Groups[2].Value).StartsWith(heading, StringComparison.OrdinalIgnoreCase))
            {
                start = position;
                level = thisLevel;
            }
        }

        return start >= 0 ? Slice(markdown, start, markdown.Length) : null;
    }

    /// <summary>The trimmed text from <paramref name="from"/> up to <paramref name="to"/>; empty when the heading is followed directly by the next one or ends the text.</summary>
    private static string Slice(string markdown, int from, int to) => from < to ? markdown.AsSpan(from, to - from).Trim().ToString() : "";

    private static string Normalize(string title) => NonWord().Replace(title, " ").Trim();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
