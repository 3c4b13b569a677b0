using PostmortemSite.Model;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Editions;

/// <summary>What the public edition leaves out is in no byte of its output; the internal edition has all of it.</summary>
public sealed class EditionLeakTests
{
    // Every place a secret can sit, each with its own marker.
    private static readonly string[] Markers =
    [
        // The internal incident, everywhere it can be named.
        "mkqidq", "mkqtitleq", "mkqsummaryq", "mkqbodyq", "mkqserviceq", "mkqtagq", "mkqteamq", "mkqactionq", "mkqownerq",
        "mkqtimelineq", "mkqimpactq", "mkqtriggerq", "mkqcauseq", "mkqfilenameq", "mkqticketq", "mkqseverityq",

        // Internal passages of a public incident: in the write-up, in its timeline section and in its root-cause section.
        "mkqpassageq", "mkqpassagetimelineq", "mkqpassagecauseq",

        // Internal fields of a public incident: named by the incident and by the site.
        "mkqfieldimpactq", "mkqfieldownerq", "mkqfieldteamq", "mkqsitefieldq",

        // Redacted strings in every field of a public incident.
        "mkqlitq", "mkqlitwrapq", "mkqlittitleq", "mkqhostq", "mkqhosttimelineq", "mkqhostticketq", "mkqhostserviceq",
        "mkqhosttagq", "mkqhostactionq", "mkqhostcauseq", "mkqhostimpactq", "mkqhosttriggerq", "mkqhostteamq", "mkqhostfileq",
    ];

    private static void WriteLibrary(TempFolder folder)
    {
        folder.Write("input/redact.yml", """
            redact:
              - text: Mkqlitq Corp
              - text: mkqlitwrapq Holdings
              - text: mkqlittitleq
              - pattern: '\b[a-z0-9-]+\.corp\.example\b'
            """);

        // Internal by the default visibility; it shares a service and words with the public ones, so it would be related.
        folder.Write("input/incidents/2024-05-01-mkqfilenameq.md", """
            ---
            id: secret-mkqidq
            title: Checkout outage mkqtitleq
            date: 2024-05-01
            severity: mkqseverityq
            summary: Checkout database failover mkqsummaryq.
            root_cause:
              category: database/replication
              trigger: Replica lag mkqtriggerq
            timestamps:
              started: 2024-05-01T10:00:00Z
              resolved: 2024-05-01T11:00:00Z
            impact:
              description: Orders failed mkqimpactq
            services: [checkout, pay-mkqserviceq]
            tags: [failover, t-mkqtagq]
            teams: [team-mkqteamq]
            action_items:
              - title: Fix failover mkqactionq
                owner: mkqownerq
                ticket: OPS-mkqticketq
            timeline:
              - time: 2024-05-01T10:05:00Z
                text: Paged on checkout failover mkqtimelineq
                milestone: detected
            ---
            ## Root cause
            Replication failover mkqcauseq.

            The checkout database failover went wrong: mkqbodyq.
            """);

        folder.Write("input/incidents/2024-04-01-public-failover.md", """
            ---
            id: public-failover
            title: Checkout failover for mkqlittitleq customers
            date: 2024-04-01
            visibility: public
            summary: The checkout database failed over; Mkqlitq Corp saw errors on db-mkqhostq.corp.example.
            root_cause:
              category: database/replication
              trigger: lag on replica-mkqhosttriggerq.corp.example
            timestamps:
              started: 2024-04-01T10:00:00Z
              resolved: 2024-04-01T12:00:00Z
            impact:
              description: Errors for users of api-mkqhostimpactq.corp.example; also mkqfieldimpactq
              users_affected_pct: 12
            services: [checkout, svc-mkqhostserviceq.corp.example]
            tags: [failover, tag-mkqhosttagq.corp.example]
            teams: [payments, team-mkqhostteamq.corp.example, mkqfieldteamq]
            related: [secret-mkqidq]
            internal_fields: [impact.description, action_items.owner, teams]
            action_items:
              - title: Move vm-mkqhostactionq.corp.example off the old replica
                owner: mkqfieldownerq
                ticket: OPS-7 at jira-mkqhostticketq.corp.example
            ---
            ## Root cause
            Replica lag on host-mkqhostcauseq.corp.example.

            ::: internal
            The on-call engineer for mkqpassagecauseq was unreachable.
            :::

            ## Timeline
            - 10:00 Failover started
            - 10:20 Lag on mkqhosttimelineq.corp.example noticed

            ::: internal
            - 10:30 mkqpassagetimelineq escalated to the vendor
            :::

            ## Write-up
            Customers of mkqlitwrapq
            Holdings were affected. See [the earlier one](2024-05-01-mkqfilenameq.md) and [by id](secret-mkqidq.md).

            ::: internal
            Contract penalties with mkqpassageq apply.
            :::

            Logs were on files-mkqhostfileq.corp.example.
            """);

        folder.Write("input/incidents/2024-03-01-public-index.md", """
            ---
            title: Checkout slow after an index drop
            date: 2024-03-01
            visibility: public
            summary: A dropped index slowed checkout.
            root_cause:
              category: database/index
            impact:
              description: Site-wide field left out mkqsitefieldq
            services: [checkout]
            tags: [failover]
            ---
            Checkout database failover and index trouble.
            """);
    }

    [Fact]
    public async Task No_marker_of_anything_internal_or_redacted_is_in_any_byte_of_the_public_edition_and_the_internal_edition_has_them_all()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var (publicBuild, publicFiles) = await MarkerLibrary.BuildAsync(folder, "public", Edition.Public, ["impact.description"]);
        var (_, internalFiles) = await MarkerLibrary.BuildAsync(folder, "internal", Edition.Internal, ["impact.description"]);

        // The public edition is a real site: both public incidents, their pages, the search index, the API, the feed.
        Assert.Equal(2, publicBuild.KnowledgeBase!.Incidents.Count);
        foreach (var path in new[] { "incidents/public-failover/index.html", "incidents/2024-03-01-public-index/index.html", "api/incidents.json", "feed.xml", "sitemap.xml", "404.html", "search/meta.json" })
        {
            Assert.Contains(path, publicFiles.Keys);
        }

        Assert.Contains(publicFiles.Keys, p => p.StartsWith("assets/", StringComparison.Ordinal));
        Assert.NotEmpty(MarkerLibrary.FilesContaining(publicFiles, "[redacted]"));

        var leaks = Markers.Select(m => (Marker: m, Files: MarkerLibrary.FilesContaining(publicFiles, m))).Where(x => x.Files.Count > 0).ToList();
        Assert.True(leaks.Count == 0, "leaked: " + string.Join("; ", leaks.Select(l => $"{l.Marker} in {string.Join(", ", l.Files)}")));
        Assert.Empty(MarkerLibrary.FilesContaining(publicFiles, MarkerLibrary.Prefix));

        var missing = Markers.Where(m => MarkerLibrary.FilesContaining(internalFiles, m).Count == 0).ToList();
        Assert.True(missing.Count == 0, "missing from the internal edition: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Everything_derived_in_the_public_edition_counts_only_public_incidents()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var (build, files) = await MarkerLibrary.BuildAsync(folder, "public", Edition.Public);
        var kb = build.KnowledgeBase!;

        Assert.Equal(["public-failover", "2024-03-01-public-index"], kb.Incidents.Select(i => i.Id));
        Assert.Equal(2, kb.Services.Single(s => s.Slug == "checkout").Incidents.Count);
        Assert.Single(kb.CategoryOf("database/replication")!.Incidents);
        Assert.All(kb.Links.Values, l => Assert.DoesNotContain(l.Related, r => r.Incident.Id == "secret-mkqidq"));
        Assert.Equal(2, kb.Insights.IncidentsPerMonth.Sum(m => m.Total));
        Assert.DoesNotContain(kb.Actions.Entries, e => e.Incident.Id == "secret-mkqidq");
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(files["api/incidents.json"]).RootElement.GetArrayLength());
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "PM010");
    }

    [Fact]
    public async Task The_internal_edition_shows_an_internal_passage_in_a_marked_element()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        var (_, files) = await MarkerLibrary.BuildAsync(folder, "internal", Edition.Internal);

        var page = System.Text.Encoding.UTF8.GetString(files["incidents/public-failover/index.html"]);
        Assert.Matches("<div class=\"internal\">\\s*<p>Contract penalties with mkqpassageq apply.</p>", page);
        Assert.Contains(".body .internal::before", System.Text.Encoding.UTF8.GetString(files["assets/site.css"]));
    }

    [Fact]
    public async Task The_same_library_and_edition_build_byte_identical_sites()
    {
        using var folder = new TempFolder();
        WriteLibrary(folder);

        foreach (var edition in new[] { Edition.Public, Edition.Internal })
        {
            var (_, first) = await MarkerLibrary.BuildAsync(folder, edition + "1", edition);
            var (_, second) = await MarkerLibrary.BuildAsync(folder, edition + "2", edition);

            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(first.Keys, f => !first[f].AsSpan().SequenceEqual(second[f]));
        }
    }
}
