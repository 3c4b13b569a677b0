using PostmortemSite.Checking;

namespace PostmortemSite.Cli.Commands;

/// <summary>Where commands print; diagnostics go to the error stream, as GitHub annotations when running in Actions.</summary>
/// <param name="environment">Reads an environment variable; passed in so tests never change the process's own.</param>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool errorIsTerminal = false, Func<string, string?>? environment = null)
{
    private readonly Func<string, string?> _environment = environment ?? Environment.GetEnvironmentVariable;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when the error stream is a terminal that can redraw a progress line.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    public void Print(IEnumerable<Diagnostic> diagnostics, string inputDirectory)
    {
        var annotate = _environment("GITHUB_ACTIONS") == "true";
        var workspace = _environment("GITHUB_WORKSPACE");
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                Error.WriteLine(GitHubAnnotation(diagnostic, inputDirectory, workspace));
            }
        }
    }

    /// <summary>
    /// A workflow command that GitHub shows on the file and line in a pull request. GitHub matches the file
    /// against paths relative to the repository root, so the path is made relative to the workspace.
    /// </summary>
    internal static string GitHubAnnotation(Diagnostic diagnostic, string inputDirectory, string? workspace = null)
    {
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var properties = new List<string> { "file=" + EscapeProperty(RepositoryPath(Path.Combine(inputDirectory, diagnostic.Location.File), workspace)) };
        if (diagnostic.Location.Line > 0)
        {
            properties.Add($"line={diagnostic.Location.Line}");
            if (diagnostic.Location.Column > 0)
            {
                properties.Add($"col={diagnostic.Location.Column}");
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})";
        return $"::{kind} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    private static string RepositoryPath(string path, string? workspace)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(string.IsNullOrEmpty(workspace) ? Environment.CurrentDirectory : workspace, full);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (outside ? full : relative).Replace('\\', '/');
    }

    // The escapes GitHub's runner undoes: data may not break the line; properties may not contain the ',' and ':' that delimit them.
    private static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
