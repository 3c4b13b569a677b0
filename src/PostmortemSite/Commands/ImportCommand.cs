using System.CommandLine;
using PostmortemSite.Checking;
using PostmortemSite.Importing;

namespace PostmortemSite.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = $"Legacy postmortem files, or folders of them ({PostmortemImporter.ReadExtensions})",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder the canonical postmortems are written to",
            DefaultValueFactory = _ => Path.Combine("input", "postmortems"),
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace output files that already exist",
        };
        var taxonomy = new Option<string?>("--taxonomy")
        {
            Description = "root-causes.yml to classify with (default: the one beside the output folder, else the built-in one)",
        };

        var command = new Command("import", "Convert free-form postmortems into canonical Markdown with front matter, keeping the original text as the body.\n\nExamples:\n  postmortemsite import old-postmortems/\n  postmortemsite import notes/db-outage.txt --output input/postmortems --force")
        {
            paths,
            output,
            force,
            taxonomy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new ImportOptions(result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(force), result.GetValue(taxonomy));
            ImportResult imported;
            using (var progress = ProgressDisplay.For(console))
            {
                imported = await PostmortemImporter.ImportAsync(options, cancellationToken, progress);
            }

            console.Out.Write(imported.Describe());
            var errors = imported.Diagnostics.Concat(imported.Files.SelectMany(f => f.Diagnostics)).Where(d => d.Severity == Severity.Error).ToList();
            console.Print(errors, ".");
            return imported.Failed ? 1 : 0;
        });
        return command;
    }
}
