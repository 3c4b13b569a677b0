using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class OrgToMarkdownTests
{
    [Fact]
    public void The_org_title_comes_first_and_the_other_header_keywords_become_label_lines()
    {
        var markdown = OrgToMarkdown.Convert(FormatFixtures.Org).Markdown;

        Assert.StartsWith("# Search cluster outage (Org)\n\n**Author:** Search Team\n\n**Date:** 2024-05-14\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("toc:nil", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_outline_headings_sit_one_level_below_the_title_without_their_tags()
    {
        var markdown = OrgToMarkdown.Convert("#+TITLE: Outage\n* Timeline    :ops:urgent:\n** Day one\n*** 10:00 paged\n").Markdown;

        Assert.Equal("# Outage\n\n## Timeline\n\n### Day one\n\n#### 10:00 paged\n", markdown);
    }

    [Fact]
    public void An_org_table_becomes_a_pipe_table_headed_by_the_rows_above_its_rule()
    {
        var markdown = OrgToMarkdown.Convert(FormatFixtures.Org).Markdown;

        Assert.Contains("| Time | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_list_items_keep_their_nesting_their_checkboxes_and_the_lines_they_wrap_onto()
    {
        var markdown = OrgToMarkdown.Convert("* Follow-ups\n  - [ ] Cap the buckets\n    in the reports service\n  - [X] Alert on heap\n    + Page the search team\n  1. Write the runbook\n").Markdown;

        Assert.Contains("- [ ] Cap the buckets in the reports service\n- [x] Alert on heap\n   - Page the search team\n1. Write the runbook\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_org_task_heading_becomes_a_checklist_item_open_until_it_is_done()
    {
        var markdown = OrgToMarkdown.Convert("* Action items\n** TODO [#A] Rotate the keys  :security:\n** DONE Page the owner\n").Markdown;

        Assert.Contains("- [ ] Rotate the keys\n- [x] Page the owner\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_org_paragraph_keeps_its_line_breaks_where_the_author_put_them()
    {
        var markdown = OrgToMarkdown.Convert("Date: 2024-05-14\nSeverity: SEV2\n\nFirst line \\\\\nsecond line\n").Markdown;

        Assert.Equal("Date: 2024-05-14  \nSeverity: SEV2\n\nFirst line  \nsecond line\n", markdown);
    }

    [Fact]
    public void Org_inline_markup_links_and_timestamps_become_their_markdown_and_plain_forms()
    {
        var markdown = OrgToMarkdown.Convert("Ran =kubectl drain= on *all* nodes at <2024-05-14 Tue 14:02>; see [[https://example.org/x][the log]] and [[*Timeline][the timeline]], not 7*24*60.\n").Markdown;

        Assert.Equal("Ran `kubectl drain` on **all** nodes at 2024-05-14 14:02; see [the log](https://example.org/x) and the timeline, not 7*24*60.\n", markdown);
    }

    [Fact]
    public void Org_source_blocks_become_fenced_code_and_drawers_comments_and_setup_files_are_left_out()
    {
        var conversion = OrgToMarkdown.Convert(FormatFixtures.Org);

        Assert.Contains("```json\n{ \"aggs\"", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("CUSTOM_ID", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("never exported", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains(conversion.LeftOut, l => l.Contains("setup", StringComparison.Ordinal));
    }

    [Fact]
    public void An_org_html_export_block_is_read_as_html_so_its_script_is_dropped()
    {
        var conversion = OrgToMarkdown.Convert(FormatFixtures.Org);

        Assert.Contains("Exported as written", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_org_postmortem_is_extracted_date_times_timeline_cause_and_open_action_items()
    {
        var (document, extraction) = FormatFixtures.Read("search-outage.org", FormatFixtures.Org);
        var postmortem = extraction.Postmortem;

        Assert.Equal(SourceFormat.Org, document.Format);
        Assert.Equal("Search cluster outage (Org)", postmortem.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), postmortem.Date);
        Assert.Equal(6, postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T14:02:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), postmortem.Timestamps.Resolved);
        Assert.Contains("missing limit on aggregation buckets", postmortem.RootCauseText, StringComparison.Ordinal);
        Assert.Contains(postmortem.ActionItems, a => a.Title.StartsWith("Cap aggregation buckets", StringComparison.Ordinal) && a.Status == ActionStatus.Open);
        Assert.Contains(postmortem.ActionItems, a => a.Title.StartsWith("Review every query", StringComparison.Ordinal) && a.Status == ActionStatus.Open);
        Assert.Contains(postmortem.ActionItems, a => a.Title.StartsWith("Alert on heap usage", StringComparison.Ordinal) && a.Status == ActionStatus.Done);
    }

    [Fact]
    public void Org_blocks_nested_thousands_deep_or_never_closed_do_not_fail()
    {
        var nested = string.Concat(Enumerable.Repeat("#+BEGIN_QUOTE\n", 2000)) + "inner text\n";

        Assert.Contains("inner text", OrgToMarkdown.Convert(nested).Markdown, StringComparison.Ordinal);
        Assert.Contains("unclosed", OrgToMarkdown.Convert("#+BEGIN_SRC sh\nunclosed listing\n| a").Markdown, StringComparison.Ordinal);
    }
}
