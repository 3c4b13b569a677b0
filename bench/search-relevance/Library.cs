using PostmortemSite.Importing;

namespace PostmortemSite.SearchRelevance;

/// <summary>
/// The judged library in a scratch folder: the sample library's postmortems and taxonomy, plus the documents of
/// ../shared/corpus and ../shared/corpus-labelled imported as `postmortemsite import` would, when they exist.
/// </summary>
internal sealed class Library
{
    private static readonly string[] SharedFolders = ["corpus", "corpus-labelled"];

    private readonly Dictionary<string, string> _stemByOutput = new(StringComparer.Ordinal);

    private Library(string inputDirectory) => InputDirectory = inputDirectory;

    public string InputDirectory { get; }

    public string Description { get; private set; } = "";

    public static async Task<Library> AssembleAsync(string root, string shared, string work)
    {
        var library = new Library(Path.Combine(work, "input"));
        var postmortems = Path.Combine(library.InputDirectory, "postmortems");
        Directory.CreateDirectory(postmortems);
        File.Copy(Path.Combine(root, "input", "root-causes.yml"), Path.Combine(library.InputDirectory, "root-causes.yml"));
        var samples = Directory.GetFiles(Path.Combine(root, "input", "postmortems"), "*.md");
        foreach (var sample in samples)
        {
            File.Copy(sample, Path.Combine(postmortems, Path.GetFileName(sample)));
        }

        var parts = new List<string> { $"{samples.Length} sample" };
        foreach (var folder in SharedFolders.Select(f => Path.Combine(shared, f)).Where(Directory.Exists))
        {
            // SOURCES.md says where the documents came from and expected.json is an answer key: neither is a postmortem.
            var documents = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) is not ("SOURCES.md" or "expected.json")).Order(StringComparer.Ordinal).ToList();
            var result = await PostmortemImporter.ImportAsync(new ImportOptions(documents, Path.Combine(postmortems, Path.GetFileName(folder))));
            foreach (var file in result.Files.Where(f => f.Output is not null))
            {
                library._stemByOutput[Path.GetFullPath(file.Output!)] = Path.GetFileNameWithoutExtension(file.Source);
            }

            parts.Add($"{result.Files.Count(f => f.Output is not null)} imported from {Path.GetFileName(folder)}");
        }

        library.Description = string.Join(", ", parts);
        return library;
    }

    /// <summary>
    /// The judgments' name for an incident: the stem of the document it was imported from, or of its sample file.
    /// An incident's source path is relative to the input folder, and the importer names its files by date and title.
    /// </summary>
    public string StemOf(string sourcePath) =>
        _stemByOutput.GetValueOrDefault(Path.GetFullPath(Path.Combine(InputDirectory, sourcePath))) ?? Path.GetFileNameWithoutExtension(sourcePath);
}
