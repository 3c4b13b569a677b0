using Microsoft.Playwright;
using PostmortemSite.Tests.Search;

namespace PostmortemSite.Tests.Browser;

/// <summary>Quoted phrases on the search page, over a small library holding the same words adjacent and apart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPhraseBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string BasePath = "/phrases/";

    private HostedSite? _site;

    public async Task InitializeAsync() => _site = await HostedSite.StartAsync(BasePath, PhraseLibrary.Write);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task A_quoted_phrase_keeps_the_incident_with_the_words_adjacent_and_leaves_out_the_one_with_them_apart()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site!.Url("search/"));

        await page.Locator("#search-page-q").FillAsync("lock wait");
        var loose = await IdsAsync(page, "lock wait");
        await page.Locator("#search-page-q").FillAsync("\"lock wait\"");
        var phrase = await IdsAsync(page, "\"lock wait\"");

        Assert.Contains(PhraseLibrary.Apart, loose);
        Assert.Contains(PhraseLibrary.Adjacent, loose);
        Assert.Equal([PhraseLibrary.Adjacent], phrase);
        var passage = page.Locator(".search-result .result-snippet");
        Assert.Contains("lock wait", (await passage.First.TextContentAsync())!, StringComparison.Ordinal);
        Assert.Equal(["lock", "wait"], await passage.First.Locator("mark").AllTextContentsAsync());
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> IdsAsync(IPage page, string query)
    {
        var results = page.Locator($"[data-search-results][data-query='{query.Replace("'", "\\'", StringComparison.Ordinal)}'] .search-result > a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => System.Text.RegularExpressions.Regex.Match(h, "/incidents/([^/?#]+)/").Groups[1].Value).ToList();
    }
}
