using System.Text;
using PostmortemSite.Model;

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
internal sealed record FrontMatterField(
    string Name,
    FieldKind Kind,
    string Help,
    bool Required = false,
    IReadOnlyList<string>? Allowed = null,
    string? Example = null,
    FieldWriter WrittenBy = FieldWriter.Author,
    IReadOnlyList<FrontMatterField>? Fields = null)
{
    public IReadOnlyList<string> FieldNames { get; } = (Fields ?? []).Select(f => f.Name).ToArray();

    public FrontMatterField this[string name] => (Fields ?? []).FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"'{Name}' has no field '{name}'", nameof(name));
}

/// <summary>
/// Every front-matter field, once: its name, kind, allowed values, whether it is required and what it is for. The
/// reader takes its known and required fields from here, <c>new</c> writes its template from here, and the README's
/// field table is generated from here (a test fails when they drift).
/// </summary>
internal static class FrontMatterSchema
{
    private static readonly FrontMatterField Root = new("front matter", FieldKind.Section, "", Fields:
    [
        new("id", FieldKind.Text, "the incident's address: lowercase letters, digits, `-`, `_`, `.`; default: the file name", Example: "2024-03-12-orders-missing-index"),
        new("title", FieldKind.Text, "a short descriptive title", Required: true, Example: "Checkout latency from a missing index"),
        new("date", FieldKind.Date, "the day the incident started (yyyy-mm-dd)", Required: true, Example: "2024-03-12"),
        new("status", FieldKind.OneOf, "only published postmortems are built, unless `--drafts`; default published", Allowed: Vocabulary.Names<IncidentStatus>(), Example: "published"),
        new("severity", FieldKind.Text, "SEV1 (worst) to SEV4", Example: "SEV2"),
        new("summary", FieldKind.Text, "one or two sentences: what broke, for whom, for how long", Example: "Checkout slowed for 2.5 hours."),
        new("root_cause", FieldKind.Section, "why it happened", Required: true, Fields:
        [
            new("category", FieldKind.Text, "a slug from root-causes.yml", Required: true, Example: "database/index"),
            new("secondary", FieldKind.List, "other categories from root-causes.yml that contributed", Example: "[change/schema-migration]"),
            new("trigger", FieldKind.Text, "the change or event that set it off", Example: "Migration 0412 dropped the index."),
            new("confidence", FieldKind.Number, "0 to 1: how sure the importer's classifier was", Example: "0.80", WrittenBy: FieldWriter.Importer),
            new("decided_by", FieldKind.Text, "the phrase that decided the importer's classification", Example: "missing index", WrittenBy: FieldWriter.Importer),
        ]),
        new("timestamps", FieldKind.Section, "ISO 8601 with Z or an offset, in order: started <= detected <= mitigated <= resolved", Fields:
        [
            new("started", FieldKind.Timestamp, "when the incident began", Example: "2024-03-12T09:14:00Z"),
            new("detected", FieldKind.Timestamp, "when someone or something noticed", Example: "2024-03-12T09:31:00Z"),
            new("mitigated", FieldKind.Timestamp, "when the impact stopped", Example: "2024-03-12T10:05:00Z"),
            new("resolved", FieldKind.Timestamp, "when it was fixed for good", Example: "2024-03-12T11:40:00Z"),
        ]),
        new("impact", FieldKind.Section, "who was affected, and how", Fields:
        [
            new("description", FieldKind.Text, "the impact in a sentence", Example: "38% of checkouts took over 5 s."),
            new("users_affected_pct", FieldKind.Number, "0 to 100", Example: "38"),
            new("customer_facing", FieldKind.Boolean, "true or false", Example: "true"),
        ]),
        new("services", FieldKind.List, "the services involved", Example: "[checkout, orders-db]"),
        new("teams", FieldKind.List, "the teams involved", Example: "[payments]"),
        new("tags", FieldKind.List, "free keywords", Example: "[latency, postgres]"),
        new("related", FieldKind.List, "ids of earlier incidents this one repeats or builds on", Example: "[2023-02-14-orders-missing-index]"),
        new("action_items", FieldKind.Entries, "what will be done, one entry each", Fields:
        [
            new("title", FieldKind.Text, "what will be done", Required: true, Example: "Check for indexes in the migration linter"),
            new("owner", FieldKind.Text, "who", Example: "dana"),
            new("type", FieldKind.OneOf, "what it does about the failure", Allowed: Vocabulary.Names<ActionType>(), Example: "prevent"),
            new("priority", FieldKind.Text, "P1 (first) to P4", Example: "P2"),
            new("status", FieldKind.OneOf, "default open", Allowed: Vocabulary.Names<ActionStatus>(), Example: "open"),
            new("ticket", FieldKind.Text, "the tracker's id; linked when `ticket_url` is set", Example: "OPS-123"),
            new("due", FieldKind.Date, "yyyy-mm-dd", Example: "2024-04-01"),
        ]),
        new("timeline", FieldKind.Entries, "the incident's moments; without it, the body's `## Timeline` section is read", Fields:
        [
            new("time", FieldKind.Timestamp, "ISO 8601 with Z or an offset", Example: "2024-03-12T09:14:00Z"),
            new("text", FieldKind.Text, "what happened at this moment", Required: true, Example: "Migration 0412 deployed."),
            new("milestone", FieldKind.OneOf, "the moment this entry marks", Allowed: Vocabulary.Names<Milestone>(), Example: "started"),
            new("dead_end", FieldKind.Boolean, "true for a false lead", Example: "true"),
        ]),
        new("imported", FieldKind.Section, "where an imported postmortem came from; not rendered", WrittenBy: FieldWriter.Importer, Fields:
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
        new("visibility", FieldKind.OneOf, "which editions show it; default: `default_visibility`, else internal", Allowed: ["internal", "public"], Example: "public"),
        new("internal_fields", FieldKind.List, "fields the public edition leaves out of this incident", Example: "[impact.description, teams]"),
    ]);

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
