using AngleSharp.Html.Parser;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Importing;

/// <summary>Real postmortems nobody on this project wrote, from ../shared when it is beside the clone.</summary>
public sealed class SharedDocumentsTests
{
    [SharedFact("seeds")]
    public async Task The_five_seeds_import_and_build_into_a_cross_linked_site()
    {
        using var temp = new TempFolder();
        temp.Write(Path.Combine("input", TaxonomyReader.FileName), File.ReadAllText(Path.Combine(RepoPaths.Input, TaxonomyReader.FileName)));
        var seeds = Path.Combine(RepoPaths.Shared!, "seeds");

        var import = await CliRunner.RunAsync("import", seeds, "--output", temp.Combine("input", "postmortems"));
        var build = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"), "--theme", Path.Combine(RepoPaths.Root, "theme"));

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, build.ExitCode);
        var site = await new SiteBuilder(DefaultTheme.Create(RepoPaths.ThemeAssets)).BuildAsync(new SiteOptions(temp.Combine("input"), temp.Combine("unused")), WriteMode.None);
        var incidents = site.KnowledgeBase!.Incidents.ToDictionary(i => SeedNumberOf(temp.Combine("input", "postmortems"), i.Id));

        Assert.Equal(5, incidents.Count);
        Assert.All(new[] { "000", "001", "003" }, id => Assert.Equal("database/index", incidents[id].RootCause.Category));
        Assert.Equal("database/locking", incidents["002"].RootCause.Category);

        Assert.Equal(new DateOnly(2024, 6, 22), incidents["000"].Date);
        Assert.Equal(DateTimeOffset.Parse("2024-06-22T10:00:00Z"), incidents["000"].Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-06-22T13:30:00Z"), incidents["000"].Timestamps.Resolved);
        Assert.Equal(90, incidents["000"].Impact.UsersAffectedPct);
        Assert.Equal(DateTimeOffset.Parse("2024-05-15T14:00:00Z"), incidents["003"].Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-05-15T16:30:00Z"), incidents["003"].Timestamps.Resolved);

        // Each index incident's page links to the other two under "Related incidents".
        foreach (var id in new[] { "000", "001", "003" })
        {
            var page = new HtmlParser().ParseDocument(temp.Read(Path.Combine("site", "incidents", incidents[id].Id, "index.html")));
            var related = page.QuerySelector("#related")!.ParentElement!.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var other in new[] { "000", "001", "003" }.Where(o => o != id))
            {
                Assert.Contains(related, href => href.Contains("/incidents/" + incidents[other].Id + "/", StringComparison.Ordinal));
            }
        }
    }

    [SharedFact("seeds")]
    public async Task The_seeds_dropped_into_input_unconverted_build_the_same_categories()
    {
        using var temp = new TempFolder();
        foreach (var seed in Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "seeds")))
        {
            temp.Write(Path.Combine("input", Path.GetFileName(seed)), File.ReadAllText(seed));
        }

        var site = await new SiteBuilder(DefaultTheme.Create(RepoPaths.ThemeAssets)).BuildAsync(new SiteOptions(temp.Combine("input"), temp.Combine("unused")), WriteMode.None);

        Assert.False(site.Failed, string.Join("\n", site.Diagnostics));
        var categories = site.KnowledgeBase!.Incidents.ToDictionary(i => i.Id[..3], i => i.RootCause.Category);
        Assert.Equal(["database/index", "database/index", "database/locking", "database/index"], new[] { "000", "001", "002", "003" }.Select(id => categories[id]));
        Assert.Equal(5, site.Diagnostics.Count(d => d.Code == DiagnosticCodes.ImportedOnTheFly));
    }

    /// <summary>Imported files are named by date and title; the seed's number ("000") is in the recorded source name.</summary>
    internal static string SeedNumberOf(string postmortemsFolder, string id) =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(postmortemsFolder, id + ".md")), @"\n  source: ""?(\d{3})_").Groups[1].Value;

    [SharedFact("corpus")]
    public void Every_corpus_document_imports_with_a_title_and_a_date_or_a_warning_saying_what_is_missing()
    {
        var extractor = new PostmortemExtractor(TaxonomyReader.Default);
        var reader = new PostmortemReader(TaxonomyReader.Default);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus"), "*.md").Where(f => Path.GetFileName(f) != "SOURCES.md").ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var extraction = extractor.Extract(Path.GetFileName(file), File.ReadAllText(file));
            var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());
            var read = reader.Read(PostmortemExtractor.IdFor(file) + ".md", written);

            Assert.False(string.IsNullOrWhiteSpace(extraction.Postmortem.Title), file);
            Assert.True(extraction.Postmortem.Date is not null || extraction.Diagnostics.Any(d => d.Message == "no date found"), file);
            var errors = read.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message).ToList();
            Assert.True(errors.Count == 0 || (extraction.Postmortem.Date is null && errors.All(e => e.Contains("'date'", StringComparison.Ordinal))), $"{file}: {string.Join("; ", errors)}");
        }
    }
}
