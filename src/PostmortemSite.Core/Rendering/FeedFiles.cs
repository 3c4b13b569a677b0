using System.Xml;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Rendering;

/// <summary>feed.xml (Atom), sitemap.xml and robots.txt. Dates come from the content, never the clock, so rebuilds are byte-identical.</summary>
internal static class FeedFiles
{
    private const int FeedEntries = 50;

    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        Encoding = new System.Text.UTF8Encoding(false),
        NewLineChars = "\n",
    };

    public static OutputFile BuildFeed(KnowledgeBase knowledgeBase, SiteUrls urls, string title)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var updated = knowledgeBase.Incidents.Count > 0 ? knowledgeBase.Incidents.Max(i => i.Date) : new DateOnly(2000, 1, 1);
        return Xml("feed.xml", xml =>
        {
            xml.WriteStartElement("feed", atom);
            Element(xml, "title", atom, title);
            // An Atom id must be an absolute IRI; links may stay relative, as readers resolve them against the feed's own address.
            Element(xml, "id", atom, urls.SiteUrl is null ? "urn:postmortemsite:feed" : urls.Absolute(urls.Home));
            Element(xml, "updated", atom, AtomDate(updated));
            WriteLink(xml, atom, urls.Absolute(urls.Feed), "self");
            WriteLink(xml, atom, urls.Absolute(urls.Home), "alternate");
            xml.WriteStartElement("author", atom);
            Element(xml, "name", atom, title);
            xml.WriteEndElement();

            foreach (var incident in knowledgeBase.Incidents.Take(FeedEntries))
            {
                var url = urls.Absolute(urls.Incident(incident.Id));
                xml.WriteStartElement("entry", atom);
                Element(xml, "title", atom, incident.Title);
                Element(xml, "id", atom, urls.SiteUrl is null ? "urn:postmortemsite:incident:" + incident.Id : url);
                Element(xml, "updated", atom, AtomDate(incident.Date));
                WriteLink(xml, atom, url, "alternate");
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", UnsafeCharacters.Replace(incident.RootCause.Category));
                xml.WriteEndElement();
                Element(xml, "summary", atom, incident.Summary ?? incident.Title);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    public static OutputFile BuildSitemap(IEnumerable<string> pagePaths, SiteUrls urls)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return Xml("sitemap.xml", xml =>
        {
            xml.WriteStartElement("urlset", ns);
            foreach (var path in pagePaths.Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", ns);
                Element(xml, "loc", ns, urls.Absolute(urls.Base + path));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>
    /// Crawlers read robots.txt only at the root of a host, so on a project site under a base path this file is a
    /// harmless hint; its Sitemap line must be absolute, so it appears only when the site's address is known.
    /// </summary>
    public static OutputFile BuildRobots(SiteUrls urls)
    {
        var text = "User-agent: *\nAllow: /\n";
        if (urls.SiteUrl is not null)
        {
            text += "Sitemap: " + urls.Absolute(urls.Base + "sitemap.xml") + "\n";
        }

        return OutputFile.Text("robots.txt", text);
    }

    private static void WriteLink(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("href", UnsafeCharacters.Replace(href));
        xml.WriteAttributeString("rel", rel);
        xml.WriteEndElement();
    }

    /// <summary>XML cannot hold control characters at all, escaped or not; a value the reader let through is still written.</summary>
    private static void Element(XmlWriter xml, string name, string ns, string value) =>
        xml.WriteElementString(name, ns, UnsafeCharacters.Replace(value));

    private static string AtomDate(DateOnly date) => Formatting.Date(date) + "T00:00:00Z";

    private static OutputFile Xml(string path, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }
}
