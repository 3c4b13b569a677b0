using PostmortemSite.Extracting;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A timeline row that tells a remedy and that the trouble went on in a bare clause ("flush the cache; orders still
/// missing") records a failed attempt (issue 17, item 5); the same clause with no remedy is the incident itself.
/// </summary>
public sealed class StillMissingAfterARemedyTests
{
    [Theory]
    [InlineData("Engineers suspect a cache problem and flush the cache; orders still missing")]
    [InlineData("Restarted the API pods, requests still timing out")]
    [InlineData("Rolled back the release; checkout still unavailable")]
    [InlineData("On-call restarts the consumer group; lag keeps growing")]
    [InlineData("Scaled out the workers, but the backlog continued to grow")]
    public void A_remedy_then_the_trouble_still_there_is_a_dead_end(string entry)
    {
        var marks = EventWording.DeadEnds(["Disk starts returning I/O errors", entry, "Replication lag found on the replica"]);

        Assert.Equal([false, true, false], marks);
    }

    [Theory]
    [InlineData("Support reports orders still missing")]
    [InlineData("Checkout still unavailable for EU customers")]
    [InlineData("Restarted the API pods; no requests still timing out")]
    [InlineData("Consumer lag keeps growing on the notifications topic")]
    [InlineData("Scaled out the workers; throughput keeps growing")]
    [InlineData("Restarted the API pods; requests still timing out until the pool refilled at 14:30")]
    public void The_trouble_still_there_without_a_remedy_before_it_is_the_incident_itself(string entry)
    {
        var marks = EventWording.DeadEnds(["Disk starts returning I/O errors", entry]);

        Assert.Equal([false, false], marks);
    }

    [Theory]
    [InlineData("OUTAGE MITIGATED, deployed the site on a new machine. Mounts are still missing on disk.")]
    [InlineData("Rolled back the release; impact ended, some reports still missing")]
    [InlineData("Restarted the API pods. End of the outage; a few requests still timing out on the old nodes")]
    [InlineData("Restarted the report workers. Service restored, some reports still missing")]
    public void A_remedy_the_writer_calls_the_end_of_the_outage_is_no_dead_end_whatever_is_still_missing(string entry)
    {
        var marks = EventWording.DeadEnds(["Disk starts returning I/O errors", entry]);

        Assert.Equal([false, false], marks);
        Assert.False(EventWording.IsDeadEnd(entry));
    }

    [Theory]
    [InlineData("Restarted the API pods; we thought the outage was over, but requests still timing out")]
    [InlineData("Rolled back the release; the outage was not mitigated and checkout still unavailable")]
    [InlineData("Restarted the API pods; outage resolved, or so we thought, but requests still timing out")]
    [InlineData("The restart did not help; the outage was mitigated later by a failover")]
    [InlineData("Restarted the report workers. Service partially restored, some reports still missing")]
    [InlineData("Restarted the report workers. Service restored for some regions, reports still missing")]
    public void An_end_only_believed_or_denied_leaves_the_remedy_a_dead_end(string entry)
    {
        var marks = EventWording.DeadEnds(["Disk starts returning I/O errors", entry]);

        Assert.Equal([false, true], marks);
    }

    [Fact]
    public void A_remedy_before_the_service_told_restored_with_a_tail_left_is_no_dead_end()
    {
        var marks = EventWording.DeadEnds(["Report generation starts failing", "We restarted the report workers", "Service restored, some reports still missing"]);

        Assert.Equal([false, false, false], marks);
    }
}
