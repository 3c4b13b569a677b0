using System.Text;
using AngleSharp.Html.Parser;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>
/// Each hostile file sits beside one valid postmortem. Whatever it holds, check and build report it with file, line and a hint,
/// never a stack trace; the valid incident is still read; a failing build leaves the previous site as it was.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Valid = "---\ntitle: Valid\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\nbody\n";

    private readonly TempFolder _temp = new();

    public HostileInputTests()
    {
        _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        _temp.Write("input/valid.md", Valid);
    }

    public static TheoryData<string, string, string> Failing => new()
    {
        // file name, content, expected "file:line: ... code" fragment
        { "tabs.md", "---\ntitle: T\nroot_cause:\n\tcategory: database/index\n---\n", "tabs.md:4:1: error PM001" },
        { "unclosed.md", "---\ntitle: \"never closed\ndate: 2024-01-01\n---\n", "unclosed.md:2:" },
        { "dupkey.md", "---\ntitle: A\ntitle: B\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n", "error PM001: invalid YAML: Duplicate key title" },
        { "wrongtype.md", "---\ntitle: [a, b]\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n", "wrongtype.md:2:8: error PM003: 'title' has the wrong shape" },
        { "wrongnumber.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nimpact:\n  users_affected_pct: lots\n---\n", "wrongnumber.md:7:23: error PM003: 'users_affected_pct' is not a number" },
        { "zeroduration.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nduration_minutes: -5\n---\n", "zeroduration.md:6:1: error PM003: 'duration_minutes' must be more than 0 and at most 525600 (a year), not -5" },
        { "hugeduration.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nduration_minutes: 1e300\n---\n", "hugeduration.md:6:1: error PM003: 'duration_minutes' must be more than 0 and at most 525600" },
        { "wrongmap.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause: database/index\n---\n", "wrongmap.md:4:13: error PM003: 'root_cause' has the wrong shape" },
        { "empty.md", "", "empty.md:1:1: error PM022: the file is empty" },
        { "traversal.md", "---\nid: ../../etc/passwd\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n", "traversal.md:2:1: error PM012" },
        { "absolute.md", "---\nid: /tmp/evil\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n", "absolute.md:2:1: error PM012" },
        { "CON.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n", "CON.md:1:1: error PM012: id 'con'" },
        { "nested.md", Valid + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- x\n")), "nested.md:89:1: error PM020" },
        { "brackets.md", Valid + new string('[', 50000) + "\n", "brackets.md:7:1: error PM020" },
        { "deep-block.md", Front("deep:\n  " + string.Concat(Enumerable.Repeat("- ", 70_000)) + "x\n"), "deep-block.md:7:129: error PM001: the front matter nests more than 64 levels deep" },
        { "deep-flow.md", Front("deep: " + new string('[', 60_000) + new string(']', 60_000) + "\n"), "deep-flow.md:6:70: error PM001: the front matter nests more than 64 levels deep" },
        { "deep-mapping.md", Front(string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + $"k{i}:\n"))), "deep-mapping.md:70:129: error PM001" },
        { "alias-blowup.md", Front("summary: &s " + new string('y', 300_000) + "\ntimeline:\n" + string.Concat(Enumerable.Repeat("  - time: 2024-01-01T10:00:00Z\n    text: *s\n", 15_000))), "alias-blowup.md:61:11: error PM040: the front matter expands to more than 8 MB" },
        { "laughs.md", Front("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat("bcdefghi".Select((c, i) => $"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + "abcdefghi"[i], 9))}]\n"))), "error PM040" },
    };

    /// <summary>Front matter with the required fields, then <paramref name="yaml"/> from line 6.</summary>
    private static string Front(string yaml) => "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n" + yaml + "---\nbody\n";

    [Theory]
    [MemberData(nameof(Failing))]
    public async Task A_hostile_file_fails_the_build_with_a_located_diagnostic_and_keeps_the_previous_site(string name, string content, string expected)
    {
        var before = await BuildValidSiteAsync();
        _temp.Write("input/" + name, content);

        var check = await Check();
        var build = await Build();

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains(expected, check.Error);
        Assert.Contains("hint:", check.Error);
        Assert.Contains("Checked 1 incidents", check.Output);
        AssertNoStackTrace(check);
        AssertNoStackTrace(build);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_binary_file_is_refused_as_binary()
    {
        File.WriteAllBytes(_temp.Combine("input", "image.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48]);

        var check = await Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("image.md:1:1: error PM017: the file is binary", check.Error);
        AssertNoStackTrace(check);
    }

    [Fact]
    public async Task A_20_megabyte_file_is_refused_quickly_without_reading_it_into_the_site()
    {
        var line = new string('x', 1023) + "\n";
        File.WriteAllText(_temp.Combine("input", "huge.md"), Valid + string.Concat(Enumerable.Repeat(line, 20 * 1024)));

        var check = await Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("huge.md:1:1: error PM021: the file is 20 MB", check.Error);
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "utf8-bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Incident("Café outage"))] },
        { "utf16-le.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Incident("Café outage"))] },
        { "utf16-be.md", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Incident("Café outage"))] },
        { "crlf.md", Encoding.UTF8.GetBytes(Incident("Café outage").Replace("\n", "\r\n")) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Byte_order_marks_utf16_and_crlf_are_read_as_ordinary_postmortems(string name, byte[] bytes)
    {
        File.WriteAllBytes(_temp.Combine("input", name), bytes);

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        var id = Path.GetFileNameWithoutExtension(name);
        var page = new HtmlParser().ParseDocument(_temp.Read($"site/incidents/{id}/index.html"));
        Assert.Equal("Café outage", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("2 h", page.QuerySelector("dl.facts")!.TextContent);
    }

    [Fact]
    public async Task Windows_1252_bytes_are_read_with_a_warning()
    {
        File.WriteAllBytes(_temp.Combine("input", "legacy.md"), Encoding.Latin1.GetBytes(Incident("Caf\u00e9 outage")));

        var build = await Build();

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("legacy.md:1:1: warning PM018", build.Error);
        Assert.Contains("Café outage", _temp.Read("site/incidents/legacy/index.html"));
    }

    [Fact]
    public async Task Ten_thousand_character_lines_are_fine()
    {
        _temp.Write("input/long.md", Incident("Long") + new string('a', 10_000) + "\n\n" + string.Join(' ', Enumerable.Repeat("word", 2500)) + "\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains(new string('a', 10_000), _temp.Read("site/incidents/long/index.html"));
    }

    [Fact]
    public async Task Ids_that_differ_only_by_case_collide()
    {
        _temp.Write("input/a/Outage.md", Incident("One"));
        _temp.Write("input/b/outage.md", Incident("Two"));

        var check = await Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("a/Outage.md:1:1: error PM007: id 'outage'", check.Error);
        Assert.Contains("b/outage.md:1:1: error PM007", check.Error);
    }

    [Fact]
    public async Task Markup_in_front_matter_strings_is_shown_as_text_everywhere()
    {
        _temp.Write("input/xss.md", """
            ---
            title: "<script>alert('title')</script>"
            date: 2024-01-01
            summary: "<img src=x onerror=alert('summary')>"
            root_cause:
              category: database/index
              trigger: "<svg onload=alert('trigger')>"
            services: ["<script>alert('service')</script>"]
            tags: ["\"><script>alert('tag')</script>"]
            action_items:
              - title: "<b onmouseover=alert('action')>x</b>"
                owner: "<script>alert('owner')</script>"
            ---
            body
            """);

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(_temp.Combine("site"), "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.Empty(document.QuerySelectorAll("b"));
        }

        Assert.Contains("<script>alert('title')</script>", parser.ParseDocument(_temp.Read("site/incidents/xss/index.html")).QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("<script>", _temp.Read("site/api/incidents.json"));
    }

    [Fact]
    public async Task A_symbolic_link_loop_under_input_is_skipped_with_a_warning()
    {
        Directory.CreateSymbolicLink(_temp.Combine("input", "loop"), _temp.Combine("input"));

        var build = await Build();

        Assert.Equal(0, build.ExitCode);
        Assert.Contains("loop:", build.Error);
        Assert.Contains("warning PM019: the folder 'loop' is a symbolic link", build.Error);
        Assert.True(File.Exists(_temp.Combine("site", "incidents", "valid", "index.html")));
    }

    public void Dispose() => _temp.Dispose();

    private static string Incident(string title) =>
        $"---\ntitle: {title}\ndate: 2024-01-01\nroot_cause:\n  category: database/index\ntimestamps:\n  started: 2024-01-01T10:00:00Z\n  resolved: 2024-01-01T12:00:00Z\n---\n## Summary\n\nText.\n";

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Unhandled", result.All);
        Assert.DoesNotContain("Exception", result.All);
    }

    private async Task<SortedDictionary<string, string>> BuildValidSiteAsync()
    {
        var result = await Build();
        Assert.True(result.ExitCode == 0, result.All);
        return Snapshot();
    }

    private SortedDictionary<string, string> Snapshot() => new(
        Directory.GetFiles(_temp.Combine("site"), "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(_temp.Path, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private Task<CliResult> Check() => CliRunner.RunAsync("check", "--input", _temp.Combine("input"));

    private Task<CliResult> Build() => CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));
}
