using PostmortemSite.Extracting;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// What status-page postmortems kept as text say in a sentence: a day written in digits that reads two ways, and work
/// promised in prose ("are in the process of adding", "will be hardening"), or listed only as its tickets. Issue 17,
/// items 1 and 6, each on an invented text.
/// </summary>
public sealed class StatusPagePostmortemsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static ExtractedPostmortem Extract(string text, DateOnly? fileDate = null, string path = "incident.md") => Extractor.Extract(path, text, fileDate).Postmortem;

    [Fact]
    public void A_digit_date_that_reads_two_ways_dates_the_incident_month_first_rather_than_the_files_day()
    {
        const string text = "Checkout outage\n\nOn 03/11/2021, between 09:10am - 09:25am, checkout was down after a deploy.\n";

        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Fact]
    public void A_text_that_writes_another_digit_date_day_first_reads_the_two_way_date_day_first()
    {
        const string text = "Checkout outage\n\nOn 03/11/2021 checkout was down after a deploy.\n\nThe fix shipped in the release of 25/11/2021.\n";

        // "25/11/2021" is a full date and dates the text first; the two-way reading comes only when no date is read.
        Assert.Equal(new DateOnly(2021, 11, 25), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
        var (monthFirst, writesDayFirst) = DateTimeText.TwoWayDigitDates("On 03/11/2021 and on 25/11/2021");
        Assert.Equal([new DateOnly(2021, 3, 11)], monthFirst);
        Assert.True(writesDayFirst);
    }

    [Theory]
    [InlineData("# Panne du paiement\n\n## Résumé\n\nLe 03/11/2021, le paiement était indisponible.\n\n## Chronologie\n\n- 09:10 alerte\n- 09:25 retour à la normale\n")]
    [InlineData("# Ausfall der Kasse\n\nDatum: 03/11/2021\n\n## Zeitlinie\n\n- 09:10 Alarm\n- 09:25 behoben\n")]
    public void A_two_way_digit_date_in_a_text_headed_in_a_european_language_is_read_day_first(string text)
    {
        Assert.Equal(new DateOnly(2021, 11, 3), Extract(text, new DateOnly(2026, 1, 5), "outage.md").Date);
    }

    [Theory]
    [InlineData("Panne du paiement\n\nLe 03/11/2021, entre 09h10 et 09h25, le paiement était indisponible pour les clients. Nous avons annulé le déploiement et le service est revenu.\n")]
    [InlineData("Ausfall der Kasse\n\nAm 03/11/2021 war die Kasse zwischen 09:10 und 09:25 nicht erreichbar. Wir haben das Deployment zurückgerollt und der Dienst ist wieder da.\n")]
    [InlineData("Caída del pago\n\nEl 03/11/2021, entre las 09:10 y las 09:25, el pago no estaba disponible para los clientes. Revertimos el despliegue y el servicio volvió.\n")]
    public void A_two_way_digit_date_in_prose_written_in_a_european_language_is_read_day_first_without_headings(string text)
    {
        Assert.Equal(new DateOnly(2021, 11, 3), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Theory]
    [InlineData("Panne le 03/11/2021 de 14h00 à 15h00\n\nPaiement indisponible.\n")]
    [InlineData("Queda 03/11/2021\n\nPagamentos fora do ar das 9h30 às 10h15.\n")]
    public void A_two_way_digit_date_in_a_short_text_telling_the_time_with_an_h_is_read_day_first(string text)
    {
        Assert.Equal(new DateOnly(2021, 11, 3), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Fact]
    public void Guard_lengths_written_with_an_h_leave_a_two_way_date_month_first()
    {
        const string text = "Checkout outage 03/11/2021\n\nCheckout was down for 1h30m; the replay took 2h15 min more.\n";

        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Theory]
    [InlineData("Checkout outage 03/11/2021\n\nTime to detect: 0h20. Time to resolve: 2h45.\n")]
    [InlineData("Checkout outage 03/11/2021\n\nThe outage lasted 3h10 and the cleanup 1h05.\n")]
    public void Guard_lengths_written_with_an_h_and_no_unit_are_no_span_of_the_clock(string text)
    {
        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Theory]
    [InlineData("Checkout outage\n\nOn 03/11/2021, between 09:10 and 09:25, checkout was down for the customers of Le Petit Café and of the Bäckerei Das Brot. We rolled back the deploy and the service was back.\n")]
    [InlineData("Checkout outage 03/11/2021\n\n10:05 EST alert. 10:10 EST page. 10:20 EST rollback. 10:30 EST retry. 10:40 EST green. 10:45 EST closed.\n")]
    [InlineData("Checkout outage 03/11/2021\n\nStores in Las Vegas, Los Angeles, El Paso, Las Cruces and Los Alamos lost checkout.\n")]
    [InlineData("Support tooling outage 03/11/2021\n\nA customer in Lyon wrote: \"Le site ne marche pas pour nous, les paiements sont bloqués depuis une heure avec une erreur sur la page.\"\nSupport tooling was down, so the ticket sat in the queue.\nFixed by a restart.\n")]
    public void Guard_english_prose_with_european_names_abbreviations_or_a_quote_still_reads_a_two_way_date_month_first(string text)
    {
        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, new DateOnly(2026, 1, 5), "outage.txt").Date);
    }

    [Fact]
    public void Guard_a_two_way_digit_date_in_a_text_headed_in_english_is_still_read_month_first()
    {
        const string text = "# Checkout outage\n\n## Summary\n\nOn 03/11/2021 checkout was down.\n\n## Timeline\n\n- 09:10 alert\n- 09:25 recovered\n";

        Assert.Equal(new DateOnly(2021, 3, 11), Extract(text, new DateOnly(2026, 1, 5), "outage.md").Date);
    }

    [Fact]
    public void A_digit_date_with_a_part_over_twelve_is_no_two_way_date()
    {
        var (monthFirst, writesDayFirst) = DateTimeText.TwoWayDigitDates("Deployed on 10/20/2022, again on 2022-10-21");

        Assert.Empty(monthFirst);
        Assert.False(writesDayFirst);
    }

    [Theory]
    [InlineData("We are currently investigating further options and are in the process of adding automated safety checks on risky migrations.")]
    [InlineData("We're investigating eliminating this class of problem by using static analysis of migrations.")]
    [InlineData("We are considering moving the session store to its own cluster.")]
    [InlineData("We will be hardening our ad-hoc migration process so that it allows for busy tables.")]
    public void Work_promised_in_a_sentence_of_a_status_page_postmortem_is_an_action_item(string sentence)
    {
        var text = $"Platform outage\nIncident Report for Acme\nPostmortem\n\nOn 2021-03-11 a migration locked a table for 7 minutes. {sentence}\n";

        Assert.Single(Extract(text, path: "outage.txt").ActionItems);
    }

    [Theory]
    [InlineData("We are in the process of restoring the remaining accounts.")]
    [InlineData("We are investigating reports of slow checkouts.")]
    [InlineData("We are considering rolling back the release.")]
    [InlineData("We will be monitoring the situation closely.")]
    [InlineData("We are in the process of fixing the issue.")]
    public void The_response_going_on_or_watching_is_no_promised_work(string sentence)
    {
        var text = $"Platform outage\nIncident Report for Acme\nPostmortem\n\nOn 2021-03-11 a migration locked a table. {sentence}\n";

        Assert.Empty(Extract(text, path: "outage.txt").ActionItems);
    }

    [Fact]
    public void Items_that_are_only_their_tickets_under_a_follow_up_heading_are_action_items()
    {
        const string text = "# Hub outage\n\nDate: 2023-02-01\n\n## Follow-up improvements\n\n- #2127\n- #2213\n- https://github.com/acme/infra/issues/2209\n\n## Notes\n\nThe hub was restarted.\n";

        var items = Extract(text).ActionItems;

        Assert.Equal(["#2127", "#2213", "https://github.com/acme/infra/issues/2209"], items.Select(a => a.Ticket));
    }

    [Fact]
    public void A_bare_number_under_a_follow_up_heading_is_no_ticket()
    {
        const string text = "# Hub outage\n\nDate: 2023-02-01\n\n## Follow-up improvements\n\n- 2127\n- 42%\n\n## Notes\n\nThe hub was restarted.\n";

        Assert.Empty(Extract(text).ActionItems);
    }

    [Fact]
    public void A_ruled_out_lead_that_ends_in_what_was_found_instead_names_the_cause()
    {
        const string text = "Website degraded\n\nOn 2021-10-13 at 10:50am EST the website began using more compute.\n\n"
            + "At around 11:20am EST our engineers determined that our cloud provider was not the cause of the extra requests and instead the site was under a denial of service attack.\n\n"
            + "At 11pm EST the team had mitigated it.\n";

        Assert.Equal("capacity/traffic-spike", Extract(text, path: "outage.txt").Classification.Category);
    }

    [Fact]
    public void What_was_done_instead_of_a_remedy_is_no_cause()
    {
        Assert.DoesNotMatch(PostmortemExtractor.FoundInstead(), "At 11:20 we restarted the proxy, and instead of rolling back we waited");
        Assert.Matches(PostmortemExtractor.FoundInstead(), "At 11:20 we saw the proxy was not at fault, but rather a full disk on the primary");
    }

    [Fact]
    public void A_power_distribution_unit_that_failed_is_a_hardware_failure()
    {
        const string text = "Storage outage\n\nOn 2021-06-05, between 10:15am and 12:35pm, most storage servers were unavailable. The power distribution unit for the rack failed, resulting in 8 storage nodes losing power.\n";

        Assert.Equal("hardware/failure", Extract(text, path: "outage.txt").Classification.Category);
    }

    [Theory]
    [InlineData("(GMT-07:00) America/Los Angeles", "2018-08-21T13:50:00Z")]
    [InlineData("America/Los_Angeles", "2018-08-21T13:50:00Z")]
    [InlineData("GMT-07:00", "2018-08-21T13:50:00Z")]
    [InlineData("America/New York", "2018-08-21T10:50:00Z")]
    public void A_line_that_is_only_a_zone_under_a_calendar_entrys_times_states_their_zone(string zoneLine, string started)
    {
        var text = $"Website outage\n\nTuesday, 21 August 2018\n6:50am to 7:50am\n{zoneLine}\n\nAt approximately 6:50am, the website started to become unresponsive. At 7:50am it was back.\n";

        Assert.Equal(DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture), Extract(text, path: "outage.txt").Timestamps.Started);
    }

    [Theory]
    [InlineData("Docs/Setup")]
    [InlineData("See Runbooks/Database for the steps")]
    [InlineData("America/Atlantis")]
    public void A_path_or_an_unknown_place_on_a_line_of_its_own_states_no_zone(string line)
    {
        Assert.Null(DateTimeText.FindStatedZone(line));
    }

    private static List<DateTimeOffset?> Times(string timeline) =>
        [.. TimelineParser.Parse(timeline, new TimelineContext(new DateOnly(2019, 3, 20), TimeZoneTable.Find("UTC")!, null)).Events.Select(e => e.Event.Time)];

    [Fact]
    public void A_twelve_hour_clock_written_without_marks_goes_on_into_the_afternoon_not_the_next_night()
    {
        var times = Times("- 11:16 deploy with new logging\n- 11:54 credentials seen in the logs, rolled back\n- 12:16 credentials rolled\n- 1:52 old log drains found\n- 3:31 cleanup complete, trees reopened\n");

        Assert.Equal([At("2019-03-20T11:16:00Z"), At("2019-03-20T11:54:00Z"), At("2019-03-20T12:16:00Z"), At("2019-03-20T13:52:00Z"), At("2019-03-20T15:31:00Z")], times);
    }

    [Fact]
    public void A_timeline_that_writes_an_hour_past_twelve_keeps_its_hours_as_written()
    {
        var times = Times("- 11:16 deploy\n- 12:16 rollback\n- 13:05 fix\n- 1:52 batch job fails\n");

        Assert.Equal(At("2019-03-21T01:52:00Z"), times[^1]);
    }

    [Fact]
    public void A_timeline_that_marks_its_hours_with_am_and_pm_keeps_them_as_marked()
    {
        var times = Times("- 11:16 pm deploy\n- 11:54 pm rollback\n- 1:52 am errors again\n");

        Assert.Equal(At("2019-03-21T01:52:00Z"), times[^1]);
    }

    private static DateTimeOffset? At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    private static int DeadEnds(string text) => Extract(text, path: "outage.txt").Timeline.Count(e => e.DeadEnd);

    [Fact]
    public void An_attempt_whose_result_the_next_sentence_says_did_not_mitigate_the_trouble_is_a_dead_end()
    {
        const string text = "Notification delays\n\nOn 2023-01-19 notifications were delayed.\n\n"
            + "We were alerted of growing queues at 4:12 UTC, and in an attempt to reduce these queues, more worker queues were added at 4:19 UTC. "
            + "The additional worker queues did not mitigate the notification queues. We resolved the incident at 5:13 UTC.\n";

        Assert.Contains(Extract(text, path: "outage.txt").Timeline, e => e.DeadEnd && e.Time == At("2023-01-19T04:19:00Z"));
    }

    [Theory]
    [InlineData("I originally thought that this was a database issue, and after much investigation that was confirmed.")]
    [InlineData("We were alerted of growing queues at 4:12 UTC, and more worker queues were added at 4:19 UTC. The additional worker queues drained the backlog.")]
    public void A_first_thought_confirmed_or_an_attempt_that_worked_is_no_dead_end(string sentences)
    {
        Assert.Equal(0, DeadEnds($"Website outage\n\nOn 2018-08-21 the website became unresponsive. {sentences}\n"));
    }

    [Fact]
    public void A_run_of_lines_opening_with_times_in_a_text_with_no_sections_is_its_timeline()
    {
        const string text = "On November 16, 2010 our site lost utility power for about three hours.\n\n"
            + "01:39 - Utility power fails - backup batteries online\n03:38 - Last server goes offline\n04:13 - Utility power restored\n04:24 - Last server comes online\n";

        var postmortem = Extract(text, path: "outage.txt");

        Assert.Equal(4, postmortem.Timeline.Count(e => e.Time is not null));
        Assert.Equal(At("2010-11-16T01:39:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void Two_lines_opening_with_times_are_no_timeline_of_their_own()
    {
        const string text = "On November 16, 2010 our site lost utility power.\n\n01:39 - Utility power fails\n04:24 - Last server comes online\n";

        Assert.Null(Extract(text, path: "outage.txt").Timestamps.Started);
    }

    [Fact]
    public void Builds_that_were_failing_for_almost_an_hour_state_the_incidents_length()
    {
        const string text = "Build failures\n\nOn 11 June 2019, CI builds were failing for almost an hour. We scaled up the cluster.\n";

        Assert.Equal(60, Extract(text, path: "outage.md").StatedDurationMinutes);
    }

    [Fact]
    public void A_check_that_had_been_failing_for_weeks_before_anyone_noticed_states_no_length_of_the_incident()
    {
        const string text = "Build failures\n\nOn 11 June 2019, we found the health check had been failing for two weeks before anyone noticed. We fixed it.\n";

        Assert.Null(Extract(text, path: "outage.md").StatedDurationMinutes);
    }
}
