namespace PostmortemSite.Model;

/// <summary>Where a postmortem is in its review; only published ones are built unless drafts are asked for.</summary>
public enum IncidentStatus
{
    Draft,
    InReview,
    Published,
}

/// <summary>A moment of the incident a timeline entry marks; four of them are also the front matter's timestamps.</summary>
public enum Milestone
{
    Started,
    Detected,
    Identified,
    Mitigated,
    Resolved,
}

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    WontDo,
}

/// <summary>What an action item does about the incident's kind of failure.</summary>
public enum ActionType
{
    Prevent,
    Detect,
    Mitigate,
    Process,
}

/// <summary>
/// The closed sets' spellings in front matter, on pages and in the API: one switch each, which throws on a value it
/// does not handle, so a new member fails loudly until it is spelt here.
/// </summary>
public static class Vocabulary
{
    public static string Name(this IncidentStatus status) => status switch
    {
        IncidentStatus.Draft => "draft",
        IncidentStatus.InReview => "in-review",
        IncidentStatus.Published => "published",
        _ => throw Unhandled(status),
    };

    public static string Name(this Milestone milestone) => milestone switch
    {
        Milestone.Started => "started",
        Milestone.Detected => "detected",
        Milestone.Identified => "identified",
        Milestone.Mitigated => "mitigated",
        Milestone.Resolved => "resolved",
        _ => throw Unhandled(milestone),
    };

    public static string Name(this ActionStatus status) => status switch
    {
        ActionStatus.Open => "open",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        ActionStatus.WontDo => "wont-do",
        _ => throw Unhandled(status),
    };

    public static string Name(this ActionType type) => type switch
    {
        ActionType.Prevent => "prevent",
        ActionType.Detect => "detect",
        ActionType.Mitigate => "mitigate",
        ActionType.Process => "process",
        _ => throw Unhandled(type),
    };

    /// <summary>An action item still to be done: the register lists these first and counts them as open.</summary>
    public static bool IsOpen(this ActionStatus status) => status is ActionStatus.Open or ActionStatus.InProgress;

    /// <summary>Every value of <typeparamref name="T"/> with its spelling, in declaration order.</summary>
    public static IReadOnlyList<(T Value, string Name)> All<T>() where T : struct, Enum => Spellings<T>.All;

    /// <summary>Every spelling of <typeparamref name="T"/>, in declaration order: what a reader accepts and a help text lists.</summary>
    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Spellings<T>.Names;

    /// <summary>The value spelt <paramref name="name"/> (any case); null when it names none.</summary>
    public static T? Parse<T>(string name) where T : struct, Enum
    {
        foreach (var (value, spelling) in Spellings<T>.All)
        {
            if (string.Equals(spelling, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string NameOf<T>(T value) where T : struct, Enum => value switch
    {
        IncidentStatus status => status.Name(),
        Milestone milestone => milestone.Name(),
        ActionStatus status => status.Name(),
        ActionType type => type.Name(),
        _ => throw Unhandled(value),
    };

    private static ArgumentOutOfRangeException Unhandled<T>(T value) where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name}.{value} has no spelling in {nameof(Vocabulary)}");

    private static class Spellings<T> where T : struct, Enum
    {
        public static readonly (T Value, string Name)[] All = [.. Enum.GetValues<T>().Select(v => (v, NameOf(v)))];

        public static readonly string[] Names = [.. All.Select(x => x.Name)];
    }
}
