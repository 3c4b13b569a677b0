using System.Globalization;
using PostmortemSite.Extracting;
using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Inputs a review of the twenty-second round's rules found wrong, and the guards it asked to keep: notes after an
/// action item's words, status entries without updates, a root cause told in code, permissions as a cause, "did not
/// help" and clock names in other languages, and "no change" verdicts after a remedy. Each asserts the right behaviour.
/// </summary>
public sealed class ItemNotesForeignVerdictsAndClocksReviewTests
{
    private static string It(ActionItem i) => $"'{i.Title}' owner={i.Owner ?? "-"} priority={i.Priority ?? "-"} due={i.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} status={i.Status}";

    private static string Minute(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string Dump(ExtractedPostmortem p) =>
        $"started={Minute(p.Timestamps.Started)} resolved={Minute(p.Timestamps.Resolved)} category={p.Classification.Category}";

    private static string Category(string rootCause) => Extracted($"# Outage on 2024-05-02\n\n## Root cause\n\n{rootCause}\n").Classification.Category;

    private static string Entry(string entry) => "# Incidente\n\n## Timeline (UTC)\n\n- 2026-02-26 09:00: API caída\n- 2026-02-26 09:20: " + entry + "\n- 2026-02-26 09:40: Servicio restablecido\n";

    // Part 1 (ActionItemDetails): a trailing group whose parts merely look like notes is the item's own words.
    [Theory]
    [InlineData("Return a clear error page during maintenance (status: 503)")]
    [InlineData("Persist the job queue outside the pods (state: Redis)")]
    [InlineData("Alert when a pod stays in phase [Pending]")]
    [InlineData("Page the on-call only for alerts of severity (P1, P2)")]
    [InlineData("Add a Grafana panel of tickets by state (open, in progress, blocked)")]
    public void Words_after_an_item_that_only_look_like_notes_stay_in_its_title(string item)
    {
        var items = Items("## Action items\n\n- " + item + "\n");

        Assert.True(items.Count == 1 && items[0].Title == item && items[0].Status == ActionStatus.Open && items[0].Priority is null, string.Join(" || ", items.Select(It)));
    }

    // Part 1: a chat broadcast mention is an audience, not an owner.
    [Theory]
    [InlineData("Stop paging everyone on deploys (@here)")]
    [InlineData("Announce maintenance windows in #eng [@channel]")]
    public void A_mention_that_calls_everyone_in_a_chat_is_no_owner(string item)
    {
        var items = Items("## Action items\n\n- " + item + "\n");

        Assert.True(items.Count == 1 && items[0].Owner is null, string.Join(" || ", items.Select(It)));
    }

    // Part 1: two items that differ only in their notes are two items, not one item and a duplicate.
    [Fact]
    public void Items_told_apart_only_by_their_notes_are_both_kept()
    {
        const string text = "## Action items\n\n- Audit IAM roles (owner: @payments)\n- Audit IAM roles (owner: @search)\n- Review the failover runbook (P1, @ana)\n- Review the failover runbook (P3, @bob)\n";

        var items = Items(text);

        Assert.True(items.Count == 4, string.Join(" || ", items.Select(It)));
    }

    // Part 1: a dash note whose value holds a hyphen (the ISO day the reader wants, a handle like "@db-team") is a note.
    [Theory]
    [InlineData("Write the failover runbook - due: 2025-08-10", null, "2025-08-10")]
    [InlineData("Write the failover runbook - owner: @db-team", "@db-team", null)]
    [InlineData("Write the failover runbook \u2014 owner: jean-luc", "jean-luc", null)]
    public void A_note_after_a_dash_whose_value_holds_a_hyphen_is_read(string item, string? owner, string? due)
    {
        var items = Items("## Action items\n\n- " + item + "\n");

        Assert.True(items.Count == 1 && items[0].Title == "Write the failover runbook" && items[0].Owner == owner
            && items[0].Due == (due is null ? null : DateOnly.Parse(due, CultureInfo.InvariantCulture)), string.Join(" || ", items.Select(It)));
    }

    // Part 1: a due day written out is read; one that names no day ("end of Q3", an ambiguous "08/10/2025") keeps the
    // notes in the title, so what they say is not lost.
    [Fact]
    public void A_due_day_written_out_is_read_and_one_that_names_no_day_keeps_its_notes_in_the_title()
    {
        var items = Items("## Action items\n\n- Add query plan checks to CI (Owner: @db-team, Due: 10 Aug 2025)\n- Move the queue (Owner: @ops, Due: end of Q3)\n");

        Assert.True(items.Count == 2 && items[0].Title == "Add query plan checks to CI" && items[0].Owner == "@db-team" && items[0].Due == new DateOnly(2025, 8, 10), string.Join(" || ", items.Select(It)));
        Assert.Equal("Move the queue (Owner: @ops, Due: end of Q3)", items[1].Title);
    }

    // Part 2 (FunctionInCode): an expression in a config file written like a call is no function of the code.
    [Theory]
    [InlineData("The schedule expression was set to `rate(5 minutes)` in the Terraform config instead of `rate(1 hour)`.")]
    [InlineData("The alert rule used `rate(http_requests_total[5m])`, a window too short for the traffic, so the alert never fired. The alert threshold was misconfigured.")]
    public void A_configuration_expression_written_like_a_call_is_no_software_bug(string cause)
    {
        Assert.Equal("change/config", Category(cause));
    }

    // Part 3 guard: permission denied that expired credentials caused stays a credentials problem.
    [Theory]
    [InlineData("The deploy failed with permission denied because the service account token had expired.")]
    [InlineData("The API key used by the billing job was revoked, so every call returned 403 insufficient permissions.")]
    public void Permission_denied_from_expired_credentials_stays_a_credentials_problem(string cause)
    {
        Assert.Equal("security/credentials", Category(cause));
    }

    // Part 4 (DidNotHelp, "without effect"): "no SIDE effect", "no effect at all on the customers" is no harm done.
    [Theory]
    [InlineData("Failover para a réplica, sem efeito colateral para os clientes")]
    [InlineData("Bascule vers le secondaire, sans effet de bord pour les clients")]
    [InlineData("Conmutación a la réplica sin efecto secundario")]
    [InlineData("Failover realizado sem efeito nenhum nos clientes")]
    public void No_side_effect_told_in_another_language_is_no_dead_end(string entry)
    {
        Assert.Empty(Extracted(Entry(entry)).AllDeadEnds());
    }

    // Part 4 (DidNotHelp): a failure that is not a step of the response is no dead end.
    [Theory]
    [InlineData("夜間バッチを実行したが失敗し、APIが停止")]
    [InlineData("고객 문의가 해결되지 않아 에스컬레이션")]
    [InlineData("Das SRE-Team half nicht nur beim Failover, sondern informierte auch den Support")]
    public void A_failure_in_another_language_that_is_no_step_of_the_response_is_no_dead_end(string entry)
    {
        Assert.Empty(Extracted(Entry(entry)).AllDeadEnds());
    }

    // Part 4 (FindLocalName, MayStateZone): a place's clock named beside times stated in UTC is not the zone of the times.
    [Theory]
    [InlineData("# Incidente\n\nDate: 2026-02-07\n\n## Cronologia (UTC)\n\n- 09:10 Alertas (06:10 no horário de Brasília)\n- 10:25 Serviço restabelecido\n")]
    [InlineData("# Störung\n\nDate: 2026-02-07\n\n## Zeitverlauf (UTC)\n\n- 09:10 Alarme (10:10 MEZ)\n- 10:25 Dienst wiederhergestellt\n")]
    [InlineData("# Panne API\n\nDate : 2026-02-07\n\nL'équipe de Paris (heure de Paris) a été alertée par le support.\n\n## Chronologie (UTC)\n\n- 09:10 Alertes\n- 10:25 Service rétabli\n")]
    [InlineData("# 障害報告\n\nDate: 2026-02-07\n\n## タイムライン (UTC)\n\n※日本時間は9時間を足してください\n\n- 09:10 アラート発報\n- 10:25 復旧\n")]
    [InlineData("# 장애 보고\n\nDate: 2026-02-07\n\n## 타임라인 (UTC)\n\n한국 시간은 UTC에 9시간을 더하면 됩니다.\n\n- 09:10 알림 발생\n- 10:25 복구\n")]
    public void A_local_clock_named_beside_utc_times_is_not_their_zone(string text)
    {
        var p = Extracted(text);

        Assert.True(p.Timestamps.Started == At("2026-02-07T09:10:00Z") && p.Timestamps.Resolved == At("2026-02-07T10:25:00Z"), Dump(p));
    }

    // Part 4 (FindLocalName): "по Москве" is also "across Moscow", a place, not a clock.
    [Theory]
    [InlineData("# Сбой\n\nDate: 2026-02-07\n\n## Хронология (UTC)\n\n- 09:10 Жалобы клиентов по Москве и области\n- 10:25 Сервис восстановлен\n")]
    [InlineData("# Сбой\n\nDate: 2026-02-07\n\nДеградация сервиса по Москве и области.\n\n## Timeline\n\n- 09:10 Жалобы клиентов\n- 10:25 Сервис восстановлен\n")]
    public void Moscow_named_as_a_place_is_no_zone(string text)
    {
        var p = Extracted(text);

        Assert.True(p.Timestamps.Started == At("2026-02-07T09:10:00Z"), Dump(p));
    }

    // Part 5 (NoChangeAtTheEnd): a remedy that worked, with a note that something else stayed as it was, is no dead end.
    [Theory]
    [InlineData("Applied hotfix 2.3.1 — errors back to 0, p99 latency: unchanged")]
    [InlineData("Rolled back to v1.4; checkout recovered — schema: unchanged")]
    public void A_remedy_that_worked_with_something_else_unchanged_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry), entry);
    }

    // Part 5 guard: "no change" or "same errors" on an entry that is no remedy.
    [Theory]
    [InlineData("Config diff reviewed — no change")]
    [InlineData("Traffic: unchanged")]
    [InlineData("Second alert fired (same errors)")]
    [InlineData("Restarted the pods — no change needed")]
    public void No_change_on_an_entry_that_is_no_remedy_is_no_dead_end(string entry)
    {
        Assert.False(EventWording.IsDeadEnd(entry), entry);
    }

    // Part 2 guard: a status entry whose body keeps its own timeline keeps it; the fields still give start and end.
    [Theory]
    [InlineData("## Timeline\n\n- 16:55 Investigating elevated errors\n- 17:40 Fix deployed\n- 18:20 Resolved\n")]
    [InlineData("**16:55 UTC** - Investigating elevated errors\n\n**17:40 UTC** - Fix deployed\n\n**18:20 UTC** - Resolved\n")]
    public void A_status_entry_with_a_timeline_in_its_body_keeps_it(string body)
    {
        var text = "---\ntitle: API outage\ndate: 2022-05-27T16:50:00-00:00\nresolved: true\nresolvedWhen: 2022-05-27T18:22:00-00:00\n---\n\n" + body;

        var p = Imported(text);

        Assert.Equal([At("2022-05-27T16:55:00Z"), At("2022-05-27T17:40:00Z"), At("2022-05-27T18:20:00Z")], p.Timeline.Select(e => e.Time!.Value));
        Assert.Equal(At("2022-05-27T16:50:00Z"), p.Timestamps.Started);
        Assert.Equal(At("2022-05-27T18:22:00Z"), p.Timestamps.Resolved);
    }

    // Part 1 guard: hostile input, many groups or brackets, returns quickly and keeps one item.
    [Fact]
    public void Many_note_groups_and_brackets_are_read_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = Items("## Action items\n\n- Add checks" + string.Concat(Enumerable.Repeat(" (done)", 5000)) + "\n- Add alerts" + string.Concat(Enumerable.Repeat(" [", 5000)) + " x\n- Add limits" + string.Concat(Enumerable.Repeat(" - a", 5000)) + " - done\n");

        Assert.Equal(3, items.Count);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}
