using PostmortemSite.Extracting;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// "Claims frontend is put back up", then "Claims frontend is taken down again": bringing the same thing back was an
/// attempt that did not hold, a dead end; bringing back something else, or taking it down for the first time, is not.
/// Issue 17, item 5, each on an invented timeline.
/// </summary>
public sealed class AttemptsUndoneLaterTests
{
    [Theory]
    [InlineData("Claims frontend is put back up, despite degraded performance", "Claims frontend is taken down again")]
    [InlineData("The new checkout flow was re-enabled for all users", "The new checkout flow was disabled again")]
    [InlineData("Search API is brought back online", "search API is taken offline again")]
    public void Bringing_a_thing_back_that_is_taken_down_again_later_is_a_dead_end(string broughtBack, string takenDown)
    {
        var marks = EventWording.DeadEnds(["Claims backend stops responding", broughtBack, "Alerts for elevated latency", takenDown, "Capacity is doubled"]);

        Assert.Equal([false, true, false, false, false], marks);
    }

    [Theory]
    [InlineData("Claims frontend is put back up", "Status page is taken down again")]
    [InlineData("Claims frontend is put back up", "Claims frontend is taken down for maintenance")]
    public void Guard_another_thing_taken_down_or_a_first_take_down_marks_nothing(string broughtBack, string takenDown)
    {
        var marks = EventWording.DeadEnds(["Claims backend stops responding", broughtBack, takenDown]);

        Assert.DoesNotContain(true, marks);
    }

    [Theory]
    [InlineData("Legacy payment gateway is re-enabled as fallback; payments succeed", "Outage continues upstream", "Legacy payment gateway is disabled again now that primary is healthy")]
    [InlineData("Maintenance page is put back up", "Migration finishes; logins work", "Maintenance page is taken down again")]
    [InlineData("Debug logging is turned back on for the proxy", "Keepalive timeout fixed; 502s stop", "Debug logging is turned off again")]
    public void Guard_a_thing_that_worked_and_was_switched_off_once_the_trouble_was_over_is_no_dead_end(string broughtBack, string between, string takenDown)
    {
        var marks = EventWording.DeadEnds(["Checkout errors reported", broughtBack, between, takenDown]);

        Assert.False(marks[1]);
    }

    [Theory]
    [InlineData("Restarted the worker pods, but the errors continued", "Restarted the worker pods again")]
    [InlineData("Deleted several days of old rows from `audit_log`, which did not free any disk space", "Got anxious and deleted more old rows from `audit_log`")]
    [InlineData("Flushed the session cache; no effect on the login errors", "Once more flushed the session cache")]
    public void The_same_step_taken_again_after_it_did_not_help_is_a_dead_end_too(string first, string again)
    {
        var marks = EventWording.DeadEnds(["Login errors reported", first, "Checked the dashboards", again, "Found the bad flag and reverted it; errors stopped"]);

        Assert.Equal([false, true, false, true, false], marks);
    }

    [Theory]
    [InlineData("Restarted the worker pods again with more memory; the service recovered", "Watching the queue drain")]
    [InlineData("Restarted the worker pods again", "Service fully restored")]
    [InlineData("Restarted the database again", "Found the bad flag and reverted it; errors stopped")]
    [InlineData("Restarted the worker pods for the nightly rotation", "Found the bad flag and reverted it; errors stopped")]
    public void Guard_a_repeat_that_worked_or_another_thing_or_a_step_not_said_again_is_no_dead_end(string again, string next)
    {
        var marks = EventWording.DeadEnds(["Login errors reported", "Restarted the worker pods, but the errors continued", again, next]);

        Assert.Equal([false, true, false, false], marks);
    }

    [Theory]
    [InlineData("Monitoring re-established; attempts to restore database backups underway", "Database backups determined to be unusable")]
    [InlineData("Trying to recover the volume from last night's snapshots", "The snapshots turned out to be corrupted as well")]
    public void An_attempt_whose_means_a_later_entry_finds_of_no_use_is_a_dead_end(string attempt, string finding)
    {
        var marks = EventWording.DeadEnds(["Bridge deletes all channel links", attempt, "Status update posted to the community", finding, "Users asked to re-link their channels"]);

        Assert.Equal([false, true, false, false, false], marks);
    }

    [Theory]
    [InlineData("Attempts to restore database backups underway", "The old replica was determined to be unusable")]
    [InlineData("Attempts to restore database backups underway; backups restored and data is back", "The backups were determined to be incomplete for one table")]
    public void Guard_a_finding_about_something_else_or_an_attempt_that_worked_marks_nothing(string attempt, string finding)
    {
        var marks = EventWording.DeadEnds(["Bridge deletes all channel links", attempt, finding]);

        Assert.DoesNotContain(true, marks);
    }

    [Theory]
    [InlineData("Started replaying the dead-letter queue", "Dead-letter queue confirmed empty, all notifications delivered", "Incident closed")]
    [InlineData("Started restoring the orders database from last night's snapshot", "Old reporting replica of the orders database found to be corrupt", "Restore complete")]
    [InlineData("Trying to restore the wiki volume from snapshots", "Wiki volume restored; older snapshots determined to be unusable", "Incident closed")]
    public void Guard_an_attempt_that_went_through_is_no_dead_end_whatever_else_is_found_of_no_use(string attempt, string finding, string after)
    {
        var marks = EventWording.DeadEnds(["Orders page fails", attempt, finding, after]);

        Assert.DoesNotContain(true, marks);
    }

    [Fact]
    public void Guard_a_workaround_dropped_once_the_real_fix_shipped_is_no_dead_end() =>
        Assert.False(EventWording.IsDeadEnd("The real fix shipped, and the workaround was abandoned."));

    [Fact]
    public void A_script_abandoned_after_a_timed_attempt_is_a_dead_end()
    {
        Assert.True(EventWording.IsDeadEnd("The purge would have mixed the rooms further, so the script was abandoned."));
    }
}
