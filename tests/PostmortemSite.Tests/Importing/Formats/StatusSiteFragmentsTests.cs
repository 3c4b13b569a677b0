using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Importing.Formats;

/// <summary>
/// An incident saved from a status site as a piece of HTML: its heading above an &lt;article&gt;, the postmortem inside,
/// and a list of updates below, each closing with its &lt;time&gt;. All of it is read, the updates are the timeline on
/// the days they write, and none of them is an action item.
/// </summary>
public sealed class StatusSiteFragmentsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private const string Fragment = "<h1>Vendor outage slows publishing</h1>\n<article>\n  <h2>Postmortem</h2>\n"
        + "  <p>Our publishing service failed for some users because our CDN vendor had an outage.</p>\n"
        + "  <h2>Action items</h2>\n  <ol><li>Improve the runbook for vendor outages</li><li>Alert on the vendor's error rate</li></ol>\n"
        + "  <time>2025-11-20T10:52:26.239Z</time>\n</article>\n<ul class=\"updates\">\n"
        + "  <li><h2>investigating</h2><p>Our monitors alerted about errors from the CDN.</p><time>2025-11-18T11:31:33.836Z</time></li>\n"
        + "  <li><h2>monitoring</h2><p>We switched our backends to another CDN.</p><time>2025-11-18T11:42:43.461Z</time></li>\n"
        + "  <li><h2>resolved</h2><p>Error rates are back to normal.</p><time>2025-11-18T15:30:16.168Z</time></li>\n</ul>\n";

    [Fact]
    public void A_fragment_with_no_page_around_it_is_read_whole_heading_and_updates_included()
    {
        var markdown = HtmlToMarkdown.Convert(Fragment).Markdown;

        Assert.StartsWith("# Vendor outage slows publishing", markdown.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("We switched our backends", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_a_body_still_reads_only_its_single_article()
    {
        var markdown = HtmlToMarkdown.Convert("<html><body><div class=\"sidebar\"><p>Subscribe to our newsletter</p></div><article><h1>Outage</h1><p>The API was down.</p></article></body></html>").Markdown;

        Assert.DoesNotContain("newsletter", markdown, StringComparison.Ordinal);
        Assert.Contains("The API was down.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Updates_that_close_with_their_time_are_the_timeline_on_the_days_they_write_and_not_action_items()
    {
        var (_, extraction) = FormatFixtures.Read("vendor.html", Fragment);
        var postmortem = extraction.Postmortem;

        Assert.Equal("Vendor outage slows publishing", postmortem.Title);
        Assert.Equal(2, postmortem.ActionItems.Count);
        var times = postmortem.Timeline.Select(e => e.Time).ToList();
        Assert.Contains(new DateTimeOffset(2025, 11, 18, 11, 42, 43, TimeSpan.Zero), times);
        Assert.Contains(new DateTimeOffset(2025, 11, 18, 15, 30, 16, TimeSpan.Zero), times);
        Assert.DoesNotContain(times, t => t?.Day == 20);
    }

    [Theory]
    [InlineData("2025-11-18T11:42:43Z monitoring: we switched our backends to another CDN.")]
    [InlineData("2025-11-18 11:42 UTC - switched our backends to another CDN")]
    public void A_list_item_that_opens_with_a_date_and_time_is_no_action_item(string item)
    {
        var text = $"# Vendor outage\n\n**Date:** 2025-11-18\n\nOur CDN vendor had an outage.\n\n## Action items\n\n- Improve the runbook for vendor outages\n- {item}\n";

        var items = Extractor.Extract("vendor.md", text).Postmortem.ActionItems;

        Assert.Equal(["Improve the runbook for vendor outages"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("2025-12-01: add a second CDN")]
    [InlineData("2025-12-01 17:00 deadline: rotate all remaining long-lived keys")]
    [InlineData("[ ] 2025-12-05 12:00 UTC: add secret scanning to the build pipeline")]
    public void A_list_item_that_opens_with_a_deadline_is_still_an_action_item(string item)
    {
        var text = $"# Vendor outage\n\n**Date:** 2025-11-18\n\nOur CDN vendor had an outage.\n\n## Action items\n\n- {item}\n";

        Assert.Single(Extractor.Extract("vendor.md", text).Postmortem.ActionItems);
    }

    [Fact]
    public void A_fragments_masthead_sidebar_and_footer_beside_its_article_are_left_out()
    {
        const string html = "<header class=\"masthead\"><h1><a href=\"/\">Acme Engineering</a></h1></header>\n"
            + "<article><h2>Payment retries double-charged customers</h2><p>A retry bug charged some customers twice.</p></article>\n"
            + "<aside class=\"tags\"><p>Popular tags: Kubernetes, DDoS, Malware</p></aside>\n<footer><p>Posted <time>April 19, 2024</time></p></footer>\n";

        var markdown = HtmlToMarkdown.Convert(html).Markdown;

        Assert.DoesNotContain("Acme Engineering", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Popular tags", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted", markdown, StringComparison.Ordinal);
        Assert.Contains("A retry bug charged some customers twice.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_that_write_their_own_dates_keep_them_under_a_line_that_is_only_a_stamp()
    {
        var text = "# Vendor outage\n\n## Timeline\n\n2025-11-20T10:52:26Z\n\n- 2025-11-18T11:31:33Z monitors alerted about errors.\n- 2025-11-18T11:42:43Z we switched our backends.\n";

        var times = Extractor.Extract("vendor.md", text).Postmortem.Timeline.Select(e => e.Time).ToList();

        Assert.Contains(new DateTimeOffset(2025, 11, 18, 11, 31, 33, TimeSpan.Zero), times);
        Assert.Contains(new DateTimeOffset(2025, 11, 18, 11, 42, 43, TimeSpan.Zero), times);
    }
}
