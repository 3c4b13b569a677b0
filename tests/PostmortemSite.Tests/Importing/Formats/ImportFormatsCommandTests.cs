using AngleSharp.Html.Parser;
using PostmortemSite.Importing.Review;
using PostmortemSite.Tests.Extracting;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class ImportFormatsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Postmortems => _temp.Combine("input", "postmortems");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_file_in_a_folder_is_imported_or_listed_with_its_reason_and_the_counts_add_up()
    {
        WriteMixedHeap();
        _temp.Write("heap/diagram.png", "not really a png");
        _temp.Write("heap/notes.yml", "a: b");
        _temp.Write("heap/.DS_Store", "x");
        _temp.Write("heap/.git/config", "[core]");
        _temp.Write("heap/README.md", "# Our old postmortems\n\nOne file per incident.\n");
        _temp.Write("heap/LICENSE.md", "# Licence\n\nShare alike.\n");
        _temp.Write("heap/2019/postmortem-template.md", "# Title\n\n## Timeline\n\n- HH:MM what happened\n");
        _temp.Write("heap/sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>");
        _temp.Write("heap/res/styles.xml", "<resources><style name=\"App\"><item name=\"color\">#fff</item></style></resources>");
        _temp.Write("heap/blog/index.xml", "<rss version=\"2.0\"><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>");

        var result = await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Imported 10 of 20 files: 10 written, 10 not read.", result.Output, StringComparison.Ordinal);
        foreach (var (file, reason) in new[]
        {
            ("diagram.png", "'.png' files are not read"), ("notes.yml", "'.yml' files are not read"), (".DS_Store", "a hidden file"),
            (".git/", "a hidden folder"), ("README.md", "'README.md' at the top of 'heap' is taken as the folder's index"),
            ("LICENSE.md", "'LICENSE.md' is one of a repository's own files"), ("2019/postmortem-template.md", "'postmortem-template.md' is named as a template"),
            ("sitemap.xml", "an XML file that is not an Atom or RSS feed or entry is not read from a folder"),
            ("res/styles.xml", "an XML file that is not an Atom or RSS feed or entry is not read from a folder"),
            ("blog/index.xml", "a feed of 2 entries is not read from a folder"),
        })
        {
            Assert.Contains($"heap/{file}: not read\n  warning    PM052 not imported: {reason}", result.Output.Replace(_temp.Path + "/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Equal(10, Directory.GetFiles(Postmortems, "*.md").Length);
        Assert.Single(Directory.GetFiles(Postmortems, "*search-cluster-outage-feed.md"));
    }

    [Fact]
    public async Task The_library_imported_from_every_format_builds_and_no_script_from_any_document_reaches_the_site()
    {
        WriteMixedHeap();
        await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);

        var build = await CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));

        Assert.True(build.ExitCode == 0, build.All);
        var parser = new HtmlParser();
        foreach (var page in Directory.GetFiles(_temp.Combine("site"), "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
            Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
            var document = parser.ParseDocument(html);
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.All(document.Scripts, s => Assert.True(s.Source is { Length: > 0 } || !s.Text.Contains("alert", StringComparison.Ordinal)));
        }

        Assert.Equal(10, Directory.GetDirectories(_temp.Combine("site", "incidents")).Length);
    }

    [Fact]
    public async Task Import_writes_a_review_report_with_one_row_per_document_and_one_column_per_field_as_markdown_and_csv()
    {
        _temp.Write("heap/plain-labels.txt", PostmortemExtractorTests.Fixture("plain-labels.txt"));
        _temp.Write("heap/no-clues.txt", PostmortemExtractorTests.Fixture("no-clues.txt"));
        _temp.Write("heap/logo.svg", "<svg/>");

        var result = await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);

        Assert.Contains("Review report: ", result.Output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(_temp.Combine("input", "_import-review.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("document,format,outcome,output,title,date,started,", rows[0], StringComparison.Ordinal);
        var plain = rows.Single(r => r.Contains("plain-labels.txt", StringComparison.Ordinal));
        Assert.Contains("found: title \"\"Checkout Payments Timing Out\"\"", plain, StringComparison.Ordinal);
        Assert.Contains("guessed (", plain, StringComparison.Ordinal);
        Assert.Contains(",missing,", rows.Single(r => r.Contains("no-clues.txt", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("not read", rows.Single(r => r.Contains("logo.svg", StringComparison.Ordinal)), StringComparison.Ordinal);

        var markdown = File.ReadAllText(_temp.Combine("input", "_import-review.md"));
        Assert.Contains("| document | format | outcome | output | title | date |", markdown, StringComparison.Ordinal);
        Assert.Equal(3, markdown.Split('\n').Count(l => l.Contains("heap/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Csv_cells_a_spreadsheet_would_run_as_formulas_are_prefixed_and_quoting_is_rfc_4180()
    {
        Assert.Equal("'=HYPERLINK(\"\"x\"\")", ReviewReport.CsvCell("=HYPERLINK(\"x\")").Trim('"'));
        Assert.Equal("'+1", ReviewReport.CsvCell("+1"));
        Assert.Equal("'-2+3", ReviewReport.CsvCell("-2+3"));
        Assert.Equal("'@SUM(A1)", ReviewReport.CsvCell("@SUM(A1)"));
        Assert.Equal("\"a, b\"", ReviewReport.CsvCell("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", ReviewReport.CsvCell("say \"hi\""));
        Assert.Equal("\"two\nlines\"", ReviewReport.CsvCell("two\nlines"));
        Assert.Equal("plain", ReviewReport.CsvCell("plain"));
    }

    [Fact]
    public async Task A_document_whose_title_is_a_formula_stays_text_in_the_review_csv()
    {
        _temp.Write("heap/=cmd.txt", "=HYPERLINK(\"https://evil.example\",\"click\")\n\nDate: 2024-03-01\n\nRoot cause: a full disk.\n");

        await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);

        var csv = File.ReadAllText(_temp.Combine("input", "_import-review.csv"));
        foreach (var cell in csv.Split("\r\n").Skip(1).SelectMany(r => r.Split(',')))
        {
            Assert.False(cell.TrimStart('"').Length > 0 && cell.TrimStart('"')[0] is '=' or '+' or '-' or '@', cell);
        }
    }

    [Fact]
    public async Task A_review_report_file_import_did_not_write_is_kept_without_force()
    {
        _temp.Write("heap/blog/search-outage.xml", FormatFixtures.AtomEntry);
        _temp.Write("heap/plain-labels.txt", PostmortemExtractorTests.Fixture("plain-labels.txt"));
        _temp.Write("input/_import-review.md", "my own notes");

        var result = await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);

        Assert.Contains("PM082", result.All, StringComparison.Ordinal);
        Assert.Equal("my own notes", _temp.Read("input/_import-review.md"));
    }

    [Fact]
    public async Task An_imported_incident_page_marks_guessed_fields_discreetly_with_their_confidence()
    {
        _temp.Write("heap/blog/search-outage.xml", FormatFixtures.AtomEntry);
        _temp.Write("heap/plain-labels.txt", PostmortemExtractorTests.Fixture("plain-labels.txt"));
        await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);
        var written = _temp.Read("input/postmortems/2024-03-03-checkout-payments-timing-out.md");
        Assert.Contains("  guesses:\n", written, StringComparison.Ordinal);
        Assert.Contains("    - field: root_cause\n      confidence: ", written, StringComparison.Ordinal);

        await CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));

        var page = new HtmlParser().ParseDocument(_temp.Read("site/incidents/2024-03-03-checkout-payments-timing-out/index.html"));
        var rootCause = page.QuerySelectorAll(".facts div").Single(d => d.QuerySelector("dt")?.TextContent == "Root cause");
        var mark = rootCause.QuerySelector(".guess");
        Assert.NotNull(mark);
        Assert.Matches("^guessed, (low|medium|high) confidence$", mark.TextContent);
        Assert.StartsWith("root cause ", mark.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelectorAll(".facts div").Single(d => d.QuerySelector("dt")?.TextContent == "Date").QuerySelector(".guess"));
        Assert.Contains("guessed fields to review", page.QuerySelector(".source")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_text_postmortem_renders_as_the_document_it_was_and_its_timeline_and_impact_appear_once()
    {
        var original = PostmortemExtractorTests.Fixture("plain-labels.txt");
        _temp.Write("heap/blog/search-outage.xml", FormatFixtures.AtomEntry);
        _temp.Write("heap/plain-labels.txt", original);
        await CliRunner.RunAsync("import", _temp.Combine("heap"), "--output", Postmortems);
        var written = _temp.Read("input/postmortems/2024-03-03-checkout-payments-timing-out.md");
        Assert.EndsWith("---\n" + original.Replace("\r\n", "\n", StringComparison.Ordinal), written, StringComparison.Ordinal);
        Assert.Contains("  body_format: text\n", written, StringComparison.Ordinal);

        await CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));

        var html = _temp.Read("site/incidents/2024-03-03-checkout-payments-timing-out/index.html");
        var page = new HtmlParser().ParseDocument(html);
        Assert.Contains(page.QuerySelectorAll(".body h2, .body h3"), h => h.TextContent == "Root Cause");
        Assert.Single(html.Split("Restart had no effect on error rate").Skip(1));
        Assert.Single(html.Split("About 35% of customers saw a payment error").Skip(1));
    }

    private void WriteMixedHeap()
    {
        _temp.Write("heap/wiki/search-outage.html", FormatFixtures.Html);
        _temp.Write("heap/search-outage.adoc", FormatFixtures.AsciiDoc.Replace("Search cluster outage", "Search cluster outage (AsciiDoc)", StringComparison.Ordinal));
        _temp.Write("heap/notes/search-outage.org", FormatFixtures.Org);
        _temp.Write("heap/wiki/search-outage.wiki", FormatFixtures.MediaWiki);
        _temp.Write("heap/search-outage.rst", FormatFixtures.ReStructuredText.Replace("Search cluster outage", "Search cluster outage in rst", StringComparison.Ordinal).Replace("=====================\n", "============================\n", StringComparison.Ordinal));
        _temp.Write("heap/blog/search-outage.mdx", FormatFixtures.Mdx.Replace("Search cluster outage", "Search cluster outage (MDX)", StringComparison.Ordinal));
        _temp.Write("heap/blog/search-outage.md.erb", FormatFixtures.MarkdownErb.Replace("Search cluster outage", "Search cluster outage (ERB)", StringComparison.Ordinal));
        _temp.Write("heap/blog/search-outage.xml", FormatFixtures.AtomEntry);
        _temp.Write("heap/plain-labels.txt", PostmortemExtractorTests.Fixture("plain-labels.txt"));
        File.WriteAllBytes(_temp.Combine("heap", "search-outage.docx"), DocxToMarkdownTests.SearchOutageDocument());
    }
}
