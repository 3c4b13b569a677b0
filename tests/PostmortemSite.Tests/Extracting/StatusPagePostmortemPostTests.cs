using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A status page copied as text, its postmortem post on top ("Postmortem" / the write-up / "Posted ...") above its
/// updates, newest first: the write-up's stamp tells when it was published, not a moment of the incident, and the
/// updates read oldest first after the write-up's own moments (issue 17, items 2 and 3). Each on an invented document.
/// </summary>
public sealed class StatusPagePostmortemPostTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("status.txt", text).Postmortem.ToPostmortem()!;

    private const string Updates = """
        Resolved
        This incident has been resolved.
        Posted Jun 11, 2024 - 09:52 UTC
        Monitoring
        Uploads are working again and we are monitoring.
        Posted Jun 11, 2024 - 09:20 UTC
        Identified
        The storage gateway has been identified as the cause and is being restarted.
        Posted Jun 11, 2024 - 08:47 UTC
        Investigating
        Uploads are failing. We are investigating and working on restoring service.
        Posted Jun 11, 2024 - 08:31 UTC
        This incident affected: Uploads.
        """;

    [Fact]
    public void The_postmortem_posts_publishing_time_is_not_the_end_of_the_incident()
    {
        var postmortem = Import("Uploads failing\nIncident Report for Acme Cloud\nPostmortem\n\n"
            + "The storage gateway ran out of file handles after a configuration push. This was resolved by raising the limit and restarting the gateway.\n\n"
            + "Posted Jun 11, 2024 - 11:05 UTC\n\n" + Updates);

        Assert.Equal(At("2024-06-11T08:31:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-06-11T09:52:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal("Postmortem published", Assert.Single(postmortem.Timeline, e => e.Time == At("2024-06-11T11:05:00Z")).Text);
    }

    [Fact]
    public void Updates_below_a_write_up_that_names_its_own_moment_read_oldest_first_after_it()
    {
        var postmortem = Import("Uploads failing\nIncident Report for Acme Cloud\nPostmortem\n\n"
            + "At approximately 08:15 UTC, a configuration push lowered the storage gateway's file handle limit.\n\n"
            + "Posted Jun 11, 2024 - 11:05 UTC\n\n" + Updates);

        Assert.Equal(
            [At("2024-06-11T08:15:00Z"), At("2024-06-11T08:31:00Z"), At("2024-06-11T08:47:00Z"), At("2024-06-11T09:20:00Z"), At("2024-06-11T09:52:00Z"), At("2024-06-11T11:05:00Z")],
            postmortem.Timeline.Select(e => e.Time));
        Assert.Equal(At("2024-06-11T08:15:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2024-06-11T09:52:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void An_update_labelled_as_an_update_still_stamps_its_words()
    {
        var postmortem = Import("Uploads failing\n\n" + Updates);

        Assert.Equal(4, postmortem.Timeline.Count);
        Assert.Equal(At("2024-06-11T09:52:00Z"), postmortem.Timestamps.Resolved);
    }
}
