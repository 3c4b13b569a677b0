namespace PostmortemSite.Checking;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>A place in a source file; line and column are 1-based, 0 when unknown.</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
}

/// <summary>A problem with the user's content: where it is, what is wrong, and what to do about it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation location, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    public static Diagnostic Warning(string code, string message, SourceLocation location, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}{Environment.NewLine}    hint: {Hint}";
    }
}

internal static class DiagnosticCodes
{
    public const string InvalidYaml = "PM001";
    public const string MissingField = "PM002";
    public const string InvalidValue = "PM003";
    public const string InvalidTimestamp = "PM004";
    public const string TimestampOrder = "PM005";
    public const string UnknownCategory = "PM006";
    public const string DuplicateId = "PM007";
    public const string NoFrontMatter = "PM008";
    public const string UnreadableFile = "PM009";
    public const string UnknownRelated = "PM010";
    public const string InvalidTaxonomy = "PM011";
    public const string InvalidId = "PM012";
    public const string UnknownField = "PM013";
    public const string NoPostmortems = "PM014";
    public const string UnresolvedLink = "PM016";
    public const string BinaryFile = "PM017";
    public const string NotUtf8 = "PM018";
    public const string SkippedLink = "PM019";
    public const string BodyTooComplex = "PM020";
    public const string FileTooLarge = "PM021";
    public const string EmptyFile = "PM022";
    public const string ImportedOnTheFly = "PM015";
    public const string AssumedTimeZone = "PM023";
    public const string UnclassifiedRootCause = "PM024";
    public const string NotExtracted = "PM025";
    public const string OutputExists = "PM026";
    public const string InvalidConfig = "PM027";
    public const string UnknownConfigKey = "PM028";
    public const string OutputNotOwned = "PM030";
    public const string OutputInTheWay = "PM031";
    public const string OutputOverlapsInput = "PM032";
    public const string OutputNotWritable = "PM033";
    public const string NotARegularFile = "PM034";
    public const string AliasesTooLarge = "PM040";
    public const string UnsafeCharacter = "PM041";

    // Editions and redaction (PM073-PM079).
    public const string InvalidRedactionFile = "PM073";
    public const string InvalidRedactionPattern = "PM074";
    public const string UnusedRedactionRule = "PM075";
    public const string RedactionTimeout = "PM076";
    public const string UnknownInternalField = "PM077";
    public const string RedactedAddress = "PM078";
    public const string UnclosedInternalPassage = "PM079";

    // PM050-PM059: import accuracy (issue 17).
    public const string DateGuessed = "PM050";
    public const string ImportWouldNotBuild = "PM051";
    public const string NotImported = "PM052";
    public const string MilestoneDropped = "PM053";
    public const string ImporterFault = "PM054";

    // PM080-PM084: import formats and review (issue 17, items 7-9).
    public const string NotConverted = "PM080";
    public const string LeftOutOnConversion = "PM081";
    public const string ReviewReportNotOwned = "PM082";
    public const string NoSiteUrl = "PM065";

    // PM085-PM087: front-matter schema (issue 13).
    public const string UnknownValueIgnored = "PM085";
}
