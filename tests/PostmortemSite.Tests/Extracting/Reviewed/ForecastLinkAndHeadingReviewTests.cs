using PostmortemSite.Extracting;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>Probes of the seventeenth round's rules (forecast lengths, offset lengths, file and link dates, list pointers, labels and opening phrases, story sections, numbered headings, stuck states).</summary>
public sealed class ForecastLinkAndHeadingReviewTests
{
    // Rule 1: the forecast is read anywhere before the length in the sentence, so a forecast that was proved wrong
    // ("would cause 30 seconds ..., turned into a 4-hour outage") hides the real length after it.
    [Theory]
    [InlineData("What should have been a routine failover that would cause 30 seconds of disruption turned into a 4-hour outage.", 240)]
    [InlineData("The migration, which we had expected would take ten minutes, caused 3 hours of downtime.", 180)]
    public void P01_a_length_after_a_forecast_that_proved_wrong_is_the_incidents(string sentence, int minutes)
    {
        var found = StatedDuration.Find([sentence]);

        Assert.Equal((int?)minutes, found is null ? null : (int)found.Length.TotalMinutes);
    }

    // Rule 4: the earliest linked date wins, so an older background article linked for context dates the incident
    // years before the news of the day it also links.
    [Fact]
    public void P02_an_older_background_article_linked_for_context_does_not_date_the_incident()
    {
        const string text = "# Signups flood the instance\n\nWhen [the takeover was announced](https://news.example.com/2022/04/25/takeover-agreed/) our signups went up tenfold. "
            + "We had tuned Sidekiq following [this guide](https://blog.example.org/2018/11/03/tuning-sidekiq/), but it was not enough.\n";

        Assert.Equal(new DateOnly(2022, 4, 25), Imported(text, fileDay: new DateOnly(2022, 5, 10)).Date);
    }

    // Rule 12: "also stuck" is also the past of "stick", and healthy states other than the listed ones exist.
    [Theory]
    [InlineData("Rolled back the release and also stuck a maintenance banner on the status page.")]
    [InlineData("Restarted node es-3 to pick up the new heap size; the cluster remains in `green` throughout.")]
    [InlineData("Replaced the unhealthy instance; the group remains in `InService` with 6 of 6 instances.")]
    [InlineData("Reverted the manifest change; the application remains in `Synced` state.")]
    public void P03_a_remedy_followed_by_a_banner_or_a_healthy_state_is_not_a_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry));
    }

    // Rule 5: the pointer may name what it points to ("These changes include:").
    [Fact]
    public void P04_a_pointer_that_names_the_changes_introduces_the_work_promised_before_it()
    {
        const string text = "# Queue outage\n\nThe queue stalled. After a review we found improvements we will make to how releases are checked. These changes include:\n\n"
            + "1. Lint every schema change for locks.\n1. A staging database with production-sized tables.\n";

        Assert.Equal(["Lint every schema change for locks.", "A staging database with production-sized tables."], Items(text).Select(i => i.Title));
    }

    // Rule 8: an opening phrase whose comma the writer left out ("Before every deploy run ...") still leads to an order;
    // before the change it was an item.
    [Fact]
    public void P05_an_order_after_an_opening_phrase_without_its_comma_is_still_an_item()
    {
        var items = Items("# Outage\n\n## Action items\n\nBefore every deploy run the smoke tests against staging.\n");

        Assert.True(items.Count == 1, Show(items));
    }

    // Rule 9: a field whose value prescribes in the passive ("restores should be tested") is work, not a statement.
    [Theory]
    [InlineData("**Backups:** restores should be tested every month.")]
    [InlineData("**Monitoring:** the on-call engineer must be paged when the queue passes 1,000 jobs.")]
    public void P06_a_label_over_a_prescription_is_an_item(string line)
    {
        var items = Items("# Outage\n\n## Action items\n\n" + line + "\n");

        Assert.True(items.Count == 1, Show(items));
    }

    // Rule 10: an action section written as promises, each with its reasons, is not a story.
    [Fact]
    public void P07_an_action_section_of_promises_each_with_its_reasons_keeps_its_items()
    {
        const string text = "# Database outage\n\n## What we are doing about it\n\n"
            + "We will add an alert on replication lag. The lag had been climbing for forty minutes before anyone noticed. An alert at thirty seconds would have paged the on-call engineer. "
            + "That would have left time to fail over before the disk filled. The normal lag is well under a second.\n\n"
            + "We will move backups to a dedicated replica. The backup job competed with the primary for disk bandwidth. On a busy night this doubled the write latency. "
            + "The replica has spare capacity for the job. Restores are tested from it weekly already.\n\n"
            + "We will rehearse the failover every quarter. Nobody on the rota had run it in the last year. The runbook had drifted from the real setup. "
            + "A rehearsal would have found both problems. It takes about an hour.\n";

        var items = Items(text);

        Assert.True(items.Count == 3, Show(items));
    }

    // Rule 11: a lesson headed by a noun phrase whose first word is also a verb ("Alert fatigue", "Test coverage",
    // "Use of feature flags ...") tells what was seen; it asks for nothing.
    [Fact]
    public void P08_a_numbered_lesson_headed_by_a_noun_phrase_is_not_an_item()
    {
        const string text = "# Upgrade halt\n\n## Lessons learned\n\n### 1. Alert fatigue\n\nThe on-call engineer had acknowledged forty pages that night.\n\n"
            + "### 2. Test coverage\n\nThe upgrade path had no integration test.\n\n### 3. Use of feature flags limited the blast radius\n\nOnly the beta cohort saw the errors.\n";

        var items = Items(text);

        Assert.True(items.Count == 0, Show(items));
    }

    // Rule 4: addresses carry dates that are not the day of anything that happened: a dashboard's window opens days
    // before the incident, and an API's version is the day the API was frozen.
    [Theory]
    [InlineData("See [the queue dashboard](https://grafana.example.com/d/abc/queues?from=2022-04-18&to=2022-04-26) for the backlog.", "2022-04-18")]
    [InlineData("Our client pins [the API version](https://docs.example.com/api/2019-02-19/reference), which rejects the new field.", "2019-02-19")]
    public void P09_a_date_in_a_dashboard_window_or_an_api_version_does_not_date_the_incident(string sentence, string wrong)
    {
        var date = Imported("# Queue stall\n\nThe queue stalled and jobs piled up for an hour. " + sentence + "\n", fileDay: new DateOnly(2022, 5, 10)).Date;

        Assert.NotEqual(DateOnly.Parse(wrong, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
