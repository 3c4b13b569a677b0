using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PostmortemSite.Serving;
using PostmortemSite.Tests.Serving;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Hardening;

/// <summary>serve answers only its own machine's names, survives its input folder being recreated, and a busy port costs no stack trace.</summary>
public sealed class ServeSafetyTests : IAsyncLifetime
{
    private readonly TempFolder _output = new();
    private readonly PreviewServer _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public ServeSafetyTests()
    {
        _output.Write("index.html", "<!DOCTYPE html>\n<html><body><h1>Home</h1></body></html>\n");
        _output.Write("api/incidents.json", "[]");
        _server = new PreviewServer(_output.Path, "/", ["preview.internal.example"]);
    }

    public Task InitializeAsync() => _server.StartAsync(port: 0);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _output.Dispose();
    }

    public static TheoryData<string, string> ForeignHosts => new()
    {
        { "evil.example.com", "" },
        { "evil.example.com", "api/incidents.json" },
        { "evil.example.com", "__postmortemsite/diagnostics" },
        { "localhost.evil.example.com", "" },
        { "127.0.0.1.nip.io", "__postmortemsite/events" },
    };

    [Theory]
    [MemberData(nameof(ForeignHosts))]
    public async Task A_request_for_any_other_host_name_is_refused_with_403(string host, string path)
    {
        var response = await GetAsync(host, path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Home", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    [InlineData("preview.internal.example")]
    public async Task Loopback_names_and_a_host_allowed_explicitly_are_answered_on_any_port(string host)
    {
        var response = await GetAsync(host + ":8123", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Home", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serve_picks_up_edits_again_after_the_input_folder_is_deleted_and_recreated()
    {
        using var site = RunningPreview.SmallSite();
        await using var preview = new RunningPreview(site);
        Assert.False((await preview.NextBuildAsync()).Result.Failed);

        Directory.Delete(site.Combine("input"), recursive: true);
        while (!(await preview.NextBuildAsync()).Result.Failed)
        {
            // Builds that started while the files were being deleted; the one after the folder is gone fails.
        }

        site.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        site.Write("input/" + RunningPreview.OrdersFile, SampleSite.Postmortem("Orders back"));
        await NextSuccessfulBuildAsync(preview);
        site.Write("input/" + RunningPreview.OrdersFile, SampleSite.Postmortem("Orders edited after the folder came back"));
        await NextSuccessfulBuildAsync(preview);

        Assert.Contains("Orders edited after the folder came back", site.Read("output/incidents/2024-03-12-orders-slow/index.html"));
    }

    [Fact]
    public void A_busy_port_is_passed_over_for_the_next_free_one()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var chosen = FreePort.From(port);

        Assert.NotNull(chosen);
        Assert.NotEqual(port, chosen);
        Assert.InRange(chosen!.Value, port + 1, port + FreePort.Attempts - 1);
    }

    [Fact]
    public async Task Serve_on_a_busy_port_says_which_port_it_took_instead_and_prints_no_stack_trace()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // The serve process is stopped with kill(1), as in ServeCommandTests.
        }

        using var site = RunningPreview.SmallSite();
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "postmortemsite.dll"), "serve", "--input", site.Combine("input"), "--output", site.Combine("output"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        var serving = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("Serving ", StringComparison.Ordinal) == true)
            {
                serving.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(serving.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(3));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
        }

        string text;
        lock (log)
        {
            text = log.ToString();
        }

        Assert.True(serving.Task.IsCompleted, text);
        Assert.Contains($"Port {port} is in use; serving on port ", text);
        Assert.DoesNotContain("Exception", text);
    }

    private static async Task NextSuccessfulBuildAsync(RunningPreview preview)
    {
        while ((await preview.NextBuildAsync()).Result.Failed)
        {
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Address + path);
        request.Headers.Host = host;
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
