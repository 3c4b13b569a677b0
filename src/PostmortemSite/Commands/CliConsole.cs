using PostmortemSite.Checking;

namespace PostmortemSite.Cli.Commands;

/// <summary>Where commands print; diagnostics go to the error stream, as GitHub annotations when running in Actions.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public void Print(IEnumerable<Diagnostic> diagnostics, string inputDirectory)
    {
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                Error.WriteLine(GitHubAnnotation(diagnostic, inputDirectory));
            }
        }
    }

    internal static string GitHubAnnotation(Diagnostic diagnostic, string inputDirectory)
    {
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var file = Path.Combine(inputDirectory, diagnostic.Location.File).Replace('\\', '/');
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})";
        message = message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        var place = diagnostic.Location.Line > 0 ? $",line={diagnostic.Location.Line}" + (diagnostic.Location.Column > 0 ? $",col={diagnostic.Location.Column}" : "") : "";
        return $"::{kind} file={file}{place},title={diagnostic.Code}::{message}";
    }
}
