using PostmortemSite.Authoring;
using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Authoring;

public sealed class PostmortemTemplateTests
{
    private static readonly DateOnly Day = new(2025, 3, 4);

    private static Model.RootCauseTaxonomy Taxonomy() => TaxonomyReader.Parse("root-causes.yml", SampleSite.MinimalTaxonomy, []);

    [Fact]
    public void A_new_postmortem_is_a_valid_draft_with_the_title_date_category_and_every_section()
    {
        var created = PostmortemTemplate.Create(Taxonomy(), "Checkout: 502s after a \"config\" push", "network/dns", Day);

        var read = new PostmortemReader(Taxonomy()).Read(created.RelativePath, created.Text);

        Assert.Empty(created.Diagnostics);
        Assert.Equal("postmortems/2025-03-04-checkout-502s-after-a-config-push.md", created.RelativePath);
        Assert.Empty(read.Diagnostics);
        var postmortem = Assert.IsType<Model.Postmortem>(read.Postmortem);
        Assert.Equal("Checkout: 502s after a \"config\" push", postmortem.Title);
        Assert.Equal(Day, postmortem.Date);
        Assert.Equal(IncidentStatus.Draft, postmortem.Status);
        Assert.Equal("network/dns", postmortem.RootCause.Category);
        Assert.Equal("2025-03-04-checkout-502s-after-a-config-push", postmortem.Id);
        Assert.Equal(["Summary", "Impact", "Timeline", "Root cause", "Resolution", "Lessons learned"],
            created.Text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
    }

    [Fact]
    public void Without_a_category_the_draft_is_filed_under_unknown()
    {
        var created = PostmortemTemplate.Create(Taxonomy(), "Something odd", null, Day);

        Assert.Equal("unknown", new PostmortemReader(Taxonomy()).Read(created.RelativePath, created.Text).Postmortem?.RootCause.Category);
    }

    [Fact]
    public void A_misspelt_category_is_an_error_that_suggests_the_right_one()
    {
        var created = PostmortemTemplate.Create(Taxonomy(), "Slow orders", "database/indx", Day);

        var error = Assert.Single(created.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.UnknownCategory, error.Code);
        Assert.Contains("'database/index'", error.Hint);
    }

    [Fact]
    public void An_empty_title_is_refused()
    {
        var created = PostmortemTemplate.Create(Taxonomy(), "   ", null, Day);

        Assert.True(created.Failed);
    }

    [Fact]
    public void A_very_long_title_gives_a_file_name_cut_at_a_word()
    {
        var created = PostmortemTemplate.Create(Taxonomy(), string.Join(' ', Enumerable.Repeat("replication", 12)), null, Day);

        var name = Path.GetFileNameWithoutExtension(created.RelativePath);
        Assert.True(name.Length <= "2025-03-04-".Length + 60, name);
        Assert.EndsWith("-replication", name);
    }
}
