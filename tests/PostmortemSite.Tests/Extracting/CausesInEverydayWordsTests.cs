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

    [Theory]
    [InlineData("The issue was caused by a line of code in the ledger module storing data in the key-value store.")]
    [InlineData("The halt was caused by non-deterministic state written by the rewards module.")]
    public void A_line_of_code_or_non_deterministic_state_is_a_bug(string cause)
    {
        Assert.Equal("software/bug", Category(cause));
    }

    [Fact]
    public void A_corruption_met_in_a_failed_recovery_attempt_does_not_outweigh_the_stated_cause()
    {
        const string text = "# Chain halt\n\nDate: 2022-04-28\n\n## Description\n\nThe issue was caused by a line of code in the ledger module causing "
            + "the state machine to store non-deterministic data in the key-value store.\n\n## Explored solutions\n\n### Rollback one block (fail)\n\n"
            + "Restarting the nodes led to an instant panic, apparently due to file corruption, so we rejected this option.\n";

        Assert.Equal("software/bug", Extractor.Extract("incident.md", text).Postmortem.Classification.Category);
    }
}
