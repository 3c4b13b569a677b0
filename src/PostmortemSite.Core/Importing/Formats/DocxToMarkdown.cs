using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// A Word document as Markdown: Title and Heading styles as headings, numbered and bulleted paragraphs as lists, tables
/// as pipe tables, bold runs as bold, breaks as line breaks. Only the main text is read (not headers, footers,
/// comments or embedded objects), macros never run, and a part larger than the import limit is refused.
/// </summary>
internal static class DocxToMarkdown
{
    private const long MaxCharactersInPart = 20_000_000;
    private const int MaxNesting = 16;

    /// <summary>The document as Markdown, or null with the reason when the file is not a readable .docx.</summary>
    public static (Conversion? Conversion, string? Problem) Convert(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return (null, "the file has no document body");
            }

            var styles = StyleNames(document.MainDocumentPart!);
            var builder = new MarkdownBuilder();
            if (document.MainDocumentPart!.EmbeddedObjectParts.Any() || document.MainDocumentPart.EmbeddedPackageParts.Any())
            {
                builder.LeftOut("embedded objects");
            }

            Blocks(body, builder, styles, 0);
            return (builder.Build(), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException or IOException or ArgumentException)
        {
            return (null, $"it is not a readable Word document ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Style id to style name: documents made outside Word name their heading styles by id only ("Heading1") or by name only.</summary>
    private static Dictionary<string, string> StyleNames(MainDocumentPart part)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                names[id] = style.StyleName?.Val?.Value ?? id;
            }
        }

        return names;
    }

    private static void Blocks(OpenXmlElement container, MarkdownBuilder builder, Dictionary<string, string> styles, int nesting)
    {
        foreach (var element in container.Elements())
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph, builder, styles);
                    break;
                case Table table:
                    builder.Table(table.Elements<TableRow>()
                        .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => MarkdownBuilder.OneLine(string.Join(' ', c.Descendants<Paragraph>().Select(p => Text(p, bold: false))))).ToList())
                        .ToList());
                    break;
                case SdtBlock or CustomXmlBlock when nesting < MaxNesting:
                    Blocks(element is SdtBlock sdt ? (OpenXmlElement?)sdt.SdtContentBlock ?? sdt : element, builder, styles, nesting + 1);
                    break;
            }
        }
    }

    private static void Paragraph(Paragraph paragraph, MarkdownBuilder builder, Dictionary<string, string> styles)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? "";
        var style = styles.GetValueOrDefault(styleId, styleId).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var headingLevel = style == "title" ? 1
            : style.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(style["heading".Length..], out var level) ? Math.Clamp(level, 1, 6)
            : properties?.OutlineLevel?.Val?.Value is { } outline && outline < 6 ? outline + 1
            : 0;

        if (headingLevel > 0)
        {
            builder.Heading(headingLevel, Text(paragraph, bold: false));
            return;
        }

        var text = Text(paragraph, bold: true);
        if (properties?.NumberingProperties is { } numbering && numbering.NumberingId?.Val?.Value is not 0)
        {
            builder.ListItem(numbering.NumberingLevelReference?.Val?.Value ?? 0, ordered: false, text);
        }
        else if (style.Contains("list", StringComparison.Ordinal))
        {
            builder.ListItem(0, ordered: false, text);
        }
        else
        {
            builder.Paragraph(text);
        }
    }

    /// <summary>The paragraph's text; bold runs in ** when <paramref name="bold"/>, breaks and tabs kept.</summary>
    private static string Text(Paragraph paragraph, bool bold)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runText = new StringBuilder();
            foreach (var part in run.Elements())
            {
                switch (part)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        runText.Append(t.Text);
                        break;
                    case TabChar:
                        runText.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        runText.Append('\n');
                        break;
                    case NoBreakHyphen:
                        runText.Append('-');
                        break;
                }
            }

            var isBold = bold && run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value) && runText.ToString().Trim().Length > 0 && !runText.ToString().Contains('\n', StringComparison.Ordinal);
            if (isBold)
            {
                var value = runText.ToString();
                var lead = value.Length - value.TrimStart().Length;
                var trail = value.Length - value.TrimEnd().Length;
                text.Append(value[..lead]).Append("**").Append(value.Trim()).Append("**").Append(value[(value.Length - trail)..]);
            }
            else
            {
                text.Append(runText);
            }
        }

        // Adjacent bold runs ("**Root** **cause:**") read as one.
        return text.ToString().Replace("****", "", StringComparison.Ordinal).Replace("** **", " ", StringComparison.Ordinal);
    }
}
