using System.Diagnostics;
using System.Text.RegularExpressions;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_builds_serves_and_stops_cleanly_on_ctrl_c()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // SIGINT is sent with kill(1) below; the Core tests cover cancellation everywhere.
        }

        using var site = new TempFolder();
        site.Write("input/postmortems/2024-03-12-slow.md", SampleSite.Postmortem("Slow orders"));
        var cli = Path.Combine(AppContext.BaseDirectory, "postmortemsite.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = site.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { cli, "serve", "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        // Port 0: the child binds whatever port is free and says which, so no port is picked here and released for
        // another process to take before the child binds it.
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data is { } line && Regex.Match(line, @"^Serving (http://127\.0\.0\.1:\d+/)") is { Success: true } serving)
            {
                listening.TrySetResult(serving.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient();
            // "Serving" is printed once the server listens; a child that exits first fails here instead of hanging.
            var exited = process.WaitForExitAsync();
            Assert.True(await Task.WhenAny(listening.Task, exited) == listening.Task, "serve exited before it listened");
            var address = await listening.Task;
            var home = await http.GetStringAsync(address);

            Assert.Contains("Slow orders", home);
            Assert.Contains("/__postmortemsite/live.js", home);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            // A guard against a serve that never stops, not a speed figure: on a loaded 2-core machine running the
            // whole suite, 15 s was once not enough for a child to wake, stop Kestrel and exit.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            string log;
            lock (output)
            {
                log = output.ToString();
            }

            Assert.True(process.ExitCode == 0, log);
            Assert.Contains($"Serving {address}", log);
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
