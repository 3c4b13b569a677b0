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

    [Fact]
    public void An_rss_1_item_and_its_content_module_are_read_and_a_media_title_is_not_the_posts_title()
    {
        const string rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
            + "<item rdf:about=\"x\"><media:title>Photo of the rack</media:title><media:content url=\"x.jpg\"/><title>Rack power loss</title><dc:date>2021-03-05T10:00:00Z</dc:date>"
            + "<content:encoded>&lt;p&gt;The rack lost power for an hour.&lt;/p&gt;</content:encoded></item></rdf:RDF>";

        var (conversion, problem) = FeedEntryToMarkdown.Convert(rdf);

        Assert.Null(problem);
        Assert.StartsWith("---\ntitle: \"Rack power loss\"\ndate: \"2021-03-05T10:00:00Z\"\n---", conversion!.Markdown, StringComparison.Ordinal);
        Assert.Contains("The rack lost power for an hour.", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rss_0_91_feed_with_its_doctype_is_read_and_an_html_title_is_plain_text()
    {
        const string rss = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
            + "<rss version=\"0.91\"><channel><item><title>Mail &amp;lt;b&amp;gt;delays&amp;lt;/b&amp;gt;</title><description>Mail was late.</description></item></channel></rss>";
        const string atom = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">&lt;img src=x onerror=alert(1)&gt;Disk &lt;b&gt;full&lt;/b&gt;</title><content type=\"html\">&lt;p&gt;The disk filled.&lt;/p&gt;</content></entry>";

        Assert.Contains("Mail was late.", FeedEntryToMarkdown.Convert(rss).Conversion!.Markdown, StringComparison.Ordinal);
        Assert.StartsWith("---\ntitle: \"Disk full\"\n---\n\n# Disk full\n", FeedEntryToMarkdown.Convert(atom).Conversion!.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>a</title></entry><entry><title>b</title></entry></feed>", "the feed holds 2 entries")]
    [InlineData("<urlset><url><loc>https://example.org/</loc></url></urlset>", "not an Atom or RSS feed or entry")]
    [InlineData("<resources><style name=\"App\"><item name=\"color\">#fff</item></style></resources>", "not an Atom or RSS feed or entry")]
    [InlineData("<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>unclosed</entry>", "not well-formed XML (line 1")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE entry [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><entry xmlns=\"http://www.w3.org/2005/Atom\"><title>&secret;</title></entry>", "not well-formed XML")]
    public void A_file_that_is_not_one_well_formed_feed_entry_is_refused_with_the_reason_and_no_entity_is_expanded(string xml, string reason)
    {
        var (conversion, problem) = FeedEntryToMarkdown.Convert(xml);

        Assert.Null(conversion);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_nested_deeper_than_the_html_reader_allows_is_refused_before_its_tree_is_built()
    {
        var xml = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content type=\"xhtml\">" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</content></entry>";

        var (conversion, problem) = FeedEntryToMarkdown.Convert(xml);

        Assert.Null(conversion);
        Assert.Contains("nests deeper than", problem, StringComparison.Ordinal);
    }
}
