using Microsoft.AspNetCore.Components;
using PostmortemSite.Cli;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Hardening;

/// <summary>An exception no stage expected reaches the user named with its stage and page, never as a bare .NET message or a stack trace.</summary>
public sealed class StageFailureTests
{
    [Fact]
    public async Task A_theme_page_that_throws_fails_the_build_naming_the_rendering_stage_and_the_page()
    {
        using var temp = new TempFolder();
        var theme = DefaultTheme.Create() with { IncidentPage = typeof(ThrowingPage) };

        var failure = await Assert.ThrowsAsync<BuildStageException>(() => new SiteBuilder(theme).BuildAsync(new SiteOptions(RepoPaths.Input, temp.Combine("site"))));

        Assert.Equal("rendering", failure.Stage);
        Assert.Matches("^incidents/[a-z0-9-]+/index.html$", failure.Item);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.StartsWith($"rendering {failure.Item}: {ThrowingPage.Problem}", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site")) && Directory.EnumerateFileSystemEntries(temp.Combine("site")).Any(), "nothing was written");
    }

    [Fact]
    public async Task The_command_line_prints_a_stage_failure_as_one_located_error_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var theme = DefaultTheme.Create() with { IncidentPage = typeof(ThrowingPage) };
        var failure = await Assert.ThrowsAsync<BuildStageException>(() => new SiteBuilder(theme).BuildAsync(new SiteOptions(RepoPaths.Input, temp.Combine("site"))));
        var error = new StringWriter();

        var exitCode = await Program.ReportFailureAsync(failure, error);

        Assert.Equal(2, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"error: rendering {failure.Item}: {ThrowingPage.Problem}", lines[0], StringComparison.Ordinal);
        Assert.Contains("while rendering", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task A_stage_failure_of_the_environment_is_printed_as_an_error_without_calling_it_a_bug()
    {
        var error = new StringWriter();

        var exitCode = await Program.ReportFailureAsync(new BuildStageException("reading", new IOException("disk gone")), error);

        Assert.Equal(2, exitCode);
        Assert.Equal("error: reading: disk gone", error.ToString().Trim());
    }

    [Fact]
    public async Task A_fault_outside_any_stage_is_printed_as_one_error_naming_it_without_a_stack_trace()
    {
        var error = new StringWriter();

        var exitCode = await Program.ReportFailureAsync(new IndexOutOfRangeException("Index was outside the bounds of the array."), error);

        Assert.Equal(1, exitCode);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: PostmortemSite failed unexpectedly (IndexOutOfRangeException: Index was outside the bounds of the array.)", lines[0].TrimEnd());
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Stands in for a theme's bug: a page component that cannot render.</summary>
    private sealed class ThrowingPage : ComponentBase
    {
        public const string Problem = "the theme's incident page is broken";

        [Parameter]
        public object? Model { get; set; }

        protected override void OnParametersSet() => throw new InvalidOperationException(Problem);
    }
}
