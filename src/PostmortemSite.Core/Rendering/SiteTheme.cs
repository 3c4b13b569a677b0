using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>
/// The component type for each page and the static assets: a theme is data, so Core renders any theme
/// without a compile-time reference to it. Each component takes one parameter named Model.
/// </summary>
public sealed record SiteTheme(
    Type HomePage,
    Type IncidentPage,
    Type CausesPage,
    Type CausePage,
    Type GroupIndexPage,
    Type GroupPage,
    Type NotFoundPage,
    Type InsightsPage,
    Type FalseLeadsPage,
    Type ActionItemsPage,
    IReadOnlyList<OutputFile> Assets,
    Type? SearchPage = null,
    Type? IncidentsPage = null);
