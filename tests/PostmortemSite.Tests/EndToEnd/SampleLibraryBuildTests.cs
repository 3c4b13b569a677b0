using AngleSharp.Html.Parser;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.EndToEnd;

public sealed class SampleLibraryBuildTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/some-repo/")]
    public async Task Every_internal_link_of_the_sample_site_resolves(string basePath)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");

        var result = await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", output, "--base-path", basePath);

        Assert.True(result.ExitCode == 0, result.All);
        var broken = SiteLinkChecker.FindBrokenLinks(output, basePath);
        Assert.Empty(broken);
        Assert.True(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length > 50);
    }

    [Fact]
    public async Task The_link_checker_notices_a_broken_link()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", output);
        File.AppendAllText(Path.Combine(output, "index.html"), "<a href=\"/incidents/no-such-incident/\">x</a>");

        var broken = SiteLinkChecker.FindBrokenLinks(output, "/");

        Assert.Contains("index.html -> /incidents/no-such-incident/", broken);
    }

    [Fact]
    public async Task The_sample_library_passes_check_without_warnings()
    {
        var result = await CliRunner.RunAsync("check", "--input", RepoPaths.Input);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s), 0 warning(s)", result.Output);
    }

    [Fact]
    public void The_sample_library_covers_enough_categories_to_show_cross_linking()
    {
        var categories = Directory.GetFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md")
            .Select(f => File.ReadAllLines(f).SkipWhile(l => l.Trim() != "root_cause:").Skip(1).First(l => l.Trim().StartsWith("category:", StringComparison.Ordinal)).Split(':', 2)[1].Trim())
            .ToList();

        Assert.True(categories.Count >= 12);
        Assert.True(categories.Distinct().Count() >= 8);
        Assert.True(categories.Count(c => c == "database/index") >= 3);
        Assert.True(categories.Count(c => c == "database/locking") >= 2);
    }

    [Fact]
    public async Task Index_incidents_link_to_each_other_as_related_with_the_reason_shown()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", output);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "incidents", "2023-02-14-orders-missing-index", "index.html")));
        var related = page.QuerySelectorAll("ul.related li").Select(li => li.TextContent).ToList();

        Assert.Contains(related, r => r.Contains("Same root cause", StringComparison.OrdinalIgnoreCase) || r.Contains("same root cause", StringComparison.Ordinal));
        var relatedLinks = page.QuerySelectorAll("ul.related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/incidents/2023-05-09-inventory-sku-seq-scan/", relatedLinks);
        Assert.Contains("/incidents/2024-08-21-ledger-invalid-index/", relatedLinks);
    }

    [Fact]
    public async Task The_home_page_leads_to_every_way_of_browsing_and_learning()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", output, "--base-path", "/lib/");

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        var links = home.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        foreach (var page in new[] { "causes/", "services/", "tags/", "years/", "insights/", "false-leads/", "actions/" })
        {
            Assert.Contains("/lib/" + page, links);
        }
    }
}
