using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class FeedEntryToMarkdownTests
{
    [Fact]
    public void An_atom_entry_gives_its_title_and_publication_time_as_front_matter_and_its_xhtml_content_as_markdown()
    {
        var (conversion, problem) = FeedEntryToMarkdown.Convert(FormatFixtures.AtomEntry);

        Assert.Null(problem);
        Assert.StartsWith("---\ntitle: \"Search cluster outage (feed)\"\ndate: \"2024-05-16T09:30:00-07:00\"\n---\n\n# Search cluster outage (feed)\n\n", conversion!.Markdown, StringComparison.Ordinal);
        Assert.Contains("## Timeline (all times in UTC)", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains("- 14:02 Elasticsearch heap alarms fire", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rss_item_gives_its_escaped_html_description_as_markdown()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>Blog</title><item><title>Mail delays</title><pubDate>Wed, 19 Aug 2020 15:13:42 +0100</pubDate>"
            + "<description>&lt;p&gt;Mail was &lt;b&gt;late&lt;/b&gt; for eight hours.&lt;/p&gt;</description></item></channel></rss>";

        var (conversion, _) = FeedEntryToMarkdown.Convert(rss);

        Assert.Contains("date: \"Wed, 19 Aug 2020 15:13:42 +0100\"", conversion!.Markdown, StringComparison.Ordinal);
        Assert.Contains("Mail was **late** for eight hours.", conversion.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>a</title></entry><entry><title>b</title></entry></feed>", "the feed holds 2 entries")]
    [InlineData("<urlset><url><loc>https://example.org/</loc></url></urlset>", "no Atom <entry> or RSS <item>")]
    [InlineData("<entry><title>unclosed</entry>", "not well-formed XML (line 1")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE entry [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><entry><title>&secret;</title></entry>", "not well-formed XML")]
    public void A_file_that_is_not_one_well_formed_feed_entry_is_refused_with_the_reason_and_no_entity_is_expanded(string xml, string reason)
    {
        var (conversion, problem) = FeedEntryToMarkdown.Convert(xml);

        Assert.Null(conversion);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
