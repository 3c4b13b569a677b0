using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Format;
using PostmortemSite.Importing;
using PostmortemSite.Model;
using PostmortemSite.Reading;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// The twentieth review's findings on headings timed after their name in parentheses, language-model tokens, steps
/// introduced as a procedure, and a remedy that "still" shows the trouble; each asserts the right reading and failed
/// before the fix.
/// </summary>
public sealed class HeadingsTokensProceduresReviewTests
{
    private static readonly RootCauseClassifier Classifier = new(TaxonomyReader.Default);

    private static string Dump(IEnumerable<TimelineEvent> events) =>
        string.Join(" || ", events.Select(e => $"[{e.Time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-"}] {e.Text} <{e.Milestone}{(e.DeadEnd ? ",DEAD" : "")}>"));

    private static string Minute(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string Dump(ExtractedPostmortem p) =>
        $"started={Minute(p.Timestamps.Started)} mitigated={Minute(p.Timestamps.Mitigated)} resolved={Minute(p.Timestamps.Resolved)} date={p.Date} timeline: {Dump(p.Timeline)}";

    private static string Category(string rootCause) =>
        Classifier.Classify([new WeightedText(rootCause, RootCauseClassifier.RootCauseWeight, "root-cause text")]).Category;

    // ---------------- 1. timed-after headings ----------------

    // A heading that gives a duration as H:MM ("Total downtime (~1:35)", "Time to recover (1:35)") is read as an entry at
    // 01:35, rolled to the next day after 15:37: the timeline gains an event hours after the incident ended.
    [Fact]
    public void A_duration_heading_at_the_end_of_the_timeline_is_no_entry_at_that_clock_time()
    {
        var events = TimelineOf("- 14:02 Alerts fire for checkout 5xx\n- 15:37 Service restored\n\n### Total downtime (~1:35)\n\nCustomers saw errors for the whole window.\n");
        Assert.True(events.All(e => e.Time is null || e.Time <= At("2024-06-22T15:37:00Z")), Dump(events));
    }

    // "(02:00 UTC daily)" is a schedule in a background heading, not a moment of the incident; it becomes the entry
    // "daily Background: the compaction job" at 02:00, twelve hours before the first alert.
    [Fact]
    public void A_schedule_named_in_a_background_heading_is_no_entry()
    {
        var p = Extracted("# Compaction stall\n\n**Date:** 2024-06-22\n\n## Timeline\n\n### Background: the compaction job (02:00 UTC daily)\n\nThe job has run every night for two years.\n\n### Incident\n\n- 14:02 UTC: write latency alerts fire\n- 14:30 UTC: compaction paused, latency recovers\n- 15:00 UTC: incident resolved\n");
        Assert.True(p.Timeline.All(e => e.Time is null || e.Time >= At("2024-06-22T14:00:00Z")), Dump(p));
    }

    // The rewrite puts the whole parenthesis before the name, so a note after the time ("via PagerDuty") opens the text.
    [Fact]
    public void A_note_after_the_time_in_the_parentheses_does_not_go_before_the_name()
    {
        var events = TimelineOf("### Detection (14:02 UTC, via PagerDuty)\n\n### Mitigation (14:40 UTC, by on-call)\n");
        Assert.True(events.Count == 2 && events[0].Text.StartsWith("Detection", StringComparison.Ordinal) && events[1].Text.StartsWith("Mitigation", StringComparison.Ordinal), Dump(events));
    }

    // The name may not open with a digit, so "1st page", "2nd rollback attempt" stay untimed headings.
    [Fact]
    public void A_heading_named_with_an_ordinal_is_read_like_any_other_name()
    {
        var events = TimelineOf("### 1st page (02:14 UTC)\n\n### 2nd page (02:31 UTC)\n");
        Assert.True(events.Count == 2 && events[0].Time == At("2024-06-22T02:14:00Z") && events[1].Time == At("2024-06-22T02:31:00Z"), Dump(events));
    }

    // ---------------- 2. language-model tokens ----------------

    // The number before "token" may be part of a name ("OAuth2", "OAuth 2.0", "S3") or count credentials ("2 tokens
    // were committed"); "cached" and "generated" tokens are as often credentials as model output. Each gives "unknown" now.
    [Theory]
    [InlineData("The OAuth2 token for the billing service expired overnight, so every call to the ledger API was rejected with 401.")]
    [InlineData("The OAuth 2.0 token used by the sync job was never refreshed after the identity provider rotated its keys.")]
    [InlineData("The S3 token used by the backup job had been rotated, but the job kept sending the old one and every upload was refused.")]
    [InlineData("2 tokens were committed to a public gist and used to push images to our registry.")]
    [InlineData("The client kept sending a cached token after the signing key changed, so every request was refused with 401.")]
    [InlineData("A newly generated token was never copied to the workers, so they kept failing to authenticate.")]
    public void A_credential_token_after_a_number_or_a_model_word_is_still_a_credential(string cause)
    {
        Assert.Equal("security/credentials", Category(cause));
    }

    // "millions of tokens", "token limit", "maximum tokens": model tokens in words the rule does not list.
    [Theory]
    [InlineData("A retry loop in the summarisation agent burned through millions of tokens in an hour and hit the provider's token limit.")]
    [InlineData("Each request carried the full chat history, so requests grew past the model's maximum tokens and were rejected.")]
    public void Language_model_tokens_counted_in_other_words_are_no_credential(string cause)
    {
        Assert.NotEqual("security/credentials", Category(cause));
    }

    // ---------------- 3. procedures ----------------

    // Only "we will/shall/plan/intend/need/are going" and "we'll" count as a promise: "we must", "we're going to" and
    // "the platform team will" leave the list a procedure, and the Prevention section loses its items.
    [Theory]
    [InlineData("Before re-enabling automatic failover, we must:")]
    [InlineData("When the vendor ships the fix, we're going to:")]
    [InlineData("When the new cluster is ready, the platform team will:")]
    public void A_conditional_opening_that_promises_work_in_other_words_still_lists_items(string opening)
    {
        var items = Items($"# Failover outage\n\n## Prevention\n\n{opening}\n\n- Add a fencing check to the promotion script\n- Alert on replication lag above 30 seconds\n");
        Assert.True(items.Count == 2, Show(items));
    }

    // "Before the end of Q3:" sets a deadline for work done once ("By the end of Q3:" gives both items).
    [Fact]
    public void A_deadline_is_no_procedure()
    {
        var items = Items("# Queue outage\n\n## Prevention\n\nBefore the end of Q3:\n\n- Migrate the job queue to the new cluster\n- Retire the old cache hosts\n");
        Assert.True(items.Count == 2, Show(items));
    }

    // "### Before the next peak season" beside "### Longer term" is a horizon of the prevention work, not a checklist
    // ("### Ahead of the next peak season" gives all three items).
    [Fact]
    public void A_heading_that_sets_a_deadline_lists_work()
    {
        var items = Items("# Checkout outage\n\n## Prevention\n\n### Before the next peak season\n\n- Load test checkout at three times normal traffic\n- Add autoscaling for the payment workers\n\n### Longer term\n\n- Split payments out of the monolith\n");
        Assert.True(items.Count == 3, Show(items));
    }

    // A sentence that introduces work ("the changes we must make are:") is also read as a procedure when it opens on
    // "Before", and the procedure wins ("To re-enable the cache, the changes we must make are:" gives both items).
    [Fact]
    public void A_sentence_that_introduces_work_is_no_procedure_whatever_it_opens_with()
    {
        var items = Items(CacheOutageStory + "Before we re-enable the cache, the changes we must make are:\n\n- Add a memory alert to the cache servers\n- Cap the cache size per tenant\n");
        Assert.True(items.Count == 2, Show(items));
    }

    // ---------------- 4. still after a remedy ----------------

    // "still returns" with a healthy status, a trouble that lasted a while before recovering ("for about two minutes
    // before recovering", not "until"), a "still" that is denied ("no pods still stuck"): the remedy worked.
    [Theory]
    [InlineData("Restarted the pods; health check still returns 200 and traffic is back to normal")]
    [InlineData("Rolled back the canary only; the rest of the fleet still returns 200")]
    [InlineData("Restarted the gateway; it still returns 503 for about two minutes before recovering")]
    [InlineData("Restarted the nodes; no pods still stuck after five minutes")]
    public void A_still_that_tells_no_failed_remedy_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry), entry);
    }

    [Fact]
    public void A_procedure_for_each_time_something_happens_still_gives_no_items_beside_promised_work()
    {
        var items = Items("# Font outage\n\n## Prevention\n\nEach time a new font is added to the CDN:\n\n1. Set the resource policy header.\n2. Test the page in Safari.\n\nWe will also:\n\n- Add a synthetic check for cross-origin assets\n");
        Assert.Equal(["Add a synthetic check for cross-origin assets"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Restarted the web tier at 14:10; database still down, no change")]
    [InlineData("Rolled back the release; checkout still returns 500 errors")]
    public void A_remedy_after_which_the_trouble_is_plainly_still_there_stays_a_dead_end(string entry)
    {
        Assert.True(EventWording.IsDeadEnd(entry), entry);
    }
}
