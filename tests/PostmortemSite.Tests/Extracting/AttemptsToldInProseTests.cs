using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A blog post tells its dead ends in sentences (issue 17, item 5): "rolled it back" is a remedy as much as "rolled
/// back", and an outcome after a sentence with two moments answers the last thing it did, unless it speaks of
/// several. Each on an invented document.
/// </summary>
public sealed class AttemptsToldInProseTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static List<TimelineEvent> DeadEnds(string text) =>
        [.. Extractor.Extract("post.md", text).Postmortem.AllDeadEnds()];

    private static string Post(string story) =>
        $"# Search outage\n\nOn 2022-09-13 search was unavailable for three hours.\n\nAt 21:05 UTC a reindex job started and heap usage climbed. {story} At 22:45 UTC we stopped the job and search was fully back at 00:12 UTC.\n";

    [Theory]
    [InlineData("We first blamed a deploy that had gone out at 20:50 UTC, and rolled it back at 21:40 UTC. That didn't change anything.")]
    [InlineData("We suspected a deploy that had gone out at 20:50 UTC and rolled them back at 21:40 UTC. It made no difference.")]
    public void An_outcome_after_two_moments_answers_the_remedy_told_last(string story)
    {
        Assert.Equal([At("2022-09-13T21:40:00Z")], DeadEnds(Post(story)).Select(e => e.Time));
    }

    [Fact]
    public void An_outcome_of_several_answers_each_moment_of_the_sentence()
    {
        var deadEnds = DeadEnds(Post("We restarted the nodes at 21:30 UTC and rolled the release back at 21:40 UTC. Neither of these helped."));

        Assert.Equal([At("2022-09-13T21:30:00Z"), At("2022-09-13T21:40:00Z")], deadEnds.Select(e => e.Time));
    }

    [Fact]
    public void Rolling_it_back_that_worked_is_no_dead_end()
    {
        Assert.Empty(DeadEnds(Post("We rolled it back at 21:40 UTC, which restored service for a while. Later the job resumed.")));
    }

    [Fact]
    public void An_untimed_attempt_between_timed_sentences_of_a_prose_timeline_is_a_dead_end()
    {
        var deadEnds = DeadEnds(Post("Our alerts fired at 21:18 UTC. The on-call engineer suspected a noisy customer and throttled them, but the queue kept growing."));

        var deadEnd = Assert.Single(deadEnds);
        Assert.Null(deadEnd.Time);
        Assert.Contains("throttled them", deadEnd.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dead_end_that_is_a_timed_sentence_of_a_prose_timeline_marks_that_entry_and_does_not_come_again()
    {
        var deadEnds = DeadEnds(Post("At 21:30 UTC we throttled the largest customer, but the queue kept growing."));

        Assert.Equal([At("2022-09-13T21:30:00Z")], deadEnds.Select(e => e.Time));
    }

    [Fact]
    public void An_outcome_that_says_the_remedy_worked_later_is_no_dead_end_between_timed_sentences()
    {
        Assert.Empty(DeadEnds(Post("At 21:30 UTC the on-call engineer restarted the consumer. This did not resolve the backlog immediately, but it drained within ten minutes.")));
    }

    private static string WithLessons(string wentWrong) =>
        "# Pre-production outage\n\nOn 2021-10-03 the staging site was down from 02:17 to 14:36 UTC.\n\n## Lessons learned\n\n### What went well\n\n- "
        + "The team was alerted quickly\n\n### What went wrong\n\n" + wentWrong + "\n";

    [Fact]
    public void An_attempt_that_failed_and_cost_the_repair_time_is_a_dead_end_even_among_the_lessons()
    {
        var deadEnds = DeadEnds(WithLessons("- Too many containers were changed at once\n- Container cloning failed, increasing the ETTR (estimated time to repair)\n- The container failed to reboot, prolonging the time to recover"));

        Assert.Equal(["Container cloning failed, increasing the ETTR (estimated time to repair)", "The container failed to reboot, prolonging the time to recover"], deadEnds.Select(e => e.Text));
        Assert.All(deadEnds, e => Assert.Null(e.Time));
    }

    [Fact]
    public void An_attempt_the_team_made_that_failed_and_lengthened_the_outage_is_a_dead_end()
    {
        var deadEnds = DeadEnds(WithLessons("- The failover to the standby failed, prolonging the outage\n- We could not restore the snapshot, extending the downtime by an hour"));

        Assert.Equal(["The failover to the standby failed, prolonging the outage", "We could not restore the snapshot, extending the downtime by an hour"], deadEnds.Select(e => e.Text));
    }

    [Theory]
    [InlineData("The primary database failed, prolonging the outage")]
    [InlineData("We could not reach the vendor, extending the downtime")]
    [InlineData("The failover replica failed as well, prolonging the outage")]
    [InlineData("Client retries failed and piled up, prolonging the outage")]
    [InlineData("Customers could not recover their carts, extending the disruption")]
    [InlineData("The rollback succeeded, but the cache warm-up failed, prolonging the outage")]
    public void A_part_that_broke_or_the_users_own_tries_that_lengthened_the_outage_are_no_dead_end(string lesson)
    {
        Assert.Empty(DeadEnds(WithLessons("- " + lesson)));
    }

    [Fact]
    public void A_failure_among_the_lessons_that_cost_no_repair_time_is_no_dead_end()
    {
        Assert.Empty(DeadEnds(WithLessons("- The disk failed without warning\n- Restoring from backup failed once in a drill last year")));
    }

    [Fact]
    public void What_went_well_and_the_actions_ahead_tell_no_dead_end_by_the_repair_time()
    {
        var text = "# Pre-production outage\n\nOn 2021-10-03 the staging site was down from 02:17 to 14:36 UTC.\n\n## Lessons learned\n\n### What went well\n\n"
            + "- The first clone failed quickly, increasing the ETTR only a little\n\n## Action items\n\n- Make sure a failed clone no longer prolongs the time to recover\n";

        Assert.Empty(DeadEnds(text));
    }

    private static string Attempts(string first, string second) =>
        "# Chain halt\n\nOn 2022-04-28 at 20:00 UTC the chain halted after an upgrade.\n\n## Explored solutions\n\n"
        + $"### {first}\n\nValidators upgraded the binary and restarted. Does not work since the store was already written.\n\n"
        + $"### {second}\n\nWe rolled back one block on every node, but the nodes panicked on start.\n\n"
        + "### Hard fork with a new genesis (success)\n\nThe chain resumed at 20:00 UTC the next day.\n";

    [Theory]
    [InlineData("Upgrade binary in place (fail)", "Rollback one block (failed)")]
    [InlineData("Upgrade binary in place: didn't work", "Rollback one block [FAILED]")]
    public void Each_attempt_its_heading_says_failed_is_one_dead_end(string first, string second)
    {
        Assert.Equal([first, second], DeadEnds(Attempts(first, second)).Select(e => e.Text));
    }

    [Fact]
    public void An_attempt_whose_heading_does_not_say_it_failed_is_read_from_its_sentences()
    {
        Assert.DoesNotContain(DeadEnds(Attempts("Upgrade binary in place", "Rollback one block")), e => e.Text.StartsWith("Upgrade", StringComparison.Ordinal) || e.Text.StartsWith("Rollback", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## ❌ What went wrong\n\nThe alert went to an empty channel.\n")]
    [InlineData("## Follow-up\n\n### Move to a managed gateway (abandoned)\n\nToo costly for now.\n\n### Alerting - did not help\n\nNobody saw it.\n")]
    [InlineData("## Lessons learned\n\n### Paging: failed\n\nThe page went to an empty rota.\n")]
    public void A_heading_that_marks_a_part_of_the_retrospective_or_of_the_work_ahead_is_no_dead_end(string section)
    {
        Assert.Empty(DeadEnds("# Chain halt\n\nOn 2022-04-28 at 20:00 UTC the chain halted; it resumed at 23:00 UTC.\n\n" + section));
    }
}
