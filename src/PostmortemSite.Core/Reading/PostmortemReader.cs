using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Reading;

/// <summary>Reads one canonical postmortem (YAML front matter + Markdown) into a <see cref="Postmortem"/>.</summary>
public sealed class PostmortemReader
{
    // The known fields of each mapping, which are required and the allowed values come from the one schema.
    private static readonly FrontMatterField TitleField = FrontMatterSchema.Field("title");
    private static readonly FrontMatterField DateField = FrontMatterSchema.Field("date");
    private static readonly FrontMatterField RootCauseSection = FrontMatterSchema.Field("root_cause");
    private static readonly FrontMatterField Category = FrontMatterSchema.Field("root_cause.category");
    private static readonly FrontMatterField ActionTitle = FrontMatterSchema.Field("action_items.title");
    private static readonly FrontMatterField EventText = FrontMatterSchema.Field("timeline.text");
    private static readonly IReadOnlyList<string> Visibilities = FrontMatterSchema.Field("visibility").Allowed!;
    private static readonly IReadOnlyList<string> RootCauseFields = FrontMatterSchema.Field("root_cause").FieldNames;
    private static readonly IReadOnlyList<string> TimestampFields = FrontMatterSchema.Field("timestamps").FieldNames;
    private static readonly IReadOnlyList<string> ImpactFields = FrontMatterSchema.Field("impact").FieldNames;
    private static readonly IReadOnlyList<string> ActionFields = FrontMatterSchema.Field("action_items").FieldNames;
    private static readonly IReadOnlyList<string> TimelineFields = FrontMatterSchema.Field("timeline").FieldNames;

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
        fields.WarnAboutUnknownKeys(FrontMatterSchema.FieldNames, "front matter");

        // Without an explicit id, the file name is made URL-safe; "Orders Outage.md" and "orders-outage.md" then collide, as they should.
        var id = fields.String("id") ?? PostmortemIds.FromFileName(sourcePath);
        var idLocation = fields.Has("id") ? fields.KeyLocation("id") : new SourceLocation(sourcePath, 1, 1);
        if (!PostmortemIds.IsValid(id))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidId, $"id '{id}' is not usable as a URL and folder name", idLocation,
                "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, and not a reserved name such as 'con' or 'nul'"));
        }

        var title = fields.String(TitleField.Name, TitleField.Required) ?? "";
        var date = fields.Date(DateField.Name, DateField.Required) ?? default;
        var status = fields.OneOf<IncidentStatus>("status") ?? IncidentStatus.Published;
        var rootCause = ReadRootCause(fields, diagnostics);
        var timestamps = ReadTimestamps(fields, diagnostics);
        var impactFields = fields.Mapping("impact");
        impactFields?.WarnAboutUnknownKeys(ImpactFields, "impact");
        var impact = impactFields is null
            ? Impact.None
            : new Impact(impactFields.String("description"), ReadPercentage(impactFields, diagnostics), impactFields.Bool("customer_facing"));

        // The author's notes (the template's prompts among them) are for the author: no later stage sees them.
        var body = AuthorNotes.Strip(document.Body);
        if (BodyValidator.Validate(document.Body, sourcePath, document.BodyFirstLine) is { } bodyProblem)
        {
            diagnostics.Add(bodyProblem);
        }

        var visibility = fields.OneOf("visibility", Visibilities, null) switch
        {
            "public" => Visibility.Public,
            "internal" => Visibility.Internal,
            _ => (Visibility?)null,
        };
        var internalFields = ReadInternalFields(fields, diagnostics);

        var actionItems = fields.MappingList("action_items").Select(ReadActionItem).OfType<ActionItem>().ToList();
        var timeline = fields.Has("timeline")
            ? fields.MappingList("timeline").Select(ReadTimelineEvent).OfType<TimelineEvent>().ToList()
            : TimelineFromBody(body, date, timestamps);

        return new Postmortem(
            Id: id,
            Title: title,
            Date: date,
            Status: status,
            Severity: fields.String("severity"),
            Summary: fields.String("summary"),
            RootCause: rootCause,
            Timestamps: timestamps,
            Impact: impact,
            Services: fields.StringList("services"),
            Teams: fields.StringList("teams"),
            Tags: fields.StringList("tags"),
            Related: fields.StringList("related"),
            ActionItems: actionItems,
            Timeline: timeline,
            BodyMarkdown: body,
            RootCauseText: MarkdownSections.Find(body, "root cause") ?? rootCause.Trigger ?? "",
            SourcePath: sourcePath)
        {
            BodyLine = document.BodyFirstLine,
            Visibility = visibility,
            InternalFields = internalFields,
            Imported = ImportNotesYaml.Read(fields),
        };
    }

    /// <summary>A misspelt name would leave in the public edition what was meant to stay internal, so it is an error.</summary>
    private static IReadOnlyList<string> ReadInternalFields(YamlFields fields, List<Diagnostic> diagnostics)
    {
        var names = fields.StringList("internal_fields");
        foreach (var name in names.Where(n => !InternalFields.IsKnown(n)))
        {
            var nearest = Suggestions.Nearest(name, InternalFields.Names);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownInternalField, $"'{name}' in 'internal_fields' is not a field the public edition can leave out", fields.KeyLocation("internal_fields"),
                nearest is null ? $"use any of: {string.Join(", ", InternalFields.Names)}" : $"did you mean '{nearest}'?"));
        }

        return names;
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

    private RootCause ReadRootCause(YamlFields fields, List<Diagnostic> diagnostics)
    {
        var section = fields.Mapping("root_cause");
        if (section is null)
        {
            if (RootCauseSection.Required && !fields.Has(RootCauseSection.Name))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, "required field 'root_cause' is missing", fields.Location,
                    "add 'root_cause:' with 'category: <slug>' from root-causes.yml, for example 'category: database/index'"));
            }

            return new RootCause(RootCauseTaxonomy.UnknownSlug, [], null);
        }

        section.WarnAboutUnknownKeys(RootCauseFields, "root_cause");
        var category = section.String(Category.Name, Category.Required);
        if (category is not null)
        {
            CheckCategory(category, section.KeyLocation("category"), diagnostics);
        }

        var secondary = section.StringList("secondary");
        foreach (var slug in secondary)
        {
            CheckCategory(slug, section.KeyLocation("secondary"), diagnostics);
        }

        var confidence = section.Number("confidence");
        if (confidence is < 0 or > 1)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'confidence' must be between 0 and 1, not {confidence}", section.KeyLocation("confidence"), "write a number such as 0.75, or remove the line"));
            confidence = null;
        }

        return new RootCause(category ?? RootCauseTaxonomy.UnknownSlug, secondary, section.String("trigger"), confidence, section.String("decided_by"));
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

    private static Timestamps ReadTimestamps(YamlFields fields, List<Diagnostic> diagnostics)
    {
        var section = fields.Mapping("timestamps");
        if (section is null)
        {
            return Timestamps.None;
        }

        section.WarnAboutUnknownKeys(TimestampFields, "timestamps");
        var values = TimestampFields.Select(name => (Name: name, Value: section.Timestamp(name))).ToList();

        // started <= detected <= mitigated <= resolved, comparing each present value with the last present one before it.
        (string Name, DateTimeOffset Value)? previous = null;
        foreach (var (name, value) in values)
        {
            if (value is not { } current)
            {
                continue;
            }

            if (previous is { } before && current < before.Value)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TimestampOrder,
                    $"'{name}' ({current.UtcDateTime:yyyy-MM-dd HH:mm}Z) is before '{before.Name}' ({before.Value.UtcDateTime:yyyy-MM-dd HH:mm}Z)",
                    section.KeyLocation(name), "timestamps must be in order: started <= detected <= mitigated <= resolved; check the date and the time zone"));
            }

            previous = (name, current);
        }

        return new Timestamps(values[0].Value, values[1].Value, values[2].Value, values[3].Value);
    }

    private static double? ReadPercentage(YamlFields impact, List<Diagnostic> diagnostics)
    {
        var value = impact.Number("users_affected_pct");
        if (value is < 0 or > 100)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'users_affected_pct' must be between 0 and 100, not {value}", impact.KeyLocation("users_affected_pct"), "write a percentage such as 38"));
            return null;
        }

        return value;
    }

    private static ActionItem? ReadActionItem(YamlFields item)
    {
        item.WarnAboutUnknownKeys(ActionFields, "action item");
        var title = item.String(ActionTitle.Name, ActionTitle.Required);
        var status = item.OneOf<ActionStatus>("status") ?? ActionStatus.Open;
        var action = new ActionItem(title ?? "", item.String("owner"), item.OneOf<ActionType>("type", ignoreUnknown: true), item.String("priority"), status, item.String("ticket"), item.Date("due"));
        return title is null ? null : action;
    }

    private static TimelineEvent? ReadTimelineEvent(YamlFields entry)
    {
        entry.WarnAboutUnknownKeys(TimelineFields, "timeline");
        var time = entry.Timestamp("time");
        var text = entry.String(EventText.Name, EventText.Required);
        var milestone = entry.OneOf<Milestone>("milestone");
        var deadEnd = entry.Bool("dead_end") ?? false;
        return text is null ? null : new TimelineEvent(time, text, milestone, deadEnd);
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
