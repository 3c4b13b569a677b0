using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// Not every team writes its postmortems in English. A heading, a label or a table column written in Spanish,
/// Portuguese, French, German, Italian, Dutch, Norwegian, Danish, Swedish, Russian, Chinese, Japanese or Korean is
/// read as its English name, so every rule that knows "Timeline", "Root cause" or "Next steps" also knows
/// "Cronología", "根本原因" and "Nächste Schritte". Only the names of a postmortem's parts and of its usual labels are known, not the language: the words
/// of a sentence stay as written, and an English reader's rules still decide what each part holds.
/// </summary>
internal static partial class ForeignWording
{
    // Each entry is "foreign words = English words", the foreign side as a key is written (lowercase, words split by a
    // space). Words of languages that put spaces between them are matched whole, longest phrase first; Chinese,
    // Japanese and Korean names are matched inside a run of characters, since a heading such as "根本原因分析" joins
    // them. Where writers often leave the accents off ("analisis", "solucion"), the plain spelling is read too. A word
    // that is also English with another sense is left out ("data" is the Portuguese and Italian "date").
    private static readonly string[] Names =
    [
        // Spanish
        "resumen=summary", "resumen ejecutivo=summary", "impacto=impact", "alcance=impact", "cronología=chronology", "línea de tiempo=timeline",
        "línea temporal=timeline", "causa raíz=root cause", "causa principal=root cause", "causa=cause", "causas=causes", "solución=resolution",
        "resolución=resolution", "recuperación=recovery", "mitigación=mitigation", "detección=detection", "respuesta=response",
        "acciones=actions", "acción=action", "puntos de acción=action items", "plan de acción=action plan", "tareas=tasks", "próximos pasos=next steps",
        "siguientes pasos=next steps", "seguimiento=follow up", "medidas=measures", "preventivas=preventive", "preventivos=preventive",
        "correctivas=corrective", "correctivos=corrective", "prevención=prevention", "mejoras=improvements", "recomendaciones=recommendations",
        "lecciones aprendidas=lessons learned", "lecciones=lessons", "conclusión=conclusion", "conclusiones=conclusion", "antecedentes=background",
        "contexto=background", "fecha=date", "duración=duration", "tiempo de resolución=duration", "tiempo de inactividad=downtime",
        "estado=status", "severidad=severity", "gravedad=severity", "inicio=start", "hora=time", "evento=event", "eventos=events",
        "descripción=description", "responsable=owner", "implementadas=implemented", "implementados=implemented", "aplicadas=implemented",
        "completado=done", "completada=done", "completo=done", "completa=done", "terminado=done", "terminada=done", "finalizado=done", "finalizada=done", "hecho=done", "pendiente=open", "realizadas=completed", "realizados=completed", "tomadas=completed",
        "ejecutadas=completed", "en progreso=in progress", "en curso=in progress", "qué pasó=what happened", "qué sucedió=what happened",
        "log del incidente=incident log", "registro del incidente=incident log", "bitácora del incidente=incident log", "bitácora=incident log",

        // Portuguese
        "resumo=summary", "linha do tempo=timeline", "cronologia=chronology", "causa raiz=root cause", "solução=resolution", "resolução=resolution",
        "recuperação=recovery", "mitigação=mitigation", "detecção=detection", "ações=actions", "ação=action", "plano de ação=action plan",
        "tarefas=tasks", "próximos passos=next steps", "acompanhamento=follow up", "corretivas=corrective", "prevenção=prevention",
        "melhorias=improvements", "lições aprendidas=lessons learned", "conclusão=conclusion", "duração=duration", "início=start",
        "descrição=description", "concluído=done", "concluido=done", "concluída=done", "feito=done", "realizadas=completed", "tomadas=completed", "executadas=completed", "o que aconteceu=what happened",
        "log do incidente=incident log", "registro do incidente=incident log", "registo do incidente=incident log",

        // French
        "résumé=summary", "synthèse=summary", "chronologie=chronology", "cause racine=root cause", "cause première=root cause",
        "cause profonde=root cause", "causes profondes=root cause", "résolution=resolution", "rétablissement=recovery", "atténuation=mitigation",
        "détection=detection", "plan d action=action plan", "mesures=measures", "correctives=corrective", "prochaines étapes=next steps",
        "suivi=follow up", "prévention=prevention", "améliorations=improvements", "leçons apprises=lessons learned", "enseignements=lessons",
        "contexte=background", "durée=duration", "statut=status", "gravité=severity", "début=start", "heure=time", "événement=event",
        "événements=events", "réalisées=completed", "prises=completed", "mises en place=implemented", "en cours=in progress", "terminé=done", "ce qui s est passé=what happened",
        "journal de l incident=incident log", "journal d incident=incident log", "journal des événements=incident log",

        // German
        "zusammenfassung=summary", "auswirkung=impact", "auswirkungen=impact", "zeitlinie=timeline", "zeitleiste=timeline", "zeitverlauf=timeline",
        "zeitstrahl=timeline", "ablauf=timeline", "ursache=cause", "ursachen=causes", "grundursache=root cause", "hauptursache=root cause",
        "ursachenanalyse=root cause analysis", "lösung=resolution", "behebung=resolution", "wiederherstellung=recovery", "erkennung=detection",
        "maßnahmen=actions", "massnahmen=actions", "folgemaßnahmen=follow up actions", "korrekturmaßnahmen=corrective actions", "aufgaben=tasks",
        "nächste schritte=next steps", "naechste schritte=next steps", "nachverfolgung=follow up", "vorbeugung=prevention", "prävention=prevention",
        "verbesserungen=improvements", "erkenntnisse=lessons", "fazit=conclusion", "hintergrund=background", "datum=date", "dauer=duration",
        "ausfallzeit=downtime", "schweregrad=severity", "beginn=start", "uhrzeit=time", "zeit=time", "ereignis=event", "ereignisse=events",
        "beschreibung=description", "verantwortlich=owner", "umgesetzt=implemented", "erledigt=done", "abgeschlossen=done", "durchgeführte=completed", "durchgeführt=completed",
        "ergriffene=completed", "getroffene=completed", "offen=open", "in arbeit=in progress", "was ist passiert=what happened",
        "vorfallsprotokoll=incident log", "vorfallprotokoll=incident log", "störungsprotokoll=incident log", "ereignisprotokoll=incident log", "protokoll=incident log",

        // Italian
        "riepilogo=summary", "sommario=summary", "sintesi=summary", "impatto=impact", "causa radice=root cause", "causa principale=root cause",
        "risoluzione=resolution", "ripristino=recovery", "mitigazione=mitigation", "rilevamento=detection", "azioni=actions", "azione=action",
        "azioni correttive=corrective actions", "prossimi passi=next steps", "prevenzione=prevention", "miglioramenti=improvements",
        "lezioni apprese=lessons learned", "durata=duration", "gravità=severity", "evento=event", "descrizione=description", "adottate=completed", "intraprese=completed", "completato=done", "in corso=in progress",
        "registro dell incidente=incident log", "registro degli eventi=incident log", "diario dell incidente=incident log",

        // Dutch
        "samenvatting=summary", "tijdlijn=timeline", "oorzaak=cause", "hoofdoorzaak=root cause", "oplossing=resolution", "herstel=recovery",
        "acties=actions", "actiepunten=action items", "maatregelen=measures", "vervolgstappen=next steps", "volgende stappen=next steps",
        "geleerde lessen=lessons learned", "duur=duration", "datum=date",
        "logboek=incident log", "incidentlogboek=incident log",

        // Norwegian, Danish and Swedish
        "sammendrag=summary", "oppsummering=summary", "opsummering=summary", "sammanfattning=summary", "konsekvens=impact", "konsekvenser=impact",
        "påvirkning=impact", "påverkan=impact", "tidslinje=timeline", "tidslinjen=timeline", "tidsforløb=timeline", "händelseförlopp=timeline",
        "hendelsesforløp=timeline", "rotårsak=root cause", "rotårsaker=root cause", "grunnårsak=root cause", "grundårsag=root cause",
        "grundorsak=root cause", "rotorsak=root cause", "årsak=cause", "årsaker=causes", "årsag=cause", "orsak=cause", "utløsende faktor=trigger",
        "løsning=resolution", "lösning=resolution", "gjenoppretting=recovery", "påvisning=detection", "oppdagelse=detection", "opdagelse=detection",
        "upptäckt=detection", "aksjon=action", "aksjoner=actions", "aksjonspunkter=action items", "handlingspunkter=action items", "tiltak=actions",
        "åtgärder=actions", "åtgärdspunkter=action items", "oppfølging=follow up", "opfølgning=follow up", "uppföljning=follow up",
        "neste steg=next steps", "næste skridt=next steps", "nästa steg=next steps", "hva lærte vi=lessons learned", "lærdommer=lessons",
        "erfaringer=lessons", "lärdomar=lessons", "hva gikk bra=what went well", "hva gikk dårlig=what went wrong", "hvor hadde vi flaks=where we got lucky",
        "vad gick bra=what went well", "vad gick dåligt=what went wrong", "hvad gik godt=what went well", "hvad gik skidt=what went wrong",
        "hva skjedde=what happened", "hvad skete der=what happened", "vad hände=what happened", "bakgrunn=background", "baggrund=background",
        "bakgrund=background", "konklusjon=conclusion", "konklusion=conclusion", "slutsats=conclusion", "dato=date", "varighet=duration",
        "varighed=duration", "varaktighet=duration", "nedetid=downtime", "alvorlighetsgrad=severity", "tidspunkt=time", "klokkeslett=time",
        "hendelse=event", "hændelse=event", "händelse=event", "beskrivelse=description", "beskrivning=description", "ansvarlig=owner",
        "ansvarig=owner", "utført=done", "udført=done", "utförd=done", "utfört=done", "ferdig=done", "færdig=done", "løst=done", "åpen=open",
        "åben=open", "öppen=open", "pågår=in progress", "igangsatt=in progress", "hendelseslogg=incident log", "hændelseslog=incident log",
        "händelselogg=incident log", "referanse=reference", "referens=reference",

        // Russian
        "резюме=summary", "сводка=summary", "краткое описание=summary", "влияние=impact", "последствия=impact", "хронология=chronology",
        "таймлайн=timeline", "ход событий=timeline", "причина=cause", "причины=causes", "корневая причина=root cause", "первопричина=root cause",
        "основная причина=root cause", "решение=resolution", "устранение=resolution", "восстановление=recovery", "обнаружение=detection",
        "действия=actions", "меры=measures", "план действий=action plan", "задачи=tasks", "следующие шаги=next steps", "дальнейшие шаги=next steps",
        "предотвращение=prevention", "профилактика=prevention", "улучшения=improvements", "уроки=lessons", "извлеченные уроки=lessons learned",
        "выводы=conclusion", "дата=date", "длительность=duration", "продолжительность=duration", "статус=status", "время=time",
        "событие=event", "описание=description", "предпринятые=completed", "принятые=completed", "выполненные=completed", "выполнено=done", "в работе=in progress", "что произошло=what happened",
        "журнал инцидента=incident log", "журнал событий=incident log", "лог инцидента=incident log",

        // Chinese (simplified and traditional)
        "摘要=summary", "概述=summary", "总结=summary", "總結=summary", "影响范围=impact", "影響範圍=impact", "影响=impact", "影響=impact",
        "时间线=timeline", "時間線=timeline", "时间轴=timeline", "時間軸=timeline", "事件经过=timeline", "事件經過=timeline",
        "根因=root cause", "根本原因=root cause", "原因=cause", "解决方案=resolution", "解决=resolution", "解決=resolution",
        "修复=resolution", "修復=resolution", "恢复=recovery", "恢復=recovery", "缓解=mitigation", "緩解=mitigation",
        "行动项=action items", "行動項=action items", "后续行动=follow up actions", "後續行動=follow up actions", "改进措施=improvements",
        "改進措施=improvements", "待办=todo", "待辦=todo", "预防=prevention", "預防=prevention", "经验教训=lessons learned",
        "經驗教訓=lessons learned", "教训=lessons", "教訓=lessons", "背景=background", "日期=date", "持续时间=duration",
        "持續時間=duration", "时长=duration", "時長=duration", "状态=status", "狀態=status", "严重程度=severity", "時間=time", "时间=time",
        "描述=description", "负责人=owner", "已完成=done", "已采取=completed", "已採取=completed", "已实施=implemented", "已實施=implemented", "未完成=open", "进行中=in progress",
        "進行中=in progress", "计划=planned", "計劃=planned", "开始=start", "開始=start", "结束=end", "結束=end", "发生时间=start time", "發生時間=start time",
        "事件日志=incident log", "事件日誌=incident log", "处理记录=incident log", "處理記錄=incident log",
        "误判=misdiagnosis", "誤判=misdiagnosis", "行动=action", "行動=action", "措施=measures", "类别=category", "類別=category", "截止日期=due", "期限=due", "优先级=priority", "優先級=priority",

        // Japanese
        "サマリー=summary", "タイムライン=timeline", "時系列=timeline", "経緯=timeline", "時刻=time", "イベント=event", "検知=detection",
        "対応=response", "復旧=recovery", "アクションアイテム=action items", "再発防止策=prevention", "再発防止=prevention", "今後の対応=next steps",
        "対策=actions", "改善=improvements", "日付=date", "発生日時=start", "内容=description", "担当=owner", "完了=done", "未完了=open", "完了予定=planned", "予定=planned", "実施済み=completed", "対応済み=completed", "状態=status",
        "ステータス=status", "未対応=open", "対応中=in progress", "概要=summary",
        "対応記録=incident log", "対応履歴=incident log", "対応ログ=incident log",
        "緩和=mitigation", "予防=prevention", "検出=detection", "経過=timeline", "まとめ=conclusion", "終了=end",
        "アクション=action", "カテゴリ=category", "カテゴリー=category", "担当者=owner", "優先度=priority", "チケット=ticket",

        // Korean
        "요약=summary", "영향=impact", "타임라인=timeline", "근본=root", "원인=cause", "해결=resolution", "복구=recovery", "탐지=detection",
        "조치=actions", "액션=action", "아이템=items", "후속=follow up", "방지=prevention", "개선=improvements", "교훈=lessons", "날짜=date",
        "시작=start", "종료=end", "담당=owner", "담당자=owner", "기한=due", "상태=status", "우선순위=priority", "분류=category",
    ];

    // Without their accents these are English words of their own.
    private static readonly HashSet<string> KeepAccents = ["résumé", "début"];

    private static readonly Dictionary<string, string> WordNames = [];
    private static readonly HashSet<string> FirstWords = [];
    private static readonly List<(string Foreign, string English)> RunNames = [];
    private static readonly int LongestPhrase;

    static ForeignWording()
    {
        foreach (var entry in Names)
        {
            var (foreign, english) = (entry[..entry.IndexOf('=')], entry[(entry.IndexOf('=') + 1)..]);
            if (foreign.Any(WrittenWithoutSpaces))
            {
                RunNames.Add((foreign, english));
                continue;
            }

            foreach (var spelling in KeepAccents.Contains(foreign) ? [foreign] : new[] { foreign, WithoutAccents(foreign) })
            {
                WordNames.TryAdd(spelling, english);
                FirstWords.Add(spelling.Split(' ')[0]);
            }

            LongestPhrase = Math.Max(LongestPhrase, foreign.Count(c => c == ' ') + 1);
        }

        // Longest first, so "根本原因" is read before the "原因" inside it.
        RunNames.Sort((a, b) => b.Foreign.Length.CompareTo(a.Foreign.Length));
    }

    /// <summary>
    /// Intrusion, unauthorised access, malware and "hacked" in other languages: words of security causes, and the ones
    /// a text may rule out ("No hubo ninguna intrusión", "并未被黑"), which RootCauseClassifier reads as denied.
    /// </summary>
    public static readonly string[] AttackWords =
    [
        "侵入", "不正アクセス", "マルウェア", "入侵", "未授权访问", "恶意软件", "被黑", "勒索软件", "침입", "무단 접근", "악성코드",
        "intrusión", "acceso no autorizado", "intrusão", "acesso não autorizado", "accès non autorisé", "piratage", "unbefugter zugriff", "gehackt",
    ];

    /// <summary>
    /// Words that name a root cause in the languages above, by the category of the built-in taxonomy they are read
    /// for, beside that category's own (English) synonyms: "contraseña" as "password", "証明書" as "certificate",
    /// "磁盘空间不足" as "disk full". Only words that name the kind of fault and little else ("错误" is any error).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> CauseWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["capacity/resource-exhaustion"] = ["pool de conexiones", "pool de conexões", "pool de connexions", "verbindungspool", "コネクションプール", "接続プール", "连接池", "커넥션 풀", "연결 풀", "memoria insuficiente", "disco lleno", "sin espacio en disco", "memória insuficiente", "disco cheio", "sem espaço em disco", "mémoire insuffisante", "disque plein", "speicher voll", "festplatte voll", "kein speicherplatz", "メモリ不足", "メモリリーク", "ディスク容量", "容量不足", "ディスクフル", "内存不足", "内存泄漏", "内存溢出", "磁盘空间", "磁盘满", "磁盘已满", "存储空间不足", "메모리 부족", "메모리 누수", "디스크 용량", "디스크 부족", "디스크 가득"],
        ["security/credentials"] = ["contraseña", "contraseñas", "credenciales", "senha", "senhas", "credenciais", "mot de passe", "identifiants", "passwort", "zugangsdaten", "パスワード", "認証情報", "資格情報", "密码", "密碼", "凭据", "凭证", "비밀번호", "자격 증명", "chave de api", "chave da api", "chave ssh", "chave privada", "token de acesso", "clave de api", "clave api", "clave ssh", "clave privada", "token de acceso", "clé d'api", "clé api", "clé ssh", "clé privée", "jeton d'accès", "api-schlüssel", "ssh-schlüssel", "privater schlüssel", "zugriffstoken", "chiave api", "chiave ssh", "chiave privata", "api-sleutel", "ssh-sleutel", "toegangstoken", "私钥", "秘密鍵", "APIキー", "API 키", "비밀 키", .. AttackWords],
        ["security/certificate-expiry"] = ["certificado", "certificados", "certificat", "certificats", "zertifikat", "zertifikats", "certificaat", "certificaten", "verlopen certificaat", "abgelaufenes zertifikat", "abgelaufene zertifikat", "certificado vencido", "certificado expirado", "certificat expiré", "証明書", "证书", "證書", "인증서"],
        ["network/dns"] = ["名前解決", "域名解析", "名前解決に失敗"],
        ["change/config"] = ["configuración", "configuracion", "configuração", "configuracao", "konfiguration", "konfigurasjon", "konfigurasjonsfeil", "feilkonfigurasjon", "konfigurationsfel", "felkonfiguration", "konfigurationsfejl", "fejlkonfiguration", "設定ミス", "設定変更", "設定の誤り", "設定漏れ", "配置错误", "配置变更", "配置問題", "설정 오류", "설정 변경", "설정 누락"],
        ["change/deployment"] = ["despliegue", "implantação", "déploiement", "bereitstellung", "デプロイ", "部署", "배포"],
        ["database/locking"] = ["デッドロック", "死锁", "교착 상태", "interbloqueo"],
        ["hardware/failure"] = ["fallo de hardware", "falla de hardware", "falha de hardware", "panne matérielle", "hardwaredefekt", "hardwarefehler", "ハードウェア障害", "ハードウェア故障", "ディスク故障", "硬件故障", "磁盘故障", "硬盘故障", "硬盘损坏", "磁盘损坏", "硬盘坏道", "磁盘坏道", "硬盘老化", "磁盘老化", "硬件老化", "设备老化", "하드웨어 장애", "디스크 고장"],
        ["software/bug"] = ["バグ", "不具合", "软件缺陷", "程序缺陷", "버그", "boucle infinie", "bucle infinito", "loop infinito", "laço infinito", "endlosschleife", "oneindige lus", "ciclo infinito", "無限ループ", "死循环", "无限循环", "무한 루프"],
        ["capacity/traffic-spike"] = ["アクセス集中", "アクセス急増", "流量激增", "流量突增", "트래픽 급증", "pico de tráfico", "pico de tráfego"],
        ["network/connectivity"] = ["ネットワーク障害", "通信障害", "网络故障", "网络中断", "네트워크 장애"],
        ["time/clock"] = ["時刻同期", "時刻ずれ", "时钟偏差", "时钟漂移", "시간 동기화"],
        ["database/replication"] = ["レプリケーション", "主从复制", "复制延迟", "레플리케이션"],
        ["change/schema-migration"] = ["マイグレーション", "数据库迁移", "마이그레이션", "migración de base de datos", "migração de banco de dados"],
        ["process/procedure"] = ["手順", "作業ミス", "操作ミス", "人為的ミス", "人为失误", "操作失误", "작업 실수", "error humano", "erro humano", "erreur humaine", "menschliches versagen"],
        ["dependency/third-party"] = ["外部サービス", "第三方服务", "외부 서비스", "proveedor externo", "fornecedor externo"],
    };

    // "Without effect", unless a word after it says on what ("sin efecto en los usuarios" is no harm done).
    private static readonly string[] WithoutEffect = ["sin efecto", "sem efeito", "sans effet", "ohne wirkung", "senza effetto", "zonder effect", "uten effekt", "uden effekt", "utan effekt", "без эффекта"];

    // "sin efecto en los usuarios", "sans effet sur le service", "без эффекта для клиентов", "sem efeito nenhum nos
    // clientes": the words that say on what; "sem efeito colateral", "sans effet de bord", "sin efecto secundario": a
    // side effect.
    private const string OnWhat = @"(?:(?:nenhum|nenhuma|ninguno|alguno|aucun|alcuno)\s+)?(?:en|sobre|para|sur|pour|chez|em|no|na|nos|nas|auf|für|bei|su|sul|sugli|per|op|voor|bij|на|для|på|for|för|colateral|colaterais|secundari[oa]s?|de bord|indésirables?|collaterale?|collaterali)";

    /// <summary>Weekday names in the European languages read here, for a date written with its weekday but no year.</summary>
    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["montag"] = DayOfWeek.Monday,
        ["dienstag"] = DayOfWeek.Tuesday,
        ["mittwoch"] = DayOfWeek.Wednesday,
        ["donnerstag"] = DayOfWeek.Thursday,
        ["freitag"] = DayOfWeek.Friday,
        ["samstag"] = DayOfWeek.Saturday,
        ["sonntag"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday,
        ["mardi"] = DayOfWeek.Tuesday,
        ["mercredi"] = DayOfWeek.Wednesday,
        ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday,
        ["samedi"] = DayOfWeek.Saturday,
        ["dimanche"] = DayOfWeek.Sunday,
        ["lunes"] = DayOfWeek.Monday,
        ["martes"] = DayOfWeek.Tuesday,
        ["miércoles"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday,
        ["viernes"] = DayOfWeek.Friday,
        ["sábado"] = DayOfWeek.Saturday,
        ["domingo"] = DayOfWeek.Sunday,
    };

    /// <summary>
    /// Phrases that say a step of the response did not help, in the languages above: "sans effet", "no funcionó", "mas o
    /// problema continuou", "ohne Erfolg", "не помогло", "没有效果", "効果なし", "했으나 실패". An entry that says so is a
    /// dead end, as "did not help" is in English. Only phrases that say little else: "失敗" alone is any failure. Each
    /// comes with the words that, right after it, give it another sense (null when none).
    /// </summary>
    public static readonly IReadOnlyList<(string Phrase, string? NotBefore)> DidNotHelp =
    [
        .. WithoutEffect.Select(phrase => (phrase, (string?)OnWhat)),

        // "half nicht nur beim Failover, sondern ..." is "not only ... but also".
        ("half nicht", "nur"),
        ("half leider nicht", "nur"),
        .. new[]
        {
            "sin éxito", "sin exito", "sin resultado", "no funcionó", "no funciono", "no resolvió", "no solucionó", "el problema continuó", "el problema persistió", "el problema persiste", "pista falsa",
            "sem sucesso", "sem resultado", "não funcionou", "não resolveu", "o problema continuou", "o problema persistiu", "o problema persiste",
            "sans succès", "sans succes", "sans résultat", "n'a pas fonctionné", "n'a pas résolu", "n'a rien changé", "le problème persiste", "fausse piste",
            "ohne erfolg", "erfolglos", "keinen erfolg", "hat nicht geholfen", "brachte keine besserung",
            "senza successo", "non ha funzionato", "non ha risolto", "il problema persiste",
            "zonder succes", "hielp niet", "werkte niet",
            "hjalp ikke", "hjälpte inte", "fungerte ikke", "virket ikke", "virkede ikke", "fungerade inte", "løste ikke", "löste inte", "uten hell", "utan framgång",
            "problemet vedvarte", "problemet fortsatte", "blindspor", "villspor",
            "не помогло", "не помог", "безуспешно", "не сработало", "не решило",
            "没有效果", "没有解决", "未能解决", "无济于事", "仍然失败", "沒有效果", "沒有解決",
            "効果なし", "効果がなかった", "効果はなかった", "解決せず", "改善せず", "解消せず", "改善しなかった", "解決しなかった", "試したが失敗", "試みたが失敗", "再実行したが失敗", "再試行したが失敗", "再起動したが失敗", "たが改善",
            "효과 없음", "효과가 없", "해결되지 않음", "해결되지 않았", "개선되지 않음", "개선되지 않았", "소용없", "했으나 실패", "했지만 실패",
        }.Select(phrase => (phrase, (string?)null)),
    ];

    /// <summary>
    /// A key ("próximos pasos", "根本原因分析", "maßnahmen umgesetzt") with each name of a postmortem's part in English
    /// ("next steps", "root cause 分析", "actions implemented"); a key with none is returned as it was.
    /// </summary>
    public static string InEnglish(string key)
    {
        var words = key.Split(' ');
        if (!words.Any(w => FirstWords.Contains(w) || w.Any(WrittenWithoutSpaces)))
        {
            return key;
        }

        var read = new List<string>(words.Length);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Any(WrittenWithoutSpaces))
            {
                var run = InEnglishRun(words[i]);
                changed |= !ReferenceEquals(run, words[i]);
                read.Add(run);
                continue;
            }

            var named = false;
            for (var length = Math.Min(LongestPhrase, words.Length - i); length >= 1 && !named; length--)
            {
                if (WordNames.TryGetValue(string.Join(' ', words, i, length), out var english))
                {
                    read.Add(english);
                    i += length - 1;
                    named = changed = true;
                }
            }

            if (!named)
            {
                read.Add(words[i]);
            }
        }

        return changed ? string.Join(' ', read.SelectMany(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries))) : key;
    }

    private static string InEnglishRun(string run)
    {
        var builder = new StringBuilder();
        var changed = false;
        for (var i = 0; i < run.Length;)
        {
            var name = RunNames.FirstOrDefault(n => string.CompareOrdinal(run, i, n.Foreign, 0, n.Foreign.Length) == 0);
            if (name.Foreign is null)
            {
                builder.Append(run[i]);
                i++;
                continue;
            }

            builder.Append(' ').Append(name.English).Append(' ');
            i += name.Foreign.Length;
            changed = true;
        }

        return changed ? builder.ToString() : run;
    }

    // Chinese, Japanese and Korean (Hangul is spaced, but its names take particles joined to them).
    /// <summary>
    /// A key that names a postmortem's part in a European language ("fecha", "chronologie", "maßnahmen"): those
    /// languages, unlike American English, write a day before its month ("08/12/2019" is 8 December).
    /// </summary>
    public static bool IsEuropeanName(string key) => !key.Any(WrittenWithoutSpaces) && InEnglish(key) != key;

    /// <summary>
    /// Whether the prose is written in one of the European languages above rather than in English: it uses their
    /// everyday small words ("le", "und", "los", "och") more than three times as often as English's own ("the", "and",
    /// "was"). All of them write a day before its month, so "le 08/12/2019" is 8 December even with no heading to say
    /// the language.
    /// </summary>
    public static bool WrittenInAEuropeanLanguage(string text)
    {
        var (european, english) = (0, 0);
        // Only words written in lower case, as small words are inside a sentence: "Las Vegas", "EST" and "OS" are names.
        foreach (var word in text.Split(NotALetter, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsUpper)))
        {
            european += EuropeanSmallWords.Contains(word) ? 1 : 0;
            english += EnglishSmallWords.Contains(word) ? 1 : 0;
        }

        // Three times as many, so an English report quoting a sentence in French stays English.
        return european >= MinimumSmallWords && european > 3 * english;
    }

    private const int MinimumSmallWords = 5;

    /// <summary>
    /// "de 14h00 à 15h00", "das 9h30 às 10h15", "entre 9h30 et 10h15": a span of the clock written with an "h", as
    /// French, Portuguese and Spanish writers tell the time, in a text too short for its small words to show its
    /// language. Only two such times joined as a span: one alone may be a length ("Time to resolve: 2h45", "lasted 3h10
    /// and the cleanup 1h05"), and a length has no end.
    /// </summary>
    public static bool TellsTheTimeTheEuropeanWay(string text) => ClockSpanWithAnH().IsMatch(text);

    private const string ClockTimeWithAnH = @"(?:[01]?\d|2[0-3])h[0-5]\d(?![\w:])";

    [GeneratedRegex(@"(?<![\w:.])" + ClockTimeWithAnH + @"\s{0,2}(?:[-–]|à|a|às|as|au|to|until|till|bis|tot|et|y|e|and|jusqu['’]à)\s{0,2}" + ClockTimeWithAnH, RegexOptions.IgnoreCase)]
    private static partial Regex ClockSpanWithAnH();

    private static readonly char[] NotALetter = [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '’', '*', '_', '`', '-', '/', '«', '»'];

    // Words that are not English and almost no sentence of their language goes without, one language to a line:
    // French, German, Spanish, Portuguese, Italian, Dutch, and the Scandinavian languages.
    private static readonly HashSet<string> EuropeanSmallWords =
    [
        "le", "les", "des", "est", "une", "avec", "pour", "dans", "été", "était", "nous", "sur",
        "der", "und", "ist", "nicht", "mit", "wurde", "auf", "wir", "ein", "eine", "das",
        "el", "los", "las", "del", "que", "por", "con", "una", "fue", "para", "como",
        "não", "com", "foi", "uma", "os", "ao", "em",
        "il", "della", "che", "sono", "è", "stato", "delle", "gli",
        "het", "een", "niet", "werd", "van", "zijn", "wij",
        "og", "ikke", "av", "som", "och", "inte", "att", "vi", "på", "ble", "blev",
    ];

    private static readonly HashSet<string> EnglishSmallWords = ["the", "and", "was", "were", "is", "of", "to", "with", "that", "we", "this", "it", "for", "on"];

    private static bool WrittenWithoutSpaces(char c) => PostmortemSite.Text.TextProfile.Classification.WrittenWithoutSpaces(c);

    // The accented letters of the Latin-script languages above and the plain letter each is written as without its
    // accent (the build reads text without culture data, so Unicode decomposition is not at hand).
    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçœ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuunco";

    private static string WithoutAccents(string text)
    {
        var letters = text.ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            if (Accented.IndexOf(letters[i], StringComparison.Ordinal) is var at and >= 0)
            {
                letters[i] = Plain[at];
            }
        }

        return new string(letters);
    }
}
