using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class HtmlToMarkdownTests
{
    [Fact]
    public void Html_headings_become_markdown_headings_and_the_page_title_is_not_repeated()
    {
        var markdown = HtmlToMarkdown.Convert(FormatFixtures.Html).Markdown;

        Assert.Contains("# Search cluster outage\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Timeline (all times in UTC)\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Engineering Wiki", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_table_becomes_a_pipe_table_and_a_table_headed_down_the_side_becomes_label_lines()
    {
        var markdown = HtmlToMarkdown.Convert(FormatFixtures.Html).Markdown;

        Assert.Contains("| Time (UTC) | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Date:** May 14, 2024\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Severity:** SEV2\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_lists_keep_their_nesting_and_line_breaks_stay_line_breaks()
    {
        var markdown = HtmlToMarkdown.Convert(FormatFixtures.Html).Markdown;

        Assert.Contains("- Cap aggregation buckets in the reports service\n- Alert on heap usage above 85%\n   - Page the search team, not the reports team\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Written by the search team.  \nReviewed 2024-05-20.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_style_and_navigation_are_dropped_and_reported_and_event_handlers_do_not_survive()
    {
        var conversion = HtmlToMarkdown.Convert(FormatFixtures.Html);

        Assert.DoesNotContain("cookie", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Wiki home", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains("heap graph", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains(conversion.LeftOut, l => l.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_export_is_extracted_like_markdown_date_times_timeline_and_cause()
    {
        var (_, extraction) = FormatFixtures.Read("search-outage.html", FormatFixtures.Html);
        var postmortem = extraction.Postmortem;

        Assert.Equal("Search cluster outage", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), postmortem.Date);
        Assert.Equal("SEV2", postmortem.Severity);
        Assert.Equal(6, postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T14:02:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), postmortem.Timestamps.Resolved);
        Assert.Contains("missing limit on aggregation buckets", postmortem.RootCauseText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_post_with_yaml_front_matter_keeps_it_as_front_matter_and_its_comments_are_not_the_timeline()
    {
        const string post = "---\nlayout: post\ntitle: Mail server incident report\ndate: '2009-09-02 09:15:21 -0400'\ncomments:\n- author: Sam\n  date: '2009-09-03 12:13:39 -0400'\n  content: Not me\n---\n"
            + "<p>Attackers got into the mail server through a stolen SSH key.</p>\n<p>We rebuilt the server from backups.</p>\n";

        var (document, extraction) = FormatFixtures.Read("2009-09-02-mail.html", post);

        Assert.StartsWith("---\nlayout: post\n", document.Text, StringComparison.Ordinal);
        Assert.Equal("Mail server incident report", extraction.Postmortem.Title);
        Assert.Empty(extraction.Postmortem.Timeline);
        Assert.DoesNotContain("layout", extraction.Postmortem.Summary ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_post_with_toml_front_matter_keeps_it_as_front_matter()
    {
        const string post = "+++\ntitle = \"Mail server incident report\"\ndate = 2009-09-02T09:15:21-04:00\n+++\n<p>Attackers got into the mail server through a stolen SSH key.</p>\n";

        var (_, extraction) = FormatFixtures.Read("mail.html", post);

        Assert.Equal("Mail server incident report", extraction.Postmortem.Title);
        Assert.Empty(extraction.Postmortem.Timeline);
    }

    [Fact]
    public void Timeline_entries_joined_with_br_in_one_paragraph_become_separate_lines()
    {
        var markdown = HtmlToMarkdown.ConvertFragment("<h2>Timeline</h2><p>09:00 UTC deploy starts<br>09:05 UTC errors climb<br/>09:30 UTC rolled back</p>").Markdown;

        Assert.Contains("09:00 UTC deploy starts  \n09:05 UTC errors climb  \n09:30 UTC rolled back", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_code_blocks_are_fenced_longer_than_any_backticks_inside()
    {
        var markdown = HtmlToMarkdown.ConvertFragment("<pre><code class=\"language-sql\">SELECT ``` FROM t;</code></pre>").Markdown;

        Assert.Contains("````sql\nSELECT ``` FROM t;\n````", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_web_and_mail_links_are_kept_as_links()
    {
        var markdown = HtmlToMarkdown.ConvertFragment("<p><a href=\"javascript:alert(1)\">click</a> and <a href=\"https://status.example.com/x y\">status page</a></p>").Markdown;

        Assert.DoesNotContain("javascript", markdown, StringComparison.Ordinal);
        Assert.Contains("click and [status page](<https://status.example.com/x%20y>)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_deep_is_read_as_text_without_exhausting_the_stack_or_running_script()
    {
        var html = "<script>alert(1)</script>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "deep text" + string.Concat(Enumerable.Repeat("</span></div>", 100_000));

        var conversion = HtmlToMarkdown.Convert(html);

        Assert.Contains("deep text", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains(conversion.LeftOut, l => l.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_nested_a_thousand_deep_is_still_parsed_and_past_the_walk_limit_read_as_text()
    {
        var html = "<h2>Timeline</h2>" + string.Concat(Enumerable.Repeat("<div>", 1_000)) + "<p>10:00 deep entry</p>" + string.Concat(Enumerable.Repeat("</div>", 1_000));

        var markdown = HtmlToMarkdown.Convert(html).Markdown;

        Assert.Contains("## Timeline", markdown, StringComparison.Ordinal);
        Assert.Contains("10:00 deep entry", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_with_unclosed_tags_and_stray_closers_still_gives_its_text()
    {
        var markdown = HtmlToMarkdown.Convert("<h2>Root cause<p>The cache <b>expired</i> early</td></tr><li>one<li>two").Markdown;

        Assert.StartsWith("## Root cause\n", markdown, StringComparison.Ordinal);
        Assert.Contains("expired", markdown, StringComparison.Ordinal);
        Assert.Contains("one", markdown, StringComparison.Ordinal);
        Assert.Contains("two", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_blocks_inside_markdown_are_read_as_markdown_while_the_body_keeps_the_original_text()
    {
        const string Text = "# Payments outage\n\nDate: 2024-02-10\n\n## Timeline\n\n<table>\n<tr><th>Time (UTC)</th><th>Event</th></tr>\n<tr><td>08:15</td><td>Errors start</td></tr>\n<tr><td>09:00</td><td>Resolved</td></tr>\n</table>\n\n## Root cause\n\nAn expired certificate.\n";

        var (document, extraction) = FormatFixtures.Read("payments.md", Text);

        Assert.Contains("| 08:15 | Errors start |", document.Text, StringComparison.Ordinal);
        Assert.Equal(Text, document.Body);
        Assert.Equal(2, extraction.Postmortem.Timeline.Count);
    }

    [Fact]
    public void A_text_file_holding_an_html_table_is_read_with_the_table_while_the_body_keeps_the_original_text()
    {
        const string Text = "Payments outage\n\nDate: 2024-02-10\n\nTimeline\n\n<table>\n<tr><td>Time (UTC)</td><td>Event</td></tr>\n<tr><td>08:15</td><td>Errors start</td></tr>\n<tr><td>09:00</td><td>Resolved</td></tr>\n</table>\n";

        var (document, extraction) = FormatFixtures.Read("payments.txt", Text);

        Assert.Equal(Text, document.Body);
        Assert.Equal(2, extraction.Postmortem.Timeline.Count);
    }

    private const string BlogPage = """
        <!DOCTYPE html><html><head><title>Server Outage | Example Blog</title>
        PUBLISHED_META
        </head><body><article>
        <h1>Server Outage</h1>
        <p class="byline">Jane Doe BYLINE_STAMP</p>
        <p>Our server went offline without notice yesterday and all our sites are down.</p>
        <h4>22nd December</h4><ul><li>Restored the wiki.</li></ul>
        </article></body></html>
        """;

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2016-12-22T01:00:00Z\">", "")]
    [InlineData("", "<time class=\"published dt-published\" datetime=\"2016-12-22T01:00:00Z\">2016-12-22 01:00</time>")]
    [InlineData("", "<time itemprop=\"datePublished\" datetime=\"2016-12-22T01:00:00Z\">22 Dec 2016</time>")]
    public void A_page_that_says_when_it_was_published_is_dated_as_a_post_and_its_byline_stamp_is_no_event(string meta, string byline)
    {
        var page = BlogPage.Replace("PUBLISHED_META", meta, StringComparison.Ordinal).Replace("BYLINE_STAMP", byline, StringComparison.Ordinal);

        var (document, extraction) = FormatFixtures.Read("outage.html", page);

        Assert.StartsWith("---\ndate: \"2016-12-22T01:00:00Z\"\n---\n", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2016, 12, 21), extraction.Postmortem.Date);
        Assert.DoesNotContain(extraction.Postmortem.Timeline, e => e.Text.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_its_own_front_matter_keeps_it_and_gains_no_second_one()
    {
        const string Page = "---\ntitle: Server Outage\ndate: 2016-12-23\n---\n<html><head><meta property=\"article:published_time\" content=\"2016-12-22T01:00:00Z\"></head><body><p>The server went down.</p></body></html>\n";

        var (document, _) = FormatFixtures.Read("outage.html", Page);

        Assert.StartsWith("---\ntitle: Server Outage\ndate: 2016-12-23\n---\n", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Text.Split('\n').Count(line => line == "---"));
    }

    [Fact]
    public void A_live_blog_whose_every_update_is_stamped_as_published_keeps_its_updates_as_the_timeline()
    {
        const string Page = "<html><body><article><h1>Database outage</h1>"
            + "<div><time itemprop=\"datePublished\" datetime=\"2021-04-05T10:00:00Z\">2021-04-05 10:00 UTC</time><p>The primary database is down.</p></div>"
            + "<div><time itemprop=\"datePublished\" datetime=\"2021-04-05T10:40:00Z\">2021-04-05 10:40 UTC</time><p>We failed over to the replica.</p></div>"
            + "<div><time itemprop=\"datePublished\" datetime=\"2021-04-05T11:15:00Z\">2021-04-05 11:15 UTC</time><p>All services are restored.</p></div>"
            + "</article></body></html>";

        var (document, _) = FormatFixtures.Read("live.html", Page);

        Assert.Contains("2021-04-05 10:40 UTC", document.Text, StringComparison.Ordinal);
        Assert.Contains("2021-04-05 11:15 UTC", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_date_meta_a_page_template_sets_does_not_date_the_page()
    {
        const string Page = "<html><head><meta name=\"date\" content=\"2020-01-01\"></head><body><h1>Outage</h1><p>On 14 March 2023 the API was down for an hour.</p></body></html>";

        var (document, extraction) = FormatFixtures.Read("page.html", Page);

        Assert.DoesNotContain("date: \"2020-01-01\"", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 3, 14), extraction.Postmortem.Date);
    }
}
