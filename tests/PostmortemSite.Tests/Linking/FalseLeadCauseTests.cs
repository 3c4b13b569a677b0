using PostmortemSite.Linking;
using PostmortemSite.Model;
using static PostmortemSite.Tests.Support.Incidents;

namespace PostmortemSite.Tests.Linking;

public sealed class FalseLeadCauseTests
{
    [Fact]
    public void A_failed_step_on_the_hypothesis_that_was_the_cause_is_not_a_false_lead_even_when_marked_a_dead_end()
    {
        var deploy = Make("deploy-was-it", category: "change/deployment", timeline:
        [
            At("10:00", "Error rate rises after the 09:55 release.", Milestone.Started),
            At("10:10", "Rollback attempt fails: the previous release image was already pruned.", deadEnd: true),
            At("10:40", "Rolled back by rebuilding the previous release.", Milestone.Mitigated),
        ]);

        Assert.Empty(FalseLeadDetector.Detect(deploy));
    }

    [Fact]
    public void A_dead_end_on_a_merely_contributing_cause_still_cost_the_time_and_stays_a_false_lead()
    {
        var incident = Make("traffic-contributed", category: "database/locking", timeline:
        [
            At("10:00", "Checkout errors.", Milestone.Started),
            At("10:05", "Suspected a traffic spike; scaled out, errors rose.", deadEnd: true),
            At("10:30", "Found the lock.", Milestone.Identified),
        ]) with
        { RootCause = new RootCause("database/locking", ["capacity/traffic-spike"], null) };

        Assert.Equal("traffic-increase", Assert.Single(FalseLeadDetector.Detect(incident)).Family);
    }

    [Fact]
    public void The_same_dead_end_in_an_incident_with_another_cause_is_still_a_false_lead()
    {
        var incident = Make("deploy-blamed", category: "database/locking", timeline:
        [
            At("10:00", "Checkout errors.", Milestone.Started),
            At("10:10", "Rollback attempt fails to restore service.", deadEnd: true),
            At("10:40", "Found the lock.", Milestone.Identified),
        ]);

        var lead = Assert.Single(FalseLeadDetector.Detect(incident));
        Assert.Equal("recent-deploy", lead.Family);
    }
}
