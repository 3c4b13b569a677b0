using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Model;

namespace PostmortemSite.Importing;

/// <summary>
/// Writes an extracted postmortem as a canonical one: YAML front matter the reader accepts, then the original text,
/// unchanged apart from line endings, as the body. Where the extraction came from is kept under 'imported', which the
/// reader accepts and does not render.
/// </summary>
internal static class CanonicalMarkdownEmitter
{
    public static string Emit(ExtractedPostmortem postmortem, ExtractionReport report, IReadOnlyList<string> warnings, ImportNotes? notes = null)
    {
        var classification = postmortem.Classification;
        var stamps = postmortem.Timestamps;
        return new FrontMatterEmitter()
            .Text("title", postmortem.Title)
            .Date("date", postmortem.Date)
            .Text("severity", postmortem.Severity)
            .Text("summary", postmortem.Summary)
            .Section("root_cause", w => w
                .Text("category", classification.Category)
                .List("secondary", classification.Secondary)
                .Number("confidence", classification.Confidence, "0.00")
                .Text("decided_by", classification.DecidedBy)
                .Text("trigger", postmortem.Trigger))
            .Section("timestamps", w => w
                .Timestamp("started", stamps.Started?.ToUniversalTime())
                .Timestamp("detected", stamps.Detected?.ToUniversalTime())
                .Timestamp("mitigated", stamps.Mitigated?.ToUniversalTime())
                .Timestamp("resolved", stamps.Resolved?.ToUniversalTime()))
            .Number("duration_minutes", postmortem.StatedDurationMinutes, "0")
            .Section("impact", w => w
                .Text("description", postmortem.Impact.Description)
                .Number("users_affected_pct", postmortem.Impact.UsersAffectedPct, "0.##"))
            .List("services", postmortem.Services)
            .List("tags", postmortem.Tags)
            .Entries("action_items", postmortem.ActionItems, (w, item) => w
                .Text("title", item.Title)
                .Text("owner", item.Owner)
                .Text("priority", item.Priority)
                .Text("status", item.Status.Name())
                .Text("ticket", item.Ticket))
            .Entries("timeline", postmortem.Timeline, (w, entry) => w
                .Timestamp("time", entry.Time?.ToUniversalTime())
                .Date("date", entry.Time is null ? entry.Day : null)
                .Text("text", entry.Text)
                .Text("milestone", entry.Milestone?.Name())
                .Bool("dead_end", entry.DeadEnd ? true : null))
            .Section("imported", w =>
            {
                w.Text("source", postmortem.SourcePath)
                    .Text("time_zone", postmortem.TimeZone)
                    .List("guessed", report.Guessed)
                    .List("not_found", report.NotFound)
                    .List("warnings", warnings)
                    .Text("front_matter", postmortem.ForeignFrontMatter);
                if (notes is not null)
                {
                    ImportNotesYaml.Write(w, notes);
                }
            })
            .Close(postmortem.Body);
    }
}
