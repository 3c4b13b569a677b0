using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>What every page can see: the site's name, its URLs and the linked library.</summary>
public sealed record SiteContext(string Title, SiteUrls Urls, KnowledgeBase KnowledgeBase);

public abstract record PageModel(SiteContext Site, string Title, string Description);

public sealed record HomePageModel(SiteContext Site, string Title, string Description, IReadOnlyList<Postmortem> Recent)
    : PageModel(Site, Title, Description);

public sealed record IncidentPageModel(SiteContext Site, Postmortem Incident, RootCauseCategory Category, IncidentBody Body, IncidentLinks Links)
    : PageModel(Site, Incident.Title, Incident.Summary ?? Incident.Title)
{
    /// <summary>More events than anyone reads on one page; a legacy log pasted whole can hold 100,000. The API keeps them all.</summary>
    public const int MaxTimelineEvents = 2000;

    /// <summary>The events the page lists: the first <see cref="MaxTimelineEvents"/>.</summary>
    public IReadOnlyList<TimelineEvent> ShownTimeline => Incident.Timeline.Count <= MaxTimelineEvents ? Incident.Timeline : [.. Incident.Timeline.Take(MaxTimelineEvents)];

    public int HiddenTimelineEvents => Math.Max(0, Incident.Timeline.Count - MaxTimelineEvents);

    /// <summary>
    /// An imported incident's impact description is the first paragraph of its body's Impact section: when that section
    /// is shown, the description would say the same thing twice.
    /// </summary>
    public bool ShowsImpactDescription => Incident.Imported is null || Body.ImpactHtml.Length == 0;

    /// <summary>An imported incident's timeline was read from its body's Timeline section: the list shows it, so the section is not repeated.</summary>
    public bool ShowsBodyTimeline => Incident.Imported is null || Incident.Timeline.Count == 0;
}

public sealed record CausesPageModel(SiteContext Site, string Title, string Description)
    : PageModel(Site, Title, Description);

public sealed record CausePageModel(SiteContext Site, CategorySummary Summary)
    : PageModel(Site, Summary.Category.Title, Summary.Category.Description);

/// <summary>A list of groups of one kind: all services, all tags or all years.</summary>
public sealed record GroupIndexPageModel(SiteContext Site, string Title, string Description, GroupKind Kind, IReadOnlyList<IncidentGroup> Groups)
    : PageModel(Site, Title, Description);

public sealed record GroupPageModel(SiteContext Site, string Title, string Description, GroupKind Kind, IncidentGroup Group)
    : PageModel(Site, Title, Description);

/// <summary>The search page: the box, filters and results are filled in by theme/assets/search/ui.js.</summary>
public sealed record SearchPageModel(SiteContext Site, string Title, string Description)
    : PageModel(Site, Title, Description);

/// <summary>Library-wide figures and charts: what keeps breaking, for how long, where, and what was promised.</summary>
public sealed record InsightsPageModel(SiteContext Site, string Title, string Description, LibraryInsights Insights, ActionRegister Actions)
    : PageModel(Site, Title, Description);

/// <summary>Recurring wrong hypotheses across incidents, each with the incidents where it cost time.</summary>
public sealed record FalseLeadsPageModel(SiteContext Site, string Title, string Description, IReadOnlyList<FalseLeadGroup> Groups)
    : PageModel(Site, Title, Description);

/// <summary>Every action item, open ones first, and the promises made more than once.</summary>
public sealed record ActionItemsPageModel(SiteContext Site, string Title, string Description, ActionRegister Register)
    : PageModel(Site, Title, Description);

/// <summary>One page of the table of every incident; the browser sorts and filters the whole list from api/incident-list.json.</summary>
/// <param name="Rows">This page's incidents, newest first.</param>
/// <param name="PageNumber">From 1.</param>
public sealed record IncidentsPageModel(SiteContext Site, string Title, string Description, IReadOnlyList<Postmortem> Rows, int PageNumber, int PageCount)
    : PageModel(Site, Title, Description)
{
    /// <summary>Small enough that a page of 10,000 incidents' list stays light, large enough to scan a year at a glance.</summary>
    public const int RowsPerPage = 100;
}

public sealed record NotFoundPageModel(SiteContext Site, string Title, string Description)
    : PageModel(Site, Title, Description);

public enum GroupKind
{
    Service,
    Tag,
    Year,
}
