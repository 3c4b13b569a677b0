using PostmortemSite.Checking;
using PostmortemSite.Cli.Commands;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class GitHubAnnotationTests
{
    private static readonly string Workspace = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void An_error_is_annotated_on_its_file_line_and_column_relative_to_the_repository()
    {
        var diagnostic = Diagnostic.Error("PM006", "unknown root-cause category 'database/indx'", new SourceLocation("postmortems/a.md", 7, 13), "did you mean 'database/index'?");

        var annotation = CliConsole.GitHubAnnotation(diagnostic, Path.Combine(Workspace, "input"), Workspace);

        Assert.Equal("::error file=input/postmortems/a.md,line=7,col=13,title=PM006::unknown root-cause category 'database/indx' (hint: did you mean 'database/index'?)", annotation);
    }

    [Fact]
    public void A_warning_without_a_line_names_only_the_file()
    {
        var diagnostic = Diagnostic.Warning("PM014", "no postmortems found", new SourceLocation("."));

        var annotation = CliConsole.GitHubAnnotation(diagnostic, Path.Combine(Workspace, "docs", "incidents"), Workspace);

        Assert.Equal("::warning file=docs/incidents,title=PM014::no postmortems found", annotation);
    }

    [Fact]
    public void Characters_that_would_end_the_command_early_are_escaped()
    {
        var diagnostic = Diagnostic.Error("PM001", "invalid YAML: 100% broken\nsecond line", new SourceLocation("odd,name:x.md", 2));

        var annotation = CliConsole.GitHubAnnotation(diagnostic, Path.Combine(Workspace, "input"), Workspace);

        Assert.Equal("::error file=input/odd%2Cname%3Ax.md,line=2,title=PM001::invalid YAML: 100%25 broken%0Asecond line", annotation);
        Assert.DoesNotContain('\n', annotation);
    }

    [Fact]
    public void A_file_outside_the_workspace_keeps_its_full_path()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere");
        var diagnostic = Diagnostic.Error("PM002", "required field 'title' is missing", new SourceLocation("a.md", 1, 1));

        var annotation = CliConsole.GitHubAnnotation(diagnostic, elsewhere, Workspace);

        Assert.StartsWith($"::error file={Path.Combine(elsewhere, "a.md").Replace('\\', '/')},line=1,col=1,", annotation);
    }

    [Fact]
    public async Task Check_prints_annotations_only_when_running_in_GitHub_Actions()
    {
        using var site = new TempFolder();
        site.Write("input/postmortems/2024-01-01-bad.md", SampleSite.Postmortem("Bad", date: "2024-01-01", category: "database/indx"));
        var input = site.Combine("input");

        // The variable is given to the command alone: changing the process's own would race with other test classes.
        var plain = await CliRunner.RunAsync(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "false" }, "check", "--input", input);
        var annotated = (await CliRunner.RunAsync(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--input", input)).Error;

        Assert.Equal(1, plain.ExitCode);
        Assert.DoesNotContain("::error", plain.Error);
        Assert.Matches(@"::error file=[^,]*input/postmortems/2024-01-01-bad\.md,line=\d+,col=\d+,title=PM006::unknown root-cause category 'database/indx'", annotated);
    }
}
