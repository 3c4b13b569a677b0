using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Work promised in the prose of a postmortem with no list of actions (issue 17, item 6): a promise joined to the
/// clause before it, one whose subject that clause gives, improvement said to be under way, and a change told in the
/// passive future. Promises about the write-up, and the response to the incident itself, are not work.
/// </summary>
public sealed class PromisesInProseTests
{
    [Theory]
    [InlineData("We are sorry for the trouble and we will add a memory alert to every cache host.")]
    [InlineData("We already run a relay bot, so we are going to extend it to page us when it loses its connection.")]
    [InlineData("We apologise for the disruption - we are looking at ways to add a second cache cluster.")]
    [InlineData("The cache is back, and we’re also looking at ways of monitoring for evictions, such as alerting on a stack of misses.")]
    [InlineData("The alert took far too long to fire; we plan to lower its threshold.")]
    [InlineData("We now keep only the last 10 keys per tenant but we will enforce stricter limits in the coming months.")]
    public void A_promise_joined_to_the_clause_before_it_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Theory]
    [InlineData("We’re adding steps to our incident response playbook to post status page updates during an incident.")]
    [InlineData("We didn’t explore yet how we can keep the recovery server and the production servers aligned.")]
    [InlineData("We have not yet worked out how to keep the standby in step with the primary.")]
    [InlineData("We are adding a step to our release checklist that compares the replica count before and after.")]
    [InlineData("We have yet to work out how we can fail over the cache without dropping sessions.")]
    [InlineData("We are adding an extra step in our deploy checklist that compares the replica count.")]
    [InlineData("We are yet to determine how we can fail over the cache without dropping sessions.")]
    [InlineData("We have not yet determined how we can fail over the cache without dropping sessions.")]
    [InlineData("We haven't decided how to split the cache cluster across zones yet.")]
    [InlineData("We haven't yet decided how best to split the cache cluster across zones.")]
    [InlineData("We've not yet determined how we can fail over the cache without dropping sessions.")]
    public void Work_under_way_or_a_question_the_team_owns_as_open_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Theory]
    [InlineData("We are changing the DNS records back now.")]
    [InlineData("We didn’t explore the logs at first.")]
    [InlineData("We didn’t explore how to page the storage team until 15:00 UTC.")]
    [InlineData("We are in the process of changing the DNS records.")]
    [InlineData("We’re adding more nodes to the cluster to drain the backlog.")]
    [InlineData("We’re adding a step to the pipeline's rollout so the backlog drains first.")]
    [InlineData("We have yet to work out how the cache lost its keys.")]
    [InlineData("We are yet to determine how the cache lost its keys.")]
    [InlineData("We are yet to determine how we ended up with two primaries.")]
    [InlineData("We have not yet determined how the cache lost its keys.")]
    [InlineData("The cache is back but we will be monitoring it closely tonight.")]
    [InlineData("The restart did not help, but we are going to roll back the release now.")]
    public void The_response_going_on_or_a_step_not_taken_is_no_item(string sentence)
    {
        Assert.Empty(Items(CacheOutageStory + sentence + "\n"));
    }

    [Theory]
    [InlineData("This means we should work towards a second on-call rota for the cache hosts.")]
    [InlineData("That means that we need to add a memory alert to every cache host.")]
    public void A_promise_drawn_as_what_the_incident_means_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Fact]
    public void What_the_incident_means_without_a_promise_is_not_an_item()
    {
        var items = Items(CacheOutageStory + "This means the cache hosts were out of memory for an hour.\n");

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("I have revoked the only access token on my account, and will avoid creating long-lived tokens in the future.")]
    [InlineData("We have put measures in place to mitigate any repeat occurrence, and will be further developing and hardening our cache infrastructure.")]
    [InlineData("We have added alerts to mitigate future incidents of this kind, and will harden the deploy script.")]
    public void A_promise_whose_subject_is_the_first_clauses_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Theory]
    [InlineData("We have asked the vendor for the timestamps and will update this post when they reply.")]
    [InlineData("We have requested a CVE and will amend this announcement once it is issued.")]
    [InlineData("The cache is back and we will publish the full report next week.")]
    [InlineData("Service is restored, and we will continue to monitor the hosts.")]
    [InlineData("The cluster is still degraded and we will try to bring the remaining servers back during the night.")]
    [InlineData("We restarted the hosts to mitigate the outage, and will keep watching their memory.")]
    [InlineData("We have rolled back and will take steps to mitigate further impact.")]
    public void A_joined_promise_about_the_write_up_or_the_response_is_not_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Count == 0, Show(items));
    }

    [Theory]
    [InlineData("We are improving the password reset flow as part of this effort.")]
    [InlineData("We are also hardening the restart script against partial failures.")]
    [InlineData("We are taking steps to prevent a cache host from taking all of its memory again.")]
    [InlineData("We are working closely with our colleagues at the hosting provider and the network team to ensure the spare hosts are patched.")]
    [InlineData("A project is also underway to replace the cache servers with a managed service.")]
    [InlineData("We are also working to implement better traffic analysis on the cache hosts.")]
    [InlineData("We are studying the failure and looking to add a memory limit to each cache host.")]
    [InlineData("We are working to implement a permanent fix for the eviction bug.")]
    [InlineData("We are working to implement fixes for the eviction bug so that this cannot recur.")]
    public void Improvement_said_to_be_under_way_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Theory]
    [InlineData("We are taking all necessary steps to resolve this incident promptly.")]
    [InlineData("We are working with the hosting provider to restore the remaining hosts.")]
    [InlineData("Work is underway to restore the remaining hosts.")]
    [InlineData("We are working to restore the remaining hosts.")]
    [InlineData("We will try to fix this as soon as possible.")]
    [InlineData("We will work to resolve the issue ASAP.")]
    [InlineData("The issue was identified quickly and we are working to implement a fix.")]
    [InlineData("We are also working to increase capacity on the primary database.")]
    [InlineData("We are also working to increase our capacity on the cache cluster.")]
    [InlineData("We are working to implement a fix to prevent further errors.")]
    [InlineData("We are working to add capacity so that the queue can drain.")]
    public void Work_under_way_on_the_incident_itself_is_not_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Count == 0, Show(items));
    }

    [Theory]
    [InlineData("We are now working with our hosting partner to learn how and why we were hit by that power cut when we are meant to have two feeds.")]
    [InlineData("We are also currently working with the vendor to understand why the standby did not take over.")]
    public void Searching_back_over_also_or_now_before_working_with_finds_no_promise_and_does_not_crash(string sentence)
    {
        // Learning why is not work on the system, so no item; the .NET matcher once threw here (see Commits).
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Count == 0, Show(items));
    }

    [Theory]
    [InlineData("We will try to fix this class of bug in the cache client.")]
    [InlineData("We will try to fix the eviction policy so it never drops live sessions.")]
    public void A_promise_to_fix_more_than_the_incident_itself_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Theory]
    [InlineData("The renewed certificate will be installed on Monday.")]
    [InlineData("The package set has been withdrawn and will be rebuilt from verified sources.")]
    public void A_change_told_in_the_passive_future_is_an_item(string sentence)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Fact]
    public void A_change_in_the_passive_future_that_waits_on_a_condition_is_not_an_item()
    {
        var items = Items(CacheOutageStory + "The old hosts will be reinstalled only if the new ones fail.\n");

        Assert.True(items.Count == 0, Show(items));
    }

    [Theory]
    [InlineData("To reduce the chance of this, we [plan to move the builds to the build farm](https://example.com/posts/builds/).", "To reduce the chance of this, we plan to move the builds to the build farm.")]
    [InlineData("We [will add a memory alert](https://example.com/issues/12) to every cache host.", "We will add a memory alert to every cache host.")]
    public void A_promise_written_partly_inside_a_link_is_read_in_the_link_s_words(string sentence, string item)
    {
        var items = Items(CacheOutageStory + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([item]), Show(items));
    }

    private const string UpdatesOpening = "# Builds stuck\n\nBuilds waited in the queue.\n\n## Timeline\n\n- 12:24 UTC: We are slowly going through the queue.\n- 13:12 UTC: The queue is empty again.\n  ";

    [Theory]
    [InlineData("To reduce the chance of this, we plan to move the builds to the build farm.")]
    [InlineData("We will add a queue-length alert to prevent this from happening again.")]
    [InlineData("So that this does not happen again, we are adding a second build farm.")]
    public void A_promise_against_a_repeat_in_a_status_update_is_an_item(string sentence)
    {
        var items = Items(UpdatesOpening + sentence + "\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual([sentence]), Show(items));
    }

    [Fact]
    public void A_promise_against_a_repeat_that_opens_a_timed_update_is_an_item()
    {
        var items = Items(UpdatesOpening + "\n- 14:02 UTC - To reduce the chance of this, we will track the queue length in our monitoring.\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["To reduce the chance of this, we will track the queue length in our monitoring."]), Show(items));
    }

    [Theory]
    [InlineData("We will try to fix this as soon as possible.")]
    [InlineData("We plan to move the builds to the build farm.")]
    [InlineData("We will post another update in 30 minutes.")]
    [InlineData("To reduce the risk of this spreading, we will isolate the other build hosts.")]
    [InlineData("To prevent this from happening again while we investigate, we will pause all deploys.")]
    [InlineData("We will restart the remaining workers to stop the errors from recurring.")]
    public void Any_other_promise_in_a_status_update_is_the_response_and_no_item(string sentence)
    {
        Assert.Empty(Items(UpdatesOpening + sentence + "\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("## Improvements\n\n")]
    public void Two_changes_one_promise_commits_to_after_a_comma_are_two_items(string heading)
    {
        var items = Items(CacheOutageStory + heading + "This means we should work towards a way to escalate such alerts, and build capacity in the on-call team to handle them.\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["This means we should work towards a way to escalate such alerts", "Build capacity in the on-call team to handle them."]), Show(items));
    }

    [Theory]
    [InlineData("We will add retries and backoff to the cache client.")]
    [InlineData("We will add retries to the cache client, and the errors should stop.")]
    public void A_promise_without_a_second_change_after_a_comma_is_one_item(string sentence)
    {
        Assert.Single(Items(CacheOutageStory + sentence + "\n"));
    }
}
