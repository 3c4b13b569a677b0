using System.Globalization;
using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>
/// Decides started, detected, mitigated and resolved as a reader of the document would: a time stated in a label
/// first, then an explicit marker in the timeline ("outage starts", "full service restored"), then the document's own
/// measure of the outage ("resolved in 2 hours"), and only then the first and last lines of the timeline.
/// The four always come out in order (started &lt;= detected &lt;= mitigated &lt;= resolved); a value that breaks the
/// order is dropped, the less reliable and less central one first.
/// </summary>
internal static partial class TimestampReader
{
    // A change that breaks things shows within this; work done longer before the first sign of trouble is lead-up.
    private static readonly TimeSpan LeadUpGap = TimeSpan.FromHours(1);

    /// <param name="stated">The times written in labels ("Start time:", "Duration: 10:45 - 16:11 UTC"); null where none.</param>
    /// <returns>The timestamps, and the milestones whose timeline marks must go because the timestamps disagree with them.</returns>
    /// <param name="closed">A status page's incident marked resolved: its last update is its end, whatever the update says.</param>
    /// <param name="saidUnknown">The milestones the document says it does not know ("Start: Unverified", "Time to repair: Pending"): no guess fills them.</param>
    public static (Timestamps Timestamps, HashSet<Milestone> Dropped) Read(Timestamps stated, TimelineResult timeline, StatedDuration? duration, PostmortemExtractor.Run run, bool closed = false, IReadOnlySet<Milestone>? saidUnknown = null)
    {
        DateTimeOffset? At(Milestone milestone) => timeline.Events.FirstOrDefault(e => e.Event.Milestone == milestone)?.Event.Time;
        var inOrder = timeline.Events.Select(e => e.Event.Time).OfType<DateTimeOffset>().ToList();
        var times = inOrder.Distinct().Order().ToList();

        static Reading Written(Milestone milestone, DateTimeOffset? value) => new(milestone, value, value is null ? Source.Guess : Source.Stated, null);
        var values = new[]
        {
            Written(Milestone.Started, stated.Started),
            Written(Milestone.Detected, stated.Detected),
            Written(Milestone.Mitigated, stated.Mitigated),
            Written(Milestone.Resolved, stated.Resolved),
        };
        const int started = 0, detected = 1, mitigated = 2, resolved = 3;

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Value is null && At(values[i].Milestone) is { } marked)
            {
                values[i] = new(values[i].Milestone, marked, Source.Marker, "the timeline");
            }
        }

        var dropped = new HashSet<Milestone>();

        // "Looking at the logs around the start of the outage (~13:30)" written after the outage was reported mentions
        // the start; it is not the moment. A start marker later than another milestone gives way to the first entry.
        // The first entry is taken as written, passing over any entry later than a milestone already read (a table that
        // lists the vendor's "identified a misconfiguration" at 14:21 above the team's "outage reported" at 07:48).
        // Only milestones the timeline marks count for this: a stated "Detected: 09:00" before every entry leaves them all.
        bool BeforeMilestones(DateTimeOffset t) => values.All(v => v.Milestone == Milestone.Started || v.Source != Source.Marker || v.Value is not { } marked || t <= marked);
        if (values[started] is { Source: Source.Marker, Value: { } markedStart } && values.Any(v => v.Milestone != Milestone.Started && v.Value < markedStart)
            && inOrder.Where(t => t < markedStart && BeforeMilestones(t)).Cast<DateTimeOffset?>().FirstOrDefault() is { } firstBefore)
        {
            values[started] = new(Milestone.Started, firstBefore, Source.Guess, "the first timeline entry (the start marker comes after other milestones)");
            dropped.Add(Milestone.Started);
        }

        // The first entry as written, not the earliest: a narrative may go back to how it began days before. An entry that
        // tells the end ("until 10:45am there was an outage", "deployed the fixes shortly after 13:46") is not the start,
        // even when the text gives no other moment.
        // Nor is an entry later than a milestone the timeline marks, unless every entry is.
        var timedEntries = timeline.Events.Where(e => e.Event.Time is not null && e.Event.Milestone != Milestone.Resolved).Select(e => e.Event.Time!.Value).ToList();
        var beginnings = timedEntries.Where(BeforeMilestones).ToList() is { Count: > 0 } inOrderWithMarks ? inOrderWithMarks : timedEntries;
        DateTimeOffset? firstSign = null;
        if (values[started].Value is null && beginnings.Count > 0)
        {
            firstSign = AfterLeadUp(timeline) is { } trouble && BeforeMilestones(trouble) ? trouble : null;
            var afterGap = firstSign is null && AfterLatentGap(timeline) is { } resumed && BeforeMilestones(resumed) ? resumed : (DateTimeOffset?)null;
            values[started] = firstSign is { } sign
                ? new(Milestone.Started, sign, Source.Guess, "the first sign of trouble in the timeline (the entries before it are work done over an hour earlier)")
                : afterGap is { } later
                    ? new(Milestone.Started, later, Source.Guess, "the first timeline entry after a gap of weeks (the entries before it set the fault up while the service worked)")
                    : new(Milestone.Started, beginnings[0], Source.Guess, "the first timeline entry");
        }

        // "Detected: 2026-04-19T14:30Z" with no start and no timeline to read one from: the trouble had begun by the
        // time it was seen, and that is the earliest moment the document gives. Not with a stated length, which the
        // start would turn into an end the text never gives.
        if (values[started].Value is null && values[detected] is { Source: Source.Stated, Value: { } seen } && times.Count == 0 && duration is null)
        {
            values[started] = new(Milestone.Started, seen, Source.Guess, "the detection (no earlier moment is stated)");
        }

        if (duration is not null)
        {
            CrossCheck(values, times, duration, dropped, timeline, startIsFirstSign: firstSign is not null);
        }

        // A guessed end that makes the incident less than half as long as the document says it lasted ("two days of
        // downtime" after a timeline of one evening) is not the end: the timeline stops before it.
        // Nor is one that makes it more than twice as long: the timeline goes on after the incident ("the write-up was
        // published" days later).
        bool EndsTooSoon(DateTimeOffset end) => duration is not null && values[started].Value is { } from && ((end - from) * 2 < duration.Length || end - from > duration.Length * 2);

        // A mitigation with nothing said after it is when the impact ended; entries after it ("a better fix is deployed",
        // "the last transaction is mined") tell of the incident going on, and the latest entry is read below.
        if (values[resolved].Value is null && values[mitigated].Value is { } eased && !times.Any(t => t > eased) && !EndsTooSoon(eased))
        {
            values[resolved] = new(Milestone.Resolved, eased, Source.Guess, "the mitigation (no later end is stated)");
        }

        // With no stated end, the last timed entry is the best reading of when the work stopped (a guess, reported as one),
        // unless it tells of the trouble going on ("06:36 the team is alerted that the bot is offline"): then the
        // document does not say when the incident ended, and no end is better than a wrong one. A status page's incident
        // marked resolved ended by its last update even when that tells what had failed ("the failover did not take over").
        // A stated length with no entry to end at leaves the end unset rather than take the latest line ("15:40 restarted
        // the database" in a text saying it was down for 3 hours), so the length stays the document's.
        var measured = values[resolved].Value is null && values[started].Value is not null && duration is { InWholeDays: false };

        // "The API was down for 40 minutes before it was rolled back at 14:45 UTC": when the first moment the text names
        // is the remedy and nothing comes after it, that moment is the end and the stated length counts back from it; a
        // start read off it and an end 40 minutes later would both be made up. A loose length ("about an hour") gives
        // no start to the minute, so none is set; one told after or around a moment ("remained down for 20 minutes after
        // the rollback") runs on from it.
        if (measured && values[started] is { Source: Source.Guess, Value: { } onlyMoment } && values[mitigated].Value == onlyMoment
            && !times.Any(t => t > onlyMoment) && duration is { ToldAfterAMoment: false } countedBack)
        {
            values[resolved] = new(Milestone.Resolved, onlyMoment, Source.Guess, "the remedy the stated duration ends at (no later moment is named)");
            values[started] = countedBack.Approximate || countedBack.FromDetection
                ? new(Milestone.Started, null, Source.Guess, null)
                : new(Milestone.Started, onlyMoment - countedBack.Length, Source.Guess, $"the remedy less the stated duration \"{countedBack.Phrase}\"");
            measured = false;
        }

        if (!measured && values[resolved].Value is null && values[started].Value is { } back && !closed && WorkingAgainBeforeFollowUps(timeline, back, EasedWhole(timeline, values[mitigated].Value)) is { } cameBack && !EndsTooSoon(cameBack))
        {
            values[resolved] = new(Milestone.Resolved, cameBack, Source.Guess, "the latest timeline entry that tells the service working again or the impact eased (the entries after it come hours later and tell the follow-up)");
        }

        // Entries at the end that only make the trouble known or tell it afterwards ("22:09 An initial public announcement
        // is made via Twitter", "Received the incident report from the provider") come after the work; the one before
        // them is read. A last message that may tell the end ("Customers notified") still ends it.
        var latest = LatestBeyondNotices(timeline, times) ?? (times.Count > 0 ? times[^1] : null);
        if (!measured && values[resolved].Value is null && values[started].Value is { } begun && latest is { } last && last > begun
            && (closed || MayTellTheEnd(timeline.Events.Last(e => e.Event.Time == last).Event.Text)) && !EndsTooSoon(last))
        {
            values[resolved] = new(Milestone.Resolved, last, Source.Guess, last == times[^1] ? "the latest timeline entry" : "the latest timeline entry before the notices of the incident");
        }
        else if (!measured && values[resolved].Value is null && values[started].Value is { } from && !closed && LatestWorkingAgain(timeline, from) is { } working && !EndsTooSoon(working))
        {
            // "14:16 K3s API back, all 4 nodes Ready" then "14:30 4 stuck pods force-deleted": the last entry tells of
            // trouble left over, but an entry before it tells the service working again, and that is when the impact ended.
            values[resolved] = new(Milestone.Resolved, working, Source.Guess, "the latest timeline entry that tells the service working again (the last one tells of trouble left over)");
        }

        // "so for 3 hours our systems were down" after a start, and no entry to end at: the length is the document's own
        // measure, but the end it gives is a sum, not a time the text states ("about 3 hours" from a start read off a
        // graph). The length stays the stated duration; the end is left unset and the sum is reported. A length given
        // exactly from the one moment the text names ("At 16:04 BST we experienced an outage. For a period of 27
        // minutes, ...") is how the writer tells the end, and the sum is it; the worst of several outages ("the biggest
        // outage lasted 32 hours") did not run from it.
        if (measured && values[started].Value is { } measuredFrom && duration is { } length)
        {
            if (!length.Approximate && !length.FromDetection && !length.OfTheWorstOfSeveral && !times.Any(t => t > measuredFrom))
            {
                values[resolved] = new(Milestone.Resolved, measuredFrom + length.Length, Source.Guess, $"the start plus the stated duration \"{length.Phrase}\" (no later moment is named)");
            }
            else
            {
                run.Guessed($"no end time is stated; the stated duration \"{length.Phrase}\" from the start would put it near {Utc(measuredFrom + length.Length)}");
            }
        }

        // "Start | Unverified; historical job failures predate this remediation": the writer does not know the moment,
        // so the first entry or the latest is no reading of it (an entry that says it, "14:00 incident resolved", still is).
        for (var i = 0; i < values.Length; i++)
        {
            if (saidUnknown?.Contains(values[i].Milestone) == true && values[i].Source == Source.Guess && values[i].Value is not null)
            {
                values[i] = new(values[i].Milestone, null, Source.Guess, null);
                run.Guessed($"no {values[i].Milestone.Name()} time: the document says it is not known");
            }
        }

        KeepInOrder(values, dropped, run);

        foreach (var reading in values)
        {
            if (reading.Value is not { } value)
            {
                run.NotFound(reading.Milestone.Name() + " time");
            }
            else if (reading.GuessedFrom is not null)
            {
                run.Guessed($"{reading.Milestone.Name()} {Utc(value)} from {reading.GuessedFrom}");
            }
            else
            {
                run.Extracted($"{reading.Milestone.Name()} {Utc(value)}");
            }
        }

        return (new Timestamps(values[0].Value, values[1].Value, values[2].Value, values[3].Value), dropped);
    }

    /// <summary>
    /// "The outage lasted 5 hours 26 minutes": when start plus that length lands on a timeline entry, that entry is the
    /// end, whatever the last line says ("incident closed, postmortem begins"); when only the end is sure, the entry
    /// that length before it is the start.
    /// </summary>
    /// <param name="startIsFirstSign">The start is the first sign of trouble after hours of lead-up: a round time to resolve does not move it back into the lead-up.</param>
    private static void CrossCheck(Reading[] values, List<DateTimeOffset> times, StatedDuration duration, HashSet<Milestone> dropped, TimelineResult timeline, bool startIsFirstSign)
    {
        const int started = 0, detected = 1, mitigated = 2, resolved = 3;
        // "~1 hour" for 77 minutes: a round figure is checked loosely.
        var tolerance = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(5).Ticks, duration.Length.Ticks / (duration.Round ? 3 : duration.Approximate ? 5 : 20)));
        DateTimeOffset? EntryNear(DateTimeOffset target) =>
            times.Where(t => (t - target).Duration() <= tolerance).OrderBy(t => (t - target).Duration()).Cast<DateTimeOffset?>().FirstOrDefault();
        bool Fits(DateTimeOffset from, DateTimeOffset to) => (to - from - duration.Length).Duration() <= tolerance;

        if (values[started].Value is not { } start || values[resolved] is { Source: Source.Stated } || (values[resolved].Value is { } stated && Fits(start, stated)))
        {
            return;
        }

        // Keep the start and find the end, or keep the end and find the start: whichever lands nearer an entry. A round
        // figure ("~1 hour") ends at the last entry within its reach that tells the service working again, not at the
        // finding nearest it ("20:06 investigation revealed clock drift" before "20:17 services restarted, UI working").
        var roughEnd = duration.Round
            ? timeline.Events.Select(e => e.Event).Where(e => e.Time is { } t && t > start && (t - start - duration.Length).Duration() <= tolerance && ServiceWorking().IsMatch(e.Text) && !StillGoingOn(e.Text))
                .Select(e => e.Time).Max()
            : null;
        var measuredEnd = roughEnd ?? (EntryNear(start + duration.Length) is { } e1 && e1 > start ? e1 : (DateTimeOffset?)null);
        var knownEnd = values[resolved].Value ?? values[mitigated].Value ?? (times.Count > 0 && times[^1] > start ? times[^1] : null);
        // A start after the trouble was seen ("~19:00 user noticed 401 errors") is no start. A round time to resolve
        // ("Resolution time: ~4 hours", counted from when the work began) does not move the start back among the entries
        // of the evening before that the first sign of trouble came hours after; a duration may ("Duration: ~4 hours
        // from the bad deploy"), and so may a measured time ("Time to recovery: 5840 minutes").
        var measuredStart = values[started].Source == Source.Guess && knownEnd is { } until && EntryNear(until - duration.Length) is { } s1 && s1 < until
            && !(values[detected].Value < s1) && !(startIsFirstSign && duration.Round && duration.FromDetection && s1 < start) ? s1 : (DateTimeOffset?)null;
        var endMiss = measuredEnd is { } a ? (a - start - duration.Length).Duration() : TimeSpan.MaxValue;
        var startMiss = measuredStart is { } b ? (knownEnd!.Value - b - duration.Length).Duration() : TimeSpan.MaxValue;
        if (measuredEnd is { } end && endMiss <= startMiss)
        {
            if (values[resolved].Source == Source.Marker)
            {
                dropped.Add(Milestone.Resolved);
            }

            values[resolved] = new(Milestone.Resolved, end, Source.Guess, $"the timeline entry the stated duration \"{duration.Phrase}\" ends at");
            if (values[mitigated] is { Source: Source.Marker, Value: { } eased } && eased > end)
            {
                // "16:44 disabled the credentials" after an outage the author says lasted until 16:40 eased nothing of it.
                values[mitigated] = new(Milestone.Mitigated, null, Source.Guess, null);
                dropped.Add(Milestone.Mitigated);
            }
        }
        else if (measuredStart is { } begin)
        {
            values[started] = new(Milestone.Started, begin, Source.Guess, $"the timeline entry the stated duration \"{duration.Phrase}\" before the end");
            if (values[resolved].Value is null)
            {
                values[resolved] = new(Milestone.Resolved, knownEnd!.Value, Source.Guess, $"the end the stated duration \"{duration.Phrase}\" measures to");
            }
        }
    }

    /// <summary>
    /// The reader requires started &lt;= detected &lt;= mitigated &lt;= resolved. Of two values out of order the less
    /// reliable goes (a guess before a timeline marker before a stated time); between equals, detected and mitigated go
    /// before started and resolved, which the duration and every list of incidents depend on.
    /// </summary>
    private static void KeepInOrder(Reading[] values, HashSet<Milestone> dropped, PostmortemExtractor.Run run)
    {
        for (var pass = 0; pass < values.Length; pass++)
        {
            var present = values.Select((v, i) => (v, i)).Where(x => x.v.Value is not null).ToList();
            var clash = present.Zip(present.Skip(1)).FirstOrDefault(p => p.Second.v.Value < p.First.v.Value);
            if (clash == default)
            {
                break;
            }

            static (int, int) Weight(Reading r) => ((int)r.Source, r.Milestone is Milestone.Started or Milestone.Resolved ? 1 : 0);
            var drop = Weight(clash.First.v).CompareTo(Weight(clash.Second.v)) < 0 ? clash.First : clash.Second;
            var other = drop == clash.First ? clash.Second.v : clash.First.v;
            run.Warn(DiagnosticCodes.MilestoneDropped, $"'{drop.v.Milestone.Name()}' ({Utc(drop.v.Value!.Value)}) is out of order with '{other.Milestone.Name()}' and is left out of the timestamps and the timeline's milestones", null, "check the times and their zone in the document");
            values[drop.i] = new(drop.v.Milestone, null, Source.Guess, null);
            dropped.Add(drop.v.Milestone);
        }
    }

    /// <summary>
    /// "04:00 team runs the network change, 07:00 hand-over, 10:00 review, 12:00 the pipeline unexpectedly reverts the
    /// cluster": work done hours before the first sign of trouble is the lead-up, not the incident. The start is the
    /// earliest entry within an hour before that sign (a change that breaks things shows within the hour: the deploy
    /// right before the alerts is the start), else the sign itself. Null when the first entry already tells of trouble,
    /// none does, or a milestone is marked before it.
    /// </summary>
    private static DateTimeOffset? AfterLeadUp(TimelineResult timeline)
    {
        var timed = timeline.Events.Where(e => e.Event.Time is not null).Select(e => e.Event).ToList();

        // The end ("persisted until 7:04am when we terminated the server after a user report") is no first sign.
        var first = timed.FindIndex(e => e.Milestone != Milestone.Resolved && (TellsTrouble(e.Text) || TellsFirstSign(e.Text)));
        if (first <= 0 || timed.Take(first).Any(e => e.Milestone is not null))
        {
            return null;
        }

        var sign = timed[first].Time!.Value;
        var start = timed.Take(first).Select(e => e.Time!.Value).FirstOrDefault(t => t <= sign && sign - t <= LeadUpGap, sign);
        return start == timed[0].Time ? null : start;
    }

    /// <summary>
    /// "2018-10-08 ~18:40 certificates applied by hand; services are operational, but the conditions for failure have
    /// been set" weeks before "2018-10-30 09:10 deploys to staging": entries before a gap of more than a week, fewer than
    /// those after it, that end with the service working and tell of no outage, are how the fault got in; the incident
    /// starts with the first entry after the gap. Not "Last successful form submission" weeks before the investigation: the silent failure
    /// began then. Null when the timeline has no such gap.
    /// </summary>
    private static DateTimeOffset? AfterLatentGap(TimelineResult timeline)
    {
        var timed = timeline.Events.Where(e => e.Event.Time is not null).Select(e => e.Event).ToList();
        var gap = Enumerable.Range(1, Math.Max(0, timed.Count - 1)).FirstOrDefault(i => timed[i].Time!.Value - timed[i - 1].Time!.Value > LatentGap);
        if (gap == 0 || gap * 2 > timed.Count - gap)
        {
            return null;
        }

        var before = timed.Take(gap).ToList();
        return ServiceUp().IsMatch(before[^1].Text) && !LastSuccess().IsMatch(before[^1].Text) && !before.Any(e => ServiceDown().IsMatch(e.Text)) ? timed[gap].Time : null;
    }

    private static readonly TimeSpan LatentGap = TimeSpan.FromDays(7);

    [GeneratedRegex(@"\blast (?:successful|good|working|healthy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastSuccess();

    // The service said to be up ("Services are operational"), not a word that also names a channel ("stable").
    [GeneratedRegex(@"\b(?:operational|working|healthy|functional)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceUp();

    // An outage told before the gap: it is the incident (or a first one), not how the fault got in.
    [GeneratedRegex(@"\b(?:went down|(?:is|was|were|are) down|unavailable|outage|unreachable|offline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceDown();

    /// <summary>An entry that tells of a fault itself ("503 responses", "crashed"), not only of someone reporting something.</summary>
    public static bool TellsFault(string text) => TroubleWording().IsMatch(text);

    /// <summary>An entry that tells of a fault, an alert, or someone noticing or reporting something wrong.</summary>
    public static bool TellsTrouble(string text) => TroubleWording().IsMatch(text) || DetectionWording().IsMatch(text);

    /// <summary>The latest time of the timeline whose entries tell more than a first notice or a write-up; none when every one does.</summary>
    private static DateTimeOffset? LatestBeyondNotices(TimelineResult timeline, List<DateTimeOffset> times)
    {
        for (var k = times.Count - 1; k >= 0; k--)
        {
            var told = timeline.Events.Where(e => e.Event.Time == times[k]).ToList();
            if (told.Count == 0 || !told.All(e => EventWording.TellsOfTheTroubleOnly(e.Event.Text)))
            {
                return times[k];
            }
        }

        return null;
    }

    /// <summary>
    /// The time of the latest entry that tells the service working again ("API back, all nodes Ready", "site restored"),
    /// after the first sign of trouble and with no trouble in its words; null when a later entry says the trouble is
    /// still there or came back ("errors returned", "still failing"), or when none does.
    /// </summary>
    private static DateTimeOffset? LatestWorkingAgain(TimelineResult timeline, DateTimeOffset start)
    {
        var entries = timeline.Events.Select(e => e.Event).Where(e => e.Time is not null).ToList();
        var firstTrouble = entries.FirstOrDefault(e => TroubleWording().IsMatch(e.Text))?.Time ?? start;
        var working = entries.FindLastIndex(e => e.Time > start && e.Time > firstTrouble && !e.DeadEnd && BackInService().IsMatch(e.Text)
            && !TroubleWording().IsMatch(e.Text) && !ButStillTrouble().IsMatch(e.Text) && !NotWorking().IsMatch(e.Text) && !ElsewhereThanProduction().IsMatch(e.Text));
        if (working < 0 || entries.Skip(working + 1).Any(e => TroubleWording().IsMatch(e.Text) && TroubleAgain().IsMatch(e.Text) && !Monitoring().IsMatch(e.Text)))
        {
            return null;
        }

        return entries[working].Time;
    }

    /// <summary>
    /// "11:16 deploy rolled back, checkout restored", then "2026-05-19 14:00 permanent fix deployed" and "2026-05-21
    /// postmortem review held": a timeline that goes on long after the service came back tells the follow-up, and the
    /// incident ended when the service did come back. The entries after it must start at least half a day later and
    /// after a pause longer than the incident had lasted; null otherwise, or when a later entry tells the trouble again.
    /// </summary>
    /// <param name="eased">The mitigation read ("the router was taken offline at 17:15. This quickly mitigated the impact"): when it comes after the service was told working again, or nothing tells that, the impact ended with it.</param>
    private static DateTimeOffset? WorkingAgainBeforeFollowUps(TimelineResult timeline, DateTimeOffset start, DateTimeOffset? eased)
    {
        var told = LatestWorkingAgain(timeline, start);
        if ((told > eased ? told : eased ?? told) is not { } working || working <= start)
        {
            return null;
        }

        var later = timeline.Events.Select(e => e.Event.Time).OfType<DateTimeOffset>().Where(t => t > working).Distinct().Order().ToList();
        bool FollowUpAfter(DateTimeOffset from, DateTimeOffset next) => next - from >= FollowUpPause && next - from > working - start;
        if (later.Count == 0)
        {
            return null;
        }

        if (FollowUpAfter(working, later[0]))
        {
            return working;
        }

        // "13:49 the vulnerable strategy is removed from the queue, thus mitigating the issue", then "14:09 the other
        // strategies are removed" and "20:38 the funds are moved back", and only the next day the fix is written, reviewed
        // and deployed over a week: a mitigation of the whole impact followed that day by more of the same clean-up, none
        // telling the trouble going on, and then by a pause of half a day, ended the incident; the days after are the
        // follow-up. Any later entry telling the impact going on, in whatever words, or a mitigation for some users or
        // regions only, leaves the end to the rules below. A service only told working again needs the pause right
        // after it.
        if (eased != working)
        {
            return null;
        }

        var afterwards = timeline.Events.Select(e => e.Event).Where(e => e.Time > working);
        return later.Zip(later.Skip(1)).Any(pair => FollowUpAfter(pair.First, pair.Second))
            && !timeline.Events.Any(e => e.Event.Time == working && ForSomeOnly().IsMatch(e.Event.Text))
            && afterwards.All(e => !e.DeadEnd && !StillGoingOn(e.Text) && !ImpactGoingOn().IsMatch(e.Text) && !(TroubleWording().IsMatch(e.Text) && TroubleAgain().IsMatch(e.Text)))
            ? working : null;
    }

    private static readonly TimeSpan FollowUpPause = TimeSpan.FromHours(12);

    // "thus mitigating the issue for EU users", "mitigated in one region": eased for a part, the rest going on.
    [GeneratedRegex(@"\b(?:for|in|on) (?:the |our )?(?:[\w-]+ )?(?:users|customers|tenants|merchants|regions?|clusters?|zones?)\b|\b(?:temporar(?:y|ily)|partial(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForSomeOnly();

    // The impact told going on in words other than a failure's: "timeouts spike again", "users still unable to
    // withdraw", "customers continue to report missing balances", "merchants are still waiting", "the attacker exploits
    // a second strategy", "withdrawal queue stuck".
    [GeneratedRegex(@"\b(?:still|again|continu\w*|persist\w*|recur\w*|re-?appear\w*|unable|cannot|can['’]?t|stuck|spik\w*|timing out|timeouts?|exploit\w*|drain\w*|attack\w*|waiting|latency|slow\w*|live)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactGoingOn();

    /// <summary>
    /// The mitigation when its entry tells the impact eased as a whole ("taken offline at 17:15. This quickly mitigated
    /// the impact"), not in part ("a first patch is going out, mitigating most stuck payouts"): the rest goes on after it.
    /// </summary>
    private static DateTimeOffset? EasedWhole(TimelineResult timeline, DateTimeOffset? eased) =>
        eased is { } at && timeline.Events.Where(e => e.Event.Time == at && e.Event.Milestone == Milestone.Mitigated).All(e => !InPart().IsMatch(e.Event.Text)) ? eased : null;

    [GeneratedRegex(@"\b(?:most|some|partial(?:ly)?|part of|a first)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPart();

    // The service told as working again, the words ending their clause: "API back, all 4 nodes Ready", "site came back",
    // "service restored.", "everything back to normal"; not "vendor called back", "rolled the release back",
    // "back-pressure", "backup restored to a scratch instance", "latency at 10x normal".
    [GeneratedRegex(@"(?<!\b(?:called|rolled|roll|rolling|rolls|fell|fall|falls|pushed|push|wrote|write|replied|reply|hit|got|get|reached|reported|circled|stepped|pulled|dialed|set|sent|send|paid|pay|kicked|held|hold|switched|moved|scaled|went|go|going|the \w+|release|deploy|change|commit)\s)\b(?:back(?:\s+(?:up|online|to normal))?|came back|(?:returned|back) to normal|restored|recovered|healthy|operational|ready|(?:up|online|available) again)(?=\s*(?:[,;.!)]|$|\s+(?:and|for|at|as|with)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex BackInService();

    // "staging healthy", "restored to a scratch instance": working somewhere other than where the users are.
    [GeneratedRegex(@"\b(?:staging|test|testing|dev|development|sandbox|scratch|canary|local(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereThanProduction();

    // "Errors returned on checkout", "site still returning 502 errors", "500 errors are back": the trouble again.
    [GeneratedRegex(@"\b(?:still|again|returned|returning|back|recur\w*|persist\w*|continu\w*|relaps\w*|re-?appear\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleAgain();

    // "We are continuing to monitor for any further issues": watching, not trouble.
    [GeneratedRegex(@"\bmonitor\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Monitoring();

    // "Node has regained healthy status, but volumes will not mount": working again in part, with trouble left.
    [GeneratedRegex(@"\b(?:but|however|yet|although|though|except)\b[^.;]{0,80}?\b(?:not|n[’']t|never|fail\w*|errors?|still|unable|cannot|stuck|down|broken)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButStillTrouble();

    // "The node is no longer healthy", "the site was not back": the working word denied.
    [GeneratedRegex(@"\b(?:no longer|not|n[’']t|never|nor)\s+(?:[\w-]+\s+)?(?:healthy|working|operational|available|stable|back|normal|online|restored|recovered|ready)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotWorking();

    /// <summary>
    /// An entry that reports a fault, an alert or something still broken and no recovery, or a fix still waiting to go
    /// out with nothing said to be working again ("Error rates back to baseline; permanent fix pending release" is an end;
    /// "engineers are still working on a fix" is not).
    /// </summary>
    private static bool StillGoingOn(string text) =>
        (TroubleWording().IsMatch(text) && !RecoveryWording().IsMatch(text) && !EventWording.MostlyWorked(text)) || (FixPending().IsMatch(text) && !WorkingAgain().IsMatch(text));

    // "Waiting for merge + auto-deploy", "fix PR awaiting merge": the fix is written but not yet out, so the trouble goes
    // on; "engineers are still working on a fix": not even written. A review is not one: "postmortem draft pending
    // review" tells of the write-up; nor a permanent fix worked on after a stopgap that held.
    [GeneratedRegex(@"\b(?:(?:waiting|awaiting|pending)\b(?:\s+(?:for|on))?(?:\s+(?:the|a|its|our))?\s+(?:merge|deploy(?:ment)?|release|rollout|ci|build)|(?:are|is|still)\s+(?:\w+\s+)?working on (?:a |an |the )?(?!(?:permanent|proper|long-?term|longer-?term|lasting|final)\b)(?:fix|patch|solution|workaround)(?!\w))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixPending();

    // "Services restarted, cluster UI working", "back to normal": the service working again; not "working on a proper
    // fix", nor "rolled back to release 4.1".
    [GeneratedRegex(@"\b(?<!\b(?:rolled|roll|rolling|went|go|going|moved|switched|not|never)\s)(?:back(?:\s+(?:up|online|to normal))?(?!\s+(?:to|on|in)\b)|normal|baseline|recovered|restored|working(?!\s+(?:on|to|with|through|towards?|around)\b)|healthy|operational|(?:up|online|available) again|stable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceWorking();

    // Recovery told of the service; not RecoveryWording, whose "fix" and "complete" name the pending work itself ("fix PR
    // awaiting merge"), nor "working on a fix".
    [GeneratedRegex(@"\b(?<!\bnot\s(?:yet\s)?)(?:back|normal|baseline|recovered|restored|working(?!\s+(?:on|to|with|through|towards?|around)\b)|healthy|resolved|mitigated|gone|(?:up|in|online|running|available) again|stable|stabili[sz]ed|operational|(?:is|was|were) over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingAgain();

    // "All impacted systems identified, mail queued": a finding, with no word of the service working again, is no end; one
    // with the remedy done ("identified the malicious packages, deleted them, and revoked the tokens") may be.
    private static bool MayTellTheEnd(string text) => !StillGoingOn(text) && !FindingOnly(text);

    private static bool FindingOnly(string text) => FindingWording().IsMatch(text) && !RecoveryWording().IsMatch(text) && !ServiceWorking().IsMatch(text) && !RemedyDone().IsMatch(text);

    [GeneratedRegex(@"\b(?:deleted|removed|revoked|fixed|patched|rolled back|reverted|restarted|replaced|disabled|blocked|deployed|applied|rotated|cleaned up|purged|repaired|rebuilt|corrected|pushed|shipped|killed|terminated|drained|flushed|rebooted|failed over|scaled (?:up|out)|evicted|isolated|resolved|mitigated|normal(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyDone();

    [GeneratedRegex(@"\b(?:identified|identifie[rs]|diagnosed|pinpointed|(?:root )?cause (?:found|confirmed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingWording();

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>How far a value can be trusted, least first.</summary>
    private enum Source
    {
        Guess,
        Marker,
        Stated,
    }

    private sealed record Reading(Milestone Milestone, DateTimeOffset? Value, Source Source, string? GuessedFrom);

    // A fault word, an error class by its name ("First InternalError response", "ConnectionResetException"), a
    // server error status ("503 responses"), or something that was not brought back ("containers weren't properly
    // restarted").
    [GeneratedRegex(@"\b(?<!\b(?:pre|post|anti|non)-)(?:(?-i:[A-Z][A-Za-z]*?(?:Error|Exception))|5[01]\d (?:responses?|errors?|status(?:es)?)(?! (?:per|a|an|each|every)\b)|alert(?:s|ed)?|paged|offline|expired|f(?:all|alls|alling|ell) apart|(?:was|were|is|are)(?:n['’]t| not) (?:properly |correctly |successfully |fully )?(?:restarted|restored|recovered|reachable)|(?:is|are|was|were|went|goes|go) down|outage|unavailable|unreachable|unhealthy|not healthy|fail(?:s|ed|ing)?|failures?|errors?|erroring|crash(?:es|ed|ing)?|broken|(?:came|come|comes|ground|grinds?|grinding) to a (?:grinding |complete |screeching |sudden )?(?:halt|standstill|stop))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleWording();

    /// <summary>
    /// "OOM controller kills the replica", "the node panicked", "new version containing malware is published", "the
    /// site starts experiencing an increase in database load": a process killed for memory, a panic, an attack or the
    /// service beginning to suffer begins the incident, though no fault word says so. Only a first
    /// sign ("no further OOM kills" as the last entry says nothing goes on), and not where the entry guards against one
    /// ("a WAF rule against a newly published exploit", "a fix for an old panic", "no further OOM kills", "a runbook for
    /// when the site starts experiencing lag").
    /// </summary>
    private static bool TellsFirstSign(string text) =>
        FirstSignWording().Match(text) is { Success: true } sign && !GuardedAgainst().IsMatch(text.AsSpan(0, sign.Index));

    // "pre-attack funding", "post-outage review": a word prefixed as before, after or against the trouble is no sign of it.
    [GeneratedRegex(@"\b(?<!\b(?:pre|post|anti|non)-)(?:oom(?:[- ]?kill(?:s|ed|er)?)?|out of memory|panic(?:s|ked)?|malware|malicious|compromised|exploit(?:s|ed)?|attack(?:s|ed)?|breach(?:es|ed)?|hacked|(?:start(?:s|ed)?|began|begins?) (?:experiencing|to experience|suffering|to suffer|seeing|to see))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSignWording();

    [GeneratedRegex(@"\b(?:fix(?:es|ed)? for|against|patch(?:es|ed)? for|prevent(?:s|ed|ing)?|no (?:further|more)|for when|in case|in the event|whenever)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex GuardedAgainst();

    // Someone noticing or reporting, or something going wrong unexpectedly or running out: a sign of trouble even
    // without a fault word ("the runners ran out of disk space").
    [GeneratedRegex(@"\b(?:(?:incident|outage|issue) (?:was |is )?(?:opened|declared|raised|created)|notic(?:e|es|ed|ing)|report(?:s|ed|ing)?|detect(?:s|ed|ing)?|complain\w*|unexpected(?:ly)?|unintended|unintentional(?:ly)?|accidental(?:ly)?|by mistake|unresponsive|not responding|stopped (?:responding|working)|degraded|timeouts?|timing out|exceptions?|high (?:load|latency|cpu|memory|error)|spik(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|saturat\w*|exhaust\w*|(?:ran|runs?|running) out of|no space left|(?:disk|disks|volume|partition)s? (?:was |were |is |are )?full)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetectionWording();

    [GeneratedRegex(@"\b(?:back|normal|zero|(?:is|was|were) over|end(?:s|ed)|gone|recover\w*|restor\w*|fix(?:es|ed)?|resolv\w*|healthy again|drop(?:s|ped)?|decreas\w*|subsid\w*|clear(?:s|ed)?|stabili[sz]\w*|complete[sd]?|working)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveryWording();
}
