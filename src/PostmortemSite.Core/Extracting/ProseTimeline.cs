using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// The timeline of a narrative postmortem, one with no timeline section: "At 4:11 AM UTC on November 24th, ...",
/// "From November 11, 4:02 PM UTC to November 14, 3:02 PM UTC ...", "... around 11:00 GMT and ... by 17:00 GMT".
/// Each moment the prose names is one event, with its sentence as the text. A clock time counts only when written
/// as one (a zone, AM/PM, a date with it, or a word such as "at" or "by" before it), so "version 2:30" or a ratio
/// does not. A time takes the date written in its sentence, else the last date the text used, else the incident's;
/// a zone missing from "from 15:30 to 18:10 UTC" is taken from the time next to it.
/// </summary>
internal static partial class ProseTimeline
{
    private const int MaxEventText = 300;

    // The untimed sentences after a moment's sentence that are read for how an attempt it tells of turned out.
    private const int OutcomeSentences = 3;

    // Real sentences are shorter; a run-on "sentence" of a whole file is read no further than this.
    private const int MaxSentence = 1_000;
    private const int MaxEvents = 500;

    // A line longer than this is more than a stamp.
    private const int MaxStampLine = 60;

    // A narrative without times is a timeline of days only when it dates at least this many different days.
    private const int MinDays = 2;

    // Dated sentences that make a narrative's days a sequence of events.
    private const int MinDatedSentences = 2;

    // A sentence ends at ".", "!" or "?" followed by a space and a capital, digit or markup, so "a.m." and "v1.2" stay
    // inside; not at the dot of a month's, "approx."'s or the Scandinavian "kl." (o'clock) short form before a number
    // ("on Apr. 28 around 20:00 UTC", "kl. 08:10").
    [GeneratedRegex(@"[^.!?]*(?:(?:[.!?](?![ ]+[\p{Lu}\d*_\[(])|\.(?<=\b(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|approx|ca|kl)\.)(?=[ ]+\d))[^.!?]*)*(?:[.!?]+|$)")]
    private static partial Regex Sentences();

    // The evening a small hour after it goes on from, and the small hours.
    private const int LateEvening = 18;
    private const int EarlyMorning = 8;

    // "On Thursday", "Saturday morning": the day of the week the story has reached (not "every Friday", "on Fridays"
    // or "not due till Friday").
    [GeneratedRegex(@"\b(?:on\s+(?<day>" + DateTimeText.WeekdayStem + @")day\b(?!s)|(?<!\b(?:every|each|most|some) )(?<day>" + DateTimeText.WeekdayStem + @")day (?:morning|afternoon|evening|night)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedWeekday();

    // "On Thursday, ...", "Late on Saturday night ...", "It all started on Monday evening": the weekday in the first words.
    [GeneratedRegex(@"^\W{0,4}(?:\w+[,\s]+){0,4}?(?:on\s+)?(?:" + DateTimeText.WeekdayStem + @")day\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithWeekday();

    // "pushed at 07:15 UTC that morning": a small hour of the day already told, not the night after it ("in the
    // morning" and "overnight" are the night after).
    [GeneratedRegex(@"^[^.;]{0,25}?\b(?:(?:that|this|the same) morning|earlier (?:that|the same) day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatMorning();

    // "between 21:27 UTC and 07:27 UTC" runs over midnight; "10:05 UTC - 09:40 UTC deploy" is two moments, not a span of
    // nearly a day.
    private static readonly TimeSpan LongestRangeOverMidnight = TimeSpan.FromHours(16);

    [GeneratedRegex(@"^.{0,60}?\b(?:the )?(?:following|next) (?:morning|day|night|evening|afternoon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    /// <param name="lines">The document's prose lines in order; a blank line ends a paragraph.</param>
    /// <param name="headings">The text of the heading lines left blank in <paramref name="lines"/> ("Postmortem"), at their index.</param>
    public static TimelineResult Parse(IReadOnlyList<string> lines, TimelineContext context, IReadOnlyList<string>? headings = null)
    {
        var found = new List<RawEntry>();
        var seen = new HashSet<DateTimeOffset>();
        var carriedDate = context.Date;
        TimeZoneRule? namedZone = null;
        var twelveHourClock = false;
        var lastWords = "";
        (DateOnly Day, TimeOnly Time)? lastAfternoon = null;
        (DateOnly Day, TimeOnly Time)? lastLocal = null;
        var told = (From: 0, Text: "", Outcomes: 0, Before: "");
        int? wordless = null;
        var stampsAboveWords = false;
        var untimedSaid = new List<string>();
        foreach (var (paragraph, lineAt, nextListItem) in Paragraphs(lines))
        {
            TimeZoneRule? paragraphZone = null;
            var saidInParagraph = 0;
            if (!nextListItem || !OpensAsOutcome().IsMatch(paragraph))
            {
                // "- At 10:15 we attempted a restart." / "- It failed.": an outcome is read on into the next item of the
                // same list when that item opens as one; not into the next paragraph, nor into an item telling another thing.
                told = (found.Count, "", 0, "");
            }

            var sentenceBefore = "";
            foreach (var sentence in Sentences().Matches(paragraph).Cast<Match>())
            {
                var written = sentence.Length > MaxSentence ? sentence.Value[..MaxSentence] : sentence.Value;
                var words = DottedTime().Replace(written, ":");
                var before = sentenceBefore;
                sentenceBefore = words;
                var stamps = DateTimeText.ScanStamps(words, carriedDate?.Year ?? context.Date?.Year, words.Length);
                var times = TimesJoinedToOne(words, WithoutLengths(words, stamps).Where(s => s.Stamp.Time is not null && !Forecast().IsMatch(words.AsSpan(0, s.Index)) && !Promised().IsMatch(words.AsSpan(0, s.Index))
                    && !Routine().IsMatch(words.AsSpan(0, s.Index)) && !RevisedOn().IsMatch(words.AsSpan(0, s.Index)) && !StatedWindow.BoundsData(words) && !StatedWindow.BoundsPlannedWindow(words)).ToList());
                if (times.Count == 0 && told.Outcomes < OutcomeSentences && told.Text.Length > 0)
                {
                    // An untimed sentence after a moment's: how what it tells of turned out. Right after it, an outcome
                    // such as "This did not resolve the issue" answers the remedy the moment names, or, when the moment
                    // only refers back to it ("We decided to remove the images. This was done at 02:09."), the remedy
                    // in the sentence before.
                    // Not when the remedy is said to have worked ("which restored service. It did not fix the leak"
                    // is another matter), nor when it says the remedy worked later ("did not resolve the backlog
                    // immediately, but it drained").
                    var attempt = told.Before + " " + told.Text;
                    if (told.Outcomes == 0 && found.Count > told.From && EndedByIt().IsMatch(words))
                    {
                        // "the device was promptly taken offline at 17:15 UTC. This quickly mitigated the impact": the
                        // outcome right after a moment tells what that moment did, so it is read with the moment.
                        found[^1] = found[^1] with { Text = Clean(found[^1].Text + " " + words) };
                    }

                    var answered = told.Outcomes == 0 && !CameLater().IsMatch(words) && EventWording.AnswersUnsettledRemedy(words, attempt);
                    told = (told.From, told.Text + " " + words, told.Outcomes + 1, told.Before);
                    if ((answered || EventWording.IsFailedAttempt(told.Text)) && told.From < found.Count)
                    {
                        // "a bad deploy that had gone out at 1:50pm, and rolled it back at 2:40pm. That didn't change
                        // anything": the outcome answers the last thing the sentence did, not each moment it names;
                        // "Neither of these helped" answers each.
                        for (var k = OutcomeOfSeveral().IsMatch(words) ? told.From : found.Count - 1; k < found.Count; k++)
                        {
                            found[k] = found[k] with { FailedAttempt = true };
                        }
                    }
                }

                if (carriedDate is { } storyDay && storyDay < DateOnly.MaxValue && !stamps.Any(s => s.Stamp.Date is not null) && NamedWeekday().Match(words) is { Success: true } weekday
                    && (times.Count > 0 || OpensWithWeekday().IsMatch(words)))
                {
                    // "On Thursday, things turned for the worse", "at 2:00 am on Saturday morning": a sentence that opens
                    // with a weekday, or gives a time on one, moves the story on to that day of its week ("the change
                    // had been merged on Monday" moves nothing). A post never tells a day after it was published: "It
                    // all started on Monday evening" in a post of Friday is the Monday before.
                    var named = DateTimeText.WeekdayNamed(weekday.Groups["day"].Value);
                    var ahead = DateTimeText.OnOrAfter(storyDay, named);
                    storyDay = context.Published is { } published && ahead > published ? DateTimeText.OnOrBefore(published, named) : ahead;
                    if (storyDay != carriedDate)
                    {
                        carriedDate = storyDay;
                        lastAfternoon = null;
                        lastLocal = null;
                    }
                }

                if (times.Count == 0 && OnDay().IsMatch(words) && stamps.FirstOrDefault(s => s.Stamp.Date is not null) is { Stamp.Date: { } toldDay }
                    && toldDay <= (context.Date ?? DateOnly.MaxValue))
                {
                    // "On May 27 we hit the top of Hacker News" and later "at 4am in the morning": a sentence that opens
                    // with its day moves the story there ("Our last outage, on March 3, was similar" does not).
                    carriedDate = toldDay;
                }

                var said = Clean(written);
                if (times.Count == 0 && said.Length > 0)
                {
                    if (wordless is { } stamped)
                    {
                        // '{{< track "09:40" >}}' on its own line above the update it stamps.
                        found[stamped] = found[stamped] with { Text = said };
                        wordless = null;
                        stampsAboveWords = true;
                    }
                    else
                    {
                        lastWords = said;
                    }

                    untimedSaid.Add(said);
                    saidInParagraph++;
                }

                if (times.Count == 0 || found.Count >= MaxEvents)
                {
                    continue;
                }

                told = (found.Count, words, 0, OpensAsOutcome().IsMatch(words) ? before : "");

                var dates = stamps.Where(s => s.Stamp.Date is not null).ToList();
                // '{{< track "2026-05-24 14:27:00" >}}' on a line of its own stamps the update written above it, one no
                // other moment has stamped; failing that, the words below it.
                // "2023-07-13 08:49 UTC" on a line of its own at the top, the update below it: once a stamp has taken
                // the words under it, the page writes each stamp above its update, and the words above a later one are
                // the update before.
                var stampOnly = OnlyStamps(words, stamps) && !PostedOn().IsMatch(words);
                var text = said.Length > 0 && !stampOnly ? said : stampsAboveWords ? "" : lastWords;
                if (IsPostedStamp(words) && PostsTheWriteUp(lines, headings, lineAt(sentence.Index)))
                {
                    // "Postmortem" / the write-up / "Posted Apr 05, 2022 - 16:43 UTC": a status page posts the
                    // postmortem after the incident. The entry tells when it was published, no moment of the trouble:
                    // it neither starts nor ends it, and carries no day or clock on to the updates below it.
                    untimedSaid.Clear();
                    lastWords = "";
                    if (PostedAt(times[0].Stamp, context) is { } postedAt && seen.Add(postedAt))
                    {
                        found.Add(new RawEntry(lineAt(sentence.Index + times[0].Index), postedAt, WriteUpPublished, ClosesPeriod: false, DateWritten: true));
                    }

                    continue;
                }

                if (untimedSaid.Count > 0 && OnlyStamps(words, stamps) && (saidInParagraph > 0 || PostedOn().IsMatch(words)))
                {
                    // "**Investigating** - We are investigating elevated errors. Oct 13, 2023 - 23:05 EDT": a status
                    // update stamped after its text; the stamp says when, the sentences before it in the paragraph what.
                    // "Posted Mar 02, 2024 - 10:05 UTC" on a line of its own stamps the lines above it, as a status page
                    // writes its updates ("Investigating" / what was found / "Posted ...").
                    text = Clean(string.Join(" ", untimedSaid.TakeLast(saidInParagraph > 0 ? saidInParagraph : StatusUpdateSentences)));
                }
                else if (saidInParagraph > 0 && EndsWithTag(words))
                {
                    // "- Shutting down the third runner. Containers do not move to the second node. {{< track "09:50" >}}":
                    // a tag at the end of an update stamps all of it, so every sentence of the update tells the moment,
                    // not the last one alone.
                    text = Clean(string.Join(" ", untimedSaid.TakeLast(saidInParagraph).Append(said)));
                }

                untimedSaid.Clear();
                lastWords = "";

                // The period must be the trouble's: "it wasn't until 10:45 that on-call noticed" ends nothing.
                var tellsTrouble = TroublePeriod().IsMatch(words);
                // The time before each in the sentence: a range's end is weighed against its own start, not against
                // another time the sentence named first ("The alert fired at 14:50, though the logs show failures
                // 14:05-14:35": 14:35 is no next day).
                DateTimeOffset? timeBefore = null;
                foreach (var (index, stamp) in times)
                {
                    var nearestDated = dates.OrderBy(d => Math.Abs(d.Index - index)).Select(d => ((int Index, Stamp Stamp)?)d).FirstOrDefault();
                    var date = stamp.Date ?? nearestDated?.Stamp.Date ?? DayOfMonth(words, carriedDate) ?? carriedDate;
                    if (stamp.Date is null && nearestDated is { } dated && dated.Index > index && TimeTheDateIsWrittenWith(dated, times) is { } laterTime && stamp.Time > laterTime
                        && !ToldAsBefore().IsMatch(words.AsSpan(index, dated.Index - index)))
                    {
                        // "At 22:00 UTC the cluster looked healthy, and by 01:30 UTC June 23rd all integrations were back":
                        // the day belongs to the later time, and the earlier-told time past it on the clock is the day before.
                        // Not when the later time is told as before it ("At 16:20 UTC we saw the certificate had expired at
                        // 00:00 UTC on June 3rd", "the build running since 11:00 UTC on 9 August"): both are that day.
                        date = date?.AddDays(-1);
                    }

                    if (stamp.Date is null && dates.Count == 0 && date is { } carried && NextDay().IsMatch(words[index..]) && carried < DateOnly.MaxValue)
                    {
                        date = carried.AddDays(1);
                    }

                    var zone = stamp.Zone ?? times.Select(t => t.Stamp.Zone).FirstOrDefault(z => z is not null) ?? paragraphZone ?? context.Zone;
                    paragraphZone = stamp.Zone ?? paragraphZone;
                    namedZone ??= stamp.Zone;
                    var meridiemWritten = AmPm().IsMatch(words.AsSpan(index, Math.Min(stamp.Length, words.Length - index)));
                    twelveHourClock |= meridiemWritten;
                    var reading = stamp;
                    if (!meridiemWritten && twelveHourClock && stamp.Time is { Hour: >= 1 and < 12 } morning && date is { } sameDay
                        && lastAfternoon is { } afternoon && afternoon.Day == sameDay && morning.AddHours(12) >= afternoon.Time
                        && words[index] != '0' && !EarlierInTheDay().IsMatch(words.AsSpan(index + Math.Min(stamp.Length, words.Length - index))))
                    {
                        // "notified at 1:00 PM ET", then "resolved at approximately 4:00 ET": in a text that writes the
                        // twelve-hour clock, a bare hour that would go back to the morning goes on into the afternoon
                        // ("merged at 9:30 that morning", "09:30" as a 24-hour time do go back).
                        reading = stamp with { Time = morning.AddHours(12) };
                    }

                    if (date is { } evening && stamp.Date is null && dates.Count == 0 && lastLocal is { } last && last.Day == evening && last.Time.Hour >= LateEvening
                        && reading.Time is { Hour: < EarlyMorning } early && early < last.Time
                        && !ThatMorning().IsMatch(words.AsSpan(index + Math.Min(stamp.Length, words.Length - index))))
                    {
                        // "At 8 pm, builds halted." then "At around 2:30 am, things were looking up.": a small hour after
                        // the evening, with no day of its own, is the night after it.
                        date = evening.AddDays(1);
                    }

                    if (date is { } sameDate && stamp.Date is null && timeBefore is { } from && index > times[0].Index && RangeEnd().IsMatch(words.AsSpan(0, index))
                        && reading.ToUtc(sameDate, zone) is { } endThatDay && endThatDay < from && endThatDay.AddDays(1) - from <= LongestRangeOverMidnight)
                    {
                        // "between January 31 at 17:20 UTC and 00:00 UTC": a range's end before its start is the next day.
                        date = sameDate.AddDays(1);
                    }

                    if (date is not { } day || reading.ToUtc(day, zone) is not { } utc)
                    {
                        continue;
                    }

                    timeBefore = utc;

                    if (reading.Time is { } localTime)
                    {
                        lastLocal = (day, localTime);
                    }

                    if (reading.Time is { Hour: >= 12 } local)
                    {
                        lastAfternoon = (day, local);
                    }

                    carriedDate = day;
                    if (seen.Add(utc))
                    {
                        // "Health checks failed until 09:10, when the first pool was re-added; the rest came back at
                        // 10:45": an "until" with a later time after it in the sentence closes only a part of the trouble.
                        var closes = (tellsTrouble && ((Until().IsMatch(words.AsSpan(0, index)) && index == times[^1].Index) || (index > times[0].Index && RangeEnd().IsMatch(words.AsSpan(0, index)))))
                            || FixedAsOf().IsMatch(words.AsSpan(0, index));
                        found.Add(new RawEntry(lineAt(sentence.Index + index), utc, text, ClosesPeriod: closes, DateWritten: stamp.Date is not null));
                        wordless = text.Length == 0 ? found.Count - 1 : null;
                    }
                }
            }
        }

        // A status page's updates, newest first ('... {{< track "2019-09-29 21:00:00" >}}' above the 10:00 one).
        var events = TimelineParser.AssignMilestones(TimelineParser.OldestFirst(found, datedOnly: true));
        return new TimelineResult(events, namedZone, 0);
    }

    [GeneratedRegex(@"^\W*(?:\w+,\s*)?(?:(?:but|and|yet|however,?)\s+)?(?:it|this|that|these|those|neither|none|the (?:attempt|change|fix|restart|reboot|rollback|revert|effort|failover)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensAsOutcome();

    // "This quickly mitigated the impact on customers", "That restored service": an outcome that ended the trouble (not
    // "This did not resolve the issue", nor "It was not until 10:45 that service was restored").
    [GeneratedRegex(@"^\W*(?:this|that|it|which|doing so)\s+(?:(?!not\b|never\b)[a-z]+ly\s+)?(?:mitigated|resolved|restored|fixed|ended|stopped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedByIt();

    // "did not resolve the backlog immediately, but it drained within ten minutes": the remedy worked, later. ("This
    // did not immediately help" alone may still be a dead end.)
    [GeneratedRegex(@"\b(?:but|however)\b[^.;]{0,80}\b(?:drained|recovered|cleared|resolved|restored|dropped|stabili[sz]ed|returned|caught up|came back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CameLater();

    // "merged at 9:30 that morning", "at 9:30 earlier that day": the words right after a time that put it before noon.
    [GeneratedRegex(@"^[^.;]{0,25}?\b(?:(?:that|this|in the|the same|on the) morning|earlier (?:that|the same|in the) day|the (?:night|evening) before|overnight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierInTheDay();

    // "at 8 PM UTC on the 16th": a day of the month the story is in; not "the 3rd party" or "on the 2nd attempt".
    [GeneratedRegex(@"^\W{0,4}on the (?<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:and|to|of)\b)|\b(?:on|of) the (?<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:)!?]|(?:at|by|when|we|before|after|around|in|the|until|from)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDay();

    // "On May 27 ...", "Later, on March 4, ...": a sentence that opens with the day it tells of.
    [GeneratedRegex(@"^\W{0,4}(?:\w+,?\s+){0,2}on\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnDay();

    /// <summary>
    /// The day "on the 16th" names, in the month of the date the story has reached or the month either side of it,
    /// whichever puts it nearest ("on the 28th" told on March 2 is February 28).
    /// </summary>
    /// <summary>
    /// The time of day a date in a sentence is written with: its own ("01:30 UTC, June 23rd" read as one), or the time
    /// right before it ("by 01:30 UTC June 23rd", "at 01:30 on June 23rd"). Null when the date stands apart from any time.
    /// </summary>
    private static TimeOnly? TimeTheDateIsWrittenWith((int Index, Stamp Stamp) dated, List<(int Index, Stamp Stamp)> times) =>
        dated.Stamp.Time ?? times.Where(t => t.Stamp.Time is not null && dated.Index - (t.Index + t.Stamp.Length) is >= 0 and <= DateAfterItsTime)
            .Select(t => t.Stamp.Time).FirstOrDefault();

    // "had expired at", "running since", "two hours earlier": what the sentence tells next happened before its first time.
    [GeneratedRegex(@"\b(?:had|since|earlier|previously|before|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldAsBefore();

    // ", on " or " of " at most between a time and the date written after it.
    private const int DateAfterItsTime = 5;

    private static DateOnly? DayOfMonth(string sentence, DateOnly? carried)
    {
        if (carried is not { } near || OrdinalDay().Match(sentence) is not { Success: true } match)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new[] { -1, 0, 1 }
            .Select(offset => new DateOnly(near.Year, near.Month, 1).AddMonths(offset))
            .Where(month => day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month))
            .Select(month => month.AddDays(day - 1))
            .OrderBy(candidate => Math.Abs(candidate.DayNumber - near.DayNumber))
            .Cast<DateOnly?>()
            .FirstOrDefault();
    }

    /// <summary>
    /// The days a narrative dates what happened when it gives no time of day: "On July 15 we failed over to the new
    /// database", a section headed "Update: November 18th, 2012". Each dated sentence, and each heading that is a date
    /// with at most a label, is an entry of that day (never timed, never a milestone). A day and month take the year the
    /// incident's date gives.
    /// </summary>
    public static TimelineResult Days(LegacyDocument document, TimelineContext context)
    {
        var found = new List<RawEntry>();
        var seen = new HashSet<(DateOnly, string)>();
        var year = context.Date?.Year;
        for (var i = 0; i < document.Lines.Count && found.Count < MaxEvents; i++)
        {
            var line = document.Lines[i];
            // The title ("# Outage on July 15, 2014") names the incident's day, not an event of it.
            if (line.Kind == LineKind.Heading && line.Level != 1 && DatedHeading().Match(line.Label ?? "") is { Success: true } heading
                && DateTimeText.FindDate(heading.Groups["date"].Value) is { } headed)
            {
                // The heading dates its section: the first sentence under it says what happened that day.
                var first = document.Lines.Skip(i + 1).TakeWhile(l => l.Kind != LineKind.Heading).FirstOrDefault(l => l.Kind == LineKind.Text);
                var text = Clean(first is null ? line.Label! : Sentences().Match(first.Text.Trim()).Value);
                if (text.Length > 0 && seen.Add((headed.Date, text)))
                {
                    found.Add(new RawEntry(i, null, text, headed.Date));
                }

                continue;
            }

            if (line.Kind != LineKind.Text || line.Text.TrimStart().StartsWith('|'))
            {
                continue;
            }

            foreach (var sentence in Sentences().Matches(line.Text).Cast<Match>().Select(m => m.Value).Where(v => v.Trim().Length > 0))
            {
                var words = sentence.Length > MaxSentence ? sentence[..MaxSentence] : sentence;
                var days = DateTimeText.ScanStamps(words, year, words.Length).Where(s => s.Stamp is { Date: not null, Time: null, SinceStart: null }).Select(s => s.Stamp.Date!.Value).Distinct();
                var text = Clean(words);
                foreach (var day in days.Where(d => seen.Add((d, text))))
                {
                    found.Add(new RawEntry(i, null, text, day));
                }
            }
        }

        // One dated sentence is the incident's day told in passing, not a sequence of events; so is one sentence giving
        // the days it ran ("the downtime from 22 to 24 November").
        var sequence = found.Select(e => e.Day).Distinct().Count() >= MinDays && found.Select(e => e.Text).Distinct().Count() >= MinDatedSentences;
        return new TimelineResult(sequence ? TimelineParser.AssignMilestones(found) : [], null, 0);
    }

    // "Neither of these helped", "None of those worked", "Both failed", "They made no difference": an outcome of several.
    [GeneratedRegex(@"^\W*(?:(?:but|and|however|unfortunately),?\s+)?(?:neither|none|both|all|each|these|those|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeOfSeveral();

    /// <summary>
    /// The dead ends a postmortem tells in its prose rather than in its timeline: "Rebooting the server had no effect",
    /// "We first assumed the errors came from the new release, but ...", "I rebooted the server. Unfortunately, that
    /// didn't make a difference." (<see cref="EventWording.TellsDeadEnd"/>). Each is one sentence, or a remedy's
    /// sentence with the one after it that says it failed, read from paragraphs and list items outside the timeline,
    /// code, tables and the sections that list what is to be done or what was learnt.
    /// </summary>
    /// <param name="skipped">Lines already read as the timeline.</param>
    public static IReadOnlyList<RawEntry> DeadEnds(LegacyDocument document, IReadOnlySet<int> skipped)
    {
        var found = new List<RawEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // The sentences before, across paragraphs ("I rebooted the server." / "Unfortunately, that didn't make a
        // difference."), and whether each was a dead end already, so an outcome is not counted as a second one.
        var recent = new List<(string Sentence, bool Counted)>();
        var previousSection = int.MinValue;

        // "## Ruled-out hypotheses", "### Red herrings": each item of a list under a heading that names dead ends is one,
        // whatever its wording; its sentences are not read again below.
        var listed = ListedDeadEnds(document, skipped);
        found.AddRange(listed.Select(item => new RawEntry(item.Line, null, Clean(item.Text))));
        var inListedItems = listed.SelectMany(item => Enumerable.Range(item.Line, item.Last - item.Line + 1)).ToHashSet();

        // "### Rollback one block (fail)" beside "### Hard fork with a new genesis (success)": each attempt headed as
        // failed is one dead end, its heading the entry; what its section says of it is not read again.
        // Not under "Lessons learned" or "Follow-up" ("### Alerting - did not help"), which look back or ahead.
        foreach (var attempt in document.Sections.Where(s => s.Level >= 2 && !skipped.Contains(s.HeadingIndex) && AttemptHeadedFailed().IsMatch(document.Lines[s.HeadingIndex].Text)
            && (s.Parent < 0 || !LooksBackOrAhead().IsMatch(document.Sections[s.Parent].Key))).Take(MaxEvents))
        {
            found.Add(new RawEntry(attempt.HeadingIndex, null, Clean(attempt.Heading)));
            inListedItems.UnionWith(Enumerable.Range(attempt.HeadingIndex, attempt.EndIndex - attempt.HeadingIndex));
        }

        foreach (var (paragraph, line) in document.Paragraphs((l, i) => !skipped.Contains(i) && !inListedItems.Contains(i) && !l.Text.TrimStart().StartsWith('|') && MayTellADeadEnd(document, i, l.Text)))
        {
            // An outcome answers a sentence before it in the same section, never one under another heading.
            if (document.SectionOf(line) != previousSection)
            {
                (recent, previousSection) = ([], document.SectionOf(line));
            }

            foreach (var sentence in Sentences().Matches(paragraph).Cast<Match>().Select(m => m.Value.Trim()).Where(v => v.Length > 0).Select(v => v.Length > MaxSentence ? v[..MaxSentence] : v))
            {
                // "Rebooted after the upgrade." / "Also changed the lookup to dig." / "That didn't work, same error": the
                // attempt an outcome answers is the nearest of the last few sentences that tells one and not that it worked
                // (only the sentence just before for a bare "It was still down").
                var lookBack = EventWording.AnswersOnlyTheSentenceBefore(sentence) ? 1 : OutcomeLookBack;
                var attempt = Enumerable.Range(0, Math.Min(lookBack, recent.Count)).Select(k => recent.Count - 1 - k).FirstOrDefault(k => EventWording.TellsUnsettledRemedy(recent[k].Sentence), -1);
                (string? Sentence, bool Counted) before = attempt < 0 ? (null, false) : recent[attempt];
                recent.Add((sentence, false));
                var told = Hypothetical().IsMatch(sentence) || found.Count >= MaxEvents ? ToldDeadEnd.None : EventWording.TellsDeadEnd(sentence, before.Sentence);
                if (told == ToldDeadEnd.WithTheSentenceBefore && CameLater().IsMatch(sentence))
                {
                    // "This did not resolve the backlog immediately, but it drained within ten minutes": it worked, later.
                    told = ToldDeadEnd.None;
                }

                // "I rebooted the server. That didn't make a difference.": the remedy is what the dead end was, unless
                // it was counted already.
                if (told == ToldDeadEnd.None || (told == ToldDeadEnd.WithTheSentenceBefore && before.Counted))
                {
                    continue;
                }

                recent[^1] = (sentence, true);
                if (told == ToldDeadEnd.WithTheSentenceBefore)
                {
                    recent[attempt] = (recent[attempt].Sentence, true);
                }

                var text = Clean(told == ToldDeadEnd.InTheSentence ? sentence : before.Sentence + " " + sentence);
                if (seen.Add(text))
                {
                    found.Add(new RawEntry(line, null, text));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The outermost list items under a heading (below the title) that names dead ends, each with the lines it wraps
    /// onto; an item that opens with its own time is left to the timeline.
    /// </summary>
    private static List<(int Line, int Last, string Text)> ListedDeadEnds(LegacyDocument document, IReadOnlySet<int> skipped)
    {
        var items = new List<(int Line, int Last, string Text)>();
        var outerIndent = new Dictionary<int, int>();
        var outerTaken = false;
        for (var i = 0; i < document.Lines.Count && items.Count < MaxEvents; i++)
        {
            var section = document.SectionOf(i);
            var trimmed = document.Lines[i].Text.Trim();
            if (skipped.Contains(i) || section < 0 || document.Sections[section].Level < 2 || !DeadEndHeading().IsMatch(document.Sections[section].Key)
                || NotYet().IsMatch(document.Sections[section].Key) || !LegacyDocumentParser.StartsWithListMarker(trimmed))
            {
                continue;
            }

            var indent = document.Lines[i].Indent;
            if (outerIndent.TryGetValue(section, out var outer) && indent > outer)
            {
                // A sub-item belongs to the item above it, whether that was taken or left to the timeline.
                if (outerTaken)
                {
                    items[^1] = (items[^1].Line, i, items[^1].Text);
                }

                continue;
            }

            outerIndent[section] = indent;

            // "- 10:05 Restarted the pods; no change": an item with its own time is a moment, read with it as one.
            outerTaken = DateTimeText.ReadLeading(LegacyDocumentParser.WithoutListMarker(trimmed), null) is not { HasTime: true };
            if (!outerTaken)
            {
                continue;
            }

            var (whole, last) = document.ListItemAt(i, MaxSentence);
            items.Add((i, last, LegacyDocumentParser.WithoutListMarker(whole)));
            i = last;
        }

        return AttemptsOfDescribedItems(document, items);
    }

    /// <summary>
    /// "**Attempt 2 (14:15):** Restart Traefik", then "- **Theory:** ...", "- **Result:** ❌ Still 404", "- **Time
    /// Wasted:** 8 minutes": where two or more labels recur in a section, its labelled items are the fields of the
    /// attempts they describe. Each attempt is one dead end, told by the paragraph above its fields or, with none, by
    /// its first field ("**Hypothesis:**" before "**Evidence against:**"); one recurring label alone ("- **Hypothesis:**
    /// A", "- **Hypothesis:** B") still names one dead end per item.
    /// </summary>
    private static List<(int Line, int Last, string Text)> AttemptsOfDescribedItems(LegacyDocument document, List<(int Line, int Last, string Text)> items)
    {
        // The parser already reads "- **Theory:** ..." as a field line with its label.
        var labels = items.Select(item => document.Lines[item.Line] is { Kind: LineKind.Field } field ? field.Key : "").ToList();
        var sections = items.Select(item => document.SectionOf(item.Line)).ToList();
        var described = Enumerable.Range(0, items.Count).Where(k => labels[k].Length > 0)
            .GroupBy(k => sections[k])
            .Where(g => g.GroupBy(k => labels[k]).Count(l => l.Count() > 1) >= 2)
            .ToDictionary(g => g.Key, g => labels[g.First()]);
        if (described.Count == 0)
        {
            return items;
        }

        var attempts = new List<(int Line, int Last, string Text)>();
        var previousLast = -1;
        for (var k = 0; k < items.Count; k++)
        {
            if (labels[k].Length == 0 || !described.TryGetValue(sections[k], out var opening))
            {
                attempts.Add(items[k]);
            }
            else if (labels[k] == opening)
            {
                attempts.Add(LeadAbove(document, items[k].Line, previousLast) is { } lead ? (lead, items[k].Last, document.Lines[lead].Text.Trim()) : items[k]);
            }

            previousLast = items[k].Last;
        }

        return attempts;
    }

    /// <summary>The nearest line of text above a list, below the line given and in the list's section, past code: what the list describes.</summary>
    private static int? LeadAbove(LegacyDocument document, int line, int after)
    {
        var section = document.SectionOf(line);
        for (var j = line - 1; j > after && document.SectionOf(j) == section; j--)
        {
            var above = document.Lines[j];
            if (above.Kind is LineKind.Heading)
            {
                return null;
            }

            if (above.Kind is LineKind.Text or LineKind.Field && above.Indent == 0 && !LegacyDocumentParser.StartsWithListMarker(above.Text.Trim()))
            {
                return j;
            }
        }

        return null;
    }

    // A heading that says what is under it led nowhere: "Ruled-out hypotheses", "Red herrings", "False leads", "Dead
    // ends", "Failed attempts", "Wrong hypotheses:", "Misdiagnosis". "What didn't work" is how some templates head what
    // went wrong, not a list of dead ends; nor are "Wrong assumptions", as often the design's ("stopping k3s first is
    // safe") as the investigation's.
    [GeneratedRegex(@"\b(?:ruled out|red herrings?|^(?:wrong|incorrect|mistaken|disproven) (?:hypothes[ie]s|theories|guesses)$|^misdiagnos[ie]s$|false (?:leads?|trails?|starts?)|dead ends?|(?:failed|unsuccessful|abandoned) (?:attempts?|approaches|hypothes[ie]s|fixes|remedies|mitigations)|(?:rejected|disproven|discarded) hypothes[ie]s|hypothes[ie]s (?:ruled out|rejected|disproven|discarded))\b")]
    private static partial Regex DeadEndHeading();

    // "Upgrade binary in place (fail)", "Restart the pods: failed", "Rollback - did not work", "Restart [FAILED]": an
    // attempt its heading says failed. A cross alone ("## ❌ What went wrong", "### ❌ API (major outage)") marks a
    // retrospective's part or a component's state as often as an attempt.
    [GeneratedRegex(@"(?:[(\[](?:fail|failed|failure|unsuccessful|no luck|no effect|no change|did(?:n['’]t| not) (?:work|help))[)\]]|(?:\s[-–—]|:)\s*(?:fail|failed|unsuccessful|no effect|did(?:n['’]t| not) (?:work|help)))[\s*_.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptHeadedFailed();

    [GeneratedRegex(@"\b(?:lessons?|learn\w*|follow|action|improve\w*|next steps?|went (?:well|wrong)|future|prevent\w*|recommend\w*)\b")]
    private static partial Regex LooksBackOrAhead();

    // "Hypotheses not yet ruled out" lists what is still open.
    [GeneratedRegex(@"\bnot\b")]
    private static partial Regex NotYet();

    // How many sentences back an outcome ("That didn't work") looks for the attempt it answers.
    private const int OutcomeLookBack = 3;

    // "If the restart does not help, we fail over", "we will make sure a rollback does not fail": not what happened.
    [GeneratedRegex(@"^(?:if|should|unless|in case|we will|we['’]ll|we would|we['’]d|this will|to (?:make sure|ensure))\b|\b(?:will|should|might|may) (?:not|never)\b|\bin (?:the )?future\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    // The narrative tells dead ends; among the lessons, what went wrong may still tell an attempt that failed by the
    // repair time it cost ("container cloning failed, increasing the ETTR"), but what went well and the work ahead do not.
    private static bool MayTellADeadEnd(LegacyDocument document, int line, string text) =>
        !NotNarrative(document, line)
        || (EventWording.TellsAFailureThatCostTheRepair(text) && !ActionItemExtractor.InActionSection(document, line) && !document.IsWithin(line, key => key.Contains("went well", StringComparison.Ordinal)));

    // What is to be done, and what was learnt, tell no moment of the incident. "### Immediate actions" under "## Resolution
    // and recovery" tells what was done during it.
    private static bool NotNarrative(LegacyDocument document, int line) =>
        (ActionItemExtractor.InActionSection(document, line) && !ActionItemExtractor.InResponseActions(document, line))
        || document.IsWithin(line, key => key.Contains("lesson", StringComparison.Ordinal) || key.Contains("went well", StringComparison.Ordinal));

    // "Update: November 18th, 2012", "17 November 2012", "2012-11-17 (Saturday)": a date and at most a label around it.
    [GeneratedRegex(@"^(?:(?:update|updated|status|day)\s*[:\-–—]?\s*)?(?<date>.{6,32}?)(?:\s*\([A-Za-z]+\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedHeading();

    /// <summary>
    /// Paragraphs joined from their lines, each with a way back from a position in it to the line it came from, and
    /// whether it is a list item that follows another (so how an attempt in one item turned out can be read from the next).
    /// </summary>
    private static IEnumerable<(string Text, Func<int, int> LineAt, bool NextListItem)> Paragraphs(IReadOnlyList<string> lines)
    {
        var starts = new List<(int Offset, int Line)>();
        var text = new System.Text.StringBuilder();
        var inList = false;
        var afterListItem = false;
        var stampsAbove = false;

        (string, Func<int, int>, bool) Paragraph()
        {
            var offsets = starts.Select(s => s.Offset).ToArray();
            var numbers = starts.Select(s => s.Line).ToArray();
            return (text.ToString(), position => numbers[LineOf(offsets, position)], afterListItem);
        }

        for (var i = 0; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i].Trim() : "";
            var listItem = LegacyDocumentParser.StartsWithListMarker(line);
            if (listItem)
            {
                line = LegacyDocumentParser.WithoutListMarker(line);
            }

            if (line.Length > 0 && text.Length > 0 && listItem)
            {
                // "- DEPO notified us at 12:16 ET." then "- Resolved at 4:00 ET.": each item of a list is its own
                // paragraph, so one item's sentence does not run on into the next.
                yield return Paragraph();
                text.Clear();
                starts.Clear();
            }

            if (line.Length == 0)
            {
                if (text.Length > 0)
                {
                    yield return Paragraph();
                }

                text.Clear();
                starts.Clear();
                inList = false;
                continue;
            }

            var stampOnly = IsStampLine(line);
            if (stampOnly && text.Length > 0 && inList && !listItem)
            {
                // "• Add an alert on healthy backends" / "Mar 10, 2025 - 09:12 UTC": a stamp right under a list item
                // closes the post the list is part of, not the item; it is read on its own.
                yield return Paragraph();
                text.Clear();
                starts.Clear();
            }

            if (text.Length == 0)
            {
                afterListItem = listItem && inList;
                inList = listItem;
                stampsAbove = stampOnly;
            }
            else
            {
                text.Append(' ');
            }

            starts.Add((text.Length, i));
            text.Append(line.Length > LegacyDocumentParser.MaxLineLength ? line[..LegacyDocumentParser.MaxLineLength] : line);
            if (stampOnly && !stampsAbove && !EndsASentence(line))
            {
                // "Resolved - This incident has been resolved." / "Apr 5, 18:02 UTC" / "Monitoring - A fix ...": in a
                // paragraph that opens with words, a line that is only a stamp closes the update above it, and the
                // next line begins another. (One that opens with a stamp line stamps the words below each.)
                text.Append('.');
            }
        }
    }

    /// <summary>
    /// A status page's "Posted Jul 21, 2022 - 03:43 PDT" or "Mar 3, 2025 - 14:52 UTC" on a line of its own, closing the
    /// post above it: a day and a time, with at most "Posted" or a zone.
    /// </summary>
    public static bool IsPostedStamp(string line)
    {
        var trimmed = line.Trim();
        return StampsOfLine(trimmed) is { } stamps && (PostedOn().IsMatch(trimmed) || (stamps.Any(s => s.Stamp.Date is not null) && StatusPageStamp().IsMatch(trimmed)));
    }

    // "Mar 3, 2025 - 14:52 UTC": the year, a dash, the time, as a status page stamps its updates; "March 14, 2024 10:00
    // UTC" over a list of actions dates the list, and closes nothing.
    [GeneratedRegex(@"\d{4}\s+[-–—]\s+\d{1,2}:\d{2}")]
    private static partial Regex StatusPageStamp();

    /// <summary>A line that is a date and time and nothing more, but a "Posted" or a zone: "Apr 5, 18:02 UTC".</summary>
    public static bool IsStampLine(string line) => StampsOfLine(line) is not null;

    /// <summary>The stamps of a line that is only stamps, one with a time among them; null for any other line.</summary>
    private static List<(int Index, Stamp Stamp)>? StampsOfLine(string line)
    {
        if (line.Length is 0 or > MaxStampLine)
        {
            return null;
        }

        var stamps = DateTimeText.ScanStamps(line, null, line.Length);
        return stamps.Any(s => s.Stamp.Time is not null) && OnlyStamps(line, stamps) ? stamps : null;
    }

    private static bool EndsASentence(string line) => line.TrimEnd('*', '_', ' ') is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or ':';

    private static int LineOf(int[] offsets, int position)
    {
        var at = Array.BinarySearch(offsets, position);
        return at >= 0 ? at : Math.Max(0, ~at - 1);
    }

    // "started at approximately 10.16 and was fixed at 11.35", "Um 14.30 Uhr": a time written with a dot, as in
    // British and Australian English and most of Europe, read as one only after a word that puts something at a
    // moment ("at", "by", "around", "until", or one of the ForeignTimeWords), so "version 2.30", "from 14.17 to
    // 16.20", "10.16%" and "at 22.09 million states" stay numbers.
    // "from 6.51pm to 7.33pm": one with "am" or "pm" after it is a time wherever it stands.
    [GeneratedRegex(@"(?<=\b(?:at|by|around|approximately|about|until|till|" + ForeignTimeWords + @")\s{1,3}(?:(?:approximately|about|around|roughly)\s{1,3})?(?:[01]?\d|2[0-3]))\.(?=[0-5]\d(?![\d%]|[.,]\d|\s{0,2}(?:thousand|million|billion|trillion|[kmb]\b)))|(?<=(?<![\d.])\b(?:1[0-2]|0?[1-9]))\.(?=[0-5]\d\s?[ap]\.?m\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DottedTime();

    // "from late last night until approximately 10:45am", "till about 9 PM": the time that ends a period.
    [GeneratedRegex(@"\b(?:until|till|til)\s{1,3}(?:(?:approximately|about|around|roughly|shortly (?:before|after)|~)\s{0,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Until();

    // "This persisted until 7:04am": a period of trouble named only by the sentence before goes on too.
    [GeneratedRegex(@"\b(?:outages?|downtime|down|offline|unavailable|unreachable|inaccessible|degraded|disrupt\w*|errors?|fail\w*|broken|expired|could ?n[o'’]?t|unable|(?:this|it|that|the (?:outage|issue|problem|errors?|degradation)) persist(?:s|ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroublePeriod();

    // "has been fixed as of 11am GMT", "is resolved since 14:10": the moment from which the trouble is over, whatever
    // the sentence calls the trouble ("This vulnerability ... has been fixed as of ..."). Not "was fixed at": that may
    // name a place ("fixed at the load balancer").
    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were)\s{1,3}(?:been\s{1,3})?(?:now\s{1,3}|fully\s{1,3}|completely\s{1,3})?(?:fixed|resolved|patched|remediated|mitigated|restored)\s{1,3}(?:as of|since)\s{1,3}(?:(?:approximately|about|around|roughly|~)\s{0,3})?\W{0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FixedAsOf();

    // "between 21:27 UTC and 07:27 UTC", "from 14:02 to 15:47", "23:55-00:30 UTC", "von 23:45 bis 00:35", "entre 23:45 et
    // 00:35", "23:30〜00:15": the second time of a range in one sentence ends it. A dash ends a range only right after
    // the first time.
    [GeneratedRegex(@"(?:\b(?:and|to|through|und|bis|et|y|hasta|até|en|tot|til|till|og|och|и|до)\s{1,3}(?:(?:approximately|about|around|roughly|ca\.|~)\s{0,3})?|\d(?:\s?(?:[ap]\.?m\.?|[A-Z]{2,5}))?\s{0,2}(?:[-–—~〜～]|から)\s{0,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"\d\s?[ap]\.?m\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmPm();

    // "was received @ 23:38": the at sign is "at". "**Update: 18:52** We have identified ...": a status update's label
    // stamps the time that follows it ("Last updated: 16:45" dates the page).
    // "a las 16:53 y 16:55", "um 14:00", "vers 9:30": the same words in the languages ForeignWording reads. "A 17h16" is
    // French "À" with its accent dropped, as writers do on a capital; only the capital alone, so the article in "a 10:30
    // call" stays a word.
    [GeneratedRegex(@"(?:\b(?:at|by|around|from|to|until|till|since|before|after|between|approximately|about|hours of|(?<!\blast\s)update[ds]?[ \t]{0,2}:?|" + ForeignTimeWords + @")|(?<![\w'’])(?-i:A)|~|(?<!\S)@)\s{0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    private const string ForeignTimeWords = "(?:a|desde|hasta|entre|y|de|a partir de) las?|desde|hasta|entre|y|às|das|até|alle|dalle|fino alle|tra le|fra le|vers|à|et|jusqu['’]à|um|gegen|ab|bis|und|von|zwischen|om|tot|van|tussen|kl\\.?|klokken|klockan|fra|från|til|till|mellom|mellem|mellan|og|och|omkring|в|с|до|и|между";

    /// <summary>
    /// The stamps less those that are lengths written as clock times: "between 1:30 and 2:00 hours", "zwischen 1:30 und
    /// 2:00 Stunden", "0:40 минуты", the first of a pair as much as the one the unit follows.
    /// </summary>
    private static List<(int Index, Stamp Stamp)> WithoutLengths(string sentence, List<(int Index, Stamp Stamp)> stamps)
    {
        var lengths = new HashSet<int>();
        for (var k = stamps.Count - 1; k >= 0; k--)
        {
            var end = Math.Min(stamps[k].Index + stamps[k].Stamp.Length, sentence.Length);
            var nextIsLength = k + 1 < stamps.Count && lengths.Contains(k + 1) && stamps[k + 1].Index >= end
                && PairJoined().IsMatch(sentence.AsSpan(end, stamps[k + 1].Index - end));
            if (stamps[k].Stamp.Time is not null && stamps[k].Stamp.Date is null && (LengthUnitAfter().IsMatch(sentence.AsSpan(end)) || nextIsLength))
            {
                lengths.Add(k);
            }
        }

        return lengths.Count == 0 ? stamps : stamps.Where((_, k) => !lengths.Contains(k)).ToList();
    }

    // The units StatedDuration reads lengths in, less the one-letter "h" and "m" ("um 14:30 h" is a time of day).
    [GeneratedRegex(@"^\s{0,2}(?:hours?|hrs?|minutes?|mins?|" + StatedDuration.ForeignUnit + @")(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthUnitAfter();

    // The words between the two times of a pair: "and", "to", "-", "und", "et", "y", "en", "и", "bis".
    [GeneratedRegex(@"^\s*(?:and|to|or|und|oder|bis|et|ou|y|o|e|en|of|и|или|-|–|—)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PairJoined();

    /// <summary>
    /// The times of a sentence written as times: each with its zone, day, "am"/"pm" or a word that puts something at a
    /// moment ("at", "between"), and those joined to one of them as a range or a list is ("between 19:22 and 20:14",
    /// "two periods: 09:05 - 09:30 and 09:44 - 09:48 UTC"), whose other times share what marks it.
    /// </summary>
    private static List<(int Index, Stamp Stamp)> TimesJoinedToOne(string sentence, List<(int Index, Stamp Stamp)> candidates)
    {
        var taken = candidates.Select(c => WrittenAsTime(sentence, c.Index, c.Stamp)).ToArray();
        var joined = candidates.Zip(candidates.Skip(1), (left, right) => Math.Min(left.Index + left.Stamp.Length, sentence.Length) is var end
            && right.Index >= end && TimesJoined().IsMatch(sentence.AsSpan(end, right.Index - end))).ToArray();

        // What marks a time carries along the joins both ways: "09:05 - 09:30 and 09:44 - 09:48 UTC" from its end.
        for (var k = 0; k < joined.Length; k++)
        {
            taken[k + 1] |= joined[k] && taken[k];
        }

        for (var k = joined.Length - 1; k >= 0; k--)
        {
            taken[k] |= joined[k] && taken[k + 1];
        }

        return candidates.Where((_, k) => taken[k]).ToList();
    }

    // " and ", " - ", " to ": what stands between the times of one range or list, after the first time's day at most
    // ("between 18:30 on November 27, 2025 and 06:15"). Not a comma alone: "at 14:05 UTC, 22:05 local time" gives the
    // same moment again, and "from 14:05 to 14:50 UTC, 0:45 in all" a length.
    [GeneratedRegex(@"^\s*(?:on\s+[\w ,]{3,30}?\s+)?(?:,\s*)?(?:and|to|until|till|through|-|–|—)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimesJoined();

    private static bool WrittenAsTime(string sentence, int index, Stamp stamp)
    {
        var written = sentence.AsSpan(index, Math.Min(stamp.Length, sentence.Length - index));
        return stamp.Zone is not null || stamp.Date is not null || AmPm().IsMatch(written) || TimeWord().IsMatch(sentence.AsSpan(0, index))
            || OpensAChineseClause(sentence, index, stamp.Length);
    }

    /// <summary>
    /// "…大量超时，14:50恢复正常", "、15:10に復旧": Chinese and Japanese put no word such as "at" before a moment; a time
    /// that opens a clause and runs straight on into the words is one.
    /// </summary>
    private static bool OpensAChineseClause(string sentence, int index, int length)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        var end = index + length;
        return (before.IsEmpty || before[^1] is '，' or '、' or '；' or '。' or '：') && end < sentence.Length
            && PostmortemSite.Text.TextProfile.Classification.WrittenWithoutSpaces(sentence[end]);
    }

    // "The estimated time for power to be restored is 1:20 PM", "ETA 14:00", "we expect power to be restored by 1:20 PM",
    // "service should be back by noon": a time foretold is no moment of the incident. "Traffic was higher than expected
    // at 14:05", "the primary had to be restored at 14:30" and "we expected it back, but at 14:30 it crashed" tell ones
    // that happened: the forecast and its time stand in one clause.
    [GeneratedRegex(@"(?:\bETA\b|\b(?:estimated|expected|projected|anticipated) (?:time|completion|resolution|recovery|restoration|fix)\b|\b(?:is|are) expected\b|\bexpect(?:s|ed)?\b(?:(?!\bbut\b)[^.;,]){0,60}?\b(?:restored|resolved|back|fixed|completed?|recover(?:ed|y)?|online)\b|\b(?:should|will) be (?:back|restored|resolved|fixed|completed?|online)\b)(?:(?!\bbut\b)[^.;,]){0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Forecast();

    // "We will dedicate our next community call on Monday, 5pm UTC to this incident", "we'll post an update at 16:00":
    // a time in the clause of what the team will do is a plan, not a moment of the incident (nor a day to date it by).
    // Not what the write-up will tell ("In this post we'll walk through what happened at 14:05 UTC", "we will go through
    // the outage that started at 14:05 UTC"): a relative clause is the incident's own, while "we will make sure that the
    // keys are rotated at 17:00" is still a plan, and so is a call or meeting the incident will be discussed at. Only a
    // telling of the incident itself (what happened, the outage, its timeline) is the write-up's: "we will go over the
    // remediation plan at 16:00" and "we'll describe the fix we ship at 18:00" are plans, and so is a telling given in a
    // post, an email or "at the 16:00 review".
    [GeneratedRegex(@"(?:\b(?:we|i|the team)\s(?:will|shall|(?:are|am) going to)|\bwe['’]ll)\b(?!\s+(?:(?:also|now|first|then|briefly)\s+)?(?:(?:go (?:through|over)|walk (?:you )?through|describe|explain|cover|outline|recap|discuss|look (?:back )?at|summari[sz]e|detail)\s+(?:(?:in (?:more |full |some )?detail|briefly|exactly|below|here|in this (?:post|report|document|write-?up))\s+)?(?:why\b|how\b|what (?:happened|went wrong|caused|led to|triggered|broke)\b|(?:the|this|our|that) (?:[\w-]+\s+){0,2}?(?:incident|outage|events?|timeline|sequence|failure|root cause|impact|disruption|issue|problem|bug|attack|breach|errors?|crash)\b(?!\s+(?:report|review|write-?up|summary|analysis|post-?mortem|retro)))|(?:share|tell(?: you)?(?: about)?)\s+(?:what (?:happened|went wrong)|how|why|the (?:details|timeline|story|sequence) of)\b)(?![^.;!?]{0,100}\b(?:(?:in|via|through) (?:a|an|our|the|tomorrow's) (?:[\w-]+ )?(?:post|blog|e-?mail|write-?up|report|update|newsletter)|at (?:the|our)(?=\s*$)|(?<!on-)call|meeting|town ?hall|sync|stand-?up|webinar|stream|AMA|office hours|review session|today|tomorrow|tonight|later|follow-?up|next (?:week|steps))\b))(?:(?!\b(?:but|then|when|which|who|where)\b|(?<!\b(?:sure|ensure|certain|confirm|verify|check|clear)\s+)\bthat\b|\b(?:after|before|until)\b(?!\s*~?(?:\d|$)))[^.;!?]){0,100}$", RegexOptions.IgnoreCase)]
    private static partial Regex Promised();

    // "This normally happens once every 24 hours (at 01:00 UTC)", "the backup runs nightly at 02:00", "daily at 03:00",
    // "chaque nuit à 23h00", "jede Nacht um 02:00": the time of a routine is no moment of the incident, unless the
    // sentence turns to one ("Normally the job runs at 02:00, but at 14:30 it crashed"), or the routine is an aside the
    // sentence closes before its moment ("The database, which normally serves 2,000 queries a second, fell over at 14:30").
    [GeneratedRegex(@"\b(?:(?:every|each|once a|once per)\s+(?:\d+\s+)?(?:days?|nights?|hours?|mornings?|evenings?|weeks?|minutes?)|daily|nightly|hourly|normally|usually|typically|routinely|regularly|chaque (?:nuit|jour|matin|soir|heure|semaine)|tous les (?:jours|soirs|matins)|quotidiennement|jede[nr]? (?:Nacht|Tag|Stunde|Morgen|Abend|Woche)|täglich|nächtlich|stündlich|normalerweise|cada (?:noche|día|dia|hora|mañana|manhã)|todas las noches|todos los días|todos os dias|diariamente|normalmente|elke (?:nacht|dag|ochtend)|dagelijks|каждую ночь|каждый день|ежедневно|обычно)\b,?(?:(?!\bbut\b)[^.;,]){0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Routine();

    // "This notice last updated: Thu, 16 May 2013 01:37:00 UTC", "Page last edited on ...": when the page was revised,
    // often weeks after the incident, is no moment of it.
    [GeneratedRegex(@"\b(?:last (?:updated|modified|edited|revised|changed)|(?:page|notice|post|article|document) (?:was )?(?:updated|modified|edited|revised))\b\W{0,3}(?:on|at)?\W{0,3}(?:[a-z]{3,9}\.?,?\s{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedOn();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A site generator's tag around a moment ('{{< track "2019-09-29 21:00:00" >}}', '{% include x %}') is markup, not words.
    [GeneratedRegex(@"\{\{[<%].{0,200}?[%>]\}\}|\{%.{0,200}?%\}")]
    internal static partial Regex TemplateTag();

    /// <summary>Whether a sentence ends on a site generator's tag, with only punctuation after it.</summary>
    private static bool EndsWithTag(string sentence) =>
        TemplateTag().Matches(sentence) is { Count: > 0 } tags && sentence[(tags[^1].Index + tags[^1].Length)..].All(c => !char.IsLetterOrDigit(c) && c != '_');

    /// <summary>Whether a sentence is its stamps and nothing more than a "Posted" or a zone: "Oct 14, 2023 - 03:12 EDT".</summary>
    private static bool OnlyStamps(string sentence, IEnumerable<(int Index, Stamp Stamp)> stamps)
    {
        var rest = sentence.ToCharArray();
        foreach (var (index, stamp) in stamps)
        {
            for (var k = index; k < Math.Min(index + stamp.Length, rest.Length); k++)
            {
                rest[k] = ' ';
            }
        }

        return StampWordsOnly().IsMatch(new string(rest));
    }

    [GeneratedRegex(@"^[\W\d_]*(?:(?:(?i:posted|updated|on|at)|[A-Z]{2,5})\b[\W\d_]*)*$")]
    private static partial Regex StampWordsOnly();

    [GeneratedRegex(@"^\W*(?:posted|updated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostedOn();

    /// <summary>
    /// Whether the status post a "Posted ..." line closes is the write-up: the nearest status label above it, after the
    /// post before, is "Postmortem" rather than "Investigating", "Update" or "Resolved".
    /// </summary>
    private static bool PostsTheWriteUp(IReadOnlyList<string> lines, IReadOnlyList<string>? headings, int postedLine)
    {
        for (var i = postedLine - 1; i >= 0; i--)
        {
            var line = (lines[i].Length == 0 && headings is not null && i < headings.Count ? headings[i] : lines[i]).Trim();
            if (IsPostedStamp(line))
            {
                return false;
            }

            if (StatusLabel().Match(line) is { Success: true } label)
            {
                return label.Groups["writeUp"].Success;
            }
        }

        return false;
    }

    // The label a status page sets over each post, alone on its line: the timeline's status words, the write-up's names first.
    [GeneratedRegex(@"^\W*(?:(?<writeUp>post[- ]?mortem|post[- ]incident (?:report|review)|root cause analysis)|" + TimelineParser.StatusWords + @"|completed|scheduled|in progress)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLabel();

    /// <summary>The text of the entry for the stamp that posts a status page's write-up.</summary>
    public const string WriteUpPublished = "Postmortem published";

    /// <summary>
    /// When a status page posted its write-up, if the line at <paramref name="line"/> is the "Posted ..." stamp that
    /// closes it (the nearest status label above is "Postmortem"); null for any other line.
    /// </summary>
    public static DateTimeOffset? WriteUpPostedAt(IReadOnlyList<string> lines, IReadOnlyList<string>? headings, int line, TimelineContext context) =>
        IsPostedStamp(lines[line]) && PostsTheWriteUp(lines, headings, line) && StampsOfLine(lines[line].Trim()) is { } stamps
            ? stamps.Select(s => PostedAt(s.Stamp, context)).FirstOrDefault(t => t is not null)
            : null;

    private static DateTimeOffset? PostedAt(Stamp stamp, TimelineContext context) =>
        stamp is { Date: { } day, Time: not null } ? stamp.ToUtc(day, stamp.Zone ?? context.Zone) : null;

    // A status update as a page writes it: its status word, then what it says.
    private const int StatusUpdateSentences = 2;

    private static string Clean(string sentence)
    {
        var text = LegacyDocumentParser.WithoutListMarker(Whitespace().Replace(TemplateTag().Replace(sentence.Replace("**", "", StringComparison.Ordinal), " "), " ").Trim());
        return text.Length <= MaxEventText ? text : text[..MaxEventText].TrimEnd() + "…";
    }
}
