namespace PostmortemSite.Model;

/// <summary>How an imported body is written: plain text is shaped into headings, lists and paragraphs when rendered.</summary>
public enum BodyFormat
{
    Markdown,
    PlainText,
}

/// <summary>The fields import reads from a document: one column each in the review report, and what a "guessed" mark names.</summary>
public enum ImportedField
{
    Title,
    Date,
    Started,
    Detected,
    Mitigated,
    Resolved,
    TimeZone,
    Severity,
    RootCause,
    CauseText,
    Trigger,
    Summary,
    Impact,
    UsersAffected,
    Services,
    Timeline,
    Milestones,
    DeadEnds,
    ActionItems,
}

public enum GuessConfidence
{
    Low,
    Medium,
    High,
}

/// <param name="From">What the guess was made from, as the import report says it ("date 2024-03-01 from the file name").</param>
public sealed record FieldGuess(ImportedField Field, GuessConfidence Confidence, string From);

/// <summary>What import recorded about an incident under <c>imported:</c> that the site uses: the body's format and the guessed fields.</summary>
public sealed record ImportNotes(BodyFormat BodyFormat, IReadOnlyList<FieldGuess> Guesses)
{
    public FieldGuess? Guess(ImportedField field) => Guesses.FirstOrDefault(g => g.Field == field);
}

public static class ImportedFields
{
    /// <summary>The name written in front matter (<c>imported.guesses[].field</c>) and in the review report's header.</summary>
    public static string Key(this ImportedField field) => field switch
    {
        ImportedField.Title => "title",
        ImportedField.Date => "date",
        ImportedField.Started => "started",
        ImportedField.Detected => "detected",
        ImportedField.Mitigated => "mitigated",
        ImportedField.Resolved => "resolved",
        ImportedField.TimeZone => "time_zone",
        ImportedField.Severity => "severity",
        ImportedField.RootCause => "root_cause",
        ImportedField.CauseText => "root_cause_text",
        ImportedField.Trigger => "trigger",
        ImportedField.Summary => "summary",
        ImportedField.Impact => "impact",
        ImportedField.UsersAffected => "users_affected",
        ImportedField.Services => "services",
        ImportedField.Timeline => "timeline",
        ImportedField.Milestones => "milestones",
        ImportedField.DeadEnds => "dead_ends",
        ImportedField.ActionItems => "action_items",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static string Key(this GuessConfidence confidence) => confidence switch
    {
        GuessConfidence.Low => "low",
        GuessConfidence.Medium => "medium",
        GuessConfidence.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };

    public static string Key(this BodyFormat format) => format switch
    {
        BodyFormat.Markdown => "markdown",
        BodyFormat.PlainText => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The value whose <c>Key()</c> is <paramref name="key"/>; null when none is.</summary>
    public static T? FromKey<T>(string key)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => KeyOf(v!.Value) == key);

    private static string KeyOf<T>(T value)
        where T : struct, Enum => value switch
        {
            ImportedField field => field.Key(),
            GuessConfidence confidence => confidence.Key(),
            BodyFormat format => format.Key(),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no key"),
        };
}
