using System.Globalization;
using System.Text;
using PostmortemSite.Model;

namespace PostmortemSite.Synthetic;

/// <summary>Writes a postmortem back as canonical Markdown (YAML front matter + body) that PostmortemReader reads unchanged.</summary>
internal static class CanonicalMarkdown
{
    public static string Write(Postmortem p)
    {
        var y = new StringBuilder("---\n");
        y.Append("id: ").Append(p.Id).Append('\n');
        y.Append("title: ").Append(Quote(p.Title)).Append('\n');
        y.Append("date: ").Append(p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        y.Append("status: ").Append(p.Status.Name()).Append('\n');
        if (p.Severity is { } severity)
        {
            y.Append("severity: ").Append(severity).Append('\n');
        }

        if (p.Summary is { } summary)
        {
            y.Append("summary: ").Append(Quote(summary)).Append('\n');
        }

        y.Append("root_cause:\n  category: ").Append(p.RootCause.Category).Append('\n');
        if (p.RootCause.Trigger is { } trigger)
        {
            y.Append("  trigger: ").Append(Quote(trigger)).Append('\n');
        }

        y.Append("timestamps:\n");
        Time(y, "started", p.Timestamps.Started);
        Time(y, "detected", p.Timestamps.Detected);
        Time(y, "mitigated", p.Timestamps.Mitigated);
        Time(y, "resolved", p.Timestamps.Resolved);
        if (p.Impact.Description is { } impact)
        {
            y.Append("impact:\n  description: ").Append(Quote(impact)).Append('\n');
            if (p.Impact.UsersAffectedPct is { } pct)
            {
                y.Append("  users_affected_pct: ").Append(pct.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            if (p.Impact.CustomerFacing is { } facing)
            {
                y.Append("  customer_facing: ").Append(facing ? "true" : "false").Append('\n');
            }
        }

        y.Append("services: [").Append(string.Join(", ", p.Services)).Append("]\n");
        y.Append("teams: [").Append(string.Join(", ", p.Teams)).Append("]\n");
        y.Append("tags: [").Append(string.Join(", ", p.Tags)).Append("]\n");
        if (p.ActionItems.Count > 0)
        {
            y.Append("action_items:\n");
            foreach (var a in p.ActionItems)
            {
                y.Append("  - title: ").Append(Quote(a.Title)).Append('\n');
                Optional(y, "owner", a.Owner);
                Optional(y, "type", a.Type?.Name());
                Optional(y, "priority", a.Priority);
                y.Append("    status: ").Append(a.Status.Name()).Append('\n');
                Optional(y, "ticket", a.Ticket);
                Optional(y, "due", a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        if (p.Timeline.Count > 0)
        {
            y.Append("timeline:\n");
            foreach (var e in p.Timeline)
            {
                y.Append("  - time: ").Append(e.Time?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)).Append('\n');
                y.Append("    text: ").Append(Quote(e.Text)).Append('\n');
                Optional(y, "milestone", e.Milestone?.Name());
                if (e.DeadEnd)
                {
                    y.Append("    dead_end: true\n");
                }
            }
        }

        return y.Append("---\n\n").Append(p.BodyMarkdown).ToString();
    }

    private static void Time(StringBuilder y, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            y.Append("  ").Append(name).Append(": ").Append(v.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void Optional(StringBuilder y, string name, string? value)
    {
        if (value is not null)
        {
            y.Append("    ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
