using System.Diagnostics;
using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// A review of the twenty-third round: probes against the MediaWiki converter, the sub-sections of an empty root-cause heading, the word senses
/// of "deployment", "token", "also possible" and "may", and recommendations under an action heading. Each asserts the
/// right reading of a realistic input.
/// </summary>
public sealed class WikiPagesCauseSectionsAndWordSensesReviewTests
{
    private static string Wiki(string text) => MediaWikiToMarkdown.Convert(text).Markdown;

    private static string Minute(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string Dump(ExtractedPostmortem p) =>
        $"date={p.Date} started={Minute(p.Timestamps.Started)} resolved={Minute(p.Timestamps.Resolved)} category={p.Classification.Category} trigger={p.Trigger} timeline: "
        + string.Join(" || ", p.Timeline.Select(e => $"[{e.Day} {Minute(e.Time)}] {e.Text}"));

    // ---- MediaWiki converter ----

    // "#:" / "*:" continue the list item above (the wiki's usual way to give an item a second line); they are not
    // items of their own, so an owner line must not become a third action item.
    [Theory]
    [InlineData("#")]
    [InlineData("*")]
    public void A_colon_continuation_line_stays_part_of_its_list_item(string mark)
    {
        var markdown = Wiki($"= Disk outage =\n== Action items ==\n{mark} Add alerting on disk usage\n{mark}: Owner: ops team, due 2024-06-01\n{mark} Raise the pool size\n");
        var items = Items(markdown);

        Assert.True(items.Count == 2 && items[0].Title.StartsWith("Add alerting on disk usage", StringComparison.Ordinal), markdown + "\n" + Show(items));
    }

    // The wiki expands no template inside <syntaxhighlight>, <pre> or <nowiki>: a Helm chart's "{{ .Values... }}" in a
    // code block is the code, not a template to drop.
    [Theory]
    [InlineData("<syntaxhighlight lang=\"yaml\">\nimage: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n</syntaxhighlight>\n", "{{ .Values.image.tag }}")]
    [InlineData("<pre>\nreplicas: {{ .Values.replicaCount }}\n</pre>\n", "{{ .Values.replicaCount }}")]
    [InlineData("The chart set <nowiki>{{ .Values.replicaCount }}</nowiki> to zero.\n", "{{ .Values.replicaCount }}")]
    public void Template_braces_inside_code_or_nowiki_are_kept_as_written(string body, string kept)
    {
        var markdown = Wiki("== Trigger ==\n" + body);

        Assert.True(markdown.Contains(kept, StringComparison.Ordinal), markdown);
    }

    // An image whose caption holds a link is still an image: none of its markup is left in the text.
    [Fact]
    public void An_image_whose_caption_holds_a_link_is_left_out_whole()
    {
        var markdown = Wiki("== Graphs ==\n[[File:Latency.png|thumb|p99 latency during the [[Search cluster|search]] outage]]\nThe graph shows the spike.\n");

        Assert.True(!markdown.Contains("[[", StringComparison.Ordinal) && !markdown.Contains("Latency.png", StringComparison.Ordinal), markdown);
    }

    // Tags only the wiki knows ("<references />" under a page's refs, "<nowiki/>" to break markup, "<noinclude>") draw
    // nothing as text in the wiki; they must not show as text in the import.
    [Theory]
    [InlineData("The pool ran out.<ref>Grafana board</ref>\n\n== References ==\n<references />\n", "references")]
    [InlineData("The '''API'''<nowiki/>s were down for an hour.\n", "nowiki")]
    [InlineData("<noinclude>[[Category:Incidents]]</noinclude>\n== Summary ==\nThe API was down.\n", "noinclude")]
    public void Wiki_only_tags_do_not_show_as_text(string text, string tag)
    {
        var markdown = Wiki(text);

        Assert.True(!markdown.Contains("<" + tag, StringComparison.OrdinalIgnoreCase) && !markdown.Contains("&lt;" + tag, StringComparison.OrdinalIgnoreCase), markdown);
    }

    // A code tag opened or closed inside a line: the sentence around it is text, the code is code (not wiki lines).
    [Theory]
    [InlineData("<pre>systemctl restart nginx</pre> was run on every node at 14:10 UTC.\n", "was run on every node at 14:10 UTC", "<pre")]
    [InlineData("<syntaxhighlight lang=\"bash\" inline>kubectl rollout undo</syntaxhighlight> was run at 14:10 UTC to restore service.\n", "was run at 14:10 UTC to restore service", "<syntaxhighlight")]
    [InlineData("Run <syntaxhighlight lang=\"bash\" inline>kubectl get pods</syntaxhighlight> to check the pods.\n", "kubectl get pods", "syntaxhighlight")]
    [InlineData("Output:<pre>\n# systemctl restart nginx\n* * * * * /usr/bin/backup\n</pre>\n", "# systemctl restart nginx", "1. systemctl")]
    public void Code_opened_or_closed_inside_a_line_keeps_the_text_around_it(string body, string kept, string notShown)
    {
        var markdown = Wiki("== Timeline ==\n" + body);

        Assert.True(markdown.Contains(kept, StringComparison.Ordinal) && !markdown.Contains(notShown, StringComparison.Ordinal), markdown);
    }

    // A page that opens on a log excerpt in <pre> is code, not an RFC header: "Error:" and "Caused by:" are no facts of
    // the page (the second became the incident's trigger).
    [Theory]
    [InlineData("Error: connection refused\nCaused by: timeout after 30s")]
    [InlineData("ERROR: could not extend file \"base/16384/2619\": No space left on device\nHINT: Check free disk space.")]
    public void A_leading_pre_block_of_log_lines_stays_code(string log)
    {
        var markdown = Wiki($"<pre>\n{log}\n</pre>\n== Summary ==\nThe primary database went down.\n");

        Assert.True(markdown.StartsWith("```", StringComparison.Ordinal) && !markdown.Contains("**Error:**", StringComparison.OrdinalIgnoreCase) && !markdown.Contains("**HINT:**", StringComparison.Ordinal), markdown);
    }

    // A maintenance tag on one line ("{{Outdated|date=...}}", "{{Merge|...|date=...}}") says when the page was
    // flagged, not when the incident happened: it is no infobox and must not date the incident.
    [Theory]
    [InlineData("{{Outdated|date=2019-01-15}}")]
    [InlineData("{{Merge|Incidents/2024-03|date=2019-01-15}}")]
    public void A_one_line_maintenance_template_does_not_date_the_incident(string tag)
    {
        var markdown = Wiki($"{tag}\n== Summary ==\nOn Sunday the cache servers ran out of memory at 14:05 UTC and were restarted at 14:40 UTC.\n");
        var p = Extracted(markdown);

        Assert.True(p.Date?.Year != 2019 && p.Timestamps.Started?.Year != 2019, markdown + "\n" + Dump(p));
    }

    // Hang guards with a wide margin, not speed targets: each input below took 7-20 s (quadratic: a substring of the
    // whole line per template, a string concatenated per cell line, an unclosed <nowiki> scanned to the line's end).
    public static TheoryData<string, string> HostileInputs => new()
    {
        { "20,000 templates on one line", string.Concat(Enumerable.Repeat("a {{x}} ", 20_000)) },
        { "a table cell running over 24,000 lines", "{|\n| a\n" + string.Concat(Enumerable.Repeat("more text in the cell\n", 24_000)) + "|}\n" },
        { "15,000 unclosed <nowiki> on one line", string.Concat(Enumerable.Repeat("<nowiki>a ", 15_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_wiki_text_converts_in_linear_time(string what, string text)
    {
        var clock = Stopwatch.StartNew();
        MediaWikiToMarkdown.Convert(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{what}: took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    // ---- cause sections ----

    // "Root Cause and Resolution", "Impact and root cause", "Root cause and remediation" are common headings over the
    // cause itself; the words meant to keep "Root cause remediations" out cost them their trigger.
    [Theory]
    [InlineData("Root Cause and Resolution")]
    [InlineData("Impact and root cause")]
    [InlineData("Root cause and remediation")]
    public void A_root_cause_heading_that_also_names_the_fix_or_impact_still_gives_the_cause(string heading)
    {
        var p = Extracted($"# Checkout errors\n\n**Date:** 2024-03-02\n\n## {heading}\n\nThe payments worker ran out of memory.\n");

        Assert.True(p.Trigger == "The payments worker ran out of memory.", Dump(p));
    }

    // Under an empty "## Root cause": "### Background" is context, not the cause; "### Fixed-size connection pool" and
    // "### Fraud detector misfire" are causes whose headings only happen to hold "fixed" or "detect".
    [Theory]
    [InlineData("### Background\n\nThe shop moved its payments service to a new region in 2023.\n\n### What went wrong\n\nThe payments worker ran out of memory under the holiday load.\n", "The payments worker ran out of memory under the holiday load.")]
    [InlineData("### Fixed-size connection pool\n\nThe pool is capped at 20 connections, so the burst of retries exhausted it.\n", "The pool is capped at 20 connections, so the burst of retries exhausted it.")]
    [InlineData("### Fraud detector misfire\n\nThe fraud model shipped in release 4.2 scored every card as high risk.\n", "The fraud model shipped in release 4.2 scored every card as high risk.")]
    public void The_sub_sections_of_an_empty_root_cause_heading_give_the_cause_they_tell(string subsections, string trigger)
    {
        var p = Extracted($"# Checkout errors\n\n**Date:** 2024-03-02\n\n## Root cause\n\n{subsections}");

        Assert.True(p.Trigger == trigger, Dump(p));
    }

    // ---- word senses ----

    // A change to the deployment manifest or spec that shipped the wrong image is a change, not "unknown".
    [Theory]
    [InlineData("A deployment manifest change in PR 812 pointed the checkout service at the wrong image tag, so every pod started the old build.")]
    [InlineData("The deployment spec change we merged on Friday set the wrong image tag for the checkout service.")]
    public void A_change_to_a_deployment_manifest_is_still_a_change(string cause)
    {
        var p = Extracted($"# Checkout errors\n\n**Date:** 2024-03-02\n\n## Root cause\n\n{cause}\n");

        Assert.True(p.Classification.Category is "change/deployment" or "change/config", Dump(p));
    }

    // Tokens minted by a compromised identity provider, or token issuance broken by a key rotation, are credentials.
    [Theory]
    [InlineData("Tokens minted by the compromised identity provider were accepted by every internal service.")]
    [InlineData("Token issuance failed for every client because the signing key had been rotated without updating the verifiers.")]
    public void An_auth_token_minted_or_issued_is_still_a_credential(string cause)
    {
        var p = Extracted($"# Logins failed\n\n**Date:** 2025-03-05\n\n## Root cause\n\n{cause}\n");

        Assert.True(p.Classification.Category == "security/credentials", Dump(p));
    }

    // "also possible" discounts the alternative it names, not the cause stated in the same sentence.
    [Theory]
    [InlineData("The database ran out of connections; a slow replica is also possible as a contributing factor.")]
    [InlineData("After the 2.3 upgrade it was also possible for idle clients to hold connections forever, so the database ran out of connections.")]
    public void A_cause_in_a_sentence_that_also_names_a_possibility_still_counts(string cause)
    {
        var p = Extracted($"# Checkout errors\n\n**Date:** 2024-03-02\n\n## Root cause\n\n{cause}\n");

        Assert.True(p.Classification.Category == "capacity/resource-exhaustion", Dump(p));
    }

    // "an insufficient number of tests" is thin coverage, not an exhausted resource: the release and its regression
    // are the cause.
    [Fact]
    public void An_insufficient_number_of_tests_is_no_resource_exhaustion()
    {
        var p = Extracted("# Release broke checkout\n\n**Date:** 2024-03-02\n\n## Root cause\n\nRelease 4.2 shipped a regression because an insufficient number of tests covered the migration path.\n");

        Assert.True(p.Classification.Category == "change/deployment", Dump(p));
    }

    // Lower-case "may" as a month before a word the list does not know ("between", "our") is still the month, and
    // "0.8 may in rare cases" is still the verb.
    [Theory]
    [InlineData("On 3 may between 14:00 and 14:30 UTC the primary database disk failed and writes were rejected.")]
    [InlineData("On 3 may our primary database disk failed at 14:00 UTC and writes were rejected.")]
    public void Lower_case_may_before_any_word_after_a_day_is_the_month(string sentence)
    {
        var p = Extracted($"# Disk failure\n\n{sentence}\n", fileDay: new DateOnly(2024, 6, 10));

        Assert.True(p.Date == new DateOnly(2024, 5, 3) && Minute(p.Timestamps.Started) == "2024-05-03 14:00", Dump(p));
    }

    [Theory]
    [InlineData("Clients older than 0.8 may in rare cases reject the block.")]
    [InlineData("Versions 0.7 and 0.8 may on restart lose their peers.")]
    public void May_followed_by_a_preposition_it_governs_as_a_verb_is_no_month(string sentence)
    {
        var p = Extracted($"# Chain fork\n\nOn 2013-03-11 the fork happened.\n\n## Root cause\n\nLocks were exhausted. {sentence}\n");

        Assert.True(!p.Timeline.Any(e => e.Day is { Month: 5 } || e.Time is { Month: 5 }), Dump(p));
    }

    // ---- tentative sets under an action heading ----

    // Ideas the writer marks as not planned stay out of the plan even when they sit under an action heading beside it.
    [Theory]
    [InlineData("## Follow-up\n\n### Action items\n\n- Add an alert on disk usage\n\n### Ideas we decided not to pursue\n\n- Rewrite the cache in Rust\n")]
    [InlineData("## Action items\n\n### Committed\n\n- Add an alert on disk usage\n\n### Possible improvements (not planned)\n\n- Rewrite the cache in Rust\n")]
    public void Ideas_marked_as_not_planned_under_an_action_heading_are_no_action_items(string sections)
    {
        var items = Items("# Outage\n\n" + sections);

        Assert.True(items.Select(i => i.Title).SequenceEqual(["Add an alert on disk usage"]), Show(items));
    }

    // Passes today; guards that recommendations under "Lessons learned" (no action heading) stay ideas.
    [Fact]
    public void Recommendations_under_lessons_learned_beside_action_items_stay_ideas()
    {
        var items = Items("# Outage\n\n## Action items\n\n- Add an alert on disk usage\n\n## Lessons learned\n\n### Recommendations\n\n- Consider moving to a managed database\n");

        Assert.True(items.Select(i => i.Title).SequenceEqual(["Add an alert on disk usage"]), Show(items));
    }
}
