using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Search;

public sealed class SearchSiteTests
{
    [Fact]
    public async Task A_build_writes_the_search_index_and_a_search_page_and_every_page_has_a_search_box()
    {
        using var output = new TempFolder();

        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, output.Path, BasePath: "/some-repo/"));

        Assert.False(build.Failed);
        Assert.True(File.Exists(output.Combine("search", "meta.json")));
        Assert.NotEmpty(Directory.GetFiles(output.Combine("search", "terms")));
        var searchPage = output.Read("search/index.html");
        Assert.Contains("data-search-page", searchPage);
        var home = output.Read("index.html");
        Assert.Contains("<html lang=\"en\" data-base=\"/some-repo/\">", home);
        Assert.Contains("action=\"/some-repo/search/\" method=\"get\"", home);
        Assert.Contains("/some-repo/assets/search/engine.js", home);
    }

    [Fact]
    public async Task The_search_index_is_byte_identical_across_builds()
    {
        var first = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, "unused-a"), WriteMode.None);
        var second = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, "unused-b"), WriteMode.None);

        var a = first.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToList();
        var b = second.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToList();
        Assert.True(a.Count > 10);
        Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public async Task The_search_command_answers_from_a_built_site()
    {
        using var output = new TempFolder();
        await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(RepoPaths.Input, output.Path));

        var text = await CliRunner.RunAsync("search", "deadlock", "--site", output.Path);
        var json = await CliRunner.RunAsync("search", "cause:database/index", "--site", output.Path, "--json", "--limit", "2");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("2023-07-18-billing-ledger-deadlock", text.Output);
        Assert.Matches(@"\n      in [a-z ]+[^\n]*: [^\n]*(?i:deadlock)", text.Output);
        Assert.Equal(0, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.Equal(3, parsed.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, parsed.RootElement.GetProperty("hits").GetArrayLength());
        Assert.All(parsed.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("database/index", h.GetProperty("categorySlug").GetString()));
    }

    [Fact]
    public async Task The_search_command_explains_when_the_site_has_no_index()
    {
        using var empty = new TempFolder();

        var result = await CliRunner.RunAsync("search", "deadlock", "--site", empty.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run 'postmortemsite build' first", result.Error);
    }
}
