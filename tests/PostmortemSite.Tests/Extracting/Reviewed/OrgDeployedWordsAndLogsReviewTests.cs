using System.Diagnostics;
using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Model;
using PostmortemSite.Tests.Importing.Formats;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Probes of the twenty-first round's change (the Org-mode reader, "deployed/shipped/merged" headings of done work,
/// "incident log" in other languages). Each asserts the right behaviour and failed on the change's head.
/// </summary>
public sealed class OrgDeployedWordsAndLogsReviewTests
{
    private static ExtractedPostmortem Org(string text) => FormatFixtures.Read("incident.org", text).Extraction.Postmortem;

    private static string Dump(ExtractedPostmortem p) =>
        $"severity={p.Severity} started={p.Timestamps.Started:u} resolved={p.Timestamps.Resolved:u} cause={p.RootCauseText} timeline: "
        + string.Join(" || ", p.Timeline.Select(e => $"[{e.Time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? e.Day?.ToString() ?? "-"}] {e.Text}"))
        + " | actions: " + Show(p.ActionItems);

    // ---- OrgToMarkdown ----

    // Org notes keep their facts one per line, as a Markdown or text postmortem does; joining the lines of a paragraph
    // with a space (as Org's HTML export would) makes one line "Date: ... Severity: SEV2 Root cause: ... Impact: ..."
    // of them, and the root cause and the impact are lost. The same lines in a .md file give both.
    [Fact]
    public void Org_label_lines_written_one_under_another_stay_one_label_a_line()
    {
        const string text = "#+TITLE: Checkout outage\nDate: 2024-05-14\nSeverity: SEV2\nRoot cause: missing timeout in the payment client\n"
            + "Impact: checkout failed for 40% of customers\n\n* Summary\nCheckout failed for most customers.\n";

        var postmortem = Org(text);

        Assert.True(postmortem.RootCauseText == "missing timeout in the payment client", Dump(postmortem));
        Assert.Equal("checkout failed for 40% of customers", postmortem.Impact.Description);
    }

    // The same for a timeline kept as plain lines (no bullets): one event a line, not one event of the three.
    [Fact]
    public void An_org_timeline_of_plain_lines_gives_one_event_a_line()
    {
        const string text = "#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n\n* Timeline (UTC)\n14:02 Alarms fire\n14:10 On-call paged\n15:48 Checkout restored, incident resolved\n";

        var postmortem = Org(text);

        Assert.True(postmortem.Timeline.Count == 3, Dump(postmortem));
        Assert.Equal(At("2024-05-14T15:48:00Z"), postmortem.Timestamps.Resolved);
    }

    // A task heading's planning line ("DEADLINE:", "SCHEDULED:") and its body text belong to the task; they are no
    // action items of their own. The change's own fixture gives an open item "DEADLINE: 2024-06-01".
    [Fact]
    public void A_task_headings_planning_line_and_body_are_not_action_items_of_their_own()
    {
        const string text = "#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n\n* Action items\n** TODO Cap aggregation buckets\n   Owner: Alice, due in two weeks.\n"
            + "** TODO Alert on heap usage\n   SCHEDULED: <2024-05-20 Mon> DEADLINE: <2024-06-01 Sat>\n** DONE Page the owner\n   CLOSED: [2024-05-15 Wed 10:00]\n";

        var fixtureItems = FormatFixtures.Read("search-outage.org", FormatFixtures.Org).Extraction.Postmortem.ActionItems;
        var items = Org(text).ActionItems;

        Assert.DoesNotContain(fixtureItems, a => a.Title.StartsWith("DEADLINE", StringComparison.Ordinal));
        Assert.True(items.Count == 3 && !items.Any(a => a.Title.StartsWith("Owner", StringComparison.Ordinal) || a.Title.Contains("SCHEDULED", StringComparison.Ordinal)
            || a.Title.Contains("DEADLINE", StringComparison.Ordinal) || a.Title.Contains("CLOSED", StringComparison.Ordinal)), Show(items));
    }

    // An Org block or drawer that is never closed is no block (Org reads its first line as text); nor can a drawer run
    // past the next heading. Here one unclosed "#+BEGIN_EXAMPLE" in the summary, or a Slack emoji alone on a line
    // (":rotating_light:" has a drawer's shape), swallows the timeline and the action items after it.
    [Theory]
    [InlineData("Checkout failed. The log:\n#+BEGIN_EXAMPLE\nERROR payment timeout\n")]
    [InlineData("Checkout failed.\n:rotating_light:\n")]
    public void A_block_or_drawer_never_closed_does_not_swallow_the_sections_after_it(string summary)
    {
        var text = $"#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n\n* Summary\n{summary}* Timeline\n- 14:02 Alarms fire\n- 15:48 Checkout restored, incident resolved\n"
            + "* Action items\n:PROPERTIES:\n:ID: 5f2c\n:END:\n- [ ] Add a timeout to the payment client\n";

        var postmortem = Org(text);

        Assert.True(postmortem.Timestamps.Resolved == At("2024-05-14T15:48:00Z"), Dump(postmortem));
        Assert.Contains(postmortem.ActionItems, a => a.Title == "Add a timeout to the payment client");
    }

    // A subtree tagged ":noexport:" or headed "COMMENT" is not part of the document Org exports (scratch notes, an
    // old draft); here its times join the timeline as the next day's events.
    [Theory]
    [InlineData("* Draft timeline from Slack                                       :noexport:")]
    [InlineData("* COMMENT Old timeline")]
    public void An_org_subtree_left_out_of_export_gives_no_timeline_events(string heading)
    {
        var text = $"#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n\n* Timeline\n- 14:02 Alarms fire\n- 15:48 Checkout restored, incident resolved\n{heading}\n- 09:00 someone says hi\n- 23:59 end of day\n";

        var postmortem = Org(text);

        Assert.True(postmortem.Timeline.Count == 2, Dump(postmortem));
    }

    // "CANCELLED" is a done state of Org's task headings, not an open one; and a file's own "#+TODO:" keywords
    // ("IN-PROGRESS", "WONTFIX") are task states too, not words of a heading.
    [Fact]
    public void Org_task_states_cancelled_and_the_files_own_keywords_give_their_status()
    {
        const string text = "#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n#+TODO: TODO IN-PROGRESS | DONE WONTFIX\n\n* Action items\n"
            + "** TODO Cap aggregation buckets\n** CANCELLED Migrate to the v2 payment API\n** IN-PROGRESS Alert on heap usage\n** WONTFIX Rewrite the reports service\n";

        var items = Org(text).ActionItems;

        Assert.True(items.Any(a => a.Title == "Migrate to the v2 payment API" && a.Status != ActionStatus.Open)
            && items.Any(a => a.Title == "Alert on heap usage" && a.Status is ActionStatus.InProgress or ActionStatus.Open)
            && items.Any(a => a.Title == "Rewrite the reports service" && a.Status != ActionStatus.Open), Show(items));
    }

    // Text shown as written: Org escapes a line that starts with "*" or "#+" inside a block with a comma (",* main"
    // from "git branch"), and a verbatim "=...=" may hold "=" ("TIMEOUT=30s"), closed by the "=" before a space.
    [Theory]
    [InlineData("#+BEGIN_SRC sh\n$ git branch\n,* main\n  hotfix\n#+END_SRC\n", "$ git branch\n* main\n")]
    [InlineData("Ran =kubectl set env deploy/api TIMEOUT=30s= at 14:05.\n", "`kubectl set env deploy/api TIMEOUT=30s`")]
    public void Org_code_text_is_kept_as_org_shows_it(string org, string expected)
    {
        var markdown = OrgToMarkdown.Convert(org).Markdown;

        Assert.Contains(expected, markdown, StringComparison.Ordinal);
    }

    // An inline export snippet "@@html:...@@" is HTML as much as an export block is; its script is kept as text.
    [Fact]
    public void An_org_inline_html_snippet_keeps_no_script()
    {
        var markdown = OrgToMarkdown.Convert("Checkout failed @@html:<script>alert(1)</script>@@ for everyone.\n").Markdown;

        Assert.DoesNotContain("alert(", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@@html", markdown, StringComparison.Ordinal);
    }

    // Each line shaped like a drawer's start (":x:") looked for an ":END:" to the end of the file: 40,000 such lines
    // (160 KB) took about 8 s, so 80,000 would take about 30. A hang guard with a wide margin, not a speed target.
    [Fact]
    public void Many_drawer_starts_without_an_end_are_read_in_linear_time()
    {
        var text = "#+TITLE: x\n" + string.Concat(Enumerable.Repeat(":x:\n", 80_000)) + string.Concat(Enumerable.Range(0, 20_000).Select(n => $"#+BEGIN_X{n}\n"));

        var clock = Stopwatch.StartNew();
        OrgToMarkdown.Convert(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    // "* TODO ..." at the top level is a section of its own; written as a checklist item with no heading, it falls
    // into the section before it and the root cause reads the tasks as its text.
    [Fact]
    public void Top_level_org_tasks_are_not_part_of_the_section_above_them()
    {
        const string text = "#+TITLE: Checkout outage\n#+DATE: 2024-05-14\n\n* Root cause\nA missing timeout in the payment client.\n"
            + "* TODO Add a timeout to the payment client\n* TODO Alert on payment latency\n";

        var postmortem = Org(text);

        Assert.DoesNotContain("Alert on payment latency", postmortem.RootCauseText, StringComparison.Ordinal);
    }

    // ---- ActionItemExtractor: "deployed", "shipped", "merged" ----

    // The rule reads every heading around an item, the title too: an incident titled for what went out ("Bad config
    // deployed") has no open work left except checkbox items.
    [Theory]
    [InlineData("Bad config deployed")]
    [InlineData("Broken release shipped")]
    [InlineData("Bad migration merged")]
    public void A_title_that_ends_in_deployed_shipped_or_merged_keeps_its_open_action_items(string title)
    {
        var text = $"# {title}\n\n**Date:** 2024-05-14\n\n## Action items\n\n- [ ] Validate configs before deploy\n- Add a canary stage to the config pipeline\n";

        var items = Items(text);

        Assert.True(items.Any(a => a.Title == "Add a canary stage to the config pipeline" && a.Status == ActionStatus.Open), Show(items));
    }

    // At a heading's edge the word can still name an area of work ("Shipped orders"), be qualified later in the
    // heading ("Merged, not yet deployed"), follow an auxiliary the rule does not know ("have not been", "getting",
    // "gets"), or be asked about without a wh-word first ("Should this have been deployed?").
    [Theory]
    [InlineData("Shipped orders", "Refund customers whose orders shipped twice")]
    [InlineData("Merged accounts", "Backfill the missing emails of merged accounts")]
    [InlineData("Merged, not yet deployed", "Guard the drop statement")]
    [InlineData("Deployed to staging, production rollout pending", "Guard the drop statement")]
    [InlineData("Fixes that have not been deployed", "Guard the drop statement")]
    [InlineData("Keep untested migrations from getting merged", "Require a second reviewer on migrations")]
    [InlineData("Gate what gets deployed", "Require a second reviewer on migrations")]
    [InlineData("Should this have been deployed?", "Require a second reviewer on migrations")]
    public void A_heading_with_deployed_shipped_or_merged_that_heads_open_work_keeps_it_open(string heading, string item)
    {
        var text = $"# Data loss\n\n**Date:** 2024-05-14\n\n## Action items\n\n### {heading}\n\n- {item}\n";

        var items = Items(text);

        Assert.True(items.Any(a => a.Title == item && a.Status == ActionStatus.Open), Show(items));
    }

    // ---- ForeignWording: "incident log" ----

    // The Korean names have a space inside them, but a key is read word by word and a Hangul word is matched as a run
    // of its own: "대응 기록" and "장애 기록" never match. And the heading is only a timeline when it is exactly
    // "incident log": a time zone after it ("Bitácora (UTC)", as "Timeline (UTC)" is) is not read.
    [Theory]
    [InlineData("Bitácora (UTC)")]
    [InlineData("Journal de l'incident (UTC)")]
    public void An_incident_log_named_in_another_language_is_the_timeline(string heading)
    {
        var text = $"# Caída\n\n**Fecha:** 2026-09-26\n\n## Resumen\n\nEl servidor no arrancaba.\n\n## {heading}\n\n"
            + "### 2026-09-26 — Detección\n\n- Contenedor en crash-loop\n- Error al cargar el mod\n\n### 2026-09-27 — Resolución\n\n- Codificación corregida\n";

        var timeline = Imported(text).Timeline;

        Assert.True(timeline.Count == 3, string.Join(" || ", timeline.Select(e => $"[{e.Day}] {e.Text}")));
    }
}
