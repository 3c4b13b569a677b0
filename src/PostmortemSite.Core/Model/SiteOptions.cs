namespace PostmortemSite.Model;

/// <summary>What a build was asked to do. Paths are as the user gave them.</summary>
/// <param name="AsOf">The day "overdue" is judged on; null means the newest incident's date, never the clock.</param>
/// <param name="TicketUrl">The tracker's address for a ticket, with {id} where the ticket id goes; null shows ticket ids as text.</param>
/// <param name="IncludeDrafts">Whether draft and in-review postmortems are published too (serve and build --drafts), each marked as such.</param>
public sealed record SiteOptions(
    string InputDirectory,
    string OutputDirectory,
    string BasePath = "/",
    string? SiteUrl = null,
    string SiteTitle = "Incident library",
    DateOnly? AsOf = null,
    bool IncludeDrafts = false,
    string? TicketUrl = null)
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
