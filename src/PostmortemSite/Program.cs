using System.CommandLine;
using PostmortemSite.Cli.Commands;

namespace PostmortemSite.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Entry point for tests too: same commands, with the console streams passed in.</summary>
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error) => await Run(args, output, error, TimeProvider.System);

    /// <param name="clock">Where "today" comes from, so tests of `new` do not depend on the day they run.</param>
    /// <param name="environment">Reads environment variables (GITHUB_ACTIONS); the process's own when null.</param>
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?>? environment = null)
    {
        // Progress lines only make sense on a terminal; redirected output (CI logs, tests) stays clean.
        var console = new CliConsole(output, error, errorIsTerminal: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected, environment);
        var root = new RootCommand("PostmortemSite: turn incident postmortems into a searchable, cross-linked static site.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            SearchCommand.Create(console),
            ServeCommand.Create(console),
            NewCommand.Create(console, clock),
            ImportCommand.Create(console),
        };

        VersionAction.UseFor(root);

        // Ctrl+C cancels the command's token; give it time to finish (serve stops its server in well under a second)
        // instead of being cut off with exit code 130.
        // The handler of last resort is ours, so a failure a stage has named reaches the user without a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(5), EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (Exception e)
        {
            return await ReportFailureAsync(e, error);
        }
    }

    /// <summary>What the user sees when a command fails other than with diagnostics; the exit code.</summary>
    internal static async Task<int> ReportFailureAsync(Exception failure, TextWriter error)
    {
        switch (failure)
        {
            case OperationCanceledException:
                return 1;
            case IOException or UnauthorizedAccessException:
            case BuildStageException { InnerException: IOException or UnauthorizedAccessException }:
                // I/O problems are the environment's, not a bug: say what failed without a stack trace.
                await error.WriteLineAsync($"error: {failure.Message}");
                return 2;
            case BuildStageException stage:
                // Not the user's content (that is a diagnostic): a bug, said with the stage it happened in.
                await error.WriteLineAsync($"error: {stage.Message}");
                await error.WriteLineAsync($"  PostmortemSite failed unexpectedly while {stage.Stage}, not because of your postmortems. Please report it with the command you ran ({stage.InnerException?.GetType().Name}).");
                return 2;
            default:
                // A bug outside any stage: said as one error with what failed, never as a stack trace.
                await error.WriteLineAsync($"error: PostmortemSite failed unexpectedly ({failure.GetType().Name}: {failure.Message})");
                await error.WriteLineAsync("  This is a fault in PostmortemSite, not in your postmortems. Please report it with the command you ran.");
                return 1;
        }
    }
}
