using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class BuildTimingsTests
{
    [Fact]
    public async Task Timings_name_every_stage_in_order_with_a_total()
    {
        using var temp = new TempFolder();

        var build = await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", temp.Combine("site"), "--timings");

        Assert.Equal(0, build.ExitCode);
        var stages = build.Error.Split('\n').Select(l => l.Trim().Split(' ')[0]).Where(s => s.Length > 0).ToList();
        var expected = new[] { "stage", "reading", "linking", "rendering", "writing", "total" };
        Assert.Equal(expected, stages.Where(expected.Contains));
        Assert.Matches(@"total\s+\d+\.\d\d\s+100 %", build.Error);
    }

    [Fact]
    public async Task The_help_for_timings_lists_exactly_the_stages_the_timings_print()
    {
        using var temp = new TempFolder();

        var help = await CliRunner.RunAsync("build", "--help");
        var build = await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", temp.Combine("site"), "--timings");

        var promised = System.Text.RegularExpressions.Regex.Match(help.Output, @"how long each stage took \(([^)]*)\)").Groups[1].Value.Split(", ");
        var printed = build.Error.Split('\n').Select(l => l.Trim().Split(' ')[0]).SkipWhile(w => w != "stage").Skip(1).TakeWhile(w => w != "total").ToList();
        Assert.Equal(["reading", "linking", "rendering", "writing"], promised);
        Assert.Equal(promised, printed);
    }

    [Fact]
    public async Task Without_the_option_no_timings_are_printed()
    {
        using var temp = new TempFolder();

        var build = await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", temp.Combine("site"));

        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain("total", build.Error);
    }
}
