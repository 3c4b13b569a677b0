using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>How the review tests read their inputs: a whole text through the importer's extractor, or the action items of one, and how a failed assertion shows the items.</summary>
internal static class ReviewInputs
{
    public static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    public static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    public static ExtractedPostmortem Extracted(string text, string file = "incident.md") => Extractor.Extract(file, text).Postmortem;

    public static Postmortem Imported(string text, string file = "incident.md") => Extracted(text, file).ToPostmortem()!;

    public static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    public static string Show(IReadOnlyList<ActionItem> items) => "[" + string.Join(" | ", items.Select(i => $"{i.Title} ({i.Status})")) + "]";
}
