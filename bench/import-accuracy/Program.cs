using System.Globalization;
using System.Text.Json;
using PostmortemSite;
using PostmortemSite.Checking;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Theme;

// import-accuracy [--shared DIR] [--detail] [--agreement SECOND_KEY]
// Imports every document the answer key (shared/corpus-labelled/expected.json) describes into one fresh library,
// builds it, and prints per-field accuracy for the development part and the held-out part (held-out.txt) apart.
// --detail prints, for development documents only, each wrong field with the expected and the imported value;
// --why adds what the importer guessed for them and from what.
// --agreement scores a second, independent labelling of the same documents (its preferred values) against the key by
// the same rules instead of importing: how far two careful readers agree, the ceiling any importer is measured under.
var root = FindRoot();
var shared = Path.GetFullPath(Option("--shared") ?? Path.Combine(root, "..", "shared"));
var detail = args.Contains("--detail");
var heldOutSources = File.ReadAllLines(Path.Combine(root, "bench", "import-accuracy", "held-out.txt"))
    .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

using var key = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "corpus-labelled", "expected.json")));
var documents = key.RootElement.GetProperty("incidents").EnumerateObject()
    .Select(p => new LabelledDocument(p.Name, FindSource(shared, p.Value.GetProperty("dir").GetString()!, p.Name), heldOutSources.Contains(p.Name[..p.Name.LastIndexOf('_')]), p.Value))
    .ToList();

if (Option("--agreement") is { } secondKeyPath)
{
    using var second = JsonDocument.Parse(File.ReadAllText(secondKeyPath));
    var agreement = new List<(LabelledDocument Document, Dictionary<string, bool> Right)>();
    foreach (var document in documents)
    {
        var answer = second.RootElement.GetProperty("incidents").TryGetProperty(document.Name, out var labelled) ? Answer.FromKey(labelled) : null;
        var right = Score(document.Key, answer, out var wrong);
        agreement.Add((document, right));
        if (detail && !document.HeldOut && wrong.Count > 0)
        {
            Console.WriteLine($"{document.Name}: {string.Join("; ", wrong)}");
        }
    }

    Console.WriteLine();
    PrintTable(agreement);
    return 0;
}

var work = Directory.CreateTempSubdirectory("import-accuracy-");
try
{
    var input = Path.Combine(work.FullName, "input");
    var postmortems = Path.Combine(input, "postmortems");
    Directory.CreateDirectory(postmortems);
    File.Copy(Path.Combine(root, "input", TaxonomyReader.FileName), Path.Combine(input, TaxonomyReader.FileName));

    var imported = await PostmortemImporter.ImportAsync(new ImportOptions([.. documents.Select(d => d.Source)], postmortems));
    var outputs = imported.Files.Where(f => f.Output is not null).ToDictionary(f => Path.GetFullPath(f.Source), f => Path.GetFullPath(f.Output!));
    var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(input, Path.Combine(work.FullName, "site"), AsOf: new DateOnly(2026, 1, 1)), WriteMode.None);
    var byPath = (build.KnowledgeBase?.Incidents ?? []).ToDictionary(p => Path.GetFullPath(Path.Combine(input, p.SourcePath)), p => p);
    var errors = build.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    var scores = new List<(LabelledDocument Document, Dictionary<string, bool> Right)>();
    foreach (var document in documents)
    {
        var read = outputs.TryGetValue(Path.GetFullPath(document.Source), out var output) ? byPath.GetValueOrDefault(output) : null;
        var right = Score(document.Key, read is null ? null : Answer.FromImport(read), out var wrong);
        scores.Add((document, right));
        if (detail && !document.HeldOut && wrong.Count > 0)
        {
            Console.WriteLine($"{document.Name}: {string.Join("; ", wrong)}");
            if (args.Contains("--why") && imported.Files.FirstOrDefault(f => Path.GetFullPath(f.Source) == Path.GetFullPath(document.Source))?.Report is { } report)
            {
                foreach (var guess in report.Guessed)
                {
                    Console.WriteLine($"    guessed: {guess}");
                }
            }
        }
    }

    Console.WriteLine();
    Console.WriteLine($"Imported library builds: {(build.Failed ? "NO" : "yes")} ({errors.Count} errors; {imported.Files.Count(f => f.Output is not null)} of {documents.Count} documents imported)");
    foreach (var error in errors.Where(e => documents.Any(d => !d.HeldOut && e.Location.File.Contains(d.Name, StringComparison.Ordinal)) || !documents.Any(d => e.Location.File.Contains(d.Name, StringComparison.Ordinal))))
    {
        Console.WriteLine($"  {error}");
    }

    // Held-out documents' errors are counted by code only, so their text is not read while rules are developed.
    foreach (var code in errors.Where(e => documents.Any(d => d.HeldOut && e.Location.File.Contains(d.Name, StringComparison.Ordinal))).GroupBy(e => e.Code))
    {
        Console.WriteLine($"  held-out: {code.Count()} x {code.Key}");
    }

    Console.WriteLine();
    PrintTable(scores);
    return build.Failed ? 1 : 0;
}
finally
{
    work.Delete(recursive: true);
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PostmortemSite.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository (no PostmortemSite.sln above the current folder)");
}

static string FindSource(string shared, string dir, string stem) =>
    Directory.EnumerateFiles(Path.Combine(shared, dir)).Single(f => Path.GetFileNameWithoutExtension(f) == stem);

static Dictionary<string, bool> Score(JsonElement key, Answer? read, out List<string> wrong)
{
    var right = new Dictionary<string, bool>(StringComparer.Ordinal);
    var mistakes = new List<string>();
    void Field(string name, bool ok, string expected, string actual)
    {
        right[name] = ok;
        if (!ok)
        {
            mistakes.Add($"{name} expected {expected}, got {actual}");
        }
    }

    var dates = new List<string?> { key.GetProperty("date").GetString() };
    if (key.TryGetProperty("date_also", out var also))
    {
        dates.AddRange(also.EnumerateArray().Select(d => d.GetString()!));
    }

    // A document whose text gives no date at all (the key's null) has it right when import says so: the date then
    // comes from the file's modification time, flagged as a guess, since an incident must have one to build.
    var textHasNoDate = key.GetProperty("date").ValueKind == JsonValueKind.Null;
    Field("date", read is not null && (textHasNoDate ? read.NoDateInText : dates.Contains(read.Date)), textHasNoDate ? "none in the text" : string.Join("|", dates), read?.Date ?? "(not imported)");
    Field("started", TimeRight(key.GetProperty("started"), read?.Started), Raw(key.GetProperty("started")), Utc(read?.Started));
    Field("resolved", TimeRight(key.GetProperty("resolved"), read?.Resolved), Raw(key.GetProperty("resolved")), Utc(read?.Resolved));
    Field("duration", read is not null && DurationRight(key.GetProperty("duration_minutes"), read.Minutes), Raw(key.GetProperty("duration_minutes")), read?.Minutes?.ToString(CultureInfo.InvariantCulture) ?? "none");
    var categories = key.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToList();
    Field("category", read is not null && categories.Contains(read.Category), string.Join("|", categories), read?.Category ?? "(not imported)");
    var timeline = read?.Timeline ?? -1;
    var timelineMin = key.GetProperty("timeline_min").GetInt32();
    Field("timeline", read is not null && CountRight(timelineMin, timeline, (timelineMin * 4 + 4) / 5), $">={(timelineMin * 4 + 4) / 5} of {timelineMin}", timeline.ToString(CultureInfo.InvariantCulture));
    var deadEnds = read?.DeadEnds ?? -1;
    var deadEndsExpected = key.GetProperty("dead_ends").GetInt32();
    Field("dead_ends", deadEnds == deadEndsExpected, deadEndsExpected.ToString(CultureInfo.InvariantCulture), deadEnds.ToString(CultureInfo.InvariantCulture));
    var actions = read?.ActionItems ?? -1;
    var actionsMin = key.GetProperty("action_items_min").GetInt32();
    Field("action_items", read is not null && CountRight(actionsMin, actions, actionsMin), $">={actionsMin}", actions.ToString(CultureInfo.InvariantCulture));
    wrong = mistakes;
    return right;
}

// A count is right from the least a careful reader finds up to twice that (plus two): more means prose or data rows
// were taken for entries. None expected means none.
static bool CountRight(int expected, int actual, int least) =>
    expected == 0 ? actual == 0 : actual >= least && actual <= (2 * expected) + 2;

// Times are compared to the minute on both sides: "18:50:28 UTC" read as written is the key's 18:50, and a key written
// with seconds ("13:07:58Z") is met by the same time read.
static bool TimeRight(JsonElement expected, DateTimeOffset? actual) => ToTheMinute(actual) is var read && expected.ValueKind switch
{
    JsonValueKind.Null => read is null,
    // A list may hold null beside a time: the text may be read as giving none ("resolved" contradicting its start).
    JsonValueKind.Array => expected.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Null ? read is null : read == KeyTime(e)),
    _ => read is { } b && KeyTime(expected) == b,
};

static DateTimeOffset? KeyTime(JsonElement time) => ToTheMinute(DateTimeOffset.Parse(time.GetString()!, CultureInfo.InvariantCulture));

static DateTimeOffset? ToTheMinute(DateTimeOffset? time) => time is { } t ? new DateTimeOffset(t.Ticks - (t.Ticks % TimeSpan.TicksPerMinute), t.Offset) : null;

static bool DurationRight(JsonElement expected, int? minutes) => expected.ValueKind switch
{
    JsonValueKind.Null => minutes is null,
    JsonValueKind.Number => minutes == expected.GetInt32(),
    // A list may mix numbers and ranges: any of them accepts the reading.
    JsonValueKind.Array => expected.EnumerateArray().Any(e => DurationRight(e, minutes)),
    JsonValueKind.Object => minutes is { } n && n >= expected.GetProperty("min").GetInt32() && n <= expected.GetProperty("max").GetInt32(),
    _ => false,
};

static string Raw(JsonElement element) => JsonSerializer.Serialize(element);

static string Utc(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "none";

static void PrintTable(List<(LabelledDocument Document, Dictionary<string, bool> Right)> scores)
{
    string[] fields = ["date", "started", "resolved", "duration", "category", "timeline", "dead_ends", "action_items"];
    var parts = new (string Name, List<Dictionary<string, bool>> Rows)[]
    {
        ("development", scores.Where(s => !s.Document.HeldOut).Select(s => s.Right).ToList()),
        ("held-out", scores.Where(s => s.Document.HeldOut).Select(s => s.Right).ToList()),
        ("all", scores.Select(s => s.Right).ToList()),
    };
    Console.WriteLine($"| field | {string.Join(" | ", parts.Select(p => $"{p.Name} ({p.Rows.Count})"))} |");
    Console.WriteLine($"|---|{string.Concat(parts.Select(_ => "---|"))}");
    foreach (var field in fields)
    {
        Console.WriteLine($"| {field} | {string.Join(" | ", parts.Select(p => Cell(p.Rows.Count(r => r[field]), p.Rows.Count)))} |");
    }

    Console.WriteLine($"| **overall** | {string.Join(" | ", parts.Select(p => Cell(p.Rows.Sum(r => r.Values.Count(v => v)), p.Rows.Count * fields.Length)))} |");
}

static string Cell(int right, int total) =>
    total == 0 ? "-" : $"{right}/{total} ({(100.0 * right / total).ToString("0", CultureInfo.InvariantCulture)}%)";

internal sealed record LabelledDocument(string Name, string Source, bool HeldOut, JsonElement Key);

/// <summary>One reading of a document, scored field by field against the key: what import made of it, or a second labeller's preferred values.</summary>
internal sealed record Answer(string? Date, bool NoDateInText, DateTimeOffset? Started, DateTimeOffset? Resolved, int? Minutes, string Category, int Timeline, int DeadEnds, int ActionItems)
{
    public static Answer FromImport(Postmortem read) => new(
        read.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        read.Imported?.Guess(ImportedField.Date)?.From.Contains("modification time", StringComparison.Ordinal) == true,
        read.Clock.Started,
        read.Clock.Resolved,
        read.Duration is { } duration ? (int)Math.Round(duration.TotalMinutes) : null,
        read.RootCause.Category,
        // Entries with a time, or with only a day where the source gives no time of day (the key counts both).
        read.Timeline.Count(e => e.Time is not null || e.Day is not null),
        read.Timeline.Count(e => e.DeadEnd),
        read.ActionItems.Count);

    /// <summary>A labeller's preferred value of each field: the first of a list, the middle of a range.</summary>
    public static Answer FromKey(JsonElement key)
    {
        static JsonElement Preferred(JsonElement value) => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 ? value[0] : value;
        static DateTimeOffset? Time(JsonElement value) =>
            Preferred(value) is { ValueKind: JsonValueKind.String } time ? DateTimeOffset.Parse(time.GetString()!, CultureInfo.InvariantCulture) : null;
        var duration = Preferred(key.GetProperty("duration_minutes"));
        int? minutes = duration.ValueKind switch
        {
            JsonValueKind.Number => (int)Math.Round(duration.GetDouble()),
            JsonValueKind.Object => (duration.GetProperty("min").GetInt32() + duration.GetProperty("max").GetInt32()) / 2,
            _ => null,
        };
        var date = key.GetProperty("date").GetString();
        return new Answer(date, date is null, Time(key.GetProperty("started")), Time(key.GetProperty("resolved")), minutes,
            key.GetProperty("categories")[0].GetString()!, key.GetProperty("timeline_min").GetInt32(), key.GetProperty("dead_ends").GetInt32(), key.GetProperty("action_items_min").GetInt32());
    }
}
