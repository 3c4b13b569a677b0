using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Reading;
using PostmortemSite.Text;

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
        var fence = new CodeFence();
        var start = -1;
        var level = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!fence.Read(lines[i]) && !fence.Inside && Heading().Match(lines[i]) is { Success: true } match)
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

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();
}
