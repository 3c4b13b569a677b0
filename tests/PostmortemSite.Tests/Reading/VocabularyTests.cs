using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Reading;

/// <summary>The closed sets of front matter are enums: each value is spelt once, and the reader accepts exactly those spellings.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_value_of_every_closed_set_has_its_own_spelling_that_reads_back()
    {
        AssertRoundTrip<IncidentStatus>(["draft", "in-review", "published"]);
        AssertRoundTrip<Milestone>(["started", "detected", "identified", "mitigated", "resolved"]);
        AssertRoundTrip<ActionStatus>(["open", "in-progress", "done", "wont-do"]);
        AssertRoundTrip<ActionType>(["prevent", "detect", "mitigate", "process"]);
    }

    [Fact]
    public void Spellings_are_read_in_any_case_and_anything_else_is_not_a_value()
    {
        Assert.Equal(ActionStatus.InProgress, Vocabulary.Parse<ActionStatus>("In-Progress"));
        Assert.Null(Vocabulary.Parse<ActionStatus>("InProgress"));
        Assert.Null(Vocabulary.Parse<Milestone>(""));
    }

    [Fact]
    public void An_action_item_type_outside_the_set_is_left_out_with_a_warning_and_the_incident_still_builds()
    {
        var read = Read("""
            action_items:
              - title: Alert on replica lag
                type: detect
              - title: Rewrite the runbook
                type: documentation
            """);

        Assert.NotNull(read.Postmortem);
        Assert.Equal([ActionType.Detect, null], read.Postmortem.ActionItems.Select(a => a.Type));
        var warning = Assert.Single(read.Diagnostics, d => d.Code == "PM085");
        Assert.Equal(Checking.Severity.Warning, warning.Severity);
        Assert.Equal(10, warning.Location.Line);
        Assert.Contains("prevent, detect, mitigate, process", warning.Hint);
    }

    [Fact]
    public void A_status_outside_the_set_fails_the_incident_and_names_the_allowed_values()
    {
        var read = Read("status: finished\n");

        Assert.Null(read.Postmortem);
        var error = Assert.Single(read.Diagnostics, d => d.Code == "PM003");
        Assert.Contains("must be one of draft, in-review, published, not 'finished'", error.Message);
    }

    [Fact]
    public void Milestones_and_statuses_are_read_into_their_enums()
    {
        var read = Read("""
            status: in-review
            action_items:
              - title: Add the index
                status: wont-do
            timeline:
              - time: 2024-03-12T09:00:00Z
                text: Root cause found
                milestone: Identified
            """);

        Assert.Equal(IncidentStatus.InReview, read.Postmortem!.Status);
        Assert.Equal(ActionStatus.WontDo, read.Postmortem.ActionItems[0].Status);
        Assert.Equal(Milestone.Identified, read.Postmortem.Timeline[0].Milestone);
    }

    private static ReadResult Read(string extraFrontMatter) =>
        new PostmortemReader(TaxonomyReader.Default).Read("postmortems/x.md",
            "---\ntitle: Orders down\ndate: 2024-03-12\nroot_cause:\n  category: unknown\n" + extraFrontMatter.TrimEnd('\n') + "\n---\n\nBody.\n");

    private static void AssertRoundTrip<T>(string[] spellings) where T : struct, Enum
    {
        Assert.Equal(spellings, Vocabulary.Names<T>());
        Assert.Equal(Enum.GetValues<T>(), spellings.Select(s => Vocabulary.Parse<T>(s)!.Value));
    }
}
