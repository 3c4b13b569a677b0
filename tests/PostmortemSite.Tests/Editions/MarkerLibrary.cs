using System.Text;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Editions;

/// <summary>
/// Builds a library into both editions and reads every byte back. Markers are lower-case words ending in 'q', which
/// the analyzer keeps whole (no English suffix ends in q), so one found in a search shard reads as written.
/// </summary>
internal static class MarkerLibrary
{
    public const string Prefix = "mkq";

    public static async Task<(BuildResult Build, Dictionary<string, byte[]> Files)> BuildAsync(TempFolder folder, string name, Edition edition, IReadOnlyList<string>? siteInternalFields = null)
    {
        var output = folder.Combine("out-" + name);
        // With the site's address, so the sitemap is written too and every file a published site has is searched.
        var options = new SiteOptions(folder.Combine("input"), output, SiteUrl: "https://incidents.example") { Edition = edition, InternalFields = siteInternalFields ?? [] };
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(options);
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        return (build, files);
    }

    /// <summary>The output files (by path) holding the marker's bytes, as written or JSON-escaped.</summary>
    public static List<string> FilesContaining(Dictionary<string, byte[]> files, string marker)
    {
        var needle = Encoding.UTF8.GetBytes(marker);
        return files.Where(f => f.Value.AsSpan().IndexOf(needle) >= 0).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
    }
}
