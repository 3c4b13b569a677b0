using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Model;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Reading;

/// <summary>
/// Reads <c>postmortemsite.yml</c>, the settings file at the library root. A library without one gets the built-in
/// defaults; a malformed file or value is a diagnostic with its line, never an exception.
/// </summary>
public static class SiteConfigReader
{
    public const string FileName = "postmortemsite.yml";

    /// <summary>Every key the file may hold, with what it means: the one list the reader, `check` and the docs use.</summary>
    public static IReadOnlyList<(string Key, string Meaning)> Keys { get; } =
    [
        ("title", "the site's title, shown in every page header and the feed"),
        ("site_url", "the public address of the site (e.g. https://org.github.io), for absolute links in the feed and sitemap"),
        ("base_path", "the URL path the site is served under, e.g. /my-repo/ for GitHub project pages"),
        ("ticket_url", "a pattern that turns an action item's ticket id into a link: https://tracker.example/browse/{id}"),
        ("edition", "the edition built when the command line names none: internal (default) or public"),
        ("default_visibility", "the visibility of an incident that sets none: internal (default) or public"),
        ("internal_fields", "fields the public edition leaves out of every incident, e.g. [impact.description, teams]"),
        ("time_zone", "the time zone times are shown in, as an IANA name such as Europe/Berlin (default UTC)"),
    ];

    /// <summary>Reads the file in <paramref name="inputDirectory"/>; its absence is not a problem.</summary>
    public static SiteConfig Read(string inputDirectory, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return SiteConfig.Empty;
        }

        // Read as a postmortem is (no link out of the input folder, no FIFO, 8 MB at most): its title is published.
        var text = SourceFiles.ReadTextAsync(inputDirectory, FileName, diagnostics, CancellationToken.None).GetAwaiter().GetResult();
        return text is null ? SiteConfig.Empty : Parse(path, text, diagnostics);
    }

    public static SiteConfig Parse(string file, string text, List<Diagnostic> diagnostics)
    {
        var node = GuardedYamlParser.LoadRoot(file, text, FileName, DiagnosticCodes.InvalidConfig, diagnostics);
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return SiteConfig.Empty;
        }

        if (node is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfig, $"{FileName} must be a list of 'key: value' lines", new SourceLocation(file, 1, 1), $"for example 'title: Our incidents'; known keys: {KnownKeys}"));
            return SiteConfig.Empty;
        }

        // The file's own problems get the config code, so `check` output tells them apart from a postmortem's.
        var found = new List<Diagnostic>();
        var fields = new YamlFields(root, file, 0, found);
        fields.WarnAboutUnknownKeys(Keys.Select(k => k.Key).ToList(), FileName);
        var config = new SiteConfig(
            Title: NonEmpty(fields.String("title")),
            SiteUrl: SiteUrl(fields, found),
            BasePath: NonEmpty(fields.String("base_path")),
            TicketUrl: TicketUrl(fields, found),
            Edition: Choice<Edition>(fields, "edition"),
            DefaultVisibility: Choice<Visibility>(fields, "default_visibility"),
            InternalFields: fields.Has("internal_fields") ? fields.StringList("internal_fields") : null,
            TimeZone: TimeZone(fields, found));
        diagnostics.AddRange(found.Select(d => d with { Code = d.Code == DiagnosticCodes.UnknownField ? DiagnosticCodes.UnknownConfigKey : DiagnosticCodes.InvalidConfig }));
        return config;
    }

    private static string KnownKeys => string.Join(", ", Keys.Select(k => k.Key));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? Choice<T>(YamlFields fields, string key)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        return fields.OneOf(key, names, null) is { } chosen ? Enum.Parse<T>(chosen, ignoreCase: true) : null;
    }

    private static string? SiteUrl(YamlFields fields, List<Diagnostic> found)
    {
        var url = NonEmpty(fields.String("site_url"));
        if (url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            return url;
        }

        found.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfig, $"'site_url' must be an absolute http(s) address, not '{url}'", fields.KeyLocation("site_url"), "for example site_url: https://org.github.io"));
        return null;
    }

    private static string? TicketUrl(YamlFields fields, List<Diagnostic> found)
    {
        var pattern = NonEmpty(fields.String("ticket_url"));
        if (pattern is null)
        {
            return null;
        }

        var example = pattern.Replace("{id}", "OPS-1", StringComparison.Ordinal);
        if (pattern.Contains("{id}", StringComparison.Ordinal)
            && Uri.TryCreate(example, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return pattern;
        }

        found.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfig, $"'ticket_url' must be an http(s) address containing {{id}}, not '{pattern}'", fields.KeyLocation("ticket_url"), "for example ticket_url: https://tracker.example/browse/{id}"));
        return null;
    }

    private static string? TimeZone(YamlFields fields, List<Diagnostic> found)
    {
        var name = NonEmpty(fields.String("time_zone"));
        if (name is null || TimeZoneInfo.TryFindSystemTimeZoneById(name, out _))
        {
            return name;
        }

        found.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfig, $"'time_zone' '{name}' is not a known time zone", fields.KeyLocation("time_zone"), "use an IANA name such as UTC, Europe/Berlin or America/New_York"));
        return null;
    }
}
