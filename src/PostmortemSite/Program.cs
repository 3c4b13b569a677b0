using System.CommandLine;
using PostmortemSite.Cli.Commands;

namespace PostmortemSite.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Entry point for tests too: same commands, with the console streams passed in.</summary>
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("PostmortemSite: turn incident postmortems into a searchable, cross-linked static site.")
        {
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            SearchCommand.Create(console),
        };

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (IOException e)
        {
            // I/O problems are the environment's, not a bug: say what failed without a stack trace.
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
