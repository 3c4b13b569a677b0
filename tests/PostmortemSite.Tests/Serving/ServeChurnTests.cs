using System.Text;
using AngleSharp.Html.Parser;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Serving;

/// <summary>While a postmortem is saved over and over, sometimes half-written, serve only ever answers with whole pages.</summary>
public sealed class ServeChurnTests
{
    private const string File = "postmortems/2024-03-12-orders-slow.md";
    private const int Edits = 100;

    [Fact]
    public async Task A_hundred_rapid_edits_never_serve_a_half_written_page_and_the_last_title_wins()
    {
        using var site = new TempFolder();
        site.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        site.Write("input/" + File, SampleSite.Postmortem("Orders slow 0"));
        site.Write("input/postmortems/2024-04-01-dns.md", SampleSite.Postmortem("DNS down", date: "2024-04-01", category: "network/dns"));
        await using var preview = new RunningPreview(site);
        var first = await preview.NextBuildAsync();
        Assert.False(first.Result.Failed);
        var address = new Uri(await preview.Address);
        string[] pages = ["incidents/2024-03-12-orders-slow/", "", "incidents/2024-04-01-dns/", "no-such-page/"];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var churning = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var responses = new List<(string Page, int Status, string Body)>();

        var poller = Task.Run(async () =>
        {
            for (var i = 0; !churning.IsCancellationRequested && i < 5000; i++)
            {
                var page = pages[i % pages.Length];
                using var response = await http.GetAsync(new Uri(address, page));
                responses.Add((page, (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
        });

        var last = "";
        for (var edit = 1; edit <= Edits && !churning.IsCancellationRequested; edit++)
        {
            last = $"Orders slow {edit}";
            var bytes = Encoding.UTF8.GetBytes(SampleSite.Postmortem(last));
            await using (var stream = new FileStream(site.Combine("input", File), FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
            {
                // Every third save lands in two halves, the way a slow editor or a sync tool writes.
                var split = edit % 3 == 0 ? bytes.Length / 2 : bytes.Length;
                await stream.WriteAsync(bytes.AsMemory(0, split));
                await stream.FlushAsync();
                if (split < bytes.Length)
                {
                    await Task.Delay(5);
                    await stream.WriteAsync(bytes.AsMemory(split));
                }
            }
        }

        var settled = await EventuallyShowsAsync(http, new Uri(address, pages[0]), last, TimeSpan.FromSeconds(60));
        await churning.CancelAsync();
        await poller;

        Assert.True(settled, $"the incident page shows '{last}' once the edits stop");
        Assert.True(responses.Count > 20, $"the client polled throughout ({responses.Count} responses)");
        var parser = new HtmlParser();
        foreach (var (page, status, body) in responses)
        {
            Assert.True(page == "no-such-page/" ? status == 404 : status == 200, $"{page} answered {status}");
            Assert.EndsWith("</html>", body.TrimEnd(), StringComparison.Ordinal);
            var document = parser.ParseDocument(body);
            Assert.NotEmpty(document.QuerySelectorAll("main"));
        }
    }

    private static async Task<bool> EventuallyShowsAsync(HttpClient http, Uri page, string title, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if ((await http.GetStringAsync(page)).Contains(title + "<", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
