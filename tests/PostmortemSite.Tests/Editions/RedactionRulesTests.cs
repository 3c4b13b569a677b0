using PostmortemSite.Checking;
using PostmortemSite.Editions;
using PostmortemSite.Model;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Editions;

public sealed class RedactionRulesTests
{
    private static string Redact(string rulesYaml, string text)
    {
        var rules = RedactionRules.Parse(rulesYaml);
        Assert.Empty(rules.Diagnostics);
        var incident = Incidents.Make("x") with { BodyMarkdown = text };
        var redacted = new Redactor(rules.Rules).Redact(incident, new int[rules.Rules.Count]);
        return redacted.BodyMarkdown;
    }

    [Fact]
    public void A_literal_matches_whole_words_in_any_case_and_across_a_line_break()
    {
        var text = Redact("redact:\n  - text: Acme Corp\n", "ACME corp called. acme\nCorp again. AcmeCorp and Acme Corporation stay.");

        Assert.Equal("[redacted] called. [redacted] again. AcmeCorp and Acme Corporation stay.", text);
    }

    [Fact]
    public void A_literal_with_punctuation_at_its_edges_still_matches_after_a_space()
    {
        Assert.Equal("mail [redacted] now", Redact("redact:\n  - text: '@oncall'\n", "mail @oncall now"));
    }

    [Fact]
    public void A_pattern_is_a_dotnet_regular_expression_as_written()
    {
        var text = Redact("redact:\n  - pattern: '\\b[a-z0-9-]+\\.corp\\.example\\b'\n  - pattern: '\\b10\\.\\d+\\.\\d+\\.\\d+\\b'\n", "db-1.corp.example at 10.2.3.4; DB-2.CORP.EXAMPLE stays");

        Assert.Equal("[redacted] at [redacted]; DB-2.CORP.EXAMPLE stays", text);
    }

    [Fact]
    public void A_pattern_with_a_backreference_still_works_on_the_backtracking_engine()
    {
        Assert.Equal("x [redacted] y", Redact("redact:\n  - pattern: '(\\w)\\1{2}'\n", "x aaa y"));
    }

    [Theory]
    [InlineData("redact:\n  - text: [unclosed\n", 3)]
    [InlineData("redact: nope\n", 1)]
    [InlineData("rules:\n  - text: a\n", 1)]
    [InlineData("redact:\n  - text: a\n  - texts: b\n", 3)]
    [InlineData("redact:\n  - text: a\n    pattern: b\n", 2)]
    [InlineData("redact:\n  - text: ''\n", 2)]
    public void A_malformed_rules_file_is_reported_with_its_line(string yaml, int line)
    {
        var rules = RedactionRules.Parse(yaml);

        var problem = Assert.Single(rules.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidRedactionFile, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(new SourceLocation("redact.yml", line, 1), problem.Location);
        Assert.NotNull(problem.Hint);
    }

    [Fact]
    public void A_rules_file_nested_deeper_than_front_matter_may_be_is_an_error_not_a_crash()
    {
        var yaml = "redact:\n  - text: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var rules = RedactionRules.Parse(yaml);

        var problem = Assert.Single(rules.Diagnostics);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("redact.yml", problem.Location.File);
        Assert.Empty(rules.Rules);
    }

    [Theory]
    [InlineData("redact:\n  - text: ok\n  - pattern: '[a-'\n", 3, 1)]
    [InlineData("redact:\n  - pattern: 'a*'\n", 2, 0)]
    public void An_invalid_or_empty_matching_pattern_is_reported_with_its_line(string yaml, int line, int usable)
    {
        var rules = RedactionRules.Parse(yaml);

        var problem = Assert.Single(rules.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidRedactionPattern, problem.Code);
        Assert.Equal(line, problem.Location.Line);
        Assert.Equal(usable, rules.Rules.Count);
    }

    [Fact]
    public async Task A_broken_rules_file_fails_the_build_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("input/a.md", "---\ntitle: A\ndate: 2024-01-01\nvisibility: public\nroot_cause: { category: database/index }\n---\nBody.\n");
        folder.Write("input/redact.yml", "redact:\n  - pattern: '(unclosed'\n");

        var build = await new SiteBuilder(Theme.DefaultTheme.Create()).BuildAsync(new SiteOptions(folder.Combine("input"), folder.Combine("out")) { Edition = Edition.Public });

        Assert.True(build.Failed);
        Assert.Contains(build.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRedactionPattern && d.Location.Line == 2);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public void A_pattern_that_runs_away_on_an_incident_is_an_error_naming_the_file_not_a_hang()
    {
        // Nested repetition with a backreference (so the backtracking engine runs it) on a long run of one letter.
        var rules = RedactionRules.Parse("redact:\n  - pattern: '^(\\w+)+\\1$'\n");
        var incident = Incidents.Make("slow") with { Visibility = Visibility.Public, BodyMarkdown = new string('a', 40) + "!" };
        var read = new ReadStageResult(TaxonomyReader.Default, [incident], []);

        var result = EditionSelector.Select(read, rules, new SiteOptions("in", "out") { Edition = Edition.Public });

        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.RedactionTimeout, problem.Code);
        Assert.Equal(incident.SourcePath, problem.Location.File);
    }

    [Fact]
    public void A_rule_that_matches_nothing_in_the_public_edition_is_a_warning_at_its_line()
    {
        var rules = RedactionRules.Parse("redact:\n  - text: Acme\n  - text: Acmee\n");
        var shown = Incidents.Make("shown") with { Visibility = Visibility.Public, Summary = "Acme saw errors" };
        var hidden = Incidents.Make("hidden") with { Summary = "Acmee too" };

        var result = EditionSelector.Select(new ReadStageResult(TaxonomyReader.Default, [shown, hidden], []), rules, new SiteOptions("in", "out") { Edition = Edition.Public });

        Assert.Equal([1, 0], result.Report.Rules.Select(r => r.Matches));
        var unused = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnusedRedactionRule, Severity.Warning, 3), (unused.Code, unused.Severity, unused.Location.Line));
    }

    [Fact]
    public void An_id_holding_redacted_text_is_an_error_because_it_is_part_of_an_address()
    {
        var rules = RedactionRules.Parse("redact:\n  - text: acme\n");
        var incident = Incidents.Make("acme-outage") with { Visibility = Visibility.Public };

        var result = EditionSelector.Select(new ReadStageResult(TaxonomyReader.Default, [incident], []), rules, new SiteOptions("in", "out") { Edition = Edition.Public });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.RedactedAddress, Severity.Error), (problem.Code, problem.Severity));
    }

    [Fact]
    public void The_internal_edition_applies_no_rule_and_leaves_no_incident_out()
    {
        var rules = RedactionRules.Parse("redact:\n  - text: Acme\n");
        var incident = Incidents.Make("x") with { Summary = "Acme" };

        var result = EditionSelector.Select(new ReadStageResult(TaxonomyReader.Default, [incident], []), rules, new SiteOptions("in", "out"));

        Assert.Same(incident, Assert.Single(result.Postmortems));
        Assert.Empty(result.Report.LeftOut);
    }
}
