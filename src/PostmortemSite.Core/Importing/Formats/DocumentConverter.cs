using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Reading;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// A legacy document ready for the extractor. <paramref name="Text"/> is what the extractor reads (Markdown, or the
/// plain text as it is); <paramref name="Body"/>, when set, is the body to keep instead of the one the extractor takes
/// from <paramref name="Text"/>: a Markdown file whose HTML blocks were converted for reading keeps its original body.
/// </summary>
internal sealed record SourceDocument(SourceFormat Format, string Text, string? Body, IReadOnlyList<Diagnostic> Notes);

/// <summary>One entry point from a file's bytes to the text the extractor reads, whatever the file's format.</summary>
internal static partial class DocumentConverter
{
    /// <returns>The document, or null and the reason it cannot be read.</returns>
    public static (SourceDocument? Document, Diagnostic? Problem) Read(byte[] bytes, SourceFormat format, string shownPath)
    {
        var location = new SourceLocation(shownPath, 1, 1);
        if (format == SourceFormat.Docx)
        {
            var (docx, reason) = DocxToMarkdown.Convert(bytes);
            return docx is null
                ? (null, Diagnostic.Error(DiagnosticCodes.NotConverted, $"not imported: {reason}", location, "open it in a word processor and save it again as .docx, or save it as Markdown or plain text"))
                : (new SourceDocument(format, docx.Markdown, null, LeftOut(docx, format, location).ToList()), null);
        }

        var (decoded, problem) = SourceDecoder.Decode(bytes, shownPath);
        if (decoded is null)
        {
            return (null, problem);
        }

        var text = TextNormalizer.Normalize(decoded);
        var notes = problem is null ? new List<Diagnostic>() : [problem];
        if (format == SourceFormat.FeedEntry)
        {
            var (entry, reason) = FeedEntryToMarkdown.Convert(text);
            if (entry is null)
            {
                return (null, Diagnostic.Error(DiagnosticCodes.NotConverted, $"not imported: {reason}", location, "save the post as HTML or Markdown, or split the feed into one file per entry"));
            }

            notes.AddRange(LeftOut(entry, format, location));
            return (new SourceDocument(format, entry.Markdown, null, notes), null);
        }

        var conversion = format switch
        {
            SourceFormat.Markdown => EmbeddedHtml.Convert(PlainTextMarkup.Readable(text, plainText: false)),
            SourceFormat.PlainText => PlainTextMarkup.Readable(text, plainText: true) is var readable && HtmlTableBlock().IsMatch(readable) ? EmbeddedHtml.Convert(readable) : new Conversion(readable, []),
            SourceFormat.MarkdownTemplate => TemplateMarkdown.Convert(text, shownPath),
            SourceFormat.Html => KeepingFrontMatter(text, HtmlToMarkdown.Convert),
            SourceFormat.AsciiDoc => KeepingFrontMatter(text, AsciiDocToMarkdown.Convert),
            SourceFormat.ReStructuredText => KeepingFrontMatter(text, RestructuredTextToMarkdown.Convert),
            SourceFormat.Org => KeepingFrontMatter(text, OrgToMarkdown.Convert),
            SourceFormat.MediaWiki => KeepingFrontMatter(text, MediaWikiToMarkdown.Convert),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        notes.AddRange(LeftOut(conversion, format, location));

        // Markdown and plain text keep their text as the body; only the extractor reads the converted HTML blocks.
        var body = format is SourceFormat.Markdown or SourceFormat.PlainText && !ReferenceEquals(conversion.Markdown, text) ? BodyOf(text) : null;
        return (new SourceDocument(format, conversion.Markdown, body, notes), null);
    }

    // A text file (often one saved without an extension) holding a table pasted as HTML: the extractor reads the table
    // as the Markdown path does; the body stays the text as written.
    [GeneratedRegex(@"^[ ]{0,3}<table\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex HtmlTableBlock();

    /// <summary>
    /// A Jekyll or Hugo post written as HTML (or AsciiDoc, or reStructuredText) opens with YAML or TOML front matter: that is
    /// kept as written above the converted body, so its title and date are read as a Markdown post's are, and its
    /// lines are not taken for the document's text. A page with none that says elsewhere when it was published (an HTML
    /// page's head or byline) is given that date as front matter, as a post's generator would have written it.
    /// </summary>
    private static Conversion KeepingFrontMatter(string text, Func<string, Conversion> convert)
    {
        var body = BodyOf(text);
        var converted = convert(body);
        return body.Length != text.Length ? converted with { Markdown = text[..^body.Length] + converted.Markdown }
            : converted.Published is { } published ? converted with { Markdown = $"---\ndate: {YamlText.DoubleQuoted(published)}\n---\n\n{converted.Markdown}" }
            : converted;
    }

    /// <summary>The body the extractor would take from the text: after YAML or TOML front matter, if any.</summary>
    private static string BodyOf(string text)
    {
        var split = FrontMatter.Split(text);
        return split.Exists ? split.Body : TomlFrontMatter.Split(text)?.Body ?? text;
    }

    private static IEnumerable<Diagnostic> LeftOut(Conversion conversion, SourceFormat format, SourceLocation location) =>
        conversion.LeftOut.Count == 0
            ? []
            : [Diagnostic.Warning(DiagnosticCodes.LeftOutOnConversion, $"read as {format.DisplayName()}; left out: {string.Join(", ", conversion.LeftOut)}", location, "nothing to do unless the left-out parts held facts of the incident; if so, copy them into the imported file")];
}
