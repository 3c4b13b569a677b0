using System.Globalization;
using PostmortemSite.Checking;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;

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
            var suggestion = new PostmortemReader(taxonomy).SuggestCategory(category);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownCategory, $"unknown root-cause category '{category}'", new SourceLocation("--category"),
                suggestion is null
                    ? $"use one of: {string.Join(", ", taxonomy.Categories.Select(c => c.Slug))}"
                    : $"did you mean '{suggestion}'?"));
        }

        var id = $"{Iso(date)}-{Shorten(Slugs.From(cleanTitle.Length == 0 ? "untitled" : cleanTitle))}";
        return new NewPostmortem($"{Folder}/{id}.md", Text(id, cleanTitle, slug, date), diagnostics);
    }

    private static string Text(string id, string title, string category, DateOnly date)
    {
        var day = Iso(date);
        var sections = string.Concat(Sections.Select(s => $"\n## {s}\n\n<!-- {Prompt(s)} -->\n"));
        return $$"""
            ---
            id: {{id}}
            title: {{Quoted(title)}}
            date: {{day}}
            status: draft            # draft, in-review, published
            severity:                # SEV1 (worst) to SEV4
            summary:                 # one or two sentences: what broke, for whom, for how long
            root_cause:
              category: {{category}}
              secondary: []          # other categories from root-causes.yml that contributed
              trigger:               # the change or event that set it off
            timestamps:              # ISO 8601 with an offset, e.g. {{day}}T14:02:00Z
              started:
              detected:
              mitigated:
              resolved:
            impact:
              description:
              users_affected_pct:
              customer_facing:
            services: []
            teams: []
            tags: []
            related: []              # ids of earlier incidents this one repeats or builds on
            action_items: []
            #  - title: What will be done
            #    owner: who
            #    type: prevent       # prevent, detect, mitigate, process
            #    priority: P2
            #    status: open        # open, in-progress, done, wont-do
            #    ticket: OPS-123
            #    due: {{day}}
            timeline: []
            #  - time: {{day}}T14:02:00Z
            #    text: What happened at this moment
            #    milestone: started  # started, detected, identified, mitigated, resolved
            ---
            {{sections}}
            """;
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

    /// <summary>A double-quoted YAML scalar, so a title with ': ' or '#' stays a title.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

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
