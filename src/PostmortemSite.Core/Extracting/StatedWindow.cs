using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// The span of the outage as a summary states it in a sentence: "Between 14:02 and 15:47 UTC, checkout requests
/// failed", "From November 11, 4:02 PM UTC to November 14, 3:02 PM UTC ingestion was degraded", or only its start:
/// "The outage began at 09:12 UTC". The sentence must be about the outage (errors, downtime, degraded, ...), so
/// "between 9:00 and 17:00 the team is on call" is not taken. <see cref="To"/> is null when only the start is said.
/// </summary>
internal sealed partial record StatedWindow(Stamp From, Stamp? To, DateOnly? SentenceDate, string Phrase)
{
    private const int MaxSentence = 600;

    /// <summary>The first time with the sentence's date when the time itself carries none ("On 2 May ... at 09:12").</summary>
    public Stamp DatedFrom => From with { Date = From.Date ?? SentenceDate };

    [GeneratedRegex(@"[^.!?]+(?:[.!?](?![ ]+[\p{Lu}])[^.!?]*)*")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:outage|down|downtime|(?:was|were|is|are|been|went) offline|unavailable|unreachable|inaccessible|degraded|degradation|disruption|disrupted|errors?|failed|failing|failures?|elevated|impact(?:ed)?|affected|unable|not able|unusable|slow|incident|latency|delays?|delayed|stopped (?:working|responding|serving)|(?:experienc(?:ed|ing)|had|having) (?:\w+ )?(?:trouble|problems|issues|difficult(?:y|ies))|(?:could(?:n['’]t| not)|can(?:not|['’]t)) (?:access|connect to|load|log ?in|sign ?in)|(?<!\bwe\s+)(?:prevent(?:ed|ing)|kept|keeping|blocked|stopped) (?:(?:most|many|some|all|any|half) (?:of )?)?(?:our |the |its |their )?(?!(?:abusive|malicious|unauthori[sz]ed|spam\w*|rogue|hostile|bad|fraudulent|scrap\w*|bots?|crawl\w*|attack\w*|free-tier)\b)(?:[\w-]+ )?(?:users|customers|clients|members|people|us|everyone|anyone|visitors|developers|merchants|teams?)\b from (?:using|accessing|reaching|sending|logging|signing|loading|connecting))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutageWord();

    /// <param name="inImpact">
    /// The lines tell the impact (an Impact label or section), so each is about the outage without saying so in words
    /// this reader knows ("单控制面集群 API 中断约 3 分钟（02:07-02:10）").
    /// </param>
    public static StatedWindow? Find(IEnumerable<string> lines, int? knownYear, bool inImpact = false)
    {
        // In the impact's own words only a span in brackets after its length is read ("中断约 3 分钟（02:07-02:10）"), and
        // not in a line saying there was none ("Impact: none", "影响：无").
        return Sentences(lines).Select(text => (Text: text, SaysOutage: OutageWord().IsMatch(text)))
            .Where(s => (s.SaysOutage || (inImpact && !NoImpact().IsMatch(s.Text))) && !BoundsData(s.Text) && !Recurrence().IsMatch(s.Text))
            .Select(s => FindIn(s.Text, knownYear, bracketedOnly: !s.SaysOutage)).FirstOrDefault(window => window is not null);
    }

    // "However, the same incident happened on the 1st of February, ... between 19:22 and 20:14": the window of a
    // repeat told after the first occurrence is not the incident's; the first occurrence's moments are.
    // The word "recurrence" alone is no repeat: "a recurrence of the February exhaustion" names an earlier incident,
    // "to prevent recurrence" a hope.
    [GeneratedRegex(@"\b(?:(?:the )?same (?:incident|issue|problem|outage|crash|failure|thing) (?:happened|occurred|struck|hit|returned|recurred)|(?:happened|occurred|struck|hit us) again|(?:incident|issue|problem|outage|crash|failure|it) recurred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recurrence();

    // "the data created on the service between 17:20 and 00:00", "orders placed from 14:02 to 14:40": a window of what was written, lost
    // or kept, not of the outage. Not "orders placed from the mobile app failed between 14:02 and 14:40", where "from"
    // names the source and the window is the failure's.
    [GeneratedRegex(@"\b(?:data|records|rows|writes|changes|comments|issues|projects|uploads|messages|orders|transactions|events|files|posts|payments)\b[^.;]{0,40}?\b(?:created|written|made|added|submitted|uploaded|sent|received|placed|entered|stored)\b(?:(?!\b(?:failed|fail(?:s|ing)?|dropped|rejected|errored|refused|timed out|bounced)\b)[^.;]){0,30}?\b(?:between|from)\s+(?:about\s+|around\s+|approximately\s+|~)?(?:\d|(?:" + DateTimeText.MonthPattern + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DataWindow();

    /// <summary>Whether the sentence's times bound the data written, lost or kept ("unable to recover the data created between 17:20 and 00:00"), not the outage.</summary>
    public static bool BoundsData(string sentence) => DataWindow().IsMatch(sentence);

    /// <summary>Each sentence of the lines, cut at <see cref="MaxSentence"/> characters.</summary>
    private static IEnumerable<string> Sentences(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match sentence in Sentence().Matches(line))
            {
                yield return sentence.Value.Length > MaxSentence ? sentence.Value[..MaxSentence] : sentence.Value;
            }
        }
    }

    // "was fully restored at", "the outage was over by", "service was back to normal around", "full service resumed at",
    // "with full service recovery at" (not "we expect full recovery by", a forecast).
    [GeneratedRegex(@"\b(?:(?:was|were|is|been|got)\s+(?:fully\s+|finally\s+|completely\s+)?(?:resolved|restored|recovered|fixed|over|back\s+(?:online|up|to\s+normal))|(?:outage|incident|disruption|downtime|impact|degradation)\s+(?:ended|ends)|(?:service|services|operations?)\s+(?:resumed|returned\s+to\s+normal)|(?<!\b(?:expect(?:s|ing)?|estimat(?:e|es|ing)|anticipat(?:e|es|ing)|ETA|target\w*|project(?:s|ing)?|should|will|hope|aim\w*|towards?|working to)\s+(?:[\w-]+\s+){0,3})(?:full|complete)\s+(?:service\s+)?(?:recovery|restoration)(?:\s+of\s+(?:the\s+)?services?|\s+was\s+(?:achieved|reached|completed?))?)\s+(?:at|by|around|about|approximately|shortly\s+after)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EndSaid();

    /// <summary>
    /// The end a summary states in a sentence: "Service was fully restored at 15:47 UTC", "the outage was over by
    /// 23:01". Only a time right after the words that say the trouble ended counts; null when no sentence says so.
    /// </summary>
    public static StatedWindow? FindEnd(IEnumerable<string> lines, int? knownYear)
    {
        foreach (var text in Sentences(lines))
        {
            var ended = EndSaid().Match(text);
            if (!ended.Success)
            {
                continue;
            }

            var stamps = DateTimeText.ScanStamps(text, knownYear, text.Length);
            if (TimeRightAfter(stamps, ended, 20) is { } end)
            {
                return new StatedWindow(end, null, FirstDate(stamps), text.Trim());
            }
        }

        return null;
    }

    // "from", "between", "from approximately", written just before the first time (a date may sit between); or a
    // period named before it ("over two time periods: 09:05 - 09:30 and 09:44 - 09:48 UTC", "in the window 14:02-14:40").
    [GeneratedRegex(@"\b(?:from|between|(?:periods?|windows?|intervals?|time ?frames?)\s*:?)\s+(?:(?:approximately|about|around|roughly)\s+|~\s?)?(?:[^\s,]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+)?(?:\d{4},?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanOpening();

    // "at 10:47 AM PDT until 11:20 AM PDT": a moment and the "until" right after it bound the trouble as "from ... to" does;
    // "at 10:00 and 11:00" are two moments, so only "until" joins them.
    // The time may carry its day ("On March 28, 2024 at 10:47 AM PDT" is one stamp), so the "at" is looked for with it.
    [GeneratedRegex(@"\bat\s+(?:(?:approximately|about|around|roughly)\s+|~\s?)?[^\s,]+(?:\s+[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}|\s*\(?[A-Z]{2,5}\)?)?\s*$")]
    private static partial Regex AtOpening();

    [GeneratedRegex(@"^\s*,?\s*(?:until|till)\s+(?:(?:approximately|about|around|roughly)\s+|~\s?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilJoin();

    // "until", "to", "and" between the two times, after the first one's day ("from 21:33 UTC on 25 June 2025 until",
    // "From 3:37pm UTC Wednesday, January 25, 2023 to"), or a dash, spaced or not ("between 07:20-09:30 UTC").
    [GeneratedRegex(@"^\s*,?\s*(?:on\s+[\w ,]{3,30}?\s+|(?-i:(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+))(?:,?\s+\d{4})?,?\s+)?(?:(?:to|and|until|till|through)\s+|(?:[-–—]{1,2}>?|→)\s*)(?:the\s+)?(?:(?:approximately|about|around|roughly)\s+|~\s?)?(?:[^\s,]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:at\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanJoin();

    // "The outage began at", "impact started around", "errors began at approximately"; "was offline for 13 minutes
    // starting at", "down for two hours beginning around"; a sentence that opens with it, after its day at most ("On
    // February 15, 2026, starting at 10:19 PM UTC, we experienced an incident", "Starting at 11pm, the API started
    // returning errors").
    [GeneratedRegex(@"\b(?:(?:outage|incident|impact|errors?|degradation|disruption|downtime|failures?)\s+(?:first\s+)?(?:began|started|begins|starts|commenced)\s+(?:at|around|about|approximately|on|shortly after)?|(?:offline|down|unavailable|unreachable|degraded)\s+for\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|over\s+|more than\s+|almost\s+|nearly\s+|~\s?)?(?:an?\s+|[\w.-]+\s+)(?:minutes?|mins?|hours?|hrs?)(?:\s+and\s+[\w.-]+\s+(?:minutes?|mins?))?,?\s+(?:(?:starting|beginning)\s+(?:at|from|around|about|approximately)|from)|(?:^\W*|^\W*(?-i:On\s+)[^.;]{3,30}?,\s*)(?:starting|beginning)\s+(?:at|around|about|approximately)(?=[^.;]{0,80}\b(?:offline|down|unavailable|unreachable|degraded|(?:experienced|suffered|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:outage|incident|disruption|degradation)|started\s+(?:responding|returning|failing|throwing)|(?:was|were)\s+unable\s+to|elevated|increased\s+(?:latency|errors?|error\s+rates?))\b))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StartSaid();

    // "At roughly 17:00 UTC Hachyderm started to experience elevated errors", "at 09:12 UTC the API went down", "at
    // roughly 18:52 UTC we experienced a 7 minute cascading failure": the time first, then the words that say trouble began.
    // Not a moment when someone learnt of it ("At 14:30 UTC we received reports that customers experienced a disruption"):
    // the learning verb or "that" after one stops it ("we detected that the API had stopped responding"), while a subject
    // with its own clause ("the service that handles logins went down") does not.
    [GeneratedRegex(@"\G(?:(?!\b(?:after|since|before|until|later|then|when|where|which|who|had|reports?|reported|received|noticed|observed|confirmed|learn(?:ed|t)|found|saw|told|paged|alerted|informed|notified|detected|discovered|reali[sz]ed|determined|identified|showed|shown|indicated|spotted|(?:alerts?|pages?|emails?|tickets?)\s+(?:that|which|saying|said|fired|came|went off))\b|(?<!\b(?:the|a|an|our|their|its)\s+(?:[\w-]+\s+){0,2})\bthat\b)[^.;:]){0,90}?\b(?:(?:started|began)\s+to\s+(?:experience|see|return|fail|error|throw|show|time\s+out)|(?:experienced|suffered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:outage|failure|downtime|disruption|degradation|interruption)|went\s+(?:down|offline|dark)|became\s+(?:unavailable|unreachable|unresponsive|inaccessible|unusable)|stopped\s+(?:responding|working|serving))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleAfterTime();

    // "during the maintenance window 02:00 - 06:00 UTC", "the on-call period 09:00 - 17:00": a window planned or kept,
    // which the outage may fall inside, is not the outage's.
    [GeneratedRegex(@"\b(?:maintenance|change|deploy(?:ment)?|release|on-?call|sla|freeze)\s+(?:windows?|periods?)\s*:?\s+\S*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedSpan();

    // The window's own span, from one time to another ("02:00 - 06:00", "between 02:00 and 04:00"): "during the maintenance window at 02:00 UTC the site went down"
    // gives a moment of the outage.
    [GeneratedRegex(@"\b(?:maintenance|change|deploy(?:ment)?|release|on-?call|sla|freeze)\s+(?:windows?|periods?)\s*:?\s+(?:(?:\S+\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:[-–—]|to\b|until\b|till\b|through\b)\s*\d{1,2}(?:[:.]\d{2})?|(?:from\s+)?between\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?and\s+\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\.?))", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedSpanWithTimes();

    /// <summary>Whether the sentence gives the times of a planned or kept window ("the maintenance window 02:00 - 06:00 UTC"), not moments of the outage.</summary>
    public static bool BoundsPlannedWindow(string sentence) => PlannedSpanWithTimes().IsMatch(sentence);

    // "offline for 30 minutes starting at 02:00 for planned maintenance": a window planned is no outage.
    [GeneratedRegex(@"\b(?:planned|scheduled|maintenance window|announced|expected downtime)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(?:no|none|nil|n/a)\b|无|無|没有|沒有|なし|없음|없다", RegexOptions.IgnoreCase)]
    private static partial Regex NoImpact();

    /// <param name="bracketedOnly">Only a span in brackets after a length counts (the sentence has no outage word).</param>
    private static StatedWindow? FindIn(string sentence, int? knownYear, bool bracketedOnly = false)
    {
        var stamps = DateTimeText.ScanStamps(sentence, knownYear, sentence.Length);
        var timed = stamps.Where(s => s.Stamp.Time is not null).ToList();
        var sentenceDate = FirstDate(stamps);
        for (var i = 0; i + 1 < timed.Count; i++)
        {
            var (fromAt, from) = timed[i];
            var (toAt, to) = timed[i + 1];
            var before = sentence[..fromAt];
            var between = sentence[(fromAt + from.Length)..toAt];
            if ((!bracketedOnly && ((SpanOpening().IsMatch(before) && !PlannedSpan().IsMatch(before) && SpanJoin().IsMatch(between))
                    || (AtOpening().IsMatch(before + sentence.Substring(fromAt, from.Length)) && UntilJoin().IsMatch(between))))
                || (Bracketed(sentence, fromAt, toAt + to.Length) && Dash().IsMatch(between) && !PlannedOrKept().IsMatch(sentence)))
            {
                // Each time takes the day written right after it; the end only when the start had one too, so
                // "from 23:10 to 01:20 UTC March 6" keeps its day for the start and lets the end run past midnight.
                var dayedFrom = WithDayAfter(from, fromAt, stamps, toAt);
                // "from 19:02-19:07 UTC and from 19:20-20:04 UTC": windows told one after the other in the sentence are
                // one outage, from the first start to the last end.
                for (var k = i + 2; k + 1 < timed.Count && AnotherWindow(sentence, timed[k - 1], timed[k], timed[k + 1]); k += 2)
                {
                    (toAt, to) = timed[k + 1];
                }

                var dayedTo = dayedFrom.Date is not null ? WithDayAfter(to, toAt, stamps, sentence.Length) : to;
                return new StatedWindow(dayedFrom, dayedTo, sentenceDate, sentence.Trim());
            }
        }

        var began = StartSaid().Match(sentence);
        if (began.Success && !Planned().IsMatch(sentence) && TimeRightAfter(stamps, began, 40) is { } start)
        {
            return new StatedWindow(start, null, sentenceDate, sentence.Trim());
        }

        return timed.Count > 0 && TroubleAfterTime().IsMatch(sentence, timed[0].Index + timed[0].Stamp.Length)
            ? new StatedWindow(timed[0].Stamp, null, sentenceDate, sentence.Trim())
            : null;
    }

    /// <summary>
    /// "down for about 3 minutes (02:07-02:10)", "errors for 38 minutes (14:02 – 14:40 UTC)": two times alone in
    /// brackets right after a length, the bracket closing after the second (and its zone), are the span of that length.
    /// The end time read with its zone may hold the closing bracket already ("02:10 UTC)" is read as "(UTC)" is).
    /// </summary>
    private static bool Bracketed(string sentence, int fromAt, int toEnd) =>
        LengthThenBracket().IsMatch(sentence[..fromAt]) && (BracketCloses().IsMatch(sentence[toEnd..]) || sentence[toEnd - 1] is ')' or '）' or ']');

    // "during the maintenance (02:00-06:00)", "the backups (02:00-03:00) we run nightly", "latency peaked (14:10-14:20)",
    // "like last week's outage (09:00-09:40)": times in brackets that bound something planned, kept or other than this
    // outage.
    [GeneratedRegex(@"\b(?:planned|scheduled|maintenance|announced|business hours|office hours|opening hours|backups?|snapshots?|nightly|windows?|migrations?|releases?|deploy\w*|peak\w*|last|previous|earlier|again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedOrKept();

    // The bracket opens right after the length it spans: "for about 3 minutes (", "约 3 分钟（", "for three minutes (".
    [GeneratedRegex(@"(?:\d+|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty)\b)\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|分钟|分鐘|小时|小時|分|時間|시간|분)\s*[(（\[]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthThenBracket();

    [GeneratedRegex(@"^\s*(?:[A-Z]{2,5}|[A-Z]{3}[+-]\d{1,2}(?::?\d{2})?)?\s*[)）\]]")]
    private static partial Regex BracketCloses();

    /// <summary>Whether a window told right after the last end ("... and then again between 19:20 - 20:04") goes on from it.</summary>
    private static bool AnotherWindow(string sentence, (int Index, Stamp Stamp) lastEnd, (int Index, Stamp Stamp) from, (int Index, Stamp Stamp) to)
    {
        var gap = sentence[(lastEnd.Index + lastEnd.Stamp.Length)..from.Index];
        var join = sentence[(from.Index + from.Stamp.Length)..to.Index];
        return gap.Length <= MaxGapBetweenWindows && WindowsJoined().IsMatch(gap)
            && ((SpanOpening().IsMatch(sentence[..from.Index]) && SpanJoin().IsMatch(join)) || Dash().IsMatch(join));
    }

    // "09:05 - 09:30 and 09:44 - 09:48", "00:05 → 00:55": a dash or an arrow between two times makes them a window without
    // "from" before them.
    [GeneratedRegex(@"^\s*(?:[-–—]{1,2}>?|→)\s*$")]
    private static partial Regex Dash();

    // " UTC, and then again between ": what may stand between one window's end and the next one's start.
    private const int MaxGapBetweenWindows = 40;

    [GeneratedRegex(@"^[^.;:]*\b(?:and|then)\b[^.;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsJoined();

    /// <summary>A time written without a day takes the day written right after it ("3:44pm UTC Thursday, January 26").</summary>
    private static Stamp WithDayAfter(Stamp time, int at, List<(int Index, Stamp Stamp)> stamps, int before)
    {
        var end = at + time.Length;
        return time.Date is null && stamps.FirstOrDefault(s => s.Index >= end && s.Index < before && s.Index - end <= MaxGapBeforeDay && s.Stamp is { Time: null, Date: not null }).Stamp is { } day
            ? time with { Date = day.Date, DateHasYear = day.DateHasYear }
            : time;
    }

    // " UTC on Thursday, ": what may stand between a time and the day it is on.
    private const int MaxGapBeforeDay = 16;

    /// <summary>The first time written at most <paramref name="maxGap"/> characters after the words that say what it marks.</summary>
    private static Stamp? TimeRightAfter(IEnumerable<(int Index, Stamp Stamp)> stamps, Match words, int maxGap)
    {
        var after = words.Index + words.Length;
        return stamps.FirstOrDefault(t => t.Stamp.Time is not null && t.Index >= after && t.Index - after <= maxGap).Stamp;
    }

    private static DateOnly? FirstDate(IEnumerable<(int Index, Stamp Stamp)> stamps) => stamps.Select(t => t.Stamp.Date).FirstOrDefault(d => d is not null);

    // The longest span of days read as one incident: longer is history ("we have run it since March").
    private const int MaxDaysSpanned = 60;

    /// <summary>
    /// The days the incident spanned, told without a time of day: "The outage lasted from March 3 to March 5, 2023", or
    /// in an Impact section "Customers all shared a single database during the Oct 17th - Nov 20th period". Null when
    /// no sentence says so, or the days are more than <see cref="MaxDaysSpanned"/> apart. Only these two shapes: two days
    /// joined in any other sentence are as often a maintenance window, a retention range, a sprint or a migration.
    /// </summary>
    /// <param name="inImpact">The lines are an Impact section's, where "during the ... period" tells the impact's days.</param>
    public static DaySpan? FindDays(IEnumerable<string> lines, int? knownYear, bool inImpact)
    {
        foreach (var sentence in Sentences(lines).Where(s => !BoundsData(s) && !Recurrence().IsMatch(s) && !OtherSpan().IsMatch(s)))
        {
            // "from March 3 to March 5, 2023": the year written once serves both days.
            var year = knownYear ?? DateTimeText.FindDate(sentence)?.Date.Year;
            var days = DateTimeText.ScanStamps(sentence, year).Where(s => s.Stamp is { Date: not null, Time: null }).ToList();
            for (var i = 0; i + 1 < days.Count; i++)
            {
                var (fromAt, from) = days[i];
                var (toAt, to) = days[i + 1];
                var joinedAt = fromAt + from.Length;
                var opens = inImpact
                    ? ImpactPeriodOpens().IsMatch(sentence[..fromAt]) && PeriodCloses().IsMatch(sentence[(toAt + to.Length)..])
                    : OutageLastedOpens().IsMatch(sentence[..fromAt]);
                if (!opens || joinedAt > toAt || !SpanJoins().IsMatch(sentence[joinedAt..toAt]))
                {
                    continue;
                }

                // "from December 20 to January 5, 2024": the first day without its year lies in the year before the last.
                var first = from.DateHasYear || !to.DateHasYear ? from.Date!.Value : from.Date!.Value.AddYears(to.Date!.Value.Year - from.Date!.Value.Year);
                var last = to.Date!.Value;
                first = first > last && !from.DateHasYear ? first.AddYears(-1) : first;
                if (last > first && last.DayNumber - first.DayNumber <= MaxDaysSpanned)
                {
                    return new DaySpan(first, last, from.DateHasYear || to.DateHasYear, sentence[fromAt..(toAt + to.Length)]);
                }
            }
        }

        return null;
    }

    // "The outage lasted from", "the incident ran from", "the disruption continued between".
    [GeneratedRegex(@"\b(?:outage|incident|impact|disruption|downtime|degradation)s?\s+(?:lasted|ran|went on|continued|persisted)(?:\s+(?:from|between))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OutageLastedOpens();

    [GeneratedRegex(@"\bduring\s+the\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactPeriodOpens();

    [GeneratedRegex(@"^\s*(?:period|window|timeframe|time ?frame)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodCloses();

    // Spans of something planned, kept or worked on: "maintenance", "retained", "sprint", "policy in effect".
    [GeneratedRegex(@"\b(?:planned|scheduled|maintenance|will|retain\w*|retention|sprint|policy|migrat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSpan();

    [GeneratedRegex(@"^\s*(?:-|–|—|->|→|to|until|till|through|thru|and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanJoins();
}

/// <summary>The first and last day of an incident told in days ("from March 3 to March 5"), and whether a year was written.</summary>
internal sealed record DaySpan(DateOnly First, DateOnly Last, bool YearWritten, string Phrase)
{
    public TimeSpan Length => TimeSpan.FromDays(Last.DayNumber - First.DayNumber);
}
