using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Reading;

public sealed partial class MarkdownSectionsTests
{
    private static readonly string[] Pieces =
    [
        "\n", "# Root cause", "## Root Cause:", "### root causes", "## Timeline", "#Timeline", "    ## Timeline", " # Summary #", "## ", "#######",
        "text", "  indented", "```", " ~~~", "\t", "\r", "é", "# ", "#", "##  Timeline  ##", "Root cause", "\n\n",
    ];

    [Theory]
    [InlineData("## Summary\nx\n## Root cause\n\nBecause.\n\n### Detail\nmore\n## Next\ny", "root cause")]
    [InlineData("# Timeline\n```\n# not a heading\n```\n- 10:00 start\n# End", "timeline")]
    [InlineData("## Root cause", "root cause")]
    [InlineData("## Root cause\n", "root cause")]
    [InlineData("## Root cause\n## Next\n", "root cause")]
    [InlineData("no headings at all\n", "root cause")]
    public void A_section_is_the_text_under_its_heading_as_the_line_by_line_reading_gives(string markdown, string heading) =>
        Assert.Equal(LineByLine(markdown, heading), MarkdownSections.Find(markdown, heading));

    [Fact]
    public void Any_body_gives_the_same_section_as_the_line_by_line_reading()
    {
        var bodies = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(bodies, body => LineByLine(body, "root cause") == MarkdownSections.Find(body, "root cause") && LineByLine(body, "timeline") == MarkdownSections.Find(body, "timeline"))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    /// <summary>The first, obviously correct version (split into lines, then join the section's lines back), kept as the oracle for the faster one.</summary>
    private static string? LineByLine(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        (char Marker, int Length)? fence = null;
        var start = -1;
        var level = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            // CommonMark fences, written out here independently of the code under test.
            if (Fence().Match(lines[i]) is { Success: true } opening)
            {
                var marker = opening.Groups[1].Value;
                if (fence is null && (marker[0] == '~' || !opening.Groups[2].Value.Contains('`')))
                {
                    fence = (marker[0], marker.Length);
                    continue;
                }

                if (fence is { } open && marker[0] == open.Marker && marker.Length >= open.Length && opening.Groups[2].Value.Trim().Length == 0)
                {
                    fence = null;
                    continue;
                }
            }

            if (fence is null && Heading().Match(lines[i]) is { Success: true } match)
            {
                if (start >= 0 && match.Groups[1].Length <= level)
                {
                    return string.Join('\n', lines[start..i]).Trim();
                }

                if (start < 0 && Regex.Replace(match.Groups[2].Value, @"[^\p{L}\p{N}]+", " ").Trim().StartsWith(heading, StringComparison.OrdinalIgnoreCase))
                {
                    (start, level) = (i + 1, match.Groups[1].Length);
                }
            }
        }

        return start >= 0 ? string.Join('\n', lines[start..]).Trim() : null;
    }

    [GeneratedRegex(@"^\s*(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();
}
