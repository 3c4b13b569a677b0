using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Extracting;

/// <summary>What was read from a legacy document. Fields are null where the document does not say.</summary>
internal sealed record ExtractedPostmortem(
    string Id,
    string Title,
    DateOnly? Date,
    string? Severity,
    string? Summary,
    Classification Classification,
    string? Trigger,
    string RootCauseText,
    Timestamps Timestamps,
    Impact Impact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<TimelineEvent> Timeline,
    string Body,
    string SourcePath,
    string? ForeignFrontMatter,
    string TimeZone)
{
    /// <summary>The length the document states, when its start or end is not known.</summary>
    public double? StatedDurationMinutes { get; init; }

    /// <summary>
    /// Dead ends the prose tells with no time ("we restarted the workers, but jobs were still failing"): not timeline
    /// entries, which say what happened when, so the reviewer is told of them to add each with its time.
    /// </summary>
    public IReadOnlyList<string> DeadEndsWithoutTime { get; init; } = [];

    /// <summary>The incident as the rest of the pipeline sees it; null without a date, which every incident needs.</summary>
    public Postmortem? ToPostmortem() => Date is not { } date ? null : new Postmortem(
        Id, Title, date, IncidentStatus.Published, Severity, Summary,
        new RootCause(Classification.Category, Classification.Secondary, Trigger, Classification.Confidence, Classification.DecidedBy),
        Timestamps, Impact, Services, [], Tags, [], ActionItems, Timeline, Body, RootCauseText, SourcePath)
    {
        StatedDurationMinutes = StatedDurationMinutes,
    };
}

/// <summary>The per-file report: what was read as written, what was inferred, and what the document does not say.</summary>
public sealed record ExtractionReport(IReadOnlyList<string> Extracted, IReadOnlyList<string> Guessed, IReadOnlyList<string> NotFound);

internal sealed record Extraction(ExtractedPostmortem Postmortem, ExtractionReport Report, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Turns one free-form postmortem into an <see cref="ExtractedPostmortem"/>: title, date, UTC timestamps, timeline,
/// impact, severity, services, root cause (classified), trigger and action items, with a report of how each was found.
/// Total by design: any text gives a result, and what could not be read becomes a warning, never an exception.
/// </summary>
internal sealed partial class PostmortemExtractor
{
    private static readonly string[] StartLabels = ["start time", "start", "started", "began", "incident start", "outage start", "start of incident", "started at", "offline", "went offline", "down", "went down", "down since", "outage began", "first impact", "incident from", "outage from", "incident start date"];
    private static readonly string[] EndLabels = ["end time", "end", "ended", "resolved", "resolved at", "incident end", "outage end", "end of incident", "recovered", "ended at", "online", "back online", "back up", "restored", "service restored", "recovered at", "incident until", "outage until", "incident end date"];
    private static readonly string[] DetectedLabels = ["detected", "detection time", "detected at", "time detected"];

    // Lines that date when the trouble began or was first seen, which a post's own "Date:" line can come weeks after
    // ("Down:" or "Offline:" alone tell a state, not a day, so only the words for a start count).
    private static readonly string[] FirstSeenLabels = ["start", "started", "started at", "began", "incident start", "outage start", "start of incident", "outage began", "first impact", "down since", .. DetectedLabels, "discovered", "issue discovered", "problem discovered", "first discovered", "first reported", "first seen", "reported", "detected on", "discovered on"];

    /// <summary>A line above the document's first section: under its title at most, where a report states its facts.</summary>
    private static bool InHeader(LegacyDocument document, int line) =>
        line >= 0 && line < document.Lines.Count && document.SectionOf(line) is var section && (section < 0 || (section == 0 && document.Sections[0].Level <= 1));

    /// <summary>The moment a date line in the document's header gives with its time of day, in the line's zone.</summary>
    private static (DateTimeOffset Moment, string Label)? MomentOnTheDateLine(LegacyDocument document, ZoneReading zone)
    {
        foreach (var field in document.FieldsWithLines.Where(f => DateLabels.Contains(f.Field.Key) && InHeader(document, f.Line)).Select(f => f.Field))
        {
            var stamp = DateTimeText.FindStamps(field.Value!, null).FirstOrDefault(s => s is { Date: not null, DateHasYear: true, Time: not null, HalfDayUnsaid: false });
            if (stamp?.ToUtc(stamp.Date!.Value, ZoneOf(field, zone).Rule) is { } moment)
            {
                return (moment, field.Label ?? field.Key!);
            }
        }

        return null;
    }

    /// <summary>A line about this incident: not under a heading about others ("## Related incidents", "Previous outages").</summary>
    private static bool AboutThisIncident(LegacyDocument document, int line) =>
        line >= 0 && line < document.Lines.Count && !document.IsWithin(line, key => OtherIncidents().IsMatch(key));

    [GeneratedRegex(@"\b(?:related|previous|similar|other|past|earlier|prior)\b.*\b(?:incidents?|outages?|issues?|events?)\b")]
    private static partial Regex OtherIncidents();
    private static readonly string[] MitigatedLabels = ["mitigated", "mitigated at", "mitigation time"];
    private static readonly string[] RangeLabels = ["duration", "duration of outage", "outage duration", "outage window", "incident window", "window", "when", "time", "time window", "period", "incident duration"];
    private static readonly string[] DateLabels = ["date", "incident date", "date of incident", "occurred", "day", "date of outage"];

    // "Date of Incident: 20th September 2023, 14:32 UTC": the incident's own date line with a time gives its start.
    // A bare "Date:" is often the post's, so it does not.
    private static readonly string[] IncidentDateLabels = [.. DateLabels.Except(["date", "day"])];
    private static readonly string[] SeverityLabels = ["severity", "sev", "incident severity", "severity level", "priority", "impact level"];
    private static readonly string[] ServiceLabels = ["services", "service", "affected services", "services affected", "affected service", "systems affected", "affected systems", "components", "affected components", "component", "systems"];
    private static readonly string[] TriggerLabels = ["trigger", "triggered by", "what triggered it", "triggering event"];
    private static readonly string[] TitleLabels = ["title", "postmortem", "post mortem", "incident", "incident title", "subject", "postmortem report", "incident report"];
    private static readonly string[] GenericTitles = ["postmortem", "post mortem", "incident report", "postmortem report", "incident postmortem", "summary", "issue summary"];

    private readonly RootCauseTaxonomy _taxonomy;
    private readonly RootCauseClassifier _classifier;

    public PostmortemExtractor(RootCauseTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _classifier = new RootCauseClassifier(taxonomy);
    }

    /// <summary>
    /// "Root cause", "Causes", "Analysis of causes", "Probable cause", "Why it happened": a heading or label over what
    /// caused the incident; not over its fixes ("Root cause remediations").
    /// </summary>
    public static bool IsCauseKey(string key) =>
        (CauseInKey().IsMatch(key) && !RemedyOfTheCause().IsMatch(key)) || key.Contains("underlying") || key is "rca" or "why it happened" or "what caused it" or "contributing factors";

    // "cause" among the first words ("Analysis of causes"), or "root cause" anywhere ("Investigation and identification
    // of the root cause").
    [GeneratedRegex(@"^(?:\S+ ){0,4}causes?\b|root cause")]
    private static partial Regex CauseInKey();

    public static bool IsTimelineKey(string key) =>
        key.Contains("timeline") || key.Contains("chronology") || key.Contains("sequence of events") || key is "events" or "incident log" or "log of events" or "update" or "updates" or "status updates"
        || (key.StartsWith("incident log ", StringComparison.Ordinal) && key.Split(' ').Length <= 4);

    /// <summary>
    /// Whether a range label's value is the incident's window. "Duration: 2:30", "Durée : 2h30": a label for the length
    /// whose value is only a figure like a clock is the length written that way, not when the incident began; "Duration:
    /// 14:32 UTC - ongoing" and "Duration: 14:00 - 16:30" still give their ends.
    /// </summary>
    private static bool GivesWindow(string key, string value) =>
        IsRangeKey(key) && !(key.Split(' ').Any(w => w is "duration" or "downtime" or "length") && StatedDuration.IsWrittenLikeAClock(value));

    /// <summary>"Duration", "Outage window", "Total impact duration", "Time window of degraded ingestion": a label whose value may be a span of time.</summary>
    private static bool IsRangeKey(string key) => RangeLabels.Contains(key) || key.EndsWith(" duration", StringComparison.Ordinal) || key.Contains("window", StringComparison.Ordinal);

    // "Duration of impact: ~40 minutes" is a length, not what the impact was ("Duration and impact" still tells it).
    private static bool IsImpactKey(string key) =>
        (key.Contains("impact") && !key.StartsWith("duration of", StringComparison.Ordinal) && !key.StartsWith("length of", StringComparison.Ordinal))
        || key is "effect" or "user impact" or "customer impact";

    private static bool IsSummaryKey(string key) => key.Contains("summary") || key is "overview" or "tl dr" or "tldr" or "description" or "what happened";

    /// <param name="sourcePath">The file's path as shown in diagnostics; its name gives the id and, failing all else, the title and date.</param>
    /// <param name="fileDate">The day the file was last changed: the last fallback for the incident's date.</param>
    public Extraction Extract(string sourcePath, string text, DateOnly? fileDate = null)
    {
        var run = new Run(sourcePath);
        var normalized = TextNormalizer.Normalize(text);
        var split = FrontMatter.Split(normalized);
        if (split.Exists && ForeignFrontMatter.IsDocumentBetweenRules(split.Yaml!))
        {
            split = new FrontMatter(null, 0, normalized, 1);
        }

        var foreign = !split.Exists ? ForeignFrontMatter.None
            : TomlFrontMatter.ZiggyAsYaml(split.Yaml!) is { } ziggy ? ForeignFrontMatter.Read(ziggy, run)
            : ForeignFrontMatter.Read(split.Yaml!, run);
        var body = split.Exists ? split.Body : normalized;
        var firstBodyLine = split.Exists ? split.BodyFirstLine - 1 : 0;
        var foreignText = split.Exists ? split.Yaml : null;
        if (!split.Exists && TomlFrontMatter.Split(normalized) is { } toml)
        {
            foreign = ForeignFrontMatter.Read(toml.AsYaml, run);
            body = toml.Body;
            firstBodyLine = toml.BodyFirstLine - 1;
            foreignText = toml.Raw;
        }
        else if (!split.Exists && MetadataBlock.Split(normalized) is { } metadata)
        {
            foreign = ForeignFrontMatter.Read(metadata.AsYaml, run);
            body = metadata.Body;
            firstBodyLine = metadata.BodyFirstLine - 1;
            foreignText = metadata.Raw;
        }
        run.LineOffset = firstBodyLine;
        // What is read: the body, its "<br>" as the line breaks they are, and after it what the front matter tells that a
        // body would (the body itself is kept as written).
        var read = LineBreaksAsLines(body);
        var updates = foreign.Updates.Concat(UpdatesInBody(body)).ToList();
        if (foreign.IsStatusEntry && foreign.ResolvedText is { } resolvedWhen && updates.Count == 0
            && UnstampedResolution().Match(read) is { Success: true } resolution && !HasOwnStamp(resolution.Value))
        {
            // "**Resolved:** Servers are operating normally" with no stamp of its own, in a status page's entry: the
            // update was written when the entry says it was resolved, and is read as stamped so, as the others are.
            read = read.Insert(resolution.Index + resolution.Length, $" {{{{< track \"{resolvedWhen}\" >}}}}");
        }

        var document = LegacyDocumentParser.Parse(read);

        // A status entry with no updates has no timeline: its date and resolvedWhen are its start and end, read as fields.
        if (updates.Count > 0 && !document.Sections.Any(section => IsTimelineKey(section.Key)))
        {
            read += UpdatesAsTimeline(foreign with { Updates = updates });
            document = LegacyDocumentParser.Parse(read);
        }

        if (SectionsFromFields(document, foreign) is { Length: > 0 } sections)
        {
            document = LegacyDocumentParser.Parse(read + sections);
        }

        if (document.Truncated)
        {
            run.Warn(DiagnosticCodes.NotExtracted, $"the document is longer than {LegacyDocumentParser.MaxAnalysedChars:N0} characters; only the start was read (the whole text is kept)", null);
        }

        var title = ReadTitle(document, foreign, sourcePath, run);
        var zone = ReadZone(document, foreign, run, firstBodyLine);
        var (date, range, dateOrigin) = ReadDateAndRange(document, foreign, title, sourcePath, zone, fileDate, run, null);
        // A file is saved after the incident it tells of: with no date but the file's own, that day bounds its weekdays
        // ("It all started on Monday evening" is the Monday before) as a post's date does.
        var published = dateOrigin == DateOrigin.Publication && !ReferenceEquals(foreign, ForeignFrontMatter.None) ? foreign.Date ?? DateInFileName(sourcePath)?.Date
            : dateOrigin == DateOrigin.FileTime ? date
            : null;
        var (timeline, timelineLines, fromProse) = ReadTimeline(document, new TimelineContext(date, zone.Rule, range.Started, published));
        if (range.Started is null && MomentOnTheDateLine(document, zone) is { } dated && !timeline.Events.Any(e => e.Event.Time < dated.Moment))
        {
            // "| Date | 2023-04-24 19:32:57 (UTC) |" in a report's header: dated to the minute, the line tells when the
            // incident began, not when it was written up, unless the timeline begins before it.
            range = range with { Started = dated.Moment };
            date = LocalDay(dated.Moment, zone.Rule);
            dateOrigin = DateOrigin.Stated;
            run.Extracted($"started {dated.Moment.UtcDateTime:yyyy-MM-dd HH:mm}Z ('{dated.Label}' line)");
        }

        var dayUnknown = dateOrigin == DateOrigin.FileTime;
        var datedByTimeline = false;
        var timelineDay = DateFromTimeline(timeline, date, dateOrigin, zone.Rule);
        if (published is { } writtenOn && timelineDay > writtenOn.AddDays(WellAfterThePost) && YearBefore(document, zone.Rule, range.Started, writtenOn) is { } dayInYearBefore)
        {
            // "On 23rd October, at 4:19 AM" in a post of January 7: a day and month read in the post's year would
            // put the incident months after its own write-up. Read in the year before, the timeline falls before the
            // post. (A timeline days after the post is an update to an announcement, and stays.)
            timelineDay = dayInYearBefore;
        }

        if (dateOrigin == DateOrigin.Publication && date is { } documentDay && timelineDay is { } timelineDate
            && YearSlip(document, timelineDate, documentDay) is { } years and not 0)
        {
            // "date: 2019-08-15" over a timeline dated "2015-08-15 (all times in UTC)": the same day and month in another
            // year is a slip in the year's digits, not a post written years after its incident to the day. The document's
            // own date is kept, and the timeline's entries, and the times its fields give in that year, move to its year.
            run.Warn(DiagnosticCodes.DateGuessed, $"the timeline is dated {timelineDate:yyyy-MM-dd}, the document {documentDay:yyyy-MM-dd}: the same day in another year is read as a slip in the timeline's year, and its entries are moved to {documentDay.Year}", null, "check 'date:' and the timeline's times in the imported file");
            timeline = timeline with { Events = [.. timeline.Events.Select(e => e with { Event = e.Event with { Time = e.Event.Time?.AddYears(years), Day = e.Event.Day?.AddYears(years) } })] };
            DateTimeOffset? Moved(DateTimeOffset? moment) => moment?.Year == timelineDate.Year ? moment.Value.AddYears(years) : moment;
            range = new Window(Moved(range.Started), Moved(range.Detected), Moved(range.Mitigated), Moved(range.Resolved));
            timelineDay = null;
        }

        if (dateOrigin == DateOrigin.FileTime && date is { } savedOn && DayOfWrittenWeekday(document, savedOn) is { } weekdayDay
            && (timelineDay is not { } toldDay || (toldDay.Month == weekdayDay.Month && toldDay.Day == weekdayDay.Day)))
        {
            // "On Friday, August 23rd at 11:59 UTC" in a text that writes no year, dated only by the file: the year is
            // the latest, up to the file's day, in which that day was a Friday, not the year the file was saved.
            run.Guessed($"year {weekdayDay.Year} from the weekday written with a day of the text (no year is written)");
            timelineDay = weekdayDay;
        }

        if (timelineDay is { } incidentDay)
        {
            dayUnknown = false;
            datedByTimeline = true;
            run.Guessed($"date {incidentDay:yyyy-MM-dd} from the timeline, not {date:yyyy-MM-dd} ({DescribeOrigin(dateOrigin)})");
            run.Warn(DiagnosticCodes.DateGuessed, $"the timeline's moments fall on {incidentDay:yyyy-MM-dd}, not on {date:yyyy-MM-dd} ({DescribeOrigin(dateOrigin)}); the timeline's day is used", null, "check 'date:' in the imported file");
            (date, range, _) = ReadDateAndRange(document, foreign, title, sourcePath, zone, fileDate, new Run(sourcePath), incidentDay);
            (timeline, timelineLines, fromProse) = ReadTimeline(document, new TimelineContext(date, zone.Rule, range.Started, published));
        }

        // "USTCLUG" over "2018-06-14 01:10:50" closing a post dated '2018-06-14 01:10:50 +0800' in its front matter: the
        // last line, only the post's own time, under the writer's name signs it off, and is no event. A sentence of the
        // text told at that very time ("The last repository finished syncing at ...") still is.
        if (fromProse && !foreign.IsStatusEntry && StampFromText(foreign.DateText, zone, foreign.Date) is { } postedAt
            && document.Lines.LastOrDefault(l => l.Kind is LineKind.Text) is { } last && ProseTimeline.IsStampLine(last.Text) && StampFromText(last.Text, zone, foreign.Date) == postedAt)
        {
            timeline = timeline with { Events = [.. timeline.Events.Where(e => e.Event.Time != postedAt || e.Event.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSignOffWords)] };
        }

        if (fromProse)
        {
            run.Guessed($"timeline: {timeline.Events.Count} moment{(timeline.Events.Count == 1 ? "" : "s")} named in the prose (no timeline section with times)");
        }

        if (dayUnknown && (timeline.Events.Any(e => e.Event.Time is not null) || range != new Window(null, null, null, null)))
        {
            // "08:45 UTC domain restored" in a text that names no day: its times sit on the file's day, a guess on a
            // guess. The timeline keeps them (their order and gaps are the author's), but they mark no milestone and
            // give the incident no start or end.
            run.Warn(DiagnosticCodes.DateGuessed, "the text gives times of day but no day: the timeline's times are placed on the file's day, and no start or end time is set", null, "set 'date:' and 'timestamps:' in the imported file once the day is known");
            timeline = timeline with { Events = [.. timeline.Events.Select(e => e with { Event = e.Event with { Milestone = null } })] };
        }

        ReportTimeline(timeline, date, run);
        // "duration: ~45m" in another tool's front matter is the writer's own label for the length, read first.
        var lengthLines = ReadingOrder(document).Prepend(title);
        var statedDuration = StatedDuration.Find(foreign.DurationText is { } written && StatedDuration.IsOnlyALength(written) ? lengthLines.Prepend($"Duration: {written}") : lengthLines);
        statedDuration ??= StatedDuration.FromOffsets(timeline.Events);
        statedDuration ??= SpanOfDays(document, date?.Year) is { } spanned ? new StatedDuration(spanned.Length, spanned.Phrase) : null;
        if (foreign.IsStatusEntry && range.Started is { } opened && foreign.StartedText == foreign.DateText
            && timeline.Events.Select(e => e.Event).Where(e => e.Time < opened && e.Time >= opened.AddDays(-MaxDaysStartedBeforeTheEntry) && StartOfTrouble().IsMatch(e.Text)).Min(e => e.Time) is { } toldStart)
        {
            // "Starting at 11pm on October 17, Ion started responding with 500 errors" in an entry opened the next
            // evening: a status page's entry is dated when it was filed, and its update tells when the trouble began.
            run.Guessed($"started {toldStart.UtcDateTime:yyyy-MM-dd HH:mm}Z, told in an update, not the entry's filing time");
            range = range with { Started = toldStart };
        }

        var (timestamps, dropped) = dayUnknown
            ? TimestampReader.Read(Timestamps.None, new TimelineResult([], null, 0), statedDuration, run)
            : TimestampReader.Read(new Timestamps(range.Started, range.Detected, range.Mitigated, range.Resolved), fromProse ? WithWhatFollowsTheLastMoment(document, timeline, timelineLines) : timeline, statedDuration, run, foreign.MarkedResolved == true, SaidUnknown(document, foreign));

        // A date taken from the timeline's first entry, or guessed as the text's earliest, gives way to the start read
        // from the timeline: entries of lead-up on the day before ("submitted for review" the evening before the
        // release went wrong) are not the incident's day. An entry that gives only a day and tells of the trouble
        // ("2019-02-18: issue reported"), or stands in the week before the start, dates the incident itself, and keeps
        // the date; one months before that tells none ("an audit describes a weakness") is background.
        if ((datedByTimeline || dateOrigin == DateOrigin.Guessed) && timestamps.Started is { } begun && LocalDay(begun, zone.Rule) is var startDay && startDay > date
            && !timeline.Events.Any(e => e.Event.Day < startDay && (e.Event.Day >= startDay.AddDays(-UntimedDaysOfTheIncident) || TimestampReader.TellsTrouble(e.Event.Text))))
        {
            run.Guessed($"date {startDay:yyyy-MM-dd}, the day the incident started, not {date:yyyy-MM-dd} (the first day of its timeline's lead-up)");
            date = startDay;
        }
        else if (dateOrigin == DateOrigin.Publication && !datedByTimeline && timestamps.Started is { } started && date is { } postDay
            && LocalDay(started, zone.Rule) is var firstDay && ShortlyBefore(firstDay, postDay))
        {
            // A post is written after its incident: a start its timeline gives days before the post's own date (the
            // incident on June 25, the write-up dated July 1 with the last fix in its timeline) dates the incident.
            run.Guessed($"date {firstDay:yyyy-MM-dd}, the day the incident started, not {postDay:yyyy-MM-dd} (the document's date, which may be when it was published)");
            run.Warn(DiagnosticCodes.DateGuessed, $"the incident started on {firstDay:yyyy-MM-dd}, before the document's date {postDay:yyyy-MM-dd}; that day is used", null, "check 'date:' in the imported file");
            date = firstDay;
        }

        // A milestone left out of the timestamps is left off its timeline event too, or the site would read it back from there.
        var timelineEvents = timeline.TimelineEvents.Select(e => e.Milestone is { } m && dropped.Contains(m) ? e with { Milestone = null } : e).ToList();

        // A time with no words after it ("**Resolved:** 14:27 UTC" read as an entry) says when, not what: build requires
        // an entry's text, so it is left out of the timeline; the time it marks stays in the timestamps.
        var wordless = timelineEvents.RemoveAll(e => string.IsNullOrWhiteSpace(e.Text));
        if (wordless > 0)
        {
            run.Guessed($"{wordless} timeline entr{(wordless == 1 ? "y" : "ies")} with a time but no words left out");
        }

        if (!fromProse && range.Told is { } windowTold)
        {
            AddToldMoments(timelineEvents, windowTold, timestamps, run);
        }

        // Another tool's front matter that states the times ("date: 2022-05-27T16:50", "resolvedWhen: ...") is that tool's
        // record of the incident: labellers count no timeline for such an entry, only its fields.
        if (!timelineEvents.Any(e => e.Time is not null) && !foreign.IsStatusEntry && !foreign.StatesATimeOfDay)
        {
            AddLabelledMoments(timelineEvents, range, timestamps, run);
        }

        var deadEndLines = timeline.Events.Where(e => e.Event.DeadEnd).Select(e => timelineLines[e.LineIndex]).ToHashSet();
        var untimed = new List<RawEntry>();
        if (deadEndLines.Count == 0)
        {
            // A timeline that marks no dead end may leave them to the prose: "rebooting didn't make a difference". A
            // timeline read from the prose took only its timed sentences, so the untimed ones between them are read too
            // ("Our alerts fired at 3:18pm. The on-call engineer throttled the customer, but the queue kept growing.");
            // a dead end that is one of the timed sentences marks that entry rather than coming again without a time.
            var told = ProseTimeline.DeadEnds(document, fromProse ? new HashSet<int>() : timeline.Events.Select(e => timelineLines[e.LineIndex]).ToHashSet());
            foreach (var deadEnd in told)
            {
                var entry = fromProse ? timelineEvents.FindIndex(e => !e.DeadEnd && e.Time is not null && deadEnd.Text.Contains(e.Text, StringComparison.Ordinal)) : -1;
                entry = entry >= 0 ? entry : EntryToldAgain(deadEnd.Text, timelineEvents, zone.Rule);
                if (entry >= 0)
                {
                    timelineEvents[entry] = timelineEvents[entry] with { DeadEnd = true };
                }
                else
                {
                    untimed.Add(deadEnd);
                }
            }

            // One told without a time is no timeline entry: the timeline is what happened when, and careful readers
            // count only its timed entries. The reviewer is told of it instead, to add it with its time if that is known.
            // Its lines stay in the classification: a paragraph's other sentences may name the cause.
            foreach (var deadEnd in untimed)
            {
                var line = document.Lines[deadEnd.Line].Number;
                run.Warn(DiagnosticCodes.NotExtracted, $"line {line + run.LineOffset} tells a dead end with no time (\"{Cap(deadEnd.Text, 80)}\"); it is not in the timeline", line,
                    "add it to the timeline with its time and 'dead_end: true' if the time is known");
            }

            if (told.Count > untimed.Count)
            {
                run.Guessed($"{told.Count - untimed.Count} dead end{(told.Count - untimed.Count == 1 ? "" : "s")} told in the prose marked on the timeline");
            }
        }

        var causePieces = RootCausePieces(document);
        var classification = Classify(document, foreign, title, causePieces, deadEndLines, run);
        var rootCauseText = string.Join("\n\n", causePieces.Select(p => p.Text).Distinct(StringComparer.Ordinal));
        if (causePieces.Count > 0)
        {
            run.Extracted($"root-cause text ({causePieces.Count} passage{(causePieces.Count == 1 ? "" : "s")})");
        }
        else
        {
            run.NotFound("root-cause text (no 'Root cause' heading or label)");
        }

        var trigger = ReadTrigger(document, foreign, causePieces, run);
        var impact = ReadImpact(document, run);
        var severity = ReadSeverity(document, foreign, body, run);
        var services = ReadList(document, foreign.Services, ServiceLabels, "services", run);
        var actions = ActionItemExtractor.Extract(document);
        ReportActions(actions, run);
        var summary = foreign.Summary ?? FirstParagraph(document, IsSummaryKey);
        if (summary is not null)
        {
            run.Extracted("summary");
        }

        // The length the document states is kept only where the timestamps cannot give one: it is all a reader has.
        double? statedMinutes = null;
        if (statedDuration is { } stated && stated.Length >= TimeSpan.FromMinutes(1) && (timestamps.Started is null || timestamps.Resolved is null))
        {
            statedMinutes = Math.Round(stated.Length.TotalMinutes);
            run.Extracted($"duration {statedMinutes} minutes (\"{stated.Phrase}\"; the start or end is not known)");
        }

        var extracted = new ExtractedPostmortem(
            Id: IdFor(sourcePath),
            Title: title,
            Date: date,
            Severity: severity,
            Summary: summary,
            Classification: classification,
            Trigger: trigger,
            RootCauseText: rootCauseText.Length > 0 ? rootCauseText : trigger ?? "",
            Timestamps: timestamps,
            Impact: impact,
            Services: services,
            Tags: foreign.Tags,
            ActionItems: actions.Items,
            Timeline: timelineEvents,
            Body: body,
            SourcePath: sourcePath,
            ForeignFrontMatter: foreignText,
            TimeZone: zone.Description)
        {
            StatedDurationMinutes = statedMinutes,
            DeadEndsWithoutTime = [.. untimed.Select(e => e.Text)],
        };
        return new Extraction(extracted, run.Report(), run.Diagnostics);
    }

    /// <summary>
    /// The document's headings and running text in order, the lines of each paragraph kept together (joined by line
    /// breaks), so a sentence hard-wrapped over lines ("For approximately 2 days the tasks were" / "unavailable") is
    /// read whole and a label still starts its own line. A paragraph is read up to <see cref="MaxParagraph"/> characters.
    /// </summary>
    private static IEnumerable<string> ReadingOrder(LegacyDocument document)
    {
        var paragraphs = document.Paragraphs(separator: "\n").ToDictionary(p => p.FirstLine, p => p.Text);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (paragraphs.TryGetValue(i, out var paragraph))
            {
                yield return paragraph.Length > MaxParagraph ? paragraph[..MaxParagraph] : paragraph;
            }
            else if (document.Lines[i].Kind == LineKind.Heading)
            {
                yield return document.Lines[i].Text;
            }
        }
    }

    private const int MaxParagraph = 4_000;

    // How many days before a timeline's timed start an entry giving only a day can still be the incident's own.
    private const int UntimedDaysOfTheIncident = 7;

    /// <summary>
    /// "Postmortem" / its timeline / "Posted Nov 11, 2024 - 12:43 UTC" / "Resolved" / "This incident has been resolved." /
    /// "Posted Nov 11, 2024 - 12:06 UTC" / ...: a status page shows its earlier updates below the write-up, and each is a
    /// moment of the incident beside the write-up's own timeline. The stamp that posts the write-up is an entry of its
    /// own, "Postmortem published", that neither starts nor ends the trouble.
    /// </summary>
    private static (TimelineResult Timeline, List<int> Lines, bool FromProse) WithStatusUpdatesBelow(LegacyDocument document, TimelineResult timeline, List<int> lines, TimelineContext context)
    {
        var firstPost = LinesBelowTheTimeline(document, lines)
            .FirstOrDefault(i => document.Lines[i].Kind == LineKind.Text && ProseTimeline.IsPostedStamp(document.Lines[i].Text), -1);
        if (firstPost < 0)
        {
            return (timeline, lines, false);
        }

        var updateLines = Enumerable.Range(firstPost + 1, document.Lines.Count - firstPost - 1).ToList();
        var updates = ProseTimeline.Parse(updateLines.Select(i => document.Lines[i].Kind == LineKind.Code ? "" : document.Lines[i].Text).ToList(), context,
            updateLines.Select(i => document.Lines[i].Kind == LineKind.Heading ? document.Lines[i].Text : "").ToList());
        var posted = updates.Events.Where(e => e.Event.Time is not null && ProseTimeline.IsPostedStamp(document.Lines[updateLines[e.LineIndex]].Text)).ToList();
        if (posted.Count == 0)
        {
            return (timeline, lines, false);
        }

        // A milestone the write-up's timeline marks already ("10:43 All clear given") is not marked twice by the page's
        // "Resolved" post; the entries go in order of time, the write-up's first where two share one.
        var marked = timeline.Events.Select(e => e.Event.Milestone).Where(m => m is not null).ToHashSet();
        var texts = document.Lines.Select(l => l.Kind == LineKind.Code ? "" : l.Text).ToList();
        var headings = document.Lines.Select(l => l.Kind == LineKind.Heading ? l.Text : "").ToList();
        List<ParsedEvent> published = ProseTimeline.WriteUpPostedAt(texts, headings, firstPost, context) is { } postedAt
            ? [new ParsedEvent(new TimelineEvent(postedAt, ProseTimeline.WriteUpPublished, null, false), lines.Count + updateLines.Count)]
            : [];
        var merged = timeline.Events
            .Concat(posted.Select(e => e with { LineIndex = lines.Count + e.LineIndex, Event = marked.Contains(e.Event.Milestone) ? e.Event with { Milestone = null } : e.Event }))
            .Concat(published)
            .OrderBy(e => e.Event.Time ?? DateTimeOffset.MinValue)
            .ToList();
        return (timeline with { Events = merged }, [.. lines, .. updateLines, firstPost], false);
    }

    /// <summary>The document's lines after the last line of its timeline (all of them when it has none).</summary>
    private static IEnumerable<int> LinesBelowTheTimeline(LegacyDocument document, List<int> lines)
    {
        var afterTimeline = lines.Count > 0 ? lines[^1] + 1 : document.Lines.Count;
        return Enumerable.Range(afterTimeline, Math.Max(0, document.Lines.Count - afterTimeline));
    }

    /// <summary>
    /// "## Timeline" / "### 20:10 UTC - Continued degradation", then "## Resolution steps" / "### 1. Immediate actions
    /// (20:21 UTC)": a heading below the timeline, under a section that tells the response (its own line lies in the
    /// section above it), that ends with the time its step was taken goes on with the timeline, read after its entries
    /// so it takes their day. Not a schedule or a window kept ("Nightly backups (02:00 UTC)"), nor a heading elsewhere
    /// ("## Customer communication" / "### Status page update (08:15 UTC)", "## Jobs involved" / "### Log rotation
    /// (03:30 UTC)").
    /// </summary>
    private static (TimelineResult Timeline, List<int> Lines) WithStampedStepsBelow(LegacyDocument document, TimelineResult timeline, List<int> lines, TimelineContext context)
    {
        var steps = LinesBelowTheTimeline(document, lines)
            .Where(i => document.Lines[i].Kind == LineKind.Heading)
            .Select(i => (Line: i, Stamp: StampedStep().Match(LeadingEmphasis().Replace(document.Lines[i].Text.Trim().TrimStart('#').Trim(), ""))))
            .Where(h => h.Stamp.Success && !KeptOrPlanned().IsMatch(h.Stamp.Groups["step"].Value) && document.IsWithin(h.Line, IsResponseStepsKey))
            .ToList();
        if (steps.Count == 0)
        {
            return (timeline, lines);
        }

        var withSteps = TimelineParser.Parse([.. lines.Select(l => document.Lines[l].Text), .. steps.Select(h => $"- {h.Stamp.Groups["time"].Value} - {h.Stamp.Groups["step"].Value.Trim()}")], context);
        return withSteps.Events.Count(e => e.Event.Time is not null) > timeline.Events.Count(e => e.Event.Time is not null)
            ? (withSteps, [.. lines, .. steps.Select(h => h.Line)])
            : (timeline, lines);
    }

    // "1. Immediate Actions (20:21 UTC)", "Automated cleanup (~20:23)": a step's name, then its time and zone in brackets.
    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s+)?(?<step>\p{L}[^()]{2,80}?)\s*\(\s*(?:~|approx\.?\s|at\s)?(?<time>\d{1,2}:[0-5]\d(?:\s?[A-Z]{2,5})?)\s*\)\W*$")]
    private static partial Regex StampedStep();

    [GeneratedRegex(@"\b(?:planned|scheduled|maintenance|window|daily|nightly|weekly|every|backups?|cron)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeptOrPlanned();

    // "Resolution steps", "Recovery", "Mitigation", "Response", "Remediation", "Actions taken", "Étapes de résolution".
    private static bool IsResponseStepsKey(string key) =>
        ForeignWording.InEnglish(key).Split(' ').Any(w => w is "resolution" or "recovery" or "mitigation" or "response" or "remediation" or "resolving" or "restoration")
        || key.Contains("actions taken", StringComparison.Ordinal) || key.Contains("steps taken", StringComparison.Ordinal);

    /// <summary>The timeline section's entries, or, when no section has timed entries, the moments the prose names; with the document line of each entry.</summary>
    private static (TimelineResult Timeline, List<int> Lines, bool FromProse) ReadTimeline(LegacyDocument document, TimelineContext context)
    {
        // "## Timeline (2026-08-31, local)": the day the heading gives is the day of the times under it, whatever day
        // the header or the post names ("Timeline (last updated 2024-05-09)" dates the page, not the times).
        if (document.Sections.FirstOrDefault(s => IsTimelineKey(s.Key)) is { } section && !DatesTheWriting().IsMatch(section.Heading)
            && DateTimeText.ScanStamps(section.Heading, null).FirstOrDefault(s => s.Stamp is { Date: not null, DateHasYear: true }).Stamp?.Date is { } headingDay)
        {
            context = context with { Date = headingDay, DateIsTheTimes = true };
        }

        var lines = TimelineLines(document);
        var texts = lines.Select(l => document.Lines[l].Text).ToList();
        var timeline = TimelineParser.Parse(texts, context);
        if (timeline.Events.Any(e => e.Event.Time is not null))
        {
            (timeline, lines) = WithStampedStepsBelow(document, timeline, lines, context);
            return WithStatusUpdatesBelow(document, timeline, lines, context);
        }

        // Only when nothing outside a code block is timed: beside a timeline, a block is an excerpt.
        if (TimelineParser.UnfencedTimeline(texts) is { } unfenced && TimelineParser.Parse(unfenced, context) is { } fenced && fenced.Events.Any(e => e.Event.Time is not null))
        {
            return (fenced, lines, false);
        }

        // A narrative postmortem tells its timeline in sentences ("At 4:11 AM UTC on November 24th, ...").
        var proseLines = ProseLines(document);
        var prose = ProseTimeline.Parse(proseLines.Select(l => l < 0 ? "" : document.Lines[l].Text).ToList(), context,
            document.Lines.Select(l => l.Kind == LineKind.Heading ? l.Text : "").ToList());
        if (prose.Events.Count > 0)
        {
            return (prose, proseLines, true);
        }

        // A post with no timeline section whose prose names no moment may quote one as a code block ("The break down was
        // as follows:" over "17:37:29 UTC: First InternalError response") that tells trouble; a log excerpt stamped to the
        // second, or a schedule ("02:00 backup-full"), is not one.
        if (lines.Count == 0)
        {
            var codeOnly = document.Lines.Select(l => l.Kind == LineKind.Code ? l.Text : "").ToList();
            if (TimelineParser.UnfencedTimeline(codeOnly) is { } quoted && TimelineParser.Parse(quoted, context) is { } quotedTimeline && quotedTimeline.Events.Any(e => e.Event.Time is not null)
                && quotedTimeline.Events.Any(e => TimestampReader.TellsFault(e.Event.Text)))
            {
                return (quotedTimeline, Enumerable.Range(0, document.Lines.Count).ToList(), false);
            }
        }

        // With no time of day anywhere, the days the narrative dates are its timeline.
        if (timeline.Events.Count == 0 && ProseTimeline.Days(document, context) is { Events.Count: > 0 } days)
        {
            return (days, Enumerable.Range(0, document.Lines.Count).ToList(), true);
        }

        // Last, a timeline section that gives no time or day: its steps in order ("- **Day 2, midday:** ..."). Only a
        // section named as the timeline ("Timeline (approximate)"), not a "Remediation timeline" of work to come, and
        // not a contents list's "2. Timeline" with nothing under it.
        if (timeline.Events.Count == 0)
        {
            foreach (var steps in document.Sections.Where(s => s.Key.StartsWith("timeline", StringComparison.Ordinal) || s.Key is "chronology" or "sequence of events"))
            {
                var stepLines = document.Content(steps).Select(x => x.Index).ToList();
                if (TimelineParser.UntimedList(stepLines.Select(l => document.Lines[l].Text).ToList()) is { Events.Count: > 0 } untimed)
                {
                    return (untimed, stepLines, false);
                }
            }
        }

        return (timeline, lines, false);
    }

    [GeneratedRegex(@"\b(?:updated|as of|written|published|reviewed|edited|revised|last|posted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatesTheWriting();

    // "Posted on 27 November 2023", "*Published: March 3, 2024*", "Veröffentlicht am", "Publicado em", "Publié le",
    // "Gepubliceerd op", "Pubblicato il": a line that opens by saying when the post was published.
    [GeneratedRegex(@"^\W*(?:posted|published|veröffentlicht|publicado|publié|publie|gepubliceerd|geplaatst|pubblicato)\b(?:\s+(?:on|am|em|el|le|op|il))?\W", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedOn();

    /// <summary>
    /// The incident's day when the timeline says the date read elsewhere is not it. A blog post's date (front matter,
    /// a bare "date:" line) or a title copied from an older report names a day none of the timeline's moments comes
    /// near: the day of the earliest moment is the incident's. A date only guessed (the earliest full date in the text,
    /// the file's time) gives way to an earlier moment the timeline dates itself ("From November 11, 4:02 PM UTC"), and
    /// to the timeline's days when none of its moments comes near it (the earliest date may be a release months before).
    /// </summary>
    private static DateOnly? DateFromTimeline(TimelineResult timeline, DateOnly? date, DateOrigin origin, TimeZoneRule zone)
    {
        var moments = timeline.Events.Select(e => e.Event.Time).OfType<DateTimeOffset>().ToList();
        if (date is not { } stated || moments.Count == 0)
        {
            return null;
        }

        // The moments' days on the wall clock of the document's zone, as the author dated them.
        var days = moments.Select(m => LocalDay(m, zone)).ToList();
        var earliest = days.Min();

        // A timeline that marks where the outage began ("the application was taken offline and a service outage began")
        // after days of lead-up dates the incident by that mark, unless another milestone comes before it (then the
        // mark only mentions the start, as the timestamps also judge).
        var marks = timeline.Events.Where(e => e.Event.Milestone is not null && e.Event.Time is not null).Select(e => (e.Event.Milestone, Time: e.Event.Time!.Value)).ToList();
        var startMark = marks.FirstOrDefault(m => m.Milestone == Milestone.Started);
        var startMarked = startMark.Milestone is not null && marks.All(m => m.Time >= startMark.Time);
        if (startMarked)
        {
            earliest = LocalDay(startMark.Time, zone);
        }

        // Entries that give only a day ("2019-02-18: reported") count for whether the date is near the timeline, but the
        // day taken is a timed moment's: an undated lead-up entry is often background, not the incident.
        var farFromTimeline = days.Concat(timeline.Events.Select(e => e.Event.Day).OfType<DateOnly>()).All(d => Math.Abs(d.DayNumber - stated.DayNumber) > 1);
        return origin switch
        {
            DateOrigin.Publication or DateOrigin.Title when farFromTimeline => earliest,
            // A guessed date (the earliest in the text) gives way to the timeline's own mark of where the outage began.
            DateOrigin.Guessed or DateOrigin.FileTime when earliest < stated || farFromTimeline || (startMarked && earliest != stated) => earliest,
            _ => null,
        };
    }

    /// <summary>
    /// The years a timeline's day slipped from the document's own date: the same day and month in another year (or the
    /// day before, for a post dated the morning after a night's outage). None when the text looks back a year or more
    /// ("a year ago today", "on the anniversary of"), or when a weekday written with the timeline's day fits its own
    /// year ("Saturday, 2015-08-15"): then the incident is that old.
    /// </summary>
    private static int YearSlip(LegacyDocument document, DateOnly timelineDay, DateOnly documentDay)
    {
        var years = documentDay.Year - timelineDay.Year;
        var moved = timelineDay.AddYears(years);
        if (years == 0 || (moved != documentDay && moved != documentDay.AddDays(-1)))
        {
            return 0;
        }

        foreach (var text in ReadingOrder(document))
        {
            if (LooksBackYears().IsMatch(text))
            {
                return 0;
            }

            if (WeekdayWord().Matches(text).Any(w => DateTimeText.WeekdayNamed(w.Groups["day"].Value) == timelineDay.DayOfWeek)
                && DateTimeText.AllDates(text).Contains(timelineDay))
            {
                return 0;
            }
        }

        return years;
    }

    [GeneratedRegex(@"\b(?:(?:a|one|two|three|four|five|\d+) years? (?:ago|later|on|since|after)|anniversary|years (?:ago|later))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksBackYears();

    // A day and month fall on the same weekday again within at most eleven years (29 February aside).
    private const int WeekdayYearsBack = 12;

    /// <summary>
    /// The first day the text writes with its weekday and no year ("Friday, August 23rd", "Freitag, 30. April"), in the latest year on or
    /// before <paramref name="fileDay"/> in which it fell on that weekday; null when the text writes none, or when the
    /// weekday fits the file's own year (a follow-up "scheduled for Tuesday, December 1st" may come after the file).
    /// Only the first counts: a later one is a follow-up or another outage the text compares with.
    /// </summary>
    private static DateOnly? DayOfWrittenWeekday(LegacyDocument document, DateOnly fileDay)
    {
        foreach (var text in ReadingOrder(document))
        {
            foreach (var named in WeekdayWithDay().Matches(text).Concat(ForeignWeekdayWithDay.Matches(text)).OrderBy(m => m.Index))
            {
                var weekday = named.Groups["foreign"].Success ? ForeignWording.Weekdays[named.Groups["foreign"].Value] : DateTimeText.WeekdayNamed(named.Groups["weekday"].Value);
                // ReadLeading reads an English weekday with its day; a day after a foreign one is read from past its name.
                var from = named.Groups["foreign"].Success ? named.Index + named.Length : named.Index;
                if (DateTimeText.ReadLeading(text[from..], fileDay.Year) is not { Date: { } written })
                {
                    continue;
                }

                if (written.Year == fileDay.Year && written.DayOfWeek == weekday)
                {
                    return null;
                }

                for (var year = fileDay.Year - 1; year > fileDay.Year - WeekdayYearsBack; year--)
                {
                    if (DateTimeText.ReadLeading(text[from..], year) is { Date: { } day } && day.Year == year && day.DayOfWeek == weekday)
                    {
                        return day;
                    }
                }

                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b" + DateTimeText.WeekdayName + @",?\s", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayWithDay();

    // "Freitag, 30. April", "vendredi 30 avril": the weekday in the other languages read here.
    private static readonly Regex ForeignWeekdayWithDay = new(@"\b(?<foreign>" + string.Join('|', ForeignWording.Weekdays.Keys) + @"),?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A sign-off names its writer, a team or a person, in a few words.
    private const int MaxSignOffWords = 4;

    // A timeline this far after the post's own date cannot be an update to the post.
    private const int WellAfterThePost = 62;

    /// <summary>
    /// The timeline's earliest day when its days without a year are read in the year before the post's, if that puts
    /// every moment on or before the post's day; null when a moment is still after it (its date wrote its year).
    /// </summary>
    private static DateOnly? YearBefore(LegacyDocument document, TimeZoneRule zone, DateTimeOffset? started, DateOnly postDay)
    {
        var yearBefore = postDay.AddYears(-1);
        var (timeline, _, _) = ReadTimeline(document, new TimelineContext(yearBefore, zone, started, postDay));
        var days = timeline.Events.Select(e => e.Event.Time).OfType<DateTimeOffset>().Select(m => LocalDay(m, zone)).ToList();
        return days.Count > 0 && days.Max() <= postDay && days.Min() > yearBefore ? days.Min() : null;
    }

    /// <summary>
    /// Whether the text's updates ("**Update: 18:52** ...", a paragraph or item that opens with its time) fall on
    /// <paramref name="moment"/>'s day, and every one later than it. A time inside a sentence ("expected to be rotated by
    /// 22:00") is no update.
    /// </summary>
    private static bool UpdatedOnlyAfter(LegacyDocument document, DateTimeOffset moment, TimeZoneRule zone)
    {
        var local = LocalTime(moment, zone);
        var times = document.Lines.Where(l => l.Kind != LineKind.Code)
            .Select(l => DateTimeText.ReadLeading(UpdateLabel().Replace(LegacyDocumentParser.Clean(l.Text), ""), local.Year))
            .Where(s => s is { Time: not null } && (s.Date is null || s.Date == DateOnly.FromDateTime(local)))
            .Select(s => s!.Time!.Value).ToList();
        return times.Count > 0 && times.All(t => t > TimeOnly.FromDateTime(local));
    }

    [GeneratedRegex(@"^update[ds]?\s{0,2}:?\s{0,2}", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    /// <summary>The day of a moment on the wall clock of the document's zone, as the author dated it.</summary>
    private static DateOnly LocalDay(DateTimeOffset moment, TimeZoneRule zone) => DateOnly.FromDateTime(LocalTime(moment, zone));

    /// <summary>A moment on the wall clock of the document's zone.</summary>
    private static DateTime LocalTime(DateTimeOffset moment, TimeZoneRule zone) => moment.UtcDateTime + zone.OffsetAt(moment.UtcDateTime + zone.StandardOffset);

    private static string DescribeOrigin(DateOrigin origin) => origin switch
    {
        DateOrigin.Publication => "the document's date, which may be when it was published",
        DateOrigin.Title => "the title",
        DateOrigin.Guessed => "a guess",
        DateOrigin.FileTime => "the file's modification time",
        _ => "stated",
    };

    /// <summary>The file name when it is a usable id, as the reader would take it; otherwise a slug of it.</summary>
    internal static string IdFor(string sourcePath)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath.Replace('\\', '/').Split('/')[^1]);
        if (PostmortemIds.IsValid(stem))
        {
            return stem;
        }

        // A slug can still be a name Windows reserves for a device ("con", "nul.txt" -> "nul"): such a file cannot be opened there.
        var slug = Slugs.From(stem.Length > 100 ? stem[..100] : stem);
        return PostmortemIds.IsValid(slug) ? slug : $"incident-{slug}";
    }

    [GeneratedRegex(@"^(?:post[- ]?mortem|incident(?: report| postmortem)?|retrospective|rca)\s*(?:report)?\s*[:\-–—]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    private static string ReadTitle(LegacyDocument document, ForeignFrontMatter foreign, string sourcePath, Run run)
    {
        if (foreign.Title is { } fromFrontMatter)
        {
            run.Extracted($"title \"{fromFrontMatter}\" (front matter)");
            return Cap(fromFrontMatter, 200);
        }

        // The first heading, a "Postmortem: X" or "Title: X" label, or the first short line, skipping generic words.
        // A document whose first heading names a section ("# Summary", "# Impact") has no title heading: its other
        // top-level headings are sections too, so none of them is taken for the title.
        var candidates = new List<(string Text, int Line)>();
        var headingsAreSections = false;
        foreach (var (line, index) in document.Lines.Select((l, i) => (l, i)).Take(40))
        {
            if (line.Kind == LineKind.Heading && line.Label is { Length: > 0 } heading && (line.Level == 1 || candidates.Count == 0) && !headingsAreSections)
            {
                if (LegacyDocumentParser.IsSectionName(heading))
                {
                    headingsAreSections = candidates.Count == 0;
                    continue;
                }

                candidates.Add((heading, line.Number));
            }
            else if (line.Kind == LineKind.Field && TitleLabels.Contains(line.Key))
            {
                candidates.Add((line.Value!, line.Number));
            }
            else if (line.Kind == LineKind.Text && candidates.Count == 0 && index < 3 && !line.Text.TrimStart().StartsWith('|')
                && LegacyDocumentParser.Clean(line.Text) is { Length: > 3 and <= 120 } first && !first.EndsWith('.'))
            {
                candidates.Add((first, line.Number));
            }
        }

        foreach (var (candidate, _) in candidates)
        {
            var cleaned = TitlePrefix().Replace(LegacyDocumentParser.Clean(candidate), "").Trim().TrimEnd(':').Trim();
            if (cleaned.Length >= 3 && !GenericTitles.Contains(LegacyDocumentParser.KeyOf(cleaned)) && cleaned.Any(char.IsLetter))
            {
                run.Extracted($"title \"{Cap(cleaned, 200)}\"");
                return Cap(cleaned, 200);
            }
        }

        var fromName = Humanize(Path.GetFileNameWithoutExtension(sourcePath.Replace('\\', '/').Split('/')[^1]));
        run.Guessed($"title \"{fromName}\" from the file name");
        run.Warn(DiagnosticCodes.NotExtracted, "no title found: the file name is used", null, "add a first line or '# heading' with the incident's title");
        return fromName;
    }

    [GeneratedRegex(@"[-_.\s]+")]
    private static partial Regex NameSeparators();

    private static string Humanize(string stem)
    {
        var words = NameSeparators().Replace(stem, " ").Trim();
        return words.Length == 0 ? "Untitled incident" : char.ToUpperInvariant(words[0]) + Cap(words[1..], 199);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d])")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// A narrative names times for its first hours and tells the rest without them: "consensus was reached at 10:19 GMT.
    /// Shortly thereafter, a number of validators reported errors and timeouts". The latest moment it names is then no
    /// end, so for reading the timestamps it is read together with the sentence that goes on from it (one that opens
    /// with "Shortly after", "Then", "However" and the like); the timeline keeps the entry as written.
    /// </summary>
    private static TimelineResult WithWhatFollowsTheLastMoment(LegacyDocument document, TimelineResult timeline, List<int> timelineLines)
    {
        if (timeline.Events.Where(e => e.Event.Time is not null).MaxBy(e => e.Event.Time) is not { } last || timelineLines[last.LineIndex] is not (>= 0 and var lineIndex))
        {
            return timeline;
        }

        var line = document.Lines[lineIndex].Text;
        var tail = last.Event.Text.Trim();
        tail = tail[Math.Max(0, tail.Length - 20)..];
        var end = line.LastIndexOf(tail, StringComparison.Ordinal);
        var following = end < 0 ? "" : line[(end + tail.Length)..].Trim();
        if (following.Length == 0)
        {
            following = document.Lines.Skip(lineIndex + 1).SkipWhile(l => l.Kind == LineKind.Blank).FirstOrDefault() is { Kind: LineKind.Text } next ? next.Text : "";
        }

        var sentence = SentenceEnd().Split(following)[0];
        if (!GoesOnFromIt().IsMatch(sentence))
        {
            return timeline;
        }

        // "At 08:30 the error rate was back to normal. Then the workers began crashing": trouble told after the moment is
        // the latest word of the incident, whatever the moment itself said, so the moment ends nothing.
        var read = TimestampReader.TellsTrouble(sentence) ? last.Event with { Text = sentence, Milestone = null } : last.Event with { Text = $"{last.Event.Text} {sentence}" };
        return timeline with { Events = [.. timeline.Events.Select(e => ReferenceEquals(e, last) ? e with { Event = read } : e)] };
    }

    [GeneratedRegex(@"^\W*(?:shortly|soon|moments?|minutes|seconds|right|immediately|just)?\s*(?:there)?after(?:wards?)?\b|^\W*(?:then|however|but|unfortunately|subsequently|(?:a (?:few|couple of) )?(?:moments|minutes|seconds) later|after that|within (?:minutes|moments|seconds))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOnFromIt();

    // "time" itself, not "downtime", "timeout" or "three times".
    [GeneratedRegex(@"\btime\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    /// <summary>
    /// A status page's updates kept in the front matter, written as a timeline section read after the body (the body
    /// itself stays as it was; one with a timeline of its own is left to it). An update without its own time is the
    /// incident's close when its status is "resolved", else its opening when it comes first.
    /// </summary>
    private const int MaxDaysStartedBeforeTheEntry = 3;

    // "Starting at 11pm on October 17, Ion started responding with 500 errors", "Since 09:10 UTC, logins have been
    // failing", "Beginning at 2:14am, the API returned errors": an update's words that tell when the trouble began
    // (not "Starting at 09:30 UTC we began rolling back", the response).
    [GeneratedRegex(@"\b(?:starting|beginning|since|from)\s+(?:at\s+|around\s+|about\s+|approximately\s+)?~?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b(?:(?!\b(?:we|i|our|the team|engineers?|on-?call)\b)[^.;]){0,60}?\b(?:started|began|has been|have been|was|were)\b|(?<!\b(?:we|i|team|engineers?)\s+)\b(?:started|began)\s+(?:at\s+)?~?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartOfTrouble();

    /// <summary>
    /// "**Update, 8:40am:** a fix is ready. &lt;br&gt; **Initial update, 7:52pm:** errors since 11pm": a break written as
    /// HTML inside a paragraph starts a line, as a status page shows it; a table row keeps its breaks, which part a cell.
    /// </summary>
    private static string LineBreaksAsLines(string body) =>
        !body.Contains("<br", StringComparison.OrdinalIgnoreCase) ? body
            : string.Join('\n', body.Split('\n').Select(line => line.TrimStart().StartsWith('|') ? line : HtmlLineBreak().Replace(line, "\n")));

    [GeneratedRegex(@"[ \t]*<br\s*/?>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLineBreak();

    /// <summary>
    /// "cause: disk full", "reason: Power incident on the national grid ...", "impact: CPU nodes are unavailable": the
    /// cause and impact told in fields, read as the sections of those names a document without them would have.
    /// </summary>
    private static string SectionsFromFields(LegacyDocument document, ForeignFrontMatter foreign)
    {
        var sections = new StringBuilder();
        // "cause: disk full" names the cause in any document; "reason: migration" over a blog post says why it was
        // written, so a reason counts only in a status page's entry or an alert with no text of its own, and in three
        // words or more. A level ("impact: minor") tells no impact.
        var alertOnly = foreign.IsStatusEntry || document.Lines.All(line => line.Kind is LineKind.Blank);
        var cause = foreign.CauseText ?? (alertOnly && foreign.ReasonText is { } reason && Words(reason) >= 3 ? reason : null);
        if (cause is not null && cause.Any(char.IsLetter) && !document.Sections.Any(section => IsCauseKey(section.Key)) && !document.Fields.Any(field => IsCauseKey(field.Key)))
        {
            sections.Append("\n\n## Root cause\n\n").Append(OneParagraph(cause)).Append('\n');
        }

        if (foreign.ImpactText is { } impact && Words(impact) >= 2 && !document.Sections.Any(section => IsImpactKey(section.Key)) && !document.Fields.Any(field => IsImpactKey(field.Key)))
        {
            sections.Append("\n\n## Impact\n\n").Append(OneParagraph(impact)).Append('\n');
        }

        return sections.ToString();

        static int Words(string value) => value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        static string OneParagraph(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string UpdatesAsTimeline(ForeignFrontMatter foreign)
    {
        var entries = new List<(string? When, string Text)>();
        foreach (var (update, index) in foreign.Updates.Select((u, i) => (u, i)))
        {
            var when = update.When
                ?? (SaysResolved(update) ? foreign.ResolvedText : null)
                ?? (index == 0 ? foreign.StartedText ?? foreign.DateText : null);
            var words = string.Join(' ', update.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            entries.Add((when, update.Status is null ? words : words.Length == 0 ? update.Status : $"{update.Status}: {words}"));
        }

        if (foreign.IsStatusEntry)
        {
            // A status page's incident opens when it is dated and closes when it says it was resolved: both are moments
            // of its timeline, whether or not an update was written at either.
            if (foreign.StartedText is { } opened && !entries.Any(e => e.When == opened))
            {
                entries.Insert(0, (opened, $"Incident opened: {foreign.Title ?? "status page entry"}"));
            }

            if (foreign.ResolvedText is { } closed && !entries.Any(e => e.When == closed) && !foreign.Updates.Any(SaysResolved))
            {
                entries.Add((closed, "Incident resolved"));
            }
        }

        var lines = new StringBuilder("\n\n## Timeline\n\n");
        foreach (var (when, text) in entries)
        {
            lines.Append(when is null ? $"- {text}\n" : $"- {when}: {text}\n");
        }

        return lines.ToString();
    }

    private static bool SaysResolved(StatusUpdate update) => update.Status is { } said && ResolvedStatus().IsMatch(said);

    /// <summary>
    /// "::: update Resolved | 2019-10-01T08:59:00.000Z" and the words up to the closing ":::": an update a status page
    /// (cState) keeps in its body.
    /// </summary>
    private static IEnumerable<StatusUpdate> UpdatesInBody(string body)
    {
        foreach (Match update in BodyUpdate().Matches(body))
        {
            yield return new StatusUpdate(update.Groups["when"].Value, update.Groups["status"].Value, update.Groups["text"].Value);
        }
    }

    [GeneratedRegex(@"^:::[ \t]*update[ \t]+(?<status>[^|\n]{1,60}?)[ \t]*\|[ \t]*(?<when>[^\n]{1,60}?)[ \t]*\n(?<text>(?:(?!:::)[^\n]*\n){0,40})", RegexOptions.Multiline)]
    private static partial Regex BodyUpdate();

    [GeneratedRegex(@"^\s*resolved\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResolvedStatus();

    // "**Resolved:** Servers are operating normally", "*Resolved* - All services are back": a status label in emphasis
    // opening an update's line.
    [GeneratedRegex(@"^[ \t]*(?:\*\*|__|\*|_)Resolved:?(?:\*\*|__|\*|_)[ \t]*(?:[:\-–—][ \t]*)?(?<text>\S[^\n]*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UnstampedResolution();

    // A time of day, or a site generator's tag that stamps one ('{{< track "2020-11-15 10:15:00" >}}').
    private static bool HasOwnStamp(string update) =>
        ProseTimeline.TemplateTag().IsMatch(update) || DateTimeText.FindStamps(update, null).Any(stamp => stamp.Time is not null);

    private static ZoneReading ReadZone(LegacyDocument document, ForeignFrontMatter foreign, Run run, int lineOffset)
    {
        // The zone on a front matter's timestamps ("date: 2023-02-15T15:45:00.000Z") is how a status-page tool writes an
        // instant, not what the writer says of the body's times ("At approximately 10:29am EST"). It is the body's zone
        // when the body repeats one of those times as written ("{{< track "2024-02-16 09:28:00" >}}"), or says nothing
        // of its own zone (read last, below).
        var bodyZoneFromFrontMatter = foreign.TimestampZone is { } stamped && BodyRepeatsAFrontMatterTime(document, foreign) ? stamped : null;
        if ((foreign.Zone ?? bodyZoneFromFrontMatter) is { } frontMatterZone)
        {
            run.Extracted($"time zone {frontMatterZone.Name} (front matter)");
            return new ZoneReading(frontMatterZone, $"{frontMatterZone.Name} (front matter)");
        }

        ZoneReading StatedOn(TimeZoneRule zone, DocumentLine line)
        {
            run.Extracted($"time zone {zone.Name} (line {line.Number + lineOffset})");
            return new ZoneReading(zone, $"{zone.Name} (stated on line {line.Number + lineOffset})");
        }

        // A start, end or date line with a time and its zone first; then a line stating the zone of the times ("##
        // Timeline (UTC)"); then a date line with no time ("Date: 01 Mar 2026 (PST) / 02 Mar 2026 (UTC)"), which names
        // the writer's day more than the zone the times are written in.
        var timeLabels = StartLabels.Concat(EndLabels).Concat(RangeLabels).Concat(DateLabels).Concat(DetectedLabels).ToHashSet(StringComparer.Ordinal);
        var timeFields = document.Fields.Where(f => timeLabels.Contains(f.Key)).ToList();
        bool HasTime(DocumentLine field) => DateTimeText.HasTimeOfDay(field.Value!);
        foreach (var line in timeFields.Where(HasTime))
        {
            if (DateTimeText.FindZone(line.Value!) is { } zone)
            {
                return StatedOn(zone, line);
            }
        }

        // "in time for an inspection at 2PM EDT (18:00 UTC)": a local time the writer converts for the reader states no
        // zone for the others, which are written in the zone converted to.
        foreach (var line in document.Lines.Where(l => l.Kind != LineKind.Code && l.Text.Length < 200 && DateTimeText.MayStateZone(l.Text) && !LocalTimeConverted().IsMatch(l.Text)))
        {
            if (DateTimeText.FindStatedZone(line.Text) is { } zone)
            {
                return StatedOn(zone, line);
            }
        }

        foreach (var line in timeFields.Where(f => !HasTime(f)))
        {
            if (DateTimeText.FindZone(line.Value!) is { } zone)
            {
                return StatedOn(zone, line);
            }
        }

        var timeline = TimelineParser.Parse(TimelineLines(document).Select(i => document.Lines[i].Text).ToList(), new TimelineContext(null, TimeZoneTable.Find("UTC")!, null));
        if (timeline.NamedZone is { } named)
        {
            run.Extracted($"time zone {named.Name} (from the timeline)");
            return new ZoneReading(named, $"{named.Name} (from the timeline)");
        }

        // Last, a sentence of a long paragraph ("from late last night eastern US time until 10:45am"): prose also names
        // zones that are not the times' ("engineers at a conference in PDT time zone"), so any line stating one wins.
        foreach (var line in document.Lines.Where(l => l.Kind != LineKind.Code && l.Text.Length >= 200))
        {
            var sentences = SentenceEnd().Split(line.Text).Where(p => p.Length < 200 && TimeWord().IsMatch(p) && !LocalTimeConverted().IsMatch(p));
            if (sentences.Select(s => DateTimeText.FindZone(s)).FirstOrDefault(z => z is not null) is { } zone)
            {
                return StatedOn(zone, line);
            }
        }

        // Last of all, a zone written on one time of the text ("At 9:56AM EAT, I received an email") is the zone of
        // the times written without one ("At 10:00AM I sent"): a writer names the zone once.
        foreach (var line in document.Lines.Where(l => l.Kind is LineKind.Text or LineKind.Heading or LineKind.Field && !LocalTimeConverted().IsMatch(l.Text)))
        {
            if (DateTimeText.ScanStamps(line.Text, null, MaxZoneScan).FirstOrDefault(s => s.Stamp is { Time: not null, Zone: not null }).Stamp?.Zone is { } zone)
            {
                // A guess: the time may be an aside ("a similar outage hit us at 9:00 PST") and the others in UTC.
                run.Guessed($"time zone {zone.Name} (the zone written on a time on line {line.Number + lineOffset})");
                run.Warn(DiagnosticCodes.AssumedTimeZone, $"no time zone is stated for the times; {zone.Name}, written on a time on line {line.Number + lineOffset}, is used for those without one", null, "if that is wrong, add an 'All times in UTC' line (or the right zone) and import again");
                return new ZoneReading(zone, $"{zone.Name} (written on a time on line {line.Number + lineOffset})");
            }
        }

        if (foreign.TimestampZone is { } stampZone)
        {
            run.Extracted($"time zone {stampZone.Name} (front matter)");
            return new ZoneReading(stampZone, $"{stampZone.Name} (front matter)");
        }

        if (foreign.PostDateZone is { } postZone)
        {
            // A guess: the writer may have kept another clock than the blog's ("14:02 local time in Virginia").
            run.Guessed($"time zone {postZone.Name} (the offset on the post's date)");
            run.Warn(DiagnosticCodes.AssumedTimeZone, $"no time zone is stated for the times; {postZone.Name}, the offset on the post's date, is used", null, "if that is wrong, add an 'All times in UTC' line (or the right zone) and import again");
            return new ZoneReading(postZone, $"{postZone.Name} (the offset on the post's date)");
        }

        run.Guessed("time zone UTC (the document names none)");
        run.Warn(DiagnosticCodes.AssumedTimeZone, "no time zone found: times are read as UTC", null, "if the times are local, add the zone to them (for example '10:00 AM EDT') or an 'All times in PST' line, and import again");
        return new ZoneReading(TimeZoneTable.Find("UTC")!, "UTC (assumed: the document names none)");
    }

    private static bool BodyRepeatsAFrontMatterTime(LegacyDocument document, ForeignFrontMatter foreign)
    {
        var clockTimes = new[] { foreign.StartedText, foreign.DetectedText, foreign.ResolvedText }
            .SelectMany(text => text is null ? [] : DateTimeText.FindStamps(text, null))
            .Where(stamp => stamp.Time is not null)
            .Select(stamp => new Regex($@"(?<![\d:])0?{stamp.Time!.Value.Hour}:{stamp.Time.Value.Minute:00}(?!\d)", RegexOptions.CultureInvariant))
            .ToList();
        return clockTimes.Count > 0 && document.Lines.Any(line => clockTimes.Any(time => time.IsMatch(line.Text)));
    }

    [GeneratedRegex(@"\d(?::[0-5]\d)?\s{0,2}(?:[ap]\.?m\.?)?\s{0,2}[A-Z]{2,5}\s{0,2}[(\[]\s{0,2}\d{1,2}:[0-5]\d\s{0,2}(?:UTC|GMT|Z)\s{0,2}[)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex LocalTimeConverted();

    // How far into a line a zone written on a time is looked for.
    private const int MaxZoneScan = 400;

    // A post is written within weeks of the incident it tells; a date further back is history ("since 2019 we ..."),
    // unless the post opens with it: a write-up can come months later.
    private const int MaxDaysBeforePublication = 60;
    private const int MaxDaysOpeningBeforePublication = 120;

    /// <summary>Notes named by the day they were written tell of their incident in the days before; an older day is an aside.</summary>
    private const int MaxDaysNotesBeforeTheirName = 7;

    /// <summary>
    /// The days the text says the incident spanned ("the outage lasted from March 3 to March 5"), in a sentence telling of
    /// the outage or in the Impact section ("customers shared one database during the Oct 17th - Nov 20th period"). Only
    /// in a text that gives no time of day: where it does, its moments tell the incident, and two days joined beside them
    /// are as often the days of the data affected ("invoices from the March 1 - March 3 period were visible").
    /// </summary>
    private static DaySpan? SpanOfDays(LegacyDocument document, int? year) =>
        document.Lines.Any(l => l.Kind != LineKind.Code && DateTimeText.FindStamps(l.Text, year).Any(s => s.Time is not null)) ? null :
        StatedWindow.FindDays(document.Paragraphs((l, i) => !document.IsWithin(i, IsTimelineKey) && !IsTimedEntry(l.Text)).Select(p => p.Text), year, inImpact: false)
        ?? StatedWindow.FindDays(document.Paragraphs((_, i) => document.IsWithin(i, IsImpactKey)).Select(p => p.Text), year, inImpact: true);

    /// <summary>A day the text gives for the incident, in the months before the document's own date (a post is written after it).</summary>
    private static bool ShortlyBefore(DateOnly day, DateOnly documentDate) =>
        day < documentDate && documentDate.DayNumber - day.DayNumber <= MaxDaysOpeningBeforePublication;

    /// <summary>
    /// The first full date, in the text's order, of a sentence that also tells of trouble ("was down", "an outage"),
    /// in the weeks before <paramref name="published"/>; null when none. The first, since a post opens with its
    /// incident and mentions older ones later ("the first was on June 1").
    /// </summary>
    // A security post tells of a report, not an outage: the day a vulnerability was reported dates it only when no
    // trouble is told ("On June 12 a vulnerability was reported in log4j; we were not affected. This post covers the
    // outage on June 19" is the outage's).
    private static DateOnly? DayOfTrouble(LegacyDocument document, DateOnly published) =>
        DayOfTrouble(TroubleSentences(document, Trouble()), published) ?? DayOfTrouble(TroubleSentences(document, VulnerabilityReported()), published);

    // "he had found a potential vulnerability", "a vulnerability was reported", "we received a report about a
    // vulnerability", "we became aware of a security flaw".
    [GeneratedRegex(@"\b(?:(?:found|discovered|reported|disclosed|identified) (?:an? |the )?(?:[\w-]+ ){0,2}?|(?:report|notified|aware|learned|told) (?:[\w-]+ ){0,6}?(?:of|about) (?:an? |the )?(?:[\w-]+ ){0,2}?)(?:vulnerabilit(?:y|ies)|security (?:flaw|hole|issue|bug))\b|\bvulnerabilit(?:y|ies) (?:was|were) (?:found|discovered|reported|disclosed|identified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VulnerabilityReported();

    private static DateOnly? DayOfTrouble(List<string> sentences, DateOnly published)
    {

        // The post's opening tells of its own incident, months back at most ("On Feb 15th, 2019, a replica failed" in a
        // post of May), or as "yesterday" ("Yesterday esm.sh deployed breaking changes that caused errors"; but "...
        // the errors we reported yesterday" after "Today ... the API was down" is an aside); its first sentence to say
        // when decides. Further down, a dated failure is more often an earlier one, so only one of the last weeks counts.
        var opening = sentences.Take(OpeningSentences).ToList();
        var today = opening.Any(s => Today().IsMatch(s));
        foreach (var sentence in opening)
        {
            if (FirstDayBefore([sentence], published, MaxDaysOpeningBeforePublication) is { } day)
            {
                return day;
            }

            if (Yesterday().IsMatch(sentence) && !today && published > DateOnly.MinValue)
            {
                return published.AddDays(-1);
            }

            // "Last Wednesday, we started seeing errors" in a post of Monday the 24th: the Wednesday before it ("On
            // Wednesday" in a post of a Wednesday is that day; "last Wednesday" the week before).
            if (LastWeekday().Match(sentence) is { Success: true } weekday && !today && published > DateOnly.MinValue)
            {
                return DateTimeText.OnOrBefore(weekday.Groups["last"].Success ? published.AddDays(-1) : published, DateTimeText.WeekdayNamed(weekday.Groups["day"].Value));
            }
        }

        return FirstDayBefore(sentences, published, MaxDaysBeforePublication);
    }

    // Whole paragraphs, so a sentence hard-wrapped over lines ("Last Wednesday ... an increased number" / "of errors") is
    // read whole. A day quoted in a log line or a setting ("`session from 2026-07-29`") is not told by the writer.
    private static List<string> TroubleSentences(LegacyDocument document, Regex trouble) =>
        document.Paragraphs((l, _) => l.Kind is LineKind.Text).SelectMany(p => SentenceEnd().Split(MarkdownInline.WithoutCodeSpans(p.Text))).Where(sentence => trouble.IsMatch(sentence)).ToList();

    /// <summary>
    /// "On January 31st 2017, we experienced a major service outage" opening a post that later lists "a database outage on
    /// November 28th, 2016" among earlier ones: the full date in the first sentences telling of trouble is the incident's.
    /// </summary>
    private static DateOnly? OpeningDayOfTrouble(LegacyDocument document) =>
        TroubleSentences(document, Trouble()).Take(OpeningSentences).SelectMany(DateTimeText.AllDates).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>
    /// The first day the texts give, in their order, in the <paramref name="maxDaysBefore"/> days before
    /// <paramref name="published"/>. "On Friday 26th May" in a post of June: a day and month take the post's year (the
    /// year before when that would put it after the post).
    /// </summary>
    private static DateOnly? FirstDayBefore(IEnumerable<string> texts, DateOnly published, int maxDaysBefore) => texts
        .SelectMany(text => DateTimeText.ScanStamps(text, published.Year, text.Length).Where(s => !UntilBefore().IsMatch(text.AsSpan(0, s.Index))))
        .Select(s => s.Stamp is { Date: { } day, DateHasYear: false } && day > published && day.Year > 1 ? day.AddYears(-1) : s.Stamp.Date)
        .OfType<DateOnly>()
        .Where(d => d < published && published.DayNumber - d.DayNumber <= maxDaysBefore)
        .Cast<DateOnly?>()
        .FirstOrDefault();

    // "The service remained unavailable until May 10th": the day trouble lasted until is its end, not its day.
    [GeneratedRegex(@"\b(?:until|till|through|to)\s{1,3}(?:the\s)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex UntilBefore();

    // A "yesterday" among the first sentences telling of trouble dates the post's own incident; later on it may be an
    // aside about something else ("we had seen similar errors yesterday").
    private const int OpeningSentences = 2;

    [GeneratedRegex(@"\b(?:yesterday|last night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yesterday();

    // "Last Wednesday" anywhere, or a sentence that opens "On Thursday night ..." or sets the scene in the present ("It's
    // Tuesday morning, and all jobs are failing"): a weekday of the week the post looks back on (not "errors may return
    // during the migration on Sunday", and not "On Thursday, March 3", which a full date reads).
    [GeneratedRegex(@"(?:\b(?<last>last|this past)|^\W*(?:on|early on|late on|it(?:['’]s| is| was)))\s(?<day>" + DateTimeText.WeekdayStem + @")day\b(?!,?\s(?:the\s)?\d|,?\s(?:" + DateTimeText.MonthPattern + @"))", RegexOptions.IgnoreCase)]
    private static partial Regex LastWeekday();

    // "https://news.example.com/tech/2022/04/25/story/": a web article's day as its path writes it, before any query.
    [GeneratedRegex(@"^https?://[^/?#\s]+(?:/[^/?#\s]+)*?/(?<y>(?:19|20)\d{2})/(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\d|3[01])(?:[/?#]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DatedWebPath();

    [GeneratedRegex(@"\b(?:today|this morning|tonight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    // "users were receiving intermittent 404 responses", "5xx errors": an HTTP error status is trouble told; so is a
    // service "offline" or "unavailable" however the sentence puts it ("which resulted in the site offline"), a forum
    // that "was compromised", a network that "stopped producing blocks", a "chain halted", "a series of bugs were
    // identified", "malicious versions were published", "attackers exploited an injection", "Bisq experienced a security
    // incident", "suffered a direct, targeted attack", "we began experiencing delays", a sentence whose actor is "the
    // attackers" (not "we stopped using the old balancer", "we halted deploys", "a release that fixed several bugs" or
    // "the attacker could have read").
    [GeneratedRegex(@"\b(?:(?:was|were|went|is|are) (?:down|degraded|broken)|(?:was|were|been|got) (?:compromised|hacked|defaced|breached|stolen|leaked)|malicious (?:versions?|packages?|code|releases?|commits?|updates?) (?:of (?:[\w@/.-]+ ){1,4})?(?:were|was) (?:published|pushed|uploaded|released|merged|shipped|distributed)|(?:published|pushed|uploaded|released|shipped) malicious|attackers? (?:exploited|gained|stole|obtained|used)|(?:experienced|suffered|had) (?:an? |another )?(?:[\w-]+,? ){0,2}(?:incident|outage|breach|attack)|(?:began|started) (?:experiencing|seeing) (?:[\w-]+ ){0,2}(?:delays|errors|failures|outages|problems|issues)|(?<!\b(?:if|unless|had|once|should)\s)\bthe (?:attackers?|intruders?)\b(?! (?:could|would|might|may|can|will|had)\b)|(?:offline|unavailable|unreachable)(?![^.;]{0,40}\b(?:for (?:a |an |the )?(?:planned|scheduled)|(?:planned|scheduled) (?:maintenance|downtime))\b)|failed(?! over)|(?:is|are|was|were|kept|started|began) (?:failing|timing out)|crashed|outages?|downtime|disruption|errors|failures|bugs (?:were|was) (?:found|identified|hit)|introduced (?:a |new |several )?bugs|(?<!\bwe )stopped (?!using\b|doing\b|sending\b)\w+ing|(?<!\bwe )(?:halted|aborted)(?! (?:all |the |our )?(?:deploy|release|rollout|merge|change|work)\w*)|(?:was|were) having (?:issues|problems|trouble)|(?:4\d\d|5\d\d|5xx)(?:s| (?:errors?|responses?|replies|status(?:es)?)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trouble();

    /// <param name="incidentDay">The day already decided from the timeline; null to read it from the document.</param>
    private static (DateOnly? Date, Window Range, DateOrigin Origin) ReadDateAndRange(LegacyDocument document, ForeignFrontMatter foreign, string title, string sourcePath, ZoneReading zone, DateOnly? fileDate, Run run, DateOnly? incidentDay)
    {
        var range = new Window(null, null, null, null);
        DateOnly? date = incidentDay ?? foreign.Date;
        var dateSource = incidentDay is not null ? "the timeline" : date is null ? null : "front matter";
        var origin = incidentDay is not null ? DateOrigin.Stated : date is null ? DateOrigin.None : DateOrigin.Publication;

        // Explicit start and end first: they decide the date when nothing else names it.
        range = range with
        {
            Started = StampFromText(foreign.StartedText, zone, foreign.Date) ?? StampFromField(document, StartLabels, zone, null) ?? StampFromField(document, IncidentDateLabels, zone, null),
            Resolved = StampFromText(foreign.ResolvedText, zone, foreign.Date) ?? StampFromField(document, EndLabels, zone, null),
            Detected = StampFromText(foreign.DetectedText, zone, foreign.Date) ?? StampFromField(document, DetectedLabels, zone, null),
            Mitigated = StampFromField(document, MitigatedLabels, zone, null),
        };

        // "date: …11:48" beside "resolvedWhen: …11:48": an entry written up after the fact stamps its start and its end
        // with the moment it was filed. An outage of no length is no reading of either; the timeline decides them.
        // An entry whose body's updates all come later that day ("**Update: 18:52**" under one dated 17:36) was opened at
        // that moment: it keeps its start, and only the end is left to the timeline.
        if (range.Started is { } filed && range.Resolved == filed)
        {
            var opened = UpdatedOnlyAfter(document, filed, zone.Rule);
            range = range with { Started = opened ? filed : null, Resolved = null };
            run.Guessed(opened
                ? $"the start and end given ({filed.UtcDateTime:yyyy-MM-dd HH:mm}Z both) are one moment; the text's updates all come after it, so it is when the entry was opened; the end is left to the timeline"
                : $"the start and end given ({filed.UtcDateTime:yyyy-MM-dd HH:mm}Z both) are one moment, when the entry was written, not the incident's; left to the timeline");
        }

        // A document's own date (front matter, a blog post's file name) is often the day it was published; the text may
        // tell the incident's.
        void PreferTheIncidentsDay()
        {
            // "On June 4, 2024, the site was down for 7 hours" in a post dated June 9: the day the text tells of trouble is
            // the incident's, not the day it was published.
            if (origin == DateOrigin.Publication && range.Started is null && date is { } published && DayOfTrouble(document, published) is { } told)
            {
                date = told;
                dateSource = null;
                run.Guessed($"date {told:yyyy-MM-dd} from a sentence telling of the outage, not {published:yyyy-MM-dd} (the document's own date)");
                run.Warn(DiagnosticCodes.DateGuessed, $"the text tells of the outage on {told:yyyy-MM-dd}, before the document's date {published:yyyy-MM-dd}; that day is used", null, "check 'date:' in the imported file");
            }
            else if (origin == DateOrigin.Publication && range.Started is null && date is { } postedOn && SpanOfDays(document, postedOn.Year) is { } span && ShortlyBefore(span.First, postedOn))
            {
                // "Customers all shared a single database during the Oct 17th - Nov 20th period" in a post of November
                // 24: the first day of the span the text tells is the incident's.
                date = span.First;
                dateSource = null;
                run.Guessed($"date {span.First:yyyy-MM-dd} from the days the text says the incident spanned (\"{span.Phrase}\"), not {postedOn:yyyy-MM-dd} (the document's own date)");
                run.Warn(DiagnosticCodes.DateGuessed, $"the text says the incident spanned {span.Phrase}, before the document's date {postedOn:yyyy-MM-dd}; its first day is used", null, "check 'date:' in the imported file");
            }

            // "Offline: 2024-05-27 at 11:02 AM EST" in a post dated the 28th: a stated start before the post is the incident's day.
            if (origin == DateOrigin.Publication && range.Started is { } statedStart && date is { } postDay && LocalDay(statedStart, zone.Rule) is var startDay
                && ShortlyBefore(startDay, postDay))
            {
                date = startDay;
                dateSource = "start time";
                origin = DateOrigin.Stated;
            }
        }

        PreferTheIncidentsDay();

        var dateField = document.Fields.FirstOrDefault(f => DateLabels.Contains(f.Key) && DateTimeText.FindDate(f.Value!) is not null);
        if (date is null && dateField is not null)
        {
            date = DateTimeText.FindDate(dateField.Value!)!.Date;
            dateSource = $"'{dateField.Label}' line";
            origin = dateField.Key == "date" ? DateOrigin.Publication : DateOrigin.Stated;
        }

        // "**Date:** January 27, 2026" opening a post whose front matter dates it February 10: the text's own date line,
        // shortly before the document's date, is the incident's; the document's is when it was written up.
        // Only a line in the document's header (above its first section): a "Date:" in a pasted e-mail, a change record
        // or a revision table is another moment; and only over the front matter's own date, not a day the text told.
        if (origin == DateOrigin.Publication && dateSource == "front matter" && date is { } documentDay && dateField is not null && InHeader(document, dateField.Number - 1)
            && DateTimeText.FindDate(dateField.Value!)!.Date is { } lineDay && ShortlyBefore(lineDay, documentDay))
        {
            date = lineDay;
            dateSource = $"'{dateField.Label}' line";
            origin = DateOrigin.Stated;
        }

        // "**Date**: October 23, 2025" above "**Issue Discovered**: October 9, 2025": a line dating when the trouble began
        // or was found, days before the document's own date, dates the incident.
        if (origin == DateOrigin.Publication && date is { } written
            && document.Fields.Where(f => FirstSeenLabels.Contains(f.Key) && AboutThisIncident(document, f.Number - 1)).Select(f => DateTimeText.FindDate(f.Value!)?.Date).FirstOrDefault(d => d is not null) is { } seen
            && ShortlyBefore(seen, written))
        {
            date = seen;
            dateSource = "the line dating when the trouble began or was found";
            origin = DateOrigin.Stated;
        }

        // "apache.org incident report for 8/28/2009" posted on September 2, "What happened on August 11" posted on the
        // 19th: a title naming a day shortly before the post's own date names the incident's.
        if (origin == DateOrigin.Publication && date is { } posted && FirstDayBefore([title], posted, MaxDaysOpeningBeforePublication) is { } titled)
        {
            date = titled;
            dateSource = "title";
            origin = DateOrigin.Title;
        }

        foreach (var (field, _) in document.FieldsWithLines.Where(f => (IsRangeKey(f.Field.Key) || StartLabels.Contains(f.Field.Key)) && !InPlannedWindow(document, f.Line)))
        {
            var stamps = DateTimeText.FindStamps(field.Value!, date?.Year);
            var rangeDate = stamps.Select(s => s.DateHasYear ? s.Date : null).FirstOrDefault(d => d is not null);
            if (date is null && rangeDate is not null)
            {
                date = rangeDate;
                dateSource = $"'{field.Label}' line";
                origin = DateOrigin.Stated;
            }

            if (range.Started is null && GivesWindow(field.Key, field.Value!))
            {
                range = ReadRange(stamps, rangeDate ?? date, ZoneOf(field, zone), range);
            }
        }

        // "OpenStreetMap.org was unavailable from 2022-06-11 20:18 (UTC) until ...": the summary's own window dates it.
        var prose = document.Paragraphs((l, i) => !document.IsWithin(i, IsTimelineKey) && !IsTimedEntry(l.Text)).Select(p => p.Text).ToList();
        if (date is null && StatedWindow.Find(prose, null) is { DatedFrom: { Date: { } windowDay, DateHasYear: true } })
        {
            date = windowDay;
            dateSource = "the sentence stating the outage's window";
            origin = DateOrigin.Stated;
        }

        if (date is null && SpanOfDays(document, null) is { YearWritten: true } daySpan)
        {
            date = daySpan.First;
            dateSource = "the sentence stating the days the incident spanned";
            origin = DateOrigin.Stated;
        }

        if (date is null && DateTimeText.FindDate(title) is { } inTitle)
        {
            date = inTitle.Date;
            dateSource = "title";
            origin = DateOrigin.Title;
        }

        if (date is null && range.Started is { } start)
        {
            date = DateOnly.FromDateTime(start.UtcDateTime);
            dateSource = "start time";
            origin = DateOrigin.Stated;
        }

        // The fallbacks, each a guess: a date in the file name or in the address the page is published at, the earliest
        // full date in the text (a post about an incident is written after it), then the day the file was last changed.
        // A date in a file name may be the day a post was published ("2018-09-21-outage.md" for the outage of the
        // 20th), so the timeline may still move it. Only a post with front matter is read for a day its sentences tell;
        // in a notes file named by date ("2023-05-10-api-errors.md") an older incident mentioned is an aside.
        if (date is null && (DateInFileName(sourcePath) ?? DigitDateInFileName(sourcePath, document)) is { } inName)
        {
            date = inName.Date;
            origin = DateOrigin.Publication;
            run.Guessed($"date {date:yyyy-MM-dd} from the file name");
            if (!ReferenceEquals(foreign, ForeignFrontMatter.None))
            {
                PreferTheIncidentsDay();
            }
            else if (FirstDayBefore(TroubleSentences(document, Trouble()).Take(1), inName.Date, MaxDaysNotesBeforeTheirName) is { } told)
            {
                // "On the evening of Feb 23, several students started experiencing 500 errors" in notes named
                // 2017-02-24: the notes open on their incident, a day or two before the day they were written.
                date = told;
                run.Guessed($"date {told:yyyy-MM-dd} from the first sentence telling of the outage, days before the file name's {inName.Date:yyyy-MM-dd}");
            }
        }

        if (date is null && foreign.AddressText is { } address && DateTimeText.FindDate(address) is { } inAddress)
        {
            date = inAddress.Date;
            origin = DateOrigin.Publication;
            run.Guessed($"date {date:yyyy-MM-dd} from the page's address in the front matter");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated; {date:yyyy-MM-dd}, from the page's address '{address}', is used", null, "check 'date:' in the imported file");
        }

        if (date is null && OpeningDayOfTrouble(document) is { } opening)
        {
            date = opening;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from the opening sentence telling of the outage");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated; {date:yyyy-MM-dd}, the day the opening tells of the outage, is used", null, "check 'date:' in the imported file");
        }

        // "2004年7月26日" above the writer's group, name and address at the end of a notice: the day it was signed, as a
        // blog's front matter date is the day it was posted; the trouble it tells before that is the incident's.
        if (date is null && SignedOn(document) is { } signed)
        {
            date = signed;
            origin = DateOrigin.Publication;
            run.Guessed($"date {date:yyyy-MM-dd} from the date the text is signed with at its end");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated; {date:yyyy-MM-dd}, the date the text is signed with, is used as the day it was written", null, "check 'date:' in the imported file");
            PreferTheIncidentsDay();
        }

        // A link's address ("[frontend](2016-03-12-frontend.md)") names another page, not a day of this text.
        if (date is null && document.Lines.Where(l => l.Kind != LineKind.Code).SelectMany(l => DateTimeText.AllDates(MarkdownInline.WithLinkText(l.Text))).Order().FirstOrDefault() is { } earliest && earliest != default)
        {
            date = earliest;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from the earliest full date in the text");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated; {date:yyyy-MM-dd}, the earliest date in the text, is used", null, "check 'date:' in the imported file");

            // "Posted on 27 November 2023" over "From 22 to 24 November uploads failed": a date the text says it was
            // published on is the post's, as a blog's front matter date is, and the days its sentences tell of trouble
            // before it are the incident's.
            if (document.Lines.Any(l => l.Kind is LineKind.Text or LineKind.Field && PublishedOn().IsMatch(l.Text) && DateTimeText.AllDates(MarkdownInline.WithLinkText(l.Text)).Contains(earliest)))
            {
                origin = DateOrigin.Publication;
                PreferTheIncidentsDay();
            }
        }

        // "On 28th February, ..." in a text whose only year is elsewhere ("planned for Q2 2024"): that year.
        if (date is null && YearOfText(document) is { } year
            && document.Lines.Where(l => l.Kind != LineKind.Code).SelectMany(l => DateTimeText.ScanStamps(l.Text, year, 2_000)).Select(s => s.Stamp.Date).OfType<DateOnly>().Order().FirstOrDefault() is { } dayAndMonth
            && dayAndMonth != default)
        {
            date = dayAndMonth;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from a day and month in the text and the only year it names");
            run.Warn(DiagnosticCodes.DateGuessed, $"no full date is stated; {date:yyyy-MM-dd} is a day and month from the text with the only year the text names", null, "check 'date:' in the imported file");
        }

        // "Date: Sat May 31 23:49:13 2025" in the output of a command pasted into the text: the moment it ran, nearer
        // the incident than the day the file was copied. Only a date with its time of day, as commands and logs print
        // a moment ("Version": "2012-10-17" in a policy is no moment), not a commit's date in a pasted git log (the
        // change may be months older than the incident), and the latest of them (an object's creation time comes
        // before the incident; the output read during it comes last).
        if (date is null && OutputMoments(document).DefaultIfEmpty().Max() is var inOutput && inOutput != default)
        {
            date = inOutput;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from the latest moment printed in the pasted command output");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated in the prose; {date:yyyy-MM-dd}, the latest moment printed in the pasted command output, is used", null, "check 'date:' in the imported file");
        }

        // "On 08/12/2019, between 08:09am - 08:16am, there was a hard outage": a digit date that reads both ways is the
        // text's own day, nearer the incident than any day found outside it. It is read in the order the text's other
        // digit dates show ("13/08/2019" is day first) or its language does (two headings or labels in Spanish, French,
        // German..., prose in one of them, or a span of the clock written "14h00 à 15h00", mean day first), else month
        // first, as most such dates in English are written; the warning names both readings.
        if (date is null)
        {
            var digitDates = document.Lines.Where(l => l.Kind != LineKind.Code).Select(l => DateTimeText.TwoWayDigitDates(MarkdownInline.WithLinkText(l.Text))).ToList();
            var dayFirst = digitDates.Any(w => w.WritesDayFirst)
                || document.Lines.Count(l => l.Kind is LineKind.Heading or LineKind.Field && l.Label is { } label && ForeignWording.IsEuropeanName(LegacyDocumentParser.WordsOf(label))) >= 2
                || ProseReadsDayFirst(document);
            // A day after the file was saved is neither the incident's nor a reading to keep ("last reviewed 02/03/2026").
            bool Past(DateOnly day) => fileDate is not { } saved || day <= saved;
            if (digitDates.SelectMany(w => w.MonthFirst).FirstOrDefault(d => Past(d) && Past(new DateOnly(d.Year, d.Day, d.Month))) is var twoWay && twoWay != default)
            {
                var other = new DateOnly(twoWay.Year, twoWay.Day, twoWay.Month);
                (date, other) = dayFirst ? (other, twoWay) : (twoWay, other);
                origin = DateOrigin.Guessed;
                run.Guessed($"date {date:yyyy-MM-dd} from a date in the text that reads both ways, read {(dayFirst ? "day" : "month")} first");
                run.Warn(DiagnosticCodes.DateGuessed, $"the only date in the text reads two ways; {date:yyyy-MM-dd} is used, not {other:yyyy-MM-dd}", null, "check 'date:' in the imported file");
            }
        }

        // "[agreed a deal to buy Twitter](https://…/2022/04/25/musk-buys-twitter/)": a text that dates nothing itself
        // may link to news or a status page of the day elsewhere on the web, nearer the incident than the day the file
        // was copied. Only now; only an article's dated path on the web (a link to the site's own older post, a
        // dashboard's "?from=2022-04-18" or an API version "/api/2019-02-19/" names no day of this incident); and the
        // latest such day, since background reading linked for context is older than the news of the day.
        if (date is null && document.Lines.Where(l => l.Kind != LineKind.Code).SelectMany(l => MarkdownInline.LinkAddresses(l.Text))
                .Select(a => DatedWebPath().Match(a)).Where(m => m.Success)
                .Select(m => DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : default)
                .Where(d => d != default && (fileDate is not { } saved || d <= saved)).DefaultIfEmpty().Max() is var linked && linked != default)
        {
            date = linked;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from the latest dated article the text links to");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date is stated in the text; {date:yyyy-MM-dd}, the latest date in the address of an article it links to, is used", null, "check 'date:' in the imported file");
        }

        // "January 2020 - Plex Server Outage for approximately 2 weeks": a title naming the month and year is nearer the
        // incident than the day the file was saved, if only to the month; its first day is used, and said to be a guess.
        if (date is null && DateTimeText.FindMonthOfYear(title) is { } month && (fileDate is not { } savedOn || month <= savedOn))
        {
            date = month;
            origin = DateOrigin.Guessed;
            run.Guessed($"date {date:yyyy-MM-dd} from the month and year the title names");
            run.Warn(DiagnosticCodes.DateGuessed, $"the title names a month but no day; its first day, {date:yyyy-MM-dd}, is used", null, "set 'date:' in the imported file to the day of the incident");
        }

        if (date is null && fileDate is { } changed)
        {
            date = changed;
            origin = DateOrigin.FileTime;
            run.Guessed($"date {date:yyyy-MM-dd} from the file's modification time");
            run.Warn(DiagnosticCodes.DateGuessed, $"no date in the text or the file name; the file's modification day {date:yyyy-MM-dd} is used", null, "set 'date:' in the imported file to the day of the incident");
        }

        if (date is null)
        {
            run.NotFound("date");
            run.Warn(DiagnosticCodes.NotExtracted, "no date found", null, "add a line such as 'Date: 2024-03-12' (or 'date:' in the front matter) before building");
        }
        else if (dateSource is not null)
        {
            run.Extracted($"date {date:yyyy-MM-dd} ({dateSource})");
        }

        // A start or end written without a date takes the incident date.
        if (date is { } known)
        {
            range = range with
            {
                Started = range.Started ?? StampFromField(document, StartLabels, zone, known),
                Resolved = range.Resolved ?? StampFromField(document, EndLabels, zone, known),
            };

            // "Duration: 21:45 to 23:28 UTC (103 minutes)" with the day named elsewhere.
            foreach (var field in document.Fields.Where(f => IsRangeKey(f.Key)).TakeWhile(_ => range.Started is null))
            {
                if (GivesWindow(field.Key, field.Value!))
                {
                    range = ReadRange(DateTimeText.FindStamps(field.Value!, known.Year), known, ZoneOf(field, zone), range);
                }
            }

            // "Between 14:02 and 15:47 UTC, checkout failed" in the summary: the author's own reading of the outage.
            if (range.Started is null && (StatedWindow.Find(prose, known.Year) ?? StatedWindow.Find(ImpactLines(document), known.Year, inImpact: true)) is { } window)
            {
                var told = ReadRange(window.To is { } to ? [window.DatedFrom, to] : [window.DatedFrom], known, zone, range);
                range = told.Started is { } from ? told with { Told = new ToldWindow(window.Phrase, from, range.Resolved is null ? told.Resolved : null) } : told;
                run.Extracted($"outage window from the sentence \"{Cap(window.Phrase, 120)}\"");
            }

            // "Service was fully restored at 15:47 UTC" in the summary: the author's own reading of the end.
            if (range.Resolved is null && StatedWindow.FindEnd(prose, known.Year) is { } stated
                && stated.DatedFrom.ToUtc(stated.DatedFrom.Date ?? known, stated.From.Zone ?? zone.Rule) is { } end)
            {
                // Written without a date and before the start, the end is on the next day ("until 01:15").
                var resolved = stated.DatedFrom.Date is null && range.Started is { } begun && end < begun ? end.AddDays(1) : end;
                // An end before the start the document states is a sentence about something else ("the first backup
                // was restored at 09:35"): taking it would cost the start, so the end stays unread.
                if (range.Started is not { } started || resolved >= started)
                {
                    range = range with { Resolved = resolved };
                    run.Extracted($"end from the sentence \"{Cap(stated.Phrase, 120)}\"");
                }
            }
        }

        return (date, range, origin);
    }

    /// <summary>What an Impact label or section says, each label's value and each paragraph.</summary>
    private static IEnumerable<string> ImpactLines(LegacyDocument document) =>
        document.Fields.Where(f => IsImpactKey(f.Key)).Select(f => f.Value!)
            .Concat(WithTheItemsTheyGoOnFrom(document, document.Paragraphs((_, i) => document.IsWithin(i, IsImpactKey))));

    // "mobile was unaffected", "no impact on exports": a nested item that sets something apart from the trouble above it.
    [GeneratedRegex(@"\b(?:unaffected|not (?:affected|impacted)|no (?:impact|effect)|(?:worked|working|ran|running) (?:normally|as (?:normal|usual)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysUnaffected();

    /// <summary>
    /// Each paragraph; a nested list item that goes on from the item above it ("* Logging stopped working for the team"
    /// over "  * in the production cluster between 2022-06-22 00:00 and 2022-07-01 16:55") is read after that item's
    /// words, as one sentence, the way the writer meant the two. Only an item that opens in lower case under one that
    /// ends without a stop; "* Errors rose." over "  * Checkout failed from 14:02" are two statements, and so is one
    /// that sets something apart ("  * mobile was unaffected").
    /// </summary>
    private static IEnumerable<string> WithTheItemsTheyGoOnFrom(LegacyDocument document, IEnumerable<(string Text, int FirstLine)> paragraphs)
    {
        (string Words, int Indent)? open = null;
        foreach (var (text, first) in paragraphs)
        {
            var line = document.Lines[first].Text;
            var indent = line.Length - line.TrimStart().Length;
            var isItem = LegacyDocumentParser.StartsWithListMarker(text);
            var words = isItem ? LegacyDocumentParser.WithoutListMarker(text).Trim() : text;
            if (isItem && open is { } above && indent > above.Indent && words.Length > 0 && char.IsLower(words[0]) && !SaysUnaffected().IsMatch(words))
            {
                yield return above.Words + " " + words;
                continue;
            }

            yield return text;
            open = isItem && words.Length > 0 && words[^1] is not ('.' or '!' or '?' or ';' or ':') ? (words, indent) : null;
        }
    }

    // "2036 UTC" is a time of day written without a colon, not a year. Nor is a number that counts things: alone in a
    // cell of a table ("<td>2000</td>"), after a word for about how many ("about 2021 users"), or opening a sentence
    // with what it counts and what they did after it ("2000 new full-site tests were started"); "our 2021 incidents
    // were reviewed" and "in 2020 servers were replaced" keep their year, a determiner or a preposition before it.
    [GeneratedRegex(@"(?<![\w/.\-]|<td>|\|\s{0,9})(?<!\b(?:about|over|under|nearly|almost|around|roughly|approximately|than|some|another)\s{1,3})(?:19[7-9]\d|20\d\d)(?![\w/\-]|\.\d|\s?(?:UTC|GMT|Z|hrs?)\b|</td>|\s{0,9}\|)"
        + @"(?!(?<=(?:^|[.!?:]\s{1,3})\d{4})\s+(?:(?:new|more|extra|additional|unique|different|separate|other|[a-z]+-[a-z-]+)\s+){0,2}[a-z]{2,}s\s+(?:were|are|was|have|had|got|ran|failed|started)\b)", RegexOptions.Multiline)]
    private static partial Regex YearWord();

    /// <summary>The year a text names, when it names exactly one (outside links and version numbers).</summary>
    // The prose, joined only when no digit date or heading has settled the order already.
    private static bool ProseReadsDayFirst(LegacyDocument document)
    {
        var text = string.Join('\n', document.Lines.Where(l => l.Kind != LineKind.Code).Select(l => l.Text));
        return ForeignWording.WrittenInAEuropeanLanguage(text) || ForeignWording.TellsTheTimeTheEuropeanWay(text);
    }

    /// <summary>
    /// The date a letter or notice is signed with: a line that is only a full date, among the last lines of the text,
    /// with nothing after it but a few short lines (the writer's group, name, address) that give no date. Not the value
    /// of a label above it ("Next review:" then "2025-01-15"), nor one followed by label lines ("Owner: netops").
    /// </summary>
    private static DateOnly? SignedOn(LegacyDocument document)
    {
        var written = document.Lines.Where(l => l.Kind != LineKind.Blank && l.Text.Trim().Length > 0).ToList();
        var last = written.TakeLast(MaxSignatureLines + 1).ToList();
        for (var i = last.Count - 2; i >= 0; i--)
        {
            var line = LegacyDocumentParser.Clean(last[i].Text).Trim().TrimEnd('.');
            var above = written.Count - last.Count + i - 1;
            if (last[i].Kind != LineKind.Code && DateTimeText.ReadLeading(line, null) is { Date: { } day, Time: null, DateHasYear: true } stamp && stamp.Length == line.Length
                && (above < 0 || !written[above].Text.TrimEnd().TrimEnd('*', '_').EndsWith(':'))
                && last.Skip(i + 1).All(after => after.Kind != LineKind.Field && after.Label is null && after.Text.Trim().Length <= MaxSignatureLineLength && !DateTimeText.AllDates(after.Text).Any()))
            {
                return day;
            }
        }

        return null;
    }

    private const int MaxSignatureLines = 3;
    private const int MaxSignatureLineLength = 60;

    private static int? YearOfText(LegacyDocument document)
    {
        var years = document.Lines.Where(l => l.Kind != LineKind.Code)
            .SelectMany(l => YearWord().Matches(l.Text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)))
            .Distinct().Take(2).ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>
    /// A status page's updates begin when the first notice went out, after the trouble had begun: the summary's own window
    /// ("On November 8, 2021 from 03:25 UTC to 03:57 UTC, customers saw delayed chats") gives the moments before them. Each
    /// moment the window gave that the incident's start or end kept, and no timed entry has, becomes an entry of that
    /// sentence, in time order among the others.
    /// </summary>
    private static void AddToldMoments(List<TimelineEvent> events, ToldWindow told, Timestamps timestamps, Run run)
    {
        var moments = new[] { told.From, told.To }.OfType<DateTimeOffset>().Where(m => m == timestamps.Started || m == timestamps.Resolved).Distinct();
        var added = 0;
        foreach (var moment in moments.Where(m => !events.Any(e => e.Time == m)))
        {
            var at = events.FindIndex(e => e.Time > moment);
            events.Insert(at < 0 ? events.FindLastIndex(e => e.Time is not null) + 1 : at, new TimelineEvent(moment, told.Sentence, null, false));
            added++;
        }

        if (added > 0)
        {
            run.Guessed($"timeline: {added} moment{(added == 1 ? "" : "s")} from the sentence stating the outage's window, which the timeline's entries do not give");
        }
    }

    /// <summary>
    /// A report whose only moments are its labels ("## Time: 00:50:10 UTC", "Start: ... End: ...") still has those moments
    /// as its timeline: each the incident's timestamps kept becomes an entry marking its milestone, so the incident's
    /// page and the library's timelines show when it happened. A moment only computed (a start plus a stated length) is
    /// not one the text gives, and is left out.
    /// </summary>
    private static void AddLabelledMoments(List<TimelineEvent> events, Window stated, Timestamps timestamps, Run run)
    {
        (DateTimeOffset? Stated, DateTimeOffset? Kept, Milestone Milestone)[] moments =
        [
            (stated.Started, timestamps.Started, Milestone.Started),
            (stated.Detected, timestamps.Detected, Milestone.Detected),
            (stated.Mitigated, timestamps.Mitigated, Milestone.Mitigated),
            (stated.Resolved, timestamps.Resolved, Milestone.Resolved),
        ];
        var labelled = moments.Where(m => m.Stated is not null && m.Stated == m.Kept).DistinctBy(m => m.Stated).OrderBy(m => m.Stated).ToList();
        events.InsertRange(0, labelled.Select(m => new TimelineEvent(m.Stated, $"Incident {m.Milestone.Name()}", m.Milestone, false)));
        if (labelled.Count > 0)
        {
            run.Guessed($"timeline: {labelled.Count} moment{(labelled.Count == 1 ? "" : "s")} from the labelled times (the text has no timeline)");
            run.FoundAfterAll("timeline");
        }
    }

    /// <summary>"June 10, 2023, 03:00 PM - 05:30 PM (UTC)": the first two times are start and end; a zone written once applies to both.</summary>
    private static Window ReadRange(List<Stamp> stamps, DateOnly? date, ZoneReading zone, Window range)
    {
        var timed = stamps.Where(s => s.Time is not null).Take(2).ToList();
        if (timed.Count == 0 || (timed[0].Date ?? date) is not { } startDate)
        {
            return range;
        }

        var statedZone = timed.Select(s => s.Zone).LastOrDefault(z => z is not null) ?? zone.Rule;
        var start = timed[0].ToUtc(startDate, statedZone);
        DateTimeOffset? end = null;
        if (timed.Count == 2)
        {
            var endDate = timed[1].Date ?? startDate;
            end = timed[1].ToUtc(endDate, statedZone);
            if (timed[1].Date is null && end < start)
            {
                // "23:30 - 01:15": the end is on the next day.
                end = end?.AddDays(1);
            }
        }

        return range with { Started = range.Started ?? start, Resolved = range.Resolved ?? end };
    }

    /// <summary>
    /// The start or end a label among the document's facts says is not known ("Start: Unverified", "End: TBD", "Time to
    /// repair: Pending"), when it gives no time either and points nowhere else ("N/A (see timeline)").
    /// </summary>
    private static HashSet<Milestone> SaidUnknown(LegacyDocument document, ForeignFrontMatter foreign)
    {
        // A status page's entry marked "resolved: false" was written while the incident went on: its last line is no end.
        var unknown = foreign.MarkedResolved == false ? new HashSet<Milestone> { Milestone.Resolved } : [];
        // Only the document's own facts: "Resolved: pending" under an action item is the item's state.
        var facts = document.FieldsWithLines.Where(f => !ActionItemExtractor.InActionSection(document, f.Line)).Select(f => f.Field);
        foreach (var field in facts.Where(f => f.Value is { } value && NotKnown().IsMatch(value) && !PointsElsewhere().IsMatch(value) && !DateTimeText.HasTimeOfDay(value)))
        {
            if (StartLabels.Contains(field.Key))
            {
                unknown.Add(Milestone.Started);
            }
            else if (EndLabels.Contains(field.Key) || RepairLabels.Contains(field.Key))
            {
                unknown.Add(Milestone.Resolved);
            }
        }

        // "**Status:** In Recovery" among the document's facts: it was written while the incident was still open, so its
        // latest entry is not the end.
        if (facts.Any(f => StatusLabels.Contains(f.Key) && f.Value is { } state && StillOpen().IsMatch(state)))
        {
            unknown.Add(Milestone.Resolved);
        }

        return unknown;
    }

    private static readonly string[] StatusLabels = ["status", "incident status", "current status", "state"];

    [GeneratedRegex(@"^\W*(?:in recovery|recovering|ongoing|on-?going|open|investigating|identified|in progress|active|unresolved|not (?:yet )?resolved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillOpen();

    private static readonly string[] RepairLabels = ["time to repair", "time to resolve", "time to resolution", "time to recover", "time to recovery", "time to restore", "resolution time", "recovery time"];

    // In other languages too: "开始时间：未知", "Beginn: unbekannt", "시작: 미상".
    [GeneratedRegex(@"^\W*(?:unverified|unknown|not known|not yet known|undetermined|unclear|tbd|tbc|pending|ongoing|n/?a|unbekannt|unklar|inconnu|desconocido|sconosciuto|未知|不明|不详|不詳|待定|待确认|待確認|未确认|未確認|调查中|調査中|미상|미정|알 수 없음|확인 중)(?:\b|(?<=\p{Lo}))", RegexOptions.IgnoreCase)]
    private static partial Regex NotKnown();

    // "N/A (see timeline)": the value is written elsewhere, not unknown.
    [GeneratedRegex(@"\b(?:see|refer to|(?:in|from) the (?:timeline|table|section|log)|below|above)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsElsewhere();

    /// <summary>The days of the moments printed in code blocks with their time of day, passing over a git log's commit dates.</summary>
    private static IEnumerable<DateOnly> OutputMoments(LegacyDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.Kind != LineKind.Code || (i > 0 && document.Lines[i - 1].Text.TrimStart().StartsWith("Author:", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var day in DateTimeText.AllMoments(line.Text))
            {
                yield return day;
            }
        }
    }

    /// <summary>"2018-09-21-outage.md": a date its file name gives.</summary>
    private static DateMatch? DateInFileName(string sourcePath) => DateTimeText.FindDate(Path.GetFileNameWithoutExtension(sourcePath));

    /// <summary>
    /// "13-03-2021-outage.md" is March 13; "02-03-2021-deno.md" may be February 3 or March 2, and is the reading that
    /// falls on the weekday the text names ("On Tuesday at 02:01 AM UTC") when the other does not. Null when the text
    /// names both weekdays or neither.
    /// </summary>
    private static DateMatch? DigitDateInFileName(string sourcePath, LegacyDocument document)
    {
        var readings = DateTimeText.FileNameDigitDates(Path.GetFileNameWithoutExtension(sourcePath));
        if (readings.Count <= 1)
        {
            return readings.Count == 1 ? new DateMatch(readings[0], 0, 0) : null;
        }

        // Only a weekday told with a time of day ("On Tuesday at 02:01 AM UTC"), not a habit ("runs every Friday
        // night", "on Fridays") nor a day without a moment ("shipped the fix on Wednesday").
        var named = document.Lines.Where(l => l.Kind != LineKind.Code).SelectMany(l => SentenceBreak().Split(l.Text))
            .Where(sentence => DateTimeText.ScanStamps(sentence, null, sentence.Length).Any(s => s.Stamp.Time is not null))
            .SelectMany(sentence => WeekdayWord().Matches(sentence)).Select(m => DateTimeText.WeekdayNamed(m.Groups["day"].Value)).ToHashSet();
        var fitting = readings.Where(r => named.Contains(r.DayOfWeek)).ToList();
        return fitting.Count == 1 ? new DateMatch(fitting[0], 0, 0) : null;
    }

    [GeneratedRegex(@"(?<!\b(?:every|each)\s+)\b(?<day>" + DateTimeText.WeekdayStem + @")day\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    private static DateTimeOffset? StampFromField(LegacyDocument document, string[] labels, ZoneReading zone, DateOnly? fallbackDate) => document.FieldsWithLines
        .Where(f => labels.Contains(f.Field.Key) && !InPlannedWindow(document, f.Line))
        .Select(f => StampFromText(f.Field.Value, ZoneOf(f.Field, zone), fallbackDate))
        .FirstOrDefault(s => s is not null);

    /// <summary>
    /// "**Start**: 2020-09-10 @ 04:00 UTC" under "The maintenance window was scheduled for:" or "## Planned
    /// maintenance": the fields a line or heading introduces as maintenance planned ahead give that plan's times, not the
    /// incident's ("The failover test was scheduled for 14:00, but the primary crashed:" introduces the incident's).
    /// </summary>
    private static bool InPlannedWindow(LegacyDocument document, int line)
    {
        for (var i = line - 1; i >= 0 && line - i <= MaxFieldsUnderLeadIn; i--)
        {
            var above = document.Lines[i];
            if (above.Kind == LineKind.Blank || (above.Kind == LineKind.Field && !string.IsNullOrWhiteSpace(above.Value)))
            {
                continue;
            }

            return PlannedWindow().IsMatch(above.Text);
        }

        return false;
    }

    // The fields and blank lines that may stand between a lead-in and the one read.
    private const int MaxFieldsUnderLeadIn = 6;

    [GeneratedRegex(@"\b(?:maintenance\s+window|(?:scheduled|planned)\s+(?:maintenance|downtime|window)|(?:maintenance|window|downtime)\b[^.:]{0,40}\b(?:was|were|is|are|had\s+been)\s+(?:scheduled|planned))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedWindow();

    /// <summary>"June 22, 2024, 10:00 AM (UTC)" or "2024-06-22T10:00:00Z" as UTC; the date defaults to <paramref name="fallbackDate"/>.</summary>
    /// <summary>The clock a field's value is read in: the zone its label names ("Outage End (UTC)"), else the document's.</summary>
    private static ZoneReading ZoneOf(DocumentLine field, ZoneReading zone) =>
        field.LabelZone is { } labelled ? new ZoneReading(labelled, $"{labelled.Name} (from the label '{field.Label}')") : zone;

    private static DateTimeOffset? StampFromText(string? text, ZoneReading zone, DateOnly? fallbackDate)
    {
        if (text is null)
        {
            return null;
        }

        var stamps = DateTimeText.FindStamps(text, fallbackDate?.Year);
        var date = stamps.Select(s => s.Date).FirstOrDefault(d => d is not null) ?? fallbackDate;
        return stamps.FirstOrDefault(s => s.Time is not null) is { } timed && (timed.Date ?? date) is { } day
            ? timed.ToUtc(day, stamps.Select(s => s.Zone).FirstOrDefault(z => z is not null) ?? zone.Rule)
            : null;
    }

    [GeneratedRegex(@"^(?:\*\*|__|\*|_|\[|\()+")]
    private static partial Regex LeadingEmphasis();

    /// <summary>
    /// Indexes of the lines under timeline headings (a timeline inside another counts once), and of sections under any
    /// heading ("Leadup") whose list is mostly entries that start with a time.
    /// </summary>
    private static List<int> TimelineLines(LegacyDocument document)
    {
        var lines = new SortedSet<int>();
        var sections = document.Sections;
        var anyTimelineHeading = sections.Any(s => IsTimelineKey(s.Key));
        foreach (var section in sections.Where(s => IsTimelineKey(s.Key) || IsTimedList(document, s, listOnly: !anyTimelineHeading)))
        {
            foreach (var (index, _) in document.Content(section))
            {
                lines.Add(index);
            }

            // "## Timeline" then "## July 22" or "## 2023-08-25 (Friday)": the date headings go on with the timeline,
            // and their own lines give the date to the times below them.
            for (var current = section; ;)
            {
                var sibling = sections.FirstOrDefault(x => x.HeadingIndex == current.EndIndex && x.Level == current.Level);
                if (sibling is null || DateTimeText.ReadLeading(LeadingEmphasis().Replace(sibling.Heading, ""), 2000) is not { } stamp || (stamp.Date is null && !stamp.HasTime))
                {
                    break;
                }

                lines.Add(sibling.HeadingIndex);
                foreach (var (index, _) in document.Content(sibling))
                {
                    lines.Add(index);
                }

                current = sibling;
            }
        }

        // A document with no timeline section may keep its moments in a table headed by the time under another heading
        // ("## Evidence": "| Time | Evidence |"). With a timeline, such a table is about something else (a later test).
        if (lines.Count == 0 && sections.FirstOrDefault(s => IsTimedTable(document.Content(s).TakeWhile(x => x.Line.Kind != LineKind.Heading).Select(x => x.Line.Text.Trim()).ToList())) is { } tabled)
        {
            foreach (var (index, _) in document.Content(tabled))
            {
                lines.Add(index);
            }
        }

        // A status log with no timeline section is one: "### 11:28 UTC" and its text, "### 12:22 UTC" and its text.
        var timeHeadings = sections.Where(s => s.Level >= 2 && IsTimeHeading(s.Heading)).ToList();
        if (lines.Count == 0 && timeHeadings.Count >= MinTimeHeadings)
        {
            foreach (var section in timeHeadings)
            {
                lines.Add(section.HeadingIndex);
                foreach (var (index, _) in document.Content(section))
                {
                    lines.Add(index);
                }
            }
        }

        // "01:39 - Utility power fails" / "03:36 - Backup batteries low" / ...: a run of lines that each open with a time
        // is the timeline of a text that names no section. Where the text has sections, a timed list under one that is
        // not the timeline is a schedule or a plan (read above when it tells the story), unless the sentence right
        // above it says it is the timeline ("Here's a timeline of the day's activity (all times are in UTC):").
        if (lines.Count == 0)
        {
            var sectioned = sections.Any(s => s.Level > 1);
            var run = new List<int>();
            for (var i = 0; i <= document.Lines.Count; i++)
            {
                if (i < document.Lines.Count && document.Lines[i].Kind == LineKind.Text && TimelineParser.StartsWithTime(LegacyDocumentParser.WithoutListMarker(document.Lines[i].Text.Trim()), null))
                {
                    run.Add(i);
                    continue;
                }

                if (run.Count >= MinTimedRun && (!sectioned || IntroducedAsTimeline(document, run[0])))
                {
                    lines.UnionWith(run);
                }

                run.Clear();
            }
        }

        return lines.ToList();
    }

    // Three lines in a row that open with a time are a log; one or two may be a sentence's and an aside's.
    private const int MinTimedRun = 3;

    // One time heading may be a title's ("## 14:05 deploy"); two or more are a log of updates.
    private const int MinTimeHeadings = 2;

    /// <summary>
    /// A heading that is a clock time, with perhaps a day and a zone, and at most a short label: "11:28 UTC", "2021-06-22
    /// 14:05 (update)", "8:25 AM - Initial Diagnosis (With Claude's Help)" (a note in parentheses is no part of the label).
    /// </summary>
    private static bool IsTimeHeading(string heading)
    {
        var text = TimelineParser.StatusBeforeTime(LeadingEmphasis().Replace(heading.Trim(), ""));
        return DateTimeText.ReadLeading(text, 2000) is { Time: not null } stamp && stamp.Length <= text.Length
            && Parenthesised().Replace(text[stamp.Length..], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) <= MaxTimeHeadingLabelWords;
    }

    private const int MaxTimeHeadingLabelWords = 4;

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    /// <summary>Whether the text line above <paramref name="line"/> (blank lines between) introduces a timeline: "Here's a timeline of the day's activity:".</summary>
    private static bool IntroducedAsTimeline(LegacyDocument document, int line)
    {
        var above = line - 1;
        while (above >= 0 && document.Lines[above].Kind == LineKind.Blank)
        {
            above--;
        }

        return above >= 0 && document.Lines[above].Kind == LineKind.Text && IntroducesTimeline().IsMatch(document.Lines[above].Text);
    }

    [GeneratedRegex(@"\b(?:timeline|chronology|sequence of events|timeline of events)\b[^.!?]*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducesTimeline();

    /// <summary>At least three list items or paragraphs, and most of them, begin with a clock time.</summary>
    /// <param name="listOnly">
    /// Also when the section's list items alone are mostly timed, with paragraphs of story between them ("## What
    /// Happened": "* 06:20: Admins receive emails", then what they found): asked only of a document with no timeline
    /// heading, which keeps its timeline where its story is, and only of a section headed as that story.
    /// </param>
    private static bool IsTimedList(LegacyDocument document, DocumentSection section, bool listOnly = false)
    {
        // List items, and paragraphs (lines after a blank line or a heading): "1727: Laurie noticed ..." on its own; in
        // plain text, a line that opens with a time under another that does ("09:20 Monitoring alerted the team.").
        var content = document.Content(section).ToList();
        var items = content
            .Where((x, k) => x.Line.Kind is LineKind.Text or LineKind.Field
                && (LegacyDocumentParser.StartsWithListMarker(x.Line.Text.Trim()) || k == 0 || content[k - 1].Line.Kind is LineKind.Blank or LineKind.Heading
                    || (TimelineParser.StartsWithTime(x.Line.Text, null) && TimelineParser.StartsWithTime(content[k - 1].Line.Text, null))))
            .ToList();
        var clock = TimelineParser.ClockOf(items.Select(x => x.Line.Text), null);
        var timed = items.Count(x => TimelineParser.StartsWithTime(x.Line.Text, null, clock));
        if (timed >= 3 && timed * 2 > items.Count)
        {
            return true;
        }

        if (!listOnly || !TellsWhatHappened().IsMatch(section.Key))
        {
            return false;
        }

        var listed = items.Where(x => LegacyDocumentParser.StartsWithListMarker(x.Line.Text.Trim())).ToList();
        var timedListed = listed.Count(x => TimelineParser.StartsWithTime(x.Line.Text, null, clock));
        return timedListed >= 3 && timedListed * 2 > listed.Count;
    }

    // A heading over the story of the incident ("What happened", "Incident details"), not over a schedule or a plan.
    [GeneratedRegex(@"\b(?:happen\w*|events?|chronolog\w*|sequence|incident|details?|description|story|narrative|overview|summary|investigation|response)\b")]
    private static partial Regex TellsWhatHappened();

    /// <summary>
    /// A table whose first column is headed as the time and its second as what happened ("| Time | Evidence |", "| When
    /// (UTC) | What |") and whose rows, at least three and most of them, open with a clock time. Only the lines given are
    /// read, so a caller passes a section's own lines, before a heading below it: a title's section holds every table of
    /// the document.
    /// </summary>
    private static bool IsTimedTable(List<string> lines)
    {
        var header = lines.FindIndex(l => l.StartsWith('|'));
        if (header < 0 || header + 1 >= lines.Count || LegacyDocumentParser.TableCells(lines[header + 1]) is not null
            || LegacyDocumentParser.TableCells(lines[header]) is not [var first, var second, ..] || !TimeColumn().IsMatch(first) || !EventColumn().IsMatch(second))
        {
            return false;
        }

        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(LegacyDocumentParser.TableCells).OfType<List<string>>().ToList();
        var timed = rows.Count(cells => TimelineParser.StartsWithTime(cells[0], null));
        return timed >= 3 && timed * 2 > rows.Count;
    }

    [GeneratedRegex(@"^\W*(?:time(?:stamp)?|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeColumn();

    // The column beside the time says what happened ("Event", "Evidence", "What happened"), not a figure measured at
    // it ("RPS", "p99") or a job run at it ("Job"): a load test's or a schedule's table is no timeline.
    [GeneratedRegex(@"^\W*(?:events?|evidence|what(?: happened)?|happenings?|actions?|activity|description|details?|updates?|observations?|notes?|status)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventColumn();

    /// <summary>
    /// The document's text as the classifier reads it, each piece with its first line: a paragraph hard-wrapped over
    /// lines is one piece, so a sentence is read whole ("No I/O error or memory pressure" / "was observed"); a heading,
    /// a table row and a code line are each one, a list item or a line that opens with a time starts a piece (with the
    /// lines it wraps onto), and a paragraph never runs from the summary into what follows. Not
    /// <see cref="LegacyDocument.Paragraphs"/>: that one joins field lines and leaves out headings, tables and code,
    /// which the classifier reads.
    /// </summary>
    private static IEnumerable<(string Text, int FirstLine)> RunningText(LegacyDocument document, Func<int, bool> include)
    {
        var paragraph = new StringBuilder();
        var first = -1;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            var trimmed = line.Text.Trim();
            var joins = line.Kind == LineKind.Text && !trimmed.StartsWith('|');
            var taken = include(i) && line.Kind is not (LineKind.Blank or LineKind.Rule);
            if (paragraph.Length > 0 && (!joins || !taken || LegacyDocumentParser.StartsWithListMarker(trimmed) || TimelineParser.StartsWithTime(trimmed, null)
                || document.IsWithin(i, IsSummaryKey) != document.IsWithin(first, IsSummaryKey)))
            {
                yield return (paragraph.ToString(), first);
                paragraph.Clear();
            }

            if (!taken)
            {
                continue;
            }

            if (paragraph.Length == 0)
            {
                first = i;
            }
            else
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line.Text);
            if (!joins)
            {
                yield return (paragraph.ToString(), first);
                paragraph.Clear();
            }
        }

        if (paragraph.Length > 0)
        {
            yield return (paragraph.ToString(), first);
        }
    }

    /// <summary>A list item that begins with a clock time ("- **~09:12 UTC:** ..."): a timeline entry.</summary>
    private static bool IsTimedEntry(string line) =>
        LegacyDocumentParser.StartsWithListMarker(line.Trim())
        && DateTimeText.ReadLeading(DateTimeText.Approximately().Replace(LeadingEmphasis().Replace(LegacyDocumentParser.WithoutListMarker(line.Trim()), ""), ""), 2000) is { Time: not null };

    /// <summary>
    /// Every line but code, headings, rules, table rows and labels that give only a moment ("Start: 2024-03-05 10:00
    /// UTC"), which stand as -1 (a paragraph break): such labels are the incident's stated times, read as those, and
    /// stacked one under another they are no sentence telling of two moments.
    /// </summary>
    private static List<int> ProseLines(LegacyDocument document) => document.Lines
        .Select((l, i) => l.Kind is LineKind.Code or LineKind.Heading or LineKind.Rule or LineKind.Blank || l.Text.TrimStart().StartsWith('|')
            || (l.Kind == LineKind.Field && IsMomentLabel(l.Key) && IsOnlyAMoment(l.Value)) ? -1 : i)
        .ToList();

    // A label read as the start, detection, mitigation, end or day; under any other ("Incident began:", "復旧日時") the
    // moment is read from the prose, as it always was.
    private static bool IsMomentLabel(string key) =>
        StartLabels.Contains(key) || DetectedLabels.Contains(key) || MitigatedLabels.Contains(key) || EndLabels.Contains(key) || DateLabels.Contains(key) || key == "time";

    private static bool IsOnlyAMoment(string? value) =>
        value?.Trim().TrimEnd('.') is { Length: > 0 } moment && DateTimeText.ReadLeading(moment, 2000) is { Time: not null } stamp
        && moment[stamp.Length..].Trim().Length == 0;

    private static void ReportTimeline(TimelineResult timeline, DateOnly? date, Run run)
    {
        if (timeline.Events.Count == 0)
        {
            run.NotFound("timeline");
            return;
        }

        var deadEnds = timeline.Events.Count(e => e.Event.DeadEnd);
        var days = timeline.Events.Select(e => e.Event.Time?.UtcDateTime.Date).OfType<DateTime>().Distinct().Count();
        run.Extracted($"timeline: {timeline.Events.Count} event{(timeline.Events.Count == 1 ? "" : "s")}" + (days > 1 ? $" over {days} days (UTC)" : ""));
        if (deadEnds > 0)
        {
            run.Guessed($"{deadEnds} timeline event{(deadEnds == 1 ? "" : "s")} marked as dead end{(deadEnds == 1 ? "" : "s")} from their wording");
        }

        var milestones = timeline.Events.Where(e => e.Event.Milestone is not null).Select(e => e.Event.Milestone!.Value.Name()).ToList();
        if (milestones.Count > 0)
        {
            run.Guessed($"milestones {string.Join(", ", milestones)} from the wording of timeline events");
        }

        if (timeline.Untimed > 0)
        {
            run.Warn(DiagnosticCodes.NotExtracted, $"{timeline.Untimed} timeline event{(timeline.Untimed == 1 ? " has" : "s have")} no usable time" + (date is null ? " (no date to anchor them)" : ""), null,
                date is null ? "add the incident date so the times can be placed" : "times such as '[???]' or '--:--' are kept as text");
        }
    }

    /// <summary>
    /// Root-cause passages: values of "Root cause:" labels, and paragraphs directly under root-cause headings. A
    /// root-cause heading with no text of its own ("## Causes", then "### Registry rate limits" and its paragraph) gives
    /// its cause in its sub-sections, so their paragraphs count as under it.
    /// </summary>
    private static List<(string Text, int Line)> RootCausePieces(LegacyDocument document)
    {
        var causeSections = CauseSections(document);
        var pieces = new List<(string Text, int Line)>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var paragraphSection = -2;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                pieces.Add((string.Join(' ', paragraph), paragraphLine));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.Kind == LineKind.Field && IsCauseKey(line.Key))
            {
                Flush();
                pieces.Add((UntilNextLabel(line.Value!), line.Number));
                continue;
            }

            var section = document.SectionOf(i);
            var inCause = section >= 0 && causeSections.Contains(section);
            if (!inCause || line.Kind is LineKind.Heading or LineKind.Field or LineKind.Rule || section != paragraphSection)
            {
                Flush();
            }

            if (!inCause && line.Kind == LineKind.Text && CausesListedBelow().IsMatch(LegacyDocumentParser.Clean(line.Text)))
            {
                // "There have been two major causes for this:" over its list: each item is a cause, wherever it stands.
                foreach (var item in ItemsBelow(document, i))
                {
                    pieces.Add((LegacyDocumentParser.Clean(document.Lines[item].Text), document.Lines[item].Number));
                }

                continue;
            }

            // "Sierra issue (via CSS): “The network team made a change …”": under a root-cause heading, a line that
            // opens with a label of its own is a paragraph of the cause, told with its source.
            if (inCause && (line.Kind is LineKind.Text or LineKind.Code || (line.Kind == LineKind.Field && !NotTheCause().IsMatch(line.Key))))
            {
                if (paragraph.Count == 0)
                {
                    paragraphLine = line.Number;
                    paragraphSection = section;
                }

                paragraph.Add(LegacyDocumentParser.Clean(line.Text));
            }
        }

        Flush();
        return pieces.Where(p => p.Text.Length > 0).Take(50).ToList();
    }

    // "There have been two major causes for this:", "The outage had three root causes:", "This was caused by the
    // following:": a line that announces the causes as a list below it (not "Causes of the delay in paging:", nor "a
    // dangerous misconception, for a few reasons:", whose reasons are not the outage's).
    [GeneratedRegex(@"\b(?:(?:(?:root|main|major|primary|two|three|four|several|multiple|a few|contributing|underlying)\s+)*(?:(?:causes|factors)(?=\s*:)|(?:causes|factors|reasons)\s+(?:for|of|behind)\s+(?:this|it|that|the\s+(?:outage|incident|downtime|issues?|problems?|failures?|difficulties|disruption)))|(?:caused|triggered)\s+by\s+(?:the following|these|(?:two|three|several|a few|multiple)\s+(?:things|factors|issues|problems|changes))|(?:root|main|primary|underlying)\s+cause\s+(?:was|is))\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CausesListedBelow();

    /// <summary>
    /// The lines a line ending in ":" introduces: the rest of its paragraph, or, after a blank line, the list items that
    /// follow, up to the next paragraph, heading or rule.
    /// </summary>
    private static IEnumerable<int> ItemsBelow(LegacyDocument document, int intro)
    {
        var afterBlank = false;
        for (var j = intro + 1; j < document.Lines.Count && document.Lines[j].Kind is LineKind.Text or LineKind.Blank; j++)
        {
            var line = document.Lines[j];
            if (line.Kind == LineKind.Blank)
            {
                afterBlank = true;
                continue;
            }

            // "\* ITS have been performing upgrades": a marker escaped by a converter still opens an item.
            if (afterBlank && !LegacyDocumentParser.StartsWithListMarker(line.Text.Trim().TrimStart('\\')) && line.Indent == 0)
            {
                yield break;
            }

            yield return j;
        }
    }

    /// <summary>The sections whose paragraphs tell the cause: root-cause sections, and the sub-sections of one that has no text of its own.</summary>
    private static HashSet<int> CauseSections(LegacyDocument document)
    {
        var sections = new HashSet<int>();
        for (var s = 0; s < document.Sections.Count; s++)
        {
            if (IsCauseKey(document.Sections[s].Key))
            {
                sections.Add(s);
            }
            else if (document.Sections[s].Parent is var parent and >= 0 && IsCauseKey(document.Sections[parent].Key) && !HasOwnText(document, parent)
                && !NotTheCause().IsMatch(document.Sections[s].Key))
            {
                sections.Add(s);
            }
        }

        return sections;
    }

    // "### Why it went undetected", "### Why didn't our safeguards catch this?", "### Were we alerted quickly?", "###
    // Remediation", "### Background" under an empty "## Root cause analysis": how the cause was missed, found or
    // handled, or what came before, is not the cause. Whole words only: "### Fixed-size pool" and "### Fraud detector
    // misfire" tell the cause; and catching, alerting, diagnosis and comms only in a question: "### Exception not caught
    // in the retry loop" and "### Alerting pipeline dropped events" tell it too.
    [GeneratedRegex(@"^(?:why|were|was|did|do|does|how|could|is|are|have|has)\b.*\b(?:catch|caught|alerted|alerting|diagnos(?:e|is|ed|ing)|comms|communications?|followed)\b|\b(?:undetected|detection|safeguards?|remediations?|mitigations?|resolution|fixes|lessons?|learnings?|action items?|actions taken|impact|timeline|follow[- ]?ups?|prevention|recovery|response|resources|next steps|background)\b")]
    private static partial Regex NotTheCause();

    // "Root cause remediations", "Root cause fixes": the fixes of the cause, not it ("Root cause and remediation" is both).
    [GeneratedRegex(@"^root causes? (?:remediations?|fix(?:es)?|mitigations?|corrections?|follow[- ]?ups?|actions?|action items?)$")]
    private static partial Regex RemedyOfTheCause();

    private static bool HasOwnText(LegacyDocument document, int section) =>
        document.Content(document.Sections[section]).Any(l => document.SectionOf(l.Index) == section && l.Line.Kind is LineKind.Text or LineKind.Code or LineKind.Field);

    [GeneratedRegex(@"(?<=[.!?])\s+(?:Resolution|Root Cause|Impact|Trigger|Detection|Corrective and Preventative Measures|Corrective Actions?|Action Items?|Duration|Summary|Lessons Learned|Mitigation|Recovery)\s?:(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLabel();

    /// <summary>"A script deadlocked. Resolution: rolled back." keeps only the first label's text.</summary>
    private static string UntilNextLabel(string value) =>
        InlineLabel().Match(value) is { Success: true } next ? value[..next.Index].Trim() : value.Trim();

    // "The root cause of the outage was ...", "This was caused by ...", "killed by the OOM killer due to a memory spike",
    // "... happened because ...", "the website was affected by an outage of our hosting provider", "this is an otherwise
    // straightforward bug", "The first mistake was a small update I pushed" (not "the first error was a 502", the first
    // symptom seen): the clause after the words that introduce a cause.
    [GeneratedRegex(@"(?:\broot[- ]cause(?:s)?\b[^.;:]{0,60}?\b(?:is|was|were|are|lies|lay)\b|\b(?:(?:was|were|is|are|been) )?(?:ultimately |primarily |mainly |probably |likely )?(?:caused|triggered|brought on) by\b|\bthe (?:underlying |main |primary )?cause (?:of [^.;]{0,60}?)?(?:is|was)\b|\bhappened because\b|\bthe (?:(?:first|main|biggest|real|original|initial|key|fatal) mistake|(?:real|main|key|fatal) error) (?:is|was)\b|\b(?:due|owing) to\b|\bbecause of\b|\b(?:as|is|are|was|were) a (?:direct )?result of\b|\bthe (?:\w+ )?reason (?:for|behind) [^.;]{0,60}?\b(?:is|was)\b|\b(?:resulted|stemmed|arose) from\b|\btraced (?:back )?to\b|\b(?:affected|impacted|hit|taken down|brought down) by (?:an? |the )?(?:\w+ )?(?:outage|failure|incident|problem|issue|bug|attack) (?:of|at|in|on|from)\b|\b(?:this|it|the (?:issue|problem|incident|outage)) (?:is|was) (?:an? |the )?(?:\w+ ){0,2}?(?=(?:bug|defect|regression|race condition|misconfiguration)\b(?!\s+(?:tests?|suites?|reports?|fix(?:es)?|bount(?:y|ies)|trackers?|hunts?|triage)\b)))[^.;]{3,240}", RegexOptions.IgnoreCase)]
    private static partial Regex CauseSentence();

    // The same in the languages ForeignWording knows, by the words that say what the cause was: "原因是...", "原因は...",
    // "원인은...", "La causa raíz fue ...", "causado por", "la cause était", "causée par", "Die Ursache war", "verursacht
    // durch", "de oorzaak was", "veroorzaakt door", "причиной стал": the clause after them, to the sentence's end ("。"
    // too). Not the words for "due to" ("由于", "debido a", "aufgrund", "из-за"): they open symptoms ("debido a errores de
    // contraseña") and fixes ("Aufgrund des Vorfalls haben wir ... geändert") as often as causes.
    [GeneratedRegex(@"(?:(?:根本)?原因(?:是|为|為|在于|在於|は|として)|원인은|\b(?:(?:la |a )?causa(?: ra[ií]z| principal| radice)? (?:fue|es|era|foi|é|è|è stata|fu)|causad[oa]s? por|provocad[oa]s? por|causat[oa] da|(?:la )?cause(?: racine| principale| première)? (?:était|est|a été|fut)|causée?s? par|provoquée?s? par|(?:die )?(?:haupt)?ursache (?:war|ist|lag)|verursacht durch|ausgelöst durch|(?:de )?oorzaak (?:was|is|lag)|veroorzaakt door|причин(?:а|ой) (?:был[аи]?|стал[аи]?|явил[аи]сь|является)|вызван[оаы]? ))[^.;。！？!?]{3,240}", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignCauseSentence();

    // "We identified TOAST OID exhaustion as the root cause", "A full disk was the main cause", "A bad config push caused
    // the outage", "Unbatched writes led to the incident", "A parser bug can cause a consensus failure", "The import
    // used up the pool, leading to a checkout outage", "a deployment change caused gateway routing to break": the words
    // before. The effect may have a word of its own. So is a state that kept the service from working: "An internal
    // network was saturated, forbidding spawning of new containers", "the disk was full, preventing writes", "the pool
    // was exhausted, keeping the API from serving"; not a remedy told the same way ("the endpoint was temporarily
    // disabled, preventing further damage", "the flag was flipped off, keeping ..."), nor a state that spared something
    // ("the backup link was unaffected, keeping the office online").
    [GeneratedRegex(@"[^.;:]{3,160}?(?:\b(?:was|were|had been|became|got) (?![^,.;]*\b(?:disabled|blocked|stopped|paused|rolled|reverted|removed|restarted|fixed|resolved|restored|mitigated|isolated|drained|throttled|rate[- ]limited|turned|switched|flipped|frozen|set|taken|put|placed|scaled|moved|killed|shut|unaffected|healthy|available|fine|up|online|intact|ok|okay|running|working|stable|spared)\b)(?:[\w-]+ ){0,2}?[\w-]+, (?:thus |thereby |which )?(?:(?:preventing|prevented|forbidding|forbade) \w|(?:keeping|kept) (?:[\w-]+ ){0,4}?from \w+ing\b)|\b(?:as|was|is|being) (?:the|a) (?:actual |real |underlying |main |primary |ultimate )?(?:root )?cause\b|\b(?:caused|causes|(?:can|could|would|will) cause|triggered|led to|leading to|resulted in|resulting in|brought down) (?:the |an |a |this |our |that |(?:a |the )?(?:partial |full |complete |major |total |brief )?)(?:[\w-]{3,20} )?(?:outage|incident|downtime|disruption|degradation|failure|problem|issue|errors?|crash(?:es)?|halt)\b|\b(?:caused|causes|(?:can|could|would|will) cause) (?:[\w-]+ ){1,3}?to (?:break|fail|crash|hang|stop working|go down|go offline|become (?:unavailable|unresponsive|unreachable))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CauseNamedBefore();

    // "it's probably caused by", "I think this is due to", "maybe a result of": a cause guessed, not found.
    [GeneratedRegex(@"\b(?:probably|possibly|perhaps|maybe|might|may|could(?!\s*(?:not|n['’]t))|presumably|seems?|seemingly|suspect(?:ed)?|guess|I think|we think|likely|wondering|not sure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedged();

    /// <summary>How far before a sentence naming a cause a word hedging it may stand ("I think it's due to").</summary>
    private const int HedgeReach = 30;

    /// <summary>The words of the clause before a position, at most <see cref="HedgeReach"/> characters: "Users could not log in; we confirmed" gives "we confirmed".</summary>
    private static string ClauseBefore(string text, int index)
    {
        var before = text[Math.Max(0, index - HedgeReach)..index];
        return before[(before.LastIndexOfAny(['.', ';', ':', '!', '?']) + 1)..];
    }

    // "`add_known_models()`", "`Client.close(conn, timeout)`": a function of the code, written as a call in inline code
    // whose arguments are names or values; "`rate(5 minutes)`" and "`rate(http_requests_total[5m])`" are expressions of
    // a configuration, not code.
    [GeneratedRegex(@"`[A-Za-z_][\w.:]{0,80}\((?:[\w.""'*]{1,40}(?:,\s?[\w.""'*]{1,40}){0,6})?\)`")]
    private static partial Regex FunctionInCode();

    /// <summary>
    /// "A planned service restart at 00:30 UTC did not resolve the issue" in the prose beside the timeline's row
    /// "Planned Restart: 2025-08-19 00:30 UTC": a dead end the prose tells with the time of its remedy is the one timed
    /// entry at that time on the wall clock that names the same remedy, and no milestone; -1 when none fits. The time
    /// must follow the remedy's word in the sentence ("workers, which had started throwing errors at 09:12" dates the
    /// symptom), be written in 24 hours or with its half of the day, in no other zone, and on the entry's day if the
    /// sentence gives one.
    /// </summary>
    private static int EntryToldAgain(string deadEnd, List<TimelineEvent> events, TimeZoneRule zone)
    {
        if (RemedyAtClock().Match(deadEnd) is not { Success: true } told
            || DateTimeText.ReadLeading(deadEnd[told.Groups["clock"].Index..], null) is not { Time: { } clock } stamp
            || (stamp.Zone is { } written && written.StandardOffset != zone.StandardOffset))
        {
            return -1;
        }

        var remedy = told.Groups["remedy"].Value.ToLowerInvariant();
        var day = DateTimeText.AllDates(deadEnd).Cast<DateOnly?>().FirstOrDefault();
        var fitting = Enumerable.Range(0, events.Count)
            .Where(i => events[i] is { DeadEnd: false, Milestone: null, Time: { } time } && LocalTime(time, zone) is var local
                && local.Hour == clock.Hour && local.Minute == clock.Minute && (day is null || DateOnly.FromDateTime(local) == day)
                && RemedyWord().Matches(events[i].Text).Any(m => m.Value.Equals(remedy, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return fitting is [var only] ? only : -1;
    }

    // The remedies a timeline's step and the prose's retelling of it name alike.
    private const string RemedyWords = "restart|reboot|rollback|revert|failover|flush|redeploy|resize|patch|hotfix|upgrade|downgrade|purge|rebuild|reindex|cordon|drain";

    // A remedy's word, then its time within a few words ("restart at 00:30", "rollback of the gateway at 14:05").
    [GeneratedRegex(@"\b(?<remedy>" + RemedyWords + @")\w*\b(?:\s+[\w.-]+){0,5}?\s+(?:at|around|about|by|@)\s+(?<clock>(?:[01]?\d|2[0-3]):[0-5]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyAtClock();

    [GeneratedRegex(@"\b(?:" + RemedyWords + ")", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyWord();

    // A line holding this many sentences is a paragraph telling a story, not one event.
    private const int MinSentencesOfAStory = 3;

    private Classification Classify(LegacyDocument document, ForeignFrontMatter foreign, string title, List<(string Text, int Line)> causePieces, HashSet<int> deadEndLines, Run run)
    {
        foreach (var hint in foreign.Categories)
        {
            if (CategoryNamed(hint) is { } named)
            {
                run.Extracted($"root cause {named} (front matter '{hint}')");
                return new Classification(named, 1, $"front matter: {hint}", $"the front matter names '{hint}'", []);
            }
        }

        // "No definitive root cause yet; this section collects plausible explanations": where the document gives its cause
        // it says there is none yet, so the hypotheses below are not one.
        // Not a cause unknown only for a while ("was unknown for the first two hours", "not identified until 14:00"), nor
        // one the passage goes on to find ("it turned out that a failed disk ...").
        // Nor is one whose details alone are unknown beside a likely cause ("Cascading failure probably due to a storage
        // driver change ... Exact root cause is still unknown"): the likely cause is classified, and the words that say
        // the details are unknown are no evidence for "unknown".
        if (causePieces.Select(p => CauseNotDetermined().Match(p.Text)).FirstOrDefault(m => m.Success) is { } detailsUnknown
            && ExactCauseOnly().IsMatch(detailsUnknown.Value) && causePieces.Any(p => LikelyCause().IsMatch(p.Text) && !EventWording.IsDeadEnd(p.Text)))
        {
            causePieces = [.. causePieces.Select(p => (CauseNotDetermined().Replace(p.Text, "cause"), p.Line))];
        }

        if (causePieces.Select(p => CauseNotDetermined().Match(p.Text)).FirstOrDefault(m => m.Success) is { } undetermined
            && !causePieces.Any(p => CauseFoundLater().IsMatch(p.Text)))
        {
            var why = $"the root-cause text says it is not determined (\"{undetermined.Value}\")";
            run.Guessed($"root cause unknown ({why})");
            return new Classification(RootCauseTaxonomy.UnknownSlug, 1, undetermined.Value, why, []);
        }

        var causeLines = causePieces.Select(p => p.Line).ToHashSet();
        var texts = new List<WeightedText> { new(title, RootCauseClassifier.TitleWeight, "title") };
        texts.AddRange(causePieces.Select(p => new WeightedText(p.Text, RootCauseClassifier.RootCauseWeight, "root-cause text")));

        // The rest of the text, without the root-cause passages (already counted) and without dead ends, which name the wrong cause.
        // A piece never spans a heading, so its first line says its section and, for a code line, its kind.
        var pieces = RunningText(document, i => !deadEndLines.Contains(i) && !causeLines.Contains(document.Lines[i].Number)).ToList();
        // Pasted logs, commands and config (a code block) are what the software printed, not the writer's telling: no evidence.
        foreach (var (piece, first) in pieces.Where(p => document.Lines[p.FirstLine].Kind != LineKind.Code && document.SectionOf(p.FirstLine) is var section && (section < 0 || !IsCauseKey(document.Sections[section].Key))))
        {
            // The summary tells what happened in a few lines, often with why: a little more than the rest of the text.
            texts.Add(document.IsWithin(first, IsSummaryKey)
                ? new WeightedText(piece, RootCauseClassifier.SummaryWeight, "summary")
                : new WeightedText(piece, RootCauseClassifier.TextWeight, "text"));
        }

        // "Ultimately multiple attempts to rebuild the arrays failed" amid a paragraph written on one line that tells how
        // two disks failed: only the dead end's own sentence, and the one leading into it, name a wrong lead; the rest of
        // the paragraph still tells what happened. A timeline's entries are left out whole.
        foreach (var line in deadEndLines.Order().Where(l => document.Lines[l].Kind == LineKind.Text && !causeLines.Contains(document.Lines[l].Number) && !document.IsWithin(l, IsTimelineKey)))
        {
            var sentences = SentenceEnd().Split(document.Lines[line].Text);
            if (sentences.Length < MinSentencesOfAStory)
            {
                continue;
            }

            var weight = document.IsWithin(line, IsSummaryKey) ? RootCauseClassifier.SummaryWeight : RootCauseClassifier.TextWeight;
            for (var i = 0; i < sentences.Length; i++)
            {
                if (!EventWording.IsDeadEnd(sentences[i]) && (i + 1 == sentences.Length || !EventWording.IsDeadEnd(sentences[i + 1])))
                {
                    texts.Add(new WeightedText(sentences[i], weight, weight == RootCauseClassifier.SummaryWeight ? "summary" : "text"));
                }
            }
        }

        // "determined that our provider was not the cause and instead the site was under a DDoS": a dead end left out
        // above may end in what was found in its place, and that names the cause as plainly as a sentence saying so.
        foreach (var line in deadEndLines.Order())
        {
            if (FoundInstead().Match(document.Lines[line].Text) is { Success: true } instead)
            {
                texts.Add(new WeightedText(instead.Groups["finding"].Value, RootCauseClassifier.CauseSentenceWeight, "what a ruled-out lead found instead"));
            }
        }

        // A sentence that says what the cause was weighs most, more than a root-cause section, wherever it stands; but
        // not a guess voiced while the incident ran ("10.44 SB: it's probably caused by the logging cluster running out
        // of storage") when the document has its own root-cause text: that text is the writers' word after the fact,
        // and the timeline's hedged guess is only text beside it.
        foreach (var (piece, first) in pieces.Where(p => document.Lines[p.FirstLine].Kind != LineKind.Code))
        {
            var guessesAreText = causePieces.Count > 0 && document.IsWithin(first, IsTimelineKey);
            foreach (Match sentence in CauseSentence().Matches(piece).Concat(CauseNamedBefore().Matches(piece)).Concat(ForeignCauseSentence().Matches(piece)))
            {
                if (guessesAreText && Hedged().IsMatch(ClauseBefore(piece, sentence.Index) + sentence.Value))
                {
                    continue;
                }

                texts.Add(new WeightedText(sentence.Value, RootCauseClassifier.CauseSentenceWeight, "sentence naming the cause"));
            }
        }

        // "`add_known_models()` is called once, at import": a root cause told through the functions of the code names a
        // defect in that code though it never says "bug". It counts as one mention of a bug in the root-cause text.
        if (causePieces.Select(p => FunctionInCode().Match(p.Text)).FirstOrDefault(m => m.Success) is { } function)
        {
            texts.Add(new WeightedText("bug", RootCauseClassifier.RootCauseWeight, $"root cause told in code ({function.Value})"));
        }

        var classification = _classifier.Classify(texts);
        if (classification.IsUnknown)
        {
            run.Guessed($"root cause unknown ({classification.Explanation})");
            run.Warn(DiagnosticCodes.UnclassifiedRootCause, $"root cause not classified: {classification.Explanation}", causePieces.Count > 0 ? causePieces[0].Line : null,
                "set 'root_cause.category' by hand, or add the words this document uses to a category's synonyms in root-causes.yml");
        }
        else
        {
            run.Guessed($"root cause {classification.Category} (confidence {classification.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}: {classification.Explanation})");
        }

        return classification;
    }

    // "..., and instead the site was under attack", "but rather a full disk": not "instead of rolling back".
    [GeneratedRegex(@"\b(?:and|but|;|,)\s+(?:was\s+)?(?:instead|rather)\b(?!\s+(?:of|than)\b)[,\s]+(?!(?:we|i|they|the team|engineers?|on-?call|ops)\b)(?<finding>[^.;!?]{8,300})", RegexOptions.IgnoreCase)]
    internal static partial Regex FoundInstead();

    [GeneratedRegex(@"\bno (?:definitive|confirmed|conclusive|clear) (?:root )?cause\b|\b(?:(?:exact|precise|specific|full|ultimate|underlying) )?(?:root )?cause (?:is|was|remains|has) (?:still |so far |currently )?(?:unknown|undetermined|unclear|not (?:yet )?(?:been )?(?:known|determined|identified|found|established))\b|\bcause (?:is )?(?:yet|still) to be (?:determined|identified|found|established)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseNotDetermined();

    [GeneratedRegex(@"^(?:exact|precise|specific|full|ultimate|underlying)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExactCauseOnly();

    // "probably due to", "most likely related to"; not a likelihood denied ("not likely due to") nor a first suspicion
    // ("we first suspected ... but reverting it did not help", which reads as a dead end).
    [GeneratedRegex(@"(?<!\b(?:not|first|initially|originally|un)\s?)\b(?:probably|likely|most likely|presumably|suspected|we (?:believe|suspect)|appears to (?:be|have been)|seems to (?:be|have been))\b(?:\s+\w+){0,3}?\s+(?:due to|caused by|because of|from|the result of|related to|linked to)\b(?![^.]{0,200}\b(?:but|however)\b[^.]{0,120}\b(?:did(?:n't| not)|ruled out|was not|wasn't|no effect)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LikelyCause();

    [GeneratedRegex(@"\b(?:until|at first|initially|for the first|in the first|for (?:a|an|several|some) (?:while|hours?|minutes?|days?)|turned out|later (?:showed|found|revealed|shown)|(?:we|they|engineers?|the team) (?:then |eventually |later |finally )?(?:found|discovered|identified)|eventually|was found to be|were found to be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseFoundLater();

    /// <summary>A taxonomy slug named by another tool's category: the slug itself, its title, or one of its synonyms.</summary>
    private string? CategoryNamed(string hint)
    {
        var key = LegacyDocumentParser.KeyOf(hint);
        foreach (var category in _taxonomy.Categories)
        {
            if (category.Slug.Equals(hint.Trim(), StringComparison.OrdinalIgnoreCase) || LegacyDocumentParser.KeyOf(category.Title) == key
                || category.Synonyms.Any(s => LegacyDocumentParser.KeyOf(s) == key))
            {
                return category.Slug;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^.{1,400}?[.!?](?=\s|$)")]
    private static partial Regex FirstSentence();

    private static string? ReadTrigger(LegacyDocument document, ForeignFrontMatter foreign, List<(string Text, int Line)> causePieces, Run run)
    {
        if ((foreign.Trigger ?? document.Fields.FirstOrDefault(f => TriggerLabels.Contains(f.Key))?.Value) is { } stated)
        {
            run.Extracted("trigger");
            return Cap(LegacyDocumentParser.Clean(stated), 300);
        }

        if (causePieces.Count == 0)
        {
            run.NotFound("trigger");
            return null;
        }

        var sentence = FirstSentence().Match(causePieces[0].Text) is { Success: true } m ? m.Value : causePieces[0].Text;
        run.Guessed("trigger from the first sentence of the root cause");
        return Cap(sentence.Trim(), 300);
    }

    [GeneratedRegex(@"(?<pct>\d{1,3}(?:\.\d{1,2})?)\s?%\s+of\s+(?:(?:our|all|the|active|total|affected|its|their)\s+){0,2}(?:user\s+base|users?|customers?|clients?|accounts?|visitors?|tenants?|merchants?|players?|members?|subscribers?|shoppers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UsersPercentage();

    [GeneratedRegex(@"\ball\s+(?:of\s+)?(?:our\s+|the\s+)?(?:users|customers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllUsers();

    private static Impact ReadImpact(LegacyDocument document, Run run)
    {
        var impactText = new List<string>();
        impactText.AddRange(document.Fields.Where(f => IsImpactKey(f.Key)).Select(f => UntilNextLabel(f.Value!)));
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].Kind is LineKind.Text && document.IsWithin(i, IsImpactKey))
            {
                impactText.Add(LegacyDocumentParser.Clean(document.Lines[i].Text));
            }
        }

        var description = impactText.FirstOrDefault(t => t.Length > 0) is { } first ? Cap(first, 500) : null;
        double? percentage = null;
        foreach (var text in impactText.Concat(document.Lines.Where(l => l.Kind is LineKind.Text or LineKind.Field).Select(l => l.Text)))
        {
            if (UsersPercentage().Match(text) is { Success: true } match
                && double.TryParse(match.Groups["pct"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
            {
                percentage = value;
                run.Extracted($"users affected {value.ToString(CultureInfo.InvariantCulture)}% (\"{Cap(match.Value, 80)}\")");
                break;
            }
        }

        if (percentage is null && impactText.Any(t => AllUsers().IsMatch(t)))
        {
            percentage = 100;
            run.Guessed("users affected 100% (the impact says all users)");
        }

        if (percentage is null)
        {
            run.NotFound("users affected %");
        }

        if (description is not null)
        {
            run.Extracted("impact description");
        }

        return description is null && percentage is null ? Impact.None : new Impact(description, percentage, null);
    }

    [GeneratedRegex(@"\bsev(?:erity)?[\s-]?([0-5])\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeverityLevel();

    private static string? ReadSeverity(LegacyDocument document, ForeignFrontMatter foreign, string body, Run run)
    {
        var stated = foreign.Severity ?? document.Fields.FirstOrDefault(f => SeverityLabels.Contains(f.Key))?.Value;
        if (stated is not null)
        {
            var severity = SeverityLevel().Match(stated) is { Success: true } level ? "SEV" + level.Groups[1].Value : Cap(LegacyDocumentParser.Clean(stated), 40);
            run.Extracted($"severity {severity}");
            return severity;
        }

        if (SeverityLevel().Match(body.Length > LegacyDocumentParser.MaxAnalysedChars ? body[..LegacyDocumentParser.MaxAnalysedChars] : body) is { Success: true } mentioned)
        {
            var severity = "SEV" + mentioned.Groups[1].Value;
            run.Guessed($"severity {severity} (mentioned in the text)");
            return severity;
        }

        run.NotFound("severity");
        return null;
    }

    [GeneratedRegex(@"\s*(?:,|;|\band\b)\s*")]
    private static partial Regex ListSeparator();

    private static IReadOnlyList<string> ReadList(LegacyDocument document, IReadOnlyList<string> fromFrontMatter, string[] labels, string name, Run run)
    {
        var values = fromFrontMatter.Count > 0
            ? fromFrontMatter
            : document.Fields.FirstOrDefault(f => labels.Contains(f.Key))?.Value is { } stated
                ? ListSeparator().Split(LegacyDocumentParser.Clean(stated)).Select(s => s.Trim().Trim('`', '"', '\'', '.')).Where(s => s.Length is > 0 and <= 60).Take(20).ToList()
                : [];
        if (values.Count > 0)
        {
            run.Extracted($"{name}: {string.Join(", ", values)}");
        }
        else
        {
            run.NotFound(name);
        }

        return values;
    }

    private static void ReportActions(ActionItemsResult actions, Run run)
    {
        if (actions.Items.Count == 0)
        {
            run.NotFound("action items");
            return;
        }

        run.Extracted($"{actions.Items.Count} action item{(actions.Items.Count == 1 ? "" : "s")}");
        if (actions.FromProse > 0)
        {
            run.Guessed($"{actions.FromProse} action item{(actions.FromProse == 1 ? "" : "s")} split from sentences of a paragraph");
        }
    }

    private static string? FirstParagraph(LegacyDocument document, Func<string, bool> sectionMatches)
    {
        var lines = new List<string>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            var section = document.SectionOf(i);
            if (line.Kind == LineKind.Text && section >= 0 && sectionMatches(document.Sections[section].Key) && !line.Text.TrimStart().StartsWith('|'))
            {
                lines.Add(LegacyDocumentParser.Clean(line.Text));
            }
            else if (lines.Count > 0)
            {
                break;
            }
        }

        var text = string.Join(' ', lines).Trim();
        return text.Length == 0 ? null : Cap(text, 500);
    }

    private static string Cap(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";

    private sealed record ZoneReading(TimeZoneRule Rule, string Description);

    /// <summary>Where the incident's date came from, as far as the timeline may overrule it.</summary>
    private enum DateOrigin
    {
        None,

        /// <summary>Labelled as the incident's or read from its start: kept.</summary>
        Stated,

        /// <summary>A front matter or bare "date:" line: in a blog post, often the day it was published.</summary>
        Publication,

        Title,

        /// <summary>A fallback guess: the earliest date in the text, or a day and month with a year from elsewhere.</summary>
        Guessed,

        /// <summary>The last fallback, the day the file was last changed: the text names no day at all.</summary>
        FileTime,
    }

    /// <param name="Told">The summary sentence that stated the window, with the moments it gave, when one did.</param>
    private sealed record Window(DateTimeOffset? Started, DateTimeOffset? Detected, DateTimeOffset? Mitigated, DateTimeOffset? Resolved, ToldWindow? Told = null);

    /// <summary>"On November 8, 2021 from 03:25 UTC to 03:57 UTC, customers saw delayed chats": the sentence and the moments it gave.</summary>
    private sealed record ToldWindow(string Sentence, DateTimeOffset From, DateTimeOffset? To);

    /// <summary>Collects the report and diagnostics of one extraction.</summary>
    internal sealed class Run(string sourcePath)
    {
        private readonly List<string> _extracted = [];
        private readonly List<string> _guessed = [];
        private readonly List<string> _notFound = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public void Extracted(string what) => _extracted.Add(what);

        public void Guessed(string what) => _guessed.Add(what);

        public void NotFound(string what) => _notFound.Add(what);

        /// <summary>A field reported missing that a later step supplied after all.</summary>
        public void FoundAfterAll(string what) => _notFound.Remove(what);

        /// <summary>Lines in the body of a document with front matter are counted from the top of the file.</summary>
        public int LineOffset { get; set; }

        /// <param name="bodyLine">The line in the body; null for the document as a whole (reported at line 1).</param>
        public void Warn(string code, string message, int? bodyLine, string? hint = null) =>
            Diagnostics.Add(Diagnostic.Warning(code, message, new SourceLocation(sourcePath, bodyLine is { } line ? line + LineOffset : 1, 1), hint));

        public ExtractionReport Report() => new(_extracted, _guessed, _notFound);
    }
}
