using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class DocxToMarkdownTests
{
    [Fact]
    public void Word_heading_styles_become_headings_and_bold_labels_stay_labels()
    {
        var markdown = Convert(SearchOutageDocument());

        Assert.Contains("# Search cluster outage\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# Timeline\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Date:** May 14, 2024", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_table_becomes_a_pipe_table()
    {
        var markdown = Convert(SearchOutageDocument());

        Assert.Contains("| Time (UTC) | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_word_paragraphs_become_list_items_at_their_level()
    {
        var markdown = Convert(SearchOutageDocument());

        Assert.Contains("- Cap aggregation buckets in the reports service\n   - Page the search team", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_postmortem_is_extracted_date_times_and_timeline()
    {
        var (_, extraction) = FormatFixtures.Read("search-outage.docx", SearchOutageDocument());

        Assert.Equal("Search cluster outage", extraction.Postmortem.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), extraction.Postmortem.Date);
        Assert.Equal(3, extraction.Postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), extraction.Postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_file_named_docx_that_is_not_a_word_document_is_refused_with_a_reason()
    {
        var (document, problem) = DocumentConverter.Read("PK\u0003\u0004 not really a zip"u8.ToArray(), SourceFormat.Docx, "broken.docx");

        Assert.Null(document);
        Assert.Equal("PM080", problem!.Code);
        Assert.Contains("not a readable Word document", problem.Message, StringComparison.Ordinal);
    }

    private static string Convert(byte[] docx)
    {
        var (conversion, problem) = DocxToMarkdown.Convert(docx);
        Assert.True(conversion is not null, problem);
        return conversion.Markdown;
    }

    internal static byte[] SearchOutageDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Styled("Title", "Search cluster outage"),
                new Paragraph(new Run(new RunProperties(new Bold()), new WordText("Date:")), new Run(new WordText(" May 14, 2024") { Space = SpaceProcessingModeValues.Preserve })),
                Styled("Heading1", "Timeline"),
                new Table(
                    Row("Time (UTC)", "Event"),
                    Row("14:02", "Elasticsearch heap alarms fire"),
                    Row("15:05", "Identified a runaway aggregation query"),
                    Row("15:48", "Search fully restored, incident resolved")),
                Styled("Heading1", "Root cause"),
                new Paragraph(new Run(new WordText("The root cause was a missing limit on aggregation buckets."))),
                Styled("Heading1", "Action items"),
                Numbered(0, "Cap aggregation buckets in the reports service"),
                Numbered(1, "Page the search team")));
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WordText(text)));

    private static Paragraph Numbered(int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new WordText(text)));

    private static TableRow Row(params string[] cells) =>
        new([.. cells.Select(c => new TableCell(new Paragraph(new Run(new WordText(c)))))]);
}
