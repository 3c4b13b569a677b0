namespace PostmortemSite.Model;

/// <summary>What a build was asked to do. Paths are as the user gave them.</summary>
/// <param name="AsOf">The day "overdue" is judged on; null means the newest incident's date, never the clock.</param>
/// <param name="ForceOutput">Write into an output folder PostmortemSite did not write, replacing files at the site's paths (never others).</param>
/// <param name="IncludeDrafts">Whether draft and in-review postmortems are published too (serve and build --drafts), each marked as such.</param>
public sealed record SiteOptions(
    string InputDirectory,
    string OutputDirectory,
    string BasePath = "/",
    string? SiteUrl = null,
    string SiteTitle = "Incident library",
    DateOnly? AsOf = null,
    bool ForceOutput = false,
    bool IncludeDrafts = false)
{
    /// <summary>How an action item's ticket id becomes a link: an address containing <c>{id}</c>; null shows ids as text.</summary>
    public string? TicketUrl { get; init; }

    public Edition Edition { get; init; } = Edition.Internal;

    /// <summary>The visibility of an incident whose front matter sets none.</summary>
    public Visibility DefaultVisibility { get; init; } = Visibility.Internal;

    /// <summary>Fields the public edition leaves out of every incident, as dotted names (<c>impact.description</c>).</summary>
    public IReadOnlyList<string> InternalFields { get; init; } = [];

    /// <summary>Where rendered pages are kept between builds (<see cref="Rendering.PageCache"/>); null renders every page.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The IANA time zone times are shown in; null shows UTC.</summary>
    public string? DisplayTimeZone { get; init; }

    /// <summary>Problems found in the settings file (<c>postmortemsite.yml</c>); every build reports them with its own.</summary>
    public IReadOnlyList<Checking.Diagnostic> SettingsDiagnostics { get; init; } = [];

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
