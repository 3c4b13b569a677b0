using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Reading;

/// <summary>Each kind of bad input gives an error naming file, line and column, with a hint, and never a stack trace.</summary>
public sealed class DiagnosticTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public DiagnosticTests() => _temp.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Invalid_yaml_is_reported_at_its_line()
    {
        _temp.Write("input/bad.md", "---\ntitle: ok\ndate: 2024-01-01\nroot_cause: {category: database/index\n---\nbody\n");

        var result = await Check();

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"bad\.md:[45]:\d+: error PM001: invalid YAML", result.Error);
        Assert.Contains("hint:", result.Error);
    }

    [Fact]
    public async Task A_tab_indented_front_matter_is_invalid_yaml_with_a_hint_about_tabs()
    {
        _temp.Write("input/tabs.md", "---\ntitle: ok\nroot_cause:\n\tcategory: database/index\n---\n");

        var result = await Check();

        Assert.Contains("tabs.md:4:", result.Error);
        Assert.Contains("PM001", result.Error);
        Assert.Contains("not tabs", result.Error);
    }

    [Fact]
    public async Task A_missing_required_field_names_the_field()
    {
        _temp.Write("input/no-title.md", "---\ndate: 2024-01-01\nroot_cause:\n  category: database/index\n---\n");

        var result = await Check();

        Assert.Contains("no-title.md:2:1: error PM002: required field 'title' is missing", result.Error);
    }

    [Fact]
    public async Task A_missing_category_is_an_error()
    {
        _temp.Write("input/no-cause.md", "---\ntitle: t\ndate: 2024-01-01\n---\n");

        var result = await Check();

        Assert.Contains("no-cause.md:2:1: error PM002: required field 'root_cause' is missing", result.Error);
    }

    [Fact]
    public async Task A_timestamp_without_a_zone_is_invalid_and_the_hint_says_to_add_one()
    {
        _temp.Write("input/zone.md", SampleSite.Postmortem("t").Replace("started: 2024-03-12T10:00:00Z", "started: 2024-03-12T10:00:00"));

        var result = await Check();

        Assert.Matches(@"zone\.md:8:\d+: error PM004: 'started' is not a valid timestamp", result.Error);
        Assert.Contains("add a time zone", result.Error);
    }

    [Fact]
    public async Task A_malformed_timestamp_is_invalid()
    {
        _temp.Write("input/garbage.md", SampleSite.Postmortem("t").Replace("detected: 2024-03-12T10:15:00Z", "detected: around ten"));

        var result = await Check();

        Assert.Contains("garbage.md:9:", result.Error);
        Assert.Contains("'detected' is not a valid timestamp: 'around ten'", result.Error);
    }

    [Fact]
    public async Task Timestamps_out_of_order_are_an_error_at_the_later_field()
    {
        _temp.Write("input/order.md", SampleSite.Postmortem("t").Replace("mitigated: 2024-03-12T11:00:00Z", "mitigated: 2024-03-12T09:00:00Z"));

        var result = await Check();

        Assert.Contains("order.md:10:3: error PM005: 'mitigated' (2024-03-12 09:00Z) is before 'detected' (2024-03-12 10:15Z)", result.Error);
    }

    [Fact]
    public async Task An_unknown_category_suggests_the_nearest_slug()
    {
        _temp.Write("input/typo.md", SampleSite.Postmortem("t", category: "database/indx"));

        var result = await Check();

        Assert.Contains("typo.md:6:3: error PM006: unknown root-cause category 'database/indx'", result.Error);
        Assert.Contains("did you mean 'database/index'?", result.Error);
    }

    [Fact]
    public async Task An_unknown_category_named_by_a_synonym_suggests_its_category()
    {
        _temp.Write("input/synonym.md", SampleSite.Postmortem("t", category: "db/deadlock"));

        var result = await Check();

        Assert.Contains("did you mean 'database/locking'?", result.Error);
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_for_both_files()
    {
        _temp.Write("input/a/incident.md", SampleSite.Postmortem("one"));
        _temp.Write("input/b/incident.md", SampleSite.Postmortem("two"));

        var result = await Check();

        Assert.Contains("a/incident.md:1:1: error PM007: id 'incident' is used by more than one postmortem", result.Error);
        Assert.Contains("b/incident.md:1:1: error PM007", result.Error);
    }

    [Fact]
    public async Task Ids_that_differ_only_by_case_are_duplicates()
    {
        _temp.Write("input/one.md", SampleSite.Postmortem("one", extra: "id: outage-1"));
        _temp.Write("input/two.md", SampleSite.Postmortem("two", extra: "id: outage-1").Replace("id: outage-1", "id: Outage-1"));

        var result = await Check();

        Assert.Contains("PM012", result.Error);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task All_problems_are_collected_and_printed_together_without_a_stack_trace()
    {
        _temp.Write("input/one.md", SampleSite.Postmortem("t", category: "nope/nope"));
        _temp.Write("input/two.md", "---\ndate: yesterday\nroot_cause:\n  category: database/index\n---\n");
        _temp.Write("input/fine.md", SampleSite.Postmortem("fine"));

        var result = await Check();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("one.md", result.Error);
        Assert.Contains("two.md:2:1: error PM002: required field 'title'", result.Error);
        Assert.Contains("two.md:2:7: error PM003: 'date' is not a date: 'yesterday'", result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Exception", result.All);
        Assert.Contains("Checked 1 incidents: 3 error(s)", result.Output);
    }

    [Fact]
    public async Task A_misspelled_field_is_a_warning_that_suggests_the_right_name()
    {
        _temp.Write("input/spelling.md", SampleSite.Postmortem("t", extra: "servcies: [x]"));

        var result = await Check();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning PM013: unknown front matter field 'servcies' is ignored", result.Error);
        Assert.Contains("did you mean 'services'?", result.Error);
    }

    private Task<CliResult> Check() => CliRunner.RunAsync("check", "--input", _temp.Combine("input"));
}
