using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Model;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Reading;

/// <summary>Reads root-causes.yml. A site without one gets the taxonomy this tool ships with.</summary>
internal static class TaxonomyReader
{
    public const string FileName = "root-causes.yml";

    private static readonly string[] CategoryFields = ["slug", "title", "description", "synonyms"];

    public static RootCauseTaxonomy Default { get; } = Parse(FileName, LoadDefaultText(), []);

    public static RootCauseTaxonomy Parse(string file, string text, List<Diagnostic> diagnostics)
    {
        var invalid = diagnostics.Count;
        if (GuardedYamlParser.LoadRoot(file, text, FileName, DiagnosticCodes.InvalidYaml, diagnostics) is not YamlMappingNode root)
        {
            if (diagnostics.Count == invalid)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidTaxonomy, "root-causes.yml must be a mapping with a 'categories:' list", new SourceLocation(file, 1, 1), "start the file with 'categories:' followed by '- slug: ...' entries"));
            }

            return new RootCauseTaxonomy([]);
        }

        var fields = new YamlFields(root, file, 0, diagnostics);
        var categories = new List<RootCauseCategory>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in fields.MappingList("categories"))
        {
            entry.WarnAboutUnknownKeys(CategoryFields, "category");
            var slug = entry.String("slug", required: true);
            if (slug is null)
            {
                continue;
            }

            if (!IsValidSlug(slug))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidTaxonomy, $"category slug '{slug}' must be two lowercase words joined by '/' (or 'unknown')", entry.KeyLocation("slug"), "for example database/index"));
                continue;
            }

            if (!seen.Add(slug))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidTaxonomy, $"category '{slug}' is listed twice", entry.KeyLocation("slug"), "remove one of the entries"));
                continue;
            }

            categories.Add(new RootCauseCategory(slug, entry.String("title") ?? slug, entry.String("description") ?? "", entry.StringList("synonyms")));
        }

        if (!seen.Contains(RootCauseTaxonomy.UnknownSlug))
        {
            categories.Add(new RootCauseCategory(RootCauseTaxonomy.UnknownSlug, "Unknown", "The cause was not determined.", []));
        }

        return new RootCauseTaxonomy(categories);
    }

    private static bool IsValidSlug(string slug) =>
        slug == RootCauseTaxonomy.UnknownSlug
        || (slug.Split('/') is [var group, var name]
            && group.Length > 0 && name.Length > 0
            && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '/'));

    private static string LoadDefaultText()
    {
        using var stream = typeof(TaxonomyReader).Assembly.GetManifestResourceStream("default-root-causes.yml")
            ?? throw new InvalidOperationException("The built-in root-causes.yml resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
