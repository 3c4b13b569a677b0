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
}
