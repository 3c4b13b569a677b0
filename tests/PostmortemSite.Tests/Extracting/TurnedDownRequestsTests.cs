using PostmortemSite.Extracting;

namespace PostmortemSite.Tests.Extracting;

/// <summary>A request the team made to stop the trouble, turned down, as a dead end (issue 17, item 5).</summary>
public sealed class TurnedDownRequestsTests
{
    [Theory]
    [InlineData("Cloudflare responds to the second abuse report (report #3) as \"invalid\".")]
    [InlineData("The registrar declined our takedown request for the look-alike domain.")]
    [InlineData("Our escalation to the vendor was rejected as out of contract.")]
    public void A_request_to_stop_the_trouble_turned_down_is_a_dead_end(string entry)
    {
        Assert.True(EventWording.IsDeadEnd(entry));
    }

    [Theory]
    [InlineData("Admins observe a phishing warning on the domain, despite declining the abuse reports.")]
    [InlineData("We rejected the attacker's request for a ransom.")]
    [InlineData("The abuse report is filed with the hosting provider.")]
    [InlineData("The registrar accepts the takedown request and suspends the domain.")]
    [InlineData("Requests were rejected by the gateway with a 403.")]
    public void A_request_filed_accepted_or_turned_down_by_the_team_or_the_service_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry));
    }
}
