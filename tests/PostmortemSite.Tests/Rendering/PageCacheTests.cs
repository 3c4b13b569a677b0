using System.Text.RegularExpressions;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Rendering;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Rendering;

/// <summary>A build that takes pages from the cache writes exactly what a clean build of the same input writes.</summary>
public sealed partial class PageCacheTests
{
    private const int Incidents = 60;

    [Fact]
    public async Task A_cached_build_writes_the_same_site_as_a_clean_build_after_an_edit_a_delete_and_a_theme_change()
    {
        using var site = new TempFolder();
        var input = site.Combine("input");
        foreach (var (path, text) in new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(Incidents, seed: 5))
        {
            site.Write("input/" + path, text);
        }

        var cold = await BuildBothAsync(site);
        Assert.Equal((0, Incidents), cold);

        var warm = await BuildBothAsync(site);
        Assert.Equal((Incidents, 0), warm);

        // A new title shows on the incident's page and on every page that links to it (related, previous, next).
        var edited = Directory.GetFiles(Path.Combine(input, "postmortems"), "*.md").Order(StringComparer.Ordinal).ElementAt(7);
        File.WriteAllText(edited, TitleLine().Replace(File.ReadAllText(edited), "title: \"A title changed after the cache was filled\"", 1));
        var afterEdit = await BuildBothAsync(site);
        Assert.InRange(afterEdit.Misses, 2, Incidents / 2);

        File.Delete(Directory.GetFiles(Path.Combine(input, "postmortems"), "*.md").Order(StringComparer.Ordinal).ElementAt(20));
        var afterDelete = await BuildBothAsync(site);
        Assert.Equal(Incidents - 1, afterDelete.Hits + afterDelete.Misses);

        // The theme's own files are part of what every page depends on: a restyle re-renders everything.
        site.Write("theme/assets/site.css", "body { color: rebeccapurple; }\n");
        var afterTheme = await BuildBothAsync(site);
        Assert.Equal((0, Incidents - 1), afterTheme);
        Assert.Equal("body { color: rebeccapurple; }\n", site.Read("cached/assets/site.css"));
    }

    [Fact]
    public async Task A_damaged_cache_file_costs_a_full_render_and_changes_nothing_in_the_site()
    {
        using var site = new TempFolder();
        foreach (var (path, text) in new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(20, seed: 9))
        {
            site.Write("input/" + path, text);
        }

        await BuildBothAsync(site);
        var cacheFile = Directory.GetFiles(site.Combine("cache")).Single();
        var bytes = File.ReadAllBytes(cacheFile);
        File.WriteAllBytes(cacheFile, bytes[..(bytes.Length / 2)]);

        var afterDamage = await BuildBothAsync(site);

        Assert.Equal((0, 20), afterDamage);
    }

    /// <summary>Builds the input into "clean" without a cache and into "cached" with one, asserts both are the same, and returns the cache's counts.</summary>
    private static async Task<(int Hits, int Misses)> BuildBothAsync(TempFolder site)
    {
        var theme = DefaultTheme.Create(site.Combine("theme", "assets"));
        var options = new SiteOptions(site.Combine("input"), site.Combine("clean")) { AsOf = new DateOnly(2026, 1, 1) };
        var clean = await new SiteBuilder(theme).BuildAsync(options);
        var cached = await new SiteBuilder(theme).BuildAsync(options with { OutputDirectory = site.Combine("cached"), CacheDirectory = site.Combine("cache") });

        Assert.False(clean.Failed);
        Assert.False(cached.Failed);
        Assert.Equal(FileTree.Snapshot(site.Combine("clean")), FileTree.Snapshot(site.Combine("cached")));
        return (cached.PageCache!.Hits, cached.PageCache.Misses);
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
