using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>api/incidents.json: the machine-readable contract other tools rely on (see the README).</summary>
internal static class ApiFiles
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Escapes HTML-sensitive characters (< > & ' ") so the file is safe to inline in a page, but keeps accented and other letters readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static OutputFile Build(KnowledgeBase knowledgeBase, SiteUrls urls)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var incident in knowledgeBase.Incidents)
            {
                WriteIncident(json, incident, knowledgeBase, urls);
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile("api/incidents.json", stream.ToArray());
    }

    /// <summary>
    /// api/incident-list.json: one short row per incident, what the list of all incidents sorts and filters in the
    /// browser, so that page never fetches every timeline and action item.
    /// </summary>
    public static OutputFile BuildIncidentList(KnowledgeBase knowledgeBase, SiteUrls urls)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            json.WriteStartArray();
            foreach (var incident in knowledgeBase.Incidents)
            {
                var category = knowledgeBase.Taxonomy.Get(incident.RootCause.Category);
                json.WriteStartObject();
                json.WriteString("title", incident.Title);
                json.WriteString("url", urls.Incident(incident.Id));
                json.WriteString("date", Formatting.Date(incident.Date));
                WriteStringOrNull(json, "severity", incident.Severity);
                json.WriteString("status", incident.Status.Name());
                json.WriteString("category", category.Slug);
                json.WriteString("category_title", category.Title);
                json.WriteString("category_url", urls.Cause(category.Slug));
                if (incident.Duration is { } duration)
                {
                    json.WriteNumber("duration_minutes", Math.Round(duration.TotalMinutes));
                }
                else
                {
                    json.WriteNull("duration_minutes");
                }

                json.WriteString("duration", Formatting.Duration(incident.Duration));
                WriteStrings(json, "services", incident.Services);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(IncidentListPath, stream.ToArray());
    }

    public const string IncidentListPath = "api/incident-list.json";

    private static void WriteIncident(Utf8JsonWriter json, Postmortem incident, KnowledgeBase knowledgeBase, SiteUrls urls)
    {
        json.WriteStartObject();
        json.WriteString("id", incident.Id);
        json.WriteString("title", incident.Title);
        json.WriteString("url", urls.Incident(incident.Id));
        json.WriteString("date", Formatting.Date(incident.Date));
        WriteStringOrNull(json, "severity", incident.Severity);
        json.WriteString("status", incident.Status.Name());

        json.WriteStartObject("root_cause");
        json.WriteString("category", incident.RootCause.Category);
        WriteStrings(json, "secondary", incident.RootCause.Secondary);
        WriteStringOrNull(json, "trigger", incident.RootCause.Trigger);
        json.WriteEndObject();

        WriteStrings(json, "services", incident.Services);
        WriteStrings(json, "tags", incident.Tags);

        json.WriteStartObject("timestamps");
        WriteTime(json, "started", incident.Timestamps.Started);
        WriteTime(json, "detected", incident.Timestamps.Detected);
        WriteTime(json, "mitigated", incident.Timestamps.Mitigated);
        WriteTime(json, "resolved", incident.Timestamps.Resolved);
        json.WriteEndObject();

        if (incident.Duration is { } duration)
        {
            json.WriteNumber("duration_minutes", Math.Round(duration.TotalMinutes));
        }
        else
        {
            json.WriteNull("duration_minutes");
        }

        if (incident.Impact.UsersAffectedPct is { } pct)
        {
            json.WriteNumber("users_affected_pct", pct);
        }
        else
        {
            json.WriteNull("users_affected_pct");
        }

        json.WriteStartArray("timeline");
        foreach (var entry in incident.Timeline)
        {
            json.WriteStartObject();
            WriteTime(json, "time", entry.Time);
            if (entry.Time is null && entry.Day is { } day)
            {
                json.WriteString("date", Formatting.Date(day));
            }

            json.WriteString("text", entry.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("action_items");
        foreach (var action in incident.ActionItems)
        {
            json.WriteStartObject();
            json.WriteString("title", action.Title);
            WriteStringOrNull(json, "owner", action.Owner);
            WriteStringOrNull(json, "type", action.Type?.Name());
            WriteStringOrNull(json, "priority", action.Priority);
            json.WriteString("status", action.Status.Name());
            WriteStringOrNull(json, "ticket", action.Ticket);
            WriteStringOrNull(json, "due", action.Due is { } due ? Formatting.Date(due) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteStrings(json, "related", knowledgeBase.LinksOf(incident).Related.Select(r => r.Incident.Id));
        json.WriteString("source", incident.SourcePath);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? value) =>
        WriteStringOrNull(json, name, value is { } v ? Formatting.Utc(v) : null);
}
