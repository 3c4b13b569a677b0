using PostmortemSite.Linking;
using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;
using static PostmortemSite.Tests.Support.Incidents;

namespace PostmortemSite.Tests.Linking;

public sealed class RootCauseSimilarityTests
{
    private const string HeldLock = "The reservation transaction held a row lock on the stock row while it called the payments gateway. "
        + "When the gateway slowed, every checkout waited on the same lock and the connection pool ran dry.";

    private const string HeldConnection = "Each request held a pooled database connection while it called the payments gateway. "
        + "When the gateway slowed, connections were never released and the pool ran dry.";

    private const string Certificate = "The certificate for the edge expired because renewal failed silently for three weeks after the DNS token rotated.";

    [Fact]
    public void Incidents_in_different_categories_whose_root_causes_read_alike_are_related_with_the_shared_words_shown()
    {
        var locking = Make("locking", category: "database/locking", services: ["inventory"], rootCauseText: HeldLock);
        var leak = Make("leak", category: "capacity/resource-exhaustion", services: ["payments-api"], rootCauseText: HeldConnection);
        var cert = Make("cert", category: "security/certificate-expiry", services: ["edge"], rootCauseText: Certificate);
        var kb = KnowledgeBaseLinker.Link(TaxonomyReader.Default, [locking, leak, cert]).KnowledgeBase;

        var related = Assert.Single(kb.LinksOf(locking).Related);

        Assert.Equal("leak", related.Incident.Id);
        var reason = Assert.Single(related.Reasons);
        Assert.StartsWith("similar root cause: ", reason);
        Assert.Contains("gateway", reason);
        Assert.Empty(kb.LinksOf(cert).Related);
    }

    [Fact]
    public void Similarity_is_symmetric_and_zero_without_shared_words()
    {
        var a = Make("a", rootCauseText: HeldLock);
        var b = Make("b", rootCauseText: HeldConnection);
        var c = Make("c", rootCauseText: Certificate);
        var similarity = new RootCauseSimilarity([a, b, c]);

        Assert.Equal(similarity.Compare(a, b).Score, similarity.Compare(b, a).Score, precision: 12);
        Assert.InRange(similarity.Compare(a, b).Score, 0.1, 1);
        Assert.Equal(0, similarity.Compare(b, c).Score);
    }
}
