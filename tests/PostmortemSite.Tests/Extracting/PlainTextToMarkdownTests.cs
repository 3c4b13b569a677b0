using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Rendering;

namespace PostmortemSite.Tests.Extracting;

public sealed class PlainTextToMarkdownTests
{
    private static string Render(string text) => MarkdownRenderer.ToHtml(PlainTextToMarkdown.Convert(text));

    [Fact]
    public void Label_lines_and_section_names_on_their_own_line_become_headings()
    {
        var html = Render(PostmortemExtractorTests.Fixture("plain-labels.txt"));

        Assert.Contains(">Root Cause</h", html, StringComparison.Ordinal);
        Assert.Contains(">Timeline</h", html, StringComparison.Ordinal);
        Assert.Contains(">Impact</h", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_lines_become_a_list_one_item_per_line()
    {
        var html = Render(PostmortemExtractorTests.Fixture("plain-labels.txt"));

        Assert.Contains("<li>9:15 AM: Payment error rate starts climbing.</li>", html, StringComparison.Ordinal);
        Assert.Equal(7, html.Split("<li>", StringSplitOptions.None).Length - 1);
        Assert.Contains("<li>11:45 AM: All services confirmed operational, incident resolved.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_stay_paragraphs_and_keep_the_authors_line_breaks()
    {
        var html = Render("Summary\n\nThe queue backed up.\nWorkers were restarted by hand.\n\nA second paragraph.\n");

        Assert.Contains("<p>The queue backed up.<br />\nWorkers were restarted by hand.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>A second paragraph.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_label_value_lines_stay_lines_of_their_own()
    {
        var html = Render("Date: 2024-03-01\nSeverity: SEV2\nOwner: payments team\n");

        Assert.Contains("<strong>Date:</strong> 2024-03-01<br />", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Severity:</strong> SEV2<br />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_typed_in_plain_text_are_shown_as_typed_never_as_markup()
    {
        var html = Render("Notes\n\n<script>alert(1)</script> *not emphasis* [link](javascript:alert(1)) # not a heading {#id} $x$ ~~no~~\n1. not a list\n");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<del>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; *not emphasis* [link](javascript:alert(1)) # not a heading {#id} $x$ ~~no~~", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_addresses_in_plain_text_still_become_links()
    {
        var html = Render("See https://status.example.com/incidents/a_b_c for details.\n");

        Assert.Contains("href=\"https://status.example.com/incidents/a_b_c\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_plain_text_body_is_shaped_in_one_pass()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"Line {i} of a very long log pasted into the postmortem\n"));

        var markdown = PlainTextToMarkdown.Convert(text);

        Assert.Contains("Line 49999 of a very long log", markdown, StringComparison.Ordinal);
    }
}
