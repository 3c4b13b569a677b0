using PostmortemSite.Checking;
using PostmortemSite.Reading;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Synthetic;

public sealed class SyntheticLibraryTests
{
    [Fact]
    public void The_same_seed_gives_the_same_library_and_another_seed_a_different_one()
    {
        var library = new SyntheticLibrary(TaxonomyReader.Default);

        var first = library.GenerateMarkdown(50, seed: 7).ToList();
        var again = library.GenerateMarkdown(50, seed: 7).ToList();
        var other = library.GenerateMarkdown(50, seed: 8).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(f => f.Text), other.Select(f => f.Text));
    }

    [Fact]
    public async Task Generated_markdown_reads_back_without_errors_and_keeps_every_incident()
    {
        using var folder = new TempFolder();
        foreach (var (path, text) in new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(60, seed: 3))
        {
            folder.Write(path, text);
        }

        var read = await SiteReader.ReadAsync(folder.Path);

        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(60, read.Postmortems.Count);
        Assert.All(read.Postmortems, p => Assert.NotEmpty(p.RootCauseText));
    }

    [Fact]
    public void Incidents_spread_over_the_taxonomy_and_ids_are_unique()
    {
        var incidents = new SyntheticLibrary(TaxonomyReader.Default).Generate(1000, seed: 1);

        Assert.Equal(1000, incidents.Select(p => p.Id).Distinct().Count());
        Assert.True(incidents.Select(p => p.RootCause.Category).Distinct().Count() >= 20);
        Assert.Contains(incidents, p => p.RootCause.Category == "database/locking" && !p.BodyMarkdown.Contains("deadlock", StringComparison.OrdinalIgnoreCase));
    }
}
