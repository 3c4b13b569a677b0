using System.Xml;
using System.Xml.Linq;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// A blog post kept as a feed entry (an Atom &lt;entry&gt; or an RSS &lt;item&gt;, alone or as the one entry of its feed)
/// as Markdown: its title and publication time become front matter, as a blog's own front matter would hold them, and
/// its content, HTML or XHTML, is read by <see cref="HtmlToMarkdown"/>. The XML is read without a DTD or anything
/// outside the file.
/// </summary>
internal static class FeedEntryToMarkdown
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The entry as Markdown; null and the reason when the file is not one feed entry.</summary>
    public static (Conversion? Conversion, string? Problem) Convert(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return (null, $"the file is not well-formed XML (line {e.LineNumber}: {e.Message})");
        }

        var entries = document.Descendants(Atom + "entry").Concat(document.Descendants("item")).ToList();
        if (entries.Count != 1)
        {
            return (null, entries.Count == 0
                ? "the XML holds no Atom <entry> or RSS <item>"
                : $"the feed holds {entries.Count} entries; import reads one entry per file");
        }

        var entry = entries[0];
        var title = Text(entry, "title");
        var published = Text(entry, "published") ?? Text(entry, "pubDate") ?? Text(entry, "updated") ?? Text(entry, "date");
        var content = entry.Elements().FirstOrDefault(e => e.Name.LocalName is "content" or "encoded")
            ?? entry.Elements().FirstOrDefault(e => e.Name.LocalName is "summary" or "description");

        // Atom's type="xhtml" content is markup inside the XML; "html" and RSS descriptions are markup escaped as text.
        var html = content is null ? ""
            : (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : content.Value;
        var body = HtmlToMarkdown.ConvertFragment(html);

        var markdown = new System.Text.StringBuilder("---\n");
        if (title is not null)
        {
            markdown.Append("title: ").Append(YamlQuoted(title)).Append('\n');
        }

        if (published is not null)
        {
            markdown.Append("date: ").Append(YamlQuoted(published)).Append('\n');
        }

        markdown.Append("---\n\n");
        if (title is not null)
        {
            markdown.Append("# ").Append(title).Append("\n\n");
        }

        markdown.Append(body.Markdown);
        return (new Conversion(markdown.ToString(), body.LeftOut), null);
    }

    private static string? Text(XElement entry, string localName) =>
        entry.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } value
            ? string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : null;

    private static string YamlQuoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
