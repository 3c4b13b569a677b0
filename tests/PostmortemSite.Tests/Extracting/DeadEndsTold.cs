using PostmortemSite.Extracting;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Extracting;

internal static class DeadEndsTold
{
    /// <summary>
    /// Every dead end the import found: those on the timeline, then those the prose tells with no time, which are left
    /// off the timeline and reported instead. A test of whether a dead end is read looks at both, so that one found
    /// where it should not be is caught whether or not it has a time.
    /// </summary>
    public static IEnumerable<TimelineEvent> AllDeadEnds(this ExtractedPostmortem postmortem) =>
        postmortem.Timeline.Where(e => e.DeadEnd).Concat(postmortem.DeadEndsWithoutTime.Select(text => new TimelineEvent(null, text, null, DeadEnd: true)));
}
