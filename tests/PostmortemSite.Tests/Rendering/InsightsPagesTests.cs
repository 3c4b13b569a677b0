using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Rendering;

public sealed class InsightsPagesTests : IDisposable
{
    // Every incident lasts 10:00 -> 12:00 with detection at 10:15 (SampleSite's timestamps): 2 h, 15 min.
    private static readonly string TrafficGuess = SampleSite.Postmortem("Orders slow after an index drop", date: "2024-01-10", category: "database/index", services: "[checkout, orders-db]", extra: """
        timeline:
          - time: 2024-01-10T10:15:00Z
            text: Alert fired
            milestone: detected
          - time: 2024-01-10T10:20:00Z
            text: Suspected a traffic spike; scaled checkout out, no effect.
          - time: 2024-01-10T10:30:00Z
            text: Seq scan found on orders
            milestone: identified
        action_items:
          - title: Validate migration scripts before deploy
            owner: dana
            status: open
            ticket: OPS-1
            due: 2024-02-01
        """);

    private static readonly string SameGuessAgain = SampleSite.Postmortem("Deadlocks in billing", date: "2024-03-05", category: "database/locking", services: "[billing, orders-db]", extra: """
        timeline:
          - time: 2024-03-05T10:15:00Z
            text: Initial assumption was a sudden increase in traffic.
          - time: 2024-03-05T10:45:00Z
            text: Deadlock graph shows opposite lock order
        action_items:
          - title: Run migration validation in CI before deploying
            status: done
        """);

    private static readonly string Dns = SampleSite.Postmortem("Resolver throttled", date: "2024-03-20", category: "network/dns", services: "[orders-db]");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_insights_page_draws_each_chart_as_a_titled_svg_image_followed_by_a_table_of_its_figures()
    {
        var page = await PageAsync("insights/index.html");

        var charts = page.QuerySelectorAll("svg[role=img]");
        Assert.Equal(5, charts.Length); // per month, duration, detection, services, action statuses
        foreach (var chart in charts)
        {
            var title = chart.Children.First(c => c.LocalName == "title");
            Assert.False(string.IsNullOrWhiteSpace(title.TextContent));
            var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(labelledBy, id => Assert.NotNull(page.GetElementById(id)));
            Assert.Contains(title.Id, labelledBy);
            Assert.NotNull(chart.Closest(".chart-pair")!.QuerySelector("table caption"));
        }
    }

    [Fact]
    public async Task The_insights_tables_report_medians_and_monthly_counts()
    {
        var page = await PageAsync("insights/index.html");

        Assert.Equal("2 h", Fact(page, "Median duration"));
        Assert.Equal("15 min", Fact(page, "Median time to detect"));
        var months = Rows(page, "per-month-caption");
        Assert.Equal(["2024-01", "2024-03"], months.Select(r => r[0])); // February had none: left out of the table
        Assert.Equal(["1", "2"], months.Select(r => r[^1]));
        Assert.Equal(["orders-db", "3"], Rows(page, "services-caption")[0]);
        Assert.Contains("2024-02", page.QuerySelector("#chart-per-month-title")!.ParentElement!.TextContent); // but the chart keeps its column
    }

    [Fact]
    public async Task The_false_leads_page_groups_the_same_guess_from_two_incidents_with_the_minutes_it_cost()
    {
        var page = await PageAsync("false-leads/index.html");

        var group = page.QuerySelector("section[aria-labelledby='lead-traffic-increase']")!;
        Assert.Contains("2 incidents", group.TextContent);
        Assert.Equal(["Deadlocks in billing", "Orders slow after an index drop"], group.QuerySelectorAll(".false-leads > li > a").Select(a => a.TextContent));
        Assert.Equal(["cost 30 min", "cost 10 min"], group.QuerySelectorAll(".cost").Select(c => c.TextContent));
        Assert.Equal(["Assumed a traffic increase", "2", "40 min"], Rows(page, "lead-summary")[0]);
    }

    [Fact]
    public async Task The_action_register_lists_open_items_first_marks_overdue_ones_and_groups_the_repeated_promise()
    {
        var page = await PageAsync("actions/index.html");

        var rows = page.QuerySelectorAll("table.action-register tbody tr").ToList();
        Assert.Equal(["Validate migration scripts before deploy", "Run migration validation in CI before deploying"], rows.Select(r => r.Children[0].TextContent));
        Assert.Equal("overdue", rows[0].ClassName); // due 2024-02-01, as-of defaults to the newest incident, 2024-03-20
        Assert.Contains("overdue", rows[0].TextContent);
        Assert.Equal(["Validate migration scripts before deploy"], page.QuerySelectorAll(".action-group h3").Select(h => h.TextContent));
        Assert.Contains("Proposed in 2 incidents, 1 still open", page.QuerySelector(".action-group")!.TextContent);
    }

    [Fact]
    public async Task An_earlier_as_of_date_leaves_the_item_not_yet_overdue()
    {
        var page = await PageAsync("actions/index.html", asOf: new DateOnly(2024, 1, 15));

        Assert.Empty(page.QuerySelectorAll("tr.overdue"));
        Assert.Equal("0", Fact(page, "Overdue on 2024-01-15"));
    }

    [Fact]
    public async Task A_category_page_shows_its_false_leads_and_proposed_actions()
    {
        var page = await PageAsync("causes/database/index/index.html");

        Assert.Contains("Assumed a traffic increase", page.QuerySelector("section[aria-labelledby='category-false-leads']")!.TextContent);
        Assert.Contains("Validate migration scripts before deploy", page.QuerySelector("section[aria-labelledby='category-actions']")!.TextContent);
        Assert.DoesNotContain("Run migration validation", page.QuerySelector("section[aria-labelledby='category-actions']")!.TextContent);
    }

    [Fact]
    public async Task The_incident_timeline_highlights_a_detected_dead_end_and_shows_times_to_detect_identify_and_resolve()
    {
        var site = await BuildAsync();
        var page = Parse(site, "incidents/orders-slow/index.html");

        var deadEnd = Assert.Single(page.QuerySelectorAll(".timeline li.dead-end"));
        Assert.Contains("Suspected a traffic spike", deadEnd.TextContent);
        Assert.Equal("false lead: Assumed a traffic increase, cost 10 min", deadEnd.QuerySelector("a.dead-end-label")!.TextContent);
        Assert.Equal("15 min", Fact(page, "Time to detect"));
        Assert.Equal("30 min", Fact(page, "Time to identify the cause"));
        Assert.Equal("2 h", Fact(page, "Time to resolve"));
    }

    [Fact]
    public async Task The_new_pages_are_byte_identical_across_builds()
    {
        var first = await BuildAsync();
        var second = await BuildAsync();

        foreach (var path in new[] { "insights/index.html", "false-leads/index.html", "actions/index.html" })
        {
            Assert.Equal(first[path], second[path]);
        }
    }

    [Fact]
    public async Task The_cli_refuses_an_as_of_that_is_not_a_date()
    {
        WriteLibrary();

        var result = await Support.CliRunner.RunAsync("build", "--input", _folder.Combine("input"), "--output", _folder.Combine("site"), "--as-of", "20/03/2024");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("write it as YYYY-MM-DD", result.All);
    }

    private async Task<IDocument> PageAsync(string path, DateOnly? asOf = null) => Parse(await BuildAsync(asOf), path);

    private async Task<Dictionary<string, string>> BuildAsync(DateOnly? asOf = null)
    {
        WriteLibrary();
        var options = new SiteOptions(_folder.Combine("input"), _folder.Combine("output"), AsOf: asOf);
        var result = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(options, WriteMode.None);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        return result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
    }

    private void WriteLibrary()
    {
        _folder.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _folder.Write("input/postmortems/orders-slow.md", TrafficGuess);
        _folder.Write("input/postmortems/billing-deadlocks.md", SameGuessAgain);
        _folder.Write("input/postmortems/resolver.md", Dns);
    }

    private static IDocument Parse(Dictionary<string, string> site, string path) => new HtmlParser().ParseDocument(site[path]);

    /// <summary>The value beside a label in a page's facts list.</summary>
    private static string Fact(IDocument page, string label) =>
        page.QuerySelectorAll(".facts dt").Single(dt => dt.TextContent == label).NextElementSibling!.TextContent.Trim();

    /// <summary>The cells of each body row of the table whose caption has this id.</summary>
    private static List<string[]> Rows(IDocument page, string captionId) =>
        page.GetElementById(captionId)!.Closest("table")!.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())
            .ToList();
}
