using System.CommandLine;
using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Cli.Commands;

/// <summary>The options build, check and serve share.</summary>
internal sealed class SiteOptionsBinding
{
    public Option<string> Input { get; } = new("--input", "-i")
    {
        Description = "Folder holding the postmortems and root-causes.yml",
        DefaultValueFactory = _ => "input",
    };

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "Folder the site is written to; only files an earlier build wrote there are replaced",
        DefaultValueFactory = _ => "output",
    };

    // The next options have no default here: what the command line leaves unset comes from postmortemsite.yml,
    // and only then from the built-in default.
    public Option<string?> BasePath { get; } = new("--base-path")
    {
        Description = "URL path the site is served under, e.g. /my-repo/ for GitHub project pages (default: base_path in postmortemsite.yml, else /)",
    };

    public Option<string?> SiteUrl { get; } = new("--site-url")
    {
        Description = "Public address of the site (e.g. https://org.github.io), for absolute links in the feed and sitemap (default: site_url in postmortemsite.yml)",
    };

    public Option<string?> Title { get; } = new("--title")
    {
        Description = "Site title (default: title in postmortemsite.yml, else \"Incident library\")",
    };

    public Option<Edition?> Edition { get; } = new("--edition")
    {
        Description = "Edition to build: internal (everything) or public (only public incidents, redacted) (default: edition in postmortemsite.yml, else internal)",
        CustomParser = ParseEdition,
    };

    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "Theme folder whose assets/ override the built-in ones",
        DefaultValueFactory = _ => "theme",
    };

    public Option<DateOnly?> AsOf { get; } = new("--as-of")
    {
        Description = "Day (YYYY-MM-DD) that decides which action items are overdue; defaults to the newest incident's date, never today",
        CustomParser = ParseDay,
    };

    public Option<string?> TicketUrl { get; } = new("--ticket-url")
    {
        Description = "Tracker address for a ticket with {id} where the id goes (e.g. https://tracker.example/browse/{id}); makes ticket ids links",
    };

    public Option<bool> Drafts { get; } = new("--drafts")
    {
        Description = "Publish draft and in-review postmortems too, each marked as such (serve always shows them)",
    };

    /// <summary>The options of a command that builds a site; check, which only validates, takes <see cref="AddCheckingTo"/>'s.</summary>
    public void AddTo(Command command)
    {
        AddCheckingTo(command);
        command.Options.Add(BasePath);
        command.Options.Add(SiteUrl);
        command.Options.Add(Title);
        command.Options.Add(Theme);
        command.Options.Add(AsOf);
        command.Options.Add(TicketUrl);
    }

    /// <summary>Only what decides which files are read and what is reported: nothing about how pages would look.</summary>
    public void AddCheckingTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Edition);
    }

    /// <summary>The command line over the library's postmortemsite.yml over the built-in defaults.</summary>
    /// <param name="includeDrafts">Serve shows drafts whatever the options say; build publishes them only with --drafts.</param>
    public SiteOptions Bind(ParseResult result, bool includeDrafts = false) => Compose(result, building: true, includeDrafts);

    /// <summary>Check validates every postmortem, drafts too, as a build with the settings file but no build-only options would.</summary>
    public SiteOptions BindForCheck(ParseResult result) => Compose(result, building: false, includeDrafts: true);

    /// <param name="building">Whether the command has the build-only options (check has not, and must not read them).</param>
    private SiteOptions Compose(ParseResult result, bool building, bool includeDrafts)
    {
        T? BuildOnly<T>(Option<T> option) => building ? result.GetValue(option) : default;

        var input = result.GetValue(Input)!;
        var settingsDiagnostics = new List<Diagnostic>();
        var config = SiteConfigReader.Read(input, settingsDiagnostics);
        var defaults = new SiteOptions(input, "");
        return new SiteOptions(
            InputDirectory: input,
            OutputDirectory: result.GetValue(Output)!,
            BasePath: BuildOnly(BasePath) ?? config.BasePath ?? defaults.BasePath,
            SiteUrl: BuildOnly(SiteUrl) ?? config.SiteUrl,
            SiteTitle: BuildOnly(Title) ?? config.Title ?? defaults.SiteTitle,
            AsOf: BuildOnly(AsOf),
            IncludeDrafts: includeDrafts || BuildOnly(Drafts))
        {
            TicketUrl = BuildOnly(TicketUrl) ?? config.TicketUrl,
            Edition = result.GetValue(Edition) ?? config.Edition ?? defaults.Edition,
            DefaultVisibility = config.DefaultVisibility ?? defaults.DefaultVisibility,
            InternalFields = config.InternalFields ?? defaults.InternalFields,
            DisplayTimeZone = config.TimeZone,
            SettingsDiagnostics = settingsDiagnostics,
        };
    }

    private static Edition? ParseEdition(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Enum.TryParse<Edition>(text, ignoreCase: true, out var edition) && Enum.IsDefined(edition) && !int.TryParse(text, out _))
        {
            return edition;
        }

        result.AddError($"--edition '{text}' is not an edition: write --edition internal or --edition public");
        return null;
    }

    private static DateOnly? ParseDay(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"--as-of '{text}' is not a date: write it as YYYY-MM-DD, for example --as-of 2025-06-30");
        return null;
    }

    /// <summary>--force, for the commands that write the output folder (build and serve).</summary>
    public static Option<bool> ForceOption() => new("--force")
    {
        Description = "Write into an output folder PostmortemSite did not write: files at the site's paths are replaced, all other files are kept",
    };

    public string ThemeAssets(ParseResult result) => Path.Combine(result.GetValue(Theme)!, "assets");
}
