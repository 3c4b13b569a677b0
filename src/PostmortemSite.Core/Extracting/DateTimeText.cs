using System.Globalization;
using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>A date, time of day, zone or offset from the start of T read at the front of a line; Length is how much of the line it used.</summary>
/// <remarks>
/// <see cref="StatedUtc"/> is the UTC clock written next to a local one ("13:14 EDT (17:14 UTC)"): the author's own
/// conversion, which beats ours.
/// </remarks>
internal sealed record Stamp(DateOnly? Date, TimeOnly? Time, TimeZoneRule? Zone, TimeSpan? SinceStart, int Length, bool DateHasYear = true, TimeOnly? StatedUtc = null)
{
    public bool HasTime => Time is not null || SinceStart is not null;

    /// <summary>"+10 minutes" counts from the timeline's first time; "T+10m" from the start the document states.</summary>
    public bool SinceFirstEntry { get; init; }

    /// <summary>The time was a word ("noon"), which names a moment in running text only after "at", "by", "around".</summary>
    public bool NamedHour { get; init; }

    /// <summary>"11:45" could be either half of the day: an hour from 1 to 12, written without "am", "pm" or a leading zero.</summary>
    public bool HalfDayUnsaid { get; init; }

    /// <summary>The instant on <paramref name="date"/> in the stamp's zone, else <paramref name="zone"/>; the stated UTC clock wins when there is one.</summary>
    public DateTimeOffset? ToUtc(DateOnly date, TimeZoneRule zone)
    {
        if (Time is not { } clock || (Zone ?? zone).ToUtc(date, clock) is not { } converted)
        {
            return null;
        }

        if (StatedUtc is not { } utcClock)
        {
            return converted;
        }

        // The stated clock on the converted day, or the day either side when the conversion crosses midnight.
        var sameDay = new DateTimeOffset(converted.UtcDateTime.Date + utcClock.ToTimeSpan(), TimeSpan.Zero);
        return new[] { sameDay.AddDays(-1), sameDay, sameDay.AddDays(1) }.MinBy(t => (t - converted).Duration());
    }
}

/// <summary>A date found somewhere in a line of prose.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);

/// <summary>
/// Reads the dates and times people write: "2024-06-22", "June 22, 2024", "22nd June 2024", "10:00 AM", "09:00 UTC",
/// "2:54 PM PST", "2024-06-22T10:00:00Z", "T+1h10m". Every pattern is anchored or bounded, with no nested
/// repetition, so the time taken grows linearly with the line (lines are capped by the document parser anyway).
/// </summary>
internal static partial class DateTimeText
{
    public const string MonthPattern = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|" + May + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + ForeignMonthPattern;

    // "May" as a month; "may" in lower case too ("on 3 may our disk failed"), except where the word after it is one the
    // verb governs: a verb, "not", an adverb, "in rare cases" ("version 0.8 may be unable" is no 8 May).
    private const string May = @"(?-i:May|MAY)|(?-i:may)(?!\s{1,3}(?:" + AfterModalMay + @")\b)";

    private const string AfterModalMay = "be|not|have|also|need|cause|result|take|affect|lead|help|require|still|well|occur|happen|fail|contain|include|change|see|want|seem|appear|break|use|get|make|become|lose|return|differ|vary|mean|apply|only|never|even|already|just|reject|accept|sync|process|run|work|stop|start|crash|hang|show|go|come|do|try|lack|miss|drop|block|trigger|refuse|corrupt|leak|retry|time out|sometimes|under|otherwise|in (?:rare|some|certain|such|this|that|these|those|turn|theory|practice)|on (?:restart|reboot|startup|boot|occasion)|\\p{Ll}+ly";

    // The months written in full in Spanish, Portuguese, French, German, Italian, Dutch and Russian (the genitive a
    // date takes, "26 февраля 2026", and the name alone), for "26 de febrero de 2026", "21. Januar 2025", "5 mars
    // 2024"; and the abbreviations that are no English word ("29 dic 19:00", "3 déc. 2024", "12 janv."): "set", "out",
    // "ago", "gen" and "mag" are, and stay out.
    private const string ForeignJanuary = "enero|janeiro|janvier|januar|jänner|gennaio|januari|января|январь|ene|janv";
    private const string ForeignFebruary = "febrero|fevereiro|février|fevrier|februar|febbraio|februari|февраля|февраль|févr|fevr|fév|fev";
    private const string ForeignMarch = "marzo|março|marco|mars|märz|maerz|maart|марта|март";
    private const string ForeignApril = "abril|avril|aprile|апреля|апрель|abr|avr";
    private const string ForeignMay = "mayo|maio|mai|maggio|mei|мая|май";
    private const string ForeignJune = "junio|junho|juin|juni|giugno|juni|июня|июнь";
    private const string ForeignJuly = "julio|julho|juillet|juli|luglio|июля|июль|juil";
    private const string ForeignAugust = "agosto|août|aout|augustus|августа|август";
    private const string ForeignSeptember = "septiembre|setiembre|setembro|septembre|settembre|сентября|сентябрь";
    private const string ForeignOctober = "octubre|outubro|octobre|oktober|ottobre|октября|октябрь|okt";
    private const string ForeignNovember = "noviembre|novembro|novembre|ноября|ноябрь";
    private const string ForeignDecember = "diciembre|dezembro|décembre|decembre|dezember|dicembre|декабря|декабрь|dic|déc|dez";
    private const string ForeignMonthPattern = ForeignJanuary + "|" + ForeignFebruary + "|" + ForeignMarch + "|" + ForeignApril + "|" + ForeignMay + "|" + ForeignJune + "|"
        + ForeignJuly + "|" + ForeignAugust + "|" + ForeignSeptember + "|" + ForeignOctober + "|" + ForeignNovember + "|" + ForeignDecember;

    private static readonly Dictionary<string, int> ForeignMonthNumbers = new[]
        {
            ForeignJanuary, ForeignFebruary, ForeignMarch, ForeignApril, ForeignMay, ForeignJune, ForeignJuly, ForeignAugust, ForeignSeptember, ForeignOctober,
            ForeignNovember, ForeignDecember,
        }
        .SelectMany((names, month) => names.Split('|').Select(name => (name, month + 1)))
        .DistinctBy(m => m.name)
        .ToDictionary(m => m.name, m => m.Item2);
    private const string YearPattern = "(?:19[7-9]\\d|2[01]\\d\\d)";

    // "January 14-19, 2026": a range of days counts as its first day.
    private const string DayRangeEnd = "(?:\\s?[-–]\\s?[0-3]?\\d(?:st|nd|rd|th)?)?";

    // "2024-06-22", and "2025-Feb-07" with the month's name, as some logs and runbooks write it; "2026年4月16日" and
    // "2026년 4월 16일" as Chinese, Japanese and Korean write it.
    private const string YearMonthDayPattern = @"(?<y>" + YearPattern + @")(?:[-/.]|[年년]\s?)(?:(?<m>0?[1-9]|1[0-2])|(?i:(?<mname>" + MonthPattern + @")))(?:[-/.]|[月월]\s?)(?<d>0?[1-9]|[12]\d|3[01])(?!\d)[日일]?";

    [GeneratedRegex(@"(?<![\d.])" + YearMonthDayPattern)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mname>" + MonthPattern + @")\.?\s{1,3}(?<d>[0-3]?\d)(?:st|nd|rd|th)?" + DayRangeEnd + @"(?:,\s{0,3}|\s{1,3})(?<y>" + YearPattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstDate();

    // "3 March 2024", "3rd of March, 2024", "26 de febrero de 2026", "21. Januar 2025", "1er mars 2024", and "22/Mar/2022" or "22-Mar-2022" as logs and ops tools write it; and
    // "03.08.2023", which is day first wherever dots part the figures (not inside a version, "1.03.08.2023", nor as the
    // end of a range, "01.-03.08.2023", which is left unread rather than dated by its last day).
    private const string DayFirstPattern = @"(?:(?<!\d\.|\d\.\s?[-–]\s?|\d\.\s(?:to|until|till|bis)\s)(?<d>[0-3]?\d)\.(?<m>0?[1-9]|1[0-2])\.(?<y>" + YearPattern + @")(?!\.\d)|(?<d>[0-3]?\d)(?:(?<sep>[-/])(?<mname>" + MonthPattern + @")\k<sep>(?<y>" + YearPattern + @")|(?:st|nd|rd|th|er|º|ª|\.)?(?:\s{1,3}(?:of|de))?\s{1,3}(?<mname>" + MonthPattern + @")\.?,?(?:\s{1,3}(?:de|del))?\s{1,3}(?<y>" + YearPattern + @")))\b";

    [GeneratedRegex(@"\b" + DayFirstPattern, RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstDate();

    // "22 to 24 November", "van 22 tot 24 november", "del 22 al 24 de noviembre 2008", "vom 7. bis 9. März", "de 12 a 14
    // de março": the first day of a range of days whose month (and year) is written once, after the last. Only the first
    // day is taken here; the date after the range word is read on its own, as a date written out in full is.
    private const string FirstDayOfARangePattern = @"(?<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?=\s{0,3}(?:[-–]|to|until|till|through|tot|t/m|al|au|bis|til|(?<=\s)a(?=\s))\s{0,3}(?<last>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s{1,3}(?:of|de))?\s{1,3}(?<mname>" + MonthPattern + @")\b\.?(?:,?(?:\s{1,3}(?:de|del))?\s{1,3}(?<y>" + YearPattern + @")\b)?)";

    // The same range anywhere in a text, where only a range that writes its year gives a full date: "from 22 to 24
    // November 2023" began on the 22nd, which a reader takes for the incident's day rather than the 24th.
    [GeneratedRegex(@"(?<![\d:./\-–]\s?)\b" + FirstDayOfARangePattern, RegexOptions.IgnoreCase)]
    private static partial Regex FirstDayOfARange();

    // "30 November - 2 December 2024", "November 30 to December 2, 2024", "du 30 novembre au 2 décembre 2024": a range
    // across a month's end, each day with its month and the year written once, after the last. The year is the first
    // day's too unless its month comes later in the year ("30 December - 2 January 2025" began in 2024).
    private const string RangeWord = @"(?:[-–]|to|until|till|through|tot|t/m|al|au|bis|til|(?<=\s)a(?=\s))";

    [GeneratedRegex(@"(?<![\d:./\-–]\s?)\b(?:(?<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s{1,3}(?:of|de))?\s{1,3}(?<mname>" + MonthPattern + @")\b\.?(?=\s{0,3}" + RangeWord
        + @"\s{0,3}(?<last>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s{1,3}(?:of|de))?\s{1,3}(?<lastm>" + MonthPattern + @")\b\.?,?(?:\s{1,3}(?:de|del))?\s{1,3}(?<y>" + YearPattern + @")\b)"
        + @"|(?<mname>" + MonthPattern + @")\.?\s{1,3}(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?=\s{0,3}" + RangeWord + @"\s{0,3}(?<lastm>" + MonthPattern + @")\.?\s{1,3}(?<last>[0-3]?\d)(?:st|nd|rd|th)?\b,?\s{1,3}(?<y>" + YearPattern + @")\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FirstDayOfARangeAcrossMonths();

    // A range across a month's end that runs longer than two months tells a season or a term, not an incident's days.
    private const int MaxDaysOfARangeAcrossMonths = 62;

    [GeneratedRegex(@"(?<![\w./\-])" + DigitDatePattern)]
    private static partial Regex DigitDate();

    /// <summary>What a weekday's name says before "day": "wednes" of "Wednesday". A pattern names it in its "day" or "weekday" group.</summary>
    public const string WeekdayStem = "mon|tues|wednes|thurs|fri|satur|sun";

    /// <summary>
    /// A weekday's name, whole ("Friday") or cut short as dates are often written ("Fri, Aug 23", "Thurs. 5 May"); what it
    /// says before "day" (or all of it, cut short) is in the "weekday" group, which <see cref="WeekdayNamed"/> reads.
    /// </summary>
    public const string WeekdayName = @"(?:(?<weekday>" + WeekdayStem + @")day|(?<weekday>mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?(?!\p{L}))";

    /// <summary>The day of the week a stem or a short name names: "wednes" (of "Wednesday") and "wed" are Wednesday.</summary>
    public static DayOfWeek WeekdayNamed(string stem) =>
        Enum.GetValues<DayOfWeek>().First(day => day.ToString().StartsWith(stem, StringComparison.OrdinalIgnoreCase));

    /// <summary>The last <paramref name="weekday"/> on or before <paramref name="day"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly day, DayOfWeek weekday) => day.AddDays(-(((int)day.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="day"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly day, DayOfWeek weekday) => day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);

    /// <summary>
    /// The first day of a month named with its year and no day ("January 2020 - Plex server outage"). Not when the text
    /// names another month too ("the June 2021 migration and the August outage", "May 2019 – March 2020"): which of them
    /// the incident fell in is not said. Only an English month written out with a capital counts as another ("What May
    /// Have Gone Wrong", "Mars rover" do not), and not one the text was updated or published in.
    /// </summary>
    public static DateOnly? FindMonthOfYear(string text) =>
        MonthOfYear().Match(text) is { Success: true } m && MonthNumber(m.Groups["month"].Value) is var month and > 0
        && !OtherMonth().Matches(text).Any(other => MonthNumber(other.Value) != month)
            ? new DateOnly(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), month, 1)
            : null;

    [GeneratedRegex(@"(?<!\b(?:updated|published|revised|posted|edited)\s+(?:on\s+|in\s+)?)\b(?:January|February|March|April|June|July|August|September|October|November|December|May(?=\s+\d)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d))\b")]
    private static partial Regex OtherMonth();

    // A month and a year with no day between them or before them ("since 3 January 2020" is a full date, read elsewhere).
    [GeneratedRegex(@"(?<!\d[.,]?\s{0,2}|\d(?:st|nd|rd|th)\s{0,2}(?:of\s+)?)\b(?<month>" + MonthPattern + @")\.?,?\s+(?<year>(?:19|20)\d{2})\b(?![-/:]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfYear();

    /// <summary>
    /// The first full date (with a year) anywhere in the text; a range of days counts as its first day, unless another
    /// date of the text falls inside it.
    /// </summary>
    /// <param name="monthFirst">A digit date that reads both ways ("05-03-2020") is taken month first rather than left unread.</param>
    public static DateMatch? FindDate(string text, bool monthFirst = false)
    {
        DateMatch? best = null;
        foreach (var pattern in new[] { IsoDate(), MonthFirstDate(), DayFirstDate(), DigitDate() })
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (ToDate(match, monthFirst: monthFirst) is { } date)
                {
                    if (best is null || match.Index < best.Index)
                    {
                        best = new DateMatch(date, match.Index, match.Length);
                    }

                    break;
                }
            }
        }

        var firstRange = RangesGivingTheirFirstDay(text).Select(r => new DateMatch(r.First, r.Match.Index, r.Match.Length)).MinBy(r => r.Index);
        return firstRange is not null && (best is null || firstRange.Index < best.Index) ? firstRange : best;
    }

    /// <summary>
    /// "13-03-2021-outage", "02-03-2021-deno": the days a digit date opening a file name may be, its slug after it. One
    /// when a part over 12 tells the day from the month; two, month first then day first, when it reads both ways.
    /// </summary>
    public static IReadOnlyList<DateOnly> FileNameDigitDates(string fileName)
    {
        if (FileNameDigitDate().Match(fileName) is not { Success: true } match)
        {
            return [];
        }

        if (ToDigitDate(match, null) is { } only)
        {
            return [only];
        }

        var (first, second, year) = (int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
        return first is >= 1 and <= 12 && second is >= 1 and <= 12 && year is >= 1970 and <= 2199 ? [new DateOnly(year, first, second), new DateOnly(year, second, first)] : [];
    }

    [GeneratedRegex(@"^(?<first>[0-3]?\d)(?<separator>[\-_.])(?<second>[0-3]?\d)\k<separator>(?<year>(?:19|20|21)\d\d)(?!\d)")]
    private static partial Regex FileNameDigitDate();

    /// <summary>
    /// The days of the moments in the text, dates written with their time of day as commands and logs print them
    /// ("Sat May 31 23:49:13 2025", "2025-05-31T23:49:13Z", "2025-05-31 23:49:13"); a date alone is not one.
    /// </summary>
    public static IEnumerable<DateOnly> AllMoments(string text)
    {
        foreach (var pattern in new[] { ClockStampDate(), IsoMoment() })
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (ToDate(match) is { } date)
                {
                    yield return date;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20|21)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?:T|\s{1,2})[0-2]\d:[0-5]\d(?::[0-5]\d)?")]
    private static partial Regex IsoMoment();

    /// <summary>
    /// Every full date (with a year) in the text, in no particular order but for the first days of ranges of days,
    /// which come first: "from 22 to 24 November 2023" began on the 22nd. A range with another date of the text inside
    /// it only sets the scene for that day ("affected on 23 November 2023 during the 22-24 November 2023 traffic
    /// peak"), and gives none.
    /// </summary>
    public static IEnumerable<DateOnly> AllDates(string text)
    {
        foreach (var range in RangesGivingTheirFirstDay(text))
        {
            yield return range.First;
        }

        foreach (var date in WrittenDates(text))
        {
            yield return date;
        }
    }

    // A range with another date of the text inside it only sets the scene for that day, and gives none.
    private static IEnumerable<(DateOnly First, DateOnly Last, Match Match)> RangesGivingTheirFirstDay(string text)
    {
        var written = WrittenDates(text).ToList();
        return FirstDaysOfRanges(text).Where(r => !written.Any(d => d > r.First && d < r.Last));
    }

    private static IEnumerable<(DateOnly First, DateOnly Last, Match Match)> FirstDaysOfRanges(string text)
    {
        for (var match = FirstDayOfARange().Match(text); match.Success; match = match.NextMatch())
        {
            if (ToDate(match) is { } first && int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture) is var lastDay && lastDay > first.Day
                && lastDay <= DateTime.DaysInMonth(first.Year, first.Month))
            {
                yield return (first, new DateOnly(first.Year, first.Month, lastDay), match);
            }
        }

        for (var match = FirstDayOfARangeAcrossMonths().Match(text); match.Success; match = match.NextMatch())
        {
            var (year, firstMonth, lastMonth) = (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), MonthNumber(match.Groups["mname"].Value), MonthNumber(match.Groups["lastm"].Value));
            var (firstDay, lastDay) = (int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture));
            var firstYear = firstMonth > lastMonth ? year - 1 : year;
            if (DayOf(firstYear, firstMonth, firstDay) is { } first && DayOf(year, lastMonth, lastDay) is { } last && last > first && last.DayNumber - first.DayNumber <= MaxDaysOfARangeAcrossMonths)
            {
                yield return (first, last, match);
            }
        }
    }

    private static DateOnly? DayOf(int year, int month, int day) =>
        year is >= 1970 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static IEnumerable<DateOnly> WrittenDates(string text)
    {
        foreach (var pattern in new[] { IsoDate(), MonthFirstDate(), DayFirstDate(), DigitDate(), ClockStampDate() })
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (ToDate(match) is { } date)
                {
                    yield return date;
                }
            }
        }
    }

    /// <summary>
    /// The digit dates in the text that read both ways ("08/12/2019": 12 August or 8 December), month first; and
    /// whether the text writes other digit dates day first ("13/08/2019" can only be), which tells the order its
    /// writer uses.
    /// </summary>
    public static (IReadOnlyList<DateOnly> MonthFirst, bool WritesDayFirst) TwoWayDigitDates(string text)
    {
        var twoWay = new List<DateOnly>();
        var dayFirst = false;
        for (var match = DigitDate().Match(text); match.Success; match = match.NextMatch())
        {
            if (ToDigitDate(match, null) is { } decided)
            {
                dayFirst |= int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture) > 12 && decided.Day > 12;
            }
            else if (ToDigitDate(match, null, preferMonthFirst: true) is { } monthFirst && !MeasureAfter().IsMatch(text.AsSpan(match.Index + match.Length)))
            {
                twoWay.Add(monthFirst);
            }
        }

        return (twoWay, dayFirst);
    }

    // "Sat May 31 23:49:13 2025", "Tue Mar  2 02:01:44 UTC 2021": the date as `date` and log lines print it, its year after the time.
    [GeneratedRegex(@"\b(?:mon|tue|wed|thu|fri|sat|sun)\s+(?<mname>" + MonthPattern + @")\s+(?<d>[0-3]?\d)\s+\d{1,2}:[0-5]\d:[0-5]\d(?:\s+[A-Z]{2,5})?\s+(?<y>(?:19|20|21)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockStampDate();

    [GeneratedRegex(@"\b(?:(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d\d)?|[A-Za-z]{1,12}(?:/[A-Za-z_]{2,20})?)\b")]
    private static partial Regex ZoneWord();

    [GeneratedRegex(@"(?<![A-Za-z])_|_(?![A-Za-z])")]
    private static partial Regex EmphasisUnderscore();

    /// <summary>The first time zone named in the text: "(EDT)", "All times in PST", "Time (UTC)", "US/Pacific", "UTC+2".</summary>
    /// <param name="zoneLine">The line states the zone of the times ("All times are Eastern"), so a generic name counts without "time" after it.</param>
    public static TimeZoneRule? FindZone(string text, bool zoneLine = false)
    {
        // "_All times in EDT_": emphasis underscores are not part of the word ("America/New_York" keeps its own).
        text = EmphasisUnderscore().Replace(text, " ");
        for (var match = ZoneWord().Match(text); match.Success; match = match.NextMatch())
        {
            var before = text.AsSpan(0, match.Index);
            if (ZoneSetting().IsMatch(before))
            {
                // "set TZ=Asia/Tokyo in the container", "the time zone to JST instead of UTC": a setting the text is
                // about, not the zone its times are written in.
                continue;
            }

            var afterTime = TimeBefore().IsMatch(before);
            var statedHere = zoneLine && ZoneStatedBefore().IsMatch(before);
            if (match.Value != "Z" && AcceptZone(match.Value, text.AsSpan(match.Index + match.Length), zoneLine, afterTime, statedHere) is { } zone)
            {
                return zone;
            }
        }

        return TimeZoneTable.FindLocalName(text);
    }

    // "9:56AM ", "14:02 (", "10 p.m. ": a clock time right before a word.
    [GeneratedRegex(@"\d(?::[0-5]\d\s{0,2}(?:[ap]\.?m\.?)?|\s{0,2}[ap]\.?m\.?)\s{0,2}\(?\s{0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TimeBefore();

    // "TZ=", "TZ ", "time zone to ", "set the clock to ": a zone named as a value set on a system.
    [GeneratedRegex(@"(?:\bTZ\s{0,2}[=:]?|\btime ?zone\s+(?:\w+\s+){0,2}?(?:to|from)|\bset\s+(?:[\w-]+\s+){0,4}?to|=)\s{0,2}[""'`]?\s{0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ZoneSetting();

    // "All times in ", "times are ", "Timezone: ": where a line states its zone, right before the zone's name.
    [GeneratedRegex(@"(?:\b(?:in|are|is)|\btime ?zone\b:?)\s{0,3}\(?\s{0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ZoneStatedBefore();

    // "All times are Eastern", "Timezone: Central", "## Timeline (Pacific)": the line is about the zone of the times.
    // Not "## Timeline (Central)": a service or region is as often called Central as the zone is.
    [GeneratedRegex(@"\btimes\b|\btime\s?zone\b|\btimeline\s{0,2}[(\[]\s{0,2}(?!central\b)[A-Za-z]+\s{0,2}[)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneLine();

    /// <summary>
    /// The zone a line such as "All times are Eastern" or "_All times in EDT_" gives the times around it; also a line
    /// that is only a zone, as a calendar entry writes it under its times ("(GMT-07:00) America/Los Angeles").
    /// </summary>
    public static TimeZoneRule? FindStatedZone(string line) =>
        IsZoneAlone(line) ? FindZone(ZoneAlone().Match(line.Trim()).Groups["place"].Value.Replace(' ', '_') + " " + line, zoneLine: true) : FindZone(line, ZoneLine().IsMatch(line));

    // "a 5/10/15 second backoff", "in 1/10/50% steps": numbers of a measure, not a day.
    [GeneratedRegex(@"^\s?(?:%|(?:[\w-]+\s)?(?:seconds?|secs?|ms|minutes?|mins?|hours?|steps?|percent|retries|backoff)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureAfter();

    /// <summary>A line that is nothing but a zone: "(GMT-07:00) America/Los Angeles", "UTC+02:00", "Europe/Berlin".</summary>
    public static bool IsZoneAlone(string line) => ZoneAlone().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?=[^/]*(?:GMT|UTC)\s?[+\-−]\d|[(\[]?\s?[A-Z][a-z]+/[A-Z])[(\[]?\s?(?:(?:GMT|UTC)\s?[+\-−]\d{1,2}(?::?\d\d)?)?\s?[)\]]?\s?(?<place>[A-Z][a-z]+(?:/[A-Z][A-Za-z]+(?:[_ ][A-Z][A-Za-z]+){0,2}){1,2})?$")]
    private static partial Regex ZoneAlone();

    /// <summary>
    /// Whether a line may state the zone of the times: it speaks of time ("All times in PST", "Timeline (UTC)"), in
    /// another language too ("Cronologia (UTC)", "タイムライン (UTC)"), or names a place's clock in another language
    /// ("Chronologie (heure de Paris)").
    /// </summary>
    public static bool MayStateZone(string line) =>
        line.Contains("time", StringComparison.OrdinalIgnoreCase) || IsZoneAlone(line) || TimeZoneTable.FindLocalName(line) is not null
        || (ForeignWording.InEnglish(LegacyDocumentParser.KeyOf(line)) is var key && (key.Contains("time", StringComparison.Ordinal) || key.Contains("chronology", StringComparison.Ordinal)));

    // "Feb 19: 10:54": a colon may part the day from a clock time, as a label parts a name from its value ("2024-03-12: 1200"
    // is a figure for the day).
    [GeneratedRegex(@"\G(?:,?\s{1,3}at\s{1,3}|,\s{0,3}|\s{0,3}[Tt@]\s{0,3}|\s{1,3}|\s{0,3}[-–—]\s{0,3}|:\s{1,3}(?=\d{1,2}:\d\d)|(?<=[日일]))(?=\d)")]
    private static partial Regex DateTimeSeparator();

    // "14h05" is a time as French writers put it; "5h17m" (a run that failed after it) is a length. "9:27a" and "4:00p"
    // (a letter against the minutes, as some status posts write them) are morning and afternoon.
    [GeneratedRegex(@"\G(?<h>[01]?\d|2[0-3])(?::(?<min>[0-5]\d)|h(?<min>[0-5]\d)(?!\s?m(?:in|ins|inutes?)?\b|\d))(?::(?<s>[0-5]\d)(?:[.,]\d{1,9})?)?(?!\d)(?:\s{0,2}(?<ampm>[ap])\.?\s?m\b\.?|(?<=:[0-5]\d)(?<ampm>[ap])(?![\p{L}\p{N}]))?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\G(?<h>1[0-2]|0?[1-9])\s{0,2}(?<ampm>[ap])\.?m\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex HourOnly();

    // "1625 UTC", "0930Z", "1400 hrs", "1900-2100 UTC", "between 1900 and 2100 UTC": four digits are a time only with
    // a zone of UTC or "hrs" after them (or after the range they open), so a year ("2019") or a count ("1500 users")
    // stays a number.
    [GeneratedRegex(@"\G(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?:\s?hrs\b(?!\s*of\b)\.?|(?=\s{0,2}(?:(?:[-–]|and|to|until)\s{0,2}(?:[01]\d|2[0-3])[0-5]\d\s{0,2})?(?:UTC|GMT|Z)(?![A-Za-z])))")]
    private static partial Regex FourDigitTime();

    // "2024-03-12 0616: wrong block served": right after a full date, four digits that a colon, bar or dash parts from the
    // entry's words are the time written without its colon, as military and ops logs write it ("2024-03-12 1200" alone
    // may be a count).
    [GeneratedRegex(@"\G(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?=Z?\s{0,2}(?:[:|–—]|-\s))")]
    private static partial Regex FourDigitTimeAfterDate();

    // "UTC-5", "GMT + 02:00" are offsets; in "07:20 UTC - 09:30 UTC", "07:20:05 UTC - 09:30:40 CET" or "2024-12-11 07:20
    // UTC - 2024-12-11 09:30 UTC" the dash joins two times, the second with seconds, a date or a zone of its own.
    [GeneratedRegex(@"\G\s{0,3}[(（]?\s{0,2}(?<zone>Z(?![A-Za-z])|(?:UTC|GMT)\s{0,2}[+\-−]\s{0,2}(?>\d{1,2}(?::?\d\d)?)(?!\d|[:\-]\d|\s{0,2}(?:UTC|GMT|Z(?![A-Za-z])|[AaPp]\.?[Mm]\b|[A-Z]{3,4}\b))|[+\-−]\d\d:?\d\d(?!\d)|[A-Za-z]{1,12}(?:/[A-Za-z_]{2,20})?)\s{0,2}[)）]?")]
    private static partial Regex LeadingZone();

    // "(17:14 UTC)", "/ 17:14Z", "[17:14 GMT]" right after a local time: the author's own conversion.
    [GeneratedRegex(@"\G\s{0,2}[(\[/]\s{0,2}(?<h>[01]?\d|2[0-3])[:h](?<min>[0-5]\d)(?::(?<s>[0-5]\d))?\s{0,2}(?:UTC|GMT|Z)\s{0,2}[)\]]?")]
    private static partial Regex UtcInBrackets();

    // "T+1h10m", "T+01:30", "T+0", "T-0", "T-30m"; and, counted from the timeline's first time, "+10 minutes", "+2 hours",
    // "+6.5 hrs", "+1 day", "[+1 hrs]" (in brackets, escaped or not), or "+15m", "+1h 30m" ending the cell or before a colon
    // or dash ("+5M requests", "+3m users" and "+05:30" are no offsets). "Hour 0:", "Hour 1-3:", "Hora 3 -" (and "Heure",
    // "Stunde") lead an entry of a timeline counted in hours from the start, as "T+1h" does.
    [GeneratedRegex(@"^(?:(?<t>(?-i:Hour|Hora|Heure|Stunde))\s(?<hours>\d{1,3})(?:\s?[-–]\s?\d{1,3})?(?=\s{0,3}(?:[:|–—-]|$))|(?:\\?[\[(]\s{0,2}(?=\+))?(?:(?<t>T)\s{0,2}(?<sign>[+\-−])\s{0,2}(?:(?<hh>\d{1,3}):(?<mm>[0-5]\d)|(?:(?<days>\d{1,3})\s?d)?\s?(?:(?<hours>\d{1,4})\s?h(?:ours?|rs?)?)?\s?(?:(?<minutes>\d{1,5})\s?m(?:in(?:utes?|s)?)?)?(?<zero>0)?)|\+\s{0,2}(?:(?<days>\d{1,3})\s?days?\b\s?)?(?:(?<hours>\d{1,4})(?:\.(?<tenths>\d))?\s?(?:hours?|hrs?)\b\s?)?(?:(?<minutes>\d{1,5})\s?(?:minutes?|mins?)\b)?|\+\s{0,2}(?:(?<hours>\d{1,3})\s?h\s?)?(?:(?<minutes>\d{1,4})\s?m)?(?=\s{0,3}(?:[:|–—-]|$)))(?!\w)(?:\s{0,2}\\?[\])])?)", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>
    /// A date and/or time at the very start of <paramref name="text"/>: "10:00 AM", "2024-07-12 09:00 UTC", "Jan 14, 10:18 AM",
    /// "[03-26 23:04]" (month-day, when a year is known), "2021-06-03 9:00", "T+1h10m", "2024-06-22T10:00:00Z".
    /// </summary>
    /// <param name="near">The date the entries above carry: an ambiguous digit date ("03/04/2024") takes the reading nearer it.</param>
    /// <param name="nearWritten">The entries above wrote out the year of <paramref name="near"/>: a date without a year keeps it, or crosses a new year to stay near.</param>
    public static Stamp? ReadLeading(string text, int? knownYear, DateOnly? near = null, bool nearWritten = false)
    {
        if (Relative().Match(text) is { Success: true } relative && RelativeSpan(relative) is { } since)
        {
            return new Stamp(null, null, null, since, relative.Length) { SinceFirstEntry = !relative.Groups["t"].Success };
        }

        var leadingDate = LeadingDate(text, knownYear, near, nearWritten);
        var position = leadingDate?.Length ?? 0;
        if (leadingDate is not null && DateTimeSeparator().Match(text, position) is { Success: true } separator)
        {
            position += separator.Length;
        }

        Match? clock = ClockTime().Match(text, position) is { Success: true } c && ToTime(c) is not null ? c
            : HourOnly().Match(text, position) is { Success: true } h && ToTime(h) is not null ? h
            : FourDigitTime().Match(text, position) is { Success: true } f && ToTime(f) is not null ? f
            : leadingDate is { HasYear: true } && FourDigitTimeAfterDate().Match(text, position) is { Success: true } g && ToTime(g) is not null ? g
            : Noon().Match(text, position) is { Success: true } n ? n
            : null;
        if (clock is null)
        {
            // A date alone: what follows the date (not the separator) is the rest of the line.
            return leadingDate is { } only ? new Stamp(only.Date, null, null, null, only.Length, only.HasYear) : null;
        }

        position = clock.Index + clock.Length;
        TimeZoneRule? zone = null;
        if (LeadingZone().Match(text, position) is { Success: true } zoneMatch && !IsRangeEnd(zoneMatch.Groups["zone"].Value, clock)
            && AcceptZone(zoneMatch.Groups["zone"].Value, text.AsSpan(zoneMatch.Index + zoneMatch.Length), afterTime: true) is { } found)
        {
            position = zoneMatch.Index + zoneMatch.Length;
            zone = WrittenAmongChinese(zoneMatch.Value, text.AsSpan(position)) ? TimeZoneTable.AsChineseWritersMeanIt(found) : found;
        }
        else if (TimeZoneTable.LocalNameAt(text, position) is { } local)
        {
            zone = local.Rule;
            position += local.Length;
        }

        TimeOnly? statedUtc = null;
        if (zone is not { IsUtc: true } && UtcInBrackets().Match(text, position) is { Success: true } utcMatch && ToTime(utcMatch) is { } utcClock)
        {
            statedUtc = utcClock;
            position = utcMatch.Index + utcMatch.Length;
        }

        return new Stamp(leadingDate?.Date, ToTime(clock), zone, null, position, leadingDate?.HasYear ?? true, statedUtc) { NamedHour = clock.Groups["noon"].Success, HalfDayUnsaid = IsHalfDayUnsaid(clock) };
    }

    // "23:40（CST）", "23:40 CST告警": a zone in full-width brackets or touching Chinese or Japanese words is written
    // among them.
    private static bool WrittenAmongChinese(string zoneWritten, ReadOnlySpan<char> after) =>
        zoneWritten.Contains('（', StringComparison.Ordinal) || (after.Length > 0 && PostmortemSite.Text.TextProfile.Classification.WrittenWithoutSpaces(after[0]));

    private static bool IsHalfDayUnsaid(Match clock) =>
        !clock.Groups["noon"].Success && !clock.Groups["ampm"].Success && clock.Groups["h"].Value is var hour && !hour.StartsWith('0')
        && int.Parse(hour, CultureInfo.InvariantCulture) is >= 1 and <= 12;

    /// <summary>
    /// Every date-and-time stamp in a short text such as "June 10, 2023, 03:00 PM - 05:30 PM (UTC)": one is read at each
    /// word start, so "from 10:00 AM to 12:30 PM" gives two. Only the first <paramref name="limit"/> characters are read.
    /// </summary>
    public static List<Stamp> FindStamps(string text, int? knownYear, int limit = 400) =>
        ScanStamps(text, knownYear, limit).Select(s => s.Stamp).ToList();

    /// <summary>As <see cref="FindStamps"/>, with where in the text each stamp starts.</summary>
    public static List<(int Index, Stamp Stamp)> ScanStamps(string text, int? knownYear, int limit = 400)
    {
        var stamps = new List<(int, Stamp)>();
        var end = Math.Min(text.Length, limit);
        var i = 0;
        var timeEnd = -1;
        while (i < end)
        {
            // "23:50から00:30": Japanese and Chinese put no space between words, so a digit after one of their characters
            // starts a word.
            var startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] >= '\u3000' && char.IsAsciiDigit(text[i]));
            if (startsWord && char.IsLetterOrDigit(text[i]) && ReadLeading(text.Substring(i, Math.Min(80, text.Length - i)), knownYear) is { } stamp
                && !IsYearAfterTime(text, i, timeEnd, stamp) && (!stamp.NamedHour || NamesTheHour(text, i))
                && !(i > 0 && text[i - 1] != '\n' && (LeadingSlashMonthDay().IsMatch(text.AsSpan(i)) || LeadingSlashDayMonth().IsMatch(text.AsSpan(i))) && !AfterCjk(text, i)))
            {
                timeEnd = stamp.Time is not null ? i + stamp.Length : -1;
                stamps.Add((i, stamp));
                knownYear = stamp.Date?.Year ?? knownYear;
                i += Math.Max(stamp.Length, 1);
                continue;
            }

            i++;
        }

        return stamps;
    }

    // "このような状況のもと、5/28 09:26に": a month and day in digits inside a sentence count after Japanese or Chinese
    // words, which write them so; after English ones ("healthy were 2/3 02:46") they are a ratio more often than a day.
    private static bool AfterCjk(string text, int at) => text.AsSpan(0, at).TrimEnd() is { Length: > 0 } before && before[^1] >= '\u3000';

    /// <summary>
    /// "at noon, the shop went down", "by midday": a time word before it makes the word a moment; "the midday peak", a
    /// title's "Noon storefront" or a job that "runs every day at noon" are not.
    /// </summary>
    private static bool NamesTheHour(string text, int at) =>
        HourWordBefore().IsMatch(text.AsSpan(0, at)) && !Schedule().IsMatch(text.AsSpan(Math.Max(0, at - 40), Math.Min(40, at)));

    [GeneratedRegex(@"\b(?:at|by|around|about|until|till|from|before|after|since|approximately)\s{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex HourWordBefore();

    [GeneratedRegex(@"\b(?:every|each|daily|nightly|weekly|scheduled|runs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Schedule();

    /// <summary>"Dec 11 00:00:00 2023 GMT": four digits right after a time are its year, not a second time.</summary>
    private static bool IsYearAfterTime(string text, int at, int timeEnd, Stamp stamp) =>
        timeEnd >= 0 && stamp.Date is null && text.AsSpan(timeEnd, at - timeEnd).IsWhiteSpace() && at + 4 <= text.Length
        && !text.AsSpan(at, 4).ContainsAnyExceptInRange('0', '9') && (at + 4 == text.Length || text[at + 4] != ':');

    /// <summary>
    /// A word counts as a zone when it is written like one: an abbreviation in capitals ("EDT", not "est"), a region
    /// ("US/Pacific"), an offset, or a generic name followed by "time" ("Pacific time", "eastern US time"). So "10:05 Central team paged"
    /// keeps its text. Right after a time, a capitalised generic name that ends the phrase ("7:09 AM Eastern:",
    /// "10:05 Pacific, we paged") is the time's zone too: no sentence goes on from a time with such a word alone.
    /// </summary>
    /// <param name="statedHere">The word stands where a zone line states its zone ("All times in ICT").</param>
    private static TimeZoneRule? AcceptZone(string word, ReadOnlySpan<char> following, bool zoneLine = false, bool afterTime = false, bool statedHere = false)
    {
        var isAbbreviation = word.All(char.IsAsciiLetterUpper);
        var isRegion = word.Contains('/');
        var isOffset = !word.All(char.IsAsciiLetter);
        // "**2026-01-20 14:00 ICT**: maintenance begins": the emphasis closing after the zone ends the phrase too.
        var rest = following.TrimStart().TrimStart("*_").TrimStart();
        var endsThePhrase = rest.IsEmpty || rest[0] is ':' or ',' or ';' or ')' or ']' or '|' or '-' or '–' or '—' or '.';
        var isGenericName = (zoneLine && char.IsAsciiLetterUpper(word[0]))
            || rest.StartsWith("time", StringComparison.OrdinalIgnoreCase)
            || UsTime().IsMatch(rest)
            || (afterTime && endsThePhrase && char.IsAsciiLetterUpper(word[0]));
        if (isAbbreviation && TimeZoneTable.IsAlsoAnAcronym(word) && !statedHere && !(afterTime && endsThePhrase))
        {
            return null;
        }

        return isAbbreviation || isRegion || isOffset || isGenericName ? TimeZoneTable.Find(word) : null;
    }

    // "eastern US time", "Pacific (US) time": the country between the name and "time" changes nothing.
    [GeneratedRegex(@"^\(?U\.?S\.?\)?\s{1,2}time\b", RegexOptions.IgnoreCase)]
    private static partial Regex UsTime();

    [GeneratedRegex("^" + YearMonthDayPattern)]
    private static partial Regex LeadingIsoDate();

    [GeneratedRegex("^" + DigitDatePattern)]
    private static partial Regex LeadingDigitDate();

    [GeneratedRegex(@"^(?:" + WeekdayName + @",?\s{1,3})?(?<mname>" + MonthPattern + @")\.?\s{1,3}(?<d>[0-3]?\d)(?:st|nd|rd|th)?" + DayRangeEnd + @"(?:,\s{0,3}|\s{1,3})(?<y>" + YearPattern + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMonthFirstDate();

    [GeneratedRegex(@"^(?:" + WeekdayName + @",?\s{1,3})?" + DayFirstPattern, RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDayFirstDate();

    // "12-05 16:21" as written in bracketed timelines: a month-day only counts when a time follows.
    [GeneratedRegex(@"^(?<m>0?[1-9]|1[0-2])-(?<d>0?[1-9]|[12]\d|3[01])(?=\s{1,3}\d{1,2}:\d\d)")]
    private static partial Regex LeadingMonthDay();

    // "5/20 02:46", and "11/27" alone on a timeline's bullet or heading (with its weekday in brackets, "11/27（土）"): a
    // month and day in digits with no year count only so, where nothing but a time can follow, and at a line's start
    // (or after Japanese or Chinese words); a fraction or a score ("passed 9/10", "2/3 healthy") is neither. The month
    // comes first, as Japanese, Chinese and American writers put it, unless the first number cannot be a month ("27/11
    // 09:00").
    private const string SlashDayAlone = @"(?![/\d.,])(?=\s{1,3}\d{1,2}:\d\d|\s{0,2}(?:[（(]\p{L}{1,3}[)）])?\s*$)";

    [GeneratedRegex(@"^(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\d|3[01])" + SlashDayAlone)]
    private static partial Regex LeadingSlashMonthDay();

    [GeneratedRegex(@"^(?<d>1[3-9]|2\d|3[01])/(?<m>0?[1-9]|1[0-2])" + SlashDayAlone)]
    private static partial Regex LeadingSlashDayMonth();

    [GeneratedRegex(@"^(?:" + WeekdayName + @",?\s{1,3})?(?<mname>" + MonthPattern + @")\.?\s{1,3}(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMonthFirstNoYear();

    // "19. April" is how German and Nordic writers put a day first, "21 de diciembre" Spanish and Portuguese.
    [GeneratedRegex(@"^(?:" + WeekdayName + @",?\s{1,3})?(?<d>[0-3]?\d)(?:st|nd|rd|th|er|º|ª|\.)?(?:\s{1,3}(?:of|de))?\s{1,3}(?<mname>" + MonthPattern + @")\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDayFirstNoYear();

    [GeneratedRegex("^" + FirstDayOfARangePattern, RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFirstDayOfARange();

    private static (DateOnly Date, int Length, bool HasYear)? LeadingDate(string text, int? knownYear, DateOnly? near, bool nearWritten)
    {
        foreach (var pattern in new[] { LeadingIsoDate(), LeadingMonthFirstDate(), LeadingDayFirstDate(), LeadingDigitDate() })
        {
            if (pattern.Match(text) is { Success: true } match && ToDate(match, near: near) is { } date)
            {
                return (YearTheWeekdayMends(match, date, near) ?? date, match.Length, true);
            }
        }

        if (LeadingFirstDayOfARange().Match(text) is { Success: true } range)
        {
            if (range.Groups["y"].Success && ToDate(range) is { } first)
            {
                return (first, range.Length, true);
            }

            if (knownYear is { } rangeYear && YearlessDate(range, rangeYear, nearWritten ? near : null) is { } firstInYear)
            {
                return (firstInYear, range.Length, false);
            }
        }

        if (knownYear is not { } year)
        {
            return null;
        }

        foreach (var pattern in new[] { LeadingMonthDay(), LeadingSlashMonthDay(), LeadingSlashDayMonth(), LeadingMonthFirstNoYear(), LeadingDayFirstNoYear() })
        {
            if (pattern.Match(text) is { Success: true } match && YearlessDate(match, year, nearWritten ? near : null) is { } date)
            {
                // A weekday that fits the date settles its year as surely as writing it would.
                return (date, match.Length, match.Groups["weekday"].Success && FitsWeekday(date, match.Groups["weekday"].Value));
            }
        }

        // "Sunday 5/22", "Tuesday 24/5": a day and month in digits with no year read either way round, but the weekday
        // written before them fits only one reading in the known year.
        if (LeadingWeekdayDigits().Match(text) is { Success: true } digits)
        {
            var first = int.Parse(digits.Groups["first"].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(digits.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
            var fitting = new[] { (Month: first, Day: second), (Month: second, Day: first) }
                .Where(r => r.Month is >= 1 and <= 12 && r.Day >= 1 && r.Day <= DateTime.DaysInMonth(year, r.Month))
                .Select(r => new DateOnly(year, r.Month, r.Day))
                .Where(d => FitsWeekday(d, digits.Groups["weekday"].Value))
                .Distinct().ToList();
            if (fitting is [{ } only])
            {
                return (only, digits.Length, true);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^" + WeekdayName + @",?\s{1,3}(?<first>[0-3]?\d)/(?<second>[0-3]?\d)(?![/\d])(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWeekdayDigits();

    /// <summary>
    /// "Sunday, April 2, 2023" then "Monday, April 3, 2024": a year that its weekday contradicts, where the year of the
    /// entries above fits the weekday and puts the day within a couple of months of them, is a slip of the pen.
    /// </summary>
    private static DateOnly? YearTheWeekdayMends(Match match, DateOnly written, DateOnly? near)
    {
        if (!match.Groups["weekday"].Success || FitsWeekday(written, match.Groups["weekday"].Value) || near is not { } above)
        {
            return null;
        }

        foreach (var year in new[] { above.Year, above.Year + 1 })
        {
            if (year != written.Year && year <= DateOnly.MaxValue.Year && written.Day <= DateTime.DaysInMonth(year, written.Month)
                && new DateOnly(year, written.Month, written.Day) is var mended && FitsWeekday(mended, match.Groups["weekday"].Value)
                && Math.Abs(mended.DayNumber - above.DayNumber) <= NewYearHopDays)
            {
                return mended;
            }
        }

        return null;
    }

    // A year-less date moves to the year next to the written one only for a hop across New Year.
    private const int NewYearHopDays = 62;

    /// <summary>
    /// A day and month without a year, read in the known year or one next to it:
    /// <list type="bullet">
    /// <item>after entries that wrote out their year, that year, unless the year next to it puts the date within a
    /// couple of months of the entry above ("December 31, 2023" then "January 1" is 2024); a weekday that disagrees is
    /// a slip of the pen;</item>
    /// <item>otherwise the known year (the incident's, perhaps the post's), unless the weekday written with it ("Sunday,
    /// July 30" in a post of 2024, when July 30 was a Sunday in 2023) fits only a neighbouring year.</item>
    /// </list>
    /// </summary>
    private static DateOnly? YearlessDate(Match match, int year, DateOnly? nearWritten)
    {
        var known = ToDate(match, year);
        var neighbours = new[] { year - 1, year + 1 }.Select(y => ToDate(match, y)).OfType<DateOnly>().ToList();
        if (nearWritten is { } near)
        {
            int Distance(DateOnly date) => Math.Abs(date.DayNumber - near.DayNumber);
            return neighbours.Where(n => Distance(n) <= NewYearHopDays && (known is not { } k || Distance(n) < Distance(k))).Cast<DateOnly?>().FirstOrDefault() ?? known;
        }

        if (!match.Groups["weekday"].Success)
        {
            return known;
        }

        var weekday = match.Groups["weekday"].Value;
        return known is { } date && FitsWeekday(date, weekday) ? date : neighbours.Where(n => FitsWeekday(n, weekday)).Cast<DateOnly?>().FirstOrDefault() ?? known;
    }

    // "thurs" + "day", "satur" + "day": the written stem opens the day's English name.
    private static bool FitsWeekday(DateOnly date, string weekdayStem) => date.DayOfWeek == WeekdayNamed(weekdayStem);

    /// <summary>Whether the text gives a time of day anywhere ("2024-03-05 10:00 UTC", "at 9:40"), not only a day.</summary>
    public static bool HasTimeOfDay(string text) => FindStamps(text, null).Any(s => s.Time is not null);

    /// <summary>
    /// "13:30-13:45" is a span of time, not 13:30 at offset -13:45: a "-hh:mm" later than the clock ends a range. So does
    /// one across midnight that no zone west of UTC has as its offset ("23:50-00:20", "22:00-00:00"): those are whole
    /// hours up to twelve, and -09:30, -03:30 and -02:30.
    /// </summary>
    private static bool IsRangeEnd(string zone, Match clock) =>
        zone.Length > 1 && zone[0] is '-' or '\u2212' && !clock.Groups["s"].Success
        && TimeOnly.TryParseExact(zone[1..].Replace(":", "", StringComparison.Ordinal), "HHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
        && ToTime(clock) is { } start && (end > start || !IsWestOffset(end));

    private static bool IsWestOffset(TimeOnly offset) =>
        offset is { Minute: 0, Hour: >= 1 and <= 12 } || offset is { Minute: 30, Hour: 9 or 3 or 2 };

    // "At noon, the site went down": twelve o'clock by name. Not midnight, which a text names as often for a nightly
    // job's schedule as for a moment of the incident.
    [GeneratedRegex(@"\G(?:12\s{0,2})?(?<noon>noon|midday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Noon();

    /// <summary>
    /// "10:00", "1:30 PM", "09:00:15", "12:05 a.m."; "15:25pm" and "00:30 am", a 24-hour time with a redundant mark, as
    /// written; null for "25:00" or "15:00 am", which contradicts itself.
    /// </summary>
    private static TimeOnly? ToTime(Match match)
    {
        if (match.Groups["noon"].Success)
        {
            return new TimeOnly(12, 0);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            if (hour is 0 or > 12)
            {
                if (pm != hour > 12 || !match.Groups["min"].Success)
                {
                    return null;
                }
            }
            else
            {
                hour = (hour % 12) + (pm ? 12 : 0);
            }
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 && second is >= 0 and <= 59 ? new TimeOnly(hour, minute, second) : null;
    }

    private static DateOnly? ToDate(Match match, int? year = null, DateOnly? near = null, bool monthFirst = false)
    {
        if (match.Groups["first"].Success)
        {
            return ToDigitDate(match, near, monthFirst);
        }

        var y = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : year ?? 0;
        var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : MonthNumber(match.Groups["mname"].Value);
        return DayOf(y, m, int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// "10/20/2022" is month first and "28/11/2024" day first: with digits only, a part over 12 tells the day from the
    /// month. "03/04/2024" could be either, so it is read only with a date nearby to choose by (the entries above it in
    /// a timeline); elsewhere it is left unread rather than guessed. A two-digit year ("5-26-21") is this century's
    /// unless that puts it in the future of 2069.
    /// </summary>
    private static DateOnly? ToDigitDate(Match match, DateOnly? near, bool preferMonthFirst = false)
    {
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        DateOnly? Make(int month, int day) =>
            year is >= 1970 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        return (Make(first, second), Make(second, first)) switch
        {
            ({ } monthFirst, null) => monthFirst,
            (null, { } dayFirst) => dayFirst,
            ({ } monthFirst, { } dayFirst) when monthFirst == dayFirst => monthFirst,
            ({ } monthFirst, { } dayFirst) when near is { } day =>
                Math.Abs(monthFirst.DayNumber - day.DayNumber) <= Math.Abs(dayFirst.DayNumber - day.DayNumber) ? monthFirst : dayFirst,
            ({ } monthFirst, _) when preferMonthFirst => monthFirst,
            _ => null,
        };
    }

    private static int MonthNumber(string name) => ForeignMonthNumbers.TryGetValue(name.ToLowerInvariant(), out var month) ? month : name.Length < 3 ? 0 : name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };

    private static TimeSpan? RelativeSpan(Match match)
    {
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        if (!match.Groups["days"].Success && !match.Groups["hours"].Success && !match.Groups["minutes"].Success && !match.Groups["hh"].Success && !(match.Groups["zero"].Success && match.Groups["t"].Success))
        {
            return null;
        }

        // "T-30m" is before the start the document states.
        var span = match.Groups["hh"].Success
            ? new TimeSpan(Part("hh"), Part("mm"), 0)
            : new TimeSpan(Part("days"), Part("hours"), Part("minutes") + (Part("tenths") * 6), 0);
        return match.Groups["sign"].Value is "-" or "−" ? -span : span;
    }

    // "10/20/2022", "28/11/2024", "5-26-21": day and month in either order, one separator used twice (see ToDigitDate).
    private const string DigitDatePattern = @"(?<first>[0-3]?\d)(?<separator>[/\-])(?<second>[0-3]?\d)\k<separator>(?<year>(?:19|20|21)\d\d|\d\d)(?![\w/\-]|[.:]\d)";

    /// <summary>"~", "approx.", "approximately", "around", "circa" before a time in a timeline entry, before its day ("~Jan 24 01:00"), or before an offset from the start ("~T+2m"): the time still counts.</summary>
    [GeneratedRegex(@"^(?:~|≈|(?:approx\.?|approximately|around|about|circa|ca\.)\s)\s{0,2}(?=\d|T\s?[+\-−]\s?\d|(?:" + MonthPattern + @")\.?\s{1,2}\d)", RegexOptions.IgnoreCase)]
    public static partial Regex Approximately();

    /// <summary>"2026-06-21 ~13:00 UTC", "10-02 ~07:01": the same marks between an entry's day and its time.</summary>
    [GeneratedRegex(@"^([^~≈]{2,24}?\d,?\s{1,3})(?:~|≈|(?:approx\.?|approximately|around|circa|ca\.)\s)\s{0,2}(?=\d{1,2}(?::|\.|\s?[ap]\.?m))", RegexOptions.IgnoreCase)]
    public static partial Regex ApproximatelyAfterDay();
}
