using PostmortemSite.Model;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting.Reviewed;

/// <summary>
/// Probes of the eighteenth round's rules (ForeignWording, foreign months and CJK dates, foreign units and length
/// labels, foreign time words, foreign milestone wording, the prose outcome rule), each a problem the review found
/// and that is now fixed.
/// </summary>
public sealed class ForeignWordingReviewTests
{
    // Rule 6 (English): an outcome after a remedy that worked, about another problem, is no dead end.
    [Theory]
    [InlineData("At 02:09 UTC we restarted the API pods, which restored service. It did not fix the underlying memory leak, which we addressed the next day.")]
    [InlineData("We rolled back the 4.2 release. This restored checkout at 02:09 UTC. It did not fix the search latency, which had a separate cause.")]
    [InlineData("At 02:09 UTC the on-call engineer restarted the consumer. This did not resolve the backlog immediately, but it drained within ten minutes.")]
    public void P01_an_outcome_about_another_problem_after_a_remedy_that_worked_is_no_dead_end(string paragraph)
    {
        var text = $"# Checkout outage\n\nDate: 2024-08-02\n\nAt 02:00 UTC checkout started failing.\n\n{paragraph}\n\nAt 03:41 UTC the incident was closed.\n";

        Assert.Empty(Extracted(text).AllDeadEnds());
    }

    // Rule 5: a negated, attempted, started or failed recovery is not the end of the incident.
    [Theory]
    [InlineData("Reinicio del servidor, el problema aún no se ha resuelto", "La API responde con normalidad")]
    [InlineData("Redémarrage du serveur, le problème n'est pas encore résolu", "L'API répond normalement")]
    [InlineData("尝试恢复数据库，失败", "切换到备库，错误率回到正常")]
    [InlineData("开始恢复数据库", "切换到备库，错误率回到正常")]
    [InlineData("데이터베이스 복구 시도, 실패", "예비 DB로 전환, 오류율 정상화")]
    [InlineData("証明書を再読み込み、エラーが解消しない", "証明書を更新、エラーなし")]
    public void P02_a_recovery_not_yet_done_in_another_language_does_not_end_the_incident(string attempt, string end)
    {
        var text = $"# Incidente\n\n## Timeline\n\n- 2026-02-26 09:00 UTC: API error\n- 2026-02-26 09:40 UTC: {attempt}\n- 2026-02-26 11:00 UTC: {end}\n";

        Assert.NotEqual(At("2026-02-26T09:40:00Z"), Imported(text).Timestamps.Resolved);
    }

    // Rule 5: finding the cause is not detecting the incident (English "Root cause found" is Identified), and
    // "no anomaly found" detects nothing.
    [Theory]
    [InlineData("Customers report errors", "Root cause found: expired certificate")]
    [InlineData("Kunden melden Fehler", "Ursache erkannt: abgelaufenes Zertifikat")]
    [InlineData("Kunden melden Fehler", "Ursache festgestellt: abgelaufenes Zertifikat")]
    [InlineData("用户报告支付失败", "发现根本原因：证书过期")]
    [InlineData("用户报告支付失败", "检查数据库，未发现异常")]
    public void P03_finding_the_cause_or_finding_nothing_is_not_the_detection(string first, string second)
    {
        var text = $"# Incident\n\n## Timeline\n\n- 2026-02-26 09:00 UTC: {first}\n- 2026-02-26 10:15 UTC: {second}\n- 2026-02-26 11:00 UTC: Certificate renewed\n";

        Assert.NotEqual(At("2026-02-26T10:15:00Z"), Imported(text).Timestamps.Detected);
    }

    // Rule 1: a heading of actions already taken, in another language, holds no open action items (as "Actions taken" holds none).
    [Theory]
    [InlineData("# Incident\n\n## Actions taken\n\n- Restarted the server\n- Cleared the cache\n")]
    [InlineData("# Ausfall\n\n## Durchgeführte Maßnahmen\n\n- Server neu gestartet\n- Cache geleert\n")]
    [InlineData("# Incidente\n\n## Acciones realizadas\n\n- Se reinició el servidor\n- Se limpió la caché\n")]
    [InlineData("# Сбой\n\n## Предпринятые действия\n\n- Перезапустили сервер\n- Очистили кэш\n")]
    public void P04_actions_already_taken_under_a_foreign_heading_are_not_open_action_items(string text)
    {
        var items = Items(text);

        Assert.True(items.All(i => i.Status != ActionStatus.Open), Show(items));
    }

    // Rule 1: Japanese status column "状態" and values "完了" (done) / "完了予定" (due to be completed).
    [Fact]
    public void P05_a_Japanese_status_column_gives_the_items_status()
    {
        const string text = "# 証明書の期限切れ\n\n## アクションアイテム\n\n| 対策 | 担当 | 状態 |\n|---|---|---|\n| 証明書の監視を追加する | 田中 | 完了 |\n| 手順書を更新する | 佐藤 | 未完了 |\n";

        var items = Items(text);

        Assert.True(items.Count == 2 && items[0].Status == ActionStatus.Done && items[1].Status == ActionStatus.Open, Show(items));
    }

    [Fact]
    public void P06_an_item_due_to_be_completed_is_not_done()
    {
        const string text = "# 証明書の期限切れ\n\n## アクションアイテム\n\n| 対策 | 担当 | Status |\n|---|---|---|\n| 証明書の監視を追加する | 田中 | 完了 |\n| 手順書を更新する | 佐藤 | 完了予定 |\n";

        var items = Items(text);

        Assert.True(items.Count == 2 && items[0].Status == ActionStatus.Done && items[1].Status != ActionStatus.Done, Show(items));
    }

    // Rule 4: "desde las 14:00 hasta las 15:10" is from 14:00 to 15:10, not a start at 15:10.
    [Fact]
    public void P07_a_Spanish_from_to_range_puts_both_times_on_the_timeline()
    {
        const string text = "# Caída de la API\n\n**Fecha:** 2026-02-26\n\n## Resumen\n\nLa API estuvo caída desde las 14:00 hasta las 15:10 UTC.\n";

        var imported = Imported(text);

        Assert.Equal(At("2026-02-26T14:00:00Z"), imported.Timestamps.Started);
    }

    // Rule 4: German, Italian and Dutch write the time with a dot after their "at" ("um 14.30 Uhr", "alle 14.30", "om 14.30").
    [Theory]
    [InlineData("Um 14.30 Uhr fiel die Datenbank aus. Um 15.10 Uhr war sie wieder erreichbar.")]
    [InlineData("Alle 14.30 il database si è bloccato. Alle 15.10 il servizio è stato ripristinato.")]
    [InlineData("Om 14.30 viel de database uit. Om 15.10 was de dienst weer beschikbaar.")]
    public void P08_a_dotted_time_after_a_foreign_at_is_a_moment(string paragraph)
    {
        var text = $"# Database outage\n\n**Datum:** 2025-01-21\n\n## Summary\n\n{paragraph}\n";

        Assert.Equal([At("2025-01-21T14:30:00Z"), At("2025-01-21T15:10:00Z")], Imported(text).Timeline.Select(e => e.Time));
    }

    // Rule 2: French and Portuguese write the first of the month as an ordinal ("1er mars", "1º de março").
    [Theory]
    [InlineData("Date : 1er mars 2024", 2024, 3, 1)]
    [InlineData("Data: 1º de março de 2026", 2026, 3, 1)]
    public void P09_the_first_of_the_month_written_as_an_ordinal_dates_the_incident(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Imported("# Panne\n\n" + line + "\n\nL'API était indisponible.\n", fileDay: new DateOnly(2026, 12, 1)).Date);
    }

    // Rule 3: hours and minutes joined by a foreign "and", Japanese "分", French "2 h 30" / "2h30".
    [Theory]
    [InlineData("**Duración:** 1 hora y 30 minutos", 90)]
    [InlineData("**Dauer:** 2 Stunden und 15 Minuten", 135)]
    [InlineData("**所要時間**：約1時間30分", 90)]
    [InlineData("**Durée :** 2 h 30", 150)]
    [InlineData("**Durée :** 2h30", 150)]
    public void P10_a_foreign_length_in_hours_and_minutes_is_read_whole(string line, int minutes)
    {
        var imported = Imported("# Incidente\n\nDate: 2026-02-26\n\n" + line + "\n");

        Assert.Equal((double)minutes, imported.StatedDurationMinutes);
        Assert.Null(imported.Timestamps.Started);
    }
}
