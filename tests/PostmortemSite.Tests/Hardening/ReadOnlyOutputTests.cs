using System.Diagnostics;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>
/// An output folder nobody may write: a located PM033, no stack trace, nothing left behind, the old site kept.
/// Permission bits do not stop root, so when the tests run as root the folder is also made immutable with chattr.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ReadOnlyOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _locked = [];

    public ReadOnlyOutputTests()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/postmortems/2024-03-12-orders.md", SampleSite.Postmortem("Orders slow"));
    }

    private string Input => _temp.Combine("input");

    public void Dispose()
    {
        foreach (var folder in _locked)
        {
            Unlock(folder);
        }

        _temp.Dispose();
    }

    [Fact]
    public async Task A_read_only_output_folder_holding_a_site_is_a_located_error_and_the_site_is_kept()
    {
        var site = _temp.Combine("site");
        Assert.Equal(0, (await CliRunner.RunAsync("build", "--input", Input, "--output", site)).ExitCode);
        _temp.Write("input/postmortems/2024-04-01-dns.md", SampleSite.Postmortem("DNS down", date: "2024-04-01", category: "network/dns"));
        var before = Snapshot(site);
        Lock(site);

        var build = await CliRunner.RunAsync("build", "--input", Input, "--output", site);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM033", build.Error);
        OutputFolderSafetyTests.AssertNoStackTrace(build);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public async Task A_new_output_folder_under_a_read_only_folder_is_a_located_error_that_creates_nothing()
    {
        var parent = _temp.Combine("locked");
        Directory.CreateDirectory(parent);
        Lock(parent);

        var build = await CliRunner.RunAsync("build", "--input", Input, "--output", Path.Combine(parent, "site"));

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM033", build.Error);
        OutputFolderSafetyTests.AssertNoStackTrace(build);
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    private void Lock(string folder)
    {
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        if (IsRoot)
        {
            // Root ignores permission bits; an immutable folder refuses it too. CI runs as root, so chattr must work there.
            Assert.Equal(0, Chattr("+i", folder));
        }

        _locked.Add(folder);
    }

    private static void Unlock(string folder)
    {
        if (IsRoot)
        {
            Chattr("-i", folder);
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int Chattr(string flag, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, folder]) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
