using System.Diagnostics;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Publishing;

/// <summary>The CLI ships as a .NET tool: packed, installed from a local folder without a network, and working anywhere.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_packed_tool_installs_offline_and_builds_a_site_with_its_built_in_theme_and_taxonomy()
    {
        using var temp = new TempFolder();
        var dotnet = DotnetHost();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var packages = temp.Combine("packages");

        // The test project already built the CLI in this configuration, so packing need not compile again.
        var pack = await RunAsync(dotnet, ["pack", Path.Combine(RepoPaths.Root, "src", "PostmortemSite", "PostmortemSite.csproj"), "--no-build", "-c", configuration, "-o", packages], RepoPaths.Root);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(packages, "PostmortemSite.*.nupkg"));

        // Only the local folder as a source: installing must not need the network. The package bundles its dependencies.
        var config = temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp.Combine("tools");
        var install = await RunAsync(dotnet, ["tool", "install", "PostmortemSite", "--tool-path", tools, "--configfile", config], temp.Path);
        Assert.True(install.ExitCode == 0, install.Output);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "postmortemsite.exe" : "postmortemsite");
        var version = await RunAsync(tool, ["--version"], temp.Path);
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(Path.GetFileNameWithoutExtension(package)["PostmortemSite.".Length..], version.Output.Trim());

        // A folder with no theme/ and no root-causes.yml: the tool must use what it carries inside.
        temp.Write("site/input/postmortems/2024-03-12-slow.md", SampleSite.Postmortem("Slow orders"));
        var build = await RunAsync(tool, ["build"], temp.Combine("site"));
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("prefers-color-scheme", temp.Read("site/output/assets/site.css"));
        Assert.Contains("Missing or ineffective index", temp.Read("site/output/incidents/2024-03-12-slow/index.html"));
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process
        : "dotnet";

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The installed tool's launcher looks for the runtime here when it is not in the default place.
        if (Path.IsPathRooted(DotnetHost()))
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetHost());
        }

        start.Environment["DOTNET_NOLOGO"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
