using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Importing;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Extracting;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Tests.Importing;

public sealed class CanonicalMarkdownEmitterTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    [Theory]
    [InlineData("plain-labels.txt")]
    [InlineData("markdown-headings.md")]
    [InlineData("bold-labels.md")]
    [InlineData("emoji-headings.md")]
    [InlineData("tab-indented.txt")]
    [InlineData("table-timeline.md")]
    [InlineData("relative-times.md")]
    [InlineData("foreign-front-matter.md")]
    [InlineData("midnight.txt")]
    public void A_written_postmortem_reads_back_with_the_extracted_values_and_no_diagnostics(string fixture)
    {
        var extraction = Extractor.Extract(fixture, PostmortemExtractorTests.Fixture(fixture));
        var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());

        var read = new PostmortemReader(TaxonomyReader.Default).Read(PostmortemExtractor.IdFor(fixture) + ".md", written);

        Assert.Empty(read.Diagnostics);
        var expected = extraction.Postmortem.ToPostmortem()!;
        var actual = read.Postmortem!;
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Timestamps, actual.Timestamps);
        Assert.Equal(expected.Timeline, actual.Timeline);
        Assert.Equal(expected.ActionItems, actual.ActionItems);
        Assert.Equal(expected.Impact, actual.Impact);
        Assert.Equal(expected.Services, actual.Services);
        Assert.Equal((expected.RootCause.Category, expected.RootCause.Confidence, expected.RootCause.DecidedBy, expected.RootCause.Trigger), (actual.RootCause.Category, actual.RootCause.Confidence, actual.RootCause.DecidedBy, actual.RootCause.Trigger));
        Assert.Equal(expected.RootCause.Secondary, actual.RootCause.Secondary);
    }

    [Fact]
    public void The_original_text_is_the_body_unchanged()
    {
        var original = PostmortemExtractorTests.Fixture("plain-labels.txt");
        var extraction = Extractor.Extract("plain-labels.txt", original);

        var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, []);

        Assert.EndsWith("\n---\n" + original, written, StringComparison.Ordinal);
        Assert.Equal(original, FrontMatter.Split(written).Body);
    }

    [Fact]
    public void Provenance_is_kept_under_imported()
    {
        var extraction = Extractor.Extract("tab-indented.txt", PostmortemExtractorTests.Fixture("tab-indented.txt"));

        var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());

        var yaml = new YamlStream();
        yaml.Load(new StringReader(FrontMatter.Split(written).Yaml!));
        var imported = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["imported"];
        Assert.Equal("tab-indented.txt", imported["source"].ToString());
        Assert.Equal("no time zone found: times are read as UTC", ((YamlSequenceNode)imported["warnings"]).Children[0].ToString());
        Assert.Contains("severity", ((YamlSequenceNode)imported["not_found"]).Children.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("Postmortem: with a colon")]
    [InlineData("- looks like a list")]
    [InlineData("[looks, like, a, flow]")]
    [InlineData("{ mapping: yes }")]
    [InlineData("&anchor *alias !tag %directive @at `tick`")]
    [InlineData("# a comment?")]
    [InlineData("yes")]
    [InlineData("NULL")]
    [InlineData("~")]
    [InlineData("12.50")]
    [InlineData("2024-06-22")]
    [InlineData("  leading and trailing  ")]
    [InlineData("quote \" and backslash \\ and 'single'")]
    [InlineData("line\nbreak\r\nand\ttab")]
    [InlineData("nul \0 bell \a escape \u001b del \u007f c1 \u0085 nbsp \u00a0")]
    [InlineData("bom \uFEFF separators \u2028 \u2029 nonchars \uFFFE \uFFFF")]
    [InlineData("emoji 🔥 and accents é ü")]
    [InlineData("")]
    public void Any_string_reads_back_from_YAML_exactly(string value)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("key: " + YamlText.Quote(value) + "\n"));

        Assert.Equal(value, ((YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode)["key"]).Value);
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("key: " + YamlText.Quote("a\uD800b") + "\n"));

        Assert.Equal("a\uFFFDb", ((YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode)["key"]).Value);
    }

    [Fact]
    public void A_document_without_a_date_is_written_without_one_and_the_reader_says_so()
    {
        var extraction = Extractor.Extract("no-clues.txt", PostmortemExtractorTests.Fixture("no-clues.txt"));
        var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, []);

        var read = new PostmortemReader(TaxonomyReader.Default).Read("no-clues.md", written);

        Assert.DoesNotContain("\ndate:", written, StringComparison.Ordinal);
        Assert.Contains(read.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'date'", StringComparison.Ordinal));
    }
}
