namespace PostmortemSite.Tests.Support;

/// <summary>Runs the real CLI in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>Runs with no environment variables visible, so a CI runner's own (GITHUB_ACTIONS) cannot change the output.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs with exactly these environment variables visible to the command; the process's own stay unchanged.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PostmortemSite.Cli.Program.Run(args, output, error, TimeProvider.System, name => environment.GetValueOrDefault(name));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}
