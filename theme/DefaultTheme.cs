using PostmortemSite.Model;
using PostmortemSite.Rendering;
using PostmortemSite.Theme.Pages;

namespace PostmortemSite.Theme;

/// <summary>The theme that ships with the tool. Its assets are embedded; a site's own theme/assets folder overrides them file by file.</summary>
public static class DefaultTheme
{
    public static SiteTheme Create(string? assetOverrideDirectory = null) => new(
        HomePage: typeof(HomePage),
        IncidentPage: typeof(IncidentPage),
        CausesPage: typeof(CausesPage),
        CausePage: typeof(CausePage),
        GroupIndexPage: typeof(GroupIndexPage),
        GroupPage: typeof(GroupPage),
        NotFoundPage: typeof(NotFoundPage),
        InsightsPage: typeof(InsightsPage),
        FalseLeadsPage: typeof(FalseLeadsPage),
        ActionItemsPage: typeof(ActionItemsPage),
        Assets: LoadAssets(assetOverrideDirectory),
        SearchPage: typeof(SearchPage),
        IncidentsPage: typeof(IncidentsPage));

    private static List<OutputFile> LoadAssets(string? overrideDirectory)
    {
        var assets = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        var assembly = typeof(DefaultTheme).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var path = name["assets/".Length..];
            assets[path] = new OutputFile(path, memory.ToArray());
        }

        if (overrideDirectory is not null && Directory.Exists(overrideDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(overrideDirectory, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(overrideDirectory, file).Replace('\\', '/');
                assets[path] = new OutputFile(path, File.ReadAllBytes(file));
            }
        }

        return assets.Values.ToList();
    }
}
