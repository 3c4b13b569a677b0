using System.CommandLine;
using PostmortemSite.Serving;
using PostmortemSite.Theme;
using PostmortemSite.Writing;

namespace PostmortemSite.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new SiteOptionsBinding();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port to listen on (localhost only); when it is in use, the next free one is taken",
            DefaultValueFactory = _ => 5080,
        };
        var command = new Command("serve", "Build the site, serve it on localhost, and update an edited incident page at once, rebuild the rest in the background, and reload open pages whenever a postmortem or the theme changes. Build errors show in the page and here. Ctrl+C stops.\n\nExamples:\n  postmortemsite serve\n  postmortemsite serve --port 8080\n  postmortemsite serve --input docs/postmortems --base-path /incidents/")
        {
            port,
        };
        options.AddTo(command);
        var force = SiteOptionsBinding.ForceOption();
        var allowHost = new Option<string[]>("--allow-host")
        {
            Description = "Also answer requests for this host name (besides localhost, 127.0.0.1 and [::1]), e.g. a tunnel's; repeatable",
        };
        command.Options.Add(force);
        command.Options.Add(allowHost);
        command.SetAction(async (result, cancellationToken) =>
        {
            var site = options.Bind(result, includeDrafts: true) with { ForceOutput = result.GetValue(force) };
            if (OutputFolder.Prepare(site) is { } refused)
            {
                console.Print([refused], site.InputDirectory);
                console.Error.WriteLine("Nothing was built or served.");
                return 1;
            }

            var requested = result.GetValue(port);
            if (FreePort.From(requested) is not { } free)
            {
                console.Error.WriteLine($"error: ports {requested} to {requested + FreePort.Attempts - 1} are all in use{Environment.NewLine}    hint: stop the other server, or pick a free port with --port");
                return 1;
            }

            if (free != requested)
            {
                console.Out.WriteLine($"Port {requested} is in use; serving on port {free} instead.");
            }

            var themeFolder = result.GetValue(options.Theme)!;
            var session = new PreviewSession(site, () => DefaultTheme.Create(options.ThemeAssets(result)), themeFolder, result.GetValue(allowHost));
            await session.RunAsync(
                free,
                build =>
                {
                    console.Print(build.Result.Diagnostics, site.InputDirectory);
                    console.Out.WriteLine(Describe(build));
                },
                update => console.Out.WriteLine($"Updated {string.Join(", ", update.Pages)} in {update.Elapsed.TotalMilliseconds:0} ms; rebuilding the rest…"),
                address => console.Out.WriteLine($"Serving {address} (watching '{site.InputDirectory}' and '{themeFolder}'). Press Ctrl+C to stop."),
                cancellationToken);
            console.Out.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }

    /// <summary>The first build is the one no change triggered; every rebuild follows at least one.</summary>
    private static string Describe(PreviewBuild build)
    {
        var result = build.Result;
        var milliseconds = $"{build.Elapsed.TotalMilliseconds:0} ms";
        if (result.Failed)
        {
            return $"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). Open pages show the errors; the last good site is still served.";
        }

        var incidents = result.KnowledgeBase?.Incidents.Count ?? 0;
        var written = result.Written is { } w ? $"{w.Written} file(s) changed, {w.Removed} removed" : "nothing written";
        return build.Changed.Count == 0
            ? $"Built {incidents} incidents in {milliseconds}: {result.Warnings} warning(s)."
            : $"Rebuilt {incidents} incidents in {build.Elapsed.TotalSeconds:0.0} s after {build.Changed.Count} change(s): {build.PostmortemsRead} postmortem(s) re-read, {written}.";
    }
}
