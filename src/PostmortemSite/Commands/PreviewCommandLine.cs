namespace PostmortemSite.Cli.Commands;

/// <summary>
/// The command that shows a built site, as a user can paste it. The pages use rooted URLs (so they work under any
/// base path on a server) and the search fetches its index, so opening index.html from disk would show a broken
/// site: the build points at `serve` instead.
/// </summary>
internal static class PreviewCommandLine
{
    public static string For(string inputDirectory, string outputDirectory, string basePath)
    {
        var arguments = new List<string> { Self(), "serve" };
        if (inputDirectory != "input")
        {
            arguments.AddRange(["--input", inputDirectory]);
        }

        if (outputDirectory != "output")
        {
            arguments.AddRange(["--output", outputDirectory]);
        }

        if (basePath.Trim('/').Length > 0)
        {
            arguments.AddRange(["--base-path", basePath]);
        }

        return string.Join(' ', arguments.Select((a, i) => i == 0 ? a : Quoted(a)));
    }

    /// <summary>How this program was started: the tool's name when that is on the PATH, else the path of what runs it.</summary>
    internal static string Self()
    {
        var process = Environment.ProcessPath;
        var name = process is null ? "" : Path.GetFileNameWithoutExtension(process);
        if (name.Equals("postmortemsite", StringComparison.OrdinalIgnoreCase))
        {
            return IsOnPath(Path.GetDirectoryName(process)!) ? "postmortemsite" : Quoted(process!);
        }

        // `dotnet postmortemsite.dll`: the host needs the assembly's path.
        if (name.Equals("dotnet", StringComparison.OrdinalIgnoreCase) && typeof(PreviewCommandLine).Assembly.Location is { Length: > 0 } assembly)
        {
            return $"dotnet {Quoted(assembly)}";
        }

        // Run inside another host (tests): the installed tool's name is the best guess.
        return "postmortemsite";
    }

    private static bool IsOnPath(string directory) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(entry => string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(entry)), Path.TrimEndingDirectorySeparator(directory), StringComparison.Ordinal));

    private static string Quoted(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=@+,".Contains(c)) ? argument : "'" + argument.Replace("'", "'\\''") + "'";
}
