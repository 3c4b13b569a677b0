using PostmortemSite.Extracting;
using PostmortemSite.Importing;

namespace PostmortemSite.Tests.Extracting;

public sealed class TimeZoneTableTests
{
    [Theory]
    [InlineData("EDT", "2024-05-15", "10:00", "2024-05-15T14:00:00Z")]
    [InlineData("EST", "2024-01-15", "23:30", "2024-01-16T04:30:00Z")]
    [InlineData("PST", "2019-01-22", "14:54", "2019-01-22T22:54:00Z")]
    [InlineData("PDT", "2024-07-01", "07:30", "2024-07-01T14:30:00Z")]
    [InlineData("CET", "2019-12-04", "00:30", "2019-12-03T23:30:00Z")]
    [InlineData("CEST", "2024-06-01", "12:00", "2024-06-01T10:00:00Z")]
    [InlineData("UTC", "2024-06-22", "10:00", "2024-06-22T10:00:00Z")]
    [InlineData("GMT", "2024-06-22", "10:00", "2024-06-22T10:00:00Z")]
    [InlineData("GST", "2023-03-01", "21:27", "2023-03-01T17:27:00Z")]
    [InlineData("SAST", "2026-04-11", "04:10", "2026-04-11T02:10:00Z")]
    [InlineData("NPT", "2024-06-22", "10:00", "2024-06-22T04:15:00Z")]
    [InlineData("IST", "2024-06-22", "10:00", "2024-06-22T04:30:00Z")]

    // Written out of season, a standard-time abbreviation still names the clocks of that day ("PST" in September is
    // PDT); a summer-time one is written by someone minding the season and keeps its offset.
    [InlineData("PST", "2023-09-14", "13:06", "2023-09-14T20:06:00Z")]
    [InlineData("EST", "2023-07-04", "09:00", "2023-07-04T13:00:00Z")]
    [InlineData("CET", "2023-06-20", "10:00", "2023-06-20T08:00:00Z")]
    [InlineData("BST", "2023-12-01", "10:00", "2023-12-01T09:00:00Z")]
    [InlineData("PDT", "2023-12-01", "10:00", "2023-12-01T17:00:00Z")]
    public void An_abbreviation_means_the_offset_its_region_keeps_on_that_day(string zone, string date, string time, string expectedUtc)
    {
        var utc = TimeZoneTable.Find(zone)!.ToUtc(DateOnly.Parse(date), TimeOnly.Parse(time));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
    }

    [Theory]
    [InlineData("ET", "2024-01-10", "09:00", "2024-01-10T14:00:00Z")]
    [InlineData("ET", "2024-07-10", "09:00", "2024-07-10T13:00:00Z")]
    [InlineData("PT", "2024-03-10", "01:30", "2024-03-10T09:30:00Z")]
    [InlineData("PT", "2024-03-10", "03:30", "2024-03-10T10:30:00Z")]
    [InlineData("PT", "2024-11-03", "03:00", "2024-11-03T11:00:00Z")]
    [InlineData("US/Pacific", "2021-06-03", "09:00", "2021-06-03T16:00:00Z")]
    [InlineData("Europe/Berlin", "2024-03-31", "00:30", "2024-03-30T23:30:00Z")]
    [InlineData("Europe/Berlin", "2024-03-31", "04:00", "2024-03-31T02:00:00Z")]
    [InlineData("Europe/London", "2024-10-27", "12:00", "2024-10-27T12:00:00Z")]
    public void A_generic_zone_follows_daylight_saving_on_the_day(string zone, string date, string time, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), TimeZoneTable.Find(zone)!.ToUtc(DateOnly.Parse(date), TimeOnly.Parse(time)));
    }

    [Theory]
    [InlineData("+05:30", 330)]
    [InlineData("-0800", -480)]
    [InlineData("UTC-3", -180)]
    [InlineData("GMT+2", 120)]
    [InlineData("UTC+05:45", 345)]
    [InlineData("UTC+5:30", 330)]
    [InlineData("GMT-3:30", -210)]
    public void An_explicit_offset_is_read_as_written(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), TimeZoneTable.Find(text)!.OffsetAt(new DateTime(2024, 1, 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars")]
    [InlineData("+25:00")]
    [InlineData("UTC+")]
    [InlineData("+1:2:3")]
    [InlineData("+53:0")]
    [InlineData("+5:3")]
    public void An_unknown_zone_is_not_guessed(string text)
    {
        Assert.Null(TimeZoneTable.Find(text));
    }

    [Fact]
    public void A_date_at_the_end_of_the_calendar_gives_no_instant_instead_of_overflowing()
    {
        Assert.Null(TimeZoneTable.Find("PST")!.ToUtc(DateOnly.MaxValue, new TimeOnly(23, 0)));
    }
}
