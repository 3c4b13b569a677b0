using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Editions;

public sealed class EditionCommandTests
{
    private static void WriteLibrary(TempFolder folder)
    {
        folder.Write("input/redact.yml", "redact:\n  - text: Acme Corp\n  - text: Acme Crop\n");
        folder.Write("input/secret.md", "---\ntitle: Secret\ndate: 2024-01-02\nroot_cause: { category: database/index }\n---\nBody.\n");
        folder.Write("input/shown.md", "---\ntitle: Shown\ndate: 2024-01-01\nvisibility: public\nsummary: Acme Corp and acme corp\ninternal_fields: [teams]\nteams: [t]\nroot_cause: { category: database/index }\n---\nBody.\n\n::: internal\nHidden.\n:::\n");
    }

    [Fact]
    public async Task Check_of_the_public_edition_lists_what_is_left_out_trimmed_and_redacted_per_rule()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var result = await CliRunner.RunAsync("check", "--input", folder.Combine("input"), "--edition", "public");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("secret  (secret.md)", result.Output);
        Assert.Contains("shown: 1 internal passage(s); fields: teams", result.Output);
        Assert.Matches(@"\s2 match\(es\)\s+redact\.yml:2\s+text: Acme Corp", result.Output);
        Assert.Matches(@"\s0 match\(es\)\s+redact\.yml:3\s+text: Acme Crop", result.Output);
        Assert.Contains("redact.yml:3:1: warning PM075", result.All);
        Assert.Contains("Public edition: 1 of 2 incidents shown, 1 left out, 1 trimmed, 2 redaction(s).", result.Output);
    }

    [Fact]
    public async Task Build_of_the_public_edition_writes_only_public_incidents_and_says_so()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var result = await CliRunner.RunAsync("build", "--input", folder.Combine("input"), "--output", folder.Combine("out"), "--edition", "public");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Public edition: 1 of 2 incidents shown", result.Output);
        Assert.True(File.Exists(folder.Combine("out", "incidents", "shown", "index.html")));
        Assert.False(Directory.Exists(folder.Combine("out", "incidents", "secret")));
    }

    [Fact]
    public async Task Check_of_the_internal_edition_prints_no_edition_report()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var result = await CliRunner.RunAsync("check", "--input", folder.Combine("input"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Public edition", result.Output);
        Assert.Contains("Checked 2 incidents", result.Output);
    }
}
