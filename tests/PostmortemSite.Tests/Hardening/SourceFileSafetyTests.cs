using System.Text;
using PostmortemSite.FileSystem;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>Only what lies under input/ is published, and no file can make a build hang or read without end.</summary>
public sealed class SourceFileSafetyTests : IDisposable
{
    private const string Secret = "SECRET-FROM-OUTSIDE-THE-INPUT";

    private readonly TempFolder _temp = new();

    public SourceFileSafetyTests()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/valid.md", SampleSite.Postmortem("Valid"));
        _temp.Write("outside/secret.md", SampleSite.Postmortem(Secret, body: Secret + "\n"));
        _temp.Write("outside/root-causes.yml", SampleSite.MinimalTaxonomy.Replace("Queries fell back to scans.", Secret));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_file_link_leading_outside_the_input_is_skipped_with_a_warning_and_publishes_nothing()
    {
        File.CreateSymbolicLink(_temp.Combine("input", "secret.md"), _temp.Combine("outside", "secret.md"));

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("secret.md: warning PM019: the file 'secret.md' is a symbolic link to a file outside the input folder", build.Error);
        AssertNothingFromOutside();
    }

    [Fact]
    public async Task A_link_to_a_link_that_leaves_the_input_is_skipped_too()
    {
        Directory.CreateSymbolicLink(_temp.Combine("input", "_private"), _temp.Combine("outside"));
        File.CreateSymbolicLink(_temp.Combine("input", "secret.md"), "_private/secret.md");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("warning PM019: the file 'secret.md'", build.Error);
        AssertNothingFromOutside();
    }

    [Fact]
    public async Task A_taxonomy_linked_from_outside_the_input_is_not_published()
    {
        File.Delete(_temp.Combine("input", "root-causes.yml"));
        File.CreateSymbolicLink(_temp.Combine("input", "root-causes.yml"), _temp.Combine("outside", "root-causes.yml"));

        var build = await Build();

        Assert.Contains("warning PM019: the file 'root-causes.yml'", build.Error);
        AssertNothingFromOutside();
    }

    [Fact]
    public async Task A_file_link_that_stays_inside_the_input_is_read()
    {
        _temp.Write("input/_shared/orders.md", SampleSite.Postmortem("Linked inside"));
        File.CreateSymbolicLink(_temp.Combine("input", "orders.md"), "_shared/orders.md");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("Linked inside", _temp.Read("site/incidents/orders/index.html"));
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_skipped_at_once()
    {
        File.CreateSymbolicLink(_temp.Combine("input", "zero.md"), "/dev/zero");

        var check = await Check();

        Assert.True(check.ExitCode == 0, check.All);
        Assert.Contains("warning PM019: the file 'zero.md'", check.Error);
    }

    [Fact]
    public async Task A_fifo_is_refused_at_once_with_a_diagnostic_instead_of_hanging_the_build()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and statx are Linux's; elsewhere a FIFO reports no length and is never opened.
        }

        FileTree.MakeFifo(_temp.Combine("input", "pipe.md"));

        // A guard against the hang this test is about, not a time limit: today's code never returns.
        var check = await Check().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("pipe.md:1:1: error PM034: the file is a FIFO (named pipe), not a regular file", check.Error);
        Assert.Contains("Checked 1 incidents", check.Output);
    }

    [Fact]
    public void Devices_and_fifos_are_told_from_regular_files_before_they_are_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        FileTree.MakeFifo(_temp.Combine("pipe"));

        Assert.Equal(FileKind.Device, FileKinds.Of("/dev/zero"));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(_temp.Combine("pipe")));
        Assert.Equal(FileKind.Regular, FileKinds.Of(_temp.Combine("input", "valid.md")));
    }

    [Fact]
    public async Task A_device_is_refused_even_when_it_lies_inside_the_input()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // With "/" as the input folder, /dev/zero lies inside it: only the file kind can stop it.
        var (bytes, problem) = await SourceFiles.ReadAsync("/", "/dev/zero", "zero.md", CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Null(bytes);
        Assert.Equal("PM034", problem!.Code);
    }

    [Fact]
    public async Task The_size_limit_holds_when_a_file_holds_more_than_it_reported()
    {
        var path = _temp.Combine("big.md");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(new string('x', SourceDecoder.MaxBytes + 10)));

        var bytes = await SourceFiles.ReadAtMostAsync(path, reported: 10, CancellationToken.None);
        var exact = await SourceFiles.ReadAtMostAsync(_temp.Combine("input", "valid.md"), reported: 10, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Equal(File.ReadAllBytes(_temp.Combine("input", "valid.md")), exact);
    }

    private void AssertNothingFromOutside()
    {
        foreach (var (path, bytes) in FileTree.RegularFiles(_temp.Combine("site")))
        {
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal), $"{path} holds text from outside the input folder");
        }
    }

    private Task<CliResult> Check() => CliRunner.RunAsync("check", "--input", _temp.Combine("input"));

    private Task<CliResult> Build() => CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));
}
