using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Reading;

public sealed class AuthorNotesTests
{
    [Fact]
    public void Comments_are_removed_but_their_line_breaks_stay_so_line_numbers_do_not_move()
    {
        var body = "## Summary\n\n<!-- What happened,\nin two sentences. -->\nText <!-- inline note --> here.\n";

        var stripped = AuthorNotes.Strip(body);

        Assert.Equal("## Summary\n\n\n\nText  here.\n", stripped);
        Assert.Equal(body.Count(c => c == '\n'), stripped.Count(c => c == '\n'));
    }

    [Fact]
    public void Comments_shown_as_code_stay()
    {
        var body = "Use `<!-- like this -->` in HTML.\n\n```html\n<!-- a comment in an example -->\n```\n<!-- gone -->\n";

        var stripped = AuthorNotes.Strip(body);

        Assert.Contains("`<!-- like this -->`", stripped);
        Assert.Contains("<!-- a comment in an example -->", stripped);
        Assert.DoesNotContain("gone", stripped);
    }

    [Fact]
    public void An_unclosed_comment_is_left_as_written()
    {
        const string body = "Careful: <!-- this never closes\nand more\n";

        Assert.Equal(body, AuthorNotes.Strip(body));
    }
}
