using System.CommandLine;
using System.Globalization;
using PostmortemSite.Authoring;

namespace PostmortemSite.Cli.Commands;

internal static class NewCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var title = new Argument<string>("title") { Description = "The incident's title, in quotes" };
        var category = new Option<string?>("--category", "-c") { Description = "Root-cause category slug from root-causes.yml (default: unknown)" };
        var date = new Option<string?>("--date") { Description = "The incident's date as yyyy-mm-dd (default: today)" };
        var input = new Option<string>("--input", "-i")
        {
            Description = "Folder holding the postmortems and root-causes.yml",
            DefaultValueFactory = _ => "input",
        };
        var command = new Command("new", "Write a new postmortem with today's date, every front-matter field and the usual sections, ready to fill in. Never overwrites a file.\n\nExamples:\n  postmortemsite new \"Checkout 502s after config push\"\n  postmortemsite new \"Orders DB missing index\" --category database/index\n  postmortemsite new \"DNS outage\" --category network/dns --date 2025-03-04")
        {
            title,
            category,
            date,
            input,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var inputDirectory = result.GetValue(input)!;
            if (!TryParseDate(result.GetValue(date), clock, out var day))
            {
                console.Error.WriteLine($"error: --date '{result.GetValue(date)}' is not a date; write it as yyyy-mm-dd, e.g. 2025-03-04");
                return 1;
            }

            var draft = await PostmortemTemplate.CreateAsync(inputDirectory, result.GetValue(title)!, result.GetValue(category), day, cancellationToken);
            console.Print(draft.Diagnostics, inputDirectory);
            if (draft.Failed)
            {
                return 1;
            }

            var path = Path.Combine(inputDirectory, draft.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // CreateNew, not a prior existence check: two runs at once must not overwrite each other either.
                await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(draft.Text), cancellationToken);
            }
            catch (IOException) when (File.Exists(path))
            {
                console.Error.WriteLine($"error: '{path}' already exists; it was left as it was. Choose another title, or edit that file.");
                return 1;
            }

            console.Out.WriteLine($"Wrote {path}");
            console.Out.WriteLine("Fill in the front matter and sections, then preview with 'postmortemsite serve'.");
            return 0;
        });
        return command;
    }

    private static bool TryParseDate(string? text, TimeProvider clock, out DateOnly date)
    {
        if (text is null)
        {
            date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
