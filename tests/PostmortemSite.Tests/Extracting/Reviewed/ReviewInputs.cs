using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>How the review tests read their inputs: a whole text through the importer's extractor, a timeline on its own, or the action items of a text, and how a failed assertion shows the items.</summary>
internal static class ReviewInputs
{
    public static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    public static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    /// <summary>A text read as the importer reads a file; <paramref name="fileDay"/> is the day the file was last saved, when a test needs one.</summary>
    public static ExtractedPostmortem Extracted(string text, string file = "incident.md", DateOnly? fileDay = null) => Extractor.Extract(file, text, fileDay).Postmortem;

    /// <summary>A timeline's lines read on their own, in UTC, dated <paramref name="date"/>.</summary>
    public static IReadOnlyList<TimelineEvent> TimelineOf(string text, string? date = "2024-06-22") =>
        TimelineParser.Parse(text, new TimelineContext(date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), TimeZoneTable.Find("UTC")!, null)).TimelineEvents;

    public static Postmortem Imported(string text, string file = "incident.md", DateOnly? fileDay = null) => Extracted(text, file, fileDay).ToPostmortem()!;

    // A short narrative postmortem with no list of actions, for the sentences about work that tests put after it.
    public const string CacheOutageStory = "# Cache outage\n\nThe cache servers ran out of memory at 14:05 UTC and were restarted at 14:40 UTC.\n\n";

    public static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    public static string Show(IReadOnlyList<ActionItem> items) => "[" + string.Join(" | ", items.Select(i => $"{i.Title} ({i.Status})")) + "]";
}
