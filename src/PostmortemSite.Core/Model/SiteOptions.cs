namespace PostmortemSite.Model;

/// <summary>What a build was asked to do. Paths are as the user gave them.</summary>
/// <param name="AsOf">The day "overdue" is judged on; null means the newest incident's date, never the clock.</param>
/// <param name="ForceOutput">Write into an output folder PostmortemSite did not write, replacing files at the site's paths (never others).</param>
public sealed record SiteOptions(
    string InputDirectory,
    string OutputDirectory,
    string BasePath = "/",
    string? SiteUrl = null,
    string SiteTitle = "Incident library",
    DateOnly? AsOf = null,
    bool ForceOutput = false)
{
    /// <summary>The base path with exactly one leading and one trailing slash.</summary>
    public string NormalizedBasePath
    {
        get
        {
            var trimmed = BasePath.Trim().Trim('/');
            return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
        }
    }
}
