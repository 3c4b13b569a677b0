using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Inputs a review found against the rules that read "07:20 UTC - 09:30 UTC" as a window, drop styling tags and links
/// to other posts from the lines read, and classify a likely cause beside "exact root cause is still unknown"; each
/// asserts the right reading of a realistic input.
/// </summary>
public sealed class LinkZoneAndCauseRulesReviewTests
{
    private static string Minute(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string Dump(ExtractedPostmortem p) =>
        $"started={Minute(p.Timestamps.Started)} resolved={Minute(p.Timestamps.Resolved)} date={p.Date} category={p.Classification.Category} timeline: "
        + string.Join(" || ", p.Timeline.Select(e => $"[{e.Time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-"}] {e.Text} <{e.Milestone}{(e.DeadEnd ? ",DEAD" : "")}>"));

    // ---- "UTC - 09:30 UTC" is no offset ----

    // Seconds ("09:30:40 UTC") or a date ("2024-12-11 09:30 UTC") after the dash are the second time, not the minutes of
    // an offset of the first.
    [Theory]
    [InlineData("between 07:20:05 UTC - 09:30:40 UTC")]
    [InlineData("from 2024-12-11 07:20 UTC - 2024-12-11 09:30 UTC")]
    public void A_window_of_two_utc_times_with_seconds_or_a_date_on_each_is_read_as_a_window(string window)
    {
        var p = Extracted($"# Major outage\n\nOn Dec 11th 2024 {window} the service suffered a major outage.\n");

        Assert.True(Minute(p.Timestamps.Started) == "2024-12-11 07:20" && Minute(p.Timestamps.Resolved) == "2024-12-11 09:30", Dump(p));
    }

    // A second time in another zone leaves the first in UTC, not in the second's zone.
    [Fact]
    public void A_time_written_with_utc_before_a_dash_stays_utc_when_the_time_after_it_names_another_zone()
    {
        var p = Extracted("# Major outage\n\nOn Dec 11th 2024 between 07:20 UTC - 09:30 CET the service suffered a major outage.\n");

        Assert.True(Minute(p.Timestamps.Started) == "2024-12-11 07:20", Dump(p));
    }

    // ---- styling tags and links to other posts ----

    // "<sup>1</sup>" is a footnote mark, not an ordinal: dropped whole, it glues nothing to the year ("20241").
    [Fact]
    public void A_footnote_mark_after_the_year_does_not_cost_the_incident_its_date()
    {
        var p = Extracted("---\nlayout: post\ntitle: Why the site went down\n---\n\nOn March 3, 2024<sup>1</sup>, at noon, the site went down for twenty minutes.\n\n<sup>1</sup> All times are UTC.\n");

        Assert.True(p.Date == new DateOnly(2024, 3, 3), Dump(p));
    }

    // Nor to a time ("12:051 UTC").
    [Fact]
    public void A_footnote_mark_after_a_time_does_not_cost_the_story_that_moment()
    {
        var p = Extracted("# Site down\n\nOn 2024-03-03 at 12:05<sup>1</sup> UTC the site went down. At 12:25 UTC the site was back.\n");

        Assert.True(Minute(p.Timestamps.Started) == "2024-03-03 12:05" && Minute(p.Timestamps.Resolved) == "2024-03-03 12:25", Dump(p));
    }

    // Hexo's "{% post_link %}" and a plain relative Markdown link to the other post's file name another post's day.
    [Theory]
    [InlineData("The {% post_link 2016-03-12-managing-frontend 'frontend' %} could not start under load.")]
    [InlineData("The [frontend](2016-03-12-managing-frontend.md) could not start under load.")]
    public void A_link_to_an_older_post_in_other_forms_does_not_date_the_incident(string link)
    {
        var p = Extracted($"---\nlayout: post\ntitle: Why the site went down\n---\n\nAt noon the site went down for twenty minutes.\n\n{link}\n");

        Assert.True(p.Date != new DateOnly(2016, 3, 12) && p.Timestamps.Started?.Year != 2016, Dump(p));
    }

    // ---- the last moment of a prose story ----

    // The last moment a story names still ends it, whatever words tell the service back (a rule that asked for recovery
    // words was tried and dropped: it lost these).
    [Theory]
    [InlineData("At 14:17 UTC all services were functioning normally.")]
    [InlineData("By 14:17 UTC every dashboard was green.")]
    [InlineData("At 14:17 UTC traffic was flowing normally.")]
    [InlineData("By 14:17 UTC all customers had regained access.")]
    [InlineData("At 14:17 UTC the site was fully accessible.")]
    [InlineData("At 14:17 UTC the last replica caught up and logins succeeded.")]
    public void A_last_moment_that_tells_the_service_back_in_other_words_still_ends_the_incident(string last)
    {
        var p = Extracted($"# Login outage\n\nOn 2021-08-27 at 12:50 UTC users could no longer log in. At 13:09 UTC the team was notified. {last}\n");

        Assert.True(Minute(p.Timestamps.Resolved) == "2021-08-27 14:17", Dump(p));
    }

    // ---- a likely cause beside "exact root cause is still unknown" ----

    // A suspicion the text drops ("we first suspected ... but reverting it did not help") or denies ("not likely due to")
    // is no likely cause.
    [Theory]
    [InlineData("We first suspected the rejections were caused by a configuration change to the allowed hosts setting, but reverting it did not help. The exact root cause is still unknown.")]
    [InlineData("The rejections were not likely due to the configuration change to the allowed hosts setting, since hosts without it were rejected too. The exact root cause is still unknown.")]
    public void A_suspected_cause_the_text_rules_out_leaves_an_exact_cause_unknown(string cause)
    {
        var p = Extracted($"# Outage on 2024-02-01\n\n## Root cause\n\n{cause}\n");

        Assert.True(p.Classification.Category == "unknown", Dump(p));
    }

    // "most likely related to" is a likely cause as much as "most likely caused by".
    [Fact]
    public void A_likely_cause_said_as_related_to_is_classified_beside_an_exact_cause_unknown()
    {
        var p = Extracted("# Outage on 2024-02-01\n\n## Root cause\n\nThe exact root cause is still unknown, but it is most likely related to the configuration change to the allowed hosts setting.\n");

        Assert.True(p.Classification.Category == "change/config", Dump(p));
    }
}
