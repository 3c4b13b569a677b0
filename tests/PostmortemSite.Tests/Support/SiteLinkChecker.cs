using AngleSharp.Html.Parser;

namespace PostmortemSite.Tests.Support;

/// <summary>Walks every HTML page of a built site and lists each internal href or src that does not resolve to a file.</summary>
public static class SiteLinkChecker
{
    public static IReadOnlyList<string> FindBrokenLinks(string siteFolder, string basePath)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relativePage = Path.GetRelativePath(siteFolder, page).Replace('\\', '/');
            using var document = parser.ParseDocument(File.ReadAllText(page));
            var targets = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var target in targets)
            {
                if (!Resolves(siteFolder, basePath, relativePage, target))
                {
                    broken.Add($"{relativePage} -> {target}");
                }
            }
        }

        return broken;
    }

    private static bool Resolves(string siteFolder, string basePath, string relativePage, string target)
    {
        if (target.Length == 0 || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal)
            || target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
        {
            return true;
        }

        var path = target.Split('#', 2)[0].Split('?', 2)[0];
        string relative;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return false;
            }

            relative = path[basePath.Length..];
        }
        else
        {
            var pageFolder = Path.GetDirectoryName(relativePage)!.Replace('\\', '/');
            relative = Path.GetRelativePath(".", Path.Combine(pageFolder, path)).Replace('\\', '/');
        }

        relative = Uri.UnescapeDataString(relative);
        var full = Path.Combine(siteFolder, relative);
        return relative.Length == 0 || relative.EndsWith('/')
            ? File.Exists(Path.Combine(full, "index.html"))
            : File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }
}
