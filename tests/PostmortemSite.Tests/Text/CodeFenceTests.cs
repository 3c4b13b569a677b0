using PostmortemSite.Extracting;
using PostmortemSite.Text;

namespace PostmortemSite.Tests.Text;

public sealed class CodeFenceTests
{
    /// <summary>Which of <paramref name="lines"/> are code (fence lines included), read in order.</summary>
    private static bool[] Code(params string[] lines) => Code(new CodeFence(), lines);

    private static bool[] Code(CodeFence fence, params string[] lines)
    {
        return [.. lines.Select(line => { var inside = fence.Inside; return fence.Read(line) || inside; })];
    }

    [Fact]
    public void A_fence_with_an_info_string_inside_a_block_is_code_and_not_its_end()
    {
        Assert.Equal([true, true, true, true, false], Code("```", "```bash", "sqlite3", "```", "after"));
    }

    [Fact]
    public void Only_a_fence_of_the_same_character_at_least_as_long_closes_a_block()
    {
        Assert.Equal([true, true, true, true, true, false], Code("````md", "~~~", "```", "text", "````", "after"));
    }

    [Fact]
    public void Inline_code_between_backticks_on_one_line_opens_no_block()
    {
        Assert.Equal([false, false], Code("```sql``` is the language", "plain line"));
    }

    [Fact]
    public void Timeline_entries_after_a_stray_fence_followed_by_a_fenced_block_are_still_read()
    {
        const string text = "- 00:25 the hub database is overwritten\n\n```\n```bash\nsqlite3\n```\n\n- 01:12 users report missing notebooks\n- 01:28 hub scaled down\n";

        var events = TimelineParser.Parse(text, new TimelineContext(new DateOnly(2017, 2, 9), TimeZoneTable.Find("UTC")!, null)).TimelineEvents;

        Assert.Equal(["the hub database is overwritten", "users report missing notebooks", "hub scaled down"], events.Select(e => e.Text));
    }

    [Fact]
    public void A_jekyll_highlight_block_is_code_when_the_reader_follows_liquid_blocks()
    {
        Assert.Equal([false, true, true, true, false], Code(new CodeFence(readsLiquidHighlight: true), "before", "{% highlight bash %}", "Dec 30, 2020 23:36 UTC", "{% endhighlight %}", "after"));
    }

    [Fact]
    public void A_jekyll_highlight_block_is_text_to_a_commonmark_reader()
    {
        Assert.Equal([false, false, false], Code("{% highlight bash %}", "Dec 30, 2020 23:36 UTC", "{% endhighlight %}"));
    }

    [Fact]
    public void A_liquid_end_tag_inside_a_backtick_fence_is_code_and_not_its_end()
    {
        Assert.Equal([true, true, true, false], Code(new CodeFence(readsLiquidHighlight: true), "```", "{% endhighlight %}", "```", "after"));
    }
}
