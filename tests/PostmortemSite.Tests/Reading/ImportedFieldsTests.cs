using PostmortemSite.Checking;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Reading;

public sealed class ImportedFieldsTests
{
    private static readonly PostmortemReader Reader = new(TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []));

    [Fact]
    public void The_classification_and_the_import_provenance_are_accepted()
    {
        var text = SampleSite.Postmortem("Imported", extra: "imported:\n  source: old.txt\n  warnings: [\"no time zone\"]")
            .Replace("  category: database/index\n", "  category: database/index\n  confidence: 0.82\n  decided_by: indexes\n", StringComparison.Ordinal);

        var result = Reader.Read("imported.md", text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal((0.82, "indexes"), (result.Postmortem!.RootCause.Confidence, result.Postmortem.RootCause.DecidedBy));
    }

    [Fact]
    public void A_confidence_outside_zero_to_one_is_an_error()
    {
        var text = SampleSite.Postmortem("Imported").Replace("  category: database/index\n", "  category: database/index\n  confidence: 82\n", StringComparison.Ordinal);

        var result = Reader.Read("imported.md", text);

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'confidence'", StringComparison.Ordinal));
    }
}
