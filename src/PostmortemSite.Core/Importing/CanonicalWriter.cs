using System.Globalization;
using System.Text;
using PostmortemSite.Model;

namespace PostmortemSite.Importing;

/// <summary>
/// Writes an extracted postmortem as a canonical one: YAML front matter the reader accepts, then the original text,
/// unchanged apart from line endings, as the body. Where the extraction came from is kept under 'imported', which the
/// reader accepts and does not render.
/// </summary>
internal static class CanonicalWriter
{
    public static string Write(ExtractedPostmortem postmortem, ExtractionReport report, IReadOnlyList<string> warnings, ImportNotes? notes = null)
    {
        var yaml = new StringBuilder();
        yaml.Append("---\n");
        Scalar(yaml, 0, "title", postmortem.Title);
        if (postmortem.Date is { } date)
        {
            yaml.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        Scalar(yaml, 0, "severity", postmortem.Severity);
        Scalar(yaml, 0, "summary", postmortem.Summary);

        yaml.Append("root_cause:\n");
        Scalar(yaml, 1, "category", postmortem.Classification.Category);
        if (postmortem.Classification.Secondary.Count > 0)
        {
            List(yaml, 1, "secondary", postmortem.Classification.Secondary);
        }

        yaml.Append("  confidence: ").Append(postmortem.Classification.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        Scalar(yaml, 1, "decided_by", postmortem.Classification.DecidedBy);
        Scalar(yaml, 1, "trigger", postmortem.Trigger);

        var stamps = new[] { ("started", postmortem.Timestamps.Started), ("detected", postmortem.Timestamps.Detected), ("mitigated", postmortem.Timestamps.Mitigated), ("resolved", postmortem.Timestamps.Resolved) };
        if (stamps.Any(s => s.Item2 is not null))
        {
            yaml.Append("timestamps:\n");
            foreach (var (name, value) in stamps.Where(s => s.Item2 is not null))
            {
                yaml.Append("  ").Append(name).Append(": ").Append(Timestamp(value!.Value)).Append('\n');
            }
        }

        if (postmortem.Impact.Description is not null || postmortem.Impact.UsersAffectedPct is not null)
        {
            yaml.Append("impact:\n");
            Scalar(yaml, 1, "description", postmortem.Impact.Description);
            if (postmortem.Impact.UsersAffectedPct is { } pct)
            {
                yaml.Append("  users_affected_pct: ").Append(pct.ToString("0.##", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        List(yaml, 0, "services", postmortem.Services);
        List(yaml, 0, "tags", postmortem.Tags);
        if (postmortem.ActionItems.Count > 0)
        {
            yaml.Append("action_items:\n");
            foreach (var item in postmortem.ActionItems)
            {
                yaml.Append("  - title: ").Append(YamlText.Quote(item.Title)).Append('\n');
                Scalar(yaml, 2, "owner", item.Owner);
                Scalar(yaml, 2, "priority", item.Priority);
                Scalar(yaml, 2, "status", item.Status.Name());
                Scalar(yaml, 2, "ticket", item.Ticket);
            }
        }

        if (postmortem.Timeline.Count > 0)
        {
            yaml.Append("timeline:\n");
            foreach (var entry in postmortem.Timeline)
            {
                yaml.Append(entry.Time is { } time ? $"  - time: {Timestamp(time)}\n    text: " : "  - text: ").Append(YamlText.Quote(entry.Text)).Append('\n');

                Scalar(yaml, 2, "milestone", entry.Milestone?.Name());
                if (entry.DeadEnd)
                {
                    yaml.Append("    dead_end: true\n");
                }
            }
        }

        yaml.Append("imported:\n");
        Scalar(yaml, 1, "source", postmortem.SourcePath);
        Scalar(yaml, 1, "time_zone", postmortem.TimeZone);
        List(yaml, 1, "guessed", report.Guessed);
        List(yaml, 1, "not_found", report.NotFound);
        List(yaml, 1, "warnings", warnings);
        if (postmortem.ForeignFrontMatter is { } original)
        {
            Scalar(yaml, 1, "front_matter", original);
        }

        if (notes is not null)
        {
            ImportNotesYaml.Append(yaml, notes);
        }

        yaml.Append("---\n");
        return yaml.Append(postmortem.Body).ToString();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Scalar(StringBuilder yaml, int depth, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(' ', depth * 2).Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        }
    }

    private static void List(StringBuilder yaml, int depth, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Append(' ', depth * 2).Append(key).Append(":\n");
        foreach (var value in values)
        {
            yaml.Append(' ', (depth + 1) * 2).Append("- ").Append(YamlText.Quote(value)).Append('\n');
        }
    }
}

/// <summary>YAML scalars that read back exactly as written, whatever they contain.</summary>
internal static class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf" };

    /// <summary>
    /// Plain when the value is unmistakably a string of ordinary words (easier to review), double-quoted otherwise,
    /// with every character YAML cannot hold literally escaped. Lone surrogates cannot be stored in UTF-8 and become U+FFFD.
    /// </summary>
    public static string Quote(string value)
    {
        if (IsPlainSafe(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\0' => "\\0",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' => $"\\x{(int)c:X2}",
                _ when c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value) =>
        value.Length is > 0 and <= 200
        && char.IsAsciiLetter(value[0])
        && char.IsAsciiLetterOrDigit(value[^1])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '/' or '-' or '_' or '(' or ')' or ',' or '\'')
        && !value.Contains("  ", StringComparison.Ordinal)
        && !Reserved.Contains(value);
}
