using System.Globalization;
using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Text;

namespace PostmortemSite.Authoring;

/// <summary>A new postmortem to write: where it goes under the input folder, its text, and any problem with the request.</summary>
public sealed record NewPostmortem(string RelativePath, string Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>The canonical postmortem that `new` writes: every front-matter field and the usual sections, ready to fill in.</summary>
public static class PostmortemTemplate
{
    public const string Folder = "postmortems";

    private const int MaxSlugLength = 60;

    public static readonly string[] Sections = ["Summary", "Impact", "Timeline", "Root cause", "Resolution", "Lessons learned"];

    /// <summary>A new postmortem checked against the taxonomy in <paramref name="inputDirectory"/> (or the built-in one).</summary>
    public static async Task<NewPostmortem> CreateAsync(string inputDirectory, string title, string? category, DateOnly date, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var (taxonomy, _) = await SiteReader.ReadTaxonomyAsync(inputDirectory, diagnostics, cancellationToken);
        var created = Create(taxonomy, title, category, date);
        return created with { Diagnostics = [.. diagnostics, .. created.Diagnostics] };
    }

    /// <param name="category">A slug from the site's root-causes.yml; null for 'unknown' (or the first category when there is no 'unknown').</param>
    public static NewPostmortem Create(RootCauseTaxonomy taxonomy, string title, string? category, DateOnly date)
    {
        var diagnostics = new List<Diagnostic>();
        var cleanTitle = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (cleanTitle.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, "the title is empty", new SourceLocation("title"), "give the incident a short descriptive title, e.g. \"Checkout 502s after config push\""));
        }

        var slug = category ?? (taxonomy.Find(RootCauseTaxonomy.UnknownSlug) ?? taxonomy.Categories.FirstOrDefault())?.Slug ?? RootCauseTaxonomy.UnknownSlug;
        if (category is not null && taxonomy.Find(category) is null)
        {
            var suggestion = taxonomy.Suggest(category);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownCategory, $"unknown root-cause category '{category}'", new SourceLocation("--category"),
                suggestion is null
                    ? $"use one of: {string.Join(", ", taxonomy.Categories.Select(c => c.Slug))}"
                    : $"did you mean '{suggestion}'?"));
        }

        var id = $"{Iso(date)}-{Shorten(Slugs.From(cleanTitle.Length == 0 ? "untitled" : cleanTitle))}";
        return new NewPostmortem($"{Folder}/{id}.md", Text(id, cleanTitle, slug, date), diagnostics);
    }

    /// <summary>
    /// Every field an author writes, from the schema: the known ones filled in, the rest left blank with their hint,
    /// and lists of entries with a commented-out example entry.
    /// </summary>
    private static string Text(string id, string title, string category, DateOnly date)
    {
        var known = new Dictionary<string, Action<FrontMatterEmitter, string, string?>>(StringComparer.Ordinal)
        {
            ["id"] = (w, name, _) => w.Text(name, id),
            ["title"] = (w, name, _) => w.Text(name, title),
            ["date"] = (w, name, _) => w.Date(name, date),
            ["status"] = (w, name, hint) => w.Text(name, IncidentStatus.Draft.Name(), hint),
            ["root_cause.category"] = (w, name, _) => w.Text(name, category),
        };
        var sections = string.Concat(Sections.Select(s => $"\n## {s}\n\n<!-- {Prompt(s)} -->\n"));
        var yaml = new FrontMatterEmitter();
        Fields(yaml, FrontMatterSchema.Fields, "", known);
        return yaml.Close(sections);
    }

    private static void Fields(FrontMatterEmitter yaml, IReadOnlyList<FrontMatterField> fields, string prefix, Dictionary<string, Action<FrontMatterEmitter, string, string?>> known)
    {
        foreach (var field in fields.Where(f => f.WrittenBy == FieldWriter.Author))
        {
            var hint = field.Allowed is { } allowed ? string.Join(", ", allowed) : field.Help;
            if (known.TryGetValue(prefix + field.Name, out var write))
            {
                write(yaml, field.Name, hint);
            }
            else if (field.Kind == FieldKind.Section)
            {
                yaml.Section(field.Name, w => Fields(w, field.Fields!, prefix + field.Name + ".", known), hint);
            }
            else
            {
                yaml.Blank(field.Name, field.Kind is FieldKind.List or FieldKind.Entries, hint);
                if (field.Kind == FieldKind.Entries)
                {
                    Example(yaml, field);
                }
            }
        }
    }

    /// <summary>One entry of a list of entries, commented out: the shape to copy.</summary>
    private static void Example(FrontMatterEmitter yaml, FrontMatterField entries)
    {
        var first = true;
        foreach (var field in entries.Fields!.Where(f => f.Example is not null))
        {
            var hint = field.Allowed is { } allowed ? $"  # {string.Join(", ", allowed)}" : "";
            yaml.Comment($"{(first ? "  - " : "    ")}{field.Name}: {field.Example}{hint}");
            first = false;
        }
    }

    private static string Prompt(string section) => section switch
    {
        "Summary" => "What happened, in two or three sentences.",
        "Impact" => "Who was affected, how, and for how long. Numbers beat adjectives.",
        "Timeline" => "The detailed timeline lives in the front matter; note here what slowed detection or recovery.",
        "Root cause" => "Why it happened, past the first answer. Blame systems, not people.",
        "Resolution" => "What stopped the bleeding, and what fixed it for good.",
        _ => "What went well, what went badly, where we got lucky.",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return slug[..(cut > 0 ? cut : MaxSlugLength)];
    }
}
