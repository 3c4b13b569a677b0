using System.Text;
using PostmortemSite.Format;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Format;

/// <summary>
/// The schema is the one list of front-matter fields: the README's table is generated from it, and the reader
/// knows and requires exactly what it says.
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
