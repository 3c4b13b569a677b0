using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Reading;

public sealed class SiteConfigTests
{
    [Fact]
    public void Every_key_of_a_complete_settings_file_is_read()
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigReader.Parse("postmortemsite.yml", """
            title: Platform incidents
            site_url: https://org.github.io
            base_path: /kb/
            ticket_url: https://tracker.example/browse/{id}
            edition: public
            default_visibility: public
            internal_fields: [impact.description, teams]
            time_zone: Europe/Berlin
            """, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteConfig("Platform incidents", "https://org.github.io", "/kb/", "https://tracker.example/browse/{id}", Edition.Public, Visibility.Public, config.InternalFields, "Europe/Berlin"), config);
        Assert.Equal(["impact.description", "teams"], config.InternalFields);
    }

    [Fact]
    public void A_library_without_a_settings_file_gets_no_settings_and_no_diagnostic()
    {
        using var temp = new TempFolder();
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigReader.Read(temp.Path, diagnostics);

        Assert.Same(SiteConfig.Empty, config);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("edition: secret", 1, "edition")]
    [InlineData("title: x\nsite_url: org.github.io", 2, "site_url")]
    [InlineData("ticket_url: https://tracker.example/browse/", 1, "{id}")]
    [InlineData("title: x\n\ntime_zone: Mars/Olympus", 3, "time zone")]
    [InlineData("default_visibility: [public]", 1, "default_visibility")]
    public void A_wrong_value_is_an_error_on_its_line(string yaml, int line, string named)
    {
        var diagnostics = new List<Diagnostic>();

        SiteConfigReader.Parse("postmortemsite.yml", yaml, diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.InvalidConfig, line), (error.Severity, error.Code, error.Location.Line));
        Assert.Contains(named, error.Message);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_misspelt_key_is_a_warning_that_names_the_key_meant()
    {
        var diagnostics = new List<Diagnostic>();

        SiteConfigReader.Parse("postmortemsite.yml", "title: x\nsite_ulr: https://org.github.io\n", diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownConfigKey, 2), (warning.Severity, warning.Code, warning.Location.Line));
        Assert.Contains("site_url", warning.Hint);
    }

    [Theory]
    [InlineData("title: [unclosed")]
    [InlineData("- just\n- a list")]
    public void A_file_that_is_not_a_mapping_of_settings_is_an_error(string yaml)
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigReader.Parse("postmortemsite.yml", yaml, diagnostics);

        Assert.Same(SiteConfig.Empty, config);
        Assert.Equal(DiagnosticCodes.InvalidConfig, Assert.Single(diagnostics).Code);
    }
}
