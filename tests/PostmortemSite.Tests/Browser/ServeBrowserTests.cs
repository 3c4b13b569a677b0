using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PostmortemSite.Tests.Serving;
using PostmortemSite.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PostmortemSite.Tests.Browser;

/// <summary>The authoring loop as a writer sees it: save a postmortem, and the page open in the browser follows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Id = "2024-06-25-checkout-wallet-flag";
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 30_000 };

    private static TempFolder CopyOfTheSampleLibrary()
    {
        var site = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            site.Write(Path.Combine("input", Path.GetRelativePath(RepoPaths.Input, file)), File.ReadAllText(file));
        }

        return site;
    }

    private static string PostmortemPath(TempFolder site) => site.Combine("input", "postmortems", Id + ".md");

    [BrowserFact]
    public async Task Editing_a_postmortems_title_reloads_the_open_page_with_the_new_title()
    {
        using var site = CopyOfTheSampleLibrary();
        await using var preview = new RunningPreview(site);
        await preview.NextBuildAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(await preview.Address + $"incidents/{Id}/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wallet Pay v2 flag enabled for all users instead of a 5% cohort");

        var original = await File.ReadAllTextAsync(PostmortemPath(site));
        var stopwatch = Stopwatch.StartNew();
        await File.WriteAllTextAsync(PostmortemPath(site), Regex.Replace(original, "(?m)^title: .*$", "title: Wallet Pay v2 reached every user"));

        await Expect(page.Locator("h1")).ToHaveTextAsync("Wallet Pay v2 reached every user", Patiently);
        output.WriteLine($"edit saved to page showing the new title: {stopwatch.ElapsedMilliseconds} ms");
        var rebuild = await preview.NextBuildAsync();
        output.WriteLine($"rebuild: {rebuild.Elapsed.TotalMilliseconds:0} ms, {rebuild.PostmortemsRead} postmortem(s) re-read, {rebuild.Result.Written?.Written} file(s) written");
    }

    [BrowserFact]
    public async Task A_broken_edit_shows_the_errors_over_the_page_until_it_is_fixed()
    {
        using var site = CopyOfTheSampleLibrary();
        await using var preview = new RunningPreview(site);
        await preview.NextBuildAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(await preview.Address + $"incidents/{Id}/");
        var original = await File.ReadAllTextAsync(PostmortemPath(site));

        await File.WriteAllTextAsync(PostmortemPath(site), original.Replace("root_cause:\n  category: change/feature-flag", "root_cause:\n  category: change/feature-flga"));
        var overlay = page.Locator("#postmortemsite-build-errors");
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay).ToContainTextAsync($"postmortems/{Id}.md");
        await Expect(overlay).ToContainTextAsync("did you mean 'change/feature-flag'?");

        await File.WriteAllTextAsync(PostmortemPath(site), original);
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wallet Pay v2 flag enabled for all users instead of a 5% cohort", Patiently);
    }
}
