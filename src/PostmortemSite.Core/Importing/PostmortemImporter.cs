using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
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

    /// <summary>The source could not be read.</summary>
    Failed,
}

public sealed record ImportedFile(string Source, string? Output, ImportOutcome Outcome, ExtractionReport? Report, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
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
        text.Append($"Imported {Files.Count} file{(Files.Count == 1 ? "" : "s")}: {string.Join(", ", counts.DefaultIfEmpty("nothing to do"))}.\n");
        return text.ToString();
    }

    private static void Lines(StringBuilder text, string label, IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            text.Append($"  {label,-10} {item}\n");
        }
    }

    private static string Describe(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Written => "written",
        ImportOutcome.Overwritten => "overwritten",
        ImportOutcome.Unchanged => "unchanged",
        ImportOutcome.AlreadyCanonical => "already canonical, left as it is",
        ImportOutcome.Skipped => "skipped (the output exists)",
        _ => "failed",
    };
}

/// <summary>The import command's work: find the documents, extract each one, and write canonical files without overwriting.</summary>
public static class PostmortemImporter
{
    /// <param name="progress">Told how many of the files found have been imported, after each one.</param>
    public static async Task<ImportResult> ImportAsync(ImportOptions options, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new List<Diagnostic>();
        var taxonomy = await ReadTaxonomyAsync(options, diagnostics, cancellationToken);
        var sources = FindSources(options.Paths, diagnostics);
        var extractor = new PostmortemExtractor(taxonomy);
        var checker = new PostmortemReader(taxonomy);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<ImportedFile>();
        progress?.Report(new BuildProgress(BuildStage.Importing, 0, sources.Count));
        foreach (var (fullPath, shownPath, sourceName) in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(await ImportOneAsync(extractor, checker, fullPath, shownPath, sourceName, options, taken, cancellationToken));
            progress?.Report(new BuildProgress(BuildStage.Importing, files.Count, sources.Count));
        }

        return new ImportResult(files, diagnostics);
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

    /// <summary>Files as given, and the postmortem files under folders; each with the path shown and the name recorded in the output.</summary>
    private static List<(string FullPath, string ShownPath, string SourceName)> FindSources(IReadOnlyList<string> paths, List<Diagnostic> diagnostics)
    {
        var sources = new List<(string, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    sources.Add((path, path, Path.GetFileName(path)));
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var (full, relative) in SiteReader.FindPostmortemFiles(path).Where(f => seen.Add(Path.GetFullPath(f.FullPath))))
                {
                    sources.Add((full, Path.Combine(path, relative).Replace('\\', '/'), relative));
                }

                ReportPassedOver(path, seen, diagnostics);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, $"'{path}' is neither a file nor a folder", new SourceLocation(path), "check the path"));
            }
        }

        return sources;
    }

    /// <summary>Every other file under a folder is named with the reason it was not read, so "Imported 10 files" from a folder of 15 explains itself.</summary>
    private static void ReportPassedOver(string folder, HashSet<string> taken, List<Diagnostic> diagnostics)
    {
        var everything = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint });
        foreach (var file in everything.Where(f => !taken.Contains(Path.GetFullPath(f))).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var extension = Path.GetExtension(file);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NotImported,
                $"not imported: {(extension.Length == 0 ? "a file without an extension" : $"'{extension}' files")} are not read from a folder (read: .md, .markdown, .txt)",
                new SourceLocation(Path.Combine(folder, relative).Replace('\\', '/')),
                "convert it to Markdown or plain text, or name the file itself on the command line to import it as text"));
        }
    }

    private static async Task<ImportedFile> ImportOneAsync(PostmortemExtractor extractor, PostmortemReader checker, string fullPath, string shownPath, string sourceName, ImportOptions options, HashSet<string> taken, CancellationToken cancellationToken)
    {
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

        // The same decoding as the build: binary and oversized files are refused with a reason, Windows-1252 is read with a warning.
        var (decoded, problem) = SourceDecoder.Decode(bytes, shownPath);
        if (decoded is not { } text)
        {
            return new ImportedFile(shownPath, null, ImportOutcome.Failed, null, [problem!]);
        }

        if (IsCanonical(text))
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
        var output = OutputPath(options.OutputDirectory, ReadableId(extraction.Postmortem, sourceName), taken);
        var located = extraction.Diagnostics.Select(d => d with { Location = d.Location with { File = shownPath } }).ToList();
        var content = CanonicalWriter.Write(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());

        // Read back exactly as build will: a file build would reject is reported and not written, so the rest still build.
        if (checker.Read(Path.GetFileName(output), content).Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } rejected)
        {
            return new ImportedFile(shownPath, null, ImportOutcome.Failed, extraction.Report,
                [.. located, Diagnostic.Error(DiagnosticCodes.ImportWouldNotBuild, $"not imported: the extracted file would not build ({rejected.Code}: {rejected.Message})", new SourceLocation(shownPath), "fix the source (or import it and correct the fields by hand), then import it again")]);
        }

        var written = await WriteAsync(output, new UTF8Encoding(false).GetBytes(content), options.Force, shownPath, cancellationToken);
        return written with { Report = extraction.Report, Diagnostics = [.. problem is null ? [] : new[] { problem }, .. located, .. written.Diagnostics] };
    }

    /// <summary>
    /// "2024-03-12-checkout-payments-timing-out": the incident's date and title make the page's URL readable; the
    /// source file's name ("000_acb1", "final-v2") is used only when the title gives no usable id.
    /// </summary>
    internal static string ReadableId(ExtractedPostmortem postmortem, string sourceName)
    {
        const int MaxTitleLength = 60;
        var title = Slugs.From(postmortem.Title);
        if (title.Length > MaxTitleLength)
        {
            var cut = title.LastIndexOf('-', MaxTitleLength);
            title = title[..(cut > 20 ? cut : MaxTitleLength)].TrimEnd('-');
        }

        var id = postmortem.Date is { } date ? $"{date:yyyy-MM-dd}-{title}" : title;
        return title.Length > 0 && PostmortemReader.IsValidId(id) ? id : PostmortemExtractor.IdFor(sourceName);
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
            var stream = new YamlStream();
            stream.Load(new StringReader(split.Yaml!));
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
