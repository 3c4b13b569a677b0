using AngleSharp.Html.Parser;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Importing;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Linking;

/// <summary>The real seeds, imported and built: the false-leads page groups the wrong guesses they share.</summary>
public sealed class SeedFalseLeadTests
{
    [SharedFact("seeds")]
    public async Task The_false_leads_page_groups_the_seeds_traffic_assumption_and_network_suspicion()
    {
        using var temp = new TempFolder();
        temp.Write(Path.Combine("input", TaxonomyReader.FileName), File.ReadAllText(Path.Combine(RepoPaths.Input, TaxonomyReader.FileName)));
        var import = await CliRunner.RunAsync("import", Path.Combine(RepoPaths.Shared!, "seeds"), "--output", temp.Combine("input", "postmortems"));
        var build = await CliRunner.RunAsync("build", "--input", temp.Combine("input"), "--output", temp.Combine("site"));
        Assert.True(import.ExitCode == 0 && build.ExitCode == 0, import.All + build.All);

        var page = new HtmlParser().ParseDocument(temp.Read(Path.Combine("site", "false-leads", "index.html")));
        var postmortems = temp.Combine("input", "postmortems");
        var traffic = SeedNumbersLinkedFrom(page.QuerySelector("#lead-traffic-increase")!.ParentElement!, postmortems);
        var network = SeedNumbersLinkedFrom(page.QuerySelector("#lead-network")!.ParentElement!, postmortems);

        Assert.Superset(new HashSet<string> { "000", "002", "003" }, traffic);
        Assert.Superset(new HashSet<string> { "002", "003" }, network);
    }

    /// <summary>Seed files are named 000_..., 001_...; the imported file records that name as its source.</summary>
    private static HashSet<string> SeedNumbersLinkedFrom(AngleSharp.Dom.IElement section, string postmortems) => section
        .QuerySelectorAll("a[href*='/incidents/']")
        .Select(a => SharedDocumentsTests.SeedNumberOf(postmortems, a.GetAttribute("href")!.Split("/incidents/")[1].TrimEnd('/')))
        .ToHashSet();
}
