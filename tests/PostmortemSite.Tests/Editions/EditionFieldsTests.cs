using PostmortemSite.Checking;
using PostmortemSite.Editions;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Editions;

/// <summary>The front matter's visibility and internal_fields, and '::: internal' passages, as the reader takes them.</summary>
public sealed class EditionFieldsTests
{
    private static readonly PostmortemReader Reader = new(TaxonomyReader.Default);

    private static ReadResult Read(string frontMatter, string body = "Body.\n") =>
        Reader.Read("a.md", $"---\ntitle: A\ndate: 2024-01-01\nroot_cause: {{ category: database/index }}\n{frontMatter}---\n{body}");

    [Theory]
    [InlineData("visibility: public\n", Visibility.Public)]
    [InlineData("visibility: Internal\n", Visibility.Internal)]
    [InlineData("", null)]
    public void Visibility_is_read_and_left_unset_when_the_front_matter_does_not_say(string line, Visibility? expected)
    {
        var result = Read(line);

        Assert.Equal(expected, result.Postmortem!.Visibility);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownField);
    }

    [Fact]
    public void An_unknown_visibility_is_an_error()
    {
        var result = Read("visibility: secret\n");

        Assert.Null(result.Postmortem);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidValue && d.Location.Line == 5);
    }

    [Fact]
    public void Internal_fields_are_read_and_a_misspelt_one_is_an_error_with_a_suggestion()
    {
        Assert.Equal(["impact.description", "teams"], Read("internal_fields: [impact.description, teams]\n").Postmortem!.InternalFields);

        var misspelt = Read("internal_fields: [impact.descripton]\n");

        var problem = Assert.Single(misspelt.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownInternalField, Severity.Error, 5), (problem.Code, problem.Severity, problem.Location.Line));
        Assert.Contains("impact.description", problem.Hint);
    }

    [Fact]
    public void A_body_without_passages_has_no_second_version()
    {
        Assert.Null(Read("", "Plain text with ::: in it.\n").Postmortem!.WithoutInternalPassages);
    }

    [Fact]
    public void The_version_without_passages_derives_timeline_and_root_cause_without_them()
    {
        const string body = "## Root cause\nIndex dropped.\n\n::: internal\nBlame on Bob.\n:::\n\n## Timeline\n- 10:00 Started\n\n::: internal\n- 10:05 Called the vendor\n:::\n";

        var read = Read("", body).Postmortem!;
        var shown = read.WithoutInternalPassages!;

        Assert.Contains("Bob", read.RootCauseText);
        Assert.Equal(2, read.Timeline.Count);
        Assert.DoesNotContain("Bob", shown.RootCauseText);
        Assert.Contains("Index dropped.", shown.RootCauseText);
        Assert.Equal(["Started"], shown.Timeline.Select(e => e.Text));
        Assert.DoesNotContain("vendor", shown.BodyMarkdown);
        Assert.Equal(read.BodyMarkdown.Split('\n').Length, shown.BodyMarkdown.Split('\n').Length);
    }

    [Fact]
    public void A_passage_fence_inside_a_code_block_is_text_not_a_passage()
    {
        var read = Read("", "```\n::: internal\nshown as code\n:::\n```\n").Postmortem!;

        Assert.Null(read.WithoutInternalPassages);
    }

    [Fact]
    public void An_unclosed_passage_hides_the_rest_of_the_body_and_is_reported()
    {
        var result = Read("", "Shown.\n\n::: internal\nHidden.\n\nAlso hidden.\n");

        var shown = result.Postmortem!.WithoutInternalPassages!;
        Assert.Contains("Shown.", shown.BodyMarkdown);
        Assert.DoesNotContain("hidden", shown.BodyMarkdown, StringComparison.OrdinalIgnoreCase);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnclosedInternalPassage, Severity.Warning, 8), (warning.Code, warning.Severity, warning.Location.Line));
    }

    [Fact]
    public void Nested_and_indented_passages_are_removed_whole()
    {
        var read = Read("", "- item\n\n  ::: internal\n  secret one\n  :::\n\n:::: internal\n::: note\nsecret two\n:::\n::::\n\nEnd.\n").Postmortem!;

        var shown = read.WithoutInternalPassages!.BodyMarkdown;
        Assert.DoesNotContain("secret", shown);
        Assert.Contains("End.", shown);
    }

    [Fact]
    public void Every_field_name_the_public_edition_can_leave_out_empties_that_field()
    {
        var full = Incidents.Make("x", actions: [Incidents.Action("Do", owner: "o", ticket: "T-1", due: "2024-02-01")], timeline: [Incidents.At("10:00", "t")]) with
        {
            Summary = "s",
            Impact = new Impact("d", 5, true),
            Services = ["a"],
            Teams = ["b"],
            Tags = ["c"],
            Related = ["y"],
            RootCause = new RootCause("database/index", ["change/deployment"], "trig"),
            RootCauseText = "trig",
        };

        foreach (var name in InternalFields.Names)
        {
            Assert.NotEqual(full, InternalFields.Without(full, [name]));
        }

        var none = InternalFields.Without(full, InternalFields.Names);
        Assert.Equal((null, null, Impact.None, Timestamps.None, "", 0, 0), (none.Summary, none.Severity, none.Impact, none.Timestamps, none.RootCauseText, none.ActionItems.Count, none.Timeline.Count));
        Assert.Equal(full.Title, none.Title);
    }
}
