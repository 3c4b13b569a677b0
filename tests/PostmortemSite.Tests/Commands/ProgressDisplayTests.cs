using Microsoft.Extensions.Time.Testing;
using PostmortemSite.Cli.Commands;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void A_slow_build_shows_its_stage_and_counts_on_one_line_and_clears_it_at_the_end()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        using (var progress = new ProgressDisplay(error, enabled: true, delay: TimeSpan.FromSeconds(1.5), interval: TimeSpan.FromMilliseconds(250), clock))
        {
            progress.Report(new BuildProgress(BuildStage.Rendering, 640, 10520));
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("", error.ToString());
            clock.Advance(TimeSpan.FromSeconds(2));
        }

        var shown = error.ToString();
        Assert.Contains("\rRendering 640/10520… 3s", shown);
        Assert.DoesNotContain('\n', shown);
        Assert.EndsWith("\r", shown);
    }

    [Fact]
    public void Nothing_is_shown_when_the_stream_is_not_a_terminal()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        using (var progress = new ProgressDisplay(error, enabled: false, delay: TimeSpan.Zero, interval: TimeSpan.FromMilliseconds(10), clock))
        {
            progress.Report(new BuildProgress(BuildStage.Reading, 0, 0));
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task A_build_run_with_redirected_output_prints_a_summary_and_no_progress()
    {
        using var site = new TempFolder();

        var result = await CliRunner.RunAsync("build", "--input", RepoPaths.Input, "--output", site.Combine("out"), "--site-url", "https://example.org");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\r', result.All);
        // Only published postmortems are built; drafts and those in review wait for --drafts.
        var incidents = Directory.GetFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md").Count(f => !File.ReadAllText(f).Contains("\nstatus: draft", StringComparison.Ordinal) && !File.ReadAllText(f).Contains("\nstatus: in-review", StringComparison.Ordinal));
        Assert.Matches($@"Built {incidents} incidents into \d+ pages \(\d+ files\) in \d+\.\d s: 0 warning\(s\), 0 errors\.", result.Output);
    }
}
