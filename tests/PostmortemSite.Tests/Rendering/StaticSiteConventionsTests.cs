using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Rendering;

/// <summary>What a good static site has, checked on the sample library built as a GitHub project site.</summary>
public sealed class StaticSiteConventionsTests
{
    private const string BasePath = "/incident-library/";
    private const string SiteUrl = "https://example.github.io";

    private static readonly Lazy<Task<Dictionary<string, string>>> Site = new(BuildSampleAsync);

    private static async Task<Dictionary<string, string>> BuildSampleAsync()
    {
        var options = new SiteOptions(RepoPaths.Input, Path.Combine(Path.GetTempPath(), "unused-output"), BasePath, SiteUrl);
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(options, WriteMode.None);
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        return build.Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    private static IDocument Html(string text) => new HtmlParser().ParseDocument(text);

    [Fact]
    public async Task Robots_txt_allows_crawling_and_points_at_the_absolute_sitemap()
    {
        var files = await Site.Value;

        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {SiteUrl}{BasePath}sitemap.xml\n", files["robots.txt"]);
    }

    [Fact]
    public async Task Every_page_links_the_feed_and_has_description_open_graph_favicon_and_viewport()
    {
        var files = await Site.Value;

        foreach (var (path, text) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var head = Html(text).Head!;
            Assert.True(head.QuerySelector($"link[rel=alternate][type='application/atom+xml'][href='{BasePath}feed.xml']") is not null, $"{path} does not link the feed");
            Assert.False(string.IsNullOrWhiteSpace(head.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{path} has no description");
            Assert.False(string.IsNullOrWhiteSpace(head.QuerySelector("meta[property='og:title']")?.GetAttribute("content")), $"{path} has no og:title");
            Assert.NotNull(head.QuerySelector("meta[property='og:description']"));
            Assert.Equal($"{BasePath}assets/favicon.svg", head.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
            Assert.Contains("width=device-width", head.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_but_the_404_with_absolute_addresses()
    {
        var files = await Site.Value;
        var pages = files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Select(p => SiteUrl + BasePath + p[..^"index.html".Length]).Order(StringComparer.Ordinal);

        var listed = System.Xml.Linq.XDocument.Parse(files["sitemap.xml"]).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value);

        Assert.Equal(pages, listed);
        Assert.DoesNotContain(listed, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_404_page_works_at_any_depth_because_its_links_are_rooted_under_the_base_path()
    {
        // GitHub Pages serves /404.html for a missing /incident-library/a/b/c, so relative links would break.
        var files = await Site.Value;
        var page = Html(files["404.html"]);

        var references = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
            .ToList();

        Assert.NotEmpty(references);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        foreach (var reference in references.Where(r => r != "#main"))
        {
            Assert.StartsWith(BasePath, reference);
            var target = reference[BasePath.Length..];
            Assert.True(files.ContainsKey(target) || files.ContainsKey(target + "index.html"), $"404.html links to {reference}, which the site does not have");
        }
    }

    [Fact]
    public async Task The_stylesheet_follows_the_system_dark_mode_and_has_a_print_layout_and_a_narrow_layout()
    {
        var css = (await Site.Value)["assets/site.css"];

        Assert.Contains("@media (prefers-color-scheme: dark)", css);
        Assert.Contains("@media print", css);
        Assert.Matches(@"@media \(max-width: \d+rem\)", css);
    }
}
