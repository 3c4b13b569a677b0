using PostmortemSite.Extracting;

using static PostmortemSite.Tests.Extracting.Reviewed.ReviewInputs;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// Postmortems written in Spanish, Portuguese, French, German, Italian, Dutch, Norwegian, Danish, Swedish, Russian,
/// Chinese, Japanese or Korean
/// (issue 17): their section names, labels, table columns, dates, lengths and words for "at", each on an invented
/// document.
/// </summary>
public sealed class ForeignLanguagePostmortemsTests
{
    [Theory]
    [InlineData("Próximos pasos", "next steps")]
    [InlineData("Proximos pasos", "next steps")]
    [InlineData("Nächste Schritte", "next steps")]
    [InlineData("Lecciones aprendidas", "lessons learned")]
    [InlineData("Línea de tiempo", "timeline")]
    [InlineData("Causa raíz", "root cause")]
    [InlineData("Medidas preventivas implementadas", "measures preventive implemented")]
    [InlineData("Maßnahmen", "actions")]
    [InlineData("Хронология", "chronology")]
    [InlineData("アクションアイテム", "action items")]
    [InlineData("予防（Prevent）", "prevention prevent")]
    [InlineData("根本原因分析", "root cause 分析")]
    [InlineData("时间线", "timeline")]
    [InlineData("時刻 (JST)", "time jst")]
    [InlineData("Aksjonspunkter", "action items")]
    [InlineData("Rotårsaker", "root cause")]
    [InlineData("Tidslinje", "timeline")]
    [InlineData("Åtgärder", "actions")]
    [InlineData("Grundårsag", "root cause")]
    [InlineData("Hva gikk dårlig", "what went wrong")]
    public void A_part_of_a_postmortem_named_in_another_language_is_read_by_its_English_name(string heading, string key)
    {
        Assert.Equal(key, LegacyDocumentParser.KeyOf(heading));
    }

    [Theory]
    [InlineData("Next steps", "next steps")]
    [InlineData("Debut", "debut")]
    [InlineData("Resume", "resume")]
    [InlineData("Data", "data")]
    [InlineData("What went wrong", "what went wrong")]
    public void An_English_heading_keeps_its_reading_even_when_a_foreign_name_is_spelt_like_it_without_accents(string heading, string key)
    {
        Assert.Equal(key, LegacyDocumentParser.KeyOf(heading));
    }

    [Theory]
    [InlineData("# Caída de la API\n\n## Próximos pasos\n\n- Añadir una alerta de memoria\n- Revisar los límites del pool\n")]
    [InlineData("# 証明書の期限切れ\n\n## アクションアイテム\n\n- [ ] 証明書の監視を追加する\n- [ ] 手順書を更新する\n")]
    [InlineData("# 磁盘写满\n\n## 预防\n\n- 增加磁盘告警\n- 每周演练恢复\n")]
    [InlineData("# Ausfall der Datenbank\n\n## Maßnahmen\n\n- Alarm für Speicherplatz einrichten\n- Wiederherstellung monatlich testen\n")]
    [InlineData("# Databasen nede\n\n## Aksjonspunkter\n\n- Varsle på diskplass\n- Teste gjenoppretting hver måned\n")]
    [InlineData("# Databasen nere\n\n## Åtgärder\n\n- Larma på diskutrymme\n- Testa återställning varje månad\n")]
    public void The_items_under_an_action_heading_in_another_language_are_the_action_items(string text)
    {
        Assert.Equal(2, Items(text).Count);
    }

    [Theory]
    [InlineData("Log del Incidente")]
    [InlineData("Bitácora")]
    [InlineData("Registro do incidente")]
    [InlineData("Journal de l'incident")]
    [InlineData("Vorfallsprotokoll")]
    [InlineData("Registro dell'incidente")]
    [InlineData("Журнал инцидента")]
    [InlineData("事件日志")]
    [InlineData("対応記録")]
    public void An_incident_log_named_in_another_language_is_the_timeline(string heading)
    {
        var text = $"# Caída\n\n**Fecha:** 2026-09-26\n\n## Resumen\n\nEl servidor no arrancaba.\n\n## {heading}\n\n"
            + "### 2026-09-26 — Detección\n\n- Contenedor en crash-loop\n- Error al cargar el mod\n\n### 2026-09-27 — Resolución\n\n- Codificación corregida\n";

        var timeline = Imported(text).Timeline;

        Assert.Equal(3, timeline.Count);
        Assert.Equal(new DateOnly(2026, 9, 27), timeline[2].Day);
    }

    [Fact]
    public void A_German_timeline_table_with_German_columns_gives_its_entries()
    {
        const string text = "# Ausfall\n\n**Datum:** 2025-01-21\n\n## Zeitverlauf\n\n| Uhrzeit (UTC) | Ereignis |\n|---|---|\n"
            + "| 09:30 | Dienst nicht erreichbar |\n| 10:15 | Neustart des Servers |\n| 11:00 | Dienst wieder erreichbar |\n";

        var imported = Imported(text);

        Assert.Equal(3, imported.Timeline.Count);
        Assert.Equal(At("2025-01-21T09:30:00Z"), imported.Timeline[0].Time);
    }

    [Fact]
    public void A_Japanese_timeline_marks_its_start_and_its_end_but_not_the_start_of_recovery_work()
    {
        const string text = "# 証明書の期限切れ\n\n## タイムライン\n\n| 時刻 (UTC) | イベント |\n|---|---|\n"
            + "| 2026-04-15 14:28 | **発生** — 証明書が期限切れ |\n| 2026-04-15 14:40 | **検知** — ユーザーが報告 |\n"
            + "| 2026-04-15 15:10 | 緊急復旧開始 |\n| 2026-04-15 15:26 | **復旧確認** — エラーなし |\n| 2026-04-15 16:30 | 手順書を作成 |\n";

        var timestamps = Imported(text).Timestamps;

        Assert.Equal(At("2026-04-15T14:28:00Z"), timestamps.Started);
        Assert.Equal(At("2026-04-15T14:40:00Z"), timestamps.Detected);
        Assert.Equal(At("2026-04-15T15:26:00Z"), timestamps.Resolved);
    }

    [Theory]
    [InlineData("Servicio restablecido para todos los usuarios", true)]
    [InlineData("Nextcloud ist wieder erreichbar", true)]
    [InlineData("已恢复正常", true)]
    [InlineData("El problema no resuelto, seguimos investigando", false)]
    [InlineData("仍未恢复", false)]
    public void An_entry_that_says_the_service_is_back_in_another_language_ends_the_incident(string entry, bool ends)
    {
        var text = "# Incidente\n\n## Timeline\n\n- 2026-02-26 09:00 UTC: API caída\n- 2026-02-26 09:40 UTC: " + entry + "\n- 2026-02-26 11:00 UTC: Informe publicado\n";

        Assert.Equal(ends, Imported(text).Timestamps.Resolved == At("2026-02-26T09:40:00Z"));
    }

    [Theory]
    [InlineData("**Fecha:** 26 de febrero de 2026", 2026, 2, 26)]
    [InlineData("Datum: 21. Januar 2025", 2025, 1, 21)]
    [InlineData("**日期**：2026年4月16日", 2026, 4, 16)]
    [InlineData("Дата: 26 февраля 2026 г.", 2026, 2, 26)]
    [InlineData("Date : 5 mars 2024", 2024, 3, 5)]
    public void A_date_written_in_another_language_dates_the_incident(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Imported("# Incidente\n\n" + line + "\n\nEl servicio falló.\n", fileDay: new DateOnly(2026, 12, 1)).Date);
    }

    [Theory]
    [InlineData("**Duración:** ~15 minutos", 15)]
    [InlineData("**持续时间**：约 3 小时", 180)]
    [InlineData("Dauer: 2 Stunden", 120)]
    [InlineData("**Tiempo de resolución:** 40 minutos", 40)]
    public void A_length_labelled_in_another_language_is_the_incidents_length(string line, int minutes)
    {
        Assert.Equal(minutes, Imported("# Incidente\n\nDate: 2026-02-26\n\n" + line + "\n").StatedDurationMinutes);
    }

    [Theory]
    [InlineData("K3s API 和所有集群管理中断约 3 小时。", 180)]
    [InlineData("服务宕机 30 分钟，所有请求失败。", 30)]
    [InlineData("決済APIが約1時間にわたり停止しました。", 60)]
    [InlineData("결제 API가 2시간 동안 장애가 발생했습니다.", 120)]
    public void An_outage_and_its_length_told_in_Chinese_Japanese_or_Korean_is_the_incidents_length(string sentence, int minutes)
    {
        Assert.Equal(minutes, Imported("# 事故\n\nDate: 2026-07-21\n\n" + sentence + "\n").StatedDurationMinutes);
    }

    [Theory]
    [InlineData("服务在 30 分钟后恢复了监控。")]
    [InlineData("毎日 1時間 のバックアップを実行する。")]
    public void A_length_not_told_as_an_outage_is_not_the_incidents_length_in_Chinese_or_Japanese(string sentence)
    {
        Assert.Null(Imported("# 事故\n\nDate: 2026-07-21\n\n" + sentence + "\n").StatedDurationMinutes);
    }

    [Fact]
    public void Times_told_after_a_Spanish_at_are_moments_of_the_story()
    {
        const string text = "# Reporte de incidente\n\n**Fecha:** 2026-01-08\n\n## Resumen\n\nDocker registró `container oom` a las 16:53 y 16:55 en el servidor web.\n";

        Assert.Equal([At("2026-01-08T16:53:00Z"), At("2026-01-08T16:55:00Z")], Imported(text).Timeline.Select(e => e.Time));
    }

    [Theory]
    [InlineData("Redémarrage des nœuds, sans effet")]
    [InlineData("Reiniciamos a API, mas o problema continuou")]
    [InlineData("Reinicio del servidor: no funcionó")]
    [InlineData("Neustart des Servers ohne Erfolg")]
    [InlineData("Перезапуск сервера не помог")]
    [InlineData("重启服务，没有效果")]
    [InlineData("キャッシュをクリアして再実行したが失敗")]
    [InlineData("배포 롤백 시도 - 효과 없음")]
    [InlineData("Restart av podene hjalp ikke")]
    [InlineData("Omstart av servern, utan effekt")]
    [InlineData("Genstart af serveren virkede ikke")]
    [InlineData("Tentatives de redémarrage via scripts échouées")]
    [InlineData("Intentos de reinicio del servidor fallidos")]
    [InlineData("Neustartversuche über die Skripte fehlgeschlagen")]
    [InlineData("Pogingen om de server te herstarten mislukt")]
    public void A_step_that_did_not_help_told_in_another_language_is_a_dead_end(string entry)
    {
        var text = "# Incidente\n\n## Timeline (UTC)\n\n- 2026-02-26 09:00: API caída\n- 2026-02-26 09:20: " + entry + "\n- 2026-02-26 09:40: Servicio restablecido\n";

        var timeline = Imported(text).Timeline;

        Assert.Equal(At("2026-02-26T09:20:00Z"), Assert.Single(timeline, e => e.DeadEnd).Time);
    }

    [Theory]
    [InlineData("Reinicio del nodo, sin efecto en los usuarios")]
    [InlineData("Bascule vers le secondaire, sans effet sur le service")]
    [InlineData("Failover til sekundær, uten effekt for brukerne")]
    [InlineData("ビルド失敗を検知")]
    [InlineData("빌드 실패 알림 수신")]
    [InlineData("Les essais unitaires ont échoué sur la branche principale")]
    [InlineData("Tentative de connexion réussie après le basculement")]
    [InlineData("Miles de intentos de inicio de sesión fallidos desde una sola IP")]
    [InlineData("Über 10.000 Anmeldeversuche fehlgeschlagen")]
    [InlineData("Volúmenes copiados sin intentos de restauración fallidos")]
    [InlineData("Nach drei Versuchen ist der Export-Job fehlgeschlagen, Alarm an Bereitschaft")]
    public void No_effect_on_someone_or_a_failure_reported_is_no_dead_end_in_another_language(string entry)
    {
        var text = "# Incidente\n\n## Timeline (UTC)\n\n- 2026-02-26 09:00: API caída\n- 2026-02-26 09:20: " + entry + "\n- 2026-02-26 09:40: Servicio restablecido\n";

        Assert.Empty(Extracted(text).AllDeadEnds());
    }

    [Theory]
    [InlineData("## Chronologie (heure de Paris)", "2026-02-07T08:10:00Z")]
    [InlineData("## Chronologie (heure de Paris)", "2026-07-07T07:10:00Z", "2026-07-07")]
    [InlineData("## Linha do tempo (horário de Brasília)", "2026-02-07T12:10:00Z")]
    [InlineData("## タイムライン（日本時間）", "2026-02-07T00:10:00Z")]
    [InlineData("## 타임라인 (한국 시간)", "2026-02-07T00:10:00Z")]
    [InlineData("## Zeitverlauf (MEZ)", "2026-02-07T08:10:00Z")]
    public void A_place_whose_clock_a_heading_names_in_another_language_gives_the_zone_of_the_times(string heading, string started, string day = "2026-02-07")
    {
        var text = $"# Incident\n\nDate: {day}\n\n{heading}\n\n- 09:10 Alertes\n- 10:25 Service rétabli\n";

        Assert.Equal(At(started), Imported(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("以下は日本時間の出来事です。")]
    [InlineData("日本時間の2026/02/07(土)朝に障害が発生しました。")]
    [InlineData("时间均为北京时间。", "2026-02-07T01:10:00Z")]
    [InlineData("時刻は日本時間で記載しています。")]
    public void A_sentence_saying_the_times_are_on_a_places_clock_gives_their_zone(string sentence, string started = "2026-02-07T00:10:00Z")
    {
        var text = $"# 障害報告\n\nDate: 2026-02-07\n\n{sentence}\n\n## タイムライン\n\n- 09:10 アラート発報\n- 10:25 復旧\n";

        Assert.Equal(At(started), Imported(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("時刻はすべてUTCで記載しています。なお、日本時間の2026/02/07 朝はアクセスのピークです。")]
    [InlineData("サーバーログの時刻は日本時間で記載されていますが、本報告の時刻はすべてUTCに換算しています。")]
    [InlineData("타임라인의 시간은 모두 UTC입니다. 고객 공지는 한국 시간 기준 오전 9시에 발송했습니다.")]
    public void A_places_clock_named_beside_utc_in_the_same_line_is_not_the_zone_of_the_times(string sentence)
    {
        var text = $"# 障害報告\n\nDate: 2026-02-07\n\n{sentence}\n\n## タイムライン\n\n- 09:10 アラート発報\n- 10:25 復旧\n";

        Assert.Equal(At("2026-02-07T09:10:00Z"), Imported(text).Timestamps.Started);
    }

    [Fact]
    public void A_word_that_holds_a_zones_letters_names_no_zone()
    {
        const string text = "# Incident\n\nDate: 2026-02-07\n\n## Timeline\n\nThe Mezzanine time service failed.\n\n- 09:10 Alerts\n- 10:25 Restored\n";

        Assert.Equal(At("2026-02-07T09:10:00Z"), Imported(text).Timestamps.Started);
    }

    [Theory]
    [InlineData("El pool de conexiones de la base de datos se agotó.")]
    [InlineData("O pool de conexões do banco de dados se esgotou.")]
    [InlineData("データベースのコネクションプールが枯渇した。")]
    public void A_connection_pool_named_in_another_language_is_resource_exhaustion(string cause)
    {
        Assert.Equal("capacity/resource-exhaustion", Imported($"# Incidente\n\nDate: 2026-03-12\n\n## Causa raíz\n\n{cause}\n").RootCause.Category);
    }

    [Fact]
    public void A_label_written_with_a_full_width_colon_and_no_space_after_it_gives_its_value()
    {
        var postmortem = Imported("# 镜像拉取失败\n\n**日期**：2026-07-08\n**影响**：多个 HTTPS 目标出现 TLS handshake timeout，镜像拉取失败\n\n## 根因\n\n新路径的 MTU 变小了。\n");

        Assert.Equal("多个 HTTPS 目标出现 TLS handshake timeout，镜像拉取失败", postmortem.Impact.Description);
    }

    [Fact]
    public void A_list_item_labelled_with_a_full_width_colon_keeps_the_writers_colon_as_an_action_item()
    {
        var items = Items("## 预防\n\n- 排查顺序固定为：DNS 解析 → TCP connect → TLS 抓包\n- **Owner:** 每次迁移后检查 MSS\n");

        Assert.Equal(["排查顺序固定为：DNS 解析 → TCP connect → TLS 抓包", "Owner: 每次迁移后检查 MSS"], items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("误判：")]
    [InlineData("Wrong hypotheses:")]
    public void A_list_under_a_label_naming_wrong_hypotheses_or_a_misdiagnosis_holds_dead_ends(string label)
    {
        var postmortem = Extracted($"# Pulls failing\n\n**Date**: 2026-07-08\n\n## Root cause\n\n{label}\n\n- Docker Hub was down, so we checked its status page first.\n- IPv6 answers from DNS broke it, so we filtered AAAA records.\n\nThe new path's MTU was smaller.\n");

        Assert.Equal(2, postmortem.AllDeadEnds().Count());
    }

    [Theory]
    [InlineData("Wrong assumptions:")]
    [InlineData("## Preventing misdiagnosis next time")]
    [InlineData("## 避免误判的措施")]
    public void Guard_a_list_of_wrong_assumptions_or_of_ways_to_avoid_a_misdiagnosis_holds_no_dead_ends(string label)
    {
        var postmortem = Extracted($"# Disk formatted\n\n**Date**: 2026-08-01\n\n## Root cause\n\nThe script formatted the disk.\n\n{label}\n\n- Stopping k3s before power-off is safe; it kills the storage engine first.\n- The script never formats a disk with data; it only checks a volatile link.\n");

        Assert.Empty(postmortem.AllDeadEnds());
    }

    [Fact]
    public void A_sentence_that_goes_on_after_a_full_width_colon_is_no_label()
    {
        var postmortem = Imported("# 误报\n\n**日期**：2026-07-08\n\n## 摘要\n\n本次事件对用户的影响：无。告警系统在维护期间发出了误报。\n");

        Assert.DoesNotContain("无", postmortem.Impact.Description ?? "");
    }

    [Fact]
    public void Guard_a_list_of_wrong_assumptions_may_be_the_designs_and_holds_no_dead_ends()
    {
        var postmortem = Extracted("# Disk formatted\n\n**Date**: 2026-08-01\n\n## Root cause\n\nWrong assumptions:\n\n- Stopping k3s before power-off is safe; it kills the storage engine first.\n- The script never formats a disk with data; it only checks a volatile link.\n");

        Assert.Empty(postmortem.AllDeadEnds());
    }

    [Theory]
    [InlineData("开始时间：未知")]
    [InlineData("開始時間：不明")]
    [InlineData("시작: 미상")]
    [InlineData("Beginn: unbekannt")]
    public void A_start_said_unknown_in_another_language_is_not_guessed_from_the_first_entry(string label)
    {
        var postmortem = Imported($"# Payment outage\n\nDate: 2024-03-05\n{label}\n\n## Timeline\n\n- 10:05 UTC alerts fire, payment API errors\n- 11:30 UTC service restored\n");

        Assert.Null(postmortem.Timestamps.Started);
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T11:30:00Z"), postmortem.Timestamps.Resolved);
    }

    [Fact]
    public void Guard_a_start_given_in_another_language_is_read()
    {
        var postmortem = Imported("# 支付服务故障\n\n日期：2024-03-05\n开始时间：2024-03-05 09:50 UTC\n\n## 时间线\n\n- 10:05 UTC 告警触发\n- 11:30 UTC 服务恢复\n");

        Assert.Equal(DateTimeOffset.Parse("2024-03-05T09:50:00Z"), postmortem.Timestamps.Started);
    }

    [Fact]
    public void A_Norwegian_postmortem_with_labels_a_timeline_and_an_action_table_is_read_as_an_English_one()
    {
        var text = "# Innlogging nede\n\n**Dato:** 16.03.2020\n\n**Rotårsak:** Feilkonfigurasjon av lastbalansereren.\n\n## Aksjonspunkter\n\n"
            + "| Aksjon | Eier | Referanse |\n| --- | --- | --- |\n| Varsle på diskplass | Kari | [Utført](https://example.org/pr/1) |\n| Rydde gamle logger | Ola | |\n\n"
            + "## Tidslinje (UTC)\n\n17:25 - Databasen begynte å feile\n\n17:40 - Restart av databasen hjalp ikke\n\n18:05 - Diskplass frigjort og tjenesten normalisert\n";

        var postmortem = Imported(text);

        Assert.Equal(new DateOnly(2020, 3, 16), postmortem.Date);
        Assert.Equal("change/config", postmortem.RootCause.Category);
        Assert.Equal(At("2020-03-16T17:25:00Z"), postmortem.Timestamps.Started);
        Assert.Equal(At("2020-03-16T17:40:00Z"), Assert.Single(postmortem.Timeline, e => e.DeadEnd).Time);
        Assert.Equal(["done", "open"], postmortem.ActionItems.Select(a => a.Status.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void A_French_time_after_a_capital_A_without_its_accent_is_the_entry_s_time()
    {
        var postmortem = Imported("# API indisponible\n\nDate : 2024-03-12\n\n## Chronologie\n\n- A 17h16, les premières alertes arrivent.\n"
            + "- A 17h30, l'équipe identifie la base saturée.\n- A 18h05, le service est rétabli.\n");

        Assert.Equal([At("2024-03-12T17:16:00Z"), At("2024-03-12T17:30:00Z"), At("2024-03-12T18:05:00Z")], postmortem.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Guard_the_article_a_before_a_time_in_a_sentence_is_no_time_word()
    {
        var postmortem = Imported("# Payment outage\n\nDate: 2024-03-12\n\nWe had planned a 10:30 call with the vendor. Payments failed from 14:00 UTC to 15:10 UTC.\n");

        Assert.DoesNotContain(postmortem.Timeline, e => e.Time == At("2024-03-12T10:30:00Z"));
    }

    [Fact]
    public void A_Japanese_action_table_takes_its_items_from_the_action_column_not_the_category_column()
    {
        var postmortem = Imported("# 証明書の期限切れ\n\n日付: 2026-04-18\n\n## アクションアイテム\n\n| # | カテゴリ | アクション | 担当 | 期限 | ステータス |\n|---|---|---|---|---|---|\n"
            + "| 1 | 予防 | クライアント証明書を再読み込みする | recap チーム | 2026-04-18 | **Done** |\n| 2 | 検知 | 証明書の有効期限を監視する | platform | 2026-04-24 | TODO |\n"
            + "| 3 | 予防 | 手順書を作成する | docs | 2026-05-01 | TODO |\n");

        Assert.Equal(["クライアント証明書を再読み込みする", "証明書の有効期限を監視する", "手順書を作成する"], postmortem.ActionItems.Select(a => a.Title));
        Assert.Equal(["done", "open", "open"], postmortem.ActionItems.Select(a => a.Status.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("- **29 dic 19:00**: Ejecución del cron\n- **29 dic 19:30**: Bloqueo detectado\n")]
    [InlineData("- 29 déc. 19:00 : le cron tourne\n- 29 déc. 19:30 : blocage détecté\n")]
    [InlineData("- 29 dez 19:00: Cron läuft\n- 29 dez 19:30: Sperre erkannt\n")]
    public void A_month_abbreviated_in_another_language_dates_its_entries(string entries)
    {
        var postmortem = Imported($"# Bloqueo\n\nFecha: 2025-12-29\n\n## Línea de tiempo\n\n{entries}");

        Assert.Equal([At("2025-12-29T19:00:00Z"), At("2025-12-29T19:30:00Z")], postmortem.Timeline.Select(e => e.Time));
    }
}
