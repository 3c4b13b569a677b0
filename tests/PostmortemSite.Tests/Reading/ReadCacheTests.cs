using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Reading;

public sealed class ReadCacheTests
{
    [Fact]
    public async Task A_rebuild_parses_only_the_postmortem_that_changed()
    {
        using var site = new TempFolder();
        site.Write("root-causes.yml", SampleSite.MinimalTaxonomy);
        site.Write("postmortems/2024-01-01-a.md", SampleSite.Postmortem("A", date: "2024-01-01"));
        site.Write("postmortems/2024-01-02-b.md", SampleSite.Postmortem("B", date: "2024-01-02"));
        var cache = new ReadCache();
        var first = await SiteReader.ReadAsync(site.Path, cache);

        var edited = site.Write("postmortems/2024-01-02-b.md", SampleSite.Postmortem("B, renamed", date: "2024-01-02"));
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddSeconds(5));
        cache.ResetCounts();
        var second = await SiteReader.ReadAsync(site.Path, cache);

        Assert.Equal((1, 1), (cache.Misses, cache.Hits));
        Assert.Equal(["A", "B, renamed"], second.Postmortems.Select(p => p.Title));
        Assert.Same(first.Postmortems[0], second.Postmortems[0]);
    }

    [Fact]
    public async Task A_change_to_the_taxonomy_reads_every_postmortem_again()
    {
        using var site = new TempFolder();
        site.Write("root-causes.yml", SampleSite.MinimalTaxonomy);
        site.Write("postmortems/2024-01-01-a.md", SampleSite.Postmortem("A", date: "2024-01-01", category: "network/cdn"));
        var cache = new ReadCache();
        var before = await SiteReader.ReadAsync(site.Path, cache);

        site.Write("root-causes.yml", SampleSite.MinimalTaxonomy + "\n  - slug: network/cdn\n    title: CDN\n    description: Edge.\n    synonyms: []\n");
        var after = await SiteReader.ReadAsync(site.Path, cache);

        Assert.Contains(before.Diagnostics, d => d.Code == Checking.DiagnosticCodes.UnknownCategory);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == Checking.DiagnosticCodes.UnknownCategory);
        Assert.Single(after.Postmortems);
    }
}
