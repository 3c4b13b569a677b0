using System.Text.RegularExpressions;

namespace PostmortemSite.Reading;

/// <summary>Finds a section of a Markdown body by its heading, for the parts other stages look at (root cause, timeline).</summary>
public static partial class MarkdownSections
{
    /// <summary>The text under the first ATX heading whose words start with <paramref name="heading"/>, up to the next heading of the same or a higher level.</summary>
    public static string? Find(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        var start = -1;
        var level = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || HeadingPattern().Match(line) is not { Success: true } match)
            {
                continue;
            }

            var thisLevel = match.Groups[1].Length;
            if (start >= 0 && thisLevel <= level)
            {
                return Join(lines, start, i);
            }

            if (start < 0 && Normalize(match.Groups[2].Value).StartsWith(heading, StringComparison.OrdinalIgnoreCase))
            {
                start = i + 1;
                level = thisLevel;
            }
        }

        return start >= 0 ? Join(lines, start, lines.Length) : null;
    }

    private static string Join(string[] lines, int from, int to) => string.Join('\n', lines[from..to]).Trim();

    private static string Normalize(string title) => NonWord().Replace(title, " ").Trim();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
