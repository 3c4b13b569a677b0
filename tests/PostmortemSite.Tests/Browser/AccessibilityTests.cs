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

    private readonly TempFolder _site = new();
    private StaticSiteHost? _host;
    private KnowledgeBase? _library;

    public async Task InitializeAsync()
    {
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, _site.Combine("output"), BasePath));
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        _library = build.KnowledgeBase;
        _host = await StaticSiteHost.StartAsync(_site.Combine("output"), BasePath);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _site.Dispose();
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
        "incident" => $"incidents/{_library!.Incidents[0].Id}/",
        "category" => $"causes/{_library!.Categories.First(c => c.Incidents.Count > 1).Category.Slug}/",
        _ => "no/such/page/",
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string page, ColorScheme colorScheme)
    {
        var tab = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = colorScheme });
        await tab.GotoAsync(_host!.BaseUrl + PathOf(page));

        var result = await tab.RunAxe();

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"{page} ({colorScheme}):\n" + string.Join("\n", violations));
        Assert.NotEmpty(result.Passes);
    }
}
