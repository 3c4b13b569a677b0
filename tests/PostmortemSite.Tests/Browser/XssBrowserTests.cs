using Microsoft.Playwright;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Browser;

/// <summary>
/// A site built from postmortems whose every string carries script is loaded page by page in Chromium.
/// Each payload reports itself through <c>__xss.push</c> or <c>alert</c>, so a single unescaped string shows up as a record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string BasePath = "/xss/";

    // The payloads use regex literals instead of quotes so that they survive YAML and attribute quoting as they are.
    private static string Payload(string where) =>
        $"<script>__xss.push(/{where}/.source)</script><img src=x onerror=__xss.push(/{where}-img/.source)>"
        + $"<svg onload=alert(/{where}-svg/.source)></svg>\"><img src=x onerror=alert(/{where}-attr/.source)>";

    // Init scripts run again on every navigation, so each push is also reported to the test through a binding that survives it.
    private const string Detector = """
        window.__xss = [];
        (function () {
          var push = window.__xss.push;
          window.__xss.push = function (value) {
            window.__xssReport(String(value));
            return push.apply(this, arguments);
          };
        })();
        """;

    private HostedSite? _site;

    public async Task InitializeAsync() => _site = await HostedSite.StartAsync(BasePath, folder =>
    {
        folder.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        folder.Write("input/postmortems/2024-03-12-hostile.md", HostilePostmortem());
        folder.Write("input/postmortems/legacy-hostile.txt", HostileLegacyDocument());
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
    public async Task No_script_from_content_runs_on_any_generated_page()
    {
        var (page, fired) = await DetectingPageAsync();
        var pages = GeneratedPages();
        Assert.Contains("incidents/2024-03-12-hostile/", pages);
        Assert.Contains("incidents/legacy-hostile/", pages);

        foreach (var relative in pages)
        {
            await page.GotoAsync(_site!.Url(relative));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__xss"));
            Assert.Empty(await page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')).filter(h => /^\\s*(javascript|data|vbscript):/i.test(h))"));
        }

        // The payloads reached the pages as visible text: they were escaped, not dropped.
        await page.GotoAsync(_site!.Url("incidents/2024-03-12-hostile/"));
        Assert.Contains("<script>__xss.push(/title/.source)</script>", await page.Locator("h1").First.InnerTextAsync());
        Assert.Contains("onerror=__xss.push(/body-img/.source)", await page.Locator("main").InnerTextAsync());
        await page.GotoAsync(_site!.Url("incidents/legacy-hostile/"));
        // A timeline entry's text is inline Markdown, so the payload's two "__" show as bold: the words stay, as text.
        var legacy = await page.Locator("main").InnerTextAsync();
        Assert.Contains("<script>", legacy);
        Assert.Contains("xss.push(/legacy-timeline/.source)", legacy);
        Assert.Empty(fired);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_every_link_in_a_hostile_incident_runs_no_script()
    {
        var (page, fired) = await DetectingPageAsync();
        foreach (var incident in new[] { "incidents/2024-03-12-hostile/", "incidents/legacy-hostile/" })
        {
            await page.GotoAsync(_site!.Url(incident));
            var count = await page.Locator("main a[href]").CountAsync();
            Assert.True(count > 0, "the incident page has links that carry content");
            for (var i = 0; i < count; i++)
            {
                await page.GotoAsync(_site!.Url(incident));
                await page.Locator("main a[href]").Nth(i).ClickAsync(new LocatorClickOptions { Timeout = 5000 });
                await page.WaitForLoadStateAsync(LoadState.Load);
            }
        }

        Assert.Empty(fired);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_search_query_with_markup_is_shown_as_text()
    {
        var (page, fired) = await DetectingPageAsync();
        const string query = "hostile <img src=x onerror=__xss.push(/query/.source)>";

        await page.GotoAsync(_site!.Url("search/"));
        await page.Locator("#search-page-q").FillAsync(query);
        await Assertions.Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-query", query);
        await page.GotoAsync(_site!.Url("search/?q=" + Uri.EscapeDataString(query)));
        await Assertions.Expect(page.Locator("#search-page-q")).ToHaveValueAsync(query);
        await page.GotoAsync(_site!.Url(""));
        await page.Locator("#site-search-q").FillAsync(query);
        // The popup names the query it shows once it has rendered it: waiting for that, not for a fixed time.
        await Assertions.Expect(page.Locator("#site-search-popup")).ToHaveAttributeAsync("data-query", query);

        Assert.Empty(fired);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_detector_sees_a_payload_that_is_not_escaped()
    {
        // Proves the checks above can fail: the same payloads written raw into a page are all caught.
        File.WriteAllText(Path.Combine(_site!.Output, "unsafe.html"), "<!doctype html><html><body>" + Payload("raw") + "<a id=go href=\"javascript:__xss.push(/link/.source)\">go</a></body></html>");
        var (page, fired) = await DetectingPageAsync();

        await page.GotoAsync(_site!.Url("unsafe.html"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#go").ClickAsync();

        // The link's report reaches the test through an exposed function, after the click returns: wait for it (a
        // bounded wait for the condition, not a fixed sleep), then check every payload was caught.
        await Assertions.Expect(page.Locator("body")).ToBeAttachedAsync();
        for (var tries = 0; tries < ReportTries && !Reported(fired, "link"); tries++)
        {
            await Task.Delay(ReportPoll);
        }

        Assert.True(Reported(fired, "raw"));
        Assert.True(Reported(fired, "raw-img"));
        Assert.True(Reported(fired, "raw-svg"));
        Assert.True(Reported(fired, "link"));
        await page.Context.CloseAsync();
    }

    private const int ReportTries = 100;

    private static readonly TimeSpan ReportPoll = TimeSpan.FromMilliseconds(100);

    private static bool Reported(List<string> fired, string what)
    {
        lock (fired)
        {
            return fired.Contains(what);
        }
    }

    private async Task<(IPage Page, List<string> Fired)> DetectingPageAsync()
    {
        var fired = new List<string>();
        var page = await browser.NewPageAsync();
        await page.ExposeFunctionAsync("__xssReport", (string what) =>
        {
            lock (fired)
            {
                fired.Add(what);
            }
        });
        await page.AddInitScriptAsync(Detector);
        page.Dialog += async (_, dialog) =>
        {
            lock (fired)
            {
                fired.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
        return (page, fired);
    }

    private List<string> GeneratedPages()
    {
        var output = _site!.Output;
        return Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != "unsafe.html")
            .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Yaml(string where) => "\"" + Payload(where).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string HostilePostmortem() => $"""
        ---
        title: {Yaml("title")}
        date: 2024-03-12
        severity: SEV2
        summary: {Yaml("summary")}
        root_cause:
          category: database/index
          trigger: {Yaml("trigger")}
        timestamps:
          started: 2024-03-12T10:00:00Z
          detected: 2024-03-12T10:15:00Z
          mitigated: 2024-03-12T11:00:00Z
          resolved: 2024-03-12T12:00:00Z
        impact:
          description: {Yaml("impact")}
        services: [{Yaml("service")}]
        teams: [{Yaml("team")}]
        tags: [{Yaml("tag")}, "\" onmouseover=alert(/tag-attr/.source) x=\""]
        action_items:
          - title: {Yaml("action")}
            owner: {Yaml("owner")}
            type: prevent
            priority: P1
            status: open
            ticket: {Yaml("ticket")}
        timeline:
          - time: 2024-03-12T10:00:00Z
            text: {Yaml("timeline")}
            milestone: started
        ---
        ## Summary

        {Payload("body")}

        [a link](javascript:__xss.push(/body-link/.source)) and [data](data:text/html,<script>alert(1)</script>)
        and <a href="javascript:__xss.push(/raw-link/.source)">raw link</a> and <b onclick="__xss.push(/handler/.source)">bold</b>.
        [safe](https://example.com/) and ![image](x" onerror="__xss.push(/image/.source))

        ## Root cause

        `{Payload("code")}`
        """;

    private static string HostileLegacyDocument() => $"""
        Incident Report: {Payload("legacy-title")}
        Date: March 3, 2024

        Impact:
        {Payload("legacy-impact")}

        Root Cause:
        The database index was dropped. {Payload("legacy-cause")}

        Timeline
        9:15 AM: {Payload("legacy-timeline")}
        9:40 AM: Restarted the primary. [x](javascript:__xss.push(/legacy-link/.source))
        11:45 AM: Resolved.

        Follow-up Tasks:
        - [ ] {Payload("legacy-action")} (owner: <script>__xss.push(/legacy-owner/.source)</script>)
        """;
}
