using System.Text.RegularExpressions;
using System.Xml.Linq;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed partial class HelpAndVersionTests
{
    [Fact]
    public async Task Version_prints_the_package_version()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "PostmortemSite", "PostmortemSite.csproj"));
        var version = project.Descendants("Version").Single().Value;

        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(version, result.Output.Trim());
    }

    [Fact]
    public async Task Every_command_has_help_with_examples_of_itself()
    {
        var root = await CliRunner.RunAsync("--help");
        var commands = CommandLine().Matches(root.Output[root.Output.IndexOf("Commands:", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("serve", commands);
        Assert.Contains("new", commands);
        foreach (var command in commands)
        {
            var help = await CliRunner.RunAsync(command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Examples:", help.Output);
            Assert.Contains($"  postmortemsite {command}", help.Output);
        }
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)(?: <[^>]+>)?\s{2,}", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
