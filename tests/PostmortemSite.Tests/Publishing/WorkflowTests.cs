using System.Text.RegularExpressions;
using PostmortemSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Tests.Publishing;

/// <summary>The workflows run the commands the README tells people to run, and publish the way GitHub Pages expects.</summary>
public sealed partial class WorkflowTests
{
    private const string Cli = "dotnet run --project src/PostmortemSite --";

    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? Get(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private static string? Scalar(YamlNode node, params string[] path) => (Get(node, path) as YamlScalarNode)?.Value;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)Get(workflow, "jobs")!).Children.Values
            .SelectMany(job => Get(job, "steps") is YamlSequenceNode steps ? steps.Children.OfType<YamlMappingNode>() : []);

    /// <summary>Every command the steps run, one per line, with backslash continuations joined.</summary>
    /// <param name="optimized">Keep "-c Release"; by default it is dropped so commands compare with the README's.</param>
    private static List<string> Commands(YamlMappingNode workflow, bool optimized = false) => Steps(workflow)
        .Select(step => Scalar(step, "run"))
        .OfType<string>()
        .SelectMany(run => run.Replace("\\\n", " ").Split('\n'))
        .Select(line => Regex.Replace(line.Trim(), @"\s+", " "))
        .Select(line => optimized ? line : line.Replace("dotnet run -c Release ", "dotnet run ", StringComparison.Ordinal))
        .Where(line => line.Length > 0)
        .ToList();

    private static IEnumerable<string> Uses(YamlMappingNode workflow) => Steps(workflow).Select(s => Scalar(s, "uses")).OfType<string>();

    /// <summary>The lines starting with "dotnet " in the first ```sh block after the "## Quick start" heading.</summary>
    internal static List<string> ReadmeQuickStart(string readme)
    {
        var lines = readme.Replace("\r\n", "\n").Split('\n');
        var heading = Array.FindIndex(lines, l => l.StartsWith("## Quick start", StringComparison.Ordinal));
        Assert.True(heading >= 0, "README.md has no '## Quick start' heading");
        var open = Array.FindIndex(lines, heading, l => l.Trim() == "```sh");
        Assert.True(open > heading, "README.md has no ```sh block after '## Quick start'");
        return lines.Skip(open + 1).TakeWhile(l => !l.TrimStart().StartsWith("```", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal))
            .ToList();
    }

    private static List<string> Readme() => ReadmeQuickStart(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));

    [Fact]
    public void The_readme_quick_start_is_read_from_the_first_sh_block_after_its_heading()
    {
        const string readme = "# X\n```sh\ndotnet nope\n```\n## Quick start\nText.\n```sh\n# comment\ndotnet run --project a -- serve\n  dotnet test\n```\n```sh\ndotnet later\n```\n";

        Assert.Equal(["dotnet run --project a -- serve", "dotnet test"], ReadmeQuickStart(readme));
    }

    [Fact]
    public void The_readme_quick_start_shows_the_site_and_runs_the_tests()
    {
        var commands = Readme();

        Assert.Contains(commands, c => c == $"{Cli} serve" || c == $"{Cli} build");
        Assert.Contains(commands, c => c.StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public void Pull_requests_run_the_readmes_test_command_and_check_and_build_the_site()
    {
        var ci = Workflow("ci.yml");
        var commands = Commands(ci);

        Assert.NotNull(Get(ci, "on", "pull_request"));
        Assert.Equal(Readme().Single(c => c.StartsWith("dotnet test", StringComparison.Ordinal)), Assert.Single(commands, c => c.StartsWith("dotnet test", StringComparison.Ordinal)));
        Assert.Contains($"{Cli} check", commands);
        Assert.Contains(commands, c => c.StartsWith($"{Cli} build", StringComparison.Ordinal));
        Assert.StartsWith("10.", Scalar(Steps(ci).Single(s => Scalar(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true), "with", "dotnet-version"));
    }

    [Fact]
    public void Pull_requests_install_chromium_with_apt_so_the_browser_tests_run_instead_of_failing()
    {
        var commands = Commands(Workflow("ci.yml"));

        var install = commands.FindIndex(c => c.Contains("apt-get install", StringComparison.Ordinal) && Regex.IsMatch(c, @"\bchromium\b"));
        Assert.InRange(install, 0, commands.IndexOf("dotnet test") - 1);
    }

    [Fact]
    public void Pushes_to_main_build_under_the_pages_address_and_deploy_with_the_official_actions()
    {
        var pages = Workflow("pages.yml");
        var uses = Uses(pages).Select(u => u.Split('@')[0]).ToList();

        Assert.Contains("main", ((YamlSequenceNode)Get(pages, "on", "push", "branches")!).Children.Select(c => c.ToString()));
        Assert.Equal("read", Scalar(pages, "permissions", "contents"));
        Assert.Equal("write", Scalar(pages, "permissions", "pages"));
        Assert.Equal("write", Scalar(pages, "permissions", "id-token"));
        Assert.Equal("pages", Scalar(pages, "concurrency", "group"));
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/cache", "actions/upload-artifact", "actions/upload-pages-artifact", "actions/deploy-pages"], uses);
        var upload = Steps(pages).Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        var build = Assert.Single(Commands(pages), c => c.StartsWith($"{Cli} build --edition public", StringComparison.Ordinal));
        // The site is built on every push, so with the optimized build rather than the default Debug one.
        Assert.Contains(Commands(pages, optimized: true), c => c.StartsWith("dotnet run -c Release --project src/PostmortemSite -- build", StringComparison.Ordinal));
        Assert.Matches(@"--output (\S+)", build);
        Assert.Equal(Regex.Match(build, @"--output (\S+)").Groups[1].Value, Scalar(upload, "with", "path"));
        Assert.Contains("--base-path \"${{ steps.pages.outputs.base_path }}/\"", build);
        Assert.Contains("--site-url \"${{ steps.pages.outputs.origin }}\"", build);
    }

    [Fact]
    public void Pages_get_only_the_public_edition_and_the_internal_one_stays_a_private_artifact()
    {
        var pages = Workflow("pages.yml");
        var commands = Commands(pages);
        var pagesPath = Scalar(Steps(pages).Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true), "with", "path");
        var artifactPath = Scalar(Steps(pages).Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true), "with", "path");
        var internalBuild = Assert.Single(commands, c => c.StartsWith($"{Cli} build --edition internal", StringComparison.Ordinal));
        var publicBuild = Assert.Single(commands, c => c.StartsWith($"{Cli} build --edition public", StringComparison.Ordinal));

        Assert.Equal(Regex.Match(publicBuild, @"--output (\S+)").Groups[1].Value, pagesPath);
        Assert.Equal(Regex.Match(internalBuild, @"--output (\S+)").Groups[1].Value, artifactPath);
        Assert.NotEqual(pagesPath, artifactPath);
        Assert.True(commands.IndexOf($"{Cli} check --edition public") is >= 0 and var check && check < commands.IndexOf(publicBuild), "the public edition is checked before it is built");
    }

    [Fact]
    public async Task Every_option_the_workflows_pass_is_one_the_command_accepts()
    {
        foreach (var name in new[] { "ci.yml", "pages.yml" })
        {
            foreach (var command in Commands(Workflow(name)).Where(c => c.StartsWith(Cli + " ", StringComparison.Ordinal)).Append($"{Cli} {Readme().First(c => c.StartsWith(Cli, StringComparison.Ordinal))[(Cli.Length + 1)..]}"))
            {
                var words = command[(Cli.Length + 1)..].Split(' ');
                var help = await CliRunner.RunAsync(words[0], "--help");
                Assert.Equal(0, help.ExitCode);
                foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
                {
                    Assert.Contains(option, help.Output);
                }
            }
        }
    }
}
