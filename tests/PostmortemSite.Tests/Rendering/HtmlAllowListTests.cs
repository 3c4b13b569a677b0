using FsCheck;
using FsCheck.Fluent;
using Markdig;
using PostmortemSite.Format;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Rendering;

/// <summary>The quick check that lets a body skip the HTML parse must never let through what the parse would remove.</summary>
public sealed class HtmlAllowListTests
{
    // Markdig's output and what hostile or unusual HTML looks like, in pieces the property below recombines.
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<a href=\"https://example.com/x\">", "<a href=\"javascript:alert(1)\">", "<a href=\"java&#x73;cript:x\">", "</a>",
        "<a href=\"/incidents/x/\" rel=\"nofollow\">", "<h2 id=\"timeline\">", "</h2>", "<code>", "</code>", "<pre><code class=\"language-sql\">",
        "<td style=\"text-align: left;\">", "<td style=\"color: red\">", "<td style=\"text-align: left&#59;\">", "<img src=\"https://x/y.png\" alt=\"a\" />",
        "<img src=\"data:text/html,x\" />", "<script>", "</script>", "<svg>", "<math>", "<!-- c -->", "<!doctype html>", "<input type=\"checkbox\" disabled=\"disabled\" />",
        "<input type=\"text\" />", "<p onclick=\"x()\">", "<p ID=\"x\">", "<p id=x>", "<p\tid=\"x\">", "<p id = \"x\">", "<div data-x=\"1\">", "<span title=\"a<b>\">",
        "<br />", "<hr />", "<table>", "<tr>", "<th colspan=\"2\">", "</table>", "<col>", "<caption>", "<custom-tag>", "<p-x>", "<html lang=\"x\">", "<body onload=\"x\">",
        "<iframe>", "<textarea>", "</textarea>", "<style>", "<template>", "<a href=\"https://a.b/?q=1&amp;r=2\">", "<video src=\"https://x/v.mp4\" controls>",
        "<abbr title=\"x\">", "<mark>", "<li value=\"3\">", "<ol start=\"2\" type=\"a\">", "<ul>", "</ul>", "text", "&lt;script&gt;", "&amp;", "<", ">", "/", "\"",
        " ", "\n", "\0", "<a href=\"\">", "<a href>", "<p/>", "<p / >", "</p >", "<P>", "<image src=\"x\">", "</br>",
    ];

    [Fact]
    public void Html_the_quick_check_lets_through_is_left_unchanged_by_the_full_parse()
    {
        var documents = Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(documents, html => !HtmlAllowList.NothingToRemove(html) || HtmlAllowList.ApplyByParsing(html) == html)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Theory]
    [InlineData("<p onclick=\"x()\">a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>")]
    [InlineData("<a href=\"java&#x73;cript:alert(1)\">a</a>")]
    [InlineData("<td style=\"color: red\">a</td>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<svg><a href=\"https://x\">a</a></svg>")]
    [InlineData("<input type=\"text\" />")]
    [InlineData("<div data-x=\"1\">a</div>")]
    [InlineData("<!-- a comment -->")]
    public void What_the_parse_would_change_is_never_let_through_by_the_quick_check(string html)
    {
        Assert.False(HtmlAllowList.NothingToRemove(html));
    }

    [Fact]
    public void Ordinary_bodies_take_the_quick_path_and_render_as_the_full_parse_renders_them()
    {
        var bodies = new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(200, seed: 11).Select(f => f.Text)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "input", "postmortems"), "*.md").Select(File.ReadAllText));
        var quick = 0;
        var total = 0;
        foreach (var markdown in bodies)
        {
            var html = Markdown.ToHtml(markdown, BodyMarkdown.Pipeline);
            total++;
            if (HtmlAllowList.NothingToRemove(html))
            {
                quick++;
                Assert.Equal(html, HtmlAllowList.ApplyByParsing(html));
            }
        }

        Assert.True(quick > total * 9 / 10, $"{quick} of {total} bodies took the quick path");
    }
}
