using System.CommandLine;
using PostmortemSite.Model;

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
        Description = "Folder the site is written to (replaced atomically)",
        DefaultValueFactory = _ => "output",
    };

    public Option<string> BasePath { get; } = new("--base-path")
    {
        Description = "URL path the site is served under, e.g. /my-repo/ for GitHub project pages",
        DefaultValueFactory = _ => "/",
    };

    public Option<string?> SiteUrl { get; } = new("--site-url")
    {
        Description = "Public address of the site (e.g. https://org.github.io), for absolute links in the feed and sitemap",
    };

    public Option<string> Title { get; } = new("--title")
    {
        Description = "Site title",
        DefaultValueFactory = _ => "Incident library",
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
    }

    /// <param name="includeDrafts">Serve shows drafts whatever the options say; build publishes them only with --drafts.</param>
    public SiteOptions Bind(ParseResult result, bool includeDrafts = false) => new(
        InputDirectory: result.GetValue(Input)!,
        OutputDirectory: result.GetValue(Output)!,
        BasePath: result.GetValue(BasePath)!,
        SiteUrl: result.GetValue(SiteUrl),
        SiteTitle: result.GetValue(Title)!,
        AsOf: result.GetValue(AsOf),
        IncludeDrafts: includeDrafts || result.GetValue(Drafts),
        TicketUrl: result.GetValue(TicketUrl));

    /// <summary>Check validates every postmortem, drafts too, as a build with the default look would; only input and output come from the command line.</summary>
    public SiteOptions BindForCheck(ParseResult result) => new(
        InputDirectory: result.GetValue(Input)!,
        OutputDirectory: result.GetValue(Output)!,
        IncludeDrafts: true);

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

    public string ThemeAssets(ParseResult result) => Path.Combine(result.GetValue(Theme)!, "assets");
}
