using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class MediaWikiToMarkdownTests
{
    private static string Convert(string text) => MediaWikiToMarkdown.Convert(text).Markdown;

    [Fact]
    public void Wiki_headings_take_their_level_from_their_equals_signs()
    {
        Assert.Equal("# Outage\n\n## Timeline\n\n### Day one\n", Convert("= Outage =\n==Timeline==\n=== Day one ===\n"));
    }

    [Fact]
    public void Wiki_lists_keep_their_nesting_and_their_numbering()
    {
        var markdown = Convert("== Action items ==\n* Cap the buckets\n** Page the search team\n# Review every query\n#* Start with the reports service\n");

        Assert.EndsWith("- Cap the buckets\n   - Page the search team\n1. Review every query\n   - Start with the reports service\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bold_italic_and_both_become_their_markdown_and_links_keep_their_labels()
    {
        var markdown = Convert("The '''reports''' service, ''not'' the '''''search''''' one. See [https://example.org/aggs the query], [https://example.org/raw], [[Runbooks/Search|the runbook]] and [[Search cluster]].\n");

        Assert.Equal("The **reports** service, *not* the ***search*** one. See [the query](https://example.org/aggs), https://example.org/raw, the runbook and Search cluster.\n", markdown);
    }

    [Fact]
    public void A_wiki_table_becomes_a_pipe_table_without_its_cell_attributes()
    {
        var markdown = Convert(FormatFixtures.MediaWiki);

        Assert.Contains("| Time | Event |\n| --- | --- |\n| 14:02 | Elasticsearch heap alarms fire |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 15:05 | Identified a runaway aggregation query from the reports service |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 15:48 | Search fully restored, incident resolved |\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("background", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_whose_text_runs_over_several_lines_stays_one_cell()
    {
        var markdown = Convert("{|\n! Time\n! Event\n|-\n| 14:02\n| Alarms fire\non every node\n|}\n");

        Assert.Equal("| Time | Event |\n| --- | --- |\n| 14:02 | Alarms fire on every node |\n", markdown);
    }

    [Fact]
    public void An_infobox_gives_label_lines_and_other_templates_comments_files_and_references_are_left_out()
    {
        var conversion = MediaWikiToMarkdown.Convert(FormatFixtures.MediaWiki + "\nThe {{citation needed}} error rate doubled.\n");

        Assert.StartsWith("**Date:** 2024-05-14\n\n**Severity:** SEV2\n\n**Services:** search\n\n# Search cluster outage (MediaWiki)\n", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains("The error rate doubled.", conversion.Markdown, StringComparison.Ordinal);
        foreach (var gone in new[] { "search team owns", "__TOC__", "Heap-graph", "Category", "search runbook", "{{", "}}" })
        {
            Assert.DoesNotContain(gone, conversion.Markdown, StringComparison.Ordinal);
        }

        Assert.Contains("templates (drawn from other wiki pages)", conversion.LeftOut);
        Assert.Contains("references (<ref>)", conversion.LeftOut);
    }

    [Fact]
    public void A_header_of_key_value_lines_opening_the_page_is_its_title_and_label_lines_and_later_preformatted_text_stays_code()
    {
        var markdown = Convert("{{rfc}}\n\n<pre>\n  Number: 50\n  Title: March chain fork post-mortem\n  Author: Ops Team\n  Created: 20-03-2013\n</pre>\n\n== Root cause ==\nToo few locks.\n\n<pre>\nset_lk_max_locks 120000\n</pre>\n\n set_lk_max_objects 120000\n");

        Assert.Equal("# March chain fork post-mortem\n\n**Number:** 50\n\n**Author:** Ops Team\n\n**Created:** 20-03-2013\n\n## Root cause\n\nToo few locks.\n\n```\nset_lk_max_locks 120000\n```\n\n```\nset_lk_max_objects 120000\n```\n", markdown);
    }

    [Fact]
    public void A_definition_and_an_indented_line_become_a_label_line_and_a_quotation()
    {
        var markdown = Convert(";Detected : 14:10 by the heap alarm\n:The manual says to double the lock count.\n");

        Assert.Equal("**Detected:** 14:10 by the heap alarm\n\n> The manual says to double the lock count.\n", markdown);
    }

    [Fact]
    public void Html_in_a_wiki_page_is_read_as_html_so_no_script_survives_and_a_line_break_splits_the_line()
    {
        var conversion = MediaWikiToMarkdown.Convert("Heap alarms fired<br/>The cluster stalled <code>GET /search</code> &amp; more.\n\n<script>alert('wiki')</script>\n");

        Assert.Equal("Heap alarms fired  \nThe cluster stalled `GET /search` & more.\n", conversion.Markdown);
        Assert.Contains(conversion.LeftOut, l => l.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Angle_brackets_the_wiki_shows_as_text_are_kept()
    {
        Assert.Equal("Run -alertnotify=<command> on each node.\n", Convert("Run -alertnotify=<command> on each node.\n"));
    }

    [Theory]
    [InlineData("postmortem.mediawiki")]
    [InlineData("Search_outage.wiki")]
    [InlineData("search.wikitext")]
    public void Wiki_source_files_are_read_as_mediawiki(string name)
    {
        Assert.Equal(SourceFormat.MediaWiki, SourceFormats.FromName(name));
    }

    [Fact]
    public void Unclosed_templates_and_deeply_nested_braces_are_read_as_text_without_failing()
    {
        var nested = string.Concat(Enumerable.Repeat("{{", 5000)) + "x" + string.Concat(Enumerable.Repeat("}}", 5000));

        Assert.Contains("The outage {{began", Convert("The outage {{began at 14:02.\n"), StringComparison.Ordinal);
        Assert.NotNull(Convert(nested + "\n== Root cause ==\nToo few locks.\n"));
    }
}
