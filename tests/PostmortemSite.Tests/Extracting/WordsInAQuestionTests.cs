using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A word in a question ("¿Credenciales son correctas?", "Was the disk full?") is a thing to check, in a checklist or
/// a hypothesis, not the cause the writer states; the same word in a statement still counts.
/// </summary>
public sealed class WordsInAQuestionTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static string Category(string body) =>
        Extractor.Extract("outage.md", $"# Dashboard shows the wrong screen\n\n**Date:** 2025-11-09\n\n{body}\n").Postmortem.Classification.Category;

    [Theory]
    [InlineData("From now on we ask:\n\n- Are the credentials correct?\n- Does the API return the expected data?\n")]
    [InlineData("Desde ahora preguntamos:\n\n- ¿Credenciales son correctas?\n- ¿API retorna datos esperados?\n")]
    public void A_cause_word_asked_about_in_a_list_of_checks_is_no_evidence(string body)
    {
        Assert.Equal("unknown", Category(body));
    }

    [Fact]
    public void Guard_the_same_word_in_a_statement_is_evidence()
    {
        Assert.Equal("security/credentials", Category("## Root cause\n\nThe credentials were leaked in a public repository."));
    }
}
