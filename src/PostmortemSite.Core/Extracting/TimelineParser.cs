using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Extracting;

/// <summary>What a timeline's times are read against: the incident date, the zone for times without one, and the start for "T+" times.</summary>
/// <param name="Published">A post's own date, the day it was published: its weekdays ("It all started on Monday evening") are those of the week before it.</param>
/// <param name="DateIsTheTimes">The date is the one the timeline's heading gives its times ("Timeline (UTC, 2026-08-08)").</param>
internal sealed record TimelineContext(DateOnly? Date, TimeZoneRule Zone, DateTimeOffset? Start, DateOnly? Published = null, bool DateIsTheTimes = false);

/// <summary>
/// An entry as read, before its dead-end mark and milestone: its line, time, text, the day of one that gives no time of
/// day, and whether its time closes a period ("until approximately 10:45am there was an outage"): such a moment is where
/// the trouble ended, never where it began.
/// </summary>
/// <param name="DateWritten">The entry wrote its own date, rather than carrying the one above it.</param>
/// <param name="FailedAttempt">A dead end known from what the text says after it ("... That did not help"; prose timelines).</param>
/// <param name="SinceStart">"T+25m" in a document with no clock time to count it from: how long after the start, and nothing more.</param>
internal sealed record RawEntry(int Line, DateTimeOffset? Time, string Text, DateOnly? Day = null, bool ClosesPeriod = false, bool DateWritten = false, bool FailedAttempt = false, TimeSpan? SinceStart = null);

/// <summary>How a log writes its times of day besides "17:38": as four digits ("1738:"), with a dot ("08.33"), or both.</summary>
[Flags]
internal enum LogClock
{
    Colon = 0,
    FourDigits = 1,
    Dotted = 2,

    /// <summary>"11:16", "11:54", "12:16", "1:52", "3:31": a 12-hour clock written without "am" or "pm".</summary>
    TwelveHourUnmarked = 4,

    /// <summary>"11:30 pm", "11:45", "12:15", "1:00": a 12-hour clock that writes "am" or "pm" on some times only.</summary>
    TwelveHourPartlyMarked = 8,
}

/// <summary>An event and the line (index into the lines given) it was read from; an offset from the start ("T+25m") where that is all it has for a time.</summary>
internal sealed record ParsedEvent(TimelineEvent Event, int LineIndex, TimeSpan? SinceStart = null);

/// <summary>The events, the first zone the timeline itself names, and how many events have no usable time.</summary>
internal sealed record TimelineResult(IReadOnlyList<ParsedEvent> Events, TimeZoneRule? NamedZone, int Untimed)
{
    public IReadOnlyList<TimelineEvent> TimelineEvents => Events.Select(e => e.Event).ToList();
}

/// <summary>
/// Reads timeline entries in the shapes people write: "10:00 AM: ...", "- **09:00 UTC:** ...", "- 14:05 EDT — ...",
/// "[13:20] ...", "T+1h10m: ...", "2024-06-22T10:00:00Z ...", table rows, and "### 2021-06-03 9:00" headings followed by
/// a paragraph. The date is carried from line to line and moves to the next day when a time goes backwards by more
/// than an hour (a timeline crossing midnight) or an entry says "(next day)".
/// </summary>
internal static partial class TimelineParser
{
    private const int MaxEventText = 1_000;

    // Going back by less than this is taken as entries written slightly out of order, not as the next day.
    private static readonly TimeSpan RolloverThreshold = TimeSpan.FromHours(1);

    public static TimelineResult Parse(string sectionText, TimelineContext context) =>
        Parse(sectionText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), context);

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    public static TimelineResult Parse(IReadOnlyList<string> lines, TimelineContext context)
    {
        var state = new State(context) { Clock = ClockOf(lines, context.Date?.Year) };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Length > LegacyDocumentParser.MaxLineLength ? lines[i][..LegacyDocumentParser.MaxLineLength] : lines[i];

            // "09:12 deploy<br>09:20 errors<br>" in one paragraph (HTML kept in Markdown): each piece is a line of its own.
            foreach (var piece in line.Contains('<') && !line.TrimStart().StartsWith('|') ? LineBreak().Split(line) : [line])
            {
                ReadPiece(piece, i, state);
            }
        }

        var events = AssignMilestones(OldestFirst(state.Events.Where(e => e.Text.Length > 0).ToList()));
        return new TimelineResult(events, state.NamedZone, events.Count(e => e.Event.Time is null && e.Event.Day is null));
    }

    /// <summary>
    /// A timeline that writes no time or day ("- **Day 1, morning:** QA reports missing rows", "- **T+Minutes:** health
    /// check fails"): its list items, in the order written, as entries without a time; each keeps its label in its words.
    /// Items indented under another are its details, and lines that wrap an item are part of it. Empty when fewer than
    /// <see cref="MinUntimedEntries"/> items tell a step in words (<see cref="MinStepWords"/> or more, links aside).
    /// </summary>
    public static TimelineResult UntimedList(IReadOnlyList<string> lines)
    {
        var entries = new List<RawEntry>();
        var fence = new CodeFence(readsLiquidHighlight: true);
        var indent = -1;
        var inItem = false;
        var afterBlank = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            if (fence.Read(trimmed) || fence.Inside || trimmed.StartsWith('#') || trimmed.StartsWith('|'))
            {
                // A code block, a heading or a table ends the item above; what follows it is not its text.
                inItem = false;
                continue;
            }

            var depth = lines[i].Length - lines[i].TrimStart().Length;
            if (LegacyDocumentParser.StartsWithListMarker(trimmed) && (indent < 0 || depth <= indent))
            {
                indent = depth;
                entries.Add(new RawEntry(i, null, Clean(LegacyDocumentParser.WithoutListMarker(trimmed))));
                inItem = true;
            }
            else if (inItem && !LegacyDocumentParser.StartsWithListMarker(trimmed) && (!afterBlank || depth > indent) && entries[^1].Text.Length < MaxEventText)
            {
                entries[^1] = entries[^1] with { Text = Clean(entries[^1].Text + " " + trimmed) };
            }
            else
            {
                // A paragraph below the list ("Total: about 3 days") is not one of its steps.
                inItem &= LegacyDocumentParser.StartsWithListMarker(trimmed);
            }

            afterBlank = false;
        }

        // A step tells something in words: an unfilled template ("HH:MM - ") or a list of links is no timeline.
        entries = entries.Where(e => Words().Matches(MarkdownInline.WithLinkText(LinkOnly().Replace(e.Text, ""))).Count >= MinStepWords).ToList();
        return new TimelineResult(entries.Count >= MinUntimedEntries ? AssignMilestones(entries) : [], null, entries.Count >= MinUntimedEntries ? entries.Count : 0);
    }

    private const int MinUntimedEntries = 3;

    private const int MinStepWords = 3;

    [GeneratedRegex(@"\b\p{L}{2,}\b")]
    private static partial Regex Words();

    // "[Slack #inc-4411](https://...)": a link and its text, which names a place, not a step.
    [GeneratedRegex(@"\[[^\]]*\]\([^)]*\)")]
    private static partial Regex LinkOnly();

    /// <summary>
    /// A timeline pasted as a code block ("```" then "2023-06-17 18:05 Nodes start failing", one moment a line): the
    /// lines with the fences blanked, so they read as entries; null when no block is one. A block is a timeline when
    /// most of its lines open with a time (an approximate "~21:03" too) and fewer than half of those carry seconds: a
    /// log excerpt ("18:05:01 WARN sync failed") stamps every line to the second, and is evidence, not the timeline.
    /// </summary>
    public static List<string>? UnfencedTimeline(IReadOnlyList<string> lines)
    {
        var unfenced = lines.ToList();
        var found = false;
        void Read(int opened, int closed)
        {
            var content = lines.Skip(opened + 1).Take(closed - opened - 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var timed = content.Where(l => DateTimeText.ReadLeading(l.TrimStart('~', ' '), null) is { HasTime: true }).ToList();
            if (timed.Count >= MinFencedEntries && timed.Count * 3 >= content.Count * 2 && timed.Count(l => Seconds().IsMatch(l.AsSpan(0, Math.Min(l.Length, StampWithin)))) * 2 < timed.Count)
            {
                unfenced[opened] = "";
                if (closed < lines.Count)
                {
                    unfenced[closed] = "";
                }

                found = true;
            }
        }

        var fence = new CodeFence(readsLiquidHighlight: true);
        var opening = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (fence.Read(lines[i]))
            {
                if (fence.Inside)
                {
                    opening = i;
                }
                else
                {
                    Read(opening, i);
                }
            }
        }

        // A block left open runs to the end, as Markdown renders it.
        if (fence.Inside)
        {
            Read(opening, lines.Count);
        }

        return found ? unfenced : null;
    }

    private const int MinFencedEntries = 3;

    // "18:05:01" near a line's start: a machine's stamp.
    private const int StampWithin = 30;

    [GeneratedRegex(@"\d:[0-5]\d:[0-5]\d")]
    private static partial Regex Seconds();

    // A newest-first log of one incident spans less than this once put in order; more is a timeline that goes on for days.
    private static readonly TimeSpan NewestFirstSpan = TimeSpan.FromDays(1);

    /// <summary>
    /// A status page's log, newest first: "(16:35) all reachable" above "(13:02) monitoring alerts". Read top down, each
    /// earlier clock time would be the next day; when every entry is timed and every step goes back, within a day once
    /// put in order, the entries are that day's, oldest first.
    /// </summary>
    /// <param name="datedOnly">Only entries that each write their own date: moments of a narrative without dates are in its order.</param>
    internal static List<RawEntry> OldestFirst(List<RawEntry> entries, bool datedOnly = false)
    {
        const int least = 3;
        if (datedOnly && entries.FindLastIndex(e => !e.DateWritten) is var undated and >= 0)
        {
            // A write-up's prose ("At approximately 15:00 UTC, the certificates expired") above a status page's updates,
            // each dated and newest first: the updates go oldest first after the prose.
            var updates = entries.Count - undated - 1;
            return updates >= least && entries.Take(undated + 1).All(e => !e.DateWritten)
                ? [.. entries.Take(undated + 1), .. OldestFirst(entries.Skip(undated + 1).ToList(), datedOnly: true)]
                : entries;
        }

        if (entries.Count < least || entries.Any(e => e.Time is not { } time || time.UtcDateTime.Year < 2))
        {
            return entries;
        }

        // Read top down, a step back in the clock may have moved the carried date on a day; each entry's time of day
        // within the day before the first entry's is what the log says.
        var times = entries.Select(e => e.Time!.Value).ToList();
        // Entries that write their own dates are where they say: newest first only when those dates go back.
        var datesWritten = entries.Any(e => e.DateWritten);
        var sameDay = times.Select(t => times[0] - TimeSpan.FromTicks(((times[0] - t).Ticks % TimeSpan.TicksPerDay + TimeSpan.TicksPerDay) % TimeSpan.TicksPerDay)).ToList();
        foreach (var candidate in datesWritten ? [times] : new[] { times, sameDay })
        {
            if (candidate.Zip(candidate.Skip(1)).All(p => p.Second < p.First) && (datesWritten || candidate[0] - candidate[^1] < NewestFirstSpan))
            {
                return entries.Select((e, k) => e with { Time = candidate[k] }).Reverse().ToList();
            }
        }

        return entries;
    }

    private static void ReadPiece(string raw, int i, State state)
    {
        {
            var trimmed = raw.Trim();
            if (state.Fence.Read(trimmed))
            {
                state.Open = null;
                return;
            }

            if (state.Fence.Inside)
            {
                return;
            }

            if (trimmed.Length == 0)
            {
                // A blank line ends an entry, except a heading entry still waiting for its paragraph or taking the
                // paragraphs under it ("### 17:28" over three paragraphs of what was tried and how it went).
                if (state.Open is { AwaitingText: false, TakesParagraphs: false })
                {
                    state.Open = null;
                }
                else if (state.Open is { AwaitingText: false } heading)
                {
                    heading.ParagraphEnded = true;
                }

                return;
            }

            if (trimmed.StartsWith('|'))
            {
                ReadTableRow(trimmed, i, state);
                return;
            }

            state.Table = null;
            ReadLine(raw, trimmed, i, state);
        }
    }

    [GeneratedRegex(@"^(?:#{1,6}\s+|(?:[-*+•·▪◦]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_){0,2}[\[(]?")]
    private static partial Regex LeadingMarkup();

    // What ends the paragraphs a bare time heading takes: a rule, a quote, a label opening a section's text ("Root
    // cause: ..."), or a paragraph that tells a time of its own.
    [GeneratedRegex(@"^(?:[-*_]\s*){3,}$|^>|^(?:\*\*|__)?[\p{L}][\p{L} ]{0,30}:(?:\*\*|__)?\s|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")]
    private static partial Regex EndsHeadingParagraphs();

    [GeneratedRegex(@"(?<=\S)[ \t]+#+[ \t]*$")]
    private static partial Regex ClosingHashes();

    // The name may open on an ordinal or a number ("1st page", "2. Detection") but not on a time; the parentheses hold
    // the time, maybe a range, a zone and a date, then maybe a note after a comma ("14:02 UTC, via PagerDuty").
    [GeneratedRegex(@"^(?<marks>#+)[ \t]+(?<name>(?:\d+(?:st|nd|rd|th)\b|\d+[.)][ \t]|[^()\d~≈])[^()]*?)[ \t]*\([ \t]*(?<time>[~≈]?(?:\d[^(),;]{0,30}?\b)?(?:[01]?\d|2[0-3]):[0-5]\d\b[^(),;]{0,30}?(?:,[ \t]*\d[^(),;]{0,20}?)?)(?:[ \t]*[,;][ \t]*(?<note>[^()]*?))?[ \t]*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfterHeading();

    // "### Total downtime (~1:35)" gives a length, "### Background: the nightly job (02:00 UTC daily)" a schedule.
    [GeneratedRegex(@"\b(?:duration|downtime|length|total|elapsed|time to|mttr|ttr|took|lasted|daily|nightly|hourly|weekly|every|each|cron|scheduled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LengthOrSchedule();

    // "* `10:40` - branch deployed", "~`01:30` - ...": a time set in code is still the entry's time.
    [GeneratedRegex(@"^(~\s?)?`(\d[^`\n]{0,39})`")]
    private static partial Regex LeadingCodeSpan();

    /// <summary>
    /// An entry's text from where its time may start: without list or emphasis marks or an "approximately" before the
    /// time, and with a time written "08.45 UTC" or "1727 :" as 08:45 and 17:27.
    /// </summary>
    /// <param name="year">The timeline's year: "2016: we moved hosts" in a timeline of 2016 is that year, not 20:16.</param>
    /// <param name="clock">How the lines around write their times: see <see cref="LogClock"/>.</param>
    private static string Lead(string text, int? year, LogClock clock = LogClock.Colon)
    {
        var (lead, approximate) = Unmarked(text, clock);
        return LeadingFourDigitTime().Match(lead) is { Success: true } four && (approximate || !CouldBeYear(int.Parse(four.Value, CultureInfo.InvariantCulture), year, clock.HasFlag(LogClock.FourDigits)))
            ? $"{four.Groups[1].Value}:{four.Groups[2].Value}{lead[four.Length..]}"
            : lead;
    }

    /// <summary>An entry's start without the markup and marks around its time, and whether the time was marked approximate.</summary>
    private static (string Lead, bool Approximate) Unmarked(string text, LogClock clock = LogClock.Colon)
    {
        // "[1758](https://chat.example/p148830): Jake acknowledged ...": a time linked to the chat message it quotes.
        text = LeadingLinkedTime().Replace(text, "${before}${time}", 1);
        var lead = LeadingCodeSpan().Replace(LeadingMarkup().Replace(text, "", 1), "$1$2", 1);
        var approximate = DateTimeText.Approximately().IsMatch(lead);
        lead = DateTimeText.Approximately().Replace(lead, "", 1);
        lead = DateTimeText.ApproximatelyAfterDay().Replace(lead, "$1", 1);
        lead = EmphasisedTimeAfterDay().Replace(lead, "${day}${time}", 1);
        lead = (clock.HasFlag(LogClock.Dotted) ? LeadingBareDottedTime() : LeadingDottedTime()).Replace(lead, "$1:$2", 1);
        lead = StatusBeforeTime(lead);
        lead = DayNumberBeforeDate().Replace(lead, "", 1);
        if (LeadingTensOfMinutes().Match(lead) is { Success: true } tens)
        {
            lead = $"{tens.Groups[1].Value}0{lead[tens.Length..]}";
            approximate = true;
        }

        return (lead, approximate);
    }

    // "Feb 28th **01:52** @quintessence First report": the time set in bold after the day it is on.
    [GeneratedRegex(@"^(?<day>[^*_]{2,24}?\d(?:st|nd|rd|th)?,?\s{1,3})(?<mark>\*\*|__|\*|_)(?<time>\d{1,2}[:.]\d\d(?:\s?(?:[ap]\.?m\.?|UTC|GMT))?)\k<mark>", RegexOptions.IgnoreCase)]
    private static partial Regex EmphasisedTimeAfterDay();

    /// <summary>
    /// "Investigating 2025-01-04 9:27a", "Resolved - 14:05 UTC": a status post's update, its status word before its
    /// time, read as the time and then the status ("2025-01-04 9:27a Investigating").
    /// </summary>
    internal static string StatusBeforeTime(string lead) =>
        StatusWord().Match(lead) is { Success: true } status && DateTimeText.ReadLeading(lead[status.Length..], 2000) is { Time: not null } stamp
            ? $"{lead.Substring(status.Length, stamp.Length)} {status.Groups["word"].Value}{lead[(status.Length + stamp.Length)..]}"
            : lead;

    // "### Day 1 - January 23, 2026", "Day 2: 2024-03-05": the number of a day before the date it is; the date dates the
    // entries. So does a label naming it a date ("**Date: 2023-11-22**", "**Date:** 2023-11-22").
    [GeneratedRegex(@"^(?:Day\s{1,2}\d{1,2}\s{0,2}[-–—:,]|Date(?:\*\*|__|\*|_)?\s{0,2}:(?:\*\*|__|\*|_)?)\s{0,2}(?=\d|(?:" + DateTimeText.MonthPattern + @")[a-z]*\.?\s|(?:" + DateTimeText.WeekdayStem + @")day,?\s)", RegexOptions.IgnoreCase)]
    private static partial Regex DayNumberBeforeDate();

    internal const string StatusWords = "Investigating|Identified|Monitoring|Update|Updated|Resolved|Mitigated|Postmortem|Post-mortem|Verifying|Recovering";

    [GeneratedRegex(@"^(?<word>" + StatusWords + @")(?:\*\*|__)?(?:\s{1,2}#?\d{1,3}(?=\s{0,2}[-–—:|]))?\s{0,2}(?:[-–—:|]\s{0,2})?(?=\d|(?:" + DateTimeText.MonthPattern + @")\.?\s)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWord();

    [GeneratedRegex(@"^(?:" + StatusWords + @")\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();

    // "17:2x", "~15:5x": a time known to ten minutes is the start of those ten minutes, marked approximate.
    [GeneratedRegex(@"^((?:[01]?\d|2[0-3]):[0-5])[xX](?![\p{L}\p{N}])")]
    private static partial Regex LeadingTensOfMinutes();

    // "2019 - service launched": four digits a year could be are a time only marked approximate ("~1900:") or in a log
    // that writes its other times as four digits ("1738:", "1808:", then "1923:"); the timeline's own year and the one
    // next to it never are ("2022: proxy moved to a new vendor" in a timeline of 2023).
    private static bool CouldBeYear(int number, int? year, bool fourDigitClock = false) =>
        (number is >= 1900 and <= 2059 && !fourDigitClock) || (year is { } y && Math.Abs(number - y) <= 1);

    /// <summary>Whether a line of a timeline starts with a time of day, in any of the shapes an entry's time takes.</summary>
    public static bool StartsWithTime(string line, int? year, LogClock clock = LogClock.Colon) => DateTimeText.ReadLeading(Lead(line.Trim(), year, clock), 2000) is { Time: not null };

    /// <summary>
    /// How the lines write their times: as four digits when at least <see cref="MinLogClockTimes"/> of them open with
    /// one no year could be ("1738:", "0915 -"); with a dot when the bare dotted numbers that open them read as a clock
    /// ("08.33 AC set up replication", as British teams log them; see <see cref="ReadsAsClock"/>).
    /// </summary>
    public static LogClock ClockOf(IEnumerable<string> lines, int? year)
    {
        var fourDigits = 0;
        var dotted = new List<(int Hour, int Minute, int Day)>();
        // The date lines passed so far ("25 August 2022", "4th September"): a log that spans days steps back on its
        // clock at each of them, and only there.
        var day = 0;
        var hours = new List<int>();
        // Whether a time says which clock it is on: "am" or "pm" (12-hour), or an hour written "08" (24-hour).
        var clockTold = false;
        var (marked, unmarked, twentyFourHour) = (0, 0, false);
        foreach (var line in lines)
        {
            var lead = Unmarked(line.Trim()).Lead;
            if (LeadingClock().Match(lead) is { Success: true } clock)
            {
                var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
                hours.Add(hour);
                clockTold |= clock.Groups["mark"].Success || clock.Groups["h"].Value.StartsWith('0');
                marked += clock.Groups["mark"].Success ? 1 : 0;
                unmarked += clock.Groups["mark"].Success ? 0 : 1;
                twentyFourHour |= !clock.Groups["mark"].Success && (hour is 0 or > 12 || clock.Groups["h"].Value.StartsWith('0'));
            }

            fourDigits += LeadingFourDigitTime().Match(lead) is { Success: true } four && !CouldBeYear(int.Parse(four.Value, CultureInfo.InvariantCulture), year) ? 1 : 0;
            if (LeadingBareDottedTime().Match(lead) is { Success: true } dot)
            {
                dotted.Add((int.Parse(dot.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(dot.Groups[2].Value, CultureInfo.InvariantCulture), day));
            }
            else if (DateTimeText.ReadLeading(lead, year ?? 2000) is { Date: not null, Time: null })
            {
                day++;
            }
        }

        return (fourDigits >= MinLogClockTimes ? LogClock.FourDigits : LogClock.Colon) | (ReadsAsClock(dotted) ? LogClock.Dotted : LogClock.Colon)
            | (!clockTold && ReadsAsTwelveHourClock(hours) ? LogClock.TwelveHourUnmarked : LogClock.Colon)
            | (marked > 0 && unmarked > 0 && !twentyFourHour ? LogClock.TwelveHourPartlyMarked : LogClock.Colon);
    }

    /// <summary>
    /// Hours that only a 12-hour clock explains: at least <see cref="MinLogClockTimes"/> plus one, none above 12 or 0,
    /// and a step from the late morning (10 to 12) back to an hour a working afternoon has (1 to 8): "12:16" then
    /// "1:52" is an hour and a half later, not the next night. A text that writes "13:05" anywhere, or "am" and "pm",
    /// keeps its hours as written.
    /// </summary>
    private static bool ReadsAsTwelveHourClock(List<int> hours) =>
        hours.Count > MinLogClockTimes && hours.All(h => h is >= 1 and <= 12)
        && hours.Zip(hours.Skip(1)).Any(p => p.First is >= 10 and <= 12 && p.Second is >= 1 and <= 8)
        && hours.Zip(hours.Skip(1)).Count(p => p.Second < p.First) <= 2;

    // The clock time that opens an entry, and whether "am" or "pm" follows it.
    [GeneratedRegex(@"^\W{0,4}(?<h>[012]?\d):[0-5]\d(?::[0-5]\d)?(?:\s{0,2}(?<mark>[ap]\.?\s?m\b|[ap](?![\p{L}\p{N}])))?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClock();

    private const int MinLogClockTimes = 2;

    /// <summary>
    /// Dotted numbers that read as a log's clock: at least <see cref="MinDottedTimes"/>, in order (a night's log may
    /// pass midnight once; a date line between two times starts a new day), over more than one hour and several
    /// minutes. Versions ("1.27", "1.28", "1.29") and numbered sections ("3.10", "3.11") keep their first part; dates
    /// ("12.03", "13.03") keep their second.
    /// </summary>
    private static bool ReadsAsClock(List<(int Hour, int Minute, int Day)> dotted)
    {
        var stepsBack = dotted.Zip(dotted.Skip(1)).Count(p => p.Second.Day == p.First.Day && (p.Second.Hour * 60) + p.Second.Minute < (p.First.Hour * 60) + p.First.Minute);
        // "03.03:", "07.04:", "12.05:": second parts that all could be months are days of the year, not minutes.
        return dotted.Count >= MinDottedTimes && stepsBack <= 1 && dotted.Select(d => d.Hour).Distinct().Count() >= 2 && dotted.Select(d => d.Minute).Distinct().Count() >= MinDottedTimes
            && !dotted.All(d => d.Minute is >= 1 and <= 12);
    }

    // A dotted number is also a version or a section's number ("1.10 Scope"), so it takes one line more than four digits do.
    private const int MinDottedTimes = 3;

    [GeneratedRegex(@"^(?<before>\s*(?:[-*+•]\s+)?)\[(?<time>(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d)\]\([^)\s]*\)")]
    private static partial Regex LeadingLinkedTime();

    // "1727 : Laurie noticed the icons had turned black", "~1442: changes deployed": an entry's four-digit time (as
    // British teams write them), read only before the colon or dash that ends an entry's time, so "1500 users" stays a
    // number, and never as the timeline's own year or one next to it.
    [GeneratedRegex(@"^([01]\d|2[0-3])([0-5]\d)(?=\s?[:–—-]\s)")]
    private static partial Regex LeadingFourDigitTime();

    private static void ReadLine(string raw, string trimmed, int index, State state)
    {
        var isHeading = trimmed.StartsWith('#');
        if (isHeading)
        {
            // "### 10:11 AM ###": an ATX heading's closing hashes are not its text (CommonMark).
            trimmed = ClosingHashes().Replace(trimmed, "");

            // "### Recovery (16:40-17:00)": a part of the timeline named first and timed after, in parentheses, is an
            // entry at that time, the same as "### 16:40-17:00 Recovery".
            if (TimeAfterHeading().Match(trimmed) is { Success: true } timedAfter && !LengthOrSchedule().IsMatch(timedAfter.Value))
            {
                var note = timedAfter.Groups["note"].Value;
                trimmed = $"{timedAfter.Groups["marks"].Value} {timedAfter.Groups["time"].Value} {timedAfter.Groups["name"].Value}{(note.Length > 0 ? $" ({note})" : "")}";
            }
        }

        var isListItem = LegacyDocumentParser.StartsWithListMarker(trimmed);
        if (!isHeading && OutageMarkLine().Match(isListItem ? LegacyDocumentParser.WithoutListMarker(trimmed) : trimmed) is { Success: true } mark)
        {
            // "<START OF OUTAGE>" on a line of its own between entries marks the next entry as the start;
            // "<END OF OUTAGE>" the entry above as the end. The mark goes with that entry, as the author placed it.
            if (mark.Groups["end"].Success)
            {
                state.MarkLast(mark.Groups["mark"].Value);
            }
            else
            {
                state.PendingMark = mark.Groups["mark"].Value;
            }

            state.Open = null;
            return;
        }

        var year = state.Year;
        var lead = Lead(trimmed, year, state.Clock);
        var stamp = DateTimeText.ReadLeading(lead, year, state.CurrentDate, state.NearAnEntrysDate);

        if (stamp is not { HasTime: true } && isListItem && !isHeading && TimeAfterLabel(LegacyDocumentParser.WithoutListMarker(trimmed), state) is { } labelled)
        {
            // "- Outage start (UTC): 2024-03-15 03:53", "- Alert fired: 14:02": the event named first, its time after.
            state.Add(new OpenEvent(index, labelled.Stamp, false), labelled.Text);
            state.TimeHeading = null;
            state.UntimedDay = null;
            return;
        }

        if (stamp is { HasTime: true })
        {
            stamp = WithRangeAndDate(lead, stamp, year);
            var rest = TrimSeparators(lead[stamp.Length..]);
            // A status update's paragraph tells its event ("## Investigating 2025-01-04 9:27a", then what was found).
            var entry = new OpenEvent(index, stamp, rest.Length == 0 || (isHeading && StatusOnly().IsMatch(rest))) { TakesParagraphs = isHeading && rest.Length == 0 };
            state.Add(entry, rest);
            state.TimeHeading = isHeading && rest.Length == 0 ? entry : null;
            state.UntimedDay = null;
            return;
        }

        if (stamp is { Date: { } day } && isListItem && !isHeading)
        {
            // "- 2021-08-17: bounty report received", or "- 2024-06-21:" with its text on the lines below: an entry
            // of that day whose time of day the document does not give. A day before the one the heading gives the
            // times ("- Aug 7 (day): designed" under "Timeline (UTC, 2026-08-08)") is the lead-up, and the times stay
            // on the heading's day; a bare "- Aug 7" over its own times is a day of the timeline.
            var told = TrimSeparators(lead[stamp.Length..]);
            if (!(state.Context.DateIsTheTimes && state.Context.Date is { } headingDay && day < headingDay && told.Length > 0))
            {
                state.SetDate(day, stamp.DateHasYear);
            }

            state.AddDay(new OpenEvent(index, stamp, false), day, told);
            state.UntimedDay = null;
            return;
        }

        if (stamp is { Date: { } date } && (isHeading || TrimSeparators(lead[stamp.Length..]).Length == 0))
        {
            // A date on its own line ("2019-01-22", "### June 3, 2024") or heading a part of the timeline
            // ("### October 24, 2025 - Cache overload", "### 2025-07-26 Saturday") applies to the entries below it.
            state.SetDate(date, stamp.DateHasYear);
            state.Open = null;
            state.TimeHeading = null;
            state.UntimedDay = date;
            state.UntimedDayHeaded = isHeading;
            state.Introducing = null;
            return;
        }

        if (state.TimeHeading is { } timeHeading && isListItem && !isHeading)
        {
            // "### 16:27" then a list: each item is an event at that time. A paragraph after the list that tells how
            // the steps went ("Neither helped.") goes with the last of them; any other (a footer, "All times are UTC")
            // is not an event.
            var text = Clean(LegacyDocumentParser.WithoutListMarker(trimmed));
            if (state.Open == timeHeading && timeHeading.AwaitingText)
            {
                state.Append(timeHeading, text);
            }
            else
            {
                state.Add(new OpenEvent(index, timeHeading.Stamp, false) { TakesParagraphs = true, TakesOnlyAnOutcome = true }, text);
            }

            return;
        }

        if (state.Open is { ParagraphEnded: true } ended && EndsHeadingParagraphs().IsMatch(trimmed))
        {
            // "---", a quote, "Root cause: ...", "At 17:55 the array is healthy again": not more of the moment above.
            ended.ParagraphEnded = false;
            state.Open = null;
        }

        if (state.Open is { ParagraphEnded: true, TakesOnlyAnOutcome: true } && !EventWording.TellsAnOutcome(trimmed))
        {
            state.Open = null;
        }

        if (state.Open is { } open && !isHeading && (open.AwaitingText || (!isListItem && raw.Length > 0)))
        {
            if (open == state.TimeHeading && open.AwaitingText)
            {
                // A paragraph under the time heading: lists further down are details of it, not events.
                state.TimeHeading = null;
            }

            if (open.ParagraphEnded)
            {
                state.EndParagraph(open);
            }

            state.Append(open, Clean(trimmed));
            return;
        }

        if (!isHeading && state.UntimedDay is { } untimedDay && (isListItem || (state.Open is null && state.UntimedDayHeaded && !(DateTimeText.MayStateZone(trimmed) && DateTimeText.FindStatedZone(trimmed) is not null))))
        {
            // "2019-03-08:" then "* fuzzer reports the crash": while no entry under a date line has a time, its
            // bullets are the entries of that day, and so are its paragraphs ("### 2019-09-01" over "stuartmorgan@
            // notices that builds fail"), except one that states the zone of the times. A list after a paragraph that
            // introduces it ("The change lands with a test that:") tells that entry's details.
            if (isListItem && state.Introducing is { } introducing && (state.IntroducedList || state.Events[introducing.Slot].Text.EndsWith(':')))
            {
                state.Append(introducing, Clean(LegacyDocumentParser.WithoutListMarker(trimmed)));
                state.IntroducedList = true;
                state.Open = null;
                return;
            }

            var entry = new OpenEvent(index, new Stamp(untimedDay, null, null, null, 0), false);
            state.AddDay(entry, untimedDay, Clean(LegacyDocumentParser.WithoutListMarker(trimmed)));
            state.Introducing = isListItem ? null : entry;
            state.IntroducedList = false;
            return;
        }

        state.Open = null;
        state.TimeHeading = null;
        if (DateTimeText.MayStateZone(trimmed) && DateTimeText.FindStatedZone(trimmed) is { } zone)
        {
            // "All times in PST, on February 5th 2019": a zone, and maybe a date, for the entries that follow.
            state.SectionZone = zone;
            state.NamedZone ??= zone;
            if (DateTimeText.FindDate(trimmed) is { } statedDate)
            {
                state.SetDate(statedDate.Date, yearWritten: true);
            }
        }
    }

    /// <summary>
    /// A list item that names an event and gives only its time after a colon: the label is the entry's text, and a zone
    /// the label names in brackets is the time's when the time names none. A length ("Duration: 1:30") or a bare
    /// "Time:" or "Date:" names no event.
    /// </summary>
    private static (Stamp Stamp, string Text)? TimeAfterLabel(string item, State state)
    {
        if (EventLabel().Match(item) is not { Success: true } labelled || LengthOrSchedule().IsMatch(labelled.Groups["label"].Value))
        {
            return null;
        }

        var label = labelled.Groups["label"].Value.Trim();
        var named = LegacyDocumentParser.SplitLabelZone(label);
        var name = (named?.Name ?? label).Trim();
        if (name.Length == 0 || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 || BareTimeLabel().IsMatch(name))
        {
            return null;
        }

        var value = Lead(labelled.Groups["value"].Value.Trim(), state.Year, state.Clock);
        if (DateTimeText.ReadLeading(value, state.Year, state.CurrentDate, state.NearAnEntrysDate) is not { HasTime: true } stamp)
        {
            return null;
        }

        stamp = WithRangeAndDate(value, stamp, state.Year);
        var after = TrimSeparators(value[stamp.Length..]).Trim('*', '_', ' ');
        if (after.Length > 0 && !AfterLabelledTime().IsMatch(after))
        {
            return null;
        }

        return (stamp with { Zone = stamp.Zone ?? named?.Zone }, Clean(after.StartsWith('(') ? $"{name} {after}" : name));
    }

    // "Outage start (UTC): 2024-03-15 03:53", "**Alert fired:** 14:02", "**Detection:**      14:05 UTC": up to six words,
    // then a colon, then the time, maybe aligned in a column.
    [GeneratedRegex(@"^(?:\*\*|__)?(?<label>\p{L}[^:\d]{0,60}?)(?:\*\*|__)?\s{0,2}:(?:\*\*|__)?[ \t]*(?<value>\S.*)$")]
    private static partial Regex EventLabel();

    // "(Prometheus alerts)", "onwards": a short note after the time, which tells how it was known, not more events.
    [GeneratedRegex(@"^(?:\([^()]{1,60}\)|onwards|approx(?:\.|imately)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterLabelledTime();

    [GeneratedRegex(@"^(?:time|date|when|at|on|timestamp|date and time|time and date)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTimeLabel();

    // "<START OF OUTAGE>", "**END OF INCIDENT**", "[start of impact]": a mark alone on its line.
    [GeneratedRegex(@"^[<\[(*_=-]*\s{0,2}(?<mark>(?:start|beginning|(?<end>end)) of (?:the )?(?:outage|incident|impact|downtime))\s{0,2}[>\])*_=-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OutageMarkLine();

    [GeneratedRegex(@"\G\s{0,2}(?:[-–—]|to|until)\s{0,2}(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RangeDash();

    [GeneratedRegex(@"\G\s{0,2}(?:\(\s?|,\s{0,2}|\s(?:on\s)?)(?=[A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();

    /// <summary>
    /// "13:30-13:45 UTC" counts from its first time and takes the zone written after the second; "22:30 UTC (Oct 29)"
    /// and "04:10, March 14" take the date written after the time.
    /// </summary>
    private static Stamp WithRangeAndDate(string lead, Stamp stamp, int? year)
    {
        if (stamp.SinceStart is not null)
        {
            return stamp;
        }

        if (RangeDash().Match(lead, stamp.Length) is { Success: true } dash
            && DateTimeText.ReadLeading(lead[(dash.Index + dash.Length)..], year) is { Time: not null, Date: null } end)
        {
            stamp = stamp with { Zone = stamp.Zone ?? end.Zone, Length = dash.Index + dash.Length + end.Length };
        }

        if (stamp.Date is null && TrailingDate().Match(lead, stamp.Length) is { Success: true } opening
            && DateTimeText.ReadLeading(lead[(opening.Index + opening.Length)..], year) is { Time: null, Date: { } date } written)
        {
            var length = opening.Index + opening.Length + written.Length;
            if (length < lead.Length && lead[length] == ')')
            {
                length++;
            }

            stamp = stamp with { Date = date, Length = length };
        }

        return stamp;
    }

    private static void ReadTableRow(string trimmed, int index, State state)
    {
        if (LegacyDocumentParser.TableCells(trimmed) is not { } cells)
        {
            return;
        }

        if (state.Table is { DateColumn: >= 0 and var dateColumn, TimeColumn: >= 0 and var timeOfDayColumn } && dateColumn < cells.Count && timeOfDayColumn < cells.Count)
        {
            // "| Jul 11, 2023 | 17:11 | A commit lands |": the day and the time in columns of their own are read as one.
            cells[timeOfDayColumn] = $"{cells[dateColumn]} {cells[timeOfDayColumn]}".Trim();
        }

        if (state.Table is { ClockColumn: true, TimeColumn: var timeColumnAbove } table && timeColumnAbove < cells.Count
            && FourDigitCell().Match(cells[timeColumnAbove]) is { Success: true } four)
        {
            // "| 0730 | operator | The operator renews the metadata |": under a "Time" heading, four digits alone are a
            // time; "| 2019 | Service launched |" is a year, unless the column has written its times so already.
            var number = int.Parse(four.Value, CultureInfo.InvariantCulture);
            if (table.FourDigitTimes || !CouldBeYear(number, state.Year))
            {
                cells[timeColumnAbove] = $"{four.Groups[1].Value}:{four.Groups[2].Value}{cells[timeColumnAbove][four.Length..]}";
                state.Table = table with { FourDigitTimes = true };
            }
        }

        var stamps = cells.Select(c => DateTimeText.ReadLeading(Lead(c, state.Year, state.Clock), state.Year, state.CurrentDate, state.NearAnEntrysDate)).ToList();
        if (state.Table is null && stamps.All(s => s is null))
        {
            // A header row: which column holds the time, which the event, and perhaps the zone ("Time (UTC)"); a
            // "Date" column beside a "Time" column holds the day.
            var keys = cells.Select(LegacyDocumentParser.KeyOf).ToList();
            var timeColumn = keys.FindIndex(k => k.Contains("time") || k.Contains("date") || k.Contains("when"));
            var dayColumn = keys.FindIndex(k => k.Split(' ').Contains("date") && !k.Contains("time"));
            var timeOfDay = keys.FindIndex(k => k.Split(' ').Contains("time") && !k.Contains("date"));
            // "Event Type" beside "Description" names a kind of event; the description is the event.
            var textColumn = keys.FindIndex(k => (k.Contains("event") || k.Contains("description") || k.Contains("what") || k.Contains("action") || k.Contains("update") || k.Contains("detail")) && !k.Split(' ').Contains("type"));
            // A column of notes, or of what came of the event ("Result", "Outcome"), or of what was done about it beside the
            // event ("| Event | Action Taken |": "Deploy, still failing"), is read with the event: it tells a dead end.
            var notesColumn = keys.FindIndex(k => k.Split(' ').Any(w => w is "notes" or "note" or "comments" or "comment" or "remarks" or "result" or "results" or "outcome" or "outcomes" or "effect"));
            if (notesColumn < 0 && textColumn >= 0)
            {
                notesColumn = Enumerable.Range(0, keys.Count).FirstOrDefault(i => i != textColumn && i != timeColumn && (keys[i].Contains("action") || keys[i].Contains("response")), -1);
            }

            state.Table = (dayColumn >= 0 && timeOfDay >= 0 ? new TableShape(timeOfDay, textColumn, dayColumn) : new TableShape(timeColumn, textColumn))
                with
            { NotesColumn = notesColumn, ClockColumn = timeColumn >= 0 && timeColumn == timeOfDay };
            if (DateTimeText.FindZone(trimmed) is { } zone)
            {
                state.SectionZone = zone;
                state.NamedZone ??= zone;
            }

            return;
        }

        state.Table ??= new TableShape(-1, -1);
        var column = state.Table.TimeColumn >= 0 && state.Table.TimeColumn < cells.Count ? state.Table.TimeColumn : stamps.FindIndex(s => s is not null);
        if (column < 0 || stamps[column] is not { } stamp)
        {
            return;
        }

        var text = state.Table.TextColumn >= 0 && state.Table.TextColumn < cells.Count && state.Table.TextColumn != column
            ? cells[state.Table.TextColumn]
            : string.Join(" — ", cells.Where((c, i) => i != column && i != state.Table.DateColumn && c.Length > 0));
        if (state.Table.TextColumn >= 0 && state.Table.NotesColumn is >= 0 and var notes && notes < cells.Count && notes != column && notes != state.Table.TextColumn && cells[notes].Length > 0)
        {
            text = $"{text} — {cells[notes]}";
        }

        // "| ~22:00 (prior night) | Power goes out |": a day's shift written in the time's cell moves the row's day too.
        if (cells[column].IndexOf('(', StringComparison.Ordinal) is var mark and > 0 && NextDay().Match(cells[column][mark..]) is { Success: true } shift)
        {
            text = $"{shift.Value} {text}";
        }
        if (!stamp.HasTime && stamp.Date is { } day)
        {
            // "| 2022-05-07 | Withdrawals begin |", "2019-12-03 --:--": the row happened that day, at a time nobody wrote
            // down; it is an entry of that day, as a dated bullet is.
            state.SetDate(day, stamp.DateHasYear);
            state.AddDay(new OpenEvent(index, stamp, false), day, Clean(text));
        }
        else
        {
            state.Add(new OpenEvent(index, stamp, false), Clean(text));
        }

        state.Open = null;
    }

    // A cell that is a four-digit time and at most a zone: "0730", "1415 UTC".
    [GeneratedRegex(@"^([01]\d|2[0-3])([0-5]\d)(?=$|\s+\p{L}{1,5}$)")]
    private static partial Regex FourDigitCell();

    private static string TrimSeparators(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is '*' or '_' or ']' or ')' or '|' or ':' or '-' or '–' or '—' or ',' or '.' or '>' or ' ' or '\t')
        {
            start++;
        }

        return Clean(text[start..]);
    }

    /// <summary>Event text without emphasis markers and with single spaces, capped.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxEventText));
        foreach (var c in text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal))
        {
            if (builder.Length >= MaxEventText)
            {
                break;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Each milestone goes to one event: the first that says it, except resolved, which goes to the last. An entry that
    /// finds the cause and says the impact ended ("identifies the misconfiguration and corrects it, stopping further
    /// emails") is the end: the fix came after the finding. Not one that says it resolved what it found ("Root cause
    /// identified and the issue resolved locally"), which may be only a first fix.
    /// </summary>
    /// <param name="raw">The entries in order; <c>Day</c> is set on one that gives only a day, which marks no milestone (that needs a time).</param>
    internal static List<ParsedEvent> AssignMilestones(List<RawEntry> raw)
    {
        var deadEnds = EventWording.DeadEnds(raw.Select(e => e.Text).ToList());
        var events = raw.Select((e, i) => new ParsedEvent(new TimelineEvent(e.Time, e.Text, null, deadEnds[i] || e.FailedAttempt) { Day = e.Day }, e.Line, e.SinceStart)).ToList();
        var marked = events.FindIndex(e => e.Event.Day is null && e.Event.Time is not null && !e.Event.DeadEnd && EventWording.MarksStart(e.Event.Text));
        if (marked >= 0)
        {
            events[marked] = events[marked] with { Event = events[marked].Event with { Milestone = Milestone.Started } };
        }

        foreach (var milestone in EventWording.Milestones.Where(m => m != Milestone.Started || marked < 0))
        {
            var candidates = events.Select((e, i) => (e, i))
                .Where(x => x.e.Event.Day is null && !x.e.Event.DeadEnd && x.e.Event.Milestone is null && EventWording.Says(x.e.Event.Text, milestone, raw[x.i].ClosesPeriod)
                    && !(milestone == Milestone.Identified && EventWording.TellsImpactEnded(x.e.Event.Text)))
                .Select(x => x.i)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var chosen = milestone == Milestone.Resolved ? TheEnd(candidates, events) : candidates[0];
            events[chosen] = events[chosen] with { Event = events[chosen].Event with { Milestone = milestone } };
        }

        return events;
    }

    /// <summary>
    /// The last entry that tells the end, unless it is a message about it ("All-clear notification confirming full
    /// service restoration") sent after an entry that tells the end itself: then that entry. An entry saying the impact
    /// ended ("Customer Impact End") is the end before an "Incident End" that closes the incident later.
    /// </summary>
    private static int TheEnd(List<int> candidates, List<ParsedEvent> events)
    {
        var ends = candidates.Where(i => !EventWording.TellsAMessage(events[i].Event.Text)).ToList();
        if (ends.LastOrDefault(i => EventWording.TellsImpactEnded(events[i].Event.Text), -1) is var impactEnded and >= 0)
        {
            return impactEnded;
        }

        return ends.Count > 0 ? ends[^1] : candidates[^1];
    }

    private sealed record TableShape(int TimeColumn, int TextColumn, int DateColumn = -1)
    {
        /// <summary>A "Notes" column beside the event's ("Start of outage"): read with the event.</summary>
        public int NotesColumn { get; init; } = -1;

        /// <summary>The time column's heading names a time of day, not a date ("Time", "Time (UTC)").</summary>
        public bool ClockColumn { get; init; }

        /// <summary>A row above wrote its time as four digits no year could be ("0730"), so "1930" below is a time too.</summary>
        public bool FourDigitTimes { get; init; }
    }

    private sealed class OpenEvent(int line, Stamp stamp, bool awaitingText)
    {
        public int Line { get; } = line;

        public Stamp Stamp { get; } = stamp;

        public bool AwaitingText { get; set; } = awaitingText;

        /// <summary>
        /// A bare time heading's entry ("### 2018-10-10 17:28"): every paragraph under it, up to the next heading, list,
        /// rule, quote, label or paragraph with a time of its own, tells that moment. A heading with words of its own
        /// ("## Investigating 9:27a") has said what happened, and the paragraphs after its first are commentary or a
        /// status page's footer. An item of a list under a bare time heading takes the paragraph after the list
        /// when it tells an outcome (<see cref="TakesOnlyAnOutcome"/>).
        /// </summary>
        public bool TakesParagraphs { get; init; }

        /// <summary>An item of a list under a bare time heading: of the paragraphs after the list, it takes only those telling how the steps went.</summary>
        public bool TakesOnlyAnOutcome { get; init; }

        /// <summary>A blank line came after the entry's text; the next paragraph is a sentence of its own.</summary>
        public bool ParagraphEnded { get; set; }

        public int Slot { get; set; }
    }

    // "**08.45 UTC** - domain restored": an entry's leading time written with a dot, as British writers do, counts when a
    // zone or AM/PM follows it, so "1.2 release notes" stays text.
    [GeneratedRegex(@"^([01]?\d|2[0-3])\.([0-5]\d)(?=\s{0,2}(?:UTC\b|GMT\b|Z(?![A-Za-z])|(?i:[ap]\.?m)\b|(?:[ECMP][SD]T|BST|CES?T|IST|AES?T|AEDT)\b))")]
    private static partial Regex LeadingDottedTime();

    // "08.33 AC set up replication", "11.07: Started a rolling upgrade", "09.16" alone on its line: in a log that writes
    // its times so, a bare dotted time opens the entry; never one followed by more digits ("1.10.2").
    [GeneratedRegex(@"^([01]?\d|2[0-3])\.([0-5]\d)(?=:?(?:\s|$))(?!:?\s*\d)")]
    private static partial Regex LeadingBareDottedTime();

    // "(next day)" after a time moves the entries on a day; "(prior night)", "(the night before)", "(previous day)"
    // back a day, for a timeline whose first entry came the evening before the day the document is dated.
    [GeneratedRegex(@"^\(\s?(?:(?:the\s)?(?<next>next)\sday|(?:the\s)?(?:prior|previous)\s(?:night|evening|day)|(?:the\s)?(?:night|evening|day)\sbefore|yesterday)\s?\)", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    private sealed class State(TimelineContext context)
    {
        public TimelineContext Context { get; } = context;

        /// <summary>How the timeline writes its times: see <see cref="ClockOf"/>.</summary>
        public LogClock Clock { get; init; }

        /// <summary>
        /// The year a date without one is read near: the year of the entries above once one has written out its year
        /// ("Monday, July 24, 2023 at 22:04" then "Sunday, July 30 at 00:30"), else the incident's, else the date the
        /// entries carry. The incident's date may be the post's, a year or more after the events it tells.
        /// </summary>
        public int? Year => DatedByEntries ? CurrentDate?.Year : Context.Date?.Year ?? CurrentDate?.Year;

        /// <summary>True once an entry or a date line has written out its year: a year-less date is then read near it.</summary>
        public bool DatedByEntries { get; private set; }

        /// <summary>
        /// A year-less date is read near the day above once the timeline has written one, with or without its year: a
        /// timeline runs forward, so "2nd January" under "23rd December" of a story of 2016 is 2 January 2017.
        /// </summary>
        public bool NearAnEntrysDate => DatedByEntries || _dateWritten;

        public List<RawEntry> Events { get; } = [];

        public CodeFence Fence { get; } = new(readsLiquidHighlight: true);

        public OpenEvent? Open { get; set; }

        public TableShape? Table { get; set; }

        public TimeZoneRule? SectionZone { get; set; }

        /// <summary>A time heading with no text of its own ("### 16:27"), whose list items are each an event at that time.</summary>
        public OpenEvent? TimeHeading { get; set; }

        public TimeZoneRule? NamedZone { get; set; }

        public DateOnly? CurrentDate { get; private set; } = context.Date;

        private TimeOnly? _previousTime;

        private DateTimeOffset? _firstMoment;

        // A date the timeline itself wrote (on an entry or as a heading), which a "(prior night)" mark does not move back.
        private bool _dateWritten;

        // A 12-hour clock written without marks has passed noon: its hours below 12 are the afternoon's.
        private bool _afternoon;

        public void SetDate(DateOnly date, bool yearWritten)
        {
            CurrentDate = date;
            _dateWritten = true;
            _previousTime = null;
            _afternoon = false;
            DatedByEntries |= yearWritten;
        }

        /// <summary>The last paragraph entry of an untimed day: when it ends in a colon, the list below it is its details.</summary>
        public OpenEvent? Introducing { get; set; }

        /// <summary>The untimed day is a heading's ("### 2019-09-01"), whose paragraphs are entries; a "Date:" line's are not.</summary>
        public bool UntimedDayHeaded { get; set; }

        /// <summary>True while the list under <see cref="Introducing"/> goes on.</summary>
        public bool IntroducedList { get; set; }

        /// <summary>A start mark on a line of its own above the next entry ("&lt;START OF OUTAGE&gt;"), added to that entry's words.</summary>
        public string? PendingMark { get; set; }

        /// <summary>An end mark on a line of its own below an entry ("&lt;END OF OUTAGE&gt;"), added to that entry's words.</summary>
        public void MarkLast(string mark)
        {
            if (Events.Count > 0)
            {
                _endMarkAbove = (Events.Count - 1, Events[^1].Text, mark);
                Events[^1] = Events[^1] with { Text = Marked(Events[^1].Text, mark) };
            }
        }

        // The entry an end mark was put on, its words before the mark, and the mark, until the next entry is read.
        private (int Slot, string Text, string Mark)? _endMarkAbove;

        /// <summary>
        /// "**END OF OUTAGE**" written right above "10:45 service restored", as a label over the entry it names: when the
        /// entry above tells no recovery and the one below does, the mark goes with the one below.
        /// </summary>
        private string WithEndMarkAbove(string text)
        {
            if (_endMarkAbove is not { } above)
            {
                return text;
            }

            _endMarkAbove = null;
            if (!EventWording.Says(text, Milestone.Resolved) || EventWording.Says(above.Text, Milestone.Resolved))
            {
                return text;
            }

            Events[above.Slot] = Events[above.Slot] with { Text = above.Text };
            return Marked(text, above.Mark);
        }

        private string WithPendingMark(string text)
        {
            text = WithEndMarkAbove(text);
            var mark = PendingMark;
            PendingMark = null;
            return mark is null ? text : Marked(text, mark);
        }

        private static string Marked(string text, string mark) => text.Length == 0 ? $"({mark})" : $"{text} ({mark})";

        public void Add(OpenEvent entry, string text)
        {
            text = WithPendingMark(text);
            var nextDay = NextDay().Match(text);
            if (nextDay.Success)
            {
                text = text[nextDay.Length..].TrimStart(' ', '-', '–', '—', ':');
            }

            if (entry.Stamp.Zone is { } named)
            {
                NamedZone ??= named;
            }

            entry.Slot = Events.Count;
            var time = TimeOf(entry.Stamp, nextDay.Success ? (nextDay.Groups["next"].Success ? 1 : -1) : 0);
            if (time is null && entry.Stamp.SinceStart is { } since)
            {
                // "T+58m: restore completed" in a document that states no clock time to count from: the entry keeps its
                // offset in its words and the incident's day ("T-2d" two days before it), rather than lose when it happened.
                Events.Add(new RawEntry(entry.Line, null, $"{Offset(since)}: {text}", CurrentDate is { } day ? Shifted(day, (int)since.TotalDays) : null, SinceStart: since));
            }
            else
            {
                Events.Add(new RawEntry(entry.Line, time, text, DateWritten: entry.Stamp.Date is not null));
            }

            Open = entry;
        }

        // A day that far from the calendar's ends has no day the offset lands on; the entry keeps its words only.
        private static DateOnly? Shifted(DateOnly day, int days) =>
            (long)day.DayNumber + days is var number && number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;

        /// <summary>"T+58m", "T+1h10m", "T-30m", "T+0": an offset from the start as such timelines write it.</summary>
        private static string Offset(TimeSpan since)
        {
            var length = since.Duration();
            var parts = (length.Days > 0 ? $"{length.Days}d" : "") + (length.Hours > 0 ? $"{length.Hours}h" : "") + (length.Minutes > 0 ? $"{length.Minutes}m" : "");
            return "T" + (since < TimeSpan.Zero ? "-" : "+") + (parts.Length == 0 ? "0" : parts);
        }

        /// <summary>The day of the date line above while no entry under it has had a time; its bullets are entries of that day.</summary>
        public DateOnly? UntimedDay { get; set; }

        public void AddDay(OpenEvent entry, DateOnly day, string text)
        {
            text = WithPendingMark(text);
            entry.Slot = Events.Count;
            entry.AwaitingText = text.Length == 0;
            Events.Add(new RawEntry(entry.Line, null, text, day));
            Open = entry;
        }

        /// <summary>Closes the entry's text before another paragraph under its heading, so the two do not run into one sentence.</summary>
        public void EndParagraph(OpenEvent entry)
        {
            var current = Events[entry.Slot];
            var text = current.Text.TrimEnd();
            if (text.Length > 0 && !".!?:;…".Contains(text[^1]))
            {
                Events[entry.Slot] = current with { Text = text + "." };
            }

            entry.ParagraphEnded = false;
        }

        public void Append(OpenEvent entry, string text)
        {
            var current = Events[entry.Slot];
            var joined = current.Text.Length == 0 ? text : current.Text + " " + text;
            Events[entry.Slot] = current with { Text = joined.Length > MaxEventText ? joined[..MaxEventText] : joined };
            entry.AwaitingText = false;
        }

        /// <param name="dayShift">+1 for an entry marked "(next day)", -1 for one marked "(prior night)", else 0.</param>
        private DateTimeOffset? TimeOf(Stamp stamp, int dayShift)
        {
            if (stamp.SinceStart is { } since)
            {
                // "T+1h10m" counts from the start the document states (the timeline's first clock time when none is stated);
                // "| July 2 2025, 11:00 AM UTC | Snapshot |" then "| +10 minutes | Upgrade run |" from that first time.
                var anchor = stamp.SinceFirstEntry ? _firstMoment ?? Context.Start : Context.Start ?? _firstMoment;
                return anchor is { } start && start.UtcDateTime.Year < 9000 ? (start + since).ToUniversalTime() : null;
            }

            var rolledOver = false;
            if (stamp.Date is { } explicitDate && !IsDateSlip(explicitDate, stamp.Time))
            {
                SetDate(explicitDate, stamp.DateHasYear);
            }
            else if (stamp.Time is { } bare && Clock.HasFlag(LogClock.TwelveHourUnmarked) && bare.Hour < 12 && _previousTime is { } before
                && (_afternoon || (before.Hour is >= 10 and <= 12 && bare.Hour is >= 1 and <= 8)))
            {
                // "12:16" then "1:52" on a 12-hour clock without marks: the afternoon, until the clock goes back again.
                var afternoon = bare.AddHours(12);
                if (afternoon.ToTimeSpan() >= before.ToTimeSpan() - RolloverThreshold)
                {
                    stamp = stamp with { Time = afternoon };
                    _afternoon = true;
                }
                else if (CurrentDate is { } night)
                {
                    CurrentDate = DayAfter(night);
                    rolledOver = true;
                    _afternoon = false;
                }
            }
            else if (stamp.Time is { } unsaid && stamp.HalfDayUnsaid && Clock.HasFlag(LogClock.TwelveHourPartlyMarked) && _previousTime is { } earlier
                && CurrentDate is { } today)
            {
                // "11:30 pm", then "11:45", "12:15", "1:00": a time that does not say its half of the day is the first
                // reading of it at or after the entry above, in the morning, the evening, or the next morning.
                var morning = new TimeOnly(unsaid.Hour % 12, unsaid.Minute, unsaid.Second);
                var notBefore = earlier.ToTimeSpan() - RolloverThreshold;
                if (morning.ToTimeSpan() < notBefore)
                {
                    var evening = morning.AddHours(12);
                    if (evening.ToTimeSpan() >= notBefore)
                    {
                        stamp = stamp with { Time = evening };
                    }
                    else
                    {
                        stamp = stamp with { Time = morning };
                        CurrentDate = DayAfter(today);
                        rolledOver = true;
                    }
                }
                else
                {
                    stamp = stamp with { Time = morning };
                }
            }
            else if (stamp.Time is { } time && _previousTime is { } previous && CurrentDate is { } carried && time.ToTimeSpan() < previous.ToTimeSpan() - RolloverThreshold)
            {
                CurrentDate = DayAfter(carried);
                rolledOver = true;
            }

            // "(next day)" on the entry that already crossed midnight moves it once; "(prior night)" moves back only the
            // document's own day, not a date the entry or a heading above it wrote.
            var shifts = dayShift > 0 ? !rolledOver && stamp.Date is null : dayShift < 0 && stamp.Date is null && !_dateWritten;
            if (shifts && CurrentDate is { } day)
            {
                CurrentDate = Shifted(day, dayShift);
            }

            if (stamp.Time is not { } clock || CurrentDate is not { } date)
            {
                return null;
            }

            _previousTime = clock;
            var moment = stamp.ToUtc(date, SectionZone ?? Context.Zone);
            _firstMoment ??= moment;
            return moment;
        }

        /// <summary>
        /// "### 2021-06-28 14:09" then "### 2021-06-11 14:15": a written date weeks before the entry above it while the
        /// clock goes on is a slip of the pen (a heading copied from another report), not a jump back in time; so is the
        /// current day written a year off ("2015-03-18 12:00", then "2016-03-18 13:00", then "2015-03-18 14:00"), a typo.
        /// Only after an entry that told something: a line that is only a stamp ("2025-11-20T10:52:26Z", when a page was
        /// published) above updates that write their own dates is no entry those dates could slip from.
        /// </summary>
        private bool IsDateSlip(DateOnly written, TimeOnly? time) =>
            CurrentDate is { } current && time is { } clock && _previousTime is { } previous && clock >= previous && Events is [.., { Text.Length: > 0 }]
            && (written.DayNumber < current.DayNumber - 1 || (Math.Abs(written.Year - current.Year) == 1 && written.Month == current.Month && written.Day == current.Day));

        // A document dated on the calendar's last day has no day after it; its later times stay untimed instead of throwing.
        private static DateOnly? DayAfter(DateOnly date) => Shifted(date, 1);
    }
}
