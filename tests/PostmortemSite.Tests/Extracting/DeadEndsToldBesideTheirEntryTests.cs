using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A dead end the prose tells with the time and the remedy of one timeline entry is that entry.
/// </summary>
public sealed class DeadEndsToldBesideTheirEntryTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    private const string Report = "# Validator degradation\n\n**Incident Description**: Missed blocks from 23:15 UTC on August 18, 2025. "
        + "A planned service restart at 00:30 UTC did not resolve the issue, and the incident continued until natural recovery at 02:43 UTC.\n\n"
        + "## Timeline of Events\n\n- **Incident Start:** 2025-08-18 23:15 UTC\n- **Planned Restart:** 2025-08-19 00:30 UTC\n- **Natural Resolution:** 2025-08-19 02:43 UTC\n";

    [Fact]
    public void A_dead_end_the_prose_tells_with_the_time_and_words_of_a_timeline_entry_marks_that_entry()
    {
        var timeline = Import(Report).Timeline;

        Assert.True(Assert.Single(timeline, e => e.Text.Contains("Restart", StringComparison.Ordinal)).DeadEnd);
        Assert.Single(timeline, e => e.DeadEnd);
    }

    [Theory]
    [InlineData("Planned Restart:", "Disk Check:")]
    [InlineData("restart at 00:30 UTC", "restart at 00:30 PDT")]
    [InlineData("restart at 00:30 UTC", "restart, after the errors at 00:30 UTC,")]
    [InlineData("restart at 00:30 UTC", "restart at 00:30 UTC on 2025-08-20")]
    public void A_dead_end_whose_remedy_time_fits_no_entry_naming_that_remedy_marks_none(string written, string instead)
    {
        var timeline = Import(Report.Replace(written, instead, StringComparison.Ordinal)).Timeline;

        Assert.DoesNotContain(timeline, e => e.DeadEnd);
    }
}
