namespace PostmortemSite.Tests.Importing.Formats;

/// <summary>Nikola's metadata lines (".. title: …", ".. date: …"), in the HTML comment that hides them from the page or bare.</summary>
public sealed class NikolaMetadataTests
{
    private const string Commented = "<!--\n.. link:\n.. description:\n.. tags: Outages\n.. date: 2016-12-22 01:00:00\n.. title: Server Outage\n.. slug: server-outage\n-->\n\n"
        + "The server that runs this website went offline without notice yesterday.\n";

    [Fact]
    public void Metadata_hidden_in_a_comment_at_the_top_is_read_as_front_matter()
    {
        var (document, extraction) = FormatFixtures.Read("server-outage.md", Commented);

        Assert.Equal("Server Outage", extraction.Postmortem.Title);
        Assert.Equal(new DateOnly(2016, 12, 21), extraction.Postmortem.Date);
        Assert.DoesNotContain(".. slug", extraction.Postmortem.Body, StringComparison.Ordinal);
        Assert.Contains(".. date: 2016-12-22", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_metadata_lines_at_the_top_are_read_as_front_matter()
    {
        var (_, extraction) = FormatFixtures.Read("server-outage.md", ".. title: Server Outage\n.. date: 2016-12-22 01:00:00\n\nThe mail server failed on 2016-12-22.\n");

        Assert.Equal("Server Outage", extraction.Postmortem.Title);
        Assert.Equal(new DateOnly(2016, 12, 22), extraction.Postmortem.Date);
    }

    [Fact]
    public void A_comment_that_is_not_metadata_is_still_left_out_of_the_text()
    {
        var (document, _) = FormatFixtures.Read("server-outage.md", "<!-- TODO: add the graphs -->\n\n# Server outage\n\nThe mail server failed on 2016-12-22.\n");

        Assert.DoesNotContain("TODO", document.Text, StringComparison.Ordinal);
    }
}
