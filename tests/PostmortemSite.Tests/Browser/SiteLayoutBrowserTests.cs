using Microsoft.Playwright;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Browser;

/// <summary>The sample site as a first-hour user sees it at 1280 px and at 390 px: list, register, header, tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteLayoutBrowserTests(BrowserFixture browser)
{
    private const string BasePath = "/kb/";
    private const string TicketUrl = "https://tracker.example/browse/{id}";

    // Built once for the class; the folder lives as long as the test process, like the browser.
    private static readonly Lazy<Task<(StaticSiteHost Host, int Incidents)>> Sample = new(async () =>
    {
        var folder = new TempFolder();
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, folder.Combine("site"), BasePath) { TicketUrl = TicketUrl });
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        return (await StaticSiteHost.StartAsync(folder.Combine("site"), BasePath), build.KnowledgeBase!.Incidents.Count);
    });

    private static async Task<StaticSiteHost> HostAsync() => (await Sample.Value).Host;

    private async Task<IPage> PageAsync(int width) =>
        await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });

    [BrowserFact]
    public async Task The_incidents_menu_and_the_home_page_lead_to_a_table_of_every_incident_that_sorts_and_filters()
    {
        var (host, incidents) = await Sample.Value;
        var page = await PageAsync(1280);
        await page.GotoAsync(host.Url(""));
        Assert.Equal(BasePath + "incidents/", await page.Locator("nav[aria-label=Main] a", new() { HasTextString = "Incidents" }).GetAttributeAsync("href"));
        await page.Locator("main a", new() { HasTextString = $"All {incidents} incidents" }).ClickAsync();
        // The click returns once the new page starts arriving; its table is counted only when the whole document is parsed.
        await page.WaitForURLAsync("**/kb/incidents/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.EndsWith("/kb/incidents/", page.Url);

        var rows = page.Locator("[data-incident-table] tbody tr");
        Assert.Equal(incidents, await rows.CountAsync());
        Assert.Equal(["Date", "Title", "Severity", "Root cause", "Duration", "Services"], (await page.Locator("[data-incident-table] thead th").AllTextContentsAsync()).Select(t => t.Trim(' ', '↕', '↑', '↓')).ToArray());

        // The filters appear once the script has the whole list; choosing a severity keeps only those rows.
        await page.Locator("[data-incident-filters]").WaitForAsync();
        await page.SelectOptionAsync("[data-incident-filters] select[name=severity]", "SEV1");
        var severities = await page.Locator("[data-incident-table] tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.NotEmpty(severities);
        Assert.True(severities.Count < incidents);
        Assert.All(severities, s => Assert.Equal("SEV1", s.Trim()));

        await page.SelectOptionAsync("[data-incident-filters] select[name=severity]", "");
        await page.Locator("[data-incident-table] th[data-sort=title] button").ClickAsync();
        var titles = (await page.Locator("[data-incident-table] tbody tr td:nth-child(2) a").AllTextContentsAsync()).ToList();
        Assert.Equal(incidents, titles.Count);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase).ToList(), titles, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("ascending", await page.Locator("[data-incident-table] th[data-sort=title]").GetAttributeAsync("aria-sort"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Without_javascript_the_incident_list_is_a_plain_table_with_no_dead_controls()
    {
        var (host, incidents) = await Sample.Value;
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(host.Url("incidents/"));

        Assert.Equal(incidents, await page.Locator("[data-incident-table] tbody tr").CountAsync());
        Assert.False(await page.Locator("[data-incident-filters]").IsVisibleAsync());
        Assert.True(await page.Locator("nav[aria-label=Main] a", new() { HasTextString = "Actions" }).IsVisibleAsync(), "without script the menu stays open");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_action_register_filters_by_owner_and_overdue_sorts_by_due_date_and_links_tickets()
    {
        var host = await HostAsync();
        var page = await PageAsync(1280);
        await page.GotoAsync(host.Url("actions/"));
        var rows = page.Locator("[data-action-table] tbody tr");
        var total = await rows.CountAsync();
        await page.Locator("[data-action-filters]").WaitForAsync();

        await page.CheckAsync("[data-action-filters] input[name=overdue]");
        var overdue = page.Locator("[data-action-table] tbody tr:visible");
        Assert.InRange(await overdue.CountAsync(), 1, total - 1);
        Assert.All(await overdue.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.overdue)"), o => Assert.Equal("yes", o));
        await page.UncheckAsync("[data-action-filters] input[name=overdue]");

        var owner = await page.Locator("[data-action-filters] select[name=owner] option:nth-child(2)").GetAttributeAsync("value");
        await page.SelectOptionAsync("[data-action-filters] select[name=owner]", owner!);
        Assert.All(await page.Locator("[data-action-table] tbody tr:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.owner)"), o => Assert.Equal(owner, o));
        await page.SelectOptionAsync("[data-action-filters] select[name=owner]", "");

        await page.Locator("[data-sort-due-button]").ClickAsync();
        var dues = (await page.Locator("[data-action-table] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.due)")).Where(d => d.Length > 0).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal).ToList(), dues);

        // Tickets link to the tracker; status words and ticket ids never break inside.
        var ticket = page.Locator("[data-action-table] a.ticket").First;
        Assert.StartsWith("https://tracker.example/browse/", await ticket.GetAttributeAsync("href"));
        Assert.Equal("nowrap", await ticket.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace"));
        Assert.Equal("nowrap", await page.Locator("[data-action-table] .status").First.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace"));

        Assert.True(await page.Locator("#overdue-by-owner").IsVisibleAsync());
        Assert.True(await page.Locator(".owner-group").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task At_390_px_the_header_is_compact_with_a_menu_button_and_a_wide_markdown_table_scrolls_in_its_own_box()
    {
        using var folder = new TempFolder();
        folder.Write("input/postmortems/wide.md", SampleSite.Postmortem("Wide table", body: "## Summary\n\n| " + string.Join(" | ", Enumerable.Range(1, 14).Select(i => $"column_number_{i}")) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 14)) + "\n| " + string.Join(" | ", Enumerable.Range(1, 14).Select(i => $"value_{i}_long_enough")) + " |\n"));
        folder.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(folder.Combine("input"), folder.Combine("site")));
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        await using var host = await StaticSiteHost.StartAsync(folder.Combine("site"));

        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(host.Url("incidents/wide/"));
        Assert.True(await page.Locator(".body table").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page itself does not scroll sideways");
        Assert.True(await page.Locator(".body table").EvaluateAsync<bool>("t => t.scrollWidth > t.clientWidth"), "the table scrolls in its own box");

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 110, $"the header is {header.Height} px tall");
        var menu = page.Locator(".menu-button");
        Assert.True(await menu.IsVisibleAsync());
        Assert.False(await page.Locator("#site-menu").IsVisibleAsync());
        await menu.ClickAsync();
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#site-menu a", new() { HasTextString = "Actions" }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task At_1280_px_the_search_box_shares_the_header_row_charts_use_the_width_and_cause_tables_line_up()
    {
        var host = await HostAsync();
        var page = await PageAsync(1280);
        await page.GotoAsync(host.Url("insights/"));
        Assert.False(await page.Locator(".menu-button").IsVisibleAsync());
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        var search = await page.Locator(".site-search input").BoundingBoxAsync();
        Assert.True(Math.Abs(brand!.Y + brand.Height / 2 - (search!.Y + search.Height / 2)) < 12, "the search box is on the brand's row");
        var main = await page.Locator("main").BoundingBoxAsync();
        var pair = await page.Locator(".chart-pair").First.BoundingBoxAsync();
        Assert.True(pair!.Width > main!.Width * 0.9, "a chart and its table together fill the content width");

        await page.GotoAsync(host.Url("causes/"));
        var widths = await page.Locator("table.cause-table").EvaluateAllAsync<double[]>("ts => ts.map(t => t.querySelector('th').getBoundingClientRect().width)");
        Assert.True(widths.Length > 1);
        Assert.All(widths, w => Assert.InRange(w, widths[0] - 1, widths[0] + 1));
        await page.Context.CloseAsync();
    }
}
