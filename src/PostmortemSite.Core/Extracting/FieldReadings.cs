using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

internal enum FieldState
{
    Found,
    Guessed,
    Missing,
}

/// <param name="Detail">The report's line for the field ("date 2024-03-01 from the file name"); empty when nothing was said.</param>
internal sealed record FieldReading(ImportedField Field, FieldState State, string Detail, GuessConfidence? Confidence = null);

/// <summary>
/// The extraction report, field by field: each report line is assigned to the field its first words name, and a field
/// the report never mentions is missing. A field reported both found and guessed (a date found, then a zone assumed)
/// counts as guessed, since that is what a reviewer must check.
/// </summary>
internal static partial class FieldReadings
{
    // Longest first, so "root-cause text" is not read as "root cause".
    private static readonly (string Prefix, ImportedField Field)[] Prefixes =
    [
        ("root-cause text", ImportedField.CauseText), ("root cause", ImportedField.RootCause), ("users affected", ImportedField.UsersAffected),
        ("impact description", ImportedField.Impact), ("time zone", ImportedField.TimeZone), ("action items", ImportedField.ActionItems),
        ("milestones", ImportedField.Milestones), ("timeline", ImportedField.Timeline), ("title", ImportedField.Title), ("date", ImportedField.Date),
        ("started", ImportedField.Started), ("detected", ImportedField.Detected), ("mitigated", ImportedField.Mitigated), ("resolved", ImportedField.Resolved),
        ("severity", ImportedField.Severity), ("trigger", ImportedField.Trigger), ("summary", ImportedField.Summary), ("services", ImportedField.Services),
    ];

    // What makes a guess weak: it rests on the file rather than the text, or on an assumption.
    private static readonly string[] WeakSources = ["file name", "modification time", "earliest", "assumed", "names none", "split from sentences", "unknown"];

    public static IReadOnlyList<FieldReading> From(ExtractionReport report, double rootCauseConfidence)
    {
        var readings = new Dictionary<ImportedField, FieldReading>();
        void Note(IEnumerable<string> lines, FieldState state)
        {
            foreach (var line in lines)
            {
                if (FieldOf(line) is not { } field)
                {
                    continue;
                }

                var confidence = state != FieldState.Guessed ? (GuessConfidence?)null
                    : field == ImportedField.RootCause ? Level(rootCauseConfidence, line)
                    : WeakSources.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)) ? GuessConfidence.Low : GuessConfidence.Medium;
                if (!readings.TryGetValue(field, out var earlier) || Rank(state) > Rank(earlier.State))
                {
                    readings[field] = new FieldReading(field, state, line, confidence);
                }
            }
        }

        Note(report.NotFound, FieldState.Missing);
        Note(report.Extracted, FieldState.Found);
        Note(report.Guessed, FieldState.Guessed);
        return Enum.GetValues<ImportedField>().Select(f => readings.GetValueOrDefault(f) ?? new FieldReading(f, FieldState.Missing, "")).ToList();
    }

    /// <summary>The field a report line is about, from its first words; null for a line about no one field.</summary>
    public static ImportedField? FieldOf(string line)
    {
        var lower = line.TrimStart().ToLowerInvariant();
        if (DeadEndLine().IsMatch(lower))
        {
            return ImportedField.DeadEnds;
        }

        if (ActionCountLine().IsMatch(lower))
        {
            return ImportedField.ActionItems;
        }

        foreach (var (prefix, field) in Prefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && (lower.Length == prefix.Length || !char.IsLetter(lower[prefix.Length])))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>What the site is told about an extracted document: how its body is written and which fields were guessed.</summary>
    public static ImportNotes Notes(IReadOnlyList<FieldReading> readings, bool plainTextBody) =>
        new(plainTextBody ? BodyFormat.PlainText : BodyFormat.Markdown, Guesses(readings));

    /// <summary>The guesses an incident page marks, as written under <c>imported.guesses</c>.</summary>
    public static IReadOnlyList<FieldGuess> Guesses(IReadOnlyList<FieldReading> readings) =>
        readings.Where(r => r.State == FieldState.Guessed).Select(r => new FieldGuess(r.Field, r.Confidence ?? GuessConfidence.Medium, r.Detail)).ToList();

    private static int Rank(FieldState state) => state switch
    {
        FieldState.Missing => 0,
        FieldState.Found => 1,
        FieldState.Guessed => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The classifier's confidence in words; "unknown" is the absence of a cause, so the lowest.</summary>
    private static GuessConfidence Level(double confidence, string line) =>
        line.Contains("unknown", StringComparison.OrdinalIgnoreCase) || confidence < 0.5 ? GuessConfidence.Low
        : confidence < 0.75 ? GuessConfidence.Medium
        : GuessConfidence.High;

    [GeneratedRegex(@"^\d+ timeline events? marked as dead ends?")]
    private static partial Regex DeadEndLine();

    [GeneratedRegex(@"^\d+ action items?\b")]
    private static partial Regex ActionCountLine();
}
