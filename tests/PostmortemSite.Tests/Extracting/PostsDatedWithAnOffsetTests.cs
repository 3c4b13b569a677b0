using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A blog post whose front matter dates it with an offset ("date: '2018-06-14 01:10:50 +0800'") and whose text names
/// no zone: the offset is its writer's clock, and a line at its end that is only that time signs it off.
/// </summary>
public sealed class PostsDatedWithAnOffsetTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Postmortem Import(string text) => Extractor.Extract("notice.md", text).Postmortem.ToPostmortem()!;

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private const string Post = "---\ntitle: Server down\ndate: '2018-06-14 09:10:50 +0800'\n---\n\nEarlier today (around 2018-06-14 00:40) a disk on VM host 3 failed and the gateway went down. We are restoring it from backups.\n";

    [Fact]
    public void Times_in_a_post_that_names_no_zone_are_read_in_the_offset_its_front_matter_date_carries()
    {
        Assert.Equal(At("2018-06-13T16:40:00Z"), Import(Post).Timestamps.Started);
    }

    [Fact]
    public void A_zone_the_text_names_still_wins_over_the_offset_of_the_post_date()
    {
        var postmortem = Import(Post.Replace("around 2018-06-14 00:40", "around 2018-06-14 00:40 UTC", StringComparison.Ordinal));

        Assert.Equal(At("2018-06-14T00:40:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_line_at_the_end_that_is_only_the_posts_own_time_signs_it_off_and_is_no_event()
    {
        var signed = Import(Post + "\nThe ops team\n\n2018-06-14 09:10:50\n");
        var another = Import(Post + "\nThe ops team\n\n2018-06-14 11:30:00\n");

        Assert.Single(signed.Timeline);
        Assert.Null(signed.Timestamps.Resolved);
        Assert.Equal(2, another.Timeline.Count);
    }

    [Fact]
    public void A_zero_offset_on_the_post_date_is_the_generators_default_and_the_zone_stays_in_doubt()
    {
        var extraction = Extractor.Extract("notice.md", Post.Replace("+0800", "+0000", StringComparison.Ordinal));

        Assert.Equal(At("2018-06-14T00:40:00Z"), extraction.Postmortem.ToPostmortem()!.Timestamps.Started);
        Assert.Contains("assumed", extraction.Postmortem.TimeZone, StringComparison.Ordinal);
    }

    [Fact]
    public void The_offset_of_the_post_date_is_told_as_a_guess_with_a_warning()
    {
        var extraction = Extractor.Extract("notice.md", Post);

        Assert.Contains(extraction.Diagnostics, d => d.Message.Contains("the offset on the post's date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_told_at_the_posts_own_time_is_still_an_event()
    {
        var told = Import(Post + "\nThe last repository finished syncing at 2018-06-14 09:10:50, and we published this note right away.\n\nThe ops team\n\n2018-06-14 09:10:50\n");

        Assert.Contains(told.Timeline, e => e.Text.Contains("finished syncing", StringComparison.Ordinal));
        Assert.DoesNotContain(told.Timeline, e => e.Text == "The ops team");
    }
}
