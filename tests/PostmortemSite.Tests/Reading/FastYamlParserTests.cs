using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Authoring;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Importing;
using PostmortemSite.Reading;
using PostmortemSite.Synthetic;
using PostmortemSite.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PostmortemSite.Tests.Reading;

/// <summary>
/// The fast front-matter parser must give exactly YamlDotNet's events (values, styles, marks) for every front matter we
/// write or generate, and decline everything else so that YamlDotNet, with its own errors and positions, takes over.
/// </summary>
public sealed class FastYamlParserTests
{
    public static readonly TheoryData<string> TrickyButSupported =
    [
        "title: \"a \\\"quoted\\\" back\\\\slash, tab\\t, \\x41\\u00e9\\0\\/\\ \\e\\N\\_\\L\\P\"\n",
        "title: 'it''s # not a comment'\n",
        "title: \"# not a comment either\"\n",
        "status: draft            # draft, in-review, published\n",
        "severity:\nsummary:   \ntrigger:               # the change\n",
        "root_cause:\n  category: database/index\n  trigger: y\n",
        "at: 10:30\nstarted: 2024-03-12T09:14:00+02:00\nb: x:,y\n",
        "ticket: https://jira.example.com/browse/OPS-1?x=1#frag\n",
        "title: Été 🔥 — ünïcode, 漢字\nquoted: \"🔥 fire\"\n",
        "title: x   \nservices: [a, b]   \nq: \"y\"  \n",
        "services: []\nteams: [ ]\ntags: [a,b , c]\nrelated: [\"a b\", 'c', -1, C#, don't]\n",
        "root_cause: { category: database/index }\nother: {category: x, trigger: \"y z\", 'k': v}\nempty: {}\n",
        "action_items:\n  - title: a\n    owner: b\n  - title: \"c\"\n    due: 2024-01-01\n",
        "items:\n  - a\n  - \"b\"\n  -   c: d\n      e: f\n  - [g, h]\nz: 1\n",
        "# top comment\n\na: b\n\n  # indented comment\nc:\n  # comment before nested\n  d: e\n\n",
        "a: b # c\nb: value with 'quotes' and \"dq\" inside\nc: C#\nd: -1\ne: ~\nf: null\ng: yes\n",
        "key with spaces: v\na  : b\n",
        "a:\n  b:\n    c: d\n  e: f\ng:\n  - h:\n      i: j\n    k: l\n",
        "a: [b]  # comment\nb: \"\"\nc: ''\nd: '\\not an escape'\n",
        "a: b\n   \n\n",
        "imported:\n  source: legacy/x.txt\n  guessed:\n    - \"date\"\n    - title\n",
    ];

    public static readonly TheoryData<string> Unsupported =
    [
        "a: |\n  text\n", "a: >\n  text\n", "a: &x b\nc: *x\n", "a: !!str b\n", "a: b\n  c\n", "a: \"b\n  c\"\n", "a: 'b\n  c'\n",
        "a:\tb\n", "\ta: b\n", "? a\n: b\n", "a: b\n---\nc: d\n", "%YAML 1.1\n---\na: b\n", "a: b\na: c\n", "a:\n- b\n",
        "- a\n- b\n", "just text\n", "a: b: c\n", "a: [b,\n  c]\n", "a: [b, [c]]\n", "a: [b, ]\n", "a: [b, , c]\n", "a: {b: c, }\n",
        "\"q\": 1\n", "  a: b\n", "a: b\n  c: d\n", "a:\n    b: c\n  d: e\n", "a: \"\\q\"\n", "a: \"\\ud800\"\n", "a: b\r\nc: d\r\n",
        "", "\n", "# only a comment\n", "a: b", "a: \"x\"y\n", "a: - b\n", "a: @b\n", "a: `b\n", "a: \"x\\\n  y\"\n", "a: [b: c]\n",
        "a: {b}\n", "a: {b:c}\n", "a: x\u0085y\n", "a: \uFEFFx\n", "a: \u0001\n", "a:\n  - \n", "a:\n  -\n", "a:\n  - - b\n",
        "a:\n  - b\n c: d\n", "a:\n  b\n", "a: 'x'#c\n", "... a: b\n",
    ];

    private static readonly string[] Fragments =
    [
        "\n", "  ", "    ", "a", "b c", ": ", ":", "- ", "-", "#", " # c", "\"", "'", "\\", "\\n", "\\x4", "[", "]", "{", "}", ",", "k: ",
        "key:\n", "  - ", "10:30", "é", "🔥", "|", ">", "&a ", "*a", "!", "?", "~", "---", "...", "\t", "\r", "%", "@", "`", "''", "\\u00",
    ];

    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    [Fact]
    public void Every_sample_postmortem_gives_yamldotnets_events()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameEventsAsYamlDotNet(Path.GetFileName(file), FrontMatter.Split(File.ReadAllText(file)).Yaml!);
        }
    }

    [Fact]
    public void Every_generated_postmortem_gives_yamldotnets_events()
    {
        foreach (var (path, text) in new SyntheticLibrary(TaxonomyReader.Default).GenerateMarkdown(300, seed: 11))
        {
            AssertSameEventsAsYamlDotNet(path, FrontMatter.Split(text).Yaml!);
        }
    }

    [Theory]
    [InlineData("Checkout 502s after \"config\" push: #2 \\ retry", "database/index")]
    [InlineData("Été 🔥", null)]
    public void The_new_command_template_gives_yamldotnets_events(string title, string? category)
    {
        var created = PostmortemTemplate.Create(TaxonomyReader.Default, title, category, new DateOnly(2024, 3, 12));

        AssertSameEventsAsYamlDotNet(created.RelativePath, FrontMatter.Split(created.Text).Yaml!);
    }

    [Fact]
    public void Every_imported_postmortem_gives_yamldotnets_events()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Import"));

        Assert.NotEmpty(fixtures);
        foreach (var fixture in fixtures)
        {
            var name = Path.GetFileName(fixture);
            var extraction = Extractor.Extract(name, File.ReadAllText(fixture));
            var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());
            AssertSameEventsAsYamlDotNet(name, FrontMatter.Split(written).Yaml!);
        }
    }

    [Fact]
    public void Values_the_importer_escapes_give_yamldotnets_events()
    {
        string[] values = ["a \"b\" \\ c", "line\nbreak\ttab\rcr\0nul", "\u0001\u007F\u0085\u2028\uFEFF", "lone \uD800 surrogate", "yes", "ok: then # not a comment", " padded "];

        var yaml = string.Concat(values.Select((v, i) => $"k{i}: {YamlText.Quote(v)}\n"));

        AssertSameEventsAsYamlDotNet("escaped values", yaml);
    }

    [Fact]
    public void A_crlf_document_is_read_with_lf_line_ends_and_so_takes_the_fast_path()
    {
        var yaml = FrontMatter.Split("---\r\ntitle: x\r\nservices: [a, b]\r\n---\r\nbody\r\n").Yaml!;

        AssertSameEventsAsYamlDotNet("crlf", yaml);
    }

    [Theory]
    [MemberData(nameof(TrickyButSupported))]
    public void Tricky_but_ordinary_front_matter_gives_yamldotnets_events(string yaml) =>
        AssertSameEventsAsYamlDotNet(yaml, yaml);

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Anything_outside_the_subset_is_declined_for_yamldotnet_to_parse(string yaml) =>
        Assert.Null(FastYamlParser.TryParse(yaml));

    [Fact]
    public void Deeply_nested_text_is_declined_rather_than_recursed_into()
    {
        var yaml = string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i) + $"k{i}:\n"));

        Assert.Null(FastYamlParser.TryParse(yaml));
    }

    [Fact]
    public void Generated_simple_documents_give_yamldotnets_events()
    {
        var documents = Gen.Choose(0, int.MaxValue).Select(seed => SimpleDocument(new Random(seed))).ToArbitrary();

        Prop.ForAll(documents, yaml => SameEventsAsYamlDotNet(yaml, mustAccept: true)).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Fact]
    public void Whatever_yamlish_text_the_fast_parser_accepts_gives_yamldotnets_events()
    {
        var texts = Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts) + "\n").ToArbitrary();

        Prop.ForAll(texts, text => SameEventsAsYamlDotNet(text, mustAccept: false)).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void Damaged_simple_documents_are_declined_or_give_yamldotnets_events()
    {
        // One inserted or deleted piece turns ordinary front matter into the near-misses a hand-written parser gets wrong.
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed => Damage(new Random(seed))).ToArbitrary();

        Prop.ForAll(damaged, yaml => SameEventsAsYamlDotNet(yaml, mustAccept: false)).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static string Damage(Random random)
    {
        var yaml = SimpleDocument(random);
        var at = random.Next(yaml.Length);
        return random.Next(3) == 0
            ? yaml.Remove(at, Math.Min(1 + random.Next(3), yaml.Length - at - 1))
            : yaml.Insert(at, Fragments[random.Next(Fragments.Length)]);
    }

    private static void AssertSameEventsAsYamlDotNet(string name, string yaml)
    {
        var fast = FastYamlParser.TryParse(yaml);
        Assert.True(fast is not null, $"{name}: the fast parser declined:\n{yaml}");
        var expected = Describe(new Parser(new StringReader(yaml)));
        var actual = Describe(fast);
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : "(nothing)";
            var got = i < actual.Count ? actual[i] : "(nothing)";
            Assert.True(want == got, $"{name}: event {i}: YamlDotNet gives\n  {want}\nbut the fast parser gives\n  {got}");
        }
    }

    /// <summary>True when the fast parser declines (unless it must accept) or agrees with YamlDotNet event by event; YamlDotNet failing on accepted text is a disagreement.</summary>
    private static bool SameEventsAsYamlDotNet(string yaml, bool mustAccept)
    {
        var fast = FastYamlParser.TryParse(yaml);
        if (fast is null)
        {
            return !mustAccept;
        }

        try
        {
            return Describe(new Parser(new StringReader(yaml))).SequenceEqual(Describe(fast));
        }
        catch (YamlException)
        {
            return false;
        }
    }

    /// <summary>Everything about each event that the representation model or a diagnostic can see.</summary>
    private static List<string> Describe(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var details = e switch
            {
                Scalar s => $"'{s.Value}' {s.Style} key={s.IsKey} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} tag={s.Tag} anchor={s.Anchor}",
                MappingStart m => $"{m.Style} implicit={m.IsImplicit} tag={m.Tag} anchor={m.Anchor}",
                SequenceStart s => $"{s.Style} implicit={s.IsImplicit} tag={s.Tag} anchor={s.Anchor}",
                DocumentStart d => $"implicit={d.IsImplicit} version={d.Version} tags={string.Join(",", d.Tags?.Select(t => t.Handle + "=" + t.Prefix) ?? [])}",
                DocumentEnd d => $"implicit={d.IsImplicit}",
                _ => "",
            };
            events.Add($"{e.GetType().Name} {At(e.Start)}-{At(e.End)} {details}");
        }

        return events;
    }

    private static string At(Mark mark) => $"{mark.Index}:{mark.Line}:{mark.Column}";

    private static readonly string[] PlainWords = ["checkout", "a b", "10:30", "https://x.y/z?q=1#f", "C#", "-1", "été 🔥", "yes", "~", "x:,y", "it's", "P2", "2024-03-12T09:14:00Z"];
    private static readonly string[] FlowWords = ["checkout", "a b", "-1", "C#", "é", "don't", "x.y/z"];
    private static readonly string[] QuotedPieces = ["a", " ", "\"", "'", "\\", "#", ": ", "\n", "\t", "é", "🔥", "\u0001"];

    /// <summary>A document in the supported subset, built the way people and our writers build front matter.</summary>
    private static string SimpleDocument(Random random)
    {
        var yaml = new StringBuilder();
        Mapping(yaml, random, indent: 0, depth: 0, firstPrefix: null);
        return yaml.ToString();
    }

    private static void Mapping(StringBuilder yaml, Random random, int indent, int depth, string? firstPrefix)
    {
        var count = 1 + random.Next(5);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(6) == 0)
            {
                yaml.Append(' ', random.Next(indent + 3)).Append(random.Next(2) == 0 ? "# a comment: [x]\n" : "\n");
            }

            yaml.Append(i == 0 && firstPrefix is not null ? firstPrefix : new string(' ', indent)).Append($"key{i}").Append(' ', random.Next(2)).Append(':');
            switch (random.Next(depth < 2 ? 7 : 4))
            {
                case 0:
                    yaml.Append(random.Next(2) == 0 ? "" : "   # empty").Append('\n');
                    break;
                case 1:
                    yaml.Append(' ').Append(random.Next(2) == 0 ? Quoted(random) : PlainWords[random.Next(PlainWords.Length)]).Append(Trailer(random));
                    break;
                case 2:
                    var items = Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(3) == 0 ? Quoted(random) : FlowWords[random.Next(FlowWords.Length)]);
                    yaml.Append(" [").Append(string.Join(random.Next(2) == 0 ? ", " : ",", items)).Append(']').Append(Trailer(random));
                    break;
                case 3:
                    yaml.Append(" { category: ").Append(FlowWords[random.Next(FlowWords.Length)]).Append(", trigger: ").Append(Quoted(random)).Append(" }\n");
                    break;
                case 4:
                    yaml.Append('\n');
                    Mapping(yaml, random, indent + 2, depth + 1, null);
                    break;
                case 5:
                    yaml.Append('\n');
                    for (var item = 0; item < 1 + random.Next(3); item++)
                    {
                        yaml.Append(' ', indent + 2).Append("- ").Append(Quoted(random)).Append(Trailer(random));
                    }

                    break;
                default:
                    yaml.Append('\n');
                    for (var item = 0; item < 1 + random.Next(3); item++)
                    {
                        Mapping(yaml, random, indent + 4, depth + 1, new string(' ', indent + 2) + "- ");
                    }

                    break;
            }
        }
    }

    private static string Trailer(Random random) => random.Next(3) switch
    {
        0 => "\n",
        1 => "   \n",
        _ => "  # note: [a, b] 'q'\n",
    };

    private static string Quoted(Random random)
    {
        var text = string.Concat(Enumerable.Range(0, random.Next(8)).Select(_ => QuotedPieces[random.Next(QuotedPieces.Length)]));
        return random.Next(2) == 0 || text.Any(char.IsControl) ? YamlText.Quote(text) : "'" + text.Replace("'", "''") + "'";
    }
}
