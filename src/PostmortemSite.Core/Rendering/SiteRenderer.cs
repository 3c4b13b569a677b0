using System.Collections.Concurrent;
using System.Text;
using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>The render stage: every page, the API, the feeds and the theme's assets, as files in memory. Never touches the disk.</summary>
internal static class SiteRenderer
{
    private const int PagesPerRenderer = 32;

    /// <param name="cache">Incident pages from earlier builds; those whose fingerprint it holds are taken from it instead of rendered.</param>
    public static async Task<RenderStageResult> RenderAsync(KnowledgeBase knowledgeBase, SiteOptions options, SiteTheme theme, CancellationToken cancellationToken = default, IProgress<BuildProgress>? progress = null, PageCache? cache = null)
    {
        var urls = SiteUrls.For(options);
        var site = new SiteContext(options.SiteTitle, urls, knowledgeBase);
        var diagnostics = new List<Diagnostic>();
        var pages = PlanPages(site, theme, diagnostics, cache);

        var files = new List<OutputFile>(pages.Count + theme.Assets.Count + 4);
        files.AddRange(await RenderPagesAsync(pages, cancellationToken, progress, cache));
        files.Add(ApiFiles.Build(knowledgeBase, urls));
        files.Add(ApiFiles.BuildIncidentList(knowledgeBase, urls));
        files.Add(FeedFiles.BuildFeed(knowledgeBase, urls, options.SiteTitle));
        // A sitemap's addresses must be absolute; without the site's address there is no valid one to write.
        if (urls.SiteUrl is not null)
        {
            files.Add(FeedFiles.BuildSitemap(pages.Where(p => p.Path.EndsWith("index.html", StringComparison.Ordinal)).Select(p => p.Path[..^"index.html".Length]), urls));
        }

        files.Add(FeedFiles.BuildRobots(urls));
        files.AddRange(theme.Assets.Select(a => a with { Path = "assets/" + a.Path }));
        return new RenderStageResult(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), diagnostics);
    }

    /// <summary>
    /// The pages of <paramref name="incidents"/> as <see cref="RenderAsync"/> would render them, each standing in for
    /// the knowledge base's incident of the same id. Serve uses it to show an edit before the whole site is rebuilt.
    /// </summary>
    internal static async Task<RenderStageResult> RenderIncidentsAsync(KnowledgeBase knowledgeBase, IReadOnlyList<Postmortem> incidents, SiteOptions options, SiteTheme theme, CancellationToken cancellationToken = default)
    {
        var site = new SiteContext(options.SiteTitle, SiteUrls.For(options), knowledgeBase);
        var links = new BodyLinkResolver(knowledgeBase, site.Urls);
        var diagnostics = new List<Diagnostic>();
        var pages = incidents.Select(incident => IncidentPage(site, theme, incident, RenderBody(links, incident, diagnostics))).ToList();
        return new RenderStageResult(await RenderPagesAsync(pages, cancellationToken, progress: null, cache: null), diagnostics);
    }

    /// <param name="Model">What the component renders; null when the page comes from the cache.</param>
    /// <param name="Fingerprint">Everything the page shows, when it is to be kept in the <see cref="PageCache"/>.</param>
    /// <param name="Cached">The page as an earlier build rendered it, taken from the cache.</param>
    /// <param name="BodyDiagnostics">What rendering its body reported, kept in the cache with the page.</param>
    private sealed record PageJob(string Path, Type Component, PageModel? Model, UInt128? Fingerprint = null, byte[]? Cached = null, IReadOnlyList<Diagnostic>? BodyDiagnostics = null);

    private static List<PageJob> PlanPages(SiteContext site, SiteTheme theme, List<Diagnostic> diagnostics, PageCache? cache)
    {
        var kb = site.KnowledgeBase;
        var links = new BodyLinkResolver(kb, site.Urls);
        var pages = new List<PageJob>
        {
            new("index.html", theme.HomePage, new HomePageModel(site, site.Title, $"{kb.Incidents.Count} incident postmortems, browsable by root cause, service, tag and year.", kb.Incidents.Take(12).ToList())),
            new("causes/index.html", theme.CausesPage, new CausesPageModel(site, "Root causes", "Incidents grouped by root-cause category, with counts and durations.")),
            new("404.html", theme.NotFoundPage, new NotFoundPageModel(site, "Page not found", "This page does not exist.")),
            new("insights/index.html", theme.InsightsPage, new InsightsPageModel(site, "Insights",
                "What keeps breaking, how long detection and recovery take, which services are hit most, and which promised fixes are still open.", kb.Insights, kb.Actions)),
            new("false-leads/index.html", theme.FalseLeadsPage, new FalseLeadsPageModel(site, "False leads",
                "Every wrong hypothesis found in the incident timelines, grouped by kind, with the minutes each cost. Kinds seen in more than one incident come first: those are the guesses worth learning from.", kb.FalseLeads)),
            new("actions/index.html", theme.ActionItemsPage, new ActionItemsPageModel(site, "Action items",
                "Every action item from every postmortem, open ones first, with the promises made more than once grouped.", kb.Actions)),
        };

        if (theme.IncidentsPage is { } incidentsPage)
        {
            var pageCount = Math.Max(1, (kb.Incidents.Count + IncidentsPageModel.RowsPerPage - 1) / IncidentsPageModel.RowsPerPage);
            for (var number = 1; number <= pageCount; number++)
            {
                var rows = kb.Incidents.Skip((number - 1) * IncidentsPageModel.RowsPerPage).Take(IncidentsPageModel.RowsPerPage).ToList();
                var path = site.Urls.IncidentsPage(number)[site.Urls.Base.Length..] + "index.html";
                pages.Add(new(path, incidentsPage, new IncidentsPageModel(site, number == 1 ? "All incidents" : $"All incidents, page {number} of {pageCount}",
                    $"Every incident in one table: date, title, severity, root cause, duration and services.", rows, number, pageCount)));
            }
        }

        if (theme.SearchPage is { } searchPage)
        {
            pages.Add(new("search/index.html", searchPage, new SearchPageModel(site, "Search", "Search every incident by cause, service, symptom or words from the write-up.")));
        }

        // Markdown is the costliest part of planning and each body is independent, so bodies render in parallel;
        // each keeps its own diagnostics, added afterwards in incident order so the report does not depend on timing.
        // A page the cache holds needs neither its body nor its page rendered: its warnings come from the cache too.
        var digests = cache is null ? null : PageCache.IncidentDigests(kb.Incidents);
        var incidentPages = new PageJob[kb.Incidents.Count];
        Parallel.For(0, kb.Incidents.Count, i =>
        {
            var incident = kb.Incidents[i];
            UInt128? fingerprint = digests is null ? null
                : PageCache.IncidentPageFingerprint(theme.IncidentPage, incident, kb.Taxonomy.Get(incident.RootCause.Category), kb.LinksOf(incident), kb.FalseLeadsOf(incident), digests);
            if (fingerprint is { } key && cache!.TryGet(key, out var page))
            {
                incidentPages[i] = new(IncidentPath(incident), theme.IncidentPage, null, key, page.Content, page.Diagnostics);
                return;
            }

            var found = new List<Diagnostic>();
            incidentPages[i] = IncidentPage(site, theme, incident, RenderBody(links, incident, found)) with { Fingerprint = fingerprint, BodyDiagnostics = found };
        });

        for (var i = 0; i < kb.Incidents.Count; i++)
        {
            diagnostics.AddRange(incidentPages[i].BodyDiagnostics!);
            pages.Add(incidentPages[i]);
        }

        foreach (var summary in kb.Categories)
        {
            pages.Add(new($"causes/{summary.Category.Slug}/index.html", theme.CausePage, new CausePageModel(site, summary)));
        }

        AddGroups(pages, site, theme, GroupKind.Service, "services", "Services", kb.Services);
        AddGroups(pages, site, theme, GroupKind.Tag, "tags", "Tags", kb.Tags);
        AddGroups(pages, site, theme, GroupKind.Year, "years", "Years", kb.Years);
        return pages;
    }

    private static IncidentBody RenderBody(BodyLinkResolver links, Postmortem incident, List<Diagnostic> diagnostics) =>
        IncidentBody.Render(BodyMarkdown(incident), link => links.Resolve(link, incident, incident.BodyLine, diagnostics));

    /// <summary>An imported plain-text body is kept as written and shaped into the document it was only here, for its page.</summary>
    private static string BodyMarkdown(Postmortem incident) =>
        incident.Imported?.BodyFormat == BodyFormat.PlainText ? PlainTextToMarkdown.Convert(incident.BodyMarkdown) : incident.BodyMarkdown;

    /// <summary>The incident's page with its cross-links as the knowledge base has them; the incident is found there by id.</summary>
    private static PageJob IncidentPage(SiteContext site, SiteTheme theme, Postmortem incident, IncidentBody body)
    {
        var kb = site.KnowledgeBase;
        return new(IncidentPath(incident), theme.IncidentPage, new IncidentPageModel(site, incident, kb.Taxonomy.Get(incident.RootCause.Category), body, kb.LinksOf(incident)));
    }

    private static string IncidentPath(Postmortem incident) => $"incidents/{incident.Id}/index.html";

    private static void AddGroups(List<PageJob> pages, SiteContext site, SiteTheme theme, GroupKind kind, string folder, string title, IReadOnlyList<IncidentGroup> groups)
    {
        pages.Add(new($"{folder}/index.html", theme.GroupIndexPage, new GroupIndexPageModel(site, title, $"Incidents by {title.ToLowerInvariant()}.", kind, groups)));
        foreach (var group in groups)
        {
            var heading = kind switch
            {
                GroupKind.Service => $"Service: {group.Name}",
                GroupKind.Tag => $"Tag: {group.Name}",
                _ => $"Incidents in {group.Name}",
            };
            pages.Add(new($"{folder}/{group.Slug}/index.html", theme.GroupPage, new GroupPageModel(site, heading, $"{group.Incidents.Count} incidents: {heading}.", kind, group)));
        }
    }

    /// <summary>HtmlRenderer runs one component tree at a time, so each worker gets its own renderer.</summary>
    private static async Task<IReadOnlyList<OutputFile>> RenderPagesAsync(List<PageJob> pages, CancellationToken cancellationToken, IProgress<BuildProgress>? progress, PageCache? cache)
    {
        var results = new OutputFile[pages.Count];
        var done = 0;
        progress?.Report(new BuildProgress(BuildStage.Rendering, 0, pages.Count));
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count / 16 + 1));
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, pages.Count));
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var renderer = new ComponentRenderer();
            var rendered = 0;
            while (queue.TryDequeue(out var i))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (pages[i].Cached is { } page)
                {
                    results[i] = new OutputFile(pages[i].Path, page);
                    Interlocked.Increment(ref done);
                    continue;
                }

                // A renderer keeps every component it has rendered until it is disposed, so a long-lived one holds
                // thousands of page trees; a fresh renderer every few pages lets them be collected young.
                if (++rendered % PagesPerRenderer == 0)
                {
                    await renderer.DisposeAsync();
                    renderer = new ComponentRenderer();
                }

                try
                {
                    results[i] = new OutputFile(pages[i].Path, await renderer.RenderPageAsync(pages[i].Component, pages[i].Model!));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A theme component that throws: say which page, or the user has a message and no place.
                    throw new BuildStageException("rendering", e, pages[i].Path);
                }

                if (cache is not null && pages[i].Fingerprint is { } fingerprint)
                {
                    cache.Add(fingerprint, new CachedPage(results[i].Content, pages[i].BodyDiagnostics ?? []));
                }

                if (Interlocked.Increment(ref done) % 64 == 0)
                {
                    progress?.Report(new BuildProgress(BuildStage.Rendering, done, pages.Count));
                }
            }

            await renderer.DisposeAsync();
        }, cancellationToken));
        await Task.WhenAll(tasks);
        return results;
    }
}

/// <summary>What the render stage produced: every file in path order, and the problems found on the way (such as body links that lead nowhere).</summary>
internal sealed record RenderStageResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics);
