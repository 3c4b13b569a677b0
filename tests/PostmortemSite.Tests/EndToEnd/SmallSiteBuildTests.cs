using System.Text.Json;
using AngleSharp.Html.Parser;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.EndToEnd;

public sealed class SmallSiteBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task I_get_one_page_per_incident_and_per_category_service_tag_and_year()
    {
        WriteThreeIncidents();

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output, "--site-url", "https://example.org");

        Assert.True(result.ExitCode == 0, result.All);
        foreach (var page in new[]
        {
            "index.html", "404.html", "feed.xml", "sitemap.xml", "api/incidents.json",
            "incidents/orders-index/index.html", "incidents/ledger-deadlock/index.html", "incidents/dns-outage/index.html",
            "causes/index.html", "causes/database/index/index.html", "causes/database/locking/index.html",
            "services/index.html", "services/checkout/index.html", "services/payments-api/index.html",
            "tags/index.html", "tags/postgres/index.html", "years/index.html", "years/2023/index.html", "years/2024/index.html",
        })
        {
            Assert.True(File.Exists(_temp.Combine("site", page)), $"missing {page}");
        }

        Assert.Empty(SiteLinkChecker.FindBrokenLinks(Output, "/"));
    }

    [Fact]
    public async Task The_api_lists_every_incident_with_utc_timestamps_and_a_derived_duration()
    {
        WriteThreeIncidents();
        await CliRunner.RunAsync("build", "--input", Input, "--output", Output, "--base-path", "/repo/");

        using var json = JsonDocument.Parse(File.ReadAllText(_temp.Combine("site", "api", "incidents.json")));
        var incidents = json.RootElement.EnumerateArray().ToList();
        var orders = incidents.Single(i => i.GetProperty("id").GetString() == "orders-index");

        Assert.Equal(3, incidents.Count);
        Assert.Equal("/repo/incidents/orders-index/", orders.GetProperty("url").GetString());
        Assert.Equal("2024-03-12", orders.GetProperty("date").GetString());
        Assert.Equal("database/index", orders.GetProperty("root_cause").GetProperty("category").GetString());
        Assert.Equal("A migration dropped the index.", orders.GetProperty("root_cause").GetProperty("trigger").GetString());
        // 11:00+02:00 is 09:00Z: offsets are converted, never copied.
        Assert.Equal("2024-03-12T09:00:00Z", orders.GetProperty("timestamps").GetProperty("started").GetString());
        Assert.Equal("2024-03-12T11:30:00Z", orders.GetProperty("timestamps").GetProperty("resolved").GetString());
        Assert.Equal(JsonValueKind.Null, orders.GetProperty("timestamps").GetProperty("detected").ValueKind);
        Assert.Equal(150, orders.GetProperty("duration_minutes").GetDouble());
        Assert.Equal(38, orders.GetProperty("users_affected_pct").GetDouble());
        Assert.Equal("postmortems/orders-index.md", orders.GetProperty("source").GetString());
        Assert.Equal("Dropped index detected", orders.GetProperty("timeline")[0].GetProperty("text").GetString());
        Assert.Equal("2024-03-12T09:20:00Z", orders.GetProperty("timeline")[0].GetProperty("time").GetString());
        Assert.Equal("Add an index check", orders.GetProperty("action_items")[0].GetProperty("title").GetString());
        Assert.Equal("open", orders.GetProperty("action_items")[0].GetProperty("status").GetString());
        Assert.Contains("ledger-deadlock", orders.GetProperty("related").EnumerateArray().Select(e => e.GetString()));
        foreach (var incident in incidents)
        {
            foreach (var field in new[] { "id", "title", "url", "date", "severity", "status", "root_cause", "services", "tags", "timestamps", "duration_minutes", "users_affected_pct", "timeline", "action_items", "related", "source" })
            {
                Assert.True(incident.TryGetProperty(field, out _), $"{incident.GetProperty("id")} lacks {field}");
            }
        }
    }

    [Fact]
    public async Task An_incident_page_shows_its_facts_related_incidents_with_reasons_and_previous_next()
    {
        WriteThreeIncidents();
        await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        var page = Parse("incidents/orders-index/index.html");

        Assert.Equal("Orders got slow", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("2 h 30 min", page.QuerySelector("dl.facts")!.TextContent);
        Assert.Contains("38%", page.QuerySelector("dl.facts")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/causes/database/index/']"));
        var related = page.QuerySelectorAll("ul.related li").Select(li => li.TextContent).ToList();
        // The explicit link ranks first and says why; the DNS incident shares only a service.
        Assert.Contains("Ledger deadlock", related[0]);
        Assert.Contains("linked by the authors", related[0]);
        Assert.Contains("shared service: checkout", related[1]);
        Assert.NotNull(page.QuerySelector("a[rel=prev][href='/incidents/ledger-deadlock/']"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/incidents/dns-outage/']"));
    }

    [Fact]
    public async Task A_category_page_shows_count_median_and_p90_duration()
    {
        WriteThreeIncidents();
        _temp.Write("input/postmortems/more-index.md", SampleSite.Postmortem("Another index", date: "2022-01-01"));
        await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        var stats = Parse("causes/database/index/index.html").QuerySelector("dl.stats")!.TextContent;

        // Durations 150 and 120 minutes: median 135, nearest-rank p90 150.
        Assert.Contains("Incidents2", stats.Replace(" ", "").Replace("\n", ""));
        Assert.Contains("2 h 15 min", stats);
        Assert.Contains("2 h 30 min", stats);
    }

    [Fact]
    public async Task Raw_html_and_script_links_in_a_postmortem_never_become_markup()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/postmortems/xss.md", SampleSite.Postmortem("Hostile <b>title</b>", body: """
            ## Summary

            <script>alert('body')</script>
            <img src=x onerror="alert('img')">
            [click me](javascript:alert('link'))
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            """));

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        Assert.True(result.ExitCode == 0, result.All);
        var page = Parse("incidents/xss/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript:'], a[href^='data:']"));
        Assert.Null(page.QuerySelector("h1 b"));
        Assert.Contains("<script>alert('body')</script>", page.QuerySelector("section.body")!.TextContent);
    }

    [Fact]
    public async Task A_link_to_another_postmortems_file_points_to_its_page()
    {
        WriteThreeIncidents();
        _temp.Write("input/postmortems/linker.md", SampleSite.Postmortem("Linker", body: "See [the orders one](orders-index.md#root-cause) and [a runbook](../runbooks/db.md)."));

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        var page = Parse("incidents/linker/index.html");
        Assert.NotNull(page.QuerySelector("a[href='/incidents/orders-index/#root-cause']"));
        Assert.Contains("warning PM016: link '../runbooks/db.md' points to no postmortem", result.Error);
        Assert.Contains("postmortems/linker.md:", result.Error);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        WriteThreeIncidents();
        await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine("a"));
        await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine("b"));

        var first = Snapshot(_temp.Combine("a"));
        var second = Snapshot(_temp.Combine("b"));

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, hash) in first)
        {
            Assert.True(hash == second[path], $"{path} differs between builds");
        }
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        WriteThreeIncidents();
        await CliRunner.RunAsync("build", "--input", Input, "--output", Output);
        var before = Snapshot(Output);
        _temp.Write("input/postmortems/broken.md", "---\ntitle: [unclosed\n---\n");

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("left untouched", result.Error);
        Assert.Equal(before, Snapshot(Output));
    }

    [Fact]
    public async Task The_output_folder_may_not_contain_the_input()
    {
        WriteThreeIncidents();

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("overlaps the input folder", result.Error);
        Assert.True(File.Exists(_temp.Combine("input", "postmortems", "orders-index.md")));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string relativePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(_temp.Combine("site", relativePath)));

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    [Fact]
    public async Task A_timeline_entry_with_only_a_day_shows_that_day_on_the_page_and_in_the_api_and_is_not_timed()
    {
        WriteThreeIncidents();
        await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(_temp.Combine("site", "incidents", "orders-index", "index.html")));
        var entry = page.QuerySelectorAll("ol.timeline li").Single(li => li.TextContent.Contains("Index check added", StringComparison.Ordinal));
        Assert.Equal("2024-03-13", entry.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Null(entry.QuerySelector(".elapsed"));

        using var json = JsonDocument.Parse(File.ReadAllText(_temp.Combine("site", "api", "incidents.json")));
        var timeline = json.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "orders-index").GetProperty("timeline");
        Assert.Equal("2024-03-13", timeline[1].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, timeline[1].GetProperty("time").ValueKind);
    }

    private void WriteThreeIncidents()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/postmortems/orders-index.md", """
            ---
            title: Orders got slow
            date: 2024-03-12
            severity: SEV2
            summary: Checkout slowed down.
            root_cause:
              category: database/index
              trigger: A migration dropped the index.
            timestamps:
              started: 2024-03-12T11:00:00+02:00
              mitigated: 2024-03-12T10:00:00Z
              resolved: 2024-03-12T11:30:00Z
            impact:
              description: Slow checkout.
              users_affected_pct: 38
              customer_facing: true
            services: [checkout, orders-db]
            tags: [postgres]
            related: [ledger-deadlock]
            action_items:
              - title: Add an index check
                owner: dana
            timeline:
              - time: 2024-03-12T09:20:00Z
                text: Dropped index detected
              - date: 2024-03-13
                text: Index check added to the migration linter
            ---
            ## Summary

            Checkout was slow.
            """);
        _temp.Write("input/postmortems/ledger-deadlock.md", SampleSite.Postmortem("Ledger deadlock", date: "2023-07-18", category: "database/locking", services: "[payments-api]", tags: "[postgres]"));
        _temp.Write("input/postmortems/dns-outage.md", SampleSite.Postmortem("DNS outage", date: "2024-09-01", category: "network/dns", services: "[checkout]"));
    }
}
