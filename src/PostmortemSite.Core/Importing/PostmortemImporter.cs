using System.Globalization;
using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.FileSystem;
using PostmortemSite.Format;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Importing.Review;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Importing;

/// <summary>What to import and where to. Without a taxonomy path, root-causes.yml beside the output folder is used, else the built-in one.</summary>
public sealed record ImportOptions(IReadOnlyList<string> Paths, string OutputDirectory, bool Force = false, string? TaxonomyPath = null);

public enum ImportOutcome
{
    /// <summary>A new canonical file was written.</summary>
    Written,

    /// <summary>An existing file was replaced (only with --force).</summary>
    Overwritten,

    /// <summary>The output already holds exactly this content.</summary>
    Unchanged,

    /// <summary>The source was already canonical and is the output itself, or was copied byte for byte.</summary>
    AlreadyCanonical,

    /// <summary>Not written: a different file exists there and --force was not given.</summary>
    Skipped,

    /// <summary>Found under a folder but not read: a format import does not read, a hidden file, a link; the reason is its diagnostic.</summary>
    NotRead,

    /// <summary>The source could not be read.</summary>
    Failed,
}

public sealed record ImportedFile(string Source, string? Output, ImportOutcome Outcome, ExtractionReport? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Each field as found, guessed or missing: a row of the review report.</summary>
    internal IReadOnlyList<FieldReading> Fields { get; init; } = [];

    internal SourceFormat? Format { get; init; }

    public bool WasImported => Outcome is ImportOutcome.Written or ImportOutcome.Overwritten or ImportOutcome.Unchanged or ImportOutcome.AlreadyCanonical;
}

public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The review report's Markdown file (a CSV beside it), or null when none was written.</summary>
    public string? ReviewReport { get; init; }

    public bool Failed => Diagnostics.Concat(Files.SelectMany(f => f.Diagnostics)).Any(d => d.Severity == Severity.Error);

    /// <summary>The report printed at the end of an import: for each file, what was extracted, guessed and not found.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var diagnostic in Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        foreach (var file in Files)
        {
            text.Append(file.Source);
            if (file.Output is not null)
            {
                text.Append(" -> ").Append(file.Output);
            }

            text.Append(": ").Append(Describe(file.Outcome)).Append('\n');
            if (file.Report is { } report)
            {
                Lines(text, "extracted", report.Extracted);
                Lines(text, "guessed", report.Guessed);
                Lines(text, "not found", report.NotFound);
            }

            foreach (var diagnostic in file.Diagnostics)
            {
                var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
                text.Append($"  {severity,-10} {diagnostic.Code} {diagnostic.Message}").Append(diagnostic.Hint is null ? "" : $" (hint: {diagnostic.Hint})").Append('\n');
            }
        }

        var counts = Enum.GetValues<ImportOutcome>()
            .Select(o => (Outcome: o, Count: Files.Count(f => f.Outcome == o)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {Describe(c.Outcome)}");
        var imported = Files.Count(f => f.WasImported);
        var of = imported == Files.Count ? $"{Files.Count} file{(Files.Count == 1 ? "" : "s")}" : $"{imported} of {Files.Count} files";
        text.Append($"Imported {of}: {string.Join(", ", counts.DefaultIfEmpty("nothing to do"))}.\n");
        if (ReviewReport is { } review)
        {
            text.Append($"Review report: {review} and {Path.ChangeExtension(review, ".csv")}\n");
        }

        return text.ToString();
    }

    private static void Lines(StringBuilder text, string label, IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            text.Append($"  {label,-10} {item}\n");
        }
    }

    internal static string Describe(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Written => "written",
        ImportOutcome.Overwritten => "overwritten",
        ImportOutcome.Unchanged => "unchanged",
        ImportOutcome.AlreadyCanonical => "already canonical, left as it is",
        ImportOutcome.Skipped => "skipped (the output exists)",
        ImportOutcome.NotRead => "not read",
        _ => "failed",
    };
}

/// <summary>The import command's work: find the documents, extract each one, and write canonical files without overwriting.</summary>
public static class PostmortemImporter
{
    /// <summary>The extensions read from a folder, for the command's help.</summary>
    public const string ReadExtensions = SourceFormats.ReadExtensions;

    /// <param name="progress">Told how many of the files found have been imported, after each one.</param>

    public static async Task<ImportResult> ImportAsync(ImportOptions options, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new List<Diagnostic>();
        var taxonomy = await ReadTaxonomyAsync(options, diagnostics, cancellationToken);
        var sources = SourceFinder.Find(options.Paths, diagnostics);
        var extractor = new PostmortemExtractor(taxonomy);
        var checker = new PostmortemReader(taxonomy);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<ImportedFile>();
        progress?.Report(new BuildProgress(BuildStage.Importing, 0, sources.Count));
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(source.NotRead is { } reason
                ? new ImportedFile(source.ShownPath, null, ImportOutcome.NotRead, null, [reason])
                : await ContainingFaults(source, () => ImportOneAsync(extractor, checker, source, options, taken, cancellationToken)));
            progress?.Report(new BuildProgress(BuildStage.Importing, files.Count, sources.Count));
        }

        var result = new ImportResult(files, diagnostics);
        return files.Count == 0 ? result : await ReviewReport.WriteAsync(result, options, cancellationToken);
    }

    /// <summary>
    /// A fault in a reading rule (or in a library under one) costs the one file it met: that file is reported by name
    /// with the fault and skipped, and the rest of the heap is still imported. Failures to read or write files keep
    /// their own messages, and cancelling still cancels.
    /// </summary>
    internal static async Task<ImportedFile> ContainingFaults(ImportSource source, Func<Task<ImportedFile>> import)
    {
        try
        {
            return await import();
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            return new ImportedFile(source.ShownPath, null, ImportOutcome.Failed, null,
                [Diagnostic.Error(DiagnosticCodes.ImporterFault, $"not imported: the importer failed while reading this file ({e.GetType().Name}: {e.Message})", new SourceLocation(source.ShownPath), "this is a fault in PostmortemSite, please report it with the file; the other files were imported, and this one can be given front matter by hand")])
            { Format = source.Format };
        }
    }

    private static async Task<RootCauseTaxonomy> ReadTaxonomyAsync(ImportOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var path = options.TaxonomyPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.OutputDirectory)) ?? ".", TaxonomyReader.FileName);
        if (!File.Exists(path))
        {
            if (options.TaxonomyPath is not null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"taxonomy '{options.TaxonomyPath}' does not exist", new SourceLocation(options.TaxonomyPath), "pass --taxonomy with the path of root-causes.yml, or leave it out to use the one beside the output folder"));
            }

            return TaxonomyReader.Default;
        }

        return TaxonomyReader.Parse(path, await File.ReadAllTextAsync(path, cancellationToken), diagnostics);
    }

    private static async Task<ImportedFile> ImportOneAsync(PostmortemExtractor extractor, PostmortemReader checker, ImportSource source, ImportOptions options, HashSet<string> taken, CancellationToken cancellationToken)
    {
        var (fullPath, shownPath, sourceName) = (source.FullPath, source.ShownPath, source.SourceName);
        byte[] bytes;
        try
        {
            if (SourceDecoder.CheckSize(new FileInfo(fullPath).Length, shownPath) is { } tooLarge)
            {
                return new ImportedFile(shownPath, null, ImportOutcome.Failed, null, [tooLarge]);
            }

            bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImportedFile(shownPath, null, ImportOutcome.Failed, null, [Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}", new SourceLocation(shownPath), "check that the file exists and is readable")]);
        }

        // The same decoding as the build (binary and oversized files are refused with a reason, Windows-1252 is read
        // with a warning), then other formats are converted to Markdown so one extractor reads them all.
        var (document, unreadable) = DocumentConverter.Read(bytes, source.Format, shownPath);
        if (document is null)
        {
            return new ImportedFile(shownPath, null, ImportOutcome.Failed, null, [unreadable!]) { Format = source.Format };
        }

        var text = document.Text;
        // A file that looks written for this tool but that build would reject ("root_cause: Expired TLS certificate", a
        // sentence where the site keeps a mapping) is another tool's, and imported like one: left as it is, it would
        // stop the site from building.
        if (source.Format.KeepsOriginalText() && IsCanonical(text) && !checker.Read(sourceName, text).Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            var copy = OutputPath(options.OutputDirectory, PostmortemExtractor.IdFor(sourceName), taken);
            if (string.Equals(Path.GetFullPath(copy), Path.GetFullPath(fullPath), StringComparison.Ordinal))
            {
                return new ImportedFile(shownPath, copy, ImportOutcome.AlreadyCanonical, null, []);
            }

            var copied = await WriteAsync(copy, bytes, options.Force, shownPath, cancellationToken);
            return copied.Outcome == ImportOutcome.Written ? copied with { Outcome = ImportOutcome.AlreadyCanonical } : copied;
        }

        var extraction = extractor.Extract(sourceName, text, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(fullPath)));
        if (document.Body is { } originalBody)
        {
            extraction = extraction with { Postmortem = extraction.Postmortem with { Body = originalBody } };
        }

        var fields = FieldReadings.From(extraction.Report, extraction.Postmortem.Classification.Confidence);
        var notes = FieldReadings.Notes(fields, source.Format == SourceFormat.PlainText);
        var output = OutputPath(options.OutputDirectory, ReadableId(extraction.Postmortem.Title, extraction.Postmortem.Date, sourceName), taken);
        var located = extraction.Diagnostics.Select(d => d with { Location = d.Location with { File = shownPath } }).ToList();
        var content = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList(), notes);

        // Read back exactly as build will: a file build would reject is reported and not written, so the rest still build.
        if (checker.Read(Path.GetFileName(output), content).Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } rejected)
        {
            return new ImportedFile(shownPath, null, ImportOutcome.Failed, extraction.Report,
                [.. document.Notes, .. located, Diagnostic.Error(DiagnosticCodes.ImportWouldNotBuild, $"not imported: the extracted file would not build ({rejected.Code}: {rejected.Message})", new SourceLocation(shownPath), "fix the source (or import it and correct the fields by hand), then import it again")])
            { Fields = fields, Format = source.Format };
        }

        var written = await WriteAsync(output, new UTF8Encoding(false).GetBytes(content), options.Force, shownPath, cancellationToken);
        return written with { Report = extraction.Report, Diagnostics = [.. document.Notes, .. located, .. written.Diagnostics], Fields = fields, Format = source.Format };
    }

    /// <summary>
    /// "2024-03-12-checkout-payments-timing-out": the incident's date and title make the page's URL readable; the
    /// source file's name ("000_acb1", "final-v2") is used only when the title gives no usable id. The date the
    /// name starts with is not repeated from the title ("2024-03-17 OVH1 down", "Incident report July 11 2025 -
    /// ..."), nor are the title's leading generic words ("Incident report", "Post-mortem of the").
    /// </summary>
    internal static string ReadableId(string title, DateOnly? date, string sourceName)
    {
        const int MaxTitleLength = 60;
        var slug = Slugs.From(title);
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var spelt in date is { } day ? DateSlugForms.Select(f => day.ToString(f, CultureInfo.InvariantCulture)) : [])
        {
            var dateWords = Slugs.From(spelt).Split('-');
            for (var at = IndexOf(words, dateWords); at >= 0; at = IndexOf(words, dateWords))
            {
                words.RemoveRange(at, dateWords.Length);
            }
        }

        while (words.Count > 1 && GenericTitleWords.Contains(words[0]) && !words.Skip(1).All(GenericTitleWords.Contains))
        {
            words.RemoveAt(0);
        }

        slug = string.Join('-', words);

        if (slug.Length > MaxTitleLength)
        {
            var cut = slug.LastIndexOf('-', MaxTitleLength);
            slug = slug[..(cut > 20 ? cut : MaxTitleLength)].TrimEnd('-');
        }

        var id = date is { } d ? $"{d:yyyy-MM-dd}-{slug}" : slug;
        return slug.Length > 0 && PostmortemIds.IsValid(id) ? id : PostmortemExtractor.IdFor(sourceName);
    }

    // How a title spells the incident's day, as the slug has it: 2024-03-17, july-11-2025, 11-july-2025, jul-11-2025.
    private static readonly string[] DateSlugForms = ["yyyy-MM-dd", "MMMM d yyyy", "d MMMM yyyy", "MMM d yyyy", "d MMM yyyy"];

    private static readonly string[] GenericTitleWords = ["incident", "report", "postmortem", "post", "mortem", "of", "the", "for", "on", "covering"];

    private static int IndexOf(List<string> words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Count; i++)
        {
            if (run.Select((w, j) => words[i + j] == w).All(same => same))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The output file for an id; a second source with the same name in one import gets "-2", and so on.</summary>
    private static string OutputPath(string outputDirectory, string id, HashSet<string> taken)
    {
        var name = id;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{id}-{n}";
        }

        return Path.Combine(outputDirectory, name + ".md").Replace('\\', '/');
    }

    private static async Task<ImportedFile> WriteAsync(string output, byte[] content, bool force, string shownPath, CancellationToken cancellationToken)
    {
        var exists = File.Exists(output);
        if (exists && (await File.ReadAllBytesAsync(output, cancellationToken)).AsSpan().SequenceEqual(content))
        {
            return new ImportedFile(shownPath, output, ImportOutcome.Unchanged, null, []);
        }

        if (exists && !force)
        {
            return new ImportedFile(shownPath, output, ImportOutcome.Skipped, null,
                [Diagnostic.Error(DiagnosticCodes.OutputExists, $"'{output}' already exists and is different; it was not overwritten", new SourceLocation(shownPath), "pass --force to replace it, or move it away first")]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using (var stream = new FileStream(output, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write))
        {
            await stream.WriteAsync(content, cancellationToken);
        }

        return new ImportedFile(shownPath, output, exists ? ImportOutcome.Overwritten : ImportOutcome.Written, null, []);
    }

    /// <summary>Front matter with a title and a root_cause: written for this tool, so the importer leaves it alone.</summary>
    internal static bool IsCanonical(string text)
    {
        var split = FrontMatter.Split(text);
        if (!split.Exists)
        {
            return false;
        }

        try
        {
            var stream = GuardedYamlParser.Load(split.Yaml!);
            return stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode mapping
                && mapping.Children.ContainsKey(new YamlScalarNode("title"))
                && mapping.Children.ContainsKey(new YamlScalarNode("root_cause"));
        }
        catch (YamlException)
        {
            return false;
        }
    }
}
