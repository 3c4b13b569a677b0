using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>Times in a narrative's prose that are no moments of the outage, and a range that runs past midnight (issue 17, item 2), each on an invented document.</summary>
public sealed class ProseMomentsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text) => Extractor.Extract("incident.md", text).Postmortem.ToPostmortem()!;

    [Theory]
    [InlineData("The snapshot normally happens automatically once every 24 hours (at 01:00 UTC), but the engineer wanted a fresh copy.")]
    [InlineData("The backup job runs nightly at 01:00 UTC.")]
    public void The_time_of_a_routine_is_no_moment_of_the_outage(string routine)
    {
        var postmortem = Import($"# Database outage\n\n**Date:** 2019-03-14\n\n{routine}\n\nAt 19:00 UTC the site went down. It was restored at 21:00 UTC.\n");

        Assert.DoesNotContain(postmortem.Timeline, e => e.Time == At("2019-03-14T01:00:00Z"));
        Assert.Equal(At("2019-03-14T19:00:00Z"), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("We will dedicate our next community call on Monday, 5pm UTC to this incident.")]
    [InlineData("We'll post a fuller report on Monday at 17:00 UTC.")]
    [InlineData("We will no longer deploy to production after 4pm UTC on Fridays.")]
    [InlineData("We will discuss this incident in our next community call on Monday, 5pm UTC.")]
    [InlineData("We will go over the full timeline at our community call on Monday at 17:00 UTC.")]
    [InlineData("We will make sure that the council keys are rotated every Monday at 17:00 UTC.")]
    [InlineData("We will go over the remediation plan at 19:00 UTC today.")]
    [InlineData("We'll describe the fix we ship at 20:00 UTC in a follow-up post.")]
    [InlineData("We will share the incident report at 19:00 UTC.")]
    [InlineData("We'll explain what caused the takeover in a post at 19:00 UTC tomorrow.")]
    [InlineData("We will go over why this happened at the 19:00 UTC postmortem review.")]
    public void A_time_in_what_the_team_will_do_is_no_moment_and_dates_nothing(string plan)
    {
        var postmortem = Import($"---\ntitle: Council takeover\ndate: 2022-10-08\n---\n\nOn 6th October 2022 the council was taken over.\n\nThe attacker took control at 4:39 AM UTC. At 18:29 UTC we regained control of the council.\n\n{plan}\n");

        Assert.Equal([At("2022-10-06T04:39:00Z"), At("2022-10-06T18:29:00Z")], postmortem.Timeline.Select(e => e.Time));
        Assert.Equal(new DateOnly(2022, 10, 6), postmortem.Date);
    }

    [Theory]
    [InlineData("In this write-up we will go through the checkout outage that started at 14:05 UTC on March 3, 2024 and lasted a little over an hour.")]
    [InlineData("Below we will describe the checkout outage, which started at 14:05 UTC on March 3, 2024.")]
    [InlineData("In this post we'll walk through what happened on March 3, 2024 starting at 14:05 UTC, when checkout began returning errors.")]
    [InlineData("Here we'll outline what went wrong on March 3, 2024 at 14:05 UTC and how we recovered.")]
    [InlineData("In this post we'll explain why the primary database failed on March 3, 2024 at 14:05 UTC.")]
    [InlineData("We'll describe the problem we saw on March 3, 2024 at 14:05 UTC and how we fixed it.")]
    [InlineData("We'll share the timeline of the checkout failure on March 3, 2024 at 14:05 UTC below.")]
    public void What_the_write_up_will_tell_keeps_the_incidents_moments(string intro)
    {
        var postmortem = Import($"# Checkout outage\n\n{intro} At 14:20 UTC the on-call engineer was paged. At 15:12 UTC the change was reverted and checkout recovered.\n");

        Assert.Equal(At("2024-03-03T14:05:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_routine_the_sentence_turns_from_still_names_the_moment()
    {
        var postmortem = Import("# Database outage\n\n**Date:** 2019-03-14\n\nNormally the job runs quietly, but at 14:30 UTC it crashed the primary. It was restored at 15:10 UTC.\n");

        Assert.Equal(At("2019-03-14T14:30:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_window_of_the_data_lost_is_not_the_outage()
    {
        var postmortem = Import("# Database outage\n\n**Date:** 2019-03-14\n\nWe are unable to recover the data created on the service between March 14 at 17:20 UTC and 00:00 UTC.\n\n"
            + "At 23:30 UTC the primary's data directory was wiped and the site went down. Service was fully restored at 18:00 UTC on March 15.\n");

        Assert.Equal(At("2019-03-14T23:30:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2019-03-15T18:00:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void A_range_whose_end_comes_before_its_start_ends_the_next_day()
    {
        var postmortem = Import("# Queue outage\n\n**Date:** 2019-03-14\n\nThe queue was down between March 14 at 22:40 UTC and 01:10 UTC.\n\nWe restarted the brokers at 23:15 UTC.\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At("2019-03-15T01:10:00Z"));
    }

    [Fact]
    public void A_time_told_before_another_that_carries_the_next_days_date_is_the_evening_before()
    {
        var postmortem = Import("# Database outage\n\nOn June 21st, 2020 at 08:35 UTC the rooms were purged.\n\nAt 22:00 UTC the cluster looked healthy enough to turn integrations on, and by 01:30 UTC June 23rd, 2020 all integrations were back online.\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At("2020-06-22T22:00:00Z"));
        Assert.DoesNotContain(postmortem.Timeline, e => e.Time == At("2020-06-23T22:00:00Z"));
    }

    [Theory]
    [InlineData("At 16:20 UTC the on-call noticed that the wildcard certificate had expired at 00:00 UTC on June 3rd, 2021.", "2021-06-03T16:20:00Z")]
    [InlineData("At 15:30 UTC we rolled back to the build that had been running since 11:00 UTC on 9 August 2022.", "2022-08-09T15:30:00Z")]
    public void Guard_a_time_before_one_told_as_earlier_that_carries_a_date_takes_that_date(string sentence, string expected)
    {
        var postmortem = Import($"# Certificate outage\n\n{sentence}\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At(expected));
    }

    [Fact]
    public void Guard_a_time_told_before_another_on_the_same_day_takes_that_day()
    {
        var postmortem = Import("# Database outage\n\nAt 09:00 UTC the cluster looked healthy, and by 11:30 UTC June 23rd, 2020 all integrations were back online.\n");

        Assert.Contains(postmortem.Timeline, e => e.Time == At("2020-06-23T09:00:00Z"));
    }
}
