using PostmortemSite.Tests.Extracting;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Importing;

public sealed class ImportCommandTests
{
    private static string Fixture(string name) => PostmortemExtractorTests.Fixture(name);

    [Fact]
    public async Task I_can_import_a_folder_and_get_one_canonical_file_per_document_with_a_report()
    {
        using var temp = new TempFolder();
        temp.Write("heap/plain-labels.txt", Fixture("plain-labels.txt"));
        temp.Write("heap/2023/bold-labels.md", Fixture("bold-labels.md"));
        temp.Write("heap/notes.yml", "not: a postmortem");

        var result = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("input", "postmortems"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2023-11-08-webhook-deliveries-delayed.md", "2024-03-03-checkout-payments-timing-out.md"], Directory.GetFiles(temp.Combine("input", "postmortems")).Select(Path.GetFileName).Order());
        Assert.Contains("extracted  title \"Checkout Payments Timing Out\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("guessed    root cause dependency/third-party", result.Output, StringComparison.Ordinal);
        Assert.Contains("not found  severity", result.Output, StringComparison.Ordinal);
        Assert.Contains("Imported 2 of 3 files: 2 written, 1 not read.", result.Output, StringComparison.Ordinal);
        Assert.Contains("  source: \"2023/bold-labels.md\"", temp.Read("input/postmortems/2023-11-08-webhook-deliveries-delayed.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_matter_nested_a_hundred_thousand_deep_is_read_within_the_yaml_limits_and_the_file_still_imports()
    {
        using var temp = new TempFolder();
        var deep = new string('[', 100_000) + new string(']', 100_000);
        temp.Write("heap/deep.md", $"---\ntitle: Disk full\ndate: 2024-03-05\nroot_cause:\n  category: unknown\ndeep: {deep}\n---\n\nThe disk filled.\n");

        var result = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("input", "postmortems"));

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("nests more than 64 levels deep", result.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp.Combine("input", "postmortems"), "2024-03-05-*.md"));
    }

    [Fact]
    public async Task Import_reports_its_progress_file_by_file_for_the_progress_line()
    {
        using var temp = new TempFolder();
        temp.Write("heap/plain-labels.txt", Fixture("plain-labels.txt"));
        temp.Write("heap/bold-labels.md", Fixture("bold-labels.md"));
        var reported = new List<BuildProgress>();

        await PostmortemSite.Importing.PostmortemImporter.ImportAsync(
            new PostmortemSite.Importing.ImportOptions([temp.Combine("heap")], temp.Combine("out")), progress: new Recorder(reported));

        Assert.Equal([(0, 2), (1, 2), (2, 2)], reported.Select(p => (p.Done, p.Total)));
        Assert.All(reported, p => Assert.Equal(BuildStage.Importing, p.Stage));
    }

    private sealed class Recorder(List<BuildProgress> into) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => into.Add(value);
    }

    [Fact]
    public async Task An_existing_different_file_is_never_overwritten_without_force()
    {
        using var temp = new TempFolder();
        var source = temp.Write("plain-labels.txt", Fixture("plain-labels.txt"));
        temp.Write("out/2024-03-03-checkout-payments-timing-out.md", "my edits");

        var refused = await CliRunner.RunAsync("import", source, "--output", temp.Combine("out"));

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("PM026", refused.All, StringComparison.Ordinal);
        Assert.Equal("my edits", temp.Read("out/2024-03-03-checkout-payments-timing-out.md"));

        var forced = await CliRunner.RunAsync("import", source, "--output", temp.Combine("out"), "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("overwritten", forced.Output, StringComparison.Ordinal);
        Assert.StartsWith("---\ntitle: Checkout Payments Timing Out\n", temp.Read("out/2024-03-03-checkout-payments-timing-out.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_heap_twice_changes_nothing_the_second_time()
    {
        using var temp = new TempFolder();
        temp.Write("heap/tab-indented.txt", Fixture("tab-indented.txt"));
        await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("out"));
        var first = temp.Read("out/2023-08-14-inventory-sync-stalled.md");

        var again = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("out"));

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2023-08-14-inventory-sync-stalled.md: unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(first, temp.Read("out/2023-08-14-inventory-sync-stalled.md"));
    }

    [Fact]
    public async Task A_file_that_is_already_canonical_is_left_as_it_is()
    {
        using var temp = new TempFolder();
        var canonical = SampleSite.Postmortem("Already canonical", body: "## Summary\r\n\r\nKept byte for byte.\r\n");
        temp.Write("input/postmortems/already.md", canonical);

        var inPlace = await CliRunner.RunAsync("import", temp.Combine("input", "postmortems"), "--output", temp.Combine("input", "postmortems"));
        var copied = await CliRunner.RunAsync("import", temp.Combine("input", "postmortems", "already.md"), "--output", temp.Combine("elsewhere"));

        Assert.Equal(0, inPlace.ExitCode);
        Assert.Contains("already canonical, left as it is", inPlace.Output, StringComparison.Ordinal);
        Assert.Equal(canonical, temp.Read("input/postmortems/already.md"));
        Assert.Equal(0, copied.ExitCode);
        Assert.Equal(File.ReadAllBytes(temp.Combine("input", "postmortems", "already.md")), File.ReadAllBytes(temp.Combine("elsewhere", "already.md")));
    }

    [Fact]
    public async Task A_file_that_looks_canonical_but_that_build_would_reject_is_imported_and_the_library_builds()
    {
        using var temp = new TempFolder();
        temp.Write("heap/login.md", "---\ntitle: Login outage\ndate: 2023-05-02\nroot_cause: Expired TLS certificate on the auth gateway\n---\n");

        var imported = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("input", "postmortems"));
        var built = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"));

        Assert.Equal(0, imported.ExitCode);
        Assert.DoesNotContain("already canonical", imported.Output, StringComparison.Ordinal);
        Assert.Contains("category: security/certificate-expiry", temp.Read("input/postmortems/2023-05-02-login-outage.md"), StringComparison.Ordinal);
        Assert.Equal(0, built.ExitCode);
    }

    [Fact]
    public async Task Two_sources_with_the_same_date_and_title_get_distinct_outputs()
    {
        using var temp = new TempFolder();
        temp.Write("heap/a/outage.txt", Fixture("midnight.txt"));
        temp.Write("heap/b/outage.md", Fixture("midnight.txt"));

        var result = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("out"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2024-04-30-batch-import-overran-2.md", "2024-04-30-batch-import-overran.md"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_imported_file_is_named_by_the_incidents_date_and_title_not_by_the_source_file()
    {
        using var temp = new TempFolder();
        temp.Write("heap/000_9f3a2c.txt", "Title: Search results empty after reindex\nDate: 2022-09-14\n\nThe reindex job dropped every document.\n");

        var result = await CliRunner.RunAsync("import", temp.Combine("heap"), "--output", temp.Combine("out"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2022-09-14-search-results-empty-after-reindex.md"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_missing_path_is_an_error_not_a_crash()
    {
        using var temp = new TempFolder();

        var result = await CliRunner.RunAsync("import", temp.Combine("nowhere"), "--output", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is neither a file nor a folder", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_taxonomy_beside_the_output_folder_is_used_for_classification()
    {
        using var temp = new TempFolder();
        temp.Write("input/root-causes.yml", "categories:\n  - slug: payments/gateway\n    title: Gateway\n    synonyms: [payment gateway]\n");
        var source = temp.Write("plain-labels.txt", Fixture("plain-labels.txt"));

        await CliRunner.RunAsync("import", source, "--output", temp.Combine("input", "postmortems"));

        Assert.Contains("  category: payments/gateway\n", temp.Read("input/postmortems/2024-03-03-checkout-payments-timing-out.md"), StringComparison.Ordinal);
    }
}
