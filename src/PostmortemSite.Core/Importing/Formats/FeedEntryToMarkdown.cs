using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

using PostmortemSite.Format;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// A blog post kept as a feed entry (an Atom &lt;entry&gt;, an RSS 2.0 or 1.0 &lt;item&gt;, alone or as the one entry
/// of its feed) as Markdown: its title and publication time become front matter, as a blog's own front matter would
/// hold them, and its content, HTML or XHTML, is read by <see cref="HtmlToMarkdown"/>. Elements are matched with
/// their namespaces, so Media RSS's &lt;media:title&gt; is not the post's title. No DTD is read and nothing outside
/// the file is fetched, so no entity is ever expanded.
/// </summary>
internal static class FeedEntryToMarkdown
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    // RSS 2.0 has no namespace; RSS 1.0 has its own.
    private static readonly XNamespace[] RssNamespaces = [XNamespace.None, Rss1];

    private static readonly HtmlParser TitleParser = new();

    private static XmlReaderSettings Safe => new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    /// <summary>What a feed file holds, read in one streaming pass: whether its root is a feed or an entry, and how many entries.</summary>
    public static (bool IsFeed, int Entries, string? Problem) Survey(TextReader text)
    {
        try
        {
            using var reader = XmlReader.Create(text, Safe);
            var isFeed = false;
            var entries = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                // The XML tree below is built recursively, at a cost that grows with the square of the depth.
                if (reader.Depth > HtmlToMarkdown.MaxParsedNesting)
                {
                    return (isFeed, entries, $"the XML nests deeper than {HtmlToMarkdown.MaxParsedNesting} elements");
                }

                var name = XName.Get(reader.LocalName, reader.NamespaceURI);
                if (reader.Depth == 0)
                {
                    isFeed = name == Atom + "feed" || name == Atom + "entry" || name == XName.Get("rss") || name == Rdf + "RDF";
                    if (!isFeed)
                    {
                        return (false, 0, null);
                    }
                }

                if (IsEntry(name))
                {
                    entries++;
                }
            }

            return (isFeed, entries, null);
        }
        catch (XmlException e)
        {
            return (false, 0, $"the file is not well-formed XML (line {e.LineNumber}: {e.Message})");
        }
    }

    /// <summary>The entry as Markdown; null and the reason when the file is not one feed entry.</summary>
    public static (Conversion? Conversion, string? Problem) Convert(string xml)
    {
        var (isFeed, entries, problem) = Survey(new StringReader(xml));
        if (problem is not null || !isFeed || entries != 1)
        {
            return (null, problem ?? (!isFeed ? "the XML is not an Atom or RSS feed or entry"
                : entries == 0 ? "the feed holds no entry" : $"the feed holds {entries} entries; import reads one entry per file"));
        }

        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(xml), Safe))
        {
            document = XDocument.Load(reader);
        }

        var entry = document.Descendants().First(e => IsEntry(e.Name));
        var title = Title(entry);
        var published = First(entry, [Atom + "published", .. RssNamespaces.Select(n => n + "pubDate"), DublinCore + "date", Atom + "updated"])?.Value.Trim();
        XName[] contentNames = [Atom + "content", ContentModule + "encoded", Atom + "summary", .. RssNamespaces.Select(n => n + "description")];
        var content = contentNames
            .Select(name => entry.Element(name))
            .FirstOrDefault(e => e is not null && (e.HasElements || e.Value.Trim().Length > 0));

        // Atom's type="xhtml" content is markup inside the XML; "html" and RSS descriptions are markup escaped as text.
        var html = content is null ? ""
            : (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : content.Value;
        var body = HtmlToMarkdown.ConvertFragment(html);

        var markdown = new System.Text.StringBuilder();
        if (title is not null || published is { Length: > 0 })
        {
            markdown.Append("---\n");
            if (title is not null)
            {
                markdown.Append("title: ").Append(YamlText.DoubleQuoted(title)).Append('\n');
            }

            if (published is { Length: > 0 })
            {
                markdown.Append("date: ").Append(YamlText.DoubleQuoted(published)).Append('\n');
            }

            markdown.Append("---\n\n");
        }

        if (title is not null)
        {
            markdown.Append("# ").Append(title).Append("\n\n");
        }

        markdown.Append(body.Markdown);
        var leftOut = content is null ? [.. body.LeftOut, "the entry's content (none in the file)"] : body.LeftOut;
        return (new Conversion(markdown.ToString(), leftOut), null);
    }

    private static bool IsEntry(XName name) => name == Atom + "entry" || RssNamespaces.Any(n => name == n + "item");

    private static XElement? First(XElement entry, IEnumerable<XName> names) => names.Select(entry.Element).FirstOrDefault(e => e is not null);

    /// <summary>The title as plain text on one line: an Atom title of type "html" is markup escaped as text.</summary>
    private static string? Title(XElement entry)
    {
        if (First(entry, [Atom + "title", .. RssNamespaces.Select(n => n + "title")]) is not { } element)
        {
            return null;
        }

        var text = (string?)element.Attribute("type") == "html" ? TitleParser.ParseDocument("<body>" + element.Value).Body?.TextContent ?? "" : element.Value;
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length > 0 ? oneLine : null;
    }
}
