using FsCheck;
using FsCheck.Fluent;
using Markdig;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;

namespace PostmortemSite.Tests.Reading;

/// <summary>
/// The validator skips Markdig's full parse for bodies too shallow to reach its nesting limits. That shortcut is
/// only safe if every body the renderer refuses is still reported, which these tests check on bodies built to nest.
/// The renderer itself is asked, so validation cannot drift from rendering.
/// </summary>
public sealed class BodyValidatorTests
{

    // Each opens one more level of a block or inline container when repeated.
    private static readonly string[] Openers = ["- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "[", "*", "_", "**", "~~", "[a](", "::: ", "^^ ", ": ", "  ", "\n", "x", " "];

    [Fact]
    public void Every_body_markdig_rejects_is_reported()
    {
        var bodies = Gen.Elements(Openers)
            .SelectMany(opener => Gen.Choose(20, 160).SelectMany(times => Gen.Elements(Openers).ArrayOf()
                .Select(noise => string.Concat(Enumerable.Repeat(opener, times)) + string.Concat(noise) + "text")))
            .ToArbitrary();

        var rejected = 0;
        Prop.ForAll(bodies, body =>
        {
            if (!RendererRefuses(body))
            {
                return true;
            }

            rejected++;
            return BodyValidator.Validate(body, "deep.md", 1) is { Code: "PM020" };
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));

        // The generator must really produce rejected bodies, or the property above proves nothing.
        Assert.True(rejected > 20, $"only {rejected} generated bodies were deep enough for Markdig to reject");
    }

    [Theory]
    [InlineData(64, "- ")]
    [InlineData(64, "1. ")]
    [InlineData(128, "> ")]
    public void Nesting_at_markdigs_limit_on_one_line_is_reported(int times, string opener)
    {
        var body = "Intro.\n\n" + string.Concat(Enumerable.Repeat(opener, times)) + "x\n";

        Assert.True(RendererRefuses(body));
        Assert.Equal("PM020", BodyValidator.Validate(body, "deep.md", 1)?.Code);
    }

    [Fact]
    public void An_ordinary_body_passes()
    {
        const string body = "## Summary\n\nThe **orders** index was dropped.\n\n- first\n  - second\n    1. third\n\n> quoted [link](https://example.com)\n";

        Assert.Null(BodyValidator.Validate(body, "ok.md", 1));
    }

    [Fact]
    public void Containers_nested_only_through_the_renderers_extensions_are_refused_by_validation_as_by_rendering()
    {
        // Each fence is shorter than the one before, so each opens a custom container inside the last: an extension
        // construct. Plain CommonMark reads the same lines as one paragraph of colons.
        var body = "Intro.\n\n" + string.Join('\n', Enumerable.Range(0, 140).Select(level => new string(':', 300 - level) + " note")) + "\n";

        Assert.True(ParsesWithoutExtensions(body));
        Assert.True(RendererRefuses(body));
        Assert.StartsWith("<pre>", MarkdownRenderer.ToHtml(body), StringComparison.Ordinal);
        Assert.Equal("PM020", BodyValidator.Validate(body, "containers.md", 1)?.Code);
    }

    [Fact]
    public void A_table_the_renderers_extensions_parse_is_accepted_and_rendered_as_a_table()
    {
        const string body = "## Impact\n\n| region | errors |\n| --- | --- |\n| eu | 12% |\n\n::: note\nchecked twice\n:::\n";

        Assert.Null(BodyValidator.Validate(body, "table.md", 1));
        Assert.Contains("<table>", MarkdownRenderer.ToHtml(body), StringComparison.Ordinal);
    }

    private static bool RendererRefuses(string body) => MarkdownRenderer.Parse(body, _ => null) is null;

    private static bool ParsesWithoutExtensions(string body)
    {
        try
        {
            Markdown.Parse(body, new MarkdownPipelineBuilder().DisableHtml().Build());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
