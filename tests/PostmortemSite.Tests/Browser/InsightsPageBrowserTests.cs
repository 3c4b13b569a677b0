using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InsightsPageBrowserTests(BrowserFixture browser)
{
    private const string BasePath = "/some-repo/";

    [BrowserFact]
    public async Task The_insights_page_shows_its_titled_svg_charts_under_a_sub_path_with_no_axe_violations_in_light_and_dark_mode()
    {
        using var folder = new TempFolder();
        await BuildSampleSiteAsync(folder);
        await using var host = await StaticSiteHost.StartAsync(folder.Combine("site"), BasePath);

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            var response = await page.GotoAsync(host.Url("insights/"));
            Assert.Equal(200, response!.Status);

            var charts = await page.Locator("svg[role=img]").AllAsync();
            Assert.NotEmpty(charts);
            foreach (var chart in charts)
            {
                Assert.False(string.IsNullOrWhiteSpace(await chart.Locator(":scope > title").TextContentAsync()));
                Assert.True((await chart.BoundingBoxAsync())?.Width > 100, "each chart is laid out at a readable width");
            }

            // The stylesheet came through the sub-path: bars take their colour from it, not the SVG default black.
            var barFill = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('svg .bar')).fill");
            Assert.NotEqual("rgb(0, 0, 0)", barFill);

            AssertNoViolations(await page.RunAxe(), $"insights page ({scheme})");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_false_leads_and_action_pages_have_no_axe_violations()
    {
        using var folder = new TempFolder();
        await BuildSampleSiteAsync(folder);
        await using var host = await StaticSiteHost.StartAsync(folder.Combine("site"), BasePath);
        var page = await browser.NewPageAsync();

        foreach (var path in new[] { "false-leads/", "actions/", "causes/database/index/", "incidents/2023-02-14-orders-missing-index/" })
        {
            var response = await page.GotoAsync(host.Url(path));
            Assert.Equal(200, response!.Status);
            AssertNoViolations(await page.RunAxe(), path);
        }

        await page.Context.CloseAsync();
    }

    private static async Task BuildSampleSiteAsync(TempFolder folder)
    {
        var build = await Support.CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", folder.Combine("site"), "--base-path", BasePath);
        Assert.True(build.ExitCode == 0, build.All);
    }

    private static void AssertNoViolations(AxeResult result, string where)
    {
        var found = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(3).Select(n => n.Html)))
            .ToList();
        Assert.True(found.Count == 0, $"axe found {found.Count} violation(s) on {where}:\n" + string.Join("\n", found));
    }
}
