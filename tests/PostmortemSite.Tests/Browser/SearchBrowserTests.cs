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

    [BrowserFact]
    public async Task Every_result_shows_its_best_passage_highlighted_says_where_it_matched_and_links_to_matching_sections()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/?q=index"));
        await Assertions.Expect(page.Locator("[data-search-results][data-query='index'] .search-result").First).ToBeVisibleAsync();

        var results = page.Locator(".search-result");
        var count = await results.CountAsync();
        Assert.True(count >= 5, $"'index' should find at least 5 incidents, found {count}");
        for (var i = 0; i < count; i++)
        {
            var snippet = results.Nth(i).Locator(".result-snippet");
            Assert.True(await snippet.Locator("mark").CountAsync() > 0, $"result {i + 1}'s snippet shows no matched word: {await snippet.TextContentAsync()}");
            Assert.StartsWith("In ", await snippet.Locator(".result-where").TextContentAsync());
        }

        // Sub-results: up to three per result, each a different section with its own link.
        var lists = page.Locator(".result-sections");
        Assert.True(await lists.CountAsync() > 0, "some result should list its matching sections");
        for (var i = 0; i < await lists.CountAsync(); i++)
        {
            var names = await lists.Nth(i).Locator(".section-name").AllTextContentsAsync();
            var links = await lists.Nth(i).Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.InRange(names.Count, 1, 3);
            Assert.Equal(names.Count, names.Select(n => n.Split(',')[0]).Distinct().Count());
            Assert.Equal(links.Length, links.Distinct().Count());
            Assert.All(links, href => Assert.Matches(@"^/some-repo/incidents/[^/]+/\?highlight=[^#]+(#[^#]+)?$", href));
        }

        // A section link points at an element that exists on the incident page.
        var section = page.Locator(".result-sections a[href*='#']").First;
        var href = (await section.GetAttributeAsync("href"))!;
        Assert.Matches(@"/some-repo/incidents/[^/]+/\?highlight=[^#]+#.+", href);
        await section.ClickAsync();
        var anchor = Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]);
        await Assertions.Expect(page.Locator($"[id='{anchor}']")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Opening_a_result_highlights_the_query_on_the_incident_page_and_back_returns_to_the_results()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/?q=deadlock"));
        var first = page.Locator("[data-search-results][data-query='deadlock'] .search-result > a").First;
        await Assertions.Expect(first).ToBeVisibleAsync();

        await first.ClickAsync();

        await Assertions.Expect(page.Locator("article.incident mark.search-highlight").First).ToBeVisibleAsync();
        Assert.Contains("deadlock", (await page.Locator("mark.search-highlight").First.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/some-repo/incidents/[^/?]+/$"));
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/some-repo/search/\?q=deadlock$"));
        await Assertions.Expect(page.Locator("[data-search-results][data-query='deadlock'] .search-result").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_misspelt_word_is_searched_as_the_word_meant_and_the_page_says_so()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/?q=replciation"));

        await Assertions.Expect(page.Locator(".search-note").First).ToContainTextAsync("Showing results for “replication”");
        Assert.Contains("2024-09-30-orders-replica-lag", await ResultIdsAsync(page));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_question_with_no_incident_holding_every_word_shows_those_with_most_and_names_the_word_found_nowhere()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/?q=" + Uri.EscapeDataString("why did the wallet flag break checkout zyxwv")));

        await Assertions.Expect(page.Locator(".search-note").First).ToContainTextAsync("No incident has every word; showing those with most.");
        await Assertions.Expect(page.Locator(".search-note", new() { HasText = "No incident mentions" })).ToContainTextAsync("“zyxwv”");
        Assert.Equal("2024-06-25-checkout-wallet-flag", (await ResultIdsAsync(page))[0]);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task On_a_phone_the_results_come_before_the_filters_which_open_from_a_button()
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(_site!.Url("search/?q=latency"));
        await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        var toggle = page.Locator("[data-filters-toggle]");

        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-filters")).ToBeHiddenAsync();
        var firstResult = (await page.Locator(".search-result").First.BoundingBoxAsync())!;
        Assert.True(firstResult.Y < 844, $"the first result starts {firstResult.Y} px down, below the first screen");
        var box = (await toggle.BoundingBoxAsync())!;
        Assert.True(box.Height >= 44, $"the filters button is {box.Height} px tall; a thumb needs 44");

        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator(".search-filters fieldset").First).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Results_arriving_on_the_search_page_shift_no_layout()
    {
        foreach (var (query, count) in new[] { ("deadlock", 1), ("minutes", 11) })
        {
            await AssertNoLayoutShiftAsync(query, count);
        }
    }

    /// <summary>Opens the search page for the query on a phone, waits for at least count results (beyond the first ten, which render at once, the rest follow when idle) and the filters, and measures layout shift.</summary>
    private async Task AssertNoLayoutShiftAsync(string query, int count)
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 412, Height = 823 } });
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            window.__moved = [];
            new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) { window.__shift += e.value;
              (e.sources || []).forEach(s => window.__moved.push((s.node ? (s.node.className || s.node.nodeName) + ' "' + (s.node.textContent || '').slice(0, 30) + '"' : '?') + ' ' + s.previousRect.y + '->' + s.currentRect.y)); } } })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(_site!.Url("search/?q=" + query));
        await Assertions.Expect(page.Locator($"[data-search-results][data-query='{query}'] .search-result").First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.search-result').length >= {count}");
        // Filter counts arrive after the results; wait for them too, as Lighthouse would.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-filters fieldset').length > 0");

        var shift = await page.EvaluateAsync<double>("() => window.__shift");

        var moved = await page.EvaluateAsync<string[]>("() => window.__moved");
        Assert.True(shift < 0.01, $"'{query}': cumulative layout shift {shift:0.000} (moved: {string.Join(", ", moved)}); Lighthouse's best score needs it near zero");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_engine_runs_in_a_web_worker_which_fetches_the_shard_of_the_first_two_letters_while_typing()
    {
        var page = await browser.NewPageAsync();
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Context.Request += (_, request) => requested.Enqueue(request.Url);
        await page.GotoAsync(_site!.Url("search/"));

        await page.Locator("#search-page-q").PressSequentiallyAsync("de");
        await Assertions.Expect(page.Locator("[data-search-results][data-query='de']")).ToHaveCountAsync(1);
        await page.Locator("#search-page-q").PressSequentiallyAsync("adlock");
        await Assertions.Expect(page.Locator("[data-search-results][data-query='deadlock'] .search-result").First).ToBeVisibleAsync();

        Assert.Contains(page.Workers, w => w.Url.EndsWith("/some-repo/assets/search/worker.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("/some-repo/search/terms/de.json", StringComparison.Ordinal));
        // The page itself fetched no index file: shards were loaded and parsed in the worker.
        var onPage = await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => e.name.includes('/search/terms/')).length");
        Assert.Equal(0, onPage);
        await page.Context.CloseAsync();
    }

    private HashSet<string> IdsIn(string category) =>
        _site!.Library.Incidents.Where(p => p.RootCause.Category == category).Select(p => p.Id).ToHashSet();

    private static async Task<List<string>> ResultIdsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        var hrefs = await page.Locator(".search-result > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => System.Text.RegularExpressions.Regex.Match(h, "/incidents/([^/?#]+)/").Groups[1].Value).ToList();
    }
}
