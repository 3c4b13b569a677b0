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

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(BasePath);
        command.Options.Add(SiteUrl);
        command.Options.Add(Title);
        command.Options.Add(Theme);
    }

    public SiteOptions Bind(ParseResult result) => new(
        InputDirectory: result.GetValue(Input)!,
        OutputDirectory: result.GetValue(Output)!,
        BasePath: result.GetValue(BasePath)!,
        SiteUrl: result.GetValue(SiteUrl),
        SiteTitle: result.GetValue(Title)!);

    public string ThemeAssets(ParseResult result) => Path.Combine(result.GetValue(Theme)!, "assets");
}
