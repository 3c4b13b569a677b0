using System.CommandLine;
using PostmortemSite.Theme;

namespace PostmortemSite.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new SiteOptionsBinding();
        var command = new Command("check", "Validate every postmortem without writing anything; exit code 1 on errors.\n\nExamples:\n  postmortemsite check\n  postmortemsite check --input docs/postmortems\n  postmortemsite check --edition public   (lists what the public edition leaves out and redacts)");
        options.AddCheckingTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var site = options.BindForCheck(result);
            var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(site, WriteMode.None, cancellationToken);
            console.Print(build.Diagnostics, site.InputDirectory);
            foreach (var line in EditionSummary.Details(build.Edition))
            {
                console.Out.WriteLine(line);
            }

            var incidents = build.KnowledgeBase?.Incidents.Count ?? 0;
            console.Out.WriteLine($"Checked {incidents} incidents: {build.Errors} error(s), {build.Warnings} warning(s).");
            return build.Failed ? 1 : 0;
        });
        return command;
    }
}
