using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>
/// Content that is well formed but hostile: control characters, aliases that repeat a value, Markdown attribute
/// syntax carrying event handlers. The build finishes, says what it changed or refused, and writes nothing that runs.
/// </summary>
public sealed partial class ContentHardeningTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ContentHardeningTests() => _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

    public static TheoryData<string> ControlCharacters => new() { "\\x01", "\\x1b", "\\x7f", "\\x85", "\\uFFFE", "\\b" };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task A_control_character_in_a_value_is_replaced_with_a_located_warning_and_every_file_stays_readable(string escape)
    {
        _temp.Write("input/ctrl.md", $"---\ntitle: \"Ctrl {escape} in title\"\ndate: 2024-01-01\nsummary: \"sum{escape}mary\"\nservices: [\"svc{escape}\"]\nroot_cause:\n  category: database/index\n---\nbody\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("ctrl.md:2:8: warning PM041", build.Error);
        Assert.Contains("ctrl.md:4:10: warning PM041", build.Error);
        Assert.Equal("Ctrl \uFFFD in title", Page("site/incidents/ctrl/index.html").QuerySelector("h1")!.TextContent);
        AssertEveryFileParses();
    }

    [Fact]
    public async Task Control_characters_typed_into_the_file_are_replaced_in_the_body_and_in_a_legacy_document()
    {
        _temp.Write("input/raw.md", "---\ntitle: Raw\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\nbody\n\nline with \u0001 and \u0002\n");
        _temp.Write("input/legacy.md", "Incident Report: Legacy \u0001 title\nDate: March 3, 2024\n\nRoot Cause:\nThe index was dropped.\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.Contains("raw.md:9:11: warning PM041: 2 control characters", build.Error);
        Assert.Contains("legacy.md:1:25: warning PM041: a control character", build.Error);
        Assert.Contains("line with \uFFFD and \uFFFD", _temp.Read("site/incidents/raw/index.html"));
        AssertEveryFileParses();
    }

    [Fact]
    public async Task A_bad_value_reached_through_nine_aliases_gives_one_diagnostic()
    {
        _temp.Write("input/laughs.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nx: &a [lol, lol]\ntags: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\nbody\n");

        var check = await CliRunner.RunAsync("check", "--input", _temp.Combine("input"));

        Assert.Equal(1, check.ExitCode);
        Assert.Single(Regex.Matches(check.Error, "error PM003: 'tags' has the wrong shape"));
    }

    [Fact]
    public async Task Aliases_that_multiply_a_value_past_the_limit_are_refused_at_the_alias_that_crosses_it()
    {
        var entries = string.Concat(Enumerable.Repeat("  - time: 2024-01-01T10:00:00Z\n    text: *s\n", 40));
        _temp.Write("input/alias.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nsummary: &s " + new string('y', 300_000) + "\ntimeline:\n" + entries + "---\nbody\n");

        var check = await CliRunner.RunAsync("check", "--input", _temp.Combine("input"));

        // 300,000 characters 28 times (the value and 27 aliases) is the first total past 8 MB; the 27th alias is on line 8 + 2 * 26 + 1.
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("alias.md:61:11: error PM040", check.Error);
        Assert.Contains("hint:", check.Error);
    }

    [Fact]
    public async Task Aliases_within_the_limit_are_read_as_before()
    {
        _temp.Write("input/alias.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\nx: &svc [checkout, payments]\nservices: *svc\n---\nbody\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        Assert.True(File.Exists(_temp.Combine("site", "services", "payments", "index.html")));
    }

    [Fact]
    public async Task A_root_cause_file_nested_70000_deep_is_refused_with_its_line()
    {
        _temp.Write("input/root-causes.yml", "categories:\n  - " + string.Concat(Enumerable.Repeat("- ", 70_000)) + "x\n");
        _temp.Write("input/a.md", SampleSite.Postmortem("A"));

        var check = await CliRunner.RunAsync("check", "--input", _temp.Combine("input"));

        Assert.Equal(1, check.ExitCode);
        Assert.Matches("root-causes.yml:2:[0-9]+: error PM001: root-causes.yml nests more than 64 levels deep", check.Error);
    }

    public static TheoryData<string, string> AttributeSyntax => new()
    {
        { "image", "![d](x.png){onerror=\"window.__pwned=1\"}" },
        { "heading", "# Heading {autofocus onfocus=\"window.__pwned=1\"}" },
        { "link", "[go](https://example.com/){onclick=\"window.__pwned=1\" style=\"position:fixed;inset:0\"}" },
        { "container", "::: warning {onmouseover=\"window.__pwned=1\" style=\"background:url(x)\"}\ntext\n:::" },
        { "fence", "```js {onclick=\"window.__pwned=1\" srcdoc=\"<script>x</script>\"}\ncode\n```" },
        { "paragraph", "{onclick=\"window.__pwned=1\" formaction=\"javascript:x\" data-search-box}\nA paragraph." },
        { "table", "| a | b |\n|---|--:|\n| 1 | 2 |\n{onclick=\"window.__pwned=1\"}" },
        { "media", "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)" },
        { "uri", "[x](javascript:alert(1)){href=\"javascript:alert(2)\"} ![y](x.png){src=\"data:text/html,<script>alert(3)</script>\"}" },
    };

    [Theory]
    [MemberData(nameof(AttributeSyntax))]
    public async Task Markdown_attribute_syntax_leaves_no_attribute_that_can_run_script(string name, string markdown)
    {
        _temp.Write($"input/{name}.md", $"---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n## Summary\n\n{markdown}\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        var main = Page($"site/incidents/{name}/index.html").QuerySelector("main")!;
        foreach (var element in main.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || a.Name is "autofocus" or "srcdoc" or "formaction" || a.Name.StartsWith("data-", StringComparison.Ordinal)
                || (a.Name == "style" && !AlignmentOnly().IsMatch(a.Value))
                || (a.Name is "href" or "src" && Regex.IsMatch(a.Value, "^\\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase)));
            Assert.DoesNotContain(element.LocalName, new[] { "iframe", "script", "object", "embed", "form", "svg" });
        }
    }

    [Fact]
    public async Task Table_alignment_and_task_lists_survive_the_allow_list()
    {
        _temp.Write("input/ordinary.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n# Heading {#custom .note}\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        var main = Page("site/incidents/ordinary/index.html").QuerySelector("main")!;
        Assert.Equal("text-align: right;", main.QuerySelector("td:last-child")!.GetAttribute("style"));
        Assert.Equal(2, main.QuerySelectorAll("input[type=checkbox][disabled]").Length);
        Assert.NotNull(main.QuerySelector("h1#custom.note"));
    }

    [Fact]
    public async Task Every_page_carries_a_policy_that_allows_only_the_sites_own_script_files()
    {
        _temp.Write("input/a.md", SampleSite.Postmortem("A"));

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        foreach (var file in Directory.EnumerateFiles(_temp.Combine("site"), "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var policy = document.QuerySelector("head meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.True(policy is not null, $"{file} has no Content-Security-Policy");
            Assert.Contains("script-src 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Same(document.Head!.Children.First(e => e.LocalName == "meta" && e.HasAttribute("http-equiv")), document.Head.Children[1]);
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        }
    }

    [Fact]
    public async Task Services_and_tags_whose_names_differ_get_pages_of_their_own()
    {
        _temp.Write("input/one.md", SampleSite.Postmortem("One", services: "[中文, a b]", tags: "[x y]"));
        _temp.Write("input/two.md", SampleSite.Postmortem("Two", services: "[中国, a-b]", tags: "[x-y]"));

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        foreach (var (id, links) in new[] { ("one", "services"), ("one", "tags"), ("two", "services"), ("two", "tags") })
        {
            // Each badge on an incident page leads to a page that lists that incident and not the other.
            var other = id == "one" ? "two" : "one";
            foreach (var badge in Page($"site/incidents/{id}/index.html").QuerySelectorAll($"a.badge[href*='{links}/']"))
            {
                var href = Uri.UnescapeDataString(badge.GetAttribute("href")!);
                var target = href[href.IndexOf(links + "/", StringComparison.Ordinal)..];
                var list = Page(Path.Combine("site", target, "index.html")).QuerySelector("main")!.InnerHtml;
                Assert.Contains($"incidents/{id}/", list);
                Assert.DoesNotContain($"incidents/{other}/", list);
            }
        }

        Assert.Equal(4, Directory.GetDirectories(_temp.Combine("site", "services")).Length);
    }

    [Fact]
    public async Task A_page_lists_the_first_2000_timeline_events_and_says_how_many_it_left_out()
    {
        var events = string.Concat(Enumerable.Range(0, 2500).Select(i => $"  - time: 2024-01-01T{i / 60 % 24:00}:{i % 60:00}:00Z\n    text: event {i}\n"));
        _temp.Write("input/long.md", "---\ntitle: T\ndate: 2024-01-01\nroot_cause:\n  category: database/index\ntimeline:\n" + events + "---\nbody\n");

        var build = await Build();

        Assert.True(build.ExitCode == 0, build.All);
        var page = Page("site/incidents/long/index.html");
        Assert.Equal(2000, page.QuerySelectorAll("ol.timeline > li").Length);
        Assert.Contains("event 1999", page.QuerySelector("ol.timeline > li:last-child")!.TextContent);
        Assert.Contains("The timeline has 2,500 events; the first 2,000 are shown here and 500 are left out.", page.QuerySelector(".timeline-cut")!.TextContent);
        using var api = JsonDocument.Parse(_temp.Read("site/api/incidents.json"));
        Assert.Contains(api.RootElement.EnumerateArray(), i => i.GetProperty("timeline").GetArrayLength() == 2500);
    }

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("^text-align: (left|right|center);$")]
    private static partial Regex AlignmentOnly();

    private AngleSharp.Dom.IDocument Page(string relative) => new HtmlParser().ParseDocument(_temp.Read(relative));

    /// <summary>Every XML, JSON and HTML file the build wrote is readable by a strict parser of its format.</summary>
    private void AssertEveryFileParses()
    {
        foreach (var file in Directory.EnumerateFiles(_temp.Combine("site"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.True(text.IndexOfAny([.. Enumerable.Range(1, 8).Select(c => (char)c), '\u000B', '\u000C', '\u001B', '\uFFFE']) < 0, $"{file} holds a control character");
            switch (Path.GetExtension(file))
            {
                case ".xml":
                    XDocument.Parse(text);
                    break;
                case ".json":
                    using (JsonDocument.Parse(text))
                    {
                    }

                    break;
            }
        }
    }

    private Task<CliResult> Build() => CliRunner.RunAsync("build", "--input", _temp.Combine("input"), "--output", _temp.Combine("site"));
}
