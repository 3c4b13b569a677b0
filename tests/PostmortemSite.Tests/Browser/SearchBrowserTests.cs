using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Browser;

/// <summary>Search in a real browser: the built sample site served over HTTP under a sub-path, as on GitHub Pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string BasePath = "/some-repo/";

    private HostedSite? _site;

    public async Task InitializeAsync() => _site = await HostedSite.StartAsync(BasePath);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task Typing_deadlock_shows_the_deadlock_incidents_first_and_puts_the_query_in_the_url()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/"));

        await page.Locator("#search-page-q").PressSequentiallyAsync("deadlock");

        var expected = IdsIn("database/locking");
        await Assertions.Expect(page.Locator("[data-search-results][data-query='deadlock'] .search-result").First).ToBeVisibleAsync();
        Assert.Equal(expected, (await ResultIdsAsync(page)).Take(expected.Count).ToHashSet());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/some-repo/search/\?q=deadlock$"));
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0, "matching words are highlighted");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Typing_index_shows_the_database_index_incidents_first()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/"));

        await page.Locator("#search-page-q").FillAsync("index");

        var expected = IdsIn("database/index");
        await Assertions.Expect(page.Locator("[data-search-results][data-query='index'] .search-result").First).ToBeVisibleAsync();
        Assert.Equal(expected, (await ResultIdsAsync(page)).Take(expected.Count).ToHashSet());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_shared_search_url_shows_its_results_and_slash_focuses_the_header_box_on_other_pages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/?q=cause%3Anetwork%2Fdns"));
        await Assertions.Expect(page.Locator("#search-page-q")).ToHaveValueAsync("cause:network/dns");
        Assert.Equal(IdsIn("network/dns"), (await ResultIdsAsync(page)).ToHashSet());

        await page.GotoAsync(_site!.Url(""));
        await page.Locator("body").PressAsync("/");
        await Assertions.Expect(page.Locator("#site-search-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("deadl");
        await Assertions.Expect(page.Locator("#site-search-popup[data-query='deadl'] [role=option]").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        // Start waiting before pressing: waiting afterwards can miss a navigation that already committed.
        var navigation = page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/some-repo/incidents/"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await navigation;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Enter on the first suggestion should open its incident, but the page is at {page.Url}");
        }

        Assert.Contains(IdsIn("database/locking"), id => page.Url.Contains(id, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_search_page_with_results_and_filters_has_no_axe_violations_in_light_and_dark_mode()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            await page.GotoAsync(_site!.Url("search/?q=latency"));
            await Assertions.Expect(page.Locator(".search-filters fieldset").First).ToBeVisibleAsync();

            var result = await page.RunAxe();

            var found = result.Violations.Select(v => $"{v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(3).Select(n => n.Html))).ToList();
            Assert.True(found.Count == 0, $"axe found {found.Count} violation(s) on the search page ({scheme}):\n" + string.Join("\n", found));
            await page.Context.CloseAsync();
        }
    }

    private HashSet<string> IdsIn(string category) =>
        _site!.Library.Incidents.Where(p => p.RootCause.Category == category).Select(p => p.Id).ToHashSet();

    private static async Task<List<string>> ResultIdsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        var hrefs = await page.Locator(".search-result > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => h.TrimEnd('/').Split('/')[^1]).ToList();
    }
}
