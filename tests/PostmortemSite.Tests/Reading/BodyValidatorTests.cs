using FsCheck;
using FsCheck.Fluent;
using Markdig;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Reading;

/// <summary>
/// The validator skips Markdig's full parse for bodies too shallow to reach its nesting limits. That shortcut is
/// only safe if every body Markdig rejects is still reported, which these tests check on bodies built to nest.
/// </summary>
public sealed class BodyValidatorTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

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
            if (!MarkdigRejects(body))
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

        Assert.True(MarkdigRejects(body));
        Assert.Equal("PM020", BodyValidator.Validate(body, "deep.md", 1)?.Code);
    }

    [Fact]
    public void An_ordinary_body_passes()
    {
        const string body = "## Summary\n\nThe **orders** index was dropped.\n\n- first\n  - second\n    1. third\n\n> quoted [link](https://example.com)\n";

        Assert.Null(BodyValidator.Validate(body, "ok.md", 1));
    }

    private static bool MarkdigRejects(string body)
    {
        try
        {
            Markdown.Parse(body, Pipeline);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
