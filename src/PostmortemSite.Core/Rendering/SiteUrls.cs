namespace PostmortemSite.Rendering;

/// <summary>Every URL the site links to, under the base path. Pages are folders with index.html, so URLs end in '/'.</summary>
public sealed class SiteUrls
{
    public SiteUrls(string basePath, string? siteUrl = null)
    {
        Base = basePath;
        SiteUrl = siteUrl?.TrimEnd('/');
    }

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

    /// <summary>An absolute URL when the site's public address is known, else the rooted path.</summary>
    public string Absolute(string rootedPath) => SiteUrl is null ? rootedPath : SiteUrl + rootedPath;
}
