namespace PostmortemSite.Model;

/// <summary>Which readers a build is for: everything for employees, or the public incident history.</summary>
public enum Edition
{
    Internal,
    Public,
}

/// <summary>Which editions show an incident.</summary>
public enum Visibility
{
    Internal,
    Public,
}

/// <summary>
/// The settings a team writes once in <c>postmortemsite.yml</c> at the library root. Every value is null when the
/// file does not set it, so the command line and the built-in defaults can fill what is left.
/// </summary>
public sealed record SiteConfig(
    string? Title = null,
    string? SiteUrl = null,
    string? BasePath = null,
    string? TicketUrl = null,
    Edition? Edition = null,
    Visibility? DefaultVisibility = null,
    IReadOnlyList<string>? InternalFields = null,
    string? TimeZone = null)
{
    public static SiteConfig Empty { get; } = new();
}
