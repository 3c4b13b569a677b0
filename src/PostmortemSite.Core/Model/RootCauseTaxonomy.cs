using PostmortemSite.Checking;

namespace PostmortemSite.Model;

public sealed record RootCauseCategory(string Slug, string Title, string Description, IReadOnlyList<string> Synonyms)
{
    /// <summary>The first half of a two-level slug: "database" for "database/index".</summary>
    public string Group => Slug.Split('/')[0];
}

public sealed class RootCauseTaxonomy
{
    public const string UnknownSlug = "unknown";

    private readonly Dictionary<string, RootCauseCategory> _bySlug;

    public RootCauseTaxonomy(IReadOnlyList<RootCauseCategory> categories)
    {
        Categories = categories;
        _bySlug = categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
    }

    public IReadOnlyList<RootCauseCategory> Categories { get; }

    public RootCauseCategory? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public RootCauseCategory Get(string slug) =>
        _bySlug.TryGetValue(slug, out var category)
            ? category
            : new RootCauseCategory(slug, slug, "", []);

    /// <summary>The nearest slug by spelling, or failing that the category whose synonyms name the same thing; null when nothing is near.</summary>
    public string? Suggest(string slug)
    {
        var slugs = Categories.Select(c => c.Slug).ToList();
        var bySpelling = Suggestions.Nearest(slug, slugs, maxDistance: Math.Max(3, slug.Length / 3));
        if (bySpelling is not null)
        {
            return bySpelling;
        }

        var words = slug.ToLowerInvariant().Split(['/', '-', '_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return Categories
            .Select(c => (c.Slug, Score: words.Count(w => c.Synonyms.Any(s => s.Contains(w, StringComparison.OrdinalIgnoreCase)) || c.Slug.Contains(w, StringComparison.Ordinal))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Slug, StringComparer.Ordinal)
            .Select(x => x.Slug)
            .FirstOrDefault();
    }
}
