using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Format;
using PostmortemSite.Reading;
using PostmortemSite.Text;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// Markdown behind a template (MDX, .md.erb, .md.liquid and the like) as plain Markdown. Template code is dropped,
/// never evaluated: MDX import/export statements and {/* comments */}, ERB tags, Liquid/Jinja tags and expressions.
/// Components and HTML left in the text are then read as HTML. Code blocks and front matter are kept as written.
/// </summary>
internal static partial class TemplateMarkdown
{
    private const int MaxStatementLines = 200;

    public static Conversion Convert(string text, string fileName)
    {
        var isMdx = fileName.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
        var split = FrontMatter.Split(text);
        var head = split.Exists ? text[..^split.Body.Length] : "";
        var body = split.Exists ? split.Body : text;
        var leftOut = new List<string>();

        var kept = new StringBuilder(body.Length);
        var fence = new CodeFence(readsLiquidHighlight: true);
        var statement = 0;
        var balance = 0;
        var dropped = 0;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var inLiquidBlock = fence.InsideLiquidBlock;
            var isFence = fence.Read(trimmed);
            if (isFence && (inLiquidBlock || fence.InsideLiquidBlock))
            {
                // Jekyll's highlight block is a code block written as tags: it becomes a fence rather than bare lines of
                // code. A block may name no language, and Jekyll ends one on the last line of code too ("364d{%
                // endhighlight %}"). The fence reader follows backtick fences as well, so tags quoted inside one stay
                // as written.
                kept.Append(inLiquidBlock
                    ? CodeFence.CodeBeforeLiquidEnd(line) is { Length: > 0 } code ? code + "\n```" : "```"
                    : "```" + CodeFence.LiquidLanguage(trimmed)).Append('\n');
                continue;
            }

            if (!fence.Inside && !isFence && isMdx && statement == 0 && (trimmed.StartsWith("import ", StringComparison.Ordinal) || trimmed.StartsWith("export ", StringComparison.Ordinal)) && line.Length == trimmed.Length)
            {
                statement = 1;
                balance = 0;
                dropped++;
            }

            if (statement > 0)
            {
                // An import or export runs until its braces and brackets close: "export const meta = {" ... "}".
                balance += line.Count(c => c is '{' or '(' or '[') - line.Count(c => c is '}' or ')' or ']');
                var open = balance > 0 || trimmed.EndsWith(',') || trimmed.EndsWith('=');
                statement = open && statement < MaxStatementLines ? statement + 1 : 0;
                continue;
            }

            kept.Append(line).Append('\n');
        }

        if (dropped > 0)
        {
            leftOut.Add($"{dropped} MDX import/export statement{(dropped == 1 ? "" : "s")}");
        }

        var markdown = kept.Length > 0 ? kept.ToString(0, kept.Length - 1) : "";
        var tags = ErbTag().Count(markdown) + (isMdx ? MdxComment().Count(markdown) + MdxExpressionLine().Count(markdown) : CurlyTag().Count(markdown));
        markdown = ErbTag().Replace(markdown, "");
        markdown = isMdx ? MdxExpressionLine().Replace(MdxComment().Replace(markdown, ""), "") : CurlyTag().Replace(markdown, "");
        if (tags > 0)
        {
            leftOut.Add($"{tags} template tag{(tags == 1 ? "" : "s")} (not evaluated)");
        }

        var converted = EmbeddedHtml.Convert(markdown);
        return new Conversion(head + converted.Markdown, [.. leftOut, .. converted.LeftOut]);
    }

    [GeneratedRegex(@"<%.*?%>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ErbTag();

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex CurlyTag();

    [GeneratedRegex(@"\{/\*.*?\*/\}", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex MdxComment();

    [GeneratedRegex(@"^[ \t]*\{[^\n{}]*\}[ \t]*$", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex MdxExpressionLine();
}
