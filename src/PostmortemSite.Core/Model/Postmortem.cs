namespace PostmortemSite.Model;

/// <summary>One incident, as read from a canonical postmortem and validated.</summary>
public sealed record Postmortem(
    string Id,
    string Title,
    DateOnly Date,
    IncidentStatus Status,
    string? Severity,
    string? Summary,
    RootCause RootCause,
    Timestamps Timestamps,
    Impact Impact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<TimelineEvent> Timeline,
    string BodyMarkdown,
    string RootCauseText,
    string SourcePath)
{
    /// <summary>
    /// The front matter's timestamps, each missing one taken from the timeline milestone of the same name,
    /// so an incident whose only record of "detected" is its timeline still has a time to detect.
    /// </summary>
    public Timestamps Clock => Timestamps.CompletedFrom(Timeline);

    /// <summary>
    /// Start to resolution; without a resolution, the length the postmortem states (<see cref="StatedDurationMinutes"/>),
    /// else start to mitigation.
    /// </summary>
    public TimeSpan? Duration
    {
        get
        {
            var clock = Clock;
            return Between(clock.Started, clock.Resolved)
                ?? (StatedDurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null)
                ?? Between(clock.Started, clock.Mitigated);
        }
    }

    /// <summary>How long the impact lasted as the postmortem states it ("down for just under 7 hours"), for one whose start or resolution is not known.</summary>
    public double? StatedDurationMinutes { get; init; }

    public TimeSpan? TimeToDetect => Between(Clock.Started, Clock.Detected);

    /// <summary>Start to the timeline's "identified" milestone (root cause identified); front matter has no field for it.</summary>
    public TimeSpan? TimeToIdentify => Between(Clock.Started, Timeline.FirstOrDefault(e => e.Milestone == Model.Milestone.Identified)?.Time);

    public TimeSpan? TimeToMitigate => Between(Clock.Started, Clock.Mitigated);

    public TimeSpan? TimeToResolve => Between(Clock.Started, Clock.Resolved);

    public int Year => Date.Year;

    /// <summary>The line of the source file the Markdown body starts on, so body diagnostics point at the right line.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Which editions show the incident; null when the front matter does not say (the site's default decides).</summary>
    public Visibility? Visibility { get; init; }

    /// <summary>Fields the public edition leaves out of this incident (<c>impact.description</c>), besides the site's own list.</summary>
    public IReadOnlyList<string> InternalFields { get; init; } = [];

    /// <summary>
    /// The incident as read from its text without the <c>::: internal</c> passages, so what is derived from the body
    /// (timeline, root-cause text) is derived without them too; null when the body has no such passage.
    /// </summary>
    public Postmortem? WithoutInternalPassages { get; init; }

    /// <summary>What import recorded (the body's format, the guessed fields); null for a postmortem written by hand.</summary>
    public ImportNotes? Imported { get; init; }

    private static TimeSpan? Between(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } a && to is { } b ? b - a : null;
}

/// <param name="Confidence">0..1 when the category was chosen by the importer's classifier; null when a person chose it.</param>
/// <param name="DecidedBy">The phrase that decided an automatic classification.</param>
public sealed record RootCause(string Category, IReadOnlyList<string> Secondary, string? Trigger, double? Confidence = null, string? DecidedBy = null);

public sealed record Timestamps(DateTimeOffset? Started, DateTimeOffset? Detected, DateTimeOffset? Mitigated, DateTimeOffset? Resolved)
{
    public static readonly Timestamps None = new(null, null, null, null);

    public Timestamps CompletedFrom(IReadOnlyList<TimelineEvent> timeline)
    {
        DateTimeOffset? At(Milestone milestone) => timeline.FirstOrDefault(e => e.Milestone == milestone && e.Time is not null)?.Time;
        return new Timestamps(Started ?? At(Milestone.Started), Detected ?? At(Milestone.Detected), Mitigated ?? At(Milestone.Mitigated), Resolved ?? At(Milestone.Resolved));
    }
}

public sealed record Impact(string? Description, double? UsersAffectedPct, bool? CustomerFacing)
{
    public static readonly Impact None = new(null, null, null);
}

public sealed record ActionItem(
    string Title,
    string? Owner,
    ActionType? Type,
    string? Priority,
    ActionStatus Status,
    string? Ticket,
    DateOnly? Due);

public sealed record TimelineEvent(DateTimeOffset? Time, string Text, Milestone? Milestone, bool DeadEnd)
{
    /// <summary>
    /// The day of an entry whose source gives no time of day ("2019-03-08: fuzzer reports the bug"), shown as a date.
    /// Such an entry has no <see cref="Time"/>, so it never counts towards a duration or a milestone's time.
    /// </summary>
    public DateOnly? Day { get; init; }
}
