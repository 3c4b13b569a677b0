using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Extracting;
using PostmortemSite.Tests.Importing;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Reading;

public sealed class LegacyReadingTests
{
    private static readonly PostmortemReader Reader = new(TaxonomyReader.Default);

    [Fact]
    public void A_document_without_front_matter_is_read_through_the_extractor_with_a_warning()
    {
        var result = Reader.Read("postmortems/plain-labels.txt", PostmortemExtractorTests.Fixture("plain-labels.txt"));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportedOnTheFly && d.Severity == Severity.Warning);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var postmortem = result.Postmortem!;
        Assert.Equal("plain-labels", postmortem.Id);
        Assert.Equal("Checkout Payments Timing Out", postmortem.Title);
        Assert.Equal("dependency/third-party", postmortem.RootCause.Category);
        Assert.Equal(DateTimeOffset.Parse("2024-03-03T14:15:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(7, postmortem.Timeline.Count);
    }

    [Fact]
    public void A_document_without_front_matter_or_a_date_is_an_error_that_says_what_to_add()
    {
        var result = Reader.Read("postmortems/no-clues.txt", PostmortemExtractorTests.Fixture("no-clues.txt"));

        Assert.Null(result.Postmortem);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.MissingField && d.Hint!.Contains("Date:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_canonical_postmortem_without_a_timeline_field_gets_one_from_its_timeline_section()
    {
        var text = SampleSite.Postmortem("Body timeline", body: "## Timeline\n\n- 09:55 — Deploy starts\n- 10:15 — Alert fired\n- 10:40 — Suspected DNS (not related)\n- 00:10 — Cleanup done\n")
            .Replace(":00Z\n", ":00-04:00\n", StringComparison.Ordinal);

        var timeline = Reader.Read("body.md", text).Postmortem!.Timeline;

        Assert.Equal(
            [DateTimeOffset.Parse("2024-03-12T13:55:00Z"), DateTimeOffset.Parse("2024-03-12T14:15:00Z"), DateTimeOffset.Parse("2024-03-12T14:40:00Z"), DateTimeOffset.Parse("2024-03-13T04:10:00Z")],
            timeline.Select(e => e.Time!.Value));
        Assert.Equal(Milestone.Detected, timeline[1].Milestone);
        Assert.True(timeline[2].DeadEnd);
    }

    [Fact]
    public void A_front_matter_timeline_wins_over_the_body()
    {
        var text = SampleSite.Postmortem("Front matter timeline", extra: "timeline:\n  - time: 2024-03-12T10:00:00Z\n    text: From the front matter", body: "## Timeline\n\n- 09:55 — From the body\n");

        var timeline = Reader.Read("fm.md", text).Postmortem!.Timeline;

        Assert.Equal(["From the front matter"], timeline.Select(e => e.Text));
    }

    [Fact]
    public async Task A_heap_of_legacy_documents_dropped_into_input_builds_a_site_at_once()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "plain-labels.txt", "markdown-headings.md", "tab-indented.txt" })
        {
            temp.Write(Path.Combine("input", "postmortems", name), PostmortemExtractorTests.Fixture(name));
        }

        var build = await new SiteBuilder(DefaultTheme.Create(RepoPaths.ThemeAssets)).BuildAsync(new SiteOptions(temp.Combine("input"), temp.Combine("output")));

        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        Assert.Equal(3, build.KnowledgeBase!.Incidents.Count);
        Assert.Equal(3, build.Diagnostics.Count(d => d.Code == DiagnosticCodes.ImportedOnTheFly));
        Assert.True(File.Exists(temp.Combine("output", "incidents", "tab-indented", "index.html")));
    }
}
