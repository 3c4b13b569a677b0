using System.Text.RegularExpressions;
using PostmortemSite.Checking;
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

        // A body link to no postmortem: its warning must come with the page when the page comes from the cache.
        var linking = Directory.GetFiles(Path.Combine(input, "postmortems"), "*.md").Order(StringComparer.Ordinal).ElementAt(3);
        File.AppendAllText(linking, "\nSee [the old runbook](runbook-that-is-gone.md).\n");

        var cold = await BuildBothAsync(site);
        Assert.Equal((0, Incidents), (cold.Hits, cold.Misses));

        var warm = await BuildBothAsync(site);
        Assert.Equal((Incidents, 0), (warm.Hits, warm.Misses));
        Assert.Contains(warm.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedLink && linking.EndsWith(d.Location.File, StringComparison.Ordinal));

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
        Assert.Equal((0, Incidents - 1), (afterTheme.Hits, afterTheme.Misses));
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

        Assert.Equal((0, 20), (afterDamage.Hits, afterDamage.Misses));
    }

    [Fact]
    public void Every_value_a_postmortem_is_built_from_is_settable_so_the_cache_digest_covers_it()
    {
        // The digest serializes a postmortem without read-only properties (those only compute from the others); a value
        // kept in a get-only auto-property would be left out of it, and an edit to it would reuse a stale page.
        var seen = new HashSet<Type>();
        var unsettable = new List<string>();
        var pending = new Stack<Type>([typeof(Postmortem)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Namespace?.StartsWith("PostmortemSite", StringComparison.Ordinal) != true || type.IsEnum)
            {
                continue;
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                var stored = type.GetField($"<{property.Name}>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance) is not null;
                if (stored && property.SetMethod is null)
                {
                    unsettable.Add(type.Name + "." + property.Name);
                }

                if (stored)
                {
                    var valueType = property.PropertyType;
                    pending.Push(Nullable.GetUnderlyingType(valueType) ?? valueType);
                    foreach (var argument in valueType.GetGenericArguments())
                    {
                        pending.Push(argument);
                    }
                }
            }
        }

        Assert.Contains(typeof(TimelineEvent), seen);
        Assert.Empty(unsettable);
    }

    /// <summary>
    /// Builds the input into "clean" without a cache and into "cached" with one, asserts both wrote the same files and
    /// reported the same diagnostics, and returns the cache's counts with those diagnostics.
    /// </summary>
    private static async Task<(int Hits, int Misses, IReadOnlyList<Diagnostic> Diagnostics)> BuildBothAsync(TempFolder site)
    {
        var theme = DefaultTheme.Create(site.Combine("theme", "assets"));
        var options = new SiteOptions(site.Combine("input"), site.Combine("clean")) { AsOf = new DateOnly(2026, 1, 1) };
        var clean = await new SiteBuilder(theme).BuildAsync(options);
        var cached = await new SiteBuilder(theme).BuildAsync(options with { OutputDirectory = site.Combine("cached"), CacheDirectory = site.Combine("cache") });

        Assert.False(clean.Failed);
        Assert.False(cached.Failed);
        Assert.Equal(FileTree.Snapshot(site.Combine("clean")), FileTree.Snapshot(site.Combine("cached")));
        Assert.Equal(clean.Diagnostics, cached.Diagnostics);
        return (cached.PageCache!.Hits, cached.PageCache.Misses, cached.Diagnostics);
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
