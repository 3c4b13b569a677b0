using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>The incident's day told by a post's opening, and its first sign after hours of lead-up (issue 17, items 1 and 3), each on an invented document.</summary>
public sealed class OpeningsAndFirstSignsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem ImportOnFileDay(string text) => Extractor.Extract("incident.md", text, new DateOnly(2026, 11, 29)).Postmortem.ToPostmortem()!;

    [Fact]
    public void The_day_the_opening_tells_of_the_outage_dates_it_over_an_earlier_outage_listed_below()
    {
        var postmortem = ImportOnFileDay("# Database outage\n\nOn March 14th 2019, we experienced a major outage of the hosted service.\n\n## Background\n\n"
            + "This database has failed us before, for example:\n\n* A database outage on November 28th, 2018 because of table bloat\n");

        Assert.Equal(new DateOnly(2019, 3, 14), postmortem.Date);
    }

    [Fact]
    public void An_opening_that_tells_no_trouble_leaves_the_earliest_date()
    {
        var postmortem = ImportOnFileDay("# Database outage\n\nOn March 14th 2019, we published this review.\n\n## Background\n\n"
            + "* The database went down on November 28th, 2018 because of table bloat\n");

        Assert.Equal(new DateOnly(2018, 11, 28), postmortem.Date);
    }

    [Theory]
    [InlineData("starts experiencing an increase in database load")]
    [InlineData("began suffering from slow queries")]
    public void The_service_beginning_to_suffer_hours_after_the_lead_up_starts_the_incident(string sign)
    {
        var postmortem = ImportOnFileDay("# Database outage\n\n## Timeline\n\n**2019-03-14 17:20 UTC:** an engineer takes a snapshot of the production database for staging.\n\n"
            + $"**19:00 UTC:** the site {sign}.\n\n**23:30 UTC:** the data directory is wiped on the primary by mistake.\n");

        Assert.Equal(At("2019-03-14T19:00:00Z"), postmortem.Timestamps.Started);
    }
}
