using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class NewCommandTests
{
    /// <summary>A clock stopped at a chosen moment, so "today" is the same whenever the test runs.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static async Task<CliResult> NewAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 10, 9, 30, 0, TimeSpan.Zero));
        var exitCode = await PostmortemSite.Cli.Program.Run(["new", .. args], output, error, clock);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task New_writes_a_dated_draft_that_the_site_accepts()
    {
        using var site = new TempFolder();
        site.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        var result = await NewAsync("Orders DB missing index", "--category", "database/index", "--input", site.Combine("input"));

        Assert.Equal(0, result.ExitCode);
        var path = site.Combine("input", "postmortems", "2025-06-10-orders-db-missing-index.md");
        Assert.Contains(path, result.Output);
        var check = await CliRunner.RunAsync("check", "--input", site.Combine("input"));
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Checked 1 incidents: 0 error(s), 0 warning(s).", check.Output);
        Assert.Contains("date: 2025-06-10", File.ReadAllText(path));
    }

    [Fact]
    public async Task New_never_overwrites_an_existing_postmortem()
    {
        using var site = new TempFolder();
        var existing = site.Write("input/postmortems/2025-06-10-dns-outage.md", "my notes");

        var result = await NewAsync("DNS outage", "--input", site.Combine("input"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Error);
        Assert.Equal("my notes", File.ReadAllText(existing));
    }

    [Fact]
    public async Task A_misspelt_category_is_refused_with_a_suggestion_and_nothing_is_written()
    {
        using var site = new TempFolder();
        site.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        var result = await NewAsync("Slow orders", "--category", "databse/index", "--input", site.Combine("input"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean 'database/index'?", result.Error);
        Assert.False(Directory.Exists(site.Combine("input", "postmortems")));
    }

    [Fact]
    public async Task Without_a_taxonomy_file_the_built_in_categories_are_accepted()
    {
        using var site = new TempFolder();

        var result = await NewAsync("Cert expired", "--category", TaxonomyReader.Default.Categories[0].Slug, "--input", site.Combine("input"), "--date", "2024-12-11");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(site.Combine("input", "postmortems", "2024-12-11-cert-expired.md")));
    }

    [Fact]
    public async Task A_date_that_is_not_iso_is_refused()
    {
        using var site = new TempFolder();

        var result = await NewAsync("Cert expired", "--date", "11/12/2024", "--input", site.Combine("input"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("yyyy-mm-dd", result.Error);
    }
}
