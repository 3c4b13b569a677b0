using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class SiteConfigCommandTests
{
    private static TempFolder Library(string config)
    {
        var temp = new TempFolder();
        temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        temp.Write("input/postmortems/2024-03-12-slow-checkout.md", SampleSite.Postmortem("Slow checkout"));
        temp.Write("input/postmortemsite.yml", config);
        return temp;
    }

    [Fact]
    public async Task Build_takes_the_title_and_base_path_from_the_settings_file()
    {
        using var temp = Library("title: Platform incidents\nbase_path: /kb/\n");

        var build = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"));

        Assert.Equal(0, build.ExitCode);
        var home = temp.Read("site/index.html");
        Assert.Contains("Platform incidents", home);
        Assert.Contains("href=\"/kb/", home);
    }

    [Fact]
    public async Task The_command_line_overrides_the_settings_file()
    {
        using var temp = Library("title: Platform incidents\nbase_path: /kb/\n");

        var build = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"), "--title", "Given title", "--base-path", "/other/");

        Assert.Equal(0, build.ExitCode);
        var home = temp.Read("site/index.html");
        Assert.Contains("Given title", home);
        Assert.DoesNotContain("Platform incidents", home);
        Assert.Contains("href=\"/other/", home);
        Assert.DoesNotContain("href=\"/kb/", home);
    }

    [Fact]
    public async Task Check_reports_a_wrong_setting_with_its_file_and_line_and_fails()
    {
        using var temp = Library("title: Platform incidents\nedition: everyone\n");

        var check = await CliRunner.RunAsync("check", "--input", temp.Combine("input"));

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"postmortemsite\.yml:2:\d+: error PM027: 'edition' must be one of internal, public", check.All);
    }

    [Fact]
    public async Task An_unknown_edition_on_the_command_line_is_refused_with_the_choices()
    {
        using var temp = Library("");

        var build = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"), "--edition", "secret");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("--edition internal or --edition public", build.All);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }
}
