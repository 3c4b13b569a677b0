using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class RestructuredTextToMarkdownTests
{
    [Fact]
    public void Rst_titles_take_their_level_from_the_order_their_adornment_first_appears()
    {
        var markdown = RestructuredTextToMarkdown.Convert("=====\nTitle\n=====\n\nSection\n-------\n\nSub\n~~~\n\nOther section\n-------------\n").Markdown;

        Assert.Equal("# Title\n\n## Section\n\n### Sub\n\n## Other section\n", markdown);
    }

    [Fact]
    public void A_simple_rst_table_becomes_a_pipe_table()
    {
        var markdown = RestructuredTextToMarkdown.Convert(FormatFixtures.ReStructuredText).Markdown;

        Assert.Contains("| Time | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_rst_table_becomes_a_pipe_table_with_multi_line_cells_joined()
    {
        const string Grid = "+-------+------------------+\n| Time  | Event            |\n+=======+==================+\n| 10:00 | Deploy starts    |\n|       | (canary first)   |\n+-------+------------------+\n| 10:20 | Rolled back      |\n+-------+------------------+\n";

        var markdown = RestructuredTextToMarkdown.Convert(Grid).Markdown;

        Assert.Contains("| Time | Event |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 10:00 | Deploy starts (canary first) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 10:20 | Rolled back |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rst_field_lists_become_label_lines_and_bullet_lists_keep_their_nesting()
    {
        var markdown = RestructuredTextToMarkdown.Convert(FormatFixtures.ReStructuredText).Markdown;

        Assert.Contains("**Date:** May 14, 2024", markdown, StringComparison.Ordinal);
        Assert.Contains("- Cap aggregation buckets in the reports service\n- Alert on heap usage above 85%", markdown, StringComparison.Ordinal);
        Assert.Contains("   - Page the search team, not the reports team", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rst_links_and_code_become_markdown_and_code_directives_become_fenced_code()
    {
        var markdown = RestructuredTextToMarkdown.Convert(FormatFixtures.ReStructuredText).Markdown;

        Assert.Contains("[query log](https://logs.example.com/q/123)", markdown, StringComparison.Ordinal);
        Assert.Contains("`size=1000000`", markdown, StringComparison.Ordinal);
        Assert.Contains("```json\n{ \"aggs\"", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rst_raw_html_script_and_includes_never_reach_the_markdown()
    {
        var conversion = RestructuredTextToMarkdown.Convert(FormatFixtures.ReStructuredText);

        Assert.DoesNotContain("alert(", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains(conversion.LeftOut, l => l.Contains("include", StringComparison.Ordinal));
    }

    [Fact]
    public void An_rst_postmortem_is_extracted_date_times_timeline_and_cause()
    {
        var (_, extraction) = FormatFixtures.Read("search-outage.rst", FormatFixtures.ReStructuredText);
        var postmortem = extraction.Postmortem;

        Assert.Equal("Search cluster outage", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), postmortem.Date);
        Assert.Equal(6, postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T14:02:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Rst_directives_nested_hundreds_deep_do_not_fail()
    {
        var text = string.Concat(Enumerable.Range(0, 500).Select(n => new string(' ', n * 3) + ".. note::\n\n")) + new string(' ', 1500) + "deep text\n";

        Assert.Contains("deep text", RestructuredTextToMarkdown.Convert(text).Markdown, StringComparison.Ordinal);
    }
}
