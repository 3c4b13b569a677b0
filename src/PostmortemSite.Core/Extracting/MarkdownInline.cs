using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>Markdown written inside a line, read for what it says: a link for its words, a picture for nothing.</summary>
internal static partial class MarkdownInline
{
    /// <summary>"unavailable to [sleeping databases](https://…) for 5.5 hours": a link says its words, not its address.</summary>
    public static string WithLinkText(string text) => Link().Replace(text, "${words}");

    /// <summary>The addresses of the links in a line: "[the news](https://example.com/2022/04/25/story/)" gives the address.</summary>
    public static IEnumerable<string> LinkAddresses(string text) =>
        Link().Matches(text).Concat(AutoLink().Matches(text)).Select(m => m.Groups["address"].Value);

    /// <summary>"&lt;https://example.com/2022/04/25/story/&gt;": an address written as its own link.</summary>
    [GeneratedRegex(@"<(?<address>https?://[^>\s]{1,500})>")]
    private static partial Regex AutoLink();

    /// <summary>"![Chart](https://…/chart.png)", with a title after the address, brackets in it, or a link around the picture.</summary>
    public static string WithoutPictures(string text) => Picture().Replace(text, "");

    /// <summary>
    /// "Recorder logs `Ended unfinished session (id=81 from 2026-07-29)`": a code span quotes a log or a setting, not the
    /// writer's own words. A span that holds only a date ("On `2024-03-12` the API was down") is the writer's, and a
    /// backtick inside a word ("didn`t") is an apostrophe, which opens no span.
    /// </summary>
    public static string WithoutCodeSpans(string text) =>
        CodeSpan().Replace(text, span => OnlyADate().IsMatch(span.Groups["code"].Value) ? span.Groups["code"].Value : " ");

    [GeneratedRegex(@"(?<![\w`])`(?<code>[^`\n]{1,300})`(?![\w`])")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[\d\s:./TZ+-]+$")]
    private static partial Regex OnlyADate();

    [GeneratedRegex(@"\[(?<words>[^\]\n]{1,300})\]\((?<address>[^)\s]{1,500})\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[?!\[[^\[\]]{0,200}\]\((?:[^()]|\([^()]{0,100}\)){0,500}\)(?:\]\((?:[^()]|\([^()]{0,100}\)){0,500}\))?")]
    private static partial Regex Picture();
}
