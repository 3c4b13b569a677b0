using System.Text;
using PostmortemSite.Model;
using OfAction = PostmortemSite.Format.Bind<PostmortemSite.Model.ActionItem>;
using OfEvent = PostmortemSite.Format.Bind<PostmortemSite.Model.TimelineEvent>;
using OfImpact = PostmortemSite.Format.Bind<PostmortemSite.Model.Impact>;
using OfPostmortem = PostmortemSite.Format.Bind<PostmortemSite.Model.Postmortem>;
using OfRootCause = PostmortemSite.Format.Bind<PostmortemSite.Model.RootCause>;
using OfTimestamps = PostmortemSite.Format.Bind<PostmortemSite.Model.Timestamps>;

namespace PostmortemSite.Format;

/// <summary>What a field holds, as the reader checks it and the docs describe it.</summary>
internal enum FieldKind
{
    Text,
    Date,
    Timestamp,
    Number,
    Boolean,
    OneOf,
    List,
    Section,
    Entries,
}

/// <summary>Who writes a field: authors (it is in the <c>new</c> template) or the importer (it records how a field was guessed).</summary>
internal enum FieldWriter
{
    Author,
    Importer,
}

/// <param name="Example">A value as written in front matter, for the docs and the template's commented examples.</param>
/// <param name="Fields">The fields of a section, or of each entry of a list of entries.</param>
/// <param name="Binding">How the reader reads the field into the model and the emitter writes it back; null for a field the site does not read (it is for people).</param>
internal sealed record FrontMatterField(
    string Name,
    FieldKind Kind,
    string Help,
    bool Required = false,
    IReadOnlyList<string>? Allowed = null,
    string? Example = null,
    FieldWriter WrittenBy = FieldWriter.Author,
    IReadOnlyList<FrontMatterField>? Fields = null,
    FieldBinding? Binding = null)
{
    public IReadOnlyList<string> FieldNames { get; } = (Fields ?? []).Select(f => f.Name).ToArray();

    public FrontMatterField this[string name] => (Fields ?? []).FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"'{Name}' has no field '{name}'", nameof(name));
}

/// <summary>
/// Every front-matter field, once: its name, kind, allowed values, whether it is required, what it is for, and its
/// binding to the model's record property. The reader reads the fields through their bindings (<see cref="Read"/>),
/// the emitter writes them back the same way (<see cref="Write"/>), <c>new</c> writes its template from here, and the
/// README's field table is generated from here (a test fails when they drift). Adding a plain field is an entry here
/// and a property on its record.
/// </summary>
internal static class FrontMatterSchema
{
    private static readonly (Visibility Value, string Name)[] Visibilities = [(Visibility.Internal, "internal"), (Visibility.Public, "public")];

    private static readonly FrontMatterField Root = new("front matter", FieldKind.Section, "", Fields:
    [
        new("id", FieldKind.Text, "the incident's address: lowercase letters, digits, `-`, `_`, `.`; default: the file name", Example: "2024-03-12-orders-missing-index", Binding: OfPostmortem.Text(p => p.Id, (p, v) => p with { Id = v })),
        new("title", FieldKind.Text, "a short descriptive title", Required: true, Example: "Checkout latency from a missing index", Binding: OfPostmortem.Text(p => p.Title, (p, v) => p with { Title = v })),
        new("date", FieldKind.Date, "the day the incident started (yyyy-mm-dd)", Required: true, Example: "2024-03-12", Binding: OfPostmortem.Date(p => p.Date, (p, v) => p with { Date = v })),
        new("status", FieldKind.OneOf, "only published postmortems are built, unless `--drafts`; default published", Allowed: Vocabulary.Names<IncidentStatus>(), Example: "published", Binding: OfPostmortem.OneOf<IncidentStatus>(p => p.Status, (p, v) => p with { Status = v })),
        new("severity", FieldKind.Text, "SEV1 (worst) to SEV4", Example: "SEV2", Binding: OfPostmortem.Text(p => p.Severity, (p, v) => p with { Severity = v })),
        new("summary", FieldKind.Text, "one or two sentences: what broke, for whom, for how long", Example: "Checkout slowed for 2.5 hours.", Binding: OfPostmortem.Text(p => p.Summary, (p, v) => p with { Summary = v })),
        new("root_cause", FieldKind.Section, "why it happened", Required: true, Binding: OfPostmortem.Section(p => p.RootCause, (p, v) => p with { RootCause = v }), Fields:
        [
            new("category", FieldKind.Text, "a slug from root-causes.yml", Required: true, Example: "database/index", Binding: OfRootCause.Text(r => r.Category, (r, v) => r with { Category = v })),
            new("secondary", FieldKind.List, "other categories from root-causes.yml that contributed", Example: "[change/schema-migration]", Binding: OfRootCause.List(r => r.Secondary, (r, v) => r with { Secondary = v })),
            new("trigger", FieldKind.Text, "the change or event that set it off", Example: "Migration 0412 dropped the index.", Binding: OfRootCause.Text(r => r.Trigger, (r, v) => r with { Trigger = v })),
            new("confidence", FieldKind.Number, "0 to 1: how sure the importer's classifier was", Example: "0.80", WrittenBy: FieldWriter.Importer, Binding: OfRootCause.Number(r => r.Confidence, (r, v) => r with { Confidence = v })),
            new("decided_by", FieldKind.Text, "the phrase that decided the importer's classification", Example: "missing index", WrittenBy: FieldWriter.Importer, Binding: OfRootCause.Text(r => r.DecidedBy, (r, v) => r with { DecidedBy = v })),
        ]),
        new("timestamps", FieldKind.Section, "ISO 8601 with Z or an offset, in order: started <= detected <= mitigated <= resolved", Binding: OfPostmortem.Section(p => p.Timestamps, (p, v) => p with { Timestamps = v }), Fields:
        [
            new("started", FieldKind.Timestamp, "when the incident began", Example: "2024-03-12T09:14:00Z", Binding: OfTimestamps.Timestamp(t => t.Started, (t, v) => t with { Started = v })),
            new("detected", FieldKind.Timestamp, "when someone or something noticed", Example: "2024-03-12T09:31:00Z", Binding: OfTimestamps.Timestamp(t => t.Detected, (t, v) => t with { Detected = v })),
            new("mitigated", FieldKind.Timestamp, "when the impact stopped", Example: "2024-03-12T10:05:00Z", Binding: OfTimestamps.Timestamp(t => t.Mitigated, (t, v) => t with { Mitigated = v })),
            new("resolved", FieldKind.Timestamp, "when it was fixed for good", Example: "2024-03-12T11:40:00Z", Binding: OfTimestamps.Timestamp(t => t.Resolved, (t, v) => t with { Resolved = v })),
        ]),
        new("duration_minutes", FieldKind.Number, "how long the impact lasted, in minutes, when the start or resolution is not known; start to resolution wins when both are known, and this wins over start to mitigation", Example: "420", Binding: OfPostmortem.Number(p => p.StatedDurationMinutes, (p, v) => p with { StatedDurationMinutes = v })),
        new("impact", FieldKind.Section, "who was affected, and how", Binding: OfPostmortem.Section(p => p.Impact, (p, v) => p with { Impact = v }), Fields:
        [
            new("description", FieldKind.Text, "the impact in a sentence", Example: "38% of checkouts took over 5 s.", Binding: OfImpact.Text(i => i.Description, (i, v) => i with { Description = v })),
            new("users_affected_pct", FieldKind.Number, "0 to 100", Example: "38", Binding: OfImpact.Number(i => i.UsersAffectedPct, (i, v) => i with { UsersAffectedPct = v })),
            new("customer_facing", FieldKind.Boolean, "true or false", Example: "true", Binding: OfImpact.Boolean(i => i.CustomerFacing, (i, v) => i with { CustomerFacing = v })),
        ]),
        new("services", FieldKind.List, "the services involved", Example: "[checkout, orders-db]", Binding: OfPostmortem.List(p => p.Services, (p, v) => p with { Services = v })),
        new("teams", FieldKind.List, "the teams involved", Example: "[payments]", Binding: OfPostmortem.List(p => p.Teams, (p, v) => p with { Teams = v })),
        new("tags", FieldKind.List, "free keywords", Example: "[latency, postgres]", Binding: OfPostmortem.List(p => p.Tags, (p, v) => p with { Tags = v })),
        new("related", FieldKind.List, "ids of earlier incidents this one repeats or builds on", Example: "[2023-02-14-orders-missing-index]", Binding: OfPostmortem.List(p => p.Related, (p, v) => p with { Related = v })),
        new("action_items", FieldKind.Entries, "what will be done, one entry each", Binding: OfPostmortem.Entries(p => p.ActionItems, (p, v) => p with { ActionItems = v }, new ActionItem("", null, null, null, ActionStatus.Open, null, null), "action item"), Fields:
        [
            new("title", FieldKind.Text, "what will be done", Required: true, Example: "Check for indexes in the migration linter", Binding: OfAction.Text(a => a.Title, (a, v) => a with { Title = v })),
            new("owner", FieldKind.Text, "who", Example: "dana", Binding: OfAction.Text(a => a.Owner, (a, v) => a with { Owner = v })),
            new("type", FieldKind.OneOf, "what it does about the failure", Allowed: Vocabulary.Names<ActionType>(), Example: "prevent", Binding: OfAction.OneOf<ActionType>(a => a.Type, (a, v) => a with { Type = v }, ignoreUnknown: true)),
            new("priority", FieldKind.Text, "P1 (first) to P4", Example: "P2", Binding: OfAction.Text(a => a.Priority, (a, v) => a with { Priority = v })),
            new("status", FieldKind.OneOf, "default open", Allowed: Vocabulary.Names<ActionStatus>(), Example: "open", Binding: OfAction.OneOf<ActionStatus>(a => a.Status, (a, v) => a with { Status = v })),
            new("ticket", FieldKind.Text, "the tracker's id; linked when `ticket_url` is set", Example: "OPS-123", Binding: OfAction.Text(a => a.Ticket, (a, v) => a with { Ticket = v })),
            new("due", FieldKind.Date, "yyyy-mm-dd", Example: "2024-04-01", Binding: OfAction.Date(a => a.Due, (a, v) => a with { Due = v })),
        ]),
        new("timeline", FieldKind.Entries, "the incident's moments; without it, the body's `## Timeline` section is read", Binding: OfPostmortem.Entries(p => p.Timeline, (p, v) => p with { Timeline = v }, new TimelineEvent(null, "", null, false), "timeline"), Fields:
        [
            new("time", FieldKind.Timestamp, "ISO 8601 with Z or an offset", Example: "2024-03-12T09:14:00Z", Binding: OfEvent.Timestamp(e => e.Time, (e, v) => e with { Time = v })),
            new("date", FieldKind.Date, "the entry's day, for one whose time of day is not known (yyyy-mm-dd); shown as a date, never timed", Example: "2024-03-11", Binding: OfEvent.Date(e => e.Day, (e, v) => e with { Day = v })),
            new("text", FieldKind.Text, "what happened at this moment", Required: true, Example: "Migration 0412 deployed.", Binding: OfEvent.Text(e => e.Text, (e, v) => e with { Text = v })),
            new("milestone", FieldKind.OneOf, "the moment this entry marks", Allowed: Vocabulary.Names<Milestone>(), Example: "started", Binding: OfEvent.OneOf<Milestone>(e => e.Milestone, (e, v) => e with { Milestone = v })),
            new("dead_end", FieldKind.Boolean, "true for a false lead", Example: "true", Binding: OfEvent.Boolean(e => e.DeadEnd ? true : null, (e, v) => e with { DeadEnd = v })),
        ]),
        // Only body_format and guesses are read (ImportNotesYaml); the rest of the section is for people.
        new("imported", FieldKind.Section, "where an imported postmortem came from; not rendered", WrittenBy: FieldWriter.Importer, Binding: OfPostmortem.Custom(FieldKind.Section, p => p.Imported, (p, yaml) => p with { Imported = ImportNotesYaml.Read(yaml) }, ImportNotesYaml.WriteSection), Fields:
        [
            new("source", FieldKind.Text, "the imported file", WrittenBy: FieldWriter.Importer),
            new("time_zone", FieldKind.Text, "the zone its times were read in", WrittenBy: FieldWriter.Importer),
            new("guessed", FieldKind.List, "what was inferred rather than read", WrittenBy: FieldWriter.Importer),
            new("not_found", FieldKind.List, "what the document does not say", WrittenBy: FieldWriter.Importer),
            new("warnings", FieldKind.List, "problems met while importing", WrittenBy: FieldWriter.Importer),
            new("front_matter", FieldKind.Text, "the document's own front matter, kept as text", WrittenBy: FieldWriter.Importer),
            new("body_format", FieldKind.OneOf, "text for a plain-text body the page shapes", Allowed: [.. Enum.GetValues<BodyFormat>().Select(f => f.Key())], WrittenBy: FieldWriter.Importer),
            new("guesses", FieldKind.Entries, "the page's \"guessed\" marks: field, confidence and what the guess came from", WrittenBy: FieldWriter.Importer, Fields:
            [
                new("field", FieldKind.Text, "the guessed field", WrittenBy: FieldWriter.Importer),
                new("confidence", FieldKind.OneOf, "how sure the guess is", Allowed: [.. Enum.GetValues<GuessConfidence>().Select(c => c.Key())], WrittenBy: FieldWriter.Importer),
                new("from", FieldKind.Text, "what the guess came from", WrittenBy: FieldWriter.Importer),
            ]),
        ]),
        new("visibility", FieldKind.OneOf, "which editions show it; default: `default_visibility`, else internal", Allowed: [.. Visibilities.Select(v => v.Name)], Example: "public", Binding: OfPostmortem.OneOf(p => p.Visibility, (p, v) => p with { Visibility = v }, Visibilities)),
        new("internal_fields", FieldKind.List, "fields the public edition leaves out of this incident", Example: "[impact.description, teams]", Binding: OfPostmortem.List(p => p.InternalFields, (p, v) => p with { InternalFields = v })),
    ]);

    /// <summary>Every bound field of the front matter read into <paramref name="blank"/>, which holds what a field left out means.</summary>
    /// <param name="check">The reader's rules for values the schema cannot state.</param>
    public static Postmortem Read(YamlFields frontMatter, Postmortem blank, FieldCheck? check = null) =>
        (Postmortem)FieldBinding.ReadAll(blank, frontMatter, Root, Root.Name, check, out _);

    /// <summary>Every bound field of <paramref name="postmortem"/>, in schema order; a null value or an empty list writes nothing.</summary>
    public static FrontMatterEmitter Write(FrontMatterEmitter yaml, Postmortem postmortem)
    {
        FieldBinding.WriteAll(postmortem, yaml, Fields);
        return yaml;
    }

    /// <summary>The top-level fields, in the order they are documented and written.</summary>
    public static IReadOnlyList<FrontMatterField> Fields => Root.Fields!;

    public static IReadOnlyList<string> FieldNames => Root.FieldNames;

    /// <summary>A field by its path, such as <c>action_items.status</c>.</summary>
    public static FrontMatterField Field(string path) => path.Split('.').Aggregate(Root, (field, name) => field[name]);

    /// <summary>The README's field table: one row per field, nested fields under their section's name.</summary>
    public static string MarkdownTable()
    {
        var table = new StringBuilder("| field | kind | required | what it holds |\n| --- | --- | --- | --- |\n");
        void Rows(IReadOnlyList<FrontMatterField> fields, string prefix)
        {
            foreach (var field in fields)
            {
                var allowed = field.Allowed is { } values ? ": " + string.Join(", ", values.Select(v => $"`{v}`")) : "";
                var writer = field.WrittenBy == FieldWriter.Importer ? " (written by `import`)" : "";
                table.Append($"| `{prefix}{field.Name}` | {KindName(field.Kind)}{allowed} | {(field.Required ? "yes" : "")} | {field.Help}{writer} |\n");
                if (field.Fields is { } nested)
                {
                    Rows(nested, prefix + field.Name + (field.Kind == FieldKind.Entries ? "[]." : "."));
                }
            }
        }

        Rows(Fields, "");
        return table.ToString();
    }

    private static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.Text => "text",
        FieldKind.Date => "date",
        FieldKind.Timestamp => "timestamp",
        FieldKind.Number => "number",
        FieldKind.Boolean => "true/false",
        FieldKind.OneOf => "one of",
        FieldKind.List => "list",
        FieldKind.Section => "section",
        FieldKind.Entries => "list of entries",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no name for this kind"),
    };
}
