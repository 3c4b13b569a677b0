using PostmortemSite.Extracting;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A real sign of the trouble waved away ("attributed to stale cookies, and not counted as a problem", "dismissed as
/// noise") is a wrong lead, a dead end; and so is the same explanation given again for the sign's return. Issue 17,
/// item 5, each on an invented timeline.
/// </summary>
public sealed class SignsWavedAwayTests
{
    [Theory]
    [InlineData("Testing gave a 403 on the first try; this was attributed to stale cookies, and not counted as a problem")]
    [InlineData("The first 502s were dismissed as noise from the load test")]
    [InlineData("Small 5xx spike on the canary, dismissed as noise")]
    [InlineData("The on-call dismissed the alert as noise")]
    [InlineData("The error spike was written off as a flaky health check")]
    public void A_sign_of_the_trouble_waved_away_is_a_dead_end(string entry)
    {
        Assert.True(EventWording.IsDeadEnd(entry));
    }

    [Theory]
    [InlineData("The outage was attributed to a bad deploy of the router")]
    [InlineData("We dismissed the database as the cause after checking its metrics")]
    [InlineData("The alert was not counted in the weekly report")]
    [InlineData("The database was dismissed as the cause since its metrics were flat")]
    [InlineData("A CPU alert on batch-3 was dismissed as the weekly load test, which it was")]
    [InlineData("We put it down to clock skew on those hosts, and resyncing NTP fixed it")]
    [InlineData("The slowness can be chalked up to a missing index on the orders table")]
    public void Guard_a_cause_named_or_a_lead_ruled_out_is_no_waved_away_sign(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry));
    }

    [Fact]
    public void The_same_explanation_given_again_for_the_sign_s_return_is_a_dead_end_too()
    {
        var marks = EventWording.DeadEnds([
            "Deploy to staging; a 403 on the first try was attributed to stale cookies and not counted as a problem",
            "Deploy to beta complete; the 403 recurs once, again attributed to stale cookies",
            "Users report the 403 does not clear",
            "Fix deployed",
        ]);

        Assert.Equal([true, true, false, false], marks);
    }

    [Fact]
    public void Guard_another_explanation_given_again_after_a_sign_waved_away_marks_only_the_waved_away_sign()
    {
        var marks = EventWording.DeadEnds([
            "The first error spike was written off as noise",
            "Errors attributed to the config push being applied again by the reconciler; reconciler paused",
            "Errors stop",
        ]);

        Assert.Equal([true, false, false], marks);
    }

    [Fact]
    public void Guard_an_explanation_given_again_with_no_sign_waved_away_before_marks_nothing()
    {
        var marks = EventWording.DeadEnds([
            "Checkout errors start; they are attributed to the 14:00 deploy",
            "Errors climb; again attributed to the 14:00 deploy, which is rolled back",
            "Errors stop",
        ]);

        Assert.DoesNotContain(true, marks);
    }
}
