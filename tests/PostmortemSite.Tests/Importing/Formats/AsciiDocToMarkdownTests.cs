using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class AsciiDocToMarkdownTests
{
    [Fact]
    public void Asciidoc_section_titles_become_headings_at_their_level()
    {
        var markdown = AsciiDocToMarkdown.Convert("= Title\n\n== Section\n\n=== Sub-section\n").Markdown;

        Assert.Equal("# Title\n\n## Section\n\n### Sub-section\n", markdown);
    }

    [Fact]
    public void An_asciidoc_table_becomes_a_pipe_table_with_its_header_row()
    {
        var markdown = AsciiDocToMarkdown.Convert(FormatFixtures.AsciiDoc).Markdown;

        Assert.Contains("| Time | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Asciidoc_table_cells_one_to_a_line_are_grouped_into_rows_by_the_first_rows_width()
    {
        var markdown = AsciiDocToMarkdown.Convert("|===\n|Time |Event\n\n|10:00\n|Deploy\n|10:05\n|Errors\n|===\n").Markdown;

        Assert.Contains("| 10:00 | Deploy |\n| 10:05 | Errors |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Asciidoc_lists_keep_their_nesting_and_labeled_lists_become_label_lines()
    {
        var markdown = AsciiDocToMarkdown.Convert(FormatFixtures.AsciiDoc).Markdown;

        Assert.Contains("- Cap aggregation buckets in the reports service\n- Alert on heap usage above 85%\n   - Page the search team, not the reports team\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Date:** May 14, 2024", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Asciidoc_attribute_references_are_filled_in_and_listings_become_fenced_code()
    {
        var markdown = AsciiDocToMarkdown.Convert(FormatFixtures.AsciiDoc).Markdown;

        Assert.Contains("Reported by the search team.", markdown, StringComparison.Ordinal);
        Assert.Contains("```\n{ \"aggs\"", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(":revdate:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Asciidoc_includes_are_not_followed_and_passthrough_script_is_dropped()
    {
        var conversion = AsciiDocToMarkdown.Convert(FormatFixtures.AsciiDoc);

        Assert.DoesNotContain("secrets", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains("Passed through", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains(conversion.LeftOut, l => l.Contains("include", StringComparison.Ordinal));
    }

    [Fact]
    public void An_asciidoc_postmortem_is_extracted_date_times_timeline_and_cause()
    {
        var (_, extraction) = FormatFixtures.Read("search-outage.adoc", FormatFixtures.AsciiDoc);
        var postmortem = extraction.Postmortem;

        Assert.Equal("Search cluster outage", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), postmortem.Date);
        Assert.Equal(6, postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T14:02:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), postmortem.Timestamps.Resolved);
        Assert.Contains("missing limit on aggregation buckets", postmortem.RootCauseText, StringComparison.Ordinal);
    }

    [Fact]
    public void Asciidoc_blocks_nested_thousands_deep_or_never_closed_do_not_fail()
    {
        var nested = string.Concat(Enumerable.Range(4, 2000).Select(n => new string('=', n) + "\n")) + "inner text\n";

        Assert.Contains("inner text", AsciiDocToMarkdown.Convert(nested).Markdown, StringComparison.Ordinal);
        Assert.Contains("unclosed", AsciiDocToMarkdown.Convert("----\nunclosed listing\n|===\n| a").Markdown, StringComparison.Ordinal);
    }
}
