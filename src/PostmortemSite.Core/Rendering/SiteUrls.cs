using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>Every URL the site links to, under the base path. Pages are folders with index.html, so URLs end in '/'.</summary>
public sealed class SiteUrls
{
    private readonly string? _ticketPattern;

    public SiteUrls(string basePath, string? siteUrl = null, string? ticketPattern = null)
    {
        Base = basePath;
        SiteUrl = siteUrl?.TrimEnd('/');
        _ticketPattern = IsTicketPattern(ticketPattern) ? ticketPattern : null;
    }

    public static SiteUrls For(SiteOptions options) => new(options.NormalizedBasePath, options.SiteUrl, options.TicketUrl);

    /// <summary>Only an http(s) address with a place for the id can link tickets; anything else would make every link wrong or unsafe.</summary>
    public static bool IsTicketPattern(string? pattern) =>
        pattern is not null && pattern.Contains(TicketPlaceholder, StringComparison.Ordinal)
        && (pattern.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || pattern.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    public const string TicketPlaceholder = "{id}";

    public string Base { get; }

    public string? SiteUrl { get; }

    public string Home => Base;

    public string Causes => Base + "causes/";

    public string Services => Base + "services/";

    public string Tags => Base + "tags/";

    public string Years => Base + "years/";

    public string Search => Base + "search/";

    public string Insights => Base + "insights/";

    public string FalseLeads => Base + "false-leads/";

    public string Actions => Base + "actions/";

    public string Feed => Base + "feed.xml";

    public string ApiIncidents => Base + "api/incidents.json";

    public string Incident(string id) => Base + "incidents/" + Uri.EscapeDataString(id) + "/";

    public string Cause(string slug) => Base + "causes/" + slug + "/";

    public string Service(string slug) => Base + "services/" + slug + "/";

    public string Tag(string slug) => Base + "tags/" + slug + "/";

    public string Year(string year) => Base + "years/" + year + "/";

    public string Asset(string path) => Base + "assets/" + path;

    public string Incidents => Base + "incidents/";

    /// <summary>Page <paramref name="number"/> (from 1) of the list of all incidents; later pages sit where no incident's page can.</summary>
    public string IncidentsPage(int number) => number <= 1 ? Incidents : Incidents + "page/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>The ticket's page in the tracker, or null when the site has no ticket URL pattern.</summary>
    public string? Ticket(string id) => _ticketPattern?.Replace(TicketPlaceholder, Uri.EscapeDataString(id), StringComparison.Ordinal);

    /// <summary>An absolute URL when the site's public address is known, else the rooted path.</summary>
    public string Absolute(string rootedPath) => SiteUrl is null ? rootedPath : SiteUrl + rootedPath;
}
