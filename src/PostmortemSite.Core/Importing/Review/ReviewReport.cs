using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;

namespace PostmortemSite.Importing.Review;

/// <summary>
/// The review report: one row per document, one column per field (found, guessed with what it came from, or missing),
/// written as Markdown and as CSV beside the folder of imported files. Its name starts with '_', which the build does not read,
/// and the next import lists it rather than importing it. A file of that name that import did not write is kept.
/// </summary>
internal static class ReviewReport
{
    public const string FileStem = "_import-review";
    private const string MarkdownMarker = "<!-- written by postmortemsite import: each run replaces this file -->";

    private static readonly string[] LeadingColumns = ["document", "format", "outcome", "output"];

    public static bool IsReportName(string fileName) =>
        fileName.Equals(FileStem + ".md", StringComparison.OrdinalIgnoreCase) || fileName.Equals(FileStem + ".csv", StringComparison.OrdinalIgnoreCase);

    public static async Task<ImportResult> WriteAsync(ImportResult result, ImportOptions options, CancellationToken cancellationToken)
    {
        var folder = Folder(options);
        var markdownPath = Path.Combine(folder, FileStem + ".md").Replace('\\', '/');
        var csvPath = Path.Combine(folder, FileStem + ".csv").Replace('\\', '/');
        var rows = Rows(result);
        var markdown = Markdown(rows);
        var csv = Csv(rows);
        if (!options.Force && (NotOurs(markdownPath, MarkdownMarker) || NotOurs(csvPath, string.Join(',', LeadingColumns))))
        {
            var refused = Diagnostic.Warning(DiagnosticCodes.ReviewReportNotOwned, $"'{markdownPath}' or '{csvPath}' exists and was not written by import; the review report was not written",
                new SourceLocation(markdownPath), "move the file away, or pass --force to replace it");
            return result with { Diagnostics = [.. result.Diagnostics, refused] };
        }

        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(markdownPath, markdown, new UTF8Encoding(false), cancellationToken);

            // A byte-order mark, so spreadsheets open the UTF-8 text as UTF-8.
            await File.WriteAllTextAsync(csvPath, csv, new UTF8Encoding(true), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var failed = Diagnostic.Warning(DiagnosticCodes.ReviewReportNotOwned, $"the review report could not be written: {e.Message}", new SourceLocation(markdownPath), "check that the output folder is writable");
            return result with { Diagnostics = [.. result.Diagnostics, failed] };
        }

        return result with { ReviewReport = markdownPath };
    }

    /// <summary>
    /// Beside the output folder, not in it: "input/_import-review.md" for the usual "input/postmortems". The build
    /// reads nothing whose name starts with '_', and the folder of postmortems holds only postmortems.
    /// </summary>
    private static string Folder(ImportOptions options)
    {
        var output = Path.TrimEndingDirectorySeparator(options.OutputDirectory);
        var parent = Path.GetDirectoryName(output);
        return string.IsNullOrEmpty(parent) ? "." : parent;
    }

    /// <summary>The header, then one row per document; every row has a cell per column.</summary>
    internal static List<IReadOnlyList<string>> Rows(ImportResult result)
    {
        var fields = Enum.GetValues<ImportedField>();
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([.. LeadingColumns, .. fields.Select(f => f.Key())]);
        foreach (var file in result.Files)
        {
            var reason = file.Outcome is ImportOutcome.NotRead or ImportOutcome.Failed or ImportOutcome.Skipped
                ? file.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error || file.Outcome == ImportOutcome.NotRead)?.Message
                : null;
            var outcome = ImportResult.Describe(file.Outcome) + (reason is null ? "" : $": {(reason.StartsWith("not imported: ", StringComparison.Ordinal) ? reason["not imported: ".Length..] : reason)}");
            var byField = file.Fields.ToDictionary(f => f.Field);
            rows.Add([
                file.Source,
                file.Format?.DisplayName() ?? "",
                outcome,
                file.Output ?? "",
                .. fields.Select(f => byField.TryGetValue(f, out var reading) ? Cell(reading) : ""),
            ]);
        }

        return rows;
    }

    private static string Cell(FieldReading reading) => reading.State switch
    {
        FieldState.Found => "found: " + reading.Detail,
        FieldState.Guessed => $"guessed ({reading.Confidence?.Key() ?? "medium"}): {reading.Detail}",
        FieldState.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading.State, null),
    };

    internal static string Markdown(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append(MarkdownMarker).Append("\n\n# Import review\n\n");
        text.Append("One row per document, one column per field: **found** (read as written), **guessed** (inferred: check these), or **missing**.\n\n");
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append('|');
            foreach (var cell in rows[r])
            {
                text.Append(' ').Append(MarkdownCell(cell)).Append(" |");
            }

            text.Append('\n');
            if (r == 0)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", rows[0].Count))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>RFC 4180 CSV with CRLF line ends; a cell a spreadsheet would run as a formula is prefixed with a quote mark.</summary>
    internal static string Csv(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(CsvCell))).Append("\r\n");
        }

        return text.ToString();
    }

    internal static string CsvCell(string value)
    {
        // "=HYPERLINK(...)", "+1", "-2+3", "@SUM(...)" and a leading tab or CR are formulas to a spreadsheet: text from a
        // document must stay text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string MarkdownCell(string value) =>
        MarkdownBuilder.OneLine(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>True when a file is there and does not start as import's report does (its columns may have grown since).</summary>
    private static bool NotOurs(string path, string start)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine()?.StartsWith(start, StringComparison.Ordinal) != true;
    }
}
