using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace PostmortemSite.Cli.Commands;

/// <summary>
/// Prints this tool's version. The built-in action asks the entry assembly, which is the test host when the CLI
/// runs in-process, so the version is read from this assembly instead.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void UseFor(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new VersionAction();
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return 0;
    }
}
