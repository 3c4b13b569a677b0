using PostmortemSite.Extracting;
using PostmortemSite.Importing;

namespace PostmortemSite.Tests.Extracting;

public sealed class DateTimeTextTests
{
    [Theory]
    [InlineData("10:00 AM: Issue detected", "10:00", "10:00 AM")]
    [InlineData("1:30 PM: Restored", "13:30", "1:30 PM")]
    [InlineData("12:00 PM: Noon", "12:00", "12:00 PM")]
    [InlineData("12:15 AM: Just after midnight", "00:15", "12:15 AM")]
    [InlineData("9am - Standup", "09:00", "9am")]
    [InlineData("23:59:30 last write", "23:59:30", "23:59:30")]
    [InlineData("09:00 UTC: Alert", "09:00", "09:00 UTC")]
    [InlineData("2:54 PM PST: merged", "14:54", "2:54 PM PST")]
    [InlineData("9:27a power out", "09:27", "9:27a")]
    [InlineData("4:00p machines back", "16:00", "4:00p")]
    [InlineData("10:30 a user reported", "10:30", "10:30")]
    public void A_time_at_the_start_of_a_line_is_read_with_what_it_used(string line, string time, string used)
    {
        var stamp = DateTimeText.ReadLeading(line, null);

        Assert.Equal(TimeOnly.Parse(time), stamp!.Time);
        Assert.Equal(used, line[..stamp.Length]);
    }

    [Theory]
    [InlineData("2024-07-12 09:00 UTC to later", "2024-07-12", "09:00", "UTC")]
    [InlineData("June 10, 2023, 03:00 PM - 05:30 PM", "2023-06-10", "15:00", null)]
    [InlineData("2024-06-22T10:00:00Z first", "2024-06-22", "10:00", "UTC")]
    [InlineData("2024-06-22T10:00:00+02:00 first", "2024-06-22", "10:00", "+02:00")]
    [InlineData("22nd June 2024 at 10:00 EDT", "2024-06-22", "10:00", "EDT")]
    [InlineData("Friday 29 November 2019, 12:00", "2019-11-29", "12:00", null)]
    public void A_date_and_time_at_the_start_of_a_line_are_read_together(string line, string date, string time, string? zone)
    {
        var stamp = DateTimeText.ReadLeading(line, null)!;

        Assert.Equal(DateOnly.Parse(date), stamp.Date);
        Assert.Equal(TimeOnly.Parse(time), stamp.Time);
        Assert.Equal(zone, stamp.Zone?.Name);
    }

    [Fact]
    public void A_month_and_day_without_a_year_take_the_known_year()
    {
        var stamp = DateTimeText.ReadLeading("Jan 14, 10:18 AM | customer report", 2026)!;

        Assert.Equal(new DateOnly(2026, 1, 14), stamp.Date);
        Assert.False(stamp.DateHasYear);
        Assert.Null(DateTimeText.ReadLeading("Jan 14, 10:18 AM | customer report", null));
    }

    [Theory]
    [InlineData("Sunday 5/22 we rebooted all servers", 5, 22)]
    [InlineData("Tuesday 24/5 the hosts were moved", 5, 24)]
    [InlineData("Fri 5/6, the kernel was rolled back", 5, 6)]
    public void Digits_for_a_day_and_month_after_a_weekday_take_the_reading_the_weekday_fits(string text, int month, int day)
    {
        Assert.Equal(new DateOnly(2022, month, day), DateTimeText.ReadLeading(text, 2022)?.Date);
    }

    [Fact]
    public void Guard_digits_after_a_weekday_in_a_written_year_are_read_even_when_the_other_order_fits_the_year_before()
    {
        // 4 March 2024 is a Monday, and so is 3 April 2023: the known year decides.
        Assert.Equal(new DateOnly(2024, 3, 4), DateTimeText.ReadLeading("Monday 3/4 22:00 UTC: the kernel update rolled out", 2024)?.Date);
    }

    [Theory]
    [InlineData("Sunday 5/21 we rebooted")]
    [InlineData("5/22 we rebooted")]
    [InlineData("Monday 3/4 of the storage nodes crashed")]
    public void Digits_for_a_day_and_month_that_no_weekday_settles_are_no_date(string text)
    {
        Assert.Null(DateTimeText.ReadLeading(text, 2022)?.Date);
    }

    [Theory]
    [InlineData("T+0: start", 0)]
    [InlineData("T+10m: alert", 10)]
    [InlineData("T+1h10m: rollback", 70)]
    [InlineData("T+2h: fixed", 120)]
    [InlineData("T+01:30 - restored", 90)]
    [InlineData("T + 1d 2h: later", 1560)]
    [InlineData("+10 minutes", 10)]
    [InlineData("+2 hours: fixed", 120)]
    [InlineData("+1 day 2 hrs: restored", 1560)]
    [InlineData("T-0 (Start): disk pulled", 0)]
    [InlineData("T-30m: the change was merged", -30)]
    public void A_time_relative_to_the_start_is_read_as_a_span(string line, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), DateTimeText.ReadLeading(line, null)!.SinceStart);
    }

    [Theory]
    [InlineData("+0 for this idea")]
    [InlineData("+1 to rolling back")]
    [InlineData("+5M requests failed over the next hour")]
    [InlineData("+3m users saw errors")]
    [InlineData("+05:30 IST note")]
    [InlineData("T-shirts were handed out")]
    [InlineData("T-Mobile customers saw errors")]
    public void A_plus_without_a_spelt_out_unit_is_no_time(string line)
    {
        Assert.Null(DateTimeText.ReadLeading(line, null)?.SinceStart);
    }

    [Theory]
    [InlineData("10:05 Central team paged")]
    [InlineData("10:05 est. arrival of the fix")]
    public void A_word_after_a_time_is_a_zone_only_when_written_like_one(string line)
    {
        var stamp = DateTimeText.ReadLeading(line, null)!;

        Assert.Null(stamp.Zone);
        Assert.Equal("10:05", line[..stamp.Length]);
    }

    [Theory]
    [InlineData("2024-06-28 7:09 AM Eastern:", 11, 9)]
    [InlineData("10:05 Pacific, the on-call engineer was paged", 17, 5)]
    [InlineData("21:40 Central - failover began", 2, 40)]
    public void A_generic_zone_name_that_ends_the_phrase_after_a_time_is_its_zone(string line, int utcHour, int utcMinute)
    {
        var stamp = DateTimeText.ReadLeading(line, 2024)!;
        var day = stamp.Date ?? new DateOnly(2024, 6, 28);

        Assert.NotNull(stamp.Zone);
        Assert.Equal(new TimeOnly(utcHour, utcMinute), TimeOnly.FromDateTime(stamp.ToUtc(day, TimeZoneTable.Find("UTC")!)!.Value.UtcDateTime));
    }

    [Theory]
    [InlineData("22/Mar/2022 21:26 node upgrade failed", "22/Mar/2022 21:26")]
    [InlineData("22-Mar-2022: node upgrade failed", "22-Mar-2022")]
    public void A_day_month_name_and_year_joined_by_slashes_or_dashes_is_a_date(string line, string stamp)
    {
        var read = DateTimeText.ReadLeading(line, null)!;

        Assert.Equal(new DateOnly(2022, 3, 22), read.Date);
        Assert.Equal(stamp, line[..read.Length]);
        Assert.Equal(new DateOnly(2022, 3, 22), DateTimeText.FindDate("## Postmortems\n\n## " + line)!.Date);
    }

    [Theory]
    [InlineData("1625 UTC: sequencer paused", 16, 25, "1625 UTC")]
    [InlineData("0930Z - alert fired", 9, 30, "0930Z")]
    [InlineData("1400 hrs: bridge opened", 14, 0, "1400 hrs")]
    public void Four_digits_with_utc_or_hrs_after_them_are_a_time(string line, int hour, int minute, string stamp)
    {
        var read = DateTimeText.ReadLeading(line, 2024)!;

        Assert.Equal(new TimeOnly(hour, minute), read.Time);
        Assert.Equal(stamp, line[..read.Length].TrimEnd());
    }

    [Theory]
    [InlineData("2024-03-12 0616: wrong block produced", 6, 16)]
    [InlineData("2024-03-12 1548 - recovery announced", 15, 48)]
    [InlineData("2024-03-12 2307 | sequencer halted", 23, 7)]
    public void Four_digits_a_colon_bar_or_dash_parts_from_the_words_right_after_a_full_date_are_its_time(string line, int hour, int minute)
    {
        var read = DateTimeText.ReadLeading(line, null)!;

        Assert.Equal(new DateOnly(2024, 3, 12), read.Date);
        Assert.Equal(new TimeOnly(hour, minute), read.Time);
    }

    [Theory]
    [InlineData("2024-03-12 1500 users saw errors")]
    [InlineData("2024-03-12 2019 was a busy year")]
    [InlineData("2024-03-12 2307")]
    [InlineData("March 3 1200: the count")]
    public void Four_digits_after_a_date_that_go_on_into_the_sentence_or_follow_no_full_date_are_not_a_time(string line)
    {
        Assert.Null(DateTimeText.ReadLeading(line, 2024)?.Time);
    }

    [Theory]
    [InlineData("Feb 19: 10:54: A routine mutation was run", 2, 19, 10, 54)]
    [InlineData("March 3:  23:05 paged", 3, 3, 23, 5)]
    public void A_colon_may_part_a_day_from_its_time(string line, int month, int day, int hour, int minute)
    {
        var read = DateTimeText.ReadLeading(line, 2026)!;

        Assert.Equal(new DateOnly(2026, month, day), read.Date);
        Assert.Equal(new TimeOnly(hour, minute), read.Time);
    }

    [Theory]
    [InlineData("5h17m")]
    [InlineData("5h17 min")]
    public void Hours_and_minutes_run_together_are_a_length_not_a_time(string length)
    {
        Assert.Null(DateTimeText.ReadLeading(length, 2026)?.Time);
        Assert.Equal(new TimeOnly(14, 5), DateTimeText.ReadLeading("14h05: paged", 2026)!.Time);
    }

    [Fact]
    public void Four_digits_right_after_a_time_are_its_year_not_a_second_time()
    {
        var stamps = DateTimeText.FindStamps("notAfter=Dec 11 00:00:00 2023 GMT expired", 2023);

        Assert.Equal([new TimeOnly(0, 0)], stamps.Select(s => s.Time).OfType<TimeOnly>());
    }

    [Theory]
    [InlineData("2019 was a busy year")]
    [InlineData("1500 users saw errors")]
    [InlineData("2359 requests failed")]
    [InlineData("1200 hours of engineering time")]
    public void Four_digits_without_a_zone_are_not_a_time(string line)
    {
        Assert.Null(DateTimeText.ReadLeading(line, 2024)?.Time);
    }

    [Theory]
    [InlineData("Services: checkout")]
    [InlineData("Version 1.2.3 shipped")]
    [InlineData("25:00 is not a time")]
    [InlineData("13:00 AM is not a time")]
    [InlineData("")]
    public void A_line_that_does_not_start_with_a_time_gives_nothing(string line)
    {
        Assert.False(DateTimeText.ReadLeading(line, 2024) is { HasTime: true });
    }

    [Theory]
    [InlineData("Postmortem: Database Outage on March 1, 2024", "2024-03-01")]
    [InlineData("Duration: march 1, 2024, 03:30 PM - 05:15 PM", "2024-03-01")]
    [InlineData("On the 22nd of June 2024 things broke", "2024-06-22")]
    [InlineData("File 2021-06-03--database-full", "2021-06-03")]
    [InlineData("Sept. 9, 2022 and then 2023-01-01", "2022-09-09")]
    [InlineData("**Date:** January 14-19, 2026", "2026-01-14")]
    [InlineData("- Date: 2025-Feb-07", "2025-02-07")]
    [InlineData("2025/sep/30 the disk filled", "2025-09-30")]
    [InlineData("**Date**: 03.08.2023", "2023-08-03")]
    [InlineData("Am 9.11.2024 fiel der Server aus", "2024-11-09")]
    public void The_first_full_date_in_prose_is_found(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateTimeText.FindDate(text)!.Date);
    }

    [Theory]
    [InlineData("Released 1.2.3 on the 28th February")]
    [InlineData("Build 2024-13-45 failed")]
    [InlineData("February 30, 2024")]
    [InlineData("Upgraded to 1.03.08.2023 then rolled back")]
    [InlineData("Dated 03.08.2023.1 in the build log")]
    [InlineData("31.02.2024 is no day")]
    public void Text_without_a_real_dated_day_has_no_date(string text)
    {
        Assert.Null(DateTimeText.FindDate(text));
    }

    [Theory]
    [InlineData("All times in PST", "PST")]
    [InlineData("*(All times US/Pacific, 24-hour clock.)*", "US/Pacific")]
    [InlineData("| Time (UTC) | Event |", "UTC")]
    [InlineData("Duration: May 15, 2024, from 10:00 AM to 12:30 PM (EDT)", "EDT")]
    [InlineData("All times are Pacific time", "Pacific")]
    [InlineData("Times below are UTC+2", "UTC+2")]
    public void A_stated_zone_is_found(string text, string zone)
    {
        Assert.Equal(zone, DateTimeText.FindZone(text)!.Name, ignoreCase: true);
    }

    [Theory]
    [InlineData("We paused the est. work for the pacific team")]
    [InlineData("The cache timed out")]
    public void Ordinary_words_are_not_zones(string text)
    {
        Assert.Null(DateTimeText.FindZone(text));
    }

    [Fact]
    public void A_range_gives_every_stamp_in_it()
    {
        var stamps = DateTimeText.FindStamps("May 15, 2024, from 10:00 AM to 12:30 PM (EDT)", null);

        Assert.Equal(new DateOnly(2024, 5, 15), stamps[0].Date);
        Assert.Equal([new TimeOnly(10, 0), new TimeOnly(12, 30)], stamps.Where(s => s.Time is not null).Select(s => s.Time!.Value));
        Assert.Equal("EDT", stamps[^1].Zone!.Name);
    }

    [Theory]
    [InlineData("la caída del 22 al 24 de junio de 2024", null)]
    [InlineData("down from 22 to 24 June", 2024)]
    [InlineData("down 22–24 June 2024", null)]
    public void A_range_of_days_with_its_month_written_once_gives_its_first_and_last_day(string text, int? year)
    {
        var days = DateTimeText.FindStamps(text, year).Select(s => s.Date).ToList();

        Assert.Equal([new DateOnly(2024, 6, 22), new DateOnly(2024, 6, 24)], days);
    }

    [Theory]
    [InlineData("Date:             Sat May 31 23:49:13 2025", "2025-05-31")]
    [InlineData("Tue Mar  2 02:01:44 UTC 2021 deploy finished", "2021-03-02")]
    public void A_date_as_log_lines_print_it_with_the_year_after_the_time_is_a_full_date(string text, string date)
    {
        Assert.Equal([DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)], DateTimeText.AllDates(text));
    }
}
