using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Importing.Formats;

/// <summary>
/// Notices kept in the formats older heaps hold them in: a blog engine's HTML export saved under a Markdown name, a PGP
/// clear-signed plain-text report with "=" headings and a date it is signed with, timeline rows that give the month
/// and day in digits ("5/20 02:46") or a bullet that is only a day ("11/27").
/// </summary>
public sealed class NoticesKeptInOldFormatsTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private const string ExportedPost = "\nlayout: post\ntitle: Tracker break-in\ndate: '2010-04-13T05:04:50+00:00'\npermalink: tracker_break_in\n\n"
        + "<p>Our issue tracker suffered a direct, targeted attack.</p>\n  <h2>What happened?</h2>\n"
        + "  <p>On April 5th, the attackers opened a new issue with a link in it.</p>\n"
        + "  <h2>What are we changing?</h2>\n  <ul>\n    <li>We will make one-time passwords mandatory for all administrators.\n\n\n      <pre>\n<code>\n   auth required pam_otp.so\n</code>\n</pre>\n    </li>\n"
        + "    <li>Use Fail2Ban to protect web logins from brute force attacks</li>\n  </ul>\n";

    [Fact]
    public void A_markdown_file_whose_body_is_an_exported_html_page_is_read_whole_as_html()
    {
        var (document, extraction) = FormatFixtures.Read("tracker.md", ExportedPost);

        Assert.Equal("Tracker break-in", extraction.Postmortem.Title);
        Assert.DoesNotContain("<li>", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, extraction.Postmortem.ActionItems.Count);
        Assert.All(extraction.Postmortem.ActionItems, item => Assert.DoesNotContain("li>", item.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_file_with_markdown_of_its_own_around_its_html_keeps_being_read_as_markdown()
    {
        var (document, _) = FormatFixtures.Read("tracker.md", "<p>Our tracker went down.</p>\n\n## Timeline\n\n- 10:00 tracker down\n");

        Assert.Contains("## Timeline", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_attackers_told_of_on_a_day_before_the_post_date_the_incident()
    {
        var (_, extraction) = FormatFixtures.Read("tracker.md", ExportedPost);

        Assert.Equal(new DateOnly(2010, 4, 5), extraction.Postmortem.Date);
    }

    [Theory]
    [InlineData("During the afternoon of May 6th we began experiencing delays in mail delivery. The service remained unavailable until May 10th.", 6)]
    [InlineData("The service remained unavailable until May 10th. Mail was down from May 7th.", 7)]
    public void A_day_trouble_lasted_until_is_its_end_and_not_the_incidents_day(string story, int day)
    {
        var extraction = Extractor.Extract("mail.md", $"---\ntitle: Mail outage\ndate: '2014-05-28T05:16:39+00:00'\n---\n\n{story}\n");

        Assert.Equal(new DateOnly(2014, 5, day), extraction.Postmortem.Date);
    }

    [Fact]
    public void A_dead_end_told_inside_a_paragraph_leaves_the_rest_of_the_paragraph_to_name_the_cause()
    {
        const string story = "# Mail outage\n\nThe final server handles delivery. That server had two volumes that experienced a disk outage each. "
            + "Ultimately multiple attempts to rebuild the underlying arrays failed on May 8th. We restored from backups.\n";

        var extraction = Extractor.Extract("mail.md", story);

        Assert.Equal("hardware/failure", extraction.Postmortem.Classification.Category);
    }

    private const string SignedNotice = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\n= Report on the break-in to helium\n\n"
        + "The server helium was broken into by an intruder.\n\n== Timeline\n\nAll times are UTC.\n\n"
        + "5/23 11:15 (oldest trace of the intrusion)\n5/28 09:26 an administrator finds the traces\n5/28 09:35 helium is taken off the network\n6/22 04:18 anonymous CVS is back on beryllium\n\n"
        + "== Details\n\nThe backups from 2003/11/02 to 2004/05/27 were checked.\n\n- - a line that began with a dash\n\n2004-07-26\nThe admin group\nadmin@example.org\n"
        + "-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1.2.4 (GNU/Linux)\n\niD8DBQFBBKcJZ3GizHGDKdwRAlWdAKCFXN\n=7RmM\n-----END PGP SIGNATURE-----\n";

    [Fact]
    public void A_clear_signed_notice_is_read_without_its_armour_and_its_equals_headings_are_headings()
    {
        var (document, extraction) = FormatFixtures.Read("helium.txt", SignedNotice);

        Assert.Equal("Report on the break-in to helium", extraction.Postmortem.Title);
        Assert.DoesNotContain("PGP", document.Text, StringComparison.Ordinal);
        Assert.Contains("\n- a line that began with a dash", document.Text, StringComparison.Ordinal);
        Assert.Equal(SignedNotice.Split('\n').Length, document.Text.Split('\n').Length);
    }

    [Fact]
    public void The_date_a_notice_is_signed_with_gives_the_year_of_its_rows_that_write_none()
    {
        var (_, extraction) = FormatFixtures.Read("helium.txt", SignedNotice);
        var postmortem = extraction.Postmortem.ToPostmortem()!;

        Assert.Equal(new DateOnly(2004, 5, 23), postmortem.Date);
        Assert.Equal(At("2004-05-23T11:15:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2004-06-22T04:18:00Z"), postmortem.Timestamps.Resolved);
        Assert.Equal(4, postmortem.Timeline.Count);
    }

    [Fact]
    public void A_date_amid_the_last_lines_with_more_text_after_it_signs_nothing()
    {
        var notice = SignedNotice.Replace("2004-07-26\nThe admin group\n", "2004-07-26\nThe admin group will publish a full report of what the intruder did once the audit of every repository is done.\n", StringComparison.Ordinal);
        var (_, extraction) = FormatFixtures.Read("helium.txt", notice);

        Assert.DoesNotContain(extraction.Diagnostics, d => d.Message.Contains("signed with", StringComparison.Ordinal));
        Assert.Contains(FormatFixtures.Read("helium.txt", SignedNotice).Extraction.Diagnostics, d => d.Message.Contains("signed with", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Next review:\n2025-01-15\nThe network team\n")]
    [InlineData("2025-01-15\nOwner: netops\n")]
    public void A_date_that_is_a_labels_value_or_stands_above_labels_signs_nothing(string ending)
    {
        var extraction = Extractor.Extract("vpn.txt", "Incident: VPN outage\n\nThe VPN concentrator crashed because of a memory leak in firmware.\n\n" + ending);

        Assert.DoesNotContain(extraction.Diagnostics, d => d.Message.Contains("signed with", StringComparison.Ordinal));
        Assert.Contains(Extractor.Extract("vpn.txt", "Incident: VPN outage\n\nThe VPN concentrator crashed.\n\n2025-01-15\nThe network team\n").Diagnostics, d => d.Message.Contains("signed with", StringComparison.Ordinal));
    }

    [Fact]
    public void An_intrusion_named_in_japanese_is_a_security_cause()
    {
        var extraction = Extractor.Extract("helium.txt", "= heliumの報告\n\n== 詳細\n\n侵入者がCVSの脆弱性を利用し、サーバに侵入しました。\n");

        Assert.Equal("security/credentials", extraction.Postmortem.Classification.Category);
    }

    [Theory]
    [InlineData("11/27", 11, 27)]
    [InlineData("11/27（土）", 11, 27)]
    [InlineData("27/11", 11, 27)]
    public void A_timeline_bullet_that_is_only_a_month_and_day_in_digits_dates_the_times_under_it(string day, int month, int dayOfMonth)
    {
        var text = $"---\ndate: 2021-11-25\n---\n\n# App crash\n\n## Timeline (UTC)\n\n- 11/25\n  - 15:00 v1.4.0 released, the app crashes on start\n- 11/26\n  - 10:47 iOS fixed\n- {day}\n  - 11:40 Android fixed\n";

        var postmortem = Extractor.Extract("crash.md", text).Postmortem.ToPostmortem()!;

        Assert.Equal(new DateTimeOffset(2021, month, dayOfMonth, 11, 40, 0, TimeSpan.Zero), postmortem.Timestamps.Resolved);
    }

    [Theory]
    [InlineData("Tests passed 9/10", 0)]
    [InlineData("5/28 09:26 suspicious process found", 1)]
    public void A_month_and_day_in_digits_count_only_before_a_time_or_alone(string text, int dates)
    {
        Assert.Equal(dates, DateTimeText.FindStamps(text, 2004).Count(s => s.Date is not null));
    }
}
