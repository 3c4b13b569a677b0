using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Serving;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Serving;

/// <summary>Serve shows an edited postmortem's page at once, then rebuilds the rest of the site in the background.</summary>
public sealed partial class QuickUpdateTests
{
    private const string File = RunningPreview.OrdersFile;
    private const string Page = "incidents/2024-03-12-orders-slow/index.html";


    [Fact]
    public async Task An_edit_rewrites_the_edited_incident_page_and_no_other_file_before_the_full_rebuild()
    {
        using var site = RunningPreview.SmallSite();
        Dictionary<string, (byte[] Content, DateTime Written)>? atUpdate = null;
        await using var preview = new RunningPreview(site, _ => atUpdate = Snapshot(site.Combine("output")));
        await preview.NextBuildAsync();
        var before = Snapshot(site.Combine("output"));

        site.Write("input/" + File, SampleSite.Postmortem("Orders slow", body: "## Summary\n\nA migration dropped the orders index.\n"));
        var update = await preview.NextUpdateAsync();

        Assert.Equal(["incidents/2024-03-12-orders-slow/"], update.Pages);
        Assert.NotNull(atUpdate);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), atUpdate.Keys.Order(StringComparer.Ordinal));
        var touched = before.Keys.Where(p => before[p].Written != atUpdate[p].Written || !before[p].Content.AsSpan().SequenceEqual(atUpdate[p].Content));
        Assert.Equal([Page], touched);
        Assert.Contains("A migration dropped the orders index.", Encoding.UTF8.GetString(atUpdate[Page].Content));
    }

    [Fact]
    public async Task A_changed_title_shows_on_the_incident_page_at_once_and_on_the_listings_after_the_full_rebuild()
    {
        using var site = RunningPreview.SmallSite();
        Dictionary<string, (byte[] Content, DateTime Written)>? atUpdate = null;
        await using var preview = new RunningPreview(site, _ => atUpdate = Snapshot(site.Combine("output")));
        await preview.NextBuildAsync();

        site.Write("input/" + File, SampleSite.Postmortem("Orders slow after deploy"));
        await preview.NextUpdateAsync();
        var rebuild = await preview.NextBuildAsync();

        Assert.NotNull(atUpdate);
        Assert.Contains("Orders slow after deploy", Encoding.UTF8.GetString(atUpdate[Page].Content));
        Assert.DoesNotContain("Orders slow after deploy", Encoding.UTF8.GetString(atUpdate["index.html"].Content));
        Assert.DoesNotContain("Orders slow after deploy", Encoding.UTF8.GetString(atUpdate["services/checkout/index.html"].Content));
        Assert.False(rebuild.Result.Failed);
        Assert.Contains("Orders slow after deploy", site.Read("output/index.html"));
        Assert.Contains("Orders slow after deploy", site.Read("output/services/checkout/index.html"));
        Assert.Contains("Orders slow after deploy", site.Read("output/" + Page));
    }

    [Fact]
    public async Task An_edit_that_introduces_an_error_skips_the_quick_update_and_the_full_build_reports_it()
    {
        using var site = RunningPreview.SmallSite();
        await using var preview = new RunningPreview(site);
        using var http = new HttpClient();
        await preview.NextBuildAsync();
        var address = new Uri(await preview.Address);

        site.Write("input/" + File, SampleSite.Postmortem("Orders slow after deploy", category: "database/no-such-cause"));
        var broken = await preview.NextBuildAsync();
        var diagnostics = await http.GetStringAsync(new Uri(address, "/__postmortemsite/diagnostics"));

        Assert.False(preview.Updates.Reader.TryRead(out _), "no quick update for a file with errors");
        Assert.True(broken.Result.Failed);
        Assert.Contains("\"failed\":true", diagnostics);
        Assert.Contains("2024-03-12-orders-slow.md", diagnostics);
        Assert.Contains("Orders slow<", site.Read("output/" + Page));
        Assert.DoesNotContain("Orders slow after deploy", site.Read("output/" + Page));
    }

    [Fact]
    public async Task A_full_rebuild_that_changes_no_file_does_not_reload_open_pages_a_second_time()
    {
        using var site = RunningPreview.SmallSite();
        await using var preview = new RunningPreview(site);
        using var http = new HttpClient();
        await preview.NextBuildAsync();
        var diagnostics = new Uri(new Uri(await preview.Address), "/__postmortemsite/diagnostics");
        var first = await http.GetStringAsync(diagnostics);

        // Saved again unchanged: re-read and its page rewritten, but the site is the same.
        site.Write("input/" + File, SampleSite.Postmortem("Orders slow"));
        await preview.NextUpdateAsync();
        var afterUpdate = await http.GetStringAsync(diagnostics);
        var rebuild = await preview.NextBuildAsync();
        var afterRebuild = await http.GetStringAsync(diagnostics);

        Assert.Equal(1, rebuild.PostmortemsRead);
        Assert.Equal(0, rebuild.Result.Written!.Written);
        Assert.NotEqual(Version(first), Version(afterUpdate));
        Assert.Equal(Version(afterUpdate), Version(afterRebuild));
    }

    [Fact]
    public async Task An_edit_during_a_full_rebuild_cancels_it_and_the_site_ends_as_a_clean_build_of_the_final_input()
    {
        using var site = new TempFolder();
        var library = new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(300).ToList();
        foreach (var (path, text) in library)
        {
            site.Write("input/" + path, text);
        }

        await using var preview = new RunningPreview(site);
        Assert.False((await preview.NextBuildAsync()).Result.Failed);
        var (first, second) = (library[10].Path, library[200].Path);

        Retitle(site, first, "First edit of the day");
        await preview.NextUpdateAsync();
        // The full rebuild after the first edit is now running; this edit supersedes it.
        Retitle(site, second, "Second edit of the day");
        await preview.NextUpdateAsync();

        // On a loaded machine the first rebuild may finish before the second edit lands; then a second rebuild follows.
        // Either way the rebuilds cover both edits and the site ends as a clean build of the final input.
        var rebuilds = new List<PreviewBuild>();
        do
        {
            rebuilds.Add(await preview.NextBuildAsync());
        }
        while (rebuilds.Count < 2 && !rebuilds[^1].Changed.Any(p => p.EndsWith(second, StringComparison.Ordinal)));

        Assert.All(rebuilds, rebuild => Assert.False(rebuild.Result.Failed));
        Assert.Contains(rebuilds.SelectMany(r => r.Changed), p => p.EndsWith(first, StringComparison.Ordinal));
        Assert.Contains(rebuilds[^1].Changed, p => p.EndsWith(second, StringComparison.Ordinal));
        var clean = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(site.Combine("input"), site.Combine("clean")));
        Assert.False(clean.Failed);
        var served = Snapshot(site.Combine("output"));
        var expected = Snapshot(site.Combine("clean"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.Content.AsSpan().SequenceEqual(served[file.Key].Content), $"{file.Key} differs from a clean build"));
        Assert.Contains("Second edit of the day", site.Read($"output/incidents/{Path.GetFileNameWithoutExtension(second)}/index.html"));
    }

    private static void Retitle(TempFolder site, string path, string title) =>
        site.Write("input/" + path, TitleLine().Replace(site.Read("input/" + path), $"title: \"{title}\"", 1));

    private static Dictionary<string, (byte[] Content, DateTime Written)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => (System.IO.File.ReadAllBytes(f), System.IO.File.GetLastWriteTimeUtc(f)),
            StringComparer.Ordinal);

    private static string Version(string diagnosticsJson) => VersionField().Match(diagnosticsJson).Value;

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("\"version\":\\d+")]
    private static partial Regex VersionField();
}
