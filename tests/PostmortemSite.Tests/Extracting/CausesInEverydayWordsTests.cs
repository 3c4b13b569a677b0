using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Causes written in everyday words rather than the taxonomy's terms (issue 17, item 4): a job that "filled the disk",
/// "ten times our normal traffic", a script run "against production instead of staging". Each on an invented document.
/// </summary>
public sealed class CausesInEverydayWordsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string cause) =>
        Extractor.Extract("incident.md", $"# Outage\n\nDate: 2024-01-10\n\n## Root cause\n\n{cause}\n").Postmortem.Classification.Category;

    [Theory]
    [InlineData("The nightly backup job filled the disk on the primary database server.", "capacity/resource-exhaustion")]
    [InlineData("Log files kept filling the disk of the build agents until builds failed.", "capacity/resource-exhaustion")]
    [InlineData("A customer's bulk import sent ten times our normal traffic to the API servers.", "capacity/traffic-spike")]
    [InlineData("A developer ran a cleanup script against production instead of staging.", "process/procedure")]
    [InlineData("The migration was run against the wrong database during the release.", "process/procedure")]
    public void A_cause_in_everyday_words_is_read_as_its_category(string cause, string expected)
    {
        Assert.Equal(expected, Category(cause));
    }

    [Fact]
    public void A_wrong_environment_variable_is_configuration_not_procedure()
    {
        Assert.NotEqual("process/procedure", Category("A deploy set the wrong environment variable for the cache host, so the config pointed at a dead host."));
    }
}
