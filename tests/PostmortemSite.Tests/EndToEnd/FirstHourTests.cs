using System.Text;
using AngleSharp.Html.Parser;
using PostmortemSite.Authoring;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.EndToEnd;

/// <summary>The rough edges a new user meets in the first hour with the commands and the built site.</summary>
public sealed class FirstHourTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Input => _temp.Combine("input");

    private string Output => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    private void Write(string name, string text) => _temp.Write($"input/postmortems/{name}.md", text);

    private async Task<BuildResult> BuildAsync(bool drafts = false, string? siteUrl = null)
    {
        if (!File.Exists(_temp.Combine("input", "root-causes.yml")))
        {
            _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        }

        return await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(Input, Output, SiteUrl: siteUrl, IncludeDrafts: drafts), WriteMode.None);
    }

    private static string Page(BuildResult build, string path) => Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Content);

    [Fact]
    public async Task Build_ends_with_the_command_that_shows_the_site_not_a_file_that_opens_broken()
    {
        Write("one", SampleSite.Postmortem("One"));
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output, "--base-path", "/kb/");

        Assert.True(result.ExitCode == 0, result.All);
        var last = result.Output.TrimEnd().Split('\n')[^1];
        Assert.DoesNotContain("index.html", last);
        Assert.Contains($" serve --input {Input} --output {Output} --base-path /kb/", last);
        Assert.StartsWith("To browse it, run: ", last);
    }

    [Fact]
    public async Task Drafts_and_postmortems_in_review_are_left_out_unless_asked_for_and_links_to_them_are_not_errors()
    {
        Write("done", SampleSite.Postmortem("Done", extra: "status: published\nrelated: [half-done, sketch]"));
        Write("half-done", SampleSite.Postmortem("Half done", extra: "status: in-review"));
        Write("sketch", SampleSite.Postmortem("Sketch", extra: "status: draft"));

        var published = await BuildAsync();

        Assert.Equal(["done"], published.KnowledgeBase!.Incidents.Select(i => i.Id));
        Assert.DoesNotContain(published.Files, f => f.Path.StartsWith("incidents/sketch/", StringComparison.Ordinal) || f.Path.StartsWith("incidents/half-done/", StringComparison.Ordinal));
        Assert.DoesNotContain("Sketch", Page(published, "index.html"));
        Assert.DoesNotContain(published.Diagnostics, d => d.Code == "PM010");

        var withDrafts = await BuildAsync(drafts: true);

        Assert.Equal(3, withDrafts.KnowledgeBase!.Incidents.Count);
        var draftPage = new HtmlParser().ParseDocument(Page(withDrafts, "incidents/sketch/index.html"));
        Assert.Equal("DRAFT", draftPage.QuerySelector("article > header .status-badge")?.TextContent);
        Assert.Equal("IN REVIEW", new HtmlParser().ParseDocument(Page(withDrafts, "incidents/half-done/index.html")).QuerySelector("article > header .status-badge")?.TextContent);
        var home = new HtmlParser().ParseDocument(Page(withDrafts, "index.html"));
        Assert.Equal(2, home.QuerySelectorAll(".incident-item .status-badge").Length);
        Assert.Null(new HtmlParser().ParseDocument(Page(withDrafts, "incidents/done/index.html")).QuerySelector(".status-badge"));
    }

    [Fact]
    public async Task Build_takes_drafts_with_the_drafts_option()
    {
        Write("sketch", SampleSite.Postmortem("Sketch", extra: "status: draft"));
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        var without = await CliRunner.RunAsync("build", "--input", Input, "--output", Output);
        Assert.False(File.Exists(Path.Combine(Output, "incidents", "sketch", "index.html")), without.All);

        var with = await CliRunner.RunAsync("build", "--input", Input, "--output", Output, "--drafts");
        Assert.True(File.Exists(Path.Combine(Output, "incidents", "sketch", "index.html")), with.All);
    }

    [Fact]
    public async Task A_new_postmortem_publishes_none_of_its_guidance_and_its_template_words_feed_no_related_incident_or_search()
    {
        var created = PostmortemTemplate.Create(TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []), "Checkout 502s", "database/index", new DateOnly(2025, 6, 10));
        _temp.Write("input/" + created.RelativePath, created.Text);
        // Another unfilled postmortem from the template: before, the two were "related" through the prompts' words.
        var other = PostmortemTemplate.Create(TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []), "Orders slow", "database/locking", new DateOnly(2025, 6, 11));
        _temp.Write("input/" + other.RelativePath, other.Text);
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        var build = await BuildAsync(drafts: true);

        var id = Path.GetFileNameWithoutExtension(created.RelativePath);
        var html = Page(build, $"incidents/{id}/index.html");
        Assert.DoesNotContain("&lt;!--", html);
        Assert.DoesNotContain("Numbers beat adjectives", html);
        Assert.DoesNotContain("Blame systems", html);
        var incident = build.KnowledgeBase!.Incidents.Single(i => i.Id == id);
        Assert.Equal("", incident.RootCauseText);
        Assert.DoesNotContain("Blame systems", incident.BodyMarkdown);
        Assert.Empty(build.KnowledgeBase.LinksOf(incident).Related);

        await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(Input, Output, IncludeDrafts: true));
        var search = await CliRunner.RunAsync("search", "adjectives", "--site", Output);
        Assert.Contains("No incidents", search.Output);
    }

    [Fact]
    public async Task Every_page_of_the_sample_site_has_unique_ids_and_incident_pages_show_impact_and_timeline_once()
    {
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, Output, IncludeDrafts: true), WriteMode.None);
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));

        var parser = new HtmlParser();
        var pages = build.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50);
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
            var repeated = document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{file.Path} repeats the ids {string.Join(", ", repeated)}");
            if (file.Path.StartsWith("incidents/", StringComparison.Ordinal) && document.QuerySelector("article.incident") is not null)
            {
                var headings = document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
                Assert.True(headings.Count(h => h == "Impact") <= 1, $"{file.Path}: {string.Join(" | ", headings)}");
                Assert.True(headings.Count(h => h == "Timeline") <= 1, $"{file.Path}: {string.Join(" | ", headings)}");
            }
        }

        // The sample's write-ups have Impact and Timeline sections; their prose is kept under the single heading.
        var page = parser.ParseDocument(Page(build, "incidents/2023-02-14-orders-missing-index/index.html"));
        Assert.Contains("abandoned carts", page.QuerySelector("section[aria-labelledby=impact]")!.TextContent);
        Assert.Contains("traffic theory", page.QuerySelector("section[aria-labelledby=timeline]")!.TextContent);
    }

    [Fact]
    public async Task Check_help_lists_only_the_options_check_uses()
    {
        var help = await CliRunner.RunAsync("check", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--input", help.Output);
        foreach (var option in new[] { "--base-path", "--site-url", "--title", "--theme", "--drafts" })
        {
            Assert.DoesNotContain(option, help.Output);
        }

        Assert.Contains("--base-path", (await CliRunner.RunAsync("build", "--help")).Output);
    }

    [Fact]
    public async Task A_file_with_an_error_does_not_make_links_to_it_report_an_unknown_id()
    {
        Write("good", SampleSite.Postmortem("Good", extra: "related: [broken, broken-yaml, nowhere]"));
        Write("broken", SampleSite.Postmortem("Broken", date: "2024-13-45"));
        Write("broken-yaml", "---\ntitle: [unclosed\n---\nBody\n");

        var build = await BuildAsync();

        Assert.True(build.Failed);
        var unknown = build.Diagnostics.Where(d => d.Code == "PM010").Select(d => d.Message).ToList();
        Assert.Equal(["related id 'nowhere' matches no postmortem"], unknown);
    }

    [Fact]
    public async Task Without_a_site_url_the_build_warns_and_writes_no_sitemap_and_no_relative_feed_ids()
    {
        Write("one", SampleSite.Postmortem("One"));

        var result = await CliRunner.RunAsync("build", "--input", Input, "--output", Output);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("warning PM065", result.All);
        Assert.False(File.Exists(Path.Combine(Output, "sitemap.xml")));
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(Output, "feed.xml"));
        Assert.All(feed.Descendants().Where(e => e.Name.LocalName == "id"), id => Assert.True(Uri.IsWellFormedUriString(id.Value, UriKind.Absolute), id.Value));

        var withUrl = await CliRunner.RunAsync("build", "--input", Input, "--output", Output, "--site-url", "https://example.org");
        Assert.DoesNotContain("PM065", withUrl.All);
        Assert.Contains("<loc>https://example.org/", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
    }

    [Fact]
    public async Task The_incident_list_pages_a_large_library_and_links_every_page()
    {
        for (var i = 0; i < 230; i++)
        {
            Write($"incident-{i:000}", SampleSite.Postmortem($"Incident {i}", date: new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var build = await BuildAsync();

        var parser = new HtmlParser();
        var first = parser.ParseDocument(Page(build, "incidents/index.html"));
        Assert.Equal(100, first.QuerySelectorAll("[data-incident-table] tbody tr").Length);
        Assert.Equal("/incidents/page/2/", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(30, parser.ParseDocument(Page(build, "incidents/page/3/index.html")).QuerySelectorAll("[data-incident-table] tbody tr").Length);
        Assert.Contains(build.Files, f => f.Path == "api/incident-list.json");
    }

    [Fact]
    public async Task Ticket_ids_link_to_the_tracker_only_through_an_http_pattern_with_a_place_for_the_id()
    {
        Write("one", SampleSite.Postmortem("One", extra: "action_items:\n  - title: Fix it\n    ticket: OPS-12\n    due: 2024-01-01"));
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

        foreach (var (pattern, expected) in new[] { ("https://tracker.example/browse/{id}", "https://tracker.example/browse/OPS-12"), ("javascript:alert('{id}')", null), ("https://tracker.example/", null) })
        {
            var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(Input, Output) { TicketUrl = pattern }, WriteMode.None);
            var ticket = new HtmlParser().ParseDocument(Page(build, "actions/index.html")).QuerySelector("[data-action-table] .ticket");
            Assert.Equal("OPS-12", ticket?.TextContent);
            Assert.Equal(expected, ticket?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task An_empty_library_says_on_each_page_how_to_fill_it()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        Directory.CreateDirectory(_temp.Combine("input", "postmortems"));

        var build = await BuildAsync();

        foreach (var path in new[] { "index.html", "incidents/index.html", "insights/index.html", "causes/index.html" })
        {
            Assert.Contains("postmortemsite new", Page(build, path));
        }

        Assert.Contains("dead_end: true", Page(build, "false-leads/index.html"));
        Assert.Contains("action_items:", Page(build, "actions/index.html"));
        Assert.Contains("services: [", Page(build, "services/index.html"));
        Assert.Contains("tags: [", Page(build, "tags/index.html"));
    }

    [Fact]
    public async Task The_false_leads_page_says_what_it_lists()
    {
        Write("one", SampleSite.Postmortem("One"));

        var page = Page(await BuildAsync(), "false-leads/index.html");

        Assert.DoesNotContain("in more than one incident, grouped", page);
        Assert.Contains("Every wrong hypothesis found in the incident timelines", page);
    }
}
