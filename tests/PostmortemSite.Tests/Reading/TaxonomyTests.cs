using PostmortemSite.Checking;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Reading;

public sealed class TaxonomyTests
{
    private static readonly string[] RequiredSlugs =
    [
        "database/index", "database/locking", "database/replication", "database/data-corruption", "change/deployment", "change/config",
        "change/schema-migration", "change/feature-flag", "capacity/traffic-spike", "capacity/resource-exhaustion", "dependency/third-party",
        "dependency/cloud-provider", "network/dns", "network/connectivity", "network/load-balancer", "security/certificate-expiry",
        "security/credentials", "time/clock", "hardware/failure", "software/bug", "software/cascading-failure", "automation/runaway",
        "process/procedure", "unknown",
    ];

    [Fact]
    public void The_sample_taxonomy_has_every_required_category_with_a_title_description_and_synonyms()
    {
        var diagnostics = new List<Diagnostic>();
        var taxonomy = TaxonomyReader.Parse("root-causes.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "root-causes.yml")), diagnostics);

        Assert.Empty(diagnostics);
        foreach (var slug in RequiredSlugs)
        {
            var category = taxonomy.Find(slug);
            Assert.True(category is not null, $"missing {slug}");
            Assert.False(string.IsNullOrWhiteSpace(category.Description), slug);
            Assert.True(slug == "unknown" || category.Synonyms.Count > 0, slug);
        }

        Assert.Contains("deadlock", taxonomy.Find("database/locking")!.Synonyms);
        Assert.DoesNotContain(taxonomy.Categories, c => c.Slug.Contains("human", StringComparison.Ordinal) || c.Title.Contains("human error", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_built_in_default_is_the_sample_taxonomy() =>
        Assert.Equal(RequiredSlugs.Length, TaxonomyReader.Default.Categories.Count(c => RequiredSlugs.Contains(c.Slug)));

    [Fact]
    public void A_malformed_slug_in_the_taxonomy_is_reported_with_its_line()
    {
        var diagnostics = new List<Diagnostic>();

        TaxonomyReader.Parse("root-causes.yml", "categories:\n  - slug: database/index\n  - slug: Not A Slug\n", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal("root-causes.yml:3:5", error.Location.ToString());
        Assert.Equal(DiagnosticCodes.InvalidTaxonomy, error.Code);
    }
}
