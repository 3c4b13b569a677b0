using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A postmortem sent as a letter (a reason-for-outage notice): its log of actions is a run of plain lines that each
/// open with a time, under a heading that does not say "timeline", and it ends in a closing and a signature (issue 17,
/// items 2 and 6). Each on an invented document.
/// </summary>
public sealed class LettersAndTimedLinesTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Postmortem Import(string text, string file = "rfo.txt") => Extractor.Extract(file, text).Postmortem.ToPostmortem()!;

    private static IReadOnlyList<ActionItem> Items(string text) => ActionItemExtractor.Extract(LegacyDocumentParser.Parse(text)).Items;

    private const string Letter = """
        Subject: Reason for outage - customer portal, 14 February 2023

        Dear customers,

        Start of incident: 14/02/2023 09:12 CET
        End of incident: 14/02/2023 11:47 CET

        Description
        The customer portal returned errors to all users. Logins were not possible.

        Root cause
        The TLS certificate on the portal expired. The renewal job had been failing since January.

        Actions taken
        09:20 Monitoring alerted the operations team.
        09:45 The team suspected a DDoS attack and enabled rate limiting; this did not help.
        10:30 The expired certificate was identified.
        11:40 A new certificate was installed.
        11:47 Service confirmed restored.

        Preventive measures
        - Alert on certificates expiring within 21 days
        - Alert when the renewal job fails

        Kind regards,
        The Operations Team
        """;

    [Fact]
    public void Plain_lines_that_each_open_with_a_time_under_any_heading_are_the_timeline()
    {
        var postmortem = Import(Letter);

        Assert.Equal(
            [At("2023-02-14T08:20:00Z"), At("2023-02-14T08:45:00Z"), At("2023-02-14T09:30:00Z"), At("2023-02-14T10:40:00Z"), At("2023-02-14T10:47:00Z")],
            postmortem.Timeline.Select(e => e.Time));
        Assert.Equal("The expired certificate was identified.", postmortem.Timeline[2].Text);
        Assert.True(postmortem.Timeline[1].DeadEnd);
    }

    [Fact]
    public void A_paragraph_wrapped_so_that_two_lines_open_with_a_time_is_no_timeline()
    {
        var postmortem = Import("""
            Description
            The portal was down between
            09:12 and
            11:47 CET on 14 February 2023, when the certificate was replaced.
            """);

        Assert.DoesNotContain(postmortem.Timeline, e => e.Text.StartsWith("and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_s_closing_and_signature_are_no_action_item()
    {
        var items = Items(Letter);

        Assert.Equal(["Alert on certificates expiring within 21 days", "Alert when the renewal job fails"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Thanks,\nJane")]
    [InlineData("Sincerely, the SRE team")]
    [InlineData("Best regards")]
    public void Closings_in_other_words_are_no_action_item(string closing)
    {
        var items = Items($"Follow-up actions\n- Add an expiry alert\n\n{closing}\n");

        Assert.Equal(["Add an expiry alert"], items.Select(i => i.Title));
    }

    [Fact]
    public void An_item_that_opens_with_thank_is_still_an_item()
    {
        var items = Items("## Action items\n\n- Thank the vendor's support team in the status update\n- Add an expiry alert\n");

        Assert.Equal(["Thank the vendor's support team in the status update", "Add an expiry alert"], items.Select(i => i.Title));
    }
}
