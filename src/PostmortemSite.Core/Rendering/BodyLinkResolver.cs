using Markdig.Syntax.Inlines;
using PostmortemSite.Checking;
using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>
/// Authors link postmortems to each other by file name, as they would on GitHub ("2023-02-14-orders.md").
/// On the site those links must point at the incident's page; links to other local files cannot work and are reported.
/// </summary>
internal sealed class BodyLinkResolver
{
    private readonly Dictionary<string, string> _idByFileName;
    private readonly SiteUrls _urls;

    public BodyLinkResolver(KnowledgeBase knowledgeBase, SiteUrls urls)
    {
        _urls = urls;
        _idByFileName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var incident in knowledgeBase.Incidents)
        {
            _idByFileName.TryAdd(Path.GetFileNameWithoutExtension(incident.SourcePath), incident.Id);
            _idByFileName.TryAdd(incident.Id, incident.Id);
        }
    }

    public string? Resolve(LinkInline link, Postmortem incident, int bodyFirstLine, List<Diagnostic> diagnostics)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || link.IsImage || url.StartsWith('#') || url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var pathPart = url.Split('#', 2)[0].Split('?', 2)[0];
        var fragment = url.Length > pathPart.Length ? url[pathPart.Length..] : "";
        var extension = Path.GetExtension(pathPart);
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase) || extension.Length == 0)
        {
            var name = Path.GetFileNameWithoutExtension(pathPart.TrimEnd('/'));
            if (_idByFileName.TryGetValue(name, out var id))
            {
                return _urls.Incident(id) + (fragment.StartsWith('#') ? fragment : "");
            }
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnresolvedLink, $"link '{url}' points to no postmortem and will be broken on the site",
            new SourceLocation(incident.SourcePath, bodyFirstLine + link.Line, link.Column + 1),
            "link another postmortem by its file name (e.g. 2024-03-12-orders.md), or use a full https:// address"));
        return "#";
    }
}
