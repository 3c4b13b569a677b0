using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Browser;

/// <summary>axe finds nothing on the pages people land on, in light and dark mode, with the sample library published under a base path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string BasePath = "/incident-library/";

    private HostedSite? _site;

    public async Task InitializeAsync() => _site = await HostedSite.StartAsync(BasePath);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var page in new[] { "home", "incident", "category", "not found" })
        {
            data.Add(page, ColorScheme.Light);
            data.Add(page, ColorScheme.Dark);
        }

        return data;
    }

    private string PathOf(string page) => page switch
    {
        "home" => "",
        "incident" => $"incidents/{_site!.Library.Incidents[0].Id}/",
        "category" => $"causes/{_site!.Library.Categories.First(c => c.Incidents.Count > 1).Category.Slug}/",
        _ => "no/such/page/",
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string page, ColorScheme colorScheme)
    {
        var tab = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = colorScheme });
        await tab.GotoAsync(_site!.Host.BaseUrl + PathOf(page));

        var result = await tab.RunAxe();

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"{page} ({colorScheme}):\n" + string.Join("\n", violations));
        Assert.NotEmpty(result.Passes);
    }
}
