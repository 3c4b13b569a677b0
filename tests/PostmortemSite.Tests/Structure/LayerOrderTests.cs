using System.Text.RegularExpressions;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Structure;

/// <summary>
/// The folders of the core form one top-to-bottom order (docs/architecture.md): a folder may use the folders below it,
/// never one above it or beside it. Read from the source text, so a new <c>using</c> that points up fails here.
/// </summary>
public sealed partial class LayerOrderTests
{
    /// <summary>Top first. Folders on one line sit side by side and do not use each other.</summary>
    internal static readonly string[][] Layers =
    [
        ["Serving"],
        ["Authoring", "Importing"],
        ["Writing"],
        ["Search"],
        ["Rendering"],
        ["Linking"],
        ["Editions"],
        ["Reading"],
        ["Extracting"],
        ["Format"],
        ["Model"],
        ["Checking", "Text", "FileSystem"],
    ];

    private static string Core => Path.Combine(RepoPaths.Root, "src", "PostmortemSite.Core");

    [Fact]
    public void Each_folder_of_the_core_uses_only_the_folders_below_it()
    {
        var sources = Directory.GetDirectories(Core)
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj"))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Core, folder!), "*.cs", SearchOption.AllDirectories)
                .Select(path => new SourceFile(folder!, Path.GetRelativePath(Core, path).Replace('\\', '/'), File.ReadAllText(path))))
            .ToList();

        var upward = UpwardReferences(sources);

        Assert.True(sources.Count > 50, $"only {sources.Count} source files found under {Core}");
        Assert.True(upward.Count == 0, "folders used from below (or beside) them:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void Every_folder_of_the_core_has_a_place_in_the_order()
    {
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();

        Assert.NotEmpty(folders);
        var unplaced = folders.Where(f => !placed.Contains(f!)).ToList();
        var gone = placed.Where(p => !folders.Contains(p)).ToList();
        Assert.True(unplaced.Count == 0, "give these folders a place in Layers (and in docs/architecture.md): " + string.Join(", ", unplaced));
        Assert.True(gone.Count == 0, "these folders in Layers no longer exist: " + string.Join(", ", gone));
    }

    [Fact]
    public void A_reading_file_that_uses_the_importing_namespace_is_reported()
    {
        var sources = new[]
        {
            new SourceFile("Importing", "Importing/PostmortemImporter.cs", "namespace PostmortemSite.Importing;\ninternal static class PostmortemImporter { }"),
            new SourceFile("Reading", "Reading/PostmortemReader.cs", "using PostmortemSite.Importing;\n\nnamespace PostmortemSite.Reading;\ninternal sealed class PostmortemReader { }"),
        };

        Assert.Equal(["Reading/PostmortemReader.cs uses Importing (via 'using PostmortemSite.Importing')"], UpwardReferences(sources));
    }

    [Fact]
    public void A_type_named_through_its_folder_is_reported_but_the_same_word_in_a_comment_or_string_is_not()
    {
        var sources = new[]
        {
            new SourceFile("Linking", "Linking/Slugs.cs", "namespace PostmortemSite.Linking;\ninternal static class Slugs { }"),
            new SourceFile("Reading", "Reading/SiteReader.cs",
                "namespace PostmortemSite.Reading;\n// Linking.Slugs made the id once\nclass SiteReader { string A = \"Linking.Slugs\"; string B => Linking.Slugs.From(\"x\"); }"),
            new SourceFile("Text", "Text/Words.cs", "namespace PostmortemSite.Text;\nclass Words { string C => PostmortemSite.Format.YamlText.Quote(\"\"); }"),
            new SourceFile("Importing", "Importing/Formats/PlainText.cs", "namespace PostmortemSite.Importing.Formats;\nstatic class PlainText { }"),
            new SourceFile("Rendering", "Rendering/SiteRenderer.cs", "namespace PostmortemSite.Rendering;\nclass SiteRenderer { string D => Importing.Formats.PlainText.Convert(\"\"); }"),
        };

        Assert.Equal(
            [
                "Reading/SiteReader.cs uses Linking (via 'Linking.Slugs')",
                "Text/Words.cs uses Format (via 'PostmortemSite.Format.YamlText')",
                "Rendering/SiteRenderer.cs uses Importing (via 'Importing.Formats')",
            ],
            UpwardReferences(sources));
    }

    [Fact]
    public void A_folder_using_one_below_it_is_not_reported()
    {
        var sources = new[]
        {
            new SourceFile("Reading", "Reading/PostmortemReader.cs", "using PostmortemSite.Extracting;\nusing static PostmortemSite.Text.Words;\n\nnamespace PostmortemSite.Reading;\nclass PostmortemReader { }"),
        };

        Assert.Empty(UpwardReferences(sources));
    }

    internal sealed record SourceFile(string Folder, string RelativePath, string Text);

    /// <summary>"Reading/PostmortemReader.cs uses Importing (via ...)" for each reference to a folder that is not below the file's own.</summary>
    internal static List<string> UpwardReferences(IReadOnlyList<SourceFile> sources)
    {
        var rank = Layers.SelectMany((folders, i) => folders.Select(f => (f, i))).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var typesByFolder = sources
            .GroupBy(s => s.Folder)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => TypeDeclaration().Matches(s.Text).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal));

        // A folder's own sub-namespaces count too: "Importing.Formats.PlainTextToMarkdown" names the Importing folder.
        foreach (var source in sources)
        {
            foreach (Match m in NamespaceDeclaration().Matches(source.Text))
            {
                typesByFolder[source.Folder].UnionWith(m.Groups["inner"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        var found = new List<string>();
        foreach (var source in sources)
        {
            var code = WithoutCommentsAndStrings(source.Text);
            var used = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (Match m in NamespaceUse().Matches(code))
            {
                used.TryAdd(m.Groups["folder"].Value, $"using PostmortemSite.{m.Groups["folder"].Value}");
            }

            foreach (Match m in QualifiedUse().Matches(code))
            {
                used.TryAdd(m.Groups["folder"].Value, $"PostmortemSite.{m.Groups["folder"].Value}.{m.Groups["type"].Value}");
            }

            // Inside namespace PostmortemSite.X, "Linking.Slugs" names the Linking folder's type; "Text.Length" names nothing.
            foreach (Match m in PartlyQualifiedUse().Matches(code))
            {
                var folder = m.Groups["folder"].Value;
                if (typesByFolder.TryGetValue(folder, out var types) && types.Contains(m.Groups["type"].Value))
                {
                    used.TryAdd(folder, $"{folder}.{m.Groups["type"].Value}");
                }
            }

            foreach (var (folder, via) in used)
            {
                if (folder != source.Folder && rank.TryGetValue(folder, out var theirs) && rank.TryGetValue(source.Folder, out var ours) && theirs <= ours)
                {
                    found.Add($"{source.RelativePath} uses {folder} (via '{via}')");
                }
            }
        }

        return found;
    }

    /// <summary>Comments and string literals blanked, so a folder named in prose is not a dependency.</summary>
    private static string WithoutCommentsAndStrings(string text) =>
        CommentOrString().Replace(text, m => m.Value.StartsWith('/') ? " " : "\"\"");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?PostmortemSite\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"(?<![\w.])PostmortemSite\.(?<folder>\w+)\.(?<type>[A-Z]\w*)")]
    private static partial Regex QualifiedUse();

    [GeneratedRegex(@"(?<![\w.])(?<folder>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex PartlyQualifiedUse();

    [GeneratedRegex(@"^namespace\s+PostmortemSite\.\w+(?<inner>(?:\.\w+)*)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+)?(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
