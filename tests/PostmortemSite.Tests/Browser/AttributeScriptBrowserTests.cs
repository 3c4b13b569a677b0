using Microsoft.Playwright;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Browser;

/// <summary>
/// Markdown attribute syntax (<c>{onerror="..."}</c>, <c>{autofocus onfocus="..."}</c>) loaded in Chromium: no handler
/// runs on load, focus, hover or click, and the page's Content-Security-Policy stops inline script the allow-list
/// might miss, while the site's own scripts keep working under it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AttributeScriptBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string BasePath = "/attrs/";
    private const string Id = "2024-03-12-attributes";

    // Every payload sets a global and opens a dialog, so either way of running is seen.
    private const string Run = "window.__pwned=(window.__pwned||[]).concat(1);alert(1)";

    // Listens for the policy's reports too, so a blocked site script would show up as well as a blocked payload.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || ''));
        });
        """;

    private HostedSite? _site;

    public async Task InitializeAsync() => _site = await HostedSite.StartAsync(BasePath, folder =>
    {
        folder.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        folder.Write($"input/postmortems/{Id}.md", SampleSite.Postmortem("Attributes", body: $$"""
            # Heading {autofocus onfocus="{{Run}}" #hostile-heading}

            ![d](x.png){onerror="{{Run}}"}

            [go](#here){onclick="{{Run}}" style="position:fixed;inset:0;display:block" #hostile-link}

            ::: note {onmouseover="{{Run}}" #hostile-container}
            container text
            :::

            ```js {onclick="{{Run}}" #hostile-fence}
            code
            ```

            {onclick="{{Run}}" #hostile-paragraph}
            A paragraph.

            | a | b |
            |---|--:|
            | 1 | 2 |
            {onclick="{{Run}}" #hostile-table}
            """));
        folder.Write("input/postmortems/2024-03-11-ordinary.md", SampleSite.Postmortem("Ordinary deadlock", date: "2024-03-11", category: "database/locking"));
        return folder.Combine("input");
    });

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task No_handler_from_markdown_attributes_runs_on_load_focus_hover_or_click()
    {
        var (page, dialogs) = await WatchedPageAsync();

        await page.GotoAsync(_site!.Url($"incidents/{Id}/"));
        await SettledAsync(page);
        foreach (var target in new[] { "#hostile-heading", "#hostile-link", "#hostile-container", "#hostile-fence", "#hostile-paragraph", "#hostile-table" })
        {
            if (await page.Locator(target).CountAsync() == 1)
            {
                await page.Locator(target).HoverAsync();
                await page.Locator(target).ClickAsync(new LocatorClickOptions { Force = true });
                await page.Locator(target).FocusAsync();
            }
        }

        await SettledAsync(page);
        Assert.Null(await page.EvaluateAsync<int[]?>("() => window.__pwned || null"));
        Assert.Empty(dialogs);
        Assert.NotEqual("hostile-heading", await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_pages_policy_stops_an_inline_handler_and_script_that_reach_the_page()
    {
        // Written into a real built page, as a rendering mistake would put them there: the policy alone must stop them.
        var built = File.ReadAllText(Path.Combine(_site!.Output, "incidents", Id, "index.html"));
        var payload = $"<img src=\"missing.png\" onerror=\"{Run}\"><script>{Run}</script><a id=\"js\" href=\"javascript:{Run}\">js</a>";
        File.WriteAllText(Path.Combine(_site.Output, "injected.html"), built.Replace("<main id=\"main\" class=\"wrap\">", "<main id=\"main\" class=\"wrap\">" + payload, StringComparison.Ordinal));
        var (page, dialogs) = await WatchedPageAsync();

        await page.GotoAsync(_site.Url("injected.html"));
        await SettledAsync(page);
        await page.Locator("#js").ClickAsync();
        await SettledAsync(page);

        Assert.Null(await page.EvaluateAsync<int[]?>("() => window.__pwned || null"));
        Assert.Empty(dialogs);
        Assert.NotEmpty(await page.EvaluateAsync<string[]>("() => window.__violations"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Without_the_policy_the_same_injection_runs_so_the_check_above_can_fail()
    {
        var built = File.ReadAllText(Path.Combine(_site!.Output, "incidents", Id, "index.html"));
        var withoutPolicy = System.Text.RegularExpressions.Regex.Replace(built, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        File.WriteAllText(Path.Combine(_site.Output, "unprotected.html"), withoutPolicy.Replace("<main id=\"main\" class=\"wrap\">", $"<main id=\"main\" class=\"wrap\"><img src=\"missing.png\" onerror=\"{Run}\">", StringComparison.Ordinal));
        var (page, dialogs) = await WatchedPageAsync();

        await page.GotoAsync(_site.Url("unprotected.html"));
        await Assertions.Expect(page.Locator("body")).ToBeAttachedAsync();
        await page.WaitForFunctionAsync("() => window.__pwned !== undefined");

        Assert.NotEmpty(dialogs);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_sites_own_scripts_run_under_the_policy_and_search_still_answers()
    {
        var (page, _) = await WatchedPageAsync();

        await page.GotoAsync(_site!.Url("search/?q=deadlock"));

        await Assertions.Expect(page.Locator("[data-search-results][data-query='deadlock'] .search-result").First).ToBeVisibleAsync();
        await page.GotoAsync(_site.Url(""));
        await page.Locator("#site-search-q").FillAsync("deadlock");
        await Assertions.Expect(page.Locator("[role=option]").First).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__violations"));
        await page.Context.CloseAsync();
    }

    private async Task<(IPage Page, List<string> Dialogs)> WatchedPageAsync()
    {
        var dialogs = new List<string>();
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(Watch);
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    /// <summary>Loaded, images settled, and two frames rendered: autofocus and error events have had their turn.</summary>
    private static async Task SettledAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
