using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Reading;

/// <summary>Reads one canonical postmortem (YAML front matter + Markdown) into a <see cref="Postmortem"/>.</summary>
internal sealed class PostmortemReader
{
    // The fields whose values have rules the schema cannot state, or that the reader completes itself.
    private static readonly FrontMatterField IdField = FrontMatterSchema.Field("id");
    private static readonly FrontMatterField RootCauseSection = FrontMatterSchema.Field("root_cause");
    private static readonly FrontMatterField Category = FrontMatterSchema.Field("root_cause.category");
    private static readonly FrontMatterField Secondary = FrontMatterSchema.Field("root_cause.secondary");
    private static readonly FrontMatterField Confidence = FrontMatterSchema.Field("root_cause.confidence");
    private static readonly FrontMatterField TimestampsSection = FrontMatterSchema.Field("timestamps");
    private static readonly FrontMatterField UsersAffected = FrontMatterSchema.Field("impact.users_affected_pct");
    private static readonly FrontMatterField StatedDuration = FrontMatterSchema.Field("duration_minutes");

    // A year: longer is a typo, and far longer would overflow a TimeSpan when the page shows it.
    private const double MaxStatedDurationMinutes = 525_600;
    private static readonly FrontMatterField TimelineField = FrontMatterSchema.Field("timeline");
    private static readonly FrontMatterField InternalFieldsField = FrontMatterSchema.Field("internal_fields");

    private readonly RootCauseTaxonomy _taxonomy;
    private readonly Lazy<PostmortemExtractor> _extractor;

    public PostmortemReader(RootCauseTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _extractor = new Lazy<PostmortemExtractor>(() => new PostmortemExtractor(taxonomy));
    }

    /// <param name="sourcePath">The path relative to the input folder, with '/' separators; used in diagnostics and output.</param>
    public ReadResult Read(string sourcePath, string text)
    {
        var result = ReadText(sourcePath, text);
        return result.Postmortem is { } postmortem ? WithoutInternalPassages(postmortem, sourcePath, text, result) : result;
    }

    /// <summary>
    /// Reads the text again with its <c>::: internal</c> passages blanked, so the public edition's timeline, root-cause
    /// text and (for a legacy document) every extracted field come from what it shows, never from a passage.
    /// </summary>
    private ReadResult WithoutInternalPassages(Postmortem postmortem, string sourcePath, string text, ReadResult result)
    {
        var document = FrontMatter.Split(text);
        if (!InternalPassages.MayContain(document.Body))
        {
            return result;
        }

        var stripped = InternalPassages.Strip(document.Body);
        if (stripped.Passages == 0)
        {
            return result;
        }

        var diagnostics = result.Diagnostics.ToList();
        foreach (var line in stripped.UnclosedLines)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnclosedInternalPassage, "this '::: internal' passage is never closed: everything after it is internal",
                new SourceLocation(sourcePath, document.BodyFirstLine + line - 1, 1), "end the passage with a line of ':::'"));
        }

        var strippedText = document.Exists ? "---\n" + document.Yaml + "---\n" + stripped.Text : stripped.Text;
        var again = ReadText(sourcePath, strippedText);
        if (again.Postmortem is null)
        {
            var reason = again.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "it cannot be read";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnclosedInternalPassage, $"without its internal passages the postmortem cannot be read: {reason}",
                new SourceLocation(sourcePath, document.BodyFirstLine, 1), "keep the facts every edition needs (such as the date) outside '::: internal' passages"));
            return new ReadResult(null, diagnostics);
        }

        return new ReadResult(postmortem with { WithoutInternalPassages = again.Postmortem }, diagnostics);
    }

    private ReadResult ReadText(string sourcePath, string text)
    {
        var diagnostics = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", "")))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyFile, "the file is empty", new SourceLocation(sourcePath, 1, 1),
                "write the postmortem (see the README for the format) or delete the file"));
            return new ReadResult(null, diagnostics);
        }

        text = ReplaceUnsafeCharacters(TextNormalizer.Normalize(text), sourcePath, diagnostics);
        var document = FrontMatter.Split(text);
        if (!document.Exists)
        {
            var legacy = ReadLegacy(sourcePath, text);
            return legacy with { Diagnostics = [.. diagnostics, .. legacy.Diagnostics] };
        }

        var root = ParseYaml(document, sourcePath, diagnostics);
        if (root is null)
        {
            return new ReadResult(null, diagnostics);
        }

        var postmortem = Map(new YamlFields(root, sourcePath, document.YamlFirstLine - 1, diagnostics), document, sourcePath, diagnostics);
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);

        // An aliased value is one node reached from many places: it is reported once, not once per place.
        return new ReadResult(failed ? null : postmortem, diagnostics.Distinct().ToList()) { FailedId = failed ? postmortem.Id : null };
    }

    /// <summary>Control characters typed or pasted into the file itself; those written as YAML escapes are caught as values are parsed.</summary>
    private static string ReplaceUnsafeCharacters(string text, string sourcePath, List<Diagnostic> diagnostics)
    {
        var first = UnsafeCharacters.IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var line = text.AsSpan(0, first).Count('\n') + 1;
        var column = first - text.LastIndexOf('\n', Math.Max(0, first - 1));
        var replaced = UnsafeCharacters.Replace(text, out var count);
        diagnostics.Add(UnsafeCharactersReplaced(new SourceLocation(sourcePath, line, column), count));
        return replaced;
    }

    private static Diagnostic UnsafeCharactersReplaced(SourceLocation location, int count = 1) =>
        Diagnostic.Warning(DiagnosticCodes.UnsafeCharacter,
            count == 1 ? "a control character was replaced by U+FFFD" : $"{count} control characters (the first here) were replaced by U+FFFD",
            location, "delete the invisible character (a control character, often pasted from a terminal); pages, feeds and the search index cannot hold it");

    /// <summary>A document without front matter goes through the importer's extractor, so a heap of old postmortems builds at once.</summary>
    private ReadResult ReadLegacy(string sourcePath, string text)
    {
        var extraction = _extractor.Value.Extract(sourcePath, text);
        var diagnostics = new List<Diagnostic>
        {
            Diagnostic.Warning(DiagnosticCodes.ImportedOnTheFly, "no front matter: read as a legacy postmortem, with the fields guessed from the text", new SourceLocation(sourcePath, 1, 1),
                "run 'postmortemsite import' on this file to write the extracted fields as front matter, then review them"),
        };
        diagnostics.AddRange(extraction.Diagnostics);
        var fields = FieldReadings.From(extraction.Report, extraction.Postmortem.Classification.Confidence);
        var plainText = SourceFormats.FromName(sourcePath) == SourceFormat.PlainText;
        var postmortem = extraction.Postmortem.ToPostmortem() is { } read ? read with { Imported = FieldReadings.Notes(fields, plainText) } : null;
        if (BodyValidator.Validate(postmortem?.BodyMarkdown ?? "", sourcePath, 1) is { } bodyProblem)
        {
            diagnostics.Add(bodyProblem);
            postmortem = null;
        }

        if (postmortem is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, "no date found in a document without front matter", new SourceLocation(sourcePath, 1, 1),
                "add a line such as 'Date: 2024-03-12' near the top, or import the file and set 'date:'"));
        }

        return new ReadResult(postmortem, diagnostics);
    }

    private static YamlMappingNode? ParseYaml(FrontMatter document, string sourcePath, List<Diagnostic> diagnostics)
    {
        try
        {
            // The fast parser declines anything unusual before emitting a thing, so errors still come from YamlDotNet's own parser.
            var stream = new YamlStream();
            var parser = new GuardedYamlParser((IParser?)FastYamlParser.TryParse(document.Yaml!) ?? new Parser(new StringReader(document.Yaml!)));
            stream.Load(parser);
            foreach (var mark in parser.ReplacedCharacters)
            {
                diagnostics.Add(UnsafeCharactersReplaced(new SourceLocation(sourcePath, (int)mark.Line + document.YamlFirstLine - 1, (int)mark.Column)));
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, "the front matter is empty", new SourceLocation(sourcePath, 1, 1), "add at least 'title', 'date' and 'root_cause: { category: ... }'"));
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, "the front matter is not a set of 'name: value' lines", new SourceLocation(sourcePath, document.YamlFirstLine, 1), "write one 'field: value' per line between the '---' fences"));
                return null;
            }

            return mapping;
        }
        catch (YamlLimitException e)
        {
            diagnostics.Add(Diagnostic.Error(e.Code, e.Message, new SourceLocation(sourcePath, (int)e.Start.Line + document.YamlFirstLine - 1, (int)e.Start.Column), e.Hint));
            return null;
        }
        catch (YamlException e)
        {
            var message = YamlMessage(e);
            var (yamlLine, column) = ErrorPosition(e, document.Yaml!, message);
            var line = yamlLine + document.YamlFirstLine - 1;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, $"invalid YAML: {message}", new SourceLocation(sourcePath, Math.Max(line, 1), column),
                "check indentation (spaces, not tabs), closing quotes, and that each key appears once; quote values that contain ': ' or start with a special character"));
            return null;
        }
    }

    private Postmortem Map(YamlFields fields, FrontMatter document, string sourcePath, List<Diagnostic> diagnostics)
    {
        // The author's notes (the template's prompts among them) are for the author: no later stage sees them.
        var body = AuthorNotes.Strip(document.Body);

        // What each field left out means. Without an explicit id, the file name is made URL-safe; "Orders Outage.md"
        // and "orders-outage.md" then collide, as they should.
        var blank = new Postmortem(
            Id: PostmortemIds.FromFileName(sourcePath),
            Title: "",
            Date: default,
            Status: IncidentStatus.Published,
            Severity: null,
            Summary: null,
            RootCause: new RootCause(RootCauseTaxonomy.UnknownSlug, [], null),
            Timestamps: Timestamps.None,
            Impact: Impact.None,
            Services: [],
            Teams: [],
            Tags: [],
            Related: [],
            ActionItems: [],
            Timeline: [],
            BodyMarkdown: body,
            RootCauseText: "",
            SourcePath: sourcePath)
        {
            BodyLine = document.BodyFirstLine,
        };
        var postmortem = FrontMatterSchema.Read(fields, blank, (field, value, mapping) => Check(field, value, mapping, diagnostics));

        var idLocation = fields.Has(IdField.Name) ? fields.KeyLocation(IdField.Name) : new SourceLocation(sourcePath, 1, 1);
        if (!PostmortemIds.IsValid(postmortem.Id))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidId, $"id '{postmortem.Id}' is not usable as a URL and folder name", idLocation,
                "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, and not a reserved name such as 'con' or 'nul'"));
        }

        if (RootCauseSection.Required && !fields.Has(RootCauseSection.Name))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, "required field 'root_cause' is missing", fields.Location,
                "add 'root_cause:' with 'category: <slug>' from root-causes.yml, for example 'category: database/index'"));
        }

        if (BodyValidator.Validate(document.Body, sourcePath, document.BodyFirstLine) is { } bodyProblem)
        {
            diagnostics.Add(bodyProblem);
        }

        return postmortem with
        {
            Timeline = fields.Has(TimelineField.Name) ? postmortem.Timeline : TimelineFromBody(body, postmortem.Date, postmortem.Timestamps),
            RootCauseText = MarkdownSections.Find(body, "root cause") ?? postmortem.RootCause.Trigger ?? "",
        };
    }

    /// <summary>The rules the schema cannot state, each run as its field is read; a value that breaks one is left unset.</summary>
    private object? Check(FrontMatterField field, object value, YamlFields mapping, List<Diagnostic> diagnostics)
    {
        if (ReferenceEquals(field, Category))
        {
            CheckCategory((string)value, mapping.KeyLocation(field.Name), diagnostics);
        }
        else if (ReferenceEquals(field, Secondary))
        {
            foreach (var slug in (IReadOnlyList<string>)value)
            {
                CheckCategory(slug, mapping.KeyLocation(field.Name), diagnostics);
            }
        }
        else if (ReferenceEquals(field, Confidence) && value is double confidence and (< 0 or > 1))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'confidence' must be between 0 and 1, not {confidence}", mapping.KeyLocation(field.Name), "write a number such as 0.75, or remove the line"));
            return null;
        }
        else if (ReferenceEquals(field, UsersAffected) && value is double percentage and (< 0 or > 100))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'users_affected_pct' must be between 0 and 100, not {percentage}", mapping.KeyLocation(field.Name), "write a percentage such as 38"));
            return null;
        }
        else if (ReferenceEquals(field, StatedDuration) && value is double minutes and (<= 0 or > MaxStatedDurationMinutes))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'duration_minutes' must be more than 0 and at most {MaxStatedDurationMinutes} (a year), not {minutes}", mapping.KeyLocation(field.Name), "write the minutes the impact lasted, such as 420, or remove the line"));
            return null;
        }
        else if (ReferenceEquals(field, TimestampsSection))
        {
            CheckOrder((Timestamps)value, mapping, diagnostics);
        }
        else if (ReferenceEquals(field, InternalFieldsField))
        {
            CheckInternalFields((IReadOnlyList<string>)value, mapping, diagnostics);
        }

        return value;
    }

    /// <summary>A misspelt name would leave in the public edition what was meant to stay internal, so it is an error.</summary>
    private static void CheckInternalFields(IReadOnlyList<string> names, YamlFields fields, List<Diagnostic> diagnostics)
    {
        foreach (var name in names.Where(n => !InternalFields.IsKnown(n)))
        {
            var nearest = Suggestions.Nearest(name, InternalFields.Names);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownInternalField, $"'{name}' in 'internal_fields' is not a field the public edition can leave out", fields.KeyLocation("internal_fields"),
                nearest is null ? $"use any of: {string.Join(", ", InternalFields.Names)}" : $"did you mean '{nearest}'?"));
        }
    }

    /// <summary>
    /// The body's "## Timeline" section, read like an imported one: times without a zone take the zone of the front
    /// matter's timestamps (UTC when there are none), on the incident date.
    /// </summary>
    private static IReadOnlyList<TimelineEvent> TimelineFromBody(string body, DateOnly date, Timestamps timestamps)
    {
        if (MarkdownSections.Find(body, "timeline") is not { Length: > 0 } section)
        {
            return [];
        }

        var offset = (timestamps.Started ?? timestamps.Detected ?? timestamps.Mitigated ?? timestamps.Resolved)?.Offset ?? TimeSpan.Zero;
        var zone = new TimeZoneRule(offset == TimeSpan.Zero ? "UTC" : offset.ToString(), offset, DaylightSaving.None);
        var context = new TimelineContext(date == default ? null : date, zone, timestamps.Started);
        return TimelineParser.Parse(section, context).TimelineEvents;
    }

    private void CheckCategory(string slug, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (_taxonomy.Find(slug) is not null)
        {
            return;
        }

        var suggestion = _taxonomy.Suggest(slug);
        var hint = suggestion is null
            ? "use a slug from root-causes.yml, or add this one there"
            : $"did you mean '{suggestion}'? (or add '{slug}' to root-causes.yml)";
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownCategory, $"unknown root-cause category '{slug}'", location, hint));
    }

    /// <summary>started &lt;= detected &lt;= mitigated &lt;= resolved, comparing each present value with the last present one before it.</summary>
    private static void CheckOrder(Timestamps timestamps, YamlFields section, List<Diagnostic> diagnostics)
    {
        (string Name, DateTimeOffset Value)? previous = null;
        foreach (var field in TimestampsSection.Fields!)
        {
            if (field.Binding!.Value(timestamps) is not DateTimeOffset current)
            {
                continue;
            }

            if (previous is { } before && current < before.Value)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TimestampOrder,
                    $"'{field.Name}' ({current.UtcDateTime:yyyy-MM-dd HH:mm}Z) is before '{before.Name}' ({before.Value.UtcDateTime:yyyy-MM-dd HH:mm}Z)",
                    section.KeyLocation(field.Name), "timestamps must be in order: started <= detected <= mitigated <= resolved; check the date and the time zone"));
            }

            previous = (field.Name, current);
        }
    }

    /// <summary>YamlDotNet reports a tab error at the start of the enclosing mapping; the tab itself is what the author must fix.</summary>
    private static (int Line, int Column) ErrorPosition(YamlException e, string yaml, string message)
    {
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = yaml.Split('\n');
            var tabbed = Array.FindIndex(lines, l => l.StartsWith('\t') || (l.TrimStart(' ').StartsWith('\t') && l.Trim().Length > 0));
            if (tabbed >= 0)
            {
                return (tabbed + 1, 1);
            }
        }

        return ((int)e.Start.Line, (int)e.Start.Column);
    }

    private static string YamlMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
    }
}

public sealed record ReadResult(Postmortem? Postmortem, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The id of a postmortem whose front matter was read but had errors, so links to it are not reported as unknown too.</summary>
    public string? FailedId { get; init; }
}
