using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;

namespace PostmortemSite.Tests.Importing.Formats;

public sealed class TemplateMarkdownTests
{
    [Fact]
    public void Mdx_imports_exports_and_comments_are_dropped_and_components_read_as_their_text()
    {
        var conversion = TemplateMarkdown.Convert(FormatFixtures.Mdx, "search-outage.mdx");

        Assert.StartsWith("---\ntitle: Search cluster outage\ndate: 2024-05-14\n---\n", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("import {", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewed: true", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("internal: link", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<Callout", conversion.Markdown, StringComparison.Ordinal);
        Assert.Contains("Search was unavailable for most customers", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_mdx_postmortem_is_extracted_with_its_front_matter_and_timeline()
    {
        var (_, extraction) = FormatFixtures.Read("search-outage.mdx", FormatFixtures.Mdx);

        Assert.Equal(new DateOnly(2024, 5, 14), extraction.Postmortem.Date);
        Assert.Equal(6, extraction.Postmortem.Timeline.Count);
        Assert.Equal(DateTimeOffset.Parse("2024-05-14T15:48:00Z"), extraction.Postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Erb_tags_are_dropped_never_evaluated_and_the_markdown_around_them_is_read()
    {
        var (document, extraction) = FormatFixtures.Read("search-outage.md.erb", FormatFixtures.MarkdownErb);

        Assert.DoesNotContain("<%", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@notes", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 5, 14), extraction.Postmortem.Date);
        Assert.Equal(3, extraction.Postmortem.Timeline.Count);
    }

    [Fact]
    public void A_liquid_highlight_block_becomes_a_fenced_code_block()
    {
        var conversion = TemplateMarkdown.Convert("Output:\n\n{% highlight bash %}\nkubeadm certs check-expiration\n{% endhighlight %}\n\nAfter.\n", "certs.md.liquid");

        Assert.Contains("```bash\nkubeadm certs check-expiration\n```", conversion.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_tags_quoted_inside_a_backtick_fence_make_no_fence_of_their_own()
    {
        var conversion = TemplateMarkdown.Convert("A post on Jekyll:\n\n```liquid\n{% highlight bash %}\necho hi\n{% endhighlight %}\n```\n\nAfter.\n", "jekyll.md.liquid");

        Assert.DoesNotContain("```bash", conversion.Markdown, StringComparison.Ordinal);
        Assert.Equal(2, conversion.Markdown.Split("```").Length - 1);
    }

    [Fact]
    public void Template_file_names_are_recognised_by_their_inner_extension()
    {
        Assert.Equal(SourceFormat.MarkdownTemplate, SourceFormats.FromName("a/b.md.erb"));
        Assert.Equal(SourceFormat.MarkdownTemplate, SourceFormats.FromName("b.markdown.liquid"));
        Assert.Equal(SourceFormat.MarkdownTemplate, SourceFormats.FromName("b.mdx"));
        Assert.Equal(SourceFormat.Html, SourceFormats.FromName("b.html.erb"));
        Assert.Null(SourceFormats.FromName("b.rb.erb"));
        Assert.Null(SourceFormats.FromName("b.png"));
    }
}
