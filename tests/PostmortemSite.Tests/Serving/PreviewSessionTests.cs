using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Serving;

public sealed class PreviewSessionTests
{
    private const string File = RunningPreview.OrdersFile;

    [Fact]
    public async Task An_edit_rebuilds_only_that_postmortem_and_the_served_page_changes()
    {
        using var site = RunningPreview.SmallSite();
        await using var preview = new RunningPreview(site);
        using var http = new HttpClient();
        var first = await preview.NextBuildAsync();
        var page = await preview.Address + "incidents/2024-03-12-orders-slow/";
        Assert.Contains("Orders slow", await http.GetStringAsync(page));

        site.Write("input/" + File, SampleSite.Postmortem("Orders slow after deploy"));
        var rebuild = await preview.NextBuildAsync();

        Assert.False(first.Result.Failed);
        Assert.False(rebuild.Result.Failed);
        Assert.Equal(1, rebuild.PostmortemsRead);
        Assert.Contains(rebuild.Changed, p => p.EndsWith("2024-03-12-orders-slow.md", StringComparison.Ordinal));
        Assert.InRange(rebuild.Result.Written!.Written, 1, rebuild.Result.Files.Count / 2);
        Assert.Contains("Orders slow after deploy", await http.GetStringAsync(page));
        Assert.DoesNotContain("live.js", site.Read("output/incidents/2024-03-12-orders-slow/index.html"));
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_site_and_reports_the_error_to_open_pages()
    {
        using var site = RunningPreview.SmallSite();
        await using var preview = new RunningPreview(site);
        using var http = new HttpClient();
        await preview.NextBuildAsync();
        var address = new Uri(await preview.Address);

        site.Write("input/" + File, "---\ntitle: [unclosed\n---\n");
        var broken = await preview.NextBuildAsync();
        var diagnostics = await http.GetStringAsync(new Uri(address, "/__postmortemsite/diagnostics"));

        Assert.True(broken.Result.Failed);
        Assert.Contains("\"failed\":true", diagnostics);
        Assert.Contains("2024-03-12-orders-slow.md", diagnostics);
        Assert.Contains("Orders slow", await http.GetStringAsync(new Uri(address, "incidents/2024-03-12-orders-slow/")));
    }

    [Fact]
    public async Task Cancelling_stops_the_server_promptly()
    {
        using var site = RunningPreview.SmallSite();
        var preview = new RunningPreview(site);
        var address = await preview.Address;

        var finished = await preview.StopAsync();

        Assert.Same(preview.WhenStopped, finished);
        await preview.WhenStopped;
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(address));
        await preview.DisposeAsync();
    }
}
