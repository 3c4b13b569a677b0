using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A blog post copied as text lists its timeline as lines that open with a time, under a sentence that says so
/// ("Here's a timeline of the day's activity (all times are in UTC):") rather than a heading: those lines are the
/// timeline even where the text has sections (issue 17, item 2). Each on an invented text.
/// </summary>
public sealed class TimelineIntroducedBySentenceTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("post.txt", text).Postmortem.ToPostmortem()!;

    private static string Post(string introduction) => "Summary of the March 3, 2025 outage\n\nWe had a global outage caused by a bad cache rule.\n\nWe are sorry for the trouble it caused.\n\n"
        + "What happened?\n\nA week before, we began rolling out a new cache engine.\n\nIt carried a latent bug in how rules were merged.\n\n"
        + "On the day, a customer pushed a valid rule that set it off.\n\n"
        + $"{introduction}\n\n08:10 Errors begin across the edge network\n08:12 Monitoring alerts the on-call engineer\n08:40 The cache rule is identified\n"
        + "09:05 Full service restored\n\nOnce the immediate effects were over, we turned to the fix.\n\n## Next steps\n\n- Add a canary stage for cache rules\n";

    [Fact]
    public void Lines_that_open_with_a_time_under_a_sentence_naming_the_timeline_are_the_timeline()
    {
        var postmortem = Import(Post("Here's a timeline of the day's activity (all times are in UTC):"));

        Assert.Equal(4, postmortem.Timeline.Count);
        Assert.Equal(At("2025-03-03T08:10:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2025-03-03T09:05:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_timed_lines_under_a_sentence_that_names_no_timeline_stay_as_they_were()
    {
        var postmortem = Import(Post("The maintenance plan for the next release is as follows (all times are in UTC):"));

        Assert.NotEqual(4, postmortem.Timeline.Count);
    }
}
