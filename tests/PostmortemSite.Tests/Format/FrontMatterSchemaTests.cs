using System.Globalization;
using System.Text;
using PostmortemSite.Format;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Tests.Format;

/// <summary>
/// The schema is the one list of front-matter fields: the README's table is generated from it, the reader knows and
/// requires exactly what it says, and each field's binding is how the reader reads it and the emitter writes it.
/// </summary>
public sealed class FrontMatterSchemaTests
{
    private const string TableStart = "<!-- front-matter-fields: generated from Format/FrontMatterSchema.cs; regenerate with POSTMORTEMSITE_UPDATE_DOCS=1 dotnet test --filter FrontMatterSchemaTests -->";
    private const string TableEnd = "<!-- end of front-matter-fields -->";

    [Fact]
    public void The_readme_field_table_is_the_one_the_schema_generates()
    {
        var path = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no generated front-matter field table");

        var written = readme[(start + TableStart.Length)..end].Trim('\n');
        var generated = FrontMatterSchema.MarkdownTable().Trim('\n');
        if (written != generated && Environment.GetEnvironmentVariable("POSTMORTEMSITE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, readme[..(start + TableStart.Length)] + "\n" + generated + "\n" + readme[end..]);
            return;
        }

        Assert.Equal(generated, written);
    }

    [Fact]
    public void A_front_matter_of_every_field_in_the_schema_reads_without_a_warning()
    {
        var read = Read(ExampleFrontMatter(skip: null));

        Assert.NotNull(read.Postmortem);
        Assert.Empty(read.Diagnostics);
        Assert.Equal("Checkout latency from a missing index", read.Postmortem.Title);
        Assert.Equal(Model.ActionType.Prevent, read.Postmortem.ActionItems[0].Type);
        Assert.Equal(38, read.Postmortem.Impact.UsersAffectedPct);
    }

    [Fact]
    public void Each_required_field_of_the_schema_is_reported_missing_by_the_reader_and_no_other_is()
    {
        var required = Paths(FrontMatterSchema.Fields, "").Where(p => FrontMatterSchema.Field(p).Required).ToList();
        Assert.Equal(["title", "date", "root_cause", "root_cause.category", "action_items.title", "timeline.text"], required);

        foreach (var path in Paths(FrontMatterSchema.Fields, "").Where(p => FrontMatterSchema.Field(p).Example is not null))
        {
            var read = Read(ExampleFrontMatter(skip: path));

            var missing = read.Diagnostics.Where(d => d.Code == "PM002").ToList();
            var name = path.Split('.')[^1];
            if (required.Contains(path))
            {
                Assert.Contains(missing, d => d.Message.Contains($"'{name}'", StringComparison.Ordinal));
            }
            else
            {
                Assert.Empty(missing);
            }
        }
    }

    [Fact]
    public void A_misspelt_field_is_unknown_and_the_schema_supplies_the_suggestion()
    {
        var read = Read(ExampleFrontMatter(skip: null).Replace("severity:", "sevrity:", StringComparison.Ordinal));

        var warning = Assert.Single(read.Diagnostics, d => d.Code == "PM013");
        Assert.Equal("did you mean 'severity'?", warning.Hint);
    }

    [Fact]
    public void Every_field_of_the_schema_has_a_binding_of_the_kind_it_declares()
    {
        var unbound = new List<string>();
        void Walk(IReadOnlyList<FrontMatterField> fields, string prefix)
        {
            foreach (var field in fields)
            {
                if (field.Binding is not { } binding || binding.Kind != field.Kind)
                {
                    unbound.Add(prefix + field.Name);
                }
                else if (binding.WalksFields)
                {
                    Walk(field.Fields!, prefix + field.Name + ".");
                }
            }
        }

        Walk(FrontMatterSchema.Fields, "");

        Assert.True(unbound.Count == 0, "fields without a binding of their kind in FrontMatterSchema: " + string.Join(", ", unbound));
    }

    [Fact]
    public void A_postmortem_with_every_field_set_is_emitted_with_each_value_and_reads_back_equal()
    {
        var example = ExampleFrontMatter(skip: null);
        var read = Read(example).Postmortem!;

        var emitted = FrontMatterSchema.Write(new FrontMatterEmitter(), read).Close();
        var again = Read(emitted);

        Assert.Empty(again.Diagnostics);
        var examples = YamlRoot(example);
        var written = YamlRoot(emitted);
        foreach (var path in Paths(FrontMatterSchema.Fields, "").Where(p => FrontMatterSchema.Field(p) is { Example: not null, Fields: null }))
        {
            var node = Node(written, path);
            Assert.True(node is not null, $"the emitter does not write '{path}'");
            Assert.True(SameValue(FrontMatterSchema.Field(path).Kind, Node(examples, path)!, node), $"'{path}' is written as '{node}', not as its example '{Node(examples, path)}'");
        }

        AssertSameValues(FrontMatterSchema.Fields, read, again.Postmortem!, "");
    }

    /// <summary>Field by field through the bindings, lists and entries item by item (records compare lists by reference).</summary>
    private static void AssertSameValues(IReadOnlyList<FrontMatterField> fields, object expected, object actual, string prefix)
    {
        foreach (var field in fields)
        {
            var (want, got) = (field.Binding!.Value(expected), field.Binding.Value(actual));
            switch (field.Kind)
            {
                case FieldKind.Section when field.Binding.WalksFields:
                    AssertSameValues(field.Fields!, want!, got!, prefix + field.Name + ".");
                    break;
                case FieldKind.Entries:
                    var (wanted, gotten) = (((System.Collections.IEnumerable)want!).Cast<object>().ToList(), ((System.Collections.IEnumerable)got!).Cast<object>().ToList());
                    Assert.Equal(wanted.Count, gotten.Count);
                    for (var i = 0; i < wanted.Count; i++)
                    {
                        AssertSameValues(field.Fields!, wanted[i], gotten[i], $"{prefix}{field.Name}[{i}].");
                    }

                    break;
                case FieldKind.List:
                    Assert.Equal((IReadOnlyList<string>)want!, (IReadOnlyList<string>)got!);
                    break;
                default:
                    Assert.True(Equals(want, got), $"'{prefix}{field.Name}' read back as '{got}', not '{want}'");
                    break;
            }
        }
    }

    private static YamlMappingNode YamlRoot(string frontMatter)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(frontMatter.Split("---\n")[1]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The node at a path such as <c>action_items.status</c>; in a list of entries, the first entry's.</summary>
    private static YamlNode? Node(YamlNode root, string path)
    {
        YamlNode? node = root;
        foreach (var name in path.Split('.'))
        {
            node = node is YamlSequenceNode { Children.Count: > 0 } entries ? entries[0] : node;
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : null;
        }

        return node;
    }

    /// <summary>The same value however it is spelt: 0.80 and 0.8, [a, b] and a block list, quoted or not.</summary>
    private static bool SameValue(FieldKind kind, YamlNode example, YamlNode written) => (kind, example, written) switch
    {
        (FieldKind.List, YamlSequenceNode a, YamlSequenceNode b) => a.Children.Select(c => c.ToString()).SequenceEqual(b.Children.Select(c => c.ToString())),
        (FieldKind.Number, YamlScalarNode a, YamlScalarNode b) => double.Parse(a.Value!, CultureInfo.InvariantCulture) == double.Parse(b.Value!, CultureInfo.InvariantCulture),
        (FieldKind.Timestamp, YamlScalarNode a, YamlScalarNode b) => DateTimeOffset.Parse(a.Value!, CultureInfo.InvariantCulture) == DateTimeOffset.Parse(b.Value!, CultureInfo.InvariantCulture),
        (_, YamlScalarNode a, YamlScalarNode b) => a.Value == b.Value,
        _ => false,
    };

    private static ReadResult Read(string frontMatter) =>
        new PostmortemReader(TaxonomyReader.Default).Read("postmortems/example.md", frontMatter + "\n## Summary\n\nText.\n");

    /// <summary>Every field of the schema that has an example, written as its example says, except <paramref name="skip"/>.</summary>
    private static string ExampleFrontMatter(string? skip)
    {
        var yaml = new StringBuilder("---\n");
        Write(yaml, FrontMatterSchema.Fields, "", 0, skip);
        return yaml.Append("---\n").ToString();
    }

    private static void Write(StringBuilder yaml, IReadOnlyList<FrontMatterField> fields, string prefix, int depth, string? skip)
    {
        foreach (var field in fields.Where(f => prefix + f.Name != skip))
        {
            var indent = new string(' ', depth * 2);
            switch (field.Kind)
            {
                case FieldKind.Section when field.Fields!.Any(f => f.Example is not null):
                    yaml.Append(indent).Append(field.Name).Append(":\n");
                    Write(yaml, field.Fields!, prefix + field.Name + ".", depth + 1, skip);
                    break;
                case FieldKind.Entries when field.Fields!.Any(f => f.Example is not null):
                    yaml.Append(indent).Append(field.Name).Append(":\n");
                    var entry = new StringBuilder();
                    Write(entry, field.Fields!, prefix + field.Name + ".", depth + 2, skip);
                    var text = entry.ToString();
                    yaml.Append(indent).Append("  - ").Append(text.TrimStart(' '));
                    break;
                case not (FieldKind.Section or FieldKind.Entries) when field.Example is { } example:
                    yaml.Append(indent).Append(field.Name).Append(": ").Append(example).Append('\n');
                    break;
            }
        }
    }

    private static IEnumerable<string> Paths(IReadOnlyList<FrontMatterField> fields, string prefix) =>
        fields.SelectMany(f => new[] { prefix + f.Name }.Concat(Paths(f.Fields ?? [], prefix + f.Name + ".")));
}
