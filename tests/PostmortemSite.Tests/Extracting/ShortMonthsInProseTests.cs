using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A month written short with its dot in a sentence ("rolled out on Apr. 28 around 20:00 UTC", "on Sept. 3 at 14:10")
/// dates the moment; the dot does not end the sentence there. Each on an invented text saved on a day in the same
/// year, which gives it its year. Issue 17, item 2.
/// </summary>
public sealed class ShortMonthsInProseTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text) => Extractor.Extract("incident.md", text, new DateOnly(2022, 12, 1)).Postmortem;

    [Theory]
    [InlineData("- v1.1.0 was rolled out on Apr. 28 around 20:00 UTC at block 1960300", 4, 28, 20, 0)]
    [InlineData("- v1.1.0 was rolled out on `Apr. 28 around 20:00 UTC` at block 1960300", 4, 28, 20, 0)]
    [InlineData("- The release went out on Sept. 3 at 14:10 UTC and the first errors followed", 9, 3, 14, 10)]
    public void A_short_month_with_its_dot_dates_a_moment_told_in_prose(string line, int month, int day, int hour, int minute)
    {
        var next = new DateOnly(2022, month, day + 1).ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture);
        var text = "# Halt\n\n## Summary\n\n" + line + $"\n- The chain halted soon after\n- v1.1.3 was rolled out on `{next} around 19:30 UTC` and the network resumed producing blocks around `20:00 UTC` the same day\n";

        var moments = Extract(text).Timeline.Select(e => e.Time).OfType<DateTimeOffset>().ToList();

        var first = moments.Min();
        Assert.Equal((month, day, hour, minute), (first.Month, first.Day, first.Hour, first.Minute));
    }
}
