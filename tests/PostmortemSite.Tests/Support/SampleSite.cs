namespace PostmortemSite.Tests.Support;

/// <summary>Writes small canonical postmortems for tests, with only the fields a test cares about.</summary>
public static class SampleSite
{
    public const string MinimalTaxonomy = """
        categories:
          - slug: database/index
            title: Missing or ineffective index
            description: Queries fell back to scans.
            synonyms: [index, full table scan, slow query]
          - slug: database/locking
            title: Lock contention and deadlocks
            description: Transactions blocked each other.
            synonyms: [deadlock, lock wait, lock contention]
          - slug: network/dns
            title: DNS failure
            description: Names did not resolve.
            synonyms: [dns, resolver, nxdomain]
          - slug: unknown
            title: Unknown
            description: Not determined.
            synonyms: []
        """;

    public static string Postmortem(
        string title,
        string date = "2024-03-12",
        string category = "database/index",
        string services = "[checkout]",
        string tags = "[]",
        string extra = "",
        string body = "## Summary\n\nSomething broke.\n")
    {
        return $"""
            ---
            title: {title}
            date: {date}
            severity: SEV2
            root_cause:
              category: {category}
            timestamps:
              started: {date}T10:00:00Z
              detected: {date}T10:15:00Z
              mitigated: {date}T11:00:00Z
              resolved: {date}T12:00:00Z
            services: {services}
            tags: {tags}
            {extra}
            ---
            {body}
            """;
    }
}
