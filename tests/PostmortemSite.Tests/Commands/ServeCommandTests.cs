using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class ServeCommandTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Serve_builds_serves_and_stops_cleanly_on_ctrl_c()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // SIGINT is sent with kill(1) below; the Core tests cover cancellation everywhere.
        }

        using var site = new TempFolder();
        site.Write("input/postmortems/2024-03-12-slow.md", SampleSite.Postmortem("Slow orders"));
        var port = FreePort();
        var cli = Path.Combine(AppContext.BaseDirectory, "postmortemsite.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = site.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { cli, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient();
            string? home = null;
            for (var i = 0; i < 600 && home is null; i++)
            {
                try
                {
                    home = await http.GetStringAsync($"http://127.0.0.1:{port}/");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            Assert.Contains("Slow orders", home);
            Assert.Contains("/__postmortemsite/live.js", home);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
            string log;
            lock (output)
            {
                log = output.ToString();
            }

            Assert.True(process.ExitCode == 0, log);
            Assert.Contains($"Serving http://127.0.0.1:{port}/", log);
            Assert.Contains("Stopped.", log);
            Assert.DoesNotContain("Exception", log);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
