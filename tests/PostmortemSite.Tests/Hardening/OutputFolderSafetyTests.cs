using PostmortemSite.Tests.Support;
using PostmortemSite.Writing;

namespace PostmortemSite.Tests.Hardening;

/// <summary>
/// A build replaces only what it wrote itself: someone else's folder is refused, the user's files beside the site
/// survive, the input is never reached through a link, and a write cut off midway is finished by the next run.
/// </summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public OutputFolderSafetyTests()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/postmortems/2024-03-12-orders.md", SampleSite.Postmortem("Orders slow"));
        _temp.Write("input/postmortems/2024-04-01-dns.md", SampleSite.Postmortem("DNS down", date: "2024-04-01", category: "network/dns"));
    }

    private string Input => _temp.Combine("input");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_build_into_a_foreign_folder_is_refused_and_changes_nothing()
    {
        _temp.Write("docs/CNAME", "incidents.example.com\n");
        _temp.Write("docs/.git/HEAD", "ref: refs/heads/main\n");
        _temp.Write("docs/index.html", "<p>my own page</p>");
        var before = FileTree.Snapshot(_temp.Combine("docs"));

        var build = await Build("docs");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM030: the output folder", build.Error);
        Assert.Contains("--force", build.Error);
        Assert.Contains("Nothing was written", build.Error);
        AssertNoStackTrace(build);
        Assert.Equal(before, FileTree.Snapshot(_temp.Combine("docs")));
    }

    [Fact]
    public async Task Serve_into_a_foreign_folder_is_refused_before_anything_is_built_or_served()
    {
        _temp.Write("docs/CNAME", "incidents.example.com\n");
        var before = FileTree.Snapshot(_temp.Combine("docs"));

        var serve = await CliRunner.RunAsync("serve", "--input", Input, "--output", _temp.Combine("docs"), "--port", "0").WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, serve.ExitCode);
        Assert.Contains("error PM030", serve.Error);
        Assert.Equal(before, FileTree.Snapshot(_temp.Combine("docs")));
    }

    [Fact]
    public async Task Files_the_user_adds_to_the_output_folder_survive_rebuilds()
    {
        Assert.Equal(0, (await Build("docs")).ExitCode);
        _temp.Write("docs/CNAME", "incidents.example.com\n");
        _temp.Write("docs/.nojekyll", "");
        _temp.Write("docs/.git/config", "[core]\n");
        _temp.Write("docs/incidents/notes.txt", "mine");
        File.Delete(_temp.Combine("input", "postmortems", "2024-04-01-dns.md"));

        var rebuild = await Build("docs");

        Assert.True(rebuild.ExitCode == 0, rebuild.All);
        Assert.Equal("incidents.example.com\n", _temp.Read("docs/CNAME"));
        Assert.True(File.Exists(_temp.Combine("docs", ".nojekyll")));
        Assert.Equal("[core]\n", _temp.Read("docs/.git/config"));
        Assert.Equal("mine", _temp.Read("docs/incidents/notes.txt"));
        Assert.False(Directory.Exists(_temp.Combine("docs", "incidents", "2024-04-01-dns")), "the removed incident's page is removed");
        Assert.True(File.Exists(_temp.Combine("docs", "incidents", "2024-03-12-orders", "index.html")));
    }

    [Fact]
    public async Task With_force_a_foreign_folder_gets_the_site_and_keeps_every_other_file()
    {
        _temp.Write("docs/CNAME", "incidents.example.com\n");
        _temp.Write("docs/index.html", "<p>my own page</p>");

        var forced = await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine("docs"), "--force");
        var again = await Build("docs");

        Assert.True(forced.ExitCode == 0, forced.All);
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Equal("incidents.example.com\n", _temp.Read("docs/CNAME"));
        Assert.Contains("Orders slow", _temp.Read("docs/index.html"));
    }

    [Fact]
    public async Task A_file_of_the_users_where_a_new_page_goes_is_refused_and_nothing_changes()
    {
        Assert.Equal(0, (await Build("docs")).ExitCode);
        _temp.Write("docs/incidents/2024-05-05-queue/index.html", "<p>my notes on the queue incident</p>");
        _temp.Write("input/postmortems/2024-05-05-queue.md", SampleSite.Postmortem("Queue stuck", date: "2024-05-05"));
        var before = FileTree.Snapshot(_temp.Combine("docs"));

        var build = await Build("docs");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM031: 'incidents/2024-05-05-queue/index.html' in the output folder was not written by PostmortemSite", build.Error);
        Assert.Contains("left untouched", build.Error);
        Assert.Equal(before, FileTree.Snapshot(_temp.Combine("docs")));
    }

    [Fact]
    public async Task A_link_inside_the_output_folder_is_never_written_through()
    {
        Assert.Equal(0, (await Build("docs")).ExitCode);
        Directory.Delete(_temp.Combine("docs", "incidents"), recursive: true);
        Directory.CreateSymbolicLink(_temp.Combine("docs", "incidents"), Input);
        var input = FileTree.Snapshot(Input);

        var build = await Build("docs");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM031: 'incidents' in the output folder is a symbolic link", build.Error);
        Assert.Equal(input, FileTree.Snapshot(Input));
    }

    public static TheoryData<string> Commands => new() { "build", "serve" };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_output_folder_that_links_to_the_input_is_refused_and_the_input_kept(string command)
    {
        Directory.CreateSymbolicLink(_temp.Combine("out"), Input);
        var before = FileTree.Snapshot(Input);

        string[] port = command == "serve" ? ["--port", "0"] : [];
        var result = await CliRunner.RunAsync([command, "--input", Input, "--output", _temp.Combine("out"), .. port]).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PM032: the output folder", result.Error);
        Assert.Contains("overlaps the input folder", result.Error);
        AssertNoStackTrace(result);
        Assert.Equal(before, FileTree.Snapshot(Input));
    }

    [Fact]
    public async Task An_input_folder_that_links_to_the_output_is_refused_and_the_library_kept()
    {
        Directory.Move(Input, _temp.Combine("real"));
        Directory.CreateSymbolicLink(Input, _temp.Combine("real"));
        var before = FileTree.Snapshot(_temp.Combine("real"));

        var build = await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine("real"));

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM032", build.Error);
        Assert.Equal(before, FileTree.Snapshot(_temp.Combine("real")));
    }

    [Fact]
    public async Task A_link_anywhere_along_the_output_path_is_followed_before_comparing()
    {
        Directory.CreateSymbolicLink(_temp.Combine("up"), _temp.Path);
        var before = FileTree.Snapshot(Input);

        var build = await CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine("up", "input", "site"));

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error PM032", build.Error);
        Assert.Equal(before, FileTree.Snapshot(Input));
    }

    [Fact]
    public async Task Check_never_writes_so_an_output_folder_inside_the_input_is_no_error_for_it()
    {
        var check = await CliRunner.RunAsync("check", "--input", Input, "--output", _temp.Combine("input", "output"));

        Assert.True(check.ExitCode == 0, check.All);
        Assert.False(Directory.Exists(_temp.Combine("input", "output")));
    }

    [Fact]
    public async Task A_failed_build_with_no_previous_site_does_not_claim_one_was_kept()
    {
        _temp.Write("input/postmortems/broken.md", "---\ntitle: [unclosed\n---\n");

        var build = await Build("site");

        Assert.Equal(1, build.ExitCode);
        Assert.DoesNotContain("untouched", build.Error);
        Assert.Contains("Nothing was written", build.Error);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    public static TheoryData<string, string> UnusableOutputs => new()
    {
        { "", "no output folder was given" },
        { "a-file", "is a file, not a folder" },
        { "a-file/site", "cannot write the output folder" },
    };

    [Theory]
    [MemberData(nameof(UnusableOutputs))]
    public async Task An_unusable_output_folder_is_a_located_error_that_leaves_no_staging_behind(string output, string message)
    {
        _temp.Write("a-file", "not a folder");
        var path = output.Length == 0 ? "" : _temp.Combine(output);

        var build = await CliRunner.RunAsync("build", "--input", Input, "--output", path);
        var serve = await CliRunner.RunAsync("serve", "--input", Input, "--output", path, "--port", "0").WaitAsync(TimeSpan.FromMinutes(2));

        foreach (var result in new[] { build, serve })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error PM033", result.Error);
            Assert.Contains(message, result.Error);
            AssertNoStackTrace(result);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path, "*staging*", SearchOption.AllDirectories));
        Assert.Equal("not a folder", _temp.Read("a-file"));
    }

    [Fact]
    public async Task A_write_cut_off_while_moving_files_into_place_is_finished_by_the_next_run_even_a_failing_one()
    {
        Assert.Equal(0, (await Build("site")).ExitCode);
        _temp.Write("site/CNAME", "mine\n");
        _temp.Write("input/postmortems/2024-05-05-queue.md", SampleSite.Postmortem("Queue stuck", date: "2024-05-05"));
        Assert.Equal(0, (await Build("next")).ExitCode);
        var next = FileTree.Snapshot(_temp.Combine("next"));
        // The state a kill leaves in the middle of a commit: the staging folder is complete (its manifest is written
        // last) and half of its files have been moved into place.
        CopyFolder(_temp.Combine("next"), _temp.Combine("site", SiteWriter.StagingName));
        var staged = Directory.GetFiles(_temp.Combine("site", SiteWriter.StagingName), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in staged.Take(staged.Count / 2))
        {
            var target = _temp.Combine("site", Path.GetRelativePath(_temp.Combine("site", SiteWriter.StagingName), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }

        _temp.Write("input/postmortems/broken.md", "---\ntitle: [unclosed\n---\n");
        var failing = await Build("site");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("The previous site in", failing.Error);
        Assert.Equal(next, FileTree.Snapshot(_temp.Combine("site"), p => p == "CNAME"));
        Assert.Equal("mine\n", _temp.Read("site/CNAME"));
    }

    [Fact]
    public async Task A_write_cut_off_while_staging_is_discarded_and_the_previous_site_kept()
    {
        Assert.Equal(0, (await Build("site")).ExitCode);
        var before = FileTree.Snapshot(_temp.Combine("site"));
        _temp.Write("site/" + SiteWriter.StagingName + "/index.html", "<p>half a new site, no manifest yet</p>");
        _temp.Write("input/postmortems/broken.md", "---\ntitle: [unclosed\n---\n");

        var failing = await Build("site");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("The previous site in", failing.Error);
        Assert.Equal(before, FileTree.Snapshot(_temp.Combine("site")));
    }

    [Fact]
    public async Task The_output_folder_itself_is_never_moved_so_there_is_no_moment_without_a_site()
    {
        Assert.Equal(0, (await Build("site")).ExitCode);
        using var watcher = new FileSystemWatcher(_temp.Path) { NotifyFilter = NotifyFilters.DirectoryName, IncludeSubdirectories = false };
        var moved = new List<string>();
        watcher.Renamed += (_, e) => { lock (moved) { moved.Add(e.OldName + " -> " + e.Name); } };
        watcher.Deleted += (_, e) => { lock (moved) { moved.Add("deleted " + e.Name); } };
        watcher.EnableRaisingEvents = true;
        _temp.Write("input/postmortems/2024-05-05-queue.md", SampleSite.Postmortem("Queue stuck", date: "2024-05-05"));

        Assert.Equal(0, (await Build("site")).ExitCode);
        // A marker created after the build; its event arrives after every event of the build.
        var marker = new TaskCompletionSource();
        watcher.Created += (_, e) => { if (e.Name == "marker") { marker.TrySetResult(); } };
        Directory.CreateDirectory(_temp.Combine("marker"));
        await marker.Task.WaitAsync(TimeSpan.FromMinutes(1));

        lock (moved)
        {
            Assert.DoesNotContain(moved, m => m.Contains("site", StringComparison.Ordinal));
        }
    }

    private Task<CliResult> Build(string output) => CliRunner.RunAsync("build", "--input", Input, "--output", _temp.Combine(output));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    internal static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Unhandled", result.All);
        Assert.DoesNotContain("Exception", result.All);
    }
}
