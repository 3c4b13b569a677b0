using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Date, window, table and Liquid rules as the review of the fourteenth round probed them: each input once went wrong.</summary>
public sealed class DateAndFormatRulesReviewTests
{
    private const string Timeline = "## Timeline\n\n- 09:10 API server rejects kubelet certificates\n- 09:40 certificates renewed\n- 09:45 cluster healthy again\n\n## Action items\n\n- Alert 30 days before certificates expire\n- Renew certificates automatically\n";

    [Theory]
    [InlineData("## Background\n\nThe provider had warned us by email:\n\nFrom: notices@cdn.example\nDate: January 20, 2026\nSubject: TLS 1.0 and 1.1 will be disabled\n")]
    [InlineData("## Trigger\n\nThe faulty setting shipped weeks earlier in a routine change:\n\nChange: CHG0031337\nDate: 2026-01-12\nApproved by: Platform CAB\n")]
    public void A_date_line_in_a_pasted_email_or_change_record_does_not_date_the_incident(string section)
    {
        var imported = Imported($"---\ntitle: TLS handshake failures\ndate: 2026-02-10\n---\n\nOn February 3, 2026 the API was down for two hours: clients failed TLS handshakes.\n\n{section}\nNobody on the team read it.\n");

        Assert.Equal(new DateOnly(2026, 2, 3), imported.Date);
    }

    [Fact]
    public void A_date_in_the_documents_revision_history_does_not_date_the_incident()
    {
        var imported = Imported("---\ntitle: Queue backlog\ndate: 2026-02-10\n---\n\nThe queue backlog delayed emails for three hours.\n\n## Timeline\n\n- 14:02 alerts fire\n- 17:05 backlog drained\n\n"
            + "## Document history\n\nDate: 2026-02-09\nAuthor: Sam\nChange: first draft\n");

        Assert.Equal(new DateOnly(2026, 2, 10), imported.Date);
    }

    [Fact]
    public void Start_and_end_fields_after_a_test_that_was_scheduled_are_the_incidents()
    {
        var imported = Imported("# Database outage\n\nThe failover test was scheduled for 14:00 UTC, but the primary crashed before it began:\n\n"
            + "**Start:** 2026-03-04 13:40 UTC\n**End:** 2026-03-04 15:05 UTC\n\nThe database was down for 85 minutes.\n");

        Assert.Equal(At("2026-03-04T13:40:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2026-03-04T15:05:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("## Scheduled maintenance\n\n")]
    [InlineData("Planned maintenance:\n\n")]
    public void Start_and_end_fields_under_a_planned_maintenance_heading_or_label_are_not_the_incidents(string leadIn)
    {
        var imported = Imported("# Mail outage\n\nThe mail outage was between **12:17 - 12:35 UTC on September 10, 2020**.\n\n"
            + $"{leadIn}**Start**: 2020-09-10 @ 04:00 UTC\n**End**: 2020-09-10 @ 12:00 UTC\n\n"
            + "## Timeline\n\n* 12:17 - Live migration of the mail server fails\n* 12:22 - Monitoring: mail server unavailable\n* 12:35 - Server back online\n");

        Assert.Equal(At("2020-09-10T12:17:00Z"), imported.Timestamps.Started);
        Assert.Equal(At("2020-09-10T12:35:00Z"), imported.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("## Background\n\nThe nightly schedule:\n\n| Time (UTC) | Job |\n|---|---|\n| 02:00 | full backup |\n| 03:00 | vacuum |\n| 04:00 | report export |\n")]
    [InlineData("## Follow-up load test\n\nWe replayed the traffic on staging the next day:\n\n| Time | RPS | p99 |\n|---|---|---|\n| 10:00 | 500 | 120 ms |\n| 10:05 | 1000 | 340 ms |\n| 10:10 | 2000 | 2.1 s |\n")]
    public void A_schedule_or_a_load_test_headed_time_is_not_the_timeline(string section)
    {
        var imported = Imported($"# Checkout latency on 2026-03-04\n\nCheckout was slow for 20 minutes after the deploy at 14:10 UTC.\n\n{section}");

        Assert.DoesNotContain(imported.Timeline, e => e.Time is { } time && time.Hour < 12);
    }

    [Fact]
    public void A_highlight_block_ended_on_its_last_line_of_code_closes_there()
    {
        var imported = Imported($"---\ntitle: Expired certificates\ndate: 2024-09-10\n---\n\nWe ran the expiry check:\n\n{{% highlight bash %}}\nadmin.conf   Dec 30, 2020 23:36 UTC   364d{{% endhighlight %}}\n\n{Timeline}");

        Assert.Equal(3, imported.Timeline.Count);
        Assert.Equal(2, imported.ActionItems.Count);
    }

    [Fact]
    public void A_templated_highlight_block_ended_on_its_last_line_of_code_becomes_a_closed_fence()
    {
        var conversion = TemplateMarkdown.Convert($"# Expired certificates on 2024-09-10\n\nWe ran the expiry check:\n\n{{% highlight bash %}}\nadmin.conf   Dec 30, 2020 23:36 UTC   364d{{% endhighlight %}}\n\n{Timeline}", "certs.md.liquid");

        Assert.Contains("364d\n```\n", conversion.Markdown, StringComparison.Ordinal);
        Assert.Equal(3, Imported(conversion.Markdown, "certs.md").Timeline.Count);
    }

    [Fact]
    public void A_templated_highlight_block_without_a_language_becomes_a_fence()
    {
        var conversion = TemplateMarkdown.Convert("Output:\n\n{% highlight %}\nadmin.conf   Dec 30, 2020 23:36 UTC\n{% endhighlight %}\n\nAfter.\n", "certs.md.liquid");

        Assert.Contains("```\nadmin.conf", conversion.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tickets_comments_line_is_its_text_not_publishing_metadata()
    {
        var extracted = Extractor.Extract("ticket.txt", "Title: Payment API outage\nDate: 2026-03-04\nStatus: Resolved\nComments: Payments failed between 14:02 and 14:40 UTC after a bad deploy.\n\nThe deploy was rolled back.\n").Postmortem;

        Assert.Contains("Payments failed", extracted.Body, StringComparison.Ordinal);
        Assert.Equal(At("2026-03-04T14:02:00Z"), extracted.ToPostmortem()!.Timestamps.Started);
    }

    [Fact]
    public void A_status_reports_headline_is_kept()
    {
        var extracted = Extractor.Extract("report.txt", "Headline: Checkout down for 40 minutes\nDate: 2026-03-04\nStatus: Resolved\n\nA bad deploy broke checkout. It was rolled back.\n").Postmortem;

        Assert.Contains("Checkout down", extracted.ToPostmortem()!.Title + extracted.Body, StringComparison.Ordinal);
    }
}
