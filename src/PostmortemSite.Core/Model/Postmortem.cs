namespace PostmortemSite.Model;

/// <summary>One incident, as read from a canonical postmortem and validated.</summary>
public sealed record Postmortem(
    string Id,
    string Title,
    DateOnly Date,
    string Status,
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
    /// <summary>Start to resolution, or to mitigation when the incident was never marked resolved.</summary>
    public TimeSpan? Duration => Timestamps.Started is { } start && (Timestamps.Resolved ?? Timestamps.Mitigated) is { } end
        ? end - start
        : null;

    public TimeSpan? TimeToDetect => Between(Timestamps.Started, Timestamps.Detected);

    public TimeSpan? TimeToMitigate => Between(Timestamps.Started, Timestamps.Mitigated);

    public TimeSpan? TimeToResolve => Between(Timestamps.Started, Timestamps.Resolved);

    public int Year => Date.Year;

    private static TimeSpan? Between(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } a && to is { } b ? b - a : null;
}

/// <param name="Confidence">0..1 when the category was chosen by the importer's classifier; null when a person chose it.</param>
/// <param name="DecidedBy">The phrase that decided an automatic classification.</param>
public sealed record RootCause(string Category, IReadOnlyList<string> Secondary, string? Trigger, double? Confidence = null, string? DecidedBy = null);

public sealed record Timestamps(DateTimeOffset? Started, DateTimeOffset? Detected, DateTimeOffset? Mitigated, DateTimeOffset? Resolved)
{
    public static readonly Timestamps None = new(null, null, null, null);
}

public sealed record Impact(string? Description, double? UsersAffectedPct, bool? CustomerFacing)
{
    public static readonly Impact None = new(null, null, null);
}

public sealed record ActionItem(
    string Title,
    string? Owner,
    string? Type,
    string? Priority,
    string Status,
    string? Ticket,
    DateOnly? Due);

public sealed record TimelineEvent(DateTimeOffset? Time, string Text, string? Milestone, bool DeadEnd);
