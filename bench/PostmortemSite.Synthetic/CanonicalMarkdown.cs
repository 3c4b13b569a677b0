using PostmortemSite.Format;
using PostmortemSite.Model;

namespace PostmortemSite.Synthetic;

/// <summary>Writes a postmortem back as canonical Markdown (YAML front matter + body) that PostmortemReader reads unchanged.</summary>
internal static class CanonicalMarkdown
{
    public static string Write(Postmortem p) => new FrontMatterEmitter()
        .Text("id", p.Id)
        .Text("title", p.Title)
        .Date("date", p.Date)
        .Text("status", p.Status.Name())
        .Text("severity", p.Severity)
        .Text("summary", p.Summary)
        .Section("root_cause", w => w
            .Text("category", p.RootCause.Category)
            .Text("trigger", p.RootCause.Trigger))
        .Section("timestamps", w => w
            .Timestamp("started", p.Timestamps.Started)
            .Timestamp("detected", p.Timestamps.Detected)
            .Timestamp("mitigated", p.Timestamps.Mitigated)
            .Timestamp("resolved", p.Timestamps.Resolved))
        .Section("impact", w => w
            .Text("description", p.Impact.Description)
            .Number("users_affected_pct", p.Impact.UsersAffectedPct)
            .Bool("customer_facing", p.Impact.CustomerFacing))
        .List("services", p.Services)
        .List("teams", p.Teams)
        .List("tags", p.Tags)
        .Entries("action_items", p.ActionItems, (w, a) => w
            .Text("title", a.Title)
            .Text("owner", a.Owner)
            .Text("type", a.Type?.Name())
            .Text("priority", a.Priority)
            .Text("status", a.Status.Name())
            .Text("ticket", a.Ticket)
            .Date("due", a.Due))
        .Entries("timeline", p.Timeline, (w, e) => w
            .Timestamp("time", e.Time)
            .Text("text", e.Text)
            .Text("milestone", e.Milestone?.Name())
            .Bool("dead_end", e.DeadEnd ? true : null))
        .Close("\n" + p.BodyMarkdown);
}
