using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>
/// Whatever tree lies under input/ (links to files and folders inside and outside it, FIFOs, binary and empty files,
/// control characters, YAML nested thousands deep) and whatever the output folder already holds, a build: changes
/// nothing outside the output folder, keeps every file in it that it did not write, publishes no byte from outside
/// input/, and ends with exit code 0 or 1 and no stack trace. The real CLI runs in its own process, so a crash
/// (a stack overflow) is seen as one instead of ending the test run.
/// </summary>
public sealed class BuildFileTreePropertyTests
{
    private const string Secret = "OUTSIDE-INPUT-MARKER";

    public enum Entry
    {
        Valid,
        ControlCharacters,
        DeepBlockYaml,
        DeepFlowYaml,
        LinkToFileOutside,
        LinkToFileInside,
        LinkToFolderOutside,
        LinkLoop,
        Fifo,
        Binary,
        Empty,
        DanglingLink,
        LinkToDevZero,
        TaxonomyLinkedFromOutside,
    }

    public enum OutputSetup
    {
        Absent,
        Empty,
        ForeignFiles,
        EarlierSiteAndUserFiles,
        EarlierSiteWithALinkToTheInput,
    }

    public sealed record Case(Entry[] Entries, OutputSetup Output, int Depth, string Title)
    {
        public override string ToString() => $"{Output}: {string.Join(", ", Entries)} (depth {Depth}, title {Title.Length} chars)";
    }

    private static readonly string[] TitleFragments = ["Orders", " ", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\uFEFF", "é", "<b>", "&amp;", "\"", "'", "\t"];

    private static Arbitrary<Case> Cases =>
        (from entries in Gen.Elements(Enum.GetValues<Entry>()).ArrayOf().Where(a => a.Length is > 0 and <= 7)
         from output in Gen.Elements(Enum.GetValues<OutputSetup>())
         from depth in Gen.Elements(50, 3_000, 70_000)
         from title in Gen.Elements(TitleFragments).ArrayOf().Where(a => a.Length > 0).Select(string.Concat)
         select new Case(entries, output, depth, title)).ToArbitrary();

    [Fact]
    public void A_build_of_any_file_tree_touches_nothing_but_its_own_files_and_never_crashes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs are made with mkfifo(3).
        }

        Prop.ForAll(Cases, BuildsSafely).Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    private static bool BuildsSafely(Case @case)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var userFiles = SetUpOutput(temp, @case.Output);
        SetUpInput(temp, @case);
        var outsideBefore = FileTree.Snapshot(temp.Path, p => p == "out" || p.StartsWith("out/", StringComparison.Ordinal));
        var outputBefore = FileTree.Snapshot(output);

        var (exitCode, log) = RunBuild(temp);

        Assert.True(exitCode is 0 or 1, $"{@case}: exit code {exitCode}\n{log}");
        foreach (var trace in new[] { "   at ", "Unhandled", "Exception", "Stack overflow" })
        {
            Assert.False(log.Contains(trace, StringComparison.Ordinal), $"{@case}: '{trace}' in\n{log}");
        }

        Assert.Equal(outsideBefore, FileTree.Snapshot(temp.Path, p => p == "out" || p.StartsWith("out/", StringComparison.Ordinal)));
        var outputAfter = FileTree.Snapshot(output);
        foreach (var path in userFiles)
        {
            Assert.True(outputAfter.TryGetValue(path, out var now) && now == outputBefore[path], $"{@case}: the user's '{path}' was changed or removed\n{log}");
        }

        if (@case.Output == OutputSetup.ForeignFiles)
        {
            Assert.Equal(outputBefore, outputAfter);
        }

        foreach (var (path, bytes) in FileTree.RegularFiles(output))
        {
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal), $"{@case}: out/{path} holds text from outside input/");
        }

        return true;
    }

    /// <summary>Prepares the output folder; returns the paths in it that are the user's.</summary>
    private static List<string> SetUpOutput(TempFolder temp, OutputSetup setup)
    {
        switch (setup)
        {
            case OutputSetup.Absent:
                return [];
            case OutputSetup.Empty:
                Directory.CreateDirectory(temp.Combine("out"));
                return [];
            case OutputSetup.ForeignFiles:
                temp.Write("out/CNAME", "incidents.example.com\n");
                temp.Write("out/index.html", "<p>mine</p>");
                temp.Write("out/.git/HEAD", "ref: refs/heads/main\n");
                return ["CNAME", "index.html", ".git", ".git/HEAD"];
        }

        temp.Write("earlier/root-causes.yml", SampleSite.MinimalTaxonomy);
        temp.Write("earlier/a.md", SampleSite.Postmortem("Earlier"));
        var earlier = CliRunner.RunAsync("build", "--input", temp.Combine("earlier"), "--output", temp.Combine("out")).GetAwaiter().GetResult();
        Assert.True(earlier.ExitCode == 0, earlier.All);
        Directory.Delete(temp.Combine("earlier"), recursive: true);
        temp.Write("out/CNAME", "incidents.example.com\n");
        temp.Write("out/.nojekyll", "");
        temp.Write("out/incidents/notes.txt", "mine");
        if (setup == OutputSetup.EarlierSiteWithALinkToTheInput)
        {
            Directory.Delete(temp.Combine("out", "tags"), recursive: true);
            Directory.CreateSymbolicLink(temp.Combine("out", "tags"), "../input");
            return ["CNAME", ".nojekyll", "incidents/notes.txt", "tags"];
        }

        return ["CNAME", ".nojekyll", "incidents/notes.txt"];
    }

    private static void SetUpInput(TempFolder temp, Case @case)
    {
        temp.Write("outside/secret.md", SampleSite.Postmortem(Secret, body: Secret + "\n"));
        temp.Write("outside/folder/secret.md", SampleSite.Postmortem(Secret + " in a folder", body: Secret + "\n"));
        temp.Write("outside/root-causes.yml", SampleSite.MinimalTaxonomy.Replace("Queries fell back to scans.", Secret));
        temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        temp.Write("input/valid.md", SampleSite.Postmortem("Valid"));
        for (var i = 0; i < @case.Entries.Length; i++)
        {
            var name = temp.Combine("input", $"e{i}.md");
            switch (@case.Entries[i])
            {
                case Entry.Valid:
                    temp.Write($"input/sub{i}/deeper/v{i}.md", SampleSite.Postmortem("Nested " + i));
                    break;
                case Entry.ControlCharacters:
                    temp.Write($"input/e{i}.md", SampleSite.Postmortem("\"" + @case.Title.Replace("\"", "'", StringComparison.Ordinal) + "\"", services: "[\"svc\u0001\"]", body: @case.Title + "\n"));
                    break;
                case Entry.DeepBlockYaml:
                    temp.Write($"input/e{i}.md", "---\ntitle: Deep\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nextra:\n" + string.Concat(Enumerable.Repeat("- ", @case.Depth)) + "x\n---\nbody\n");
                    break;
                case Entry.DeepFlowYaml:
                    temp.Write($"input/e{i}.md", "---\ntitle: Deep\ndate: 2024-01-01\nroot_cause:\n  category: database/index\ntags: " + new string('[', @case.Depth) + new string(']', @case.Depth) + "\n---\nbody\n");
                    break;
                case Entry.LinkToFileOutside:
                    File.CreateSymbolicLink(name, temp.Combine("outside", "secret.md"));
                    break;
                case Entry.LinkToFileInside:
                    File.CreateSymbolicLink(name, "valid.md");
                    break;
                case Entry.LinkToFolderOutside:
                    Directory.CreateSymbolicLink(temp.Combine("input", $"folder{i}"), temp.Combine("outside", "folder"));
                    break;
                case Entry.LinkLoop:
                    Directory.CreateSymbolicLink(temp.Combine("input", $"loop{i}"), ".");
                    break;
                case Entry.Fifo:
                    FileTree.MakeFifo(name);
                    break;
                case Entry.Binary:
                    File.WriteAllBytes(name, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]);
                    break;
                case Entry.Empty:
                    File.WriteAllBytes(name, []);
                    break;
                case Entry.DanglingLink:
                    File.CreateSymbolicLink(name, temp.Combine("nowhere", "x.md"));
                    break;
                case Entry.LinkToDevZero:
                    File.CreateSymbolicLink(name, "/dev/zero");
                    break;
                case Entry.TaxonomyLinkedFromOutside:
                    File.Delete(temp.Combine("input", "root-causes.yml"));
                    File.CreateSymbolicLink(temp.Combine("input", "root-causes.yml"), temp.Combine("outside", "root-causes.yml"));
                    break;
            }
        }
    }

    private static (int ExitCode, string Log) RunBuild(TempFolder temp)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "postmortemsite.dll"), "build", "--input", temp.Combine("input"), "--output", temp.Combine("out") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // A guard against a hang (a FIFO opened for reading), not a time limit on the build.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the build hung");
        }

        // A stack overflow prints thousands of frames; the first lines say what happened.
        var log = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        return (process.ExitCode, log.Length > 3000 ? log[..3000] + "…" : log);
    }
}
