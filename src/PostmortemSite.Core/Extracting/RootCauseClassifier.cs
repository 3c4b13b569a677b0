using System.Globalization;
using System.Text.RegularExpressions;
using PostmortemSite.Model;
using PostmortemSite.Text;

namespace PostmortemSite.Extracting;

/// <summary>A piece of a document to classify, with how much its words count and where it came from (for the explanation).</summary>
internal sealed record WeightedText(string Text, double Weight, string Where);

/// <summary>The category chosen, how sure the rule is (0..1), the phrase that decided it, and a sentence saying why.</summary>
internal sealed record Classification(string Category, double Confidence, string? DecidedBy, string Explanation, IReadOnlyList<string> Secondary)
{
    public bool IsUnknown => Category == RootCauseTaxonomy.UnknownSlug;
}

/// <summary>
/// Explainable root-cause classification. Every synonym of every category in root-causes.yml is a rule: each time a
/// synonym appears (whole words, plurals and -ed/-ing forms included, the longest synonym winning where two overlap) its
/// category scores the weight of the text it appears in, so the root-cause section counts more than the rest.
/// A change (deploy, config push, migration, flag) or a process gap is usually how a fault got in rather than the fault
/// itself, so when the root-cause text names both one of those and something else, the change or process category
/// counts a third and is kept as a secondary cause; so does one named only outside what the document gives as the cause. Below <see cref="MinimumConfidence"/> the answer is "unknown": a wrong guess is worse than none.
/// </summary>
internal sealed partial class RootCauseClassifier
{
    // One mention of a single category in plain text (a short notice that says only "a server misconfiguration left
    // the database open") is just above this; a mention beside another category's, or in another word form, is below.
    public const double MinimumConfidence = 0.15;

    // Where a word stands says how much it tells of the cause: a sentence stating the cause most, then the
    // root-cause section, then the summary; a title or the rest of the text only as much as any mention.
    public const double CauseSentenceWeight = 4;
    public const double RootCauseWeight = 3;
    public const double SummaryWeight = 1.5;
    public const double TitleWeight = 1;
    public const double TextWeight = 1;

    // A change (deploy, config push, migration, flag) or a process gap is usually how a fault got in, not the fault.
    private static readonly string[] TriggerGroups = ["change", "process"];
    private const double TriggerFactor = 1.0 / 3;

    // A dependency (a vendor, a cloud, a region) names who failed, not what: "our cluster runs in three AWS availability
    // zones" tells where the system runs. Its names count only in a sentence that says something went wrong.
    private static readonly string[] PartyGroups = ["dependency"];

    // The groups whose words name a part of the system or who runs it ("dns resolver", "third party", "read replica"),
    // rather than an event or a mechanism ("rate limit", "memory leak", "feature flag").
    private static readonly string[] NamedByWhatItIs = ["dependency", "network", "database", "hardware", "time", "security", "automation"];

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    // A synonym of several words ("missing index", "lock wait") is more specific than a single word ("index", "process").
    private const double PhraseFactor = 2;

    // The score at which evidence is strong enough on its own: about two mentions in the root-cause section.
    private const double StrongEvidence = 2 * RootCauseWeight;

    // Counting the same phrase again and again in one text adds little: a long document is not more certain.
    private const int MaxCountPerText = 3;

    // "recorded" is not a DNS record and "processing" not a process: a one-word synonym in another word form is weak
    // (at a half, "metrics were not recorded" in the contributing factors still drowned a cause named once in the title).
    private const double OtherFormFactor = 0.25;

    // "PostHog Feature Flags went down" names a product, not a flag that caused anything.
    private const double NameFactor = 0.25;

    private readonly Dictionary<string, List<Rule>> _rulesByFirstWord = new(StringComparer.Ordinal);
    private readonly RootCauseTaxonomy _taxonomy;

    public RootCauseClassifier(RootCauseTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        foreach (var category in taxonomy.Categories)
        {
            var foreignWords = ForeignWording.CauseWords.GetValueOrDefault(category.Slug, []);
            foreach (var (synonym, foreign) in category.Synonyms.Select(s => (s, false)).Concat(foreignWords.Select(s => (s, true))))
            {
                var words = TextProfile.Classification.Words(synonym).Select(w => w.Stem).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_rulesByFirstWord.TryGetValue(words[0], out var rules))
                {
                    rules = [];
                    _rulesByFirstWord[words[0]] = rules;
                }

                rules.Add(new Rule(category.Slug, synonym, words, foreign));
            }
        }

        foreach (var rules in _rulesByFirstWord.Values)
        {
            rules.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : string.CompareOrdinal(a.Category + a.Synonym, b.Category + b.Synonym));
        }
    }

    public Classification Classify(IReadOnlyList<WeightedText> texts)
    {
        var evidence = new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal);
        var certificateWasWrong = texts.Any(t => t.Weight >= SummaryWeight && WrongCertificate().IsMatch(t.Text)) && !texts.Any(t => CertificateExpiry().IsMatch(t.Text));
        foreach (var text in texts)
        {
            if (text.Weight <= 0)
            {
                continue;
            }

            foreach (var (rule, surface, strength) in Matches(text.Text))
            {
                // "Unknown storage provider 's3'" in a quoted error, "the unknowns" in a retrospective: that the cause is
                // unknown is said where the document says what the cause is, or it is not said.
                if (rule.Category == RootCauseTaxonomy.UnknownSlug && text.Weight < SummaryWeight)
                {
                    continue;
                }

                if (certificateWasWrong && CertificateWords.Contains(rule.Synonym.ToLowerInvariant()))
                {
                    continue;
                }

                if (!evidence.TryGetValue(rule.Category, out var category))
                {
                    category = new CategoryEvidence(rule.Category);
                    evidence[rule.Category] = category;
                }

                category.Add(rule.Synonym, surface, Math.Min(strength, MaxCountPerText) * text.Weight * (rule.Words.Length > 1 ? PhraseFactor : 1), text.Weight, text.Where);
            }
        }

        if (evidence.Count == 0)
        {
            return Unknown(0, "no synonym of any root-cause category appears in the text");
        }

        // Deploys, config changes and reviews are everyday words in a postmortem: once the document says what the cause
        // was (its root-cause text, or a fault named in the summary or a sentence naming the cause), a change or process
        // category it names only elsewhere is how things are done, not the cause.
        var mechanismInRootCause = evidence.Values.Any(e => e.InRootCause && !TriggerGroups.Contains(Group(e.Category)));
        var causeStated = evidence.Values.Any(e => e.InRootCause || (e.Stated && !TriggerGroups.Contains(Group(e.Category))));
        foreach (var category in evidence.Values)
        {
            var howFaultGotIn = TriggerGroups.Contains(Group(category.Category));
            category.Factor = howFaultGotIn && (mechanismInRootCause || (causeStated && !category.InRootCause)) ? TriggerFactor : 1;
        }

        var ranked = evidence.Values
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Category, StringComparer.Ordinal)
            .ToList();
        var top = ranked[0];
        var total = ranked.Sum(e => e.Score);
        var confidence = Math.Round(top.Score / total * Math.Min(1, top.Score / StrongEvidence), 2);
        var runnerUp = ranked.Count > 1 ? ranked[1] : null;
        var explanation = Explain(top, runnerUp);
        if (confidence < MinimumConfidence)
        {
            return Unknown(confidence, $"best guess {top.Category} ({explanation}) is not confident enough");
        }

        var secondary = ranked.Skip(1)
            .Where(e => e.InRootCause && e.Score >= top.Score * 0.4 && e.Category != RootCauseTaxonomy.UnknownSlug)
            .Take(2)
            .Select(e => e.Category)
            .ToList();
        return new Classification(top.Category, confidence, top.DecidingSurface, explanation, secondary);
    }

    private Classification Unknown(double confidence, string why) =>
        new(_taxonomy.Find(RootCauseTaxonomy.UnknownSlug)?.Slug ?? RootCauseTaxonomy.UnknownSlug, confidence, null, why, []);

    private static string Explain(CategoryEvidence top, CategoryEvidence? runnerUp)
    {
        var text = $"\"{top.DecidingSurface}\" in the {top.DecidingWhere}";
        var others = top.Synonyms.Where(k => k != top.DecidingSynonym).Take(3).Select(k => $"\"{k}\"").ToList();
        if (others.Count > 0)
        {
            text += $", with {string.Join(", ", others)}";
        }

        if (runnerUp is not null)
        {
            text += $"; runner-up {runnerUp.Category} (\"{runnerUp.DecidingSurface}\"{(runnerUp.Factor < 1 ? ", counted at a third as how the fault got in" : "")})";
        }

        return text;
    }

    private static string Group(string slug) => slug.Split('/')[0];

    /// <summary>
    /// Each rule that matches, with the words as written and how strongly (a count, less for weak forms), the longest
    /// synonym winning at each position.
    /// </summary>
    private IEnumerable<(Rule Rule, string Surface, double Strength)> Matches(string text)
    {
        // "the failure of an SSD" is read as the synonym "SSD failure"; the length stays, so positions in the text hold.
        text = HardwareFailing().Replace(FailureOfHardware().Replace(text, AsHardwareFailure), AsHardwareFailure);
        // "loss of power", "the loss of all data" read as "lost power", "lost data", as the synonyms write them.
        text = LossOf().Replace(text, m => "lost " + m.Groups["what"].Value + new string(' ', m.Length - m.Groups["what"].Length - 5));
        // "hitting CPU rate limits on their end", "we exceeded the API rate limit": an allowance used up, read as "quota
        // exceeded"; a rate limit named alone is still the one that was missing ("there was no rate limit").
        text = RateLimitHit().Replace(text, m => "quota exceeded" + new string(' ', m.Length - 14));
        var words = TextProfile.Classification.Words(text);
        var found = new Dictionary<Rule, (string Surface, double Strength)>();
        var i = 0;
        while (i < words.Count)
        {
            var length = 0;
            if (_rulesByFirstWord.TryGetValue(words[i].Stem, out var rules))
            {
                foreach (var rule in rules)
                {
                    if (length > 0 && rule.Words.Length < length)
                    {
                        break;
                    }

                    if (i + rule.Words.Length <= words.Count && rule.Words.Select((w, k) => w == words[i + k].Stem && (k == 0 || JoinsPhrase(text, words[i + k - 1].End, words[i + k].Start))).All(x => x))
                    {
                        length = rule.Words.Length;
                        var surface = text.Substring(words[i].Start, words[i + length - 1].End - words[i].Start);
                        var strength = Strength(rule, surface, words, i, length, text);
                        found[rule] = found.TryGetValue(rule, out var seen) ? (seen.Surface, seen.Strength + strength) : (surface, strength);
                    }
                }
            }

            i += Math.Max(length, 1);
        }

        return found.Where(f => f.Value.Strength > 0).OrderBy(f => f.Key.Category, StringComparer.Ordinal).ThenBy(f => f.Key.Synonym, StringComparer.Ordinal).Select(f => (f.Key, f.Value.Surface, f.Value.Strength));
    }

    /// <summary>"the failure of an SSD", "the SSD died" as "SSD failure", padded to the match's length so positions hold.</summary>
    private static string AsHardwareFailure(Match m) => m.Groups["hw"].Value + " failure" + new string(' ', Math.Max(0, m.Length - m.Groups["hw"].Length - 8));

    /// <summary>One for a synonym as written; less for another word form of a one-word synonym or a product name.</summary>
    private static double Strength(Rule rule, string surface, List<Word> words, int first, int length, string text)
    {
        var synonym = rule.Synonym.ToLowerInvariant();
        var (start, end) = (words[first].Start, words[first + length - 1].End);
        if (InIdentifier(text, start, end) || InServiceName(text, start, end, NamedByWhatItIs.Contains(Group(rule.Category))) || !HasItsContext(synonym, text, start, end) || RuledOut(rule, synonym, text, start, end)
            || (!TriggerGroups.Contains(Group(rule.Category)) && WhereAChangeWent().IsMatch(WordsBefore(text, start)))
            || (Group(rule.Category) == "change" && ChangeHeldUp().IsMatch(WordsBefore(text, start)))
            || (Group(rule.Category) == "capacity" && WhatItIsMeantToHandle(text, start, end))
            || (PartyGroups.Contains(Group(rule.Category)) && !SaysSomethingFailed(SentenceAround(text, start, end))))
        {
            return 0;
        }

        var strength = 1.0;
        var written = surface.ToLowerInvariant();
        if (rule.Words.Length == 1 && written != synonym && written != synonym + "s" && written != synonym + "es")
        {
            strength *= OtherFormFactor;
        }

        if (!rule.Foreign && IsName(surface, words, first, length, text))
        {
            strength *= NameFactor;
        }

        return strength;
    }

    /// <summary>
    /// A harm the words before it deny ("no data loss") or tell as what might have happened ("could have lost data");
    /// one told of a subject the sentence denies ("no customer accounts were compromised", "none of the servers had
    /// been compromised"); or a word the sentence lists as checked and not found.
    /// </summary>
    private static bool RuledOut(Rule rule, string synonym, string text, int start, int end)
    {
        var before = WordsBefore(text, start);
        return (((DeniableGroups.Contains(rule.Category) && !Safeguards.Contains(synonym)) || DeniableWords.Contains(synonym))
                && (DeniedAround(rule, before, WordsAfter(text, end)) || (LabelStart().IsMatch(text.AsSpan(0, start)) && LabelledNone().IsMatch(WordsAfter(text, end))) || (Counterfactual().IsMatch(before) && !ButItDid().IsMatch(WordsAfter(text, end)))))
            || ((synonym.StartsWith("were ", StringComparison.Ordinal) || synonym.StartsWith("had been ", StringComparison.Ordinal)) && DeniedSubject().IsMatch(before))
            || (rule.Category != "unknown" && ListedAsNotFound(text, start, end))
            || AlsoPossibleAfter().IsMatch(ClauseAfter(text, end))
            || HelpedBefore().IsMatch(text.AsSpan(SentenceBounds(text, start, end).From..start))
            || AskedAbout(text, start, end);
    }

    /// <summary>
    /// "¿Credenciales son correctas?", "Was the disk full?": a word in a question is something to check, in a list of
    /// checks or a hypothesis, not what the writer says went wrong.
    /// </summary>
    private static bool AskedAbout(string text, int start, int end)
    {
        var (from, to) = SentenceBounds(text, start, end);
        return (to < text.Length && text[to] == '?') || text.AsSpan(from, start - from).TrimStart(" *_-\t").StartsWith("¿");
    }

    /// <summary>
    /// The words around a harm deny it: "no", "without", "no evidence of" before it, or the same in another language
    /// for a foreign word (before it, or after it in Japanese and Korean); unless the denial stops short of it.
    /// </summary>
    private static bool DeniedAround(Rule rule, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        (Denied().IsMatch(before) || (rule.Foreign && (ForeignDenied().IsMatch(before) || ForeignDeniedAfter().IsMatch(after)))) && !DenialStopsShort().IsMatch(after);

    // "... shouldn't have resulted in data loss, but it did": the harm a would-have names, said to have happened after all.
    [GeneratedRegex(@"^[^.;:]{0,40}?\b(?:but|and|yet|which)\s+(?:it|this|that|they)\s+(?:did|was|were|had|has)\b(?!n[’']t|\s+not\b|\s+never\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ButItDid();

    // "Most user impact was mitigated by our automatic retries and load balancers", "Thanks to the read replica, ...",
    // "the errors were masked by the load balancer's retries": what softened or hid the impact is named as a help, not
    // as what went wrong. Only in the clause after those words; "the outage was caused by the load balancer" stays, and
    // so does what was undone to help ("mitigated by rolling back the faulty deployment" names the cause).
    [GeneratedRegex(@"\b(?:(?:mitigated|absorbed|masked|cushioned|softened|shielded|caught|saved)\s+by|thanks\s+to)\b(?!\s+(?:rolling|rolled|reverting|reverted|undoing|backing|disabling|removing|pausing|halting|stopping|turning\s+off)\b)[^.;:]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpedBefore();

    // "A repo-server restart or a momentary network blip are also possible": the alternatives a writer names beside the
    // likely cause, as merely possible, are not it. Only the words the clause names before it: "it was also possible for
    // idle clients to hold connections, so the database ran out of connections" still tells the cause.
    [GeneratedRegex(@"^[^.;:,]*?\b(?:(?:is|are) also (?:possible|conceivable|plausible)|(?:was|were) also (?:possible|conceivable|plausible)(?!\s+(?:for|that)\b)|can(?:not|['’]t| not) (?:yet )?be (?:fully )?ruled out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoPossibleAfter();

    /// <summary>The rest of the clause after a word: up to the next stop, semicolon, colon or comma, at most a sentence's length.</summary>
    private static string ClauseAfter(string text, int end)
    {
        var stop = text.IndexOfAny(['.', ';', ':', ',', '\n'], end);
        var until = stop < 0 ? text.Length : stop;
        return text.Substring(end, Math.Min(until - end, 200));
    }

    /// <summary>
    /// "a `flat_index` container", "the IndexWriter class", a web address: a word that is part of a name is what a
    /// thing is called, not what went wrong.
    /// </summary>
    private static bool InIdentifier(string text, int start, int end)
    {
        // "_race condition_" is emphasis: an underscore joins a name only with a letter or digit on its other side.
        // "DNS解析失败": a character of a language written without spaces starts a word of its own, not part of a name.
        static bool Joins(char c) => char.IsLetterOrDigit(c) && !TextProfile.Classification.WrittenWithoutSpaces(c);
        bool JoinedBefore() => start > 0 && (Joins(text[start - 1]) || (text[start - 1] == '_' && start > 1 && Joins(text[start - 2])));
        bool JoinedAfter() => end < text.Length && (Joins(text[end]) || (text[end] == '_' && end + 1 < text.Length && Joins(text[end + 1])));
        return JoinedBefore() || JoinedAfter() || InAddress(text, start);
    }

    /// <summary>"https://github.com/org/repo/releases/tag/3.3.1": a word in a web address names a page.</summary>
    private static bool InAddress(string text, int start)
    {
        var tokenStart = text.LastIndexOfAny([' ', '\t', '\n', '(', '<', '[', '"'], Math.Max(start - 1, 0)) + 1;
        return text.AsSpan(tokenStart, start - tokenStart).Contains("://", StringComparison.Ordinal);
    }

    // A harm the text says did not happen ("we expect no mail or data loss", "this was not a DDoS", "without any
    // hardware failure") is no evidence of it. Only harms: a missing thing is often the cause ("there was no index",
    // "no runbook", "no renewal"), so those categories keep their words.
    private static readonly string[] DeniableGroups = ["database/data-corruption", "hardware/failure", "capacity/traffic-spike"];

    // An attack a text rules out ("there was no intrusion", "no evidence of unauthorized access", "No malware was
    // found", "No hubo ninguna intrusión", "并未被黑"): unlike a missing secret or token, which is often the cause, an
    // intrusion that did not happen never is. Only the words that name an attack; "no secret was configured" keeps its word.
    private static readonly string[] DeniableAttacks =
    [
        "intrusion", "intruder", "unauthorized access", "unauthorised access", "security breach", "malware", "virus", "ransomware",
        "was hacked", "were hacked", "been hacked", "got hacked", "hacked into", "cryptominer", "crypto miner", "crypto-miner", "coin miner",
        .. ForeignWording.AttackWords,
    ];

    // Words outside those harms that a text also names to rule them out ("It was not an ISP problem", "No application
    // deployments could proceed", "there were no deploys that day"). One word may stand between ("no customer data loss").
    private static readonly string[] DeniableWords = ["isp", "internet provider", "internet service provider", "deploy", "deployment", "release", "code change", .. DeniableAttacks];

    // Among those harms' words, the safeguards whose absence is the cause ("there was no rate limit on the API").
    private static readonly string[] Safeguards = ["rate limit", "ecc", "raid", "restore from backup", "power supply", "psu"];

    // "no", "without", "was not", or a contrast set off by a comma ("the issue was synchronization, not corruption");
    // "no evidence of", "no sign of" deny what they are followed by.
    [GeneratedRegex(@"(?:\b(?:no|without(?: any)?|(?:was|were|is|are)(?: not|n[’']t)(?: an?| the| any)?)|[\w*_)],(?: and| but)? not(?: an?| the| any)?)\s+(?:(?:evidence|signs?|indications?|traces?) of(?: an?| any| the)?\s+|[\w-]+\s+(?:or|and|nor)\s+|(?!(?:one|longer|matter|doubt|before|until|only|just|least|even)\b)[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    // The same denial in the languages ForeignWording reads, before the word: "no hubo ninguna", "sin", "não houve
    // nenhuma", "aucune", "pas d'", "keine Hinweise auf einen", "nicht", "没有发现", "并未". Only a few words may stand between;
    // "未" alone is not a denial ("未知" is unknown, and "未授权访问" is itself the word).
    [GeneratedRegex(@"(?:\b(?:no hubo|no hay|no se (?:detectó|encontró|produjo)|ningún|ninguna|sin|não houve|não há|nenhum|nenhuma|sem|aucune?|pas|sans|kein(?:e|en|er|em)?|ohne)[\s’']+(?:[\w-]+[\s’']+){0,3}|\bnicht\s+|(?:没有|沒有|并未|並未|并无|並無|毫无|毫無|未发现|未發現|未检测到|未檢測到|未曾|未遭|未被)\p{IsCJKUnifiedIdeographs}{0,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDenied();

    // What the denial does not reach: a safeguard the word names ("no sign of DDoS protection engaging", "没有部署入侵检测
    // 系统", no intrusion detection deployed) or only a part of the time ("no evidence of unauthorized access before June
    // 3; from June 3 someone used the account").
    [GeneratedRegex(@"^(?:\s*(?:protection|mitigation|detection|prevention|scrubbing|filter(?:s|ing)?|scann(?:er|ers|ing)|tool(?:s|ing)?|software|defen[cs]es?|before|until|till|prior to|earlier than)\b|\s{0,2}(?:检测|檢測|防御|防禦|防护|防護|検知|検出|防止|対策|对策|탐지|방지))", RegexOptions.IgnoreCase)]
    private static partial Regex DenialStopsShort();

    // Japanese and Korean deny after the word: "不正アクセスはありませんでした", "侵入の形跡は確認されていません",
    // "침입은 없었습니다", "침입 흔적은 발견되지 않았습니다". Only a topic that is then said not to exist or not to be
    // found; "侵入に気づかなかった" (did not notice the intrusion) tells one that happened.
    [GeneratedRegex(@"^(?:(?:の|された)?(?:形跡|痕跡|事実|兆候)?は(?:ありません|ありませんでした|なかった|ない|確認されていません|確認されませんでした|見つかりませんでした|見つかっていません)|\s*(?:의\s*)?(?:흔적|징후)?(?:은|는|이|가)?\s*(?:(?:발견|확인)되지\s*않|없))")]
    private static partial Regex ForeignDeniedAfter();

    // "**Data Loss:** None - all commits were preserved", "Hardware failure: no": a harm given as a label whose value
    // says there was none, alone ("Data loss: no backup covered the last hour" says there was some).
    [GeneratedRegex(@"^(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:none|no|n/?a|nothing|zero)(?:\s*(?:$|[.,;(–—]|-\s)|\s+(?:expected|known|reported|observed|found|seen)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledNone();

    // The harm is the label itself: it opens its line, after a list marker or bold markup at most.
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*$")]
    private static partial Regex LabelStart();

    // "PVCs with one replica could have been stuck or lost data", "the cluster would have suffered data loss", "this
    // shouldn't have resulted in any data loss", "fsync guards against power loss", "in case of a power cut": a harm
    // told as what might have happened, or what a safeguard is for, did not. Only the harm the would-have verb tells counts: "alerting would have
    // warned us of the disk failure" tells one that did happen.
    [GeneratedRegex(@"(?:\b(?:could|would|might|should)(?: not|n[’']t)? have (?:been )?(?:[\w-]+ (?:or|and) )?(?:(?:suffered|caused|seen|had|led to|resulted in|meant|risked|faced)\s+(?:an?\s+|the\s+|some\s+|more\s+|any\s+)?)?|\b(?:guards?|guarding|protects?|protecting|protection|safeguards?|insures?|insurance) against (?:an?\s+|the\s+|any\s+|sudden\s+)*|\bin (?:the )?(?:case|event) of (?:an?\s+|the\s+|any\s+|sudden\s+)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Counterfactual();

    [GeneratedRegex(@"\b(?:no|none of(?: the| our)?|not|never|nothing)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedSubject();

    /// <summary>
    /// "No kernel I/O error, inode exhaustion or memory pressure was observed", "we ruled out a network issue and
    /// ...": the words a sentence lists as checked and not found are no evidence. Only the list itself: the rest of
    /// the sentence may name the cause ("... and confirmed the disk had filled up").
    /// </summary>
    private static bool ListedAsNotFound(string text, int start, int end)
    {
        var (from, to) = SentenceBounds(text, start, end);
        return NotFoundList().Matches(text[from..to]).Any(m => m.Groups["listed"] is { Success: true } listed && from + listed.Index <= start && end <= from + listed.Index + listed.Length);
    }

    // The list runs from "No" to its verb, and after "ruled out" or "found no" to the end of its clause; it holds no
    // other verb nor a word that opens a clause ("No data was lost, and the cause was a leak" lists only "data"; "We
    // saw no warning before the database ran out of connections" only "warning").
    [GeneratedRegex(@"^\W*(?:no|none of|neither)\b(?<listed>(?:(?!\b(?:was|were|is|are|has|have|had|so|until|before|because|which|while|when|but|then|after|since)\b)[^;:]){1,300}?)\b(?:(?:was|were|has been|have been|is|are)(?: \w+)? (?:observed|found|seen|detected|noted|recorded|involved|present))\b|\b(?:ruled out|found no|saw no|observed no|see no)\b(?<listed>(?:(?!\b(?:was|were|is|are|had|so|until|before|because|which|while|when|but|then|after|since|as)\b)[^;.]){1,160}?)(?=\s+(?:was|were|is|are|had|so|until|before|because|which|while|when|but|then|after|since|as)\b|,\s+(?:and|but|so|then|only|just|except|instead|however|though|whereas)\b|[;.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotFoundList();

    /// <summary>
    /// A word naming a part of a system or a kind of work counts for its category only with what makes it that
    /// category's: "network" with a failure or a change attached ("the network went down", "lost network", "network
    /// issues", "a change on the network"; not "the Polkadot network" or "the network team found a bug"), "migration"
    /// with a database in its sentence ("the migration locked the users table"; not "a live migration of the mail
    /// server"), "settings" not the users' own.
    /// </summary>
    private static bool HasItsContext(string synonym, string text, int start, int end) => synonym switch
    {
        "increased load" or "heavy load" or "overload" => !LoadFromAFailure().IsMatch(WordsAfter(text, end, AttachedChars * 3)),
        "network" => FailureAfter().IsMatch(WordsAfter(text, end))
            || FailureBefore().IsMatch(WordsBefore(text, start))
            || NetworkChanged(text, start, end),
        "migration" => DatabaseWord().IsMatch(SentenceAround(text, start, end)),
        "index" => ProseSentence(text, start, end) is var sentence && QueryWord().IsMatch(sentence) && !OtherIndex().IsMatch(sentence),
        "health check" => LoadBalancer().IsMatch(text) || LoadBalancing().IsMatch(SentenceAround(text, start, end)),
        "failover" => (!FailoverAsRemedyBefore().IsMatch(WordsBefore(text, start)) && !FailoverAsRemedyAfter().IsMatch(WordsAfter(text, end)))
            || FailoverWentWrong().IsMatch(SentenceAround(text, start, end)),
        "automation" => AutomationRanAway().IsMatch(WordsAfter(text, end, AttachedChars * 2)),
        "insufficient number of" => ResourceAfter().IsMatch(WordsAfter(text, end)),
        "deployment" => !KubernetesObjectAfter().IsMatch(WordsAfter(text, end, AttachedChars * 2)),
        "token" => !LanguageModelTokenBefore().IsMatch(WordsBefore(text, start)) && !LanguageModelTokenAfter().IsMatch(WordsAfter(text, end))
            && (CredentialTokenBefore().IsMatch(WordsBefore(text, start))
                || (!AssetTokenBefore().IsMatch(WordsBefore(text, start)) && !AssetTokenAfter().IsMatch(WordsAfter(text, end)))),
        "settings" => !UsersSettingsBefore().IsMatch(WordsBefore(text, start)) && !UsersSettingsAfter().IsMatch(WordsAfter(text, end)),
        "bug" => !ReleaseContents(text, start, end),
        "was stuck" or "were stuck" or "is stuck" or "got stuck" or "became stuck" or "hung" or "hangs" or "froze up" => !WaitedOnSomethingAfter().IsMatch(WordsAfter(text, end)),
        "fastly" or "cloudflare" or "akamai" or "cdn" => CdnInTrouble(text, start, end),
        "tls" or "ssl" => !TimedOutAfter().IsMatch(WordsAfter(text, end)),
        "ingress" => IngressCarriesTraffic(text, start, end)
            || (!DirectionBefore().IsMatch(WordsBefore(text, start)) && !DirectionAfter().IsMatch(WordsAfter(text, end)) && !TrafficPolicy().IsMatch(SentenceAround(text, start, end))),
        "release" => !ReleaseAsAPlace().IsMatch(WordsAfter(text, end)),
        "sql injection" or "command injection" or "code injection" => !AttackDefendedBefore().IsMatch(WordsBefore(text, start)) && !AttacksAfter().IsMatch(WordsAfter(text, end)),
        "process" => !ProcessNotAProcedure().IsMatch(WordsBefore(text, start))
            && (FaultBefore().IsMatch(WordsBefore(text, start)) || ProcessFault().IsMatch(WordsAfter(text, end, AttachedChars * 2))),
        _ => true,
    };

    /// <summary>
    /// "a new version with dozens of bug fixes", "several bug fixes and performance improvements": what a release
    /// brings, told as a count of fixes, not a bug that caused this incident ("we deployed a bug fix" still counts).
    /// </summary>
    private static bool ReleaseContents(string text, int start, int end) =>
        BugFixesAfter().IsMatch(WordsAfter(text, end, AttachedChars * 2))
        && (ManyBefore().IsMatch(WordsBefore(text, start)) || ImprovementsAfter().IsMatch(WordsAfter(text, end, AttachedChars * 2)))
        && !AFixBrokeSomething().IsMatch(WordsAfter(text, end, AttachedChars * 4));

    // "the consumer was stuck, so no messages came", "the worker hung": a program that stopped doing its work is a defect
    // in it; not one held up by something else ("stuck in the merge queue", "stuck behind a lock", "hung waiting on the
    // database", "hung up", "got stuck because the database was down"), where the cause is that other thing; nor one
    // who hung something ("hung a maintenance banner"). Stuck on what it was reading is its own defect ("got stuck on a
    // malformed record"), stuck on anything else is held up ("hung on a lock").
    [GeneratedRegex(@"^\s*,?\s*(?:(?:in|at|behind|waiting|for|up|until|while|during|because|due|as|after|when|since|a|an|the|our)\b|on\b(?!\s+(?:(?:an?|the|one|some|every|each)\s+)?(?:[\w-]+\s+){0,2}?(?:records?|messages?|rows?|entr(?:y|ies)|inputs?|requests?|events?|payloads?|files?|lines?|characters?|values?|keys?|items?|objects?|documents?)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex WaitedOnSomethingAfter();

    // "TLS handshake timeout", "SSL connection timed out": a handshake that never finished lost its packets on the way;
    // a certificate that is refused fails the handshake at once ("TLS handshake failure" still counts).
    [GeneratedRegex(@"^\s*(?:handshakes?\s+|connections?\s+)?(?:time-?outs?|timed\s+out|timing\s+out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimedOutAfter();

    // "ingress" is a load balancer as Kubernetes names one ("the ingress controller", "the Ingress returned 502s"), not
    // the direction traffic flows in ("ingress traffic", "ingress rules", "ingress and egress", "default-deny-ingress"
    // but not "nginx-ingress", "deny ingress from the API server"), which a network policy or firewall decides.
    [GeneratedRegex(@"(?:\b(?:deny|allow)(?:-\w+)*-|\begress\s*(?:and|or|/|&)\s*|\b(?:deny|denies|denied|allow|allows|allowed|block\w*|filter\w*|restrict\w*)\s+(?:all\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionBefore();

    [GeneratedRegex(@"^(?:\s*(?:traffic|rules?|polic(?:y|ies)|ports?|bandwidth|filter\w*|(?:and|or|&)\s+egress|/\s*egress|from)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DirectionAfter();

    // "the ingress controller", "an ingress gateway", "nginx-ingress pods", and Kubernetes' own "Ingress rules" and "Ingress
    // resource" (capitalised): the thing that routes the traffic, whatever the sentence says of policies.
    private static bool IngressCarriesTraffic(string text, int start, int end) =>
        IngressPartAfter().IsMatch(WordsAfter(text, end)) || (text[start] == 'I' && IngressObjectAfter().IsMatch(WordsAfter(text, end)));

    [GeneratedRegex(@"^(?:\s+|-)(?:controllers?|gateways?|pods?|nginx)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IngressPartAfter();

    [GeneratedRegex(@"^\s+(?:rules?|resources?|objects?|routes?)\b")]
    private static partial Regex IngressObjectAfter();

    // "the NetworkPolicy blocked ingress to the webhook", "a security group rule for ingress on 443".
    [GeneratedRegex(@"\b(?:network ?polic(?:y|ies)|firewall|security groups?|iptables|nftables|acls?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrafficPolicy();

    // "several bug fixes, one of which introduced a race condition": one of the fixes is the bug.
    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:one of (?:which|them|those|these)|which|that)\b[^.;]{0,60}?\b(?:introduced|caused|broke|led to|triggered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AFixBrokeSomething();

    /// <summary>
    /// "an issue with a specific region in Fastly", "Cloudflare had an outage", "our CDN went down": a content delivery
    /// network named with trouble of its own, not one that only carried the site ("Fastly cached the broken page", "our
    /// Cloudflare Worker threw an exception", "the CDN served the stale page") or whose outage the text sets aside ("was
    /// unrelated").
    /// </summary>
    private static bool CdnInTrouble(string text, int start, int end) =>
        (TroubleWithBefore().IsMatch(WordsBefore(text, start)) || TroubleOfItsOwnAfter().IsMatch(WordsAfter(text, end)) || TroubleNamedAfter().IsMatch(WordsAfter(text, end)))
        && !SetAside().IsMatch(SentenceAround(text, start, end));

    [GeneratedRegex(@"\b(?:issues?|problems?|outages?|incidents?|degradation|failures?|faults?|errors?|disruptions?)\s+(?:with|in|at|of|on)\s+(?:[\w-]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleWithBefore();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:had|has|have|suffered|experienced|went|was|were|is|are)\s+(?:an?\s+|also\s+|partially\s+)?(?:[\w-]+\s+)?(?:outage|incident|issue|problem|degradation|down|failure|unavailable|degraded|failing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleOfItsOwnAfter();

    // "Due to a CDN cache invalidation issue", "a Cloudflare routing problem", "a CDN-side outage": the network names the
    // trouble it had; not "CDN errors" or "Cloudflare 502 errors", which it shows for the origin behind it, nor "a CDN
    // configuration issue", a change made to it.
    [GeneratedRegex(@"^(?:['’]s|-(?:side|wide))?\s+(?:(?!(?:config\w*|setup|set-up|migration|change|deploy\w*|rules?|terraform)\b)[\w-]+\s+){0,2}?(?:issues?|problems?|outages?|incidents?|failures?|degradation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroubleNamedAfter();

    [GeneratedRegex(@"\b(?:unrelated|not related|did(?: not|n['’]t) affect|no impact on us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetAside();

    // "backported to the v0.21.x release branch", "see the release notes": a place the fix went or a page about the
    // releases, not a release that broke something.
    [GeneratedRegex(@"^[\s-]*(?:branch(?:es)?|tags?|notes|pages?|schedules?|cadences?|cycles?|process(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseAsAPlace();

    [GeneratedRegex(@"^[\s-]*fixes\b", RegexOptions.IgnoreCase)]
    private static partial Regex BugFixesAfter();

    [GeneratedRegex(@"\b(?:dozens|hundreds|lots|many|several|numerous|various|multiple|minor|some|other|\d+)\s+(?:of\s+)?(?:(?:small|minor|important|critical|major|security)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ManyBefore();

    [GeneratedRegex(@"^[\s-]*fixes,?\s+(?:and|&)\s+(?:[\w-]+\s+)?(?:improvements|enhancements|features)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImprovementsAfter();

    // "applied the incorrect certificates", "the wrong TLS certificate was specified": a document whose summary or
    // cause tells of a certificate that was the wrong one, and that nowhere tells of a certificate's expiry or renewal,
    // has a configuration fault, not a certificate that ran out, and its words for certificates tell what was wrong,
    // not why. A wrong certificate only checked for in the timeline is a lead, not the finding; where expiry is told,
    // the wrong certificate is often the expired one still served, and the words count as usual.
    private static readonly string[] CertificateWords = ["cert", "certificate", "tls", "ssl", "x509"];

    [GeneratedRegex(@"\b(?:wrong|incorrect|mismatched|misconfigured)\s+(?:[\w-]+\s+){0,2}?cert(?:ificate)?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrongCertificate();

    [GeneratedRegex(@"\b(?:cert\w*|tls|ssl|x509)\b[^.;]{0,80}?\b(?:expir\w*|renew\w*|lapsed|validity|valid (?:until|through)|no longer valid|not after|out of date)\b|\b(?:expir\w*|renew\w*|lapsed)\b[^.;]{0,40}?\b(?:cert\w*|tls|ssl|x509)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CertificateExpiry();

    // "to handle the increased load when one of the instances failed": load moved onto the rest by a failure, not a spike.
    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:when|after|once|because|as|since|while)\s+(?:(?:one|some|two|several) of\s+)?(?:(?:the|an?|our|its)\s+)?(?:[\w-]+\s+){0,3}?(?:instances?|nodes?|servers?|hosts?|replicas?|primar(?:y|ies)|zones?|regions?|brokers?|pods?|data ?cent(?:er|re)s?|shards?)\s+(?:had\s+)?(?:fail(?:ed|s)?|went down|(?:was|were) lost|(?:was|were) (?:taken )?offline|crash(?:ed|es)?|fail(?:ed)? over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LoadFromAFailure();

    // "Could not push code changes", "blocked from deploying changes", "blocked deployment", "unable to deploy": the
    // change that could not go out is the trouble's symptom, not how a fault got in. Not when nothing held it up
    // ("nothing blocked the release", "the gate should have blocked the deploy").
    [GeneratedRegex(@"(?<!\b(?:nothing|nobody|no one|none|no [\w-]+|never|should have|would have|could have|might have|must have)\s+)\b(?:blocked|blocking|blocks|prevented|preventing|unable to|could not|couldn['’]t|cannot|can['’]t|not able to)\s+(?:from\s+)?(?:(?:push|pushing|ship|shipping|make|making|roll out|rolling out)\s+)?(?:(?:any|new|our|their|the)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeHeldUp();

    // "a WAF rule meant to block SQL injection attempts", "filters against command injection": the attack a safeguard
    // stops, not a flaw in the code ("the search form was open to SQL injection" is one).
    [GeneratedRegex(@"\b(?:block|blocks|blocking|blocked|prevent|prevents|preventing|detect|detects|detecting|filter|filters|filtering|against|stop|stops|stopping|catch|catches|catching|mitigate|mitigating)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AttackDefendedBefore();

    [GeneratedRegex(@"^\s+(?:attempts?|attacks?|payloads?|probes?|signatures?|patterns?|rules?|filters?|scans?|protection)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttacksAfter();

    // "hit rate limits", "hitting CPU rate limits", "exceeded the AWS API rate limit": a rate limit reached (two words
    // may stand between). Not the limit doing its work on others ("requests exceeding the rate limit were dropped").
    [GeneratedRegex(@"(?<!\b(?:requests?|traffic|calls|clients?|connections|callers|users|bots|ips?|addresses)\s+(?:that\s+|which\s+)?)\b(?:hit|hits|hitting|reached|reaching|exceeded|exceeding|exceeds|exceed)\s+(?:(?:the|their|our|its|a|an|his|her|your)\s+)?(?:[\w-]+\s+){0,2}rate[- ]limits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateLimitHit();

    // "loss of power", "a loss of all data": the noun of losing, and what was lost; "a loss of power can corrupt a disk"
    // says what one would do, and is left as written.
    [GeneratedRegex(@"\b[Ll]oss of (?:(?:the|all|its|our|their)\s+)?(?<what>[\p{L}][\w-]*)(?![\w-])(?!\s+(?:can|could|may|might|would|will)\b)")]
    private static partial Regex LossOf();

    // "made configuration changes to the load balancers", "config updates to our DNS zone": the part a configuration
    // change was made to is where the change went, not a fault of its own; the change is the evidence. Only a
    // configuration change: "a change to the primary index" may well be how the index went wrong.
    [GeneratedRegex(@"\b(?:config(?:uration)?|settings?)\s+(?:changes?|updates?|edits?|modifications?|tweaks?)\s+(?:made\s+|applied\s+)?to\s+(?:the\s+|our\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex WhereAChangeWent();

    // "the failure of an SSD storage filer", "failures of two disks": the failure named before the hardware.
    [GeneratedRegex(@"\bfailures? of (?:an? |the |one of (?:the |our |its )|our |its )?(?:[\w-]+ ){0,2}?(?<hw>ssds?|disks?|(?-i:drives?)|hard (?:drive|disk)s?|power suppl(?:y|ies)|psus?|nics?|motherboards?|raid controllers?)\b(?![\w-])(?!\s+(?:[\w-]+\s+)?(?:usage|space|cleanup|clean-up|quota|alerts?|monitor\w*|checks?|jobs?|scripts?|sync|integration|service|config\w*|full|health|metrics?)\b)(?![^.;]{0,40}\bto\s+(?:fire|alert|trigger|run|detect|catch|notify)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FailureOfHardware();

    // "one of the disks in our server was failing", "the SSD in node db-4 died", "a power supply had failed": the
    // hardware named first and its failure after, read as the synonym "disk failure". Not what the hardware failed to
    // do ("the disk failed to mount", "the disk was failing writes"), a check on it ("the disk health check failed"),
    // nor an operation whose target it was ("the migration to the new disks failed", "the backup to disk failed").
    [GeneratedRegex(@"(?<!\b(?:to|into|onto|from|for)\s+(?:(?:the|a|an|our|new|local|data|external|spare|other)\s+){0,3})\b(?<hw>ssds?|disks?|(?-i:drives?)|(?-i:D)rives|hard (?:drive|disk)s?|power suppl(?:y|ies)|psus?|nics?|motherboards?|raid controllers?)\b(?![\w-])(?:\s+(?:in|of|on)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?(?:failing|failed|dying|died|dead|faulty|broken|(?:going|went|gone) bad)\b(?!\s+(?:to|writes?|reads?|requests?|i/?o|operations?|checks?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HardwareFailing();

    // "initiated failover to the alternate stack", "a manual failover": a failover someone made is the remedy; one that
    // went wrong ("the failover failed", "an unexpected failover") tells the replication at fault.
    [GeneratedRegex(@"\b(?:initiat\w*|perform\w*|execut\w*|complet\w*|manual(?:ly)?|we)\s+(?:an?\s+|the\s+|a\s+manual\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FailoverAsRemedyBefore();

    [GeneratedRegex(@"^\s+to\s+(?:the\s+|an?\s+|our\s+)?(?:alternate|alternative|secondary|backup|standby|other|healthy|second|dr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailoverAsRemedyAfter();

    // "The manual failover failed", "an unplanned failover promoted a node 20 minutes behind", "left two primaries".
    [GeneratedRegex(@"\b(?:failed|fails|did(?: not|n[’']t) (?:work|complete|succeed)|unplanned|unexpected|two primaries|split[- ]brain|behind|stale|lagging|data loss|(?:writes|data) (?:vanished|were lost|was lost))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailoverWentWrong();

    // "prompt tokens grew to ~29k", "a ~9.8k-token prefix", "30,000 tokens", "millions of tokens", "120 tokens per
    // second", "the token limit": the unit a language model reads and writes is counted and measured; a credential is
    // not. A small number is no such count ("2 tokens were leaked", "the OAuth2 token", "the S3 token").
    [GeneratedRegex(@"(?:\b(?:prompt|input|output|completion|reasoning|context|llm|model(?:'s|’s)?(?: max(?:imum)?)?|max(?:imum)?|(?:millions?|thousands?|billions?|hundreds) of)|\d[\d.,]*\s?[kmb]\b|\b\d{1,3}(?:,\d{3})+|\b\d{3,})[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageModelTokenBefore();

    [GeneratedRegex(@"^s?[\s-]+(?:per (?:second|minute|request|call|message|run)|(?:count|usage|budget|window|consumption|spend|limit)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageModelTokenAfter();

    // "The Postgres deployment lacked the necessary tolerations", "the deployment's replicas", "deployment manifest":
    // a Kubernetes Deployment, the object that runs the pods, told by what it holds, not a change being shipped.
    [GeneratedRegex(@"^(?:['’]s)?\s{1,3}(?:(?:lacked|lacks|(?:was|is) missing|had no|has no|did(?: not|n[’']t) (?:have|set|define|specify|include))\s+(?:[\w-]+\s+){0,3}?(?:tolerations?|node ?selectors?|affinity|taints?|resource (?:limits|requests)|limits|requests|probes?|replicas|labels?|selectors?|volumes?|env(?:ironment)? vars?)|(?:manifests?|specs?|yaml|replicas|tolerations?|node ?selectors?|pod templates?|selectors?|(?:liveness|readiness|startup) probes?)\b(?!\s+(?:changes?|updates?|edits?|bumps?|diffs?)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex KubernetesObjectAfter();

    // "an insufficient number of database locks", "of worker threads": too few of a thing a system runs on; "an
    // insufficient number of tests" is a gap in testing, not an exhausted resource.
    [GeneratedRegex(@"^\s{1,3}(?:[\w-]+\s+){0,2}?(?:locks?|connections?|threads?|workers?|file (?:descriptors|handles)|handles|inodes|slots|ports|replicas|nodes|pods|instances|servers|ip addresses|addresses|sessions|licen[cs]es|seats|processes|partitions|shards|buffers|pages|semaphores)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAfter();

    // "ERC-20 tokens", "a token-gated deposit contract", "zero token transfers", "the token's total supply", "a fee
    // token conversion", "3,794,894 lp-yCRVv2 tokens to be swapped", "the script to swap tokens": a token a chain holds
    // as an asset, counted, traded or converted, not a credential.
    [GeneratedRegex(@"\b(?:erc-?\d{2,4}|spl|bep-?\d{1,3}|native|governance|utility|gas|wrapped|staking|reward|fungible|zero|fee|locker|lp(?:-[\w.]+)?|liquidity|pool|vault|(?:swap|swapped|swapping|sell|sold|buy|bought|bridge|bridged|stake|staked)(?:\s+(?:the|all|its|their|our))?|(?:\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?(?:\s+[\w.-]+)?)[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AssetTokenBefore();

    // "API tokens were swapped", "1,200 personal tokens", "a session token representing the admin's login", "our 2023
    // registry token": a word naming what the token lets in makes it a credential, whatever is done with it.
    [GeneratedRegex(@"\b(?:api|personal|session|access|auth|authentication|bearer|oauth|refresh|registry|deploy|bot|ci|service|jwt|csrf|login|npm|pypi|github|gitlab|slack|discord|webhook|admin|user|secret|security|signing|bridge)[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialTokenBefore();

    [GeneratedRegex(@"^(?:s|['’]s)?[\s-]+(?:transfers?|gated|holders?|balances?|supply|contracts?|prices?|swaps?|burn(?:s|ed)?|allowances?|approvals?|pairs?|liquidity|amounts?|conversions?|representing|(?:to be |were |was )?(?:swapped|sold|bought|bridged|staked))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssetTokenAfter();

    // "your Dotabod settings", "their personalized settings", "user settings were lost", "each streamer's settings":
    // the settings people keep in a service are its data, not the configuration it runs with. "Their" alone may be a
    // machine's ("the proxies lost their timeout settings"), and "account settings" a cloud account's.
    [GeneratedRegex(@"\b(?:your|(?:" + People + @")(?:['’]s?)?|personal(?:i[sz]ed)?|profile|privacy|notification)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UsersSettingsBefore();

    // "the settings of every user", "settings for all customers".
    [GeneratedRegex(@"^\s+(?:of|for)\s+(?:each|every|all|our|the|their)?\s*(?:" + People + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex UsersSettingsAfter();

    private const string People = @"users?|customers?|members?|streamers?|players?|subscribers?|viewers?|owners?|people|everyone";

    /// <summary>The few words of <paramref name="text"/> just before <paramref name="start"/>.</summary>
    /// <summary>
    /// "Kubernetes is supposed to spin up a new node to handle the increased load": the load a system is built to meet is
    /// what it is for, not what went wrong. Not when the sentence says it could not meet it ("we could not scale fast
    /// enough to handle the increased load", "unable to absorb the surge"), which names the load as the trouble.
    /// </summary>
    private static bool WhatItIsMeantToHandle(string text, int start, int end) =>
        ToMeet().IsMatch(WordsBefore(text, start)) && !CouldNotMeet().IsMatch(SentenceAround(text, start, end));

    [GeneratedRegex(@"\bto (?:handle|absorb|cope with|accommodate|deal with|withstand|sustain|serve|meet) (?:the |an? |any |such |future |peak |more |extra |additional )*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToMeet();

    [GeneratedRegex(@"\b(?:unable|failed|fails|could ?n[o'’]?t|can ?n[o'’]?t|cannot|not able|insufficient|not enough|too (?:slow|small|few|little)|did ?n[o'’]?t|does ?n[o'’]?t|was ?n[o'’]?t|were ?n[o'’]?t|not (?:designed|built|sized|provisioned))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouldNotMeet();

    private static ReadOnlySpan<char> WordsBefore(string text, int start) => text.AsSpan(Math.Max(0, start - AttachedChars), Math.Min(start, AttachedChars));

    private static ReadOnlySpan<char> WordsAfter(string text, int end, int chars = AttachedChars) => text.AsSpan(end, Math.Min(text.Length - end, chars));

    // "still in the process of repairing", "the worker process leaked handles", "several hundred mails were processed":
    // a process as a way of working counts only where the words around it say it fell short ("no process for rotating
    // keys", "a manual process", "process improvements", "the review process was not followed", "our release process let a change ship without a canary").
    [GeneratedRegex(@"\b(?:in the|worker|os|child|background|server|parent|daemon|node|java|python|ruby|php|the main)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessNotAProcedure();

    [GeneratedRegex(@"\b(?:no|missing|lack of|unclear|undocumented|informal|ad[- ]hoc|manual|broken|flawed|inadequate|insufficient|poor|wrong|gaps? in|flaws? in|holes? in|did(?: not|n[’']t) follow|skipped|bypassed)\s+(?:[\w,-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex FaultBefore();

    [GeneratedRegex(@"^\s*(?:improvements?|gaps?|failures?|issues?|problems?)\b|^\W{0,3}(?:[\w-]+\s+){0,6}?(?:was|is|were)?\s*(?:(?:not|never) (?:followed|documented|clear|defined|enforced)|missing|lacking|unclear|undocumented|manual|broken|flawed|inadequate|insufficient|gaps?|failed to|did(?: not|n[’']t) (?:cover|catch|require|include|exist)|lack(?:ed|s)\b|had (?:gaps|no)\b|let\b|allowed\b|without\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessFault();

    // How far after or before a part's name its failure is looked for: a few words.
    private const int AttachedChars = 40;

    // At most two words between: "network was down", "network connectivity loss", "network issues".
    [GeneratedRegex(@"^[\s\-]{0,3}(?:[\w'’]+[\s\-]{1,3}){0,2}?(?:down|outages?|issues?|problems?|failures?|fail(?:ed|ing|s)?|partition(?:ed|s)?|interrupt\w*|disrupt\w*|loss|unavailable|unreachable|unstable|instability|congestion|errors?|degraded|flapp\w*|blips?|time-?outs?|timed out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailureAfter();

    /// <summary>
    /// "made a change on the network", "network maintenance": the network changed under the services; not a change the
    /// text looked for and did not find, or sets aside ("there were none", "was unrelated").
    /// </summary>
    private static bool NetworkChanged(string text, int start, int end) =>
        (ChangeBeforeNetwork().IsMatch(WordsBefore(text, start)) || ChangeAfterNetwork().IsMatch(WordsAfter(text, end)))
        && SentenceAround(text, start, end) is var sentence && !SetAside().IsMatch(sentence) && !NoneFound().IsMatch(sentence);

    // "made a change on the network", "an upgrade to our network": the network changed under the services.
    [GeneratedRegex(@"\b(?:changes?|updates?|migrations?|upgrades?|maintenance|rework)\s(?:on|to|of)\s(?:the\s|our\s|its\s|their\s)?(?:[\w'’-]+\s)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ChangeBeforeNetwork();

    // "We checked for recent network changes and there were none", "no network changes that week": a change looked
    // for and not found.
    [GeneratedRegex(@"\b(?:there (?:were|was) none|none (?:were|was) found|found none|no (?:recent )?(?:network )?(?:changes?|maintenance|updates?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoneFound();

    // "a network change", "network configuration changes", "network maintenance" (not "network change detection").
    [GeneratedRegex(@"^[\s\-]{1,3}(?:(?:config(?:uration)?|equipment|infrastructure|hardware|routing)\s)?(?:changes?|updates?|migrations?|upgrades?|maintenance)\b(?!\s(?:detection|monitor\w*|alerts?|notifications?|events?|listeners?|handlers?|callbacks?))", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAfterNetwork();

    // "lost network", "a flaky network", "intermittent network connectivity".
    [GeneratedRegex(@"\b(?:lost|losing|loss of|flaky|unstable|broken|failed|failing|degraded|intermittent)[\s\-]{1,3}(?:[\w'’]+[\s\-]{1,3})?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex FailureBefore();

    // "The load balancer's health check marked every backend down": a health check points at load balancing only
    // where the text names a balancer, or its sentence what one sends traffic to; a container's health check or "no
    // transcode health check" is another thing.
    [GeneratedRegex(@"\b(?:load[- ]?balanc\w*|lbs?|target groups?|backend pools?|ingress\w*|haproxy|elbs?|albs?|nlbs?|envoy|traefik)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LoadBalancer();

    [GeneratedRegex(@"\b(?:backends?|upstreams?|nginx|reverse proxy|backend pool|(?:removed from|out of|taken out of) (?:the )?rotation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LoadBalancing();

    // "the automation deleted every node", "automation kept recreating the pods": automation counts as running away when
    // it is told doing harm; "the disk automation was skipped" or "preventive automation remains open" is work, not a
    // fault, "kept working as intended" no harm, and "restarted the crashed pods" or "was shut down" a remedy.
    [GeneratedRegex(@"^\W{0,3}(?:(?!(?:was|were|been|being|is|are)\b)[\w'’-]+\s+){0,3}?(?:deleted|removed|terminated|destroyed|wiped|killed|(?:drained|rebooted|restarted|shut down|reverted|deprovisioned|disabled) (?:every|all|each|the entire|entire|the whole|whole)|scaled (?:down|to zero)|overwrote|spawned|flooded|misfired|repeatedly|loop(?:ed|ing)?|ran (?:away|amok|wild|repeatedly)|went (?:haywire|rogue|wild)|kept (?!working|running|passing|going)\w+ing|runaway)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AutomationRanAway();

    [GeneratedRegex(@"\b(?:databases?|db|schemas?|tables?|columns?|sql|postgres\w*|mysql|rows?|indexes|indices)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseWord();

    // "an index on the users table", "the query could not use the index": an index a query uses. "Replication for four
    // new indices" in a search cluster, or an "index.html", is another thing.
    [GeneratedRegex(@"\b(?:quer(?:y|ies)|tables?|databases?|db|sql|scans?|columns?|postgres\w*|mysql|mariadb|mongo\w*|rows?|records?|collections?|explain|planner|lookups?|joins?|index(?:es)? on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QueryWord();

    // The indexes of a search engine, a package registry or a web site's front page.
    [GeneratedRegex(@"\b(?:elasticsearch|opensearch|solr|lucene|kibana|algolia|meilisearch|typesense|search (?:cluster|engine|index)|package index|pypi|index\.html?|index page|(?:logs?|search|shard|data) nodes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherIndex();

    /// <summary>The sentence around a match, ended only by a stop followed by a space: "orders.customer_id" is one word.</summary>
    private static string ProseSentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !(text[from - 1] is ' ' or '\n' && from >= 2 && text[from - 2] is '.' or '!' or '?' or '\n'))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !(text[to] is '.' or '!' or '?' && (to + 1 == text.Length || char.IsWhiteSpace(text[to + 1]))) && text[to] != '\n')
        {
            to++;
        }

        return text[from..to];
    }

    /// <summary>A failure told as having happened: "if a zone has a disruption" or "to prevent scheduling issues" tells none.</summary>
    private static bool SaysSomethingFailed(string sentence) =>
        Failure().Match(sentence) is { Success: true } failure && !Hypothetical().IsMatch(sentence.AsSpan(0, failure.Index).ToString());

    /// <summary>The sentence of <paramref name="text"/> that holds the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static string SentenceAround(string text, int start, int end)
    {
        var (from, to) = SentenceBounds(text, start, end);
        return text[from..to];
    }

    /// <summary>Where the sentence of <paramref name="text"/> that holds the span from <paramref name="start"/> to <paramref name="end"/> begins and ends.</summary>
    private static (int From, int To) SentenceBounds(string text, int start, int end)
    {
        var to = text.IndexOfAny(SentenceEnds, end);
        return (text.LastIndexOfAny(SentenceEnds, Math.Max(start - 1, 0)) + 1, to < 0 ? text.Length : to);
    }

    /// <summary>
    /// Capitalised words inside a sentence ("PostHog Feature Flags went down", "the Python Package Index (PyPI)") are a
    /// name: every word of the synonym capitalised but not all capitals (AWS and DNS are what they say), the run of
    /// capitalised words around it not starting the line or a sentence, and a lowercase word next to that run, so a
    /// Title Case heading is not taken for a name.
    /// </summary>
    private static bool IsName(string surface, List<Word> words, int first, int length, string text)
    {
        // "OOMKilled", "DNSFailure": an acronym joined to a word is a term as the tools print it, not a capitalised name.
        var parts = surface.Split([' ', '-', '_', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (!parts.All(p => char.IsUpper(p[0]) && p.Skip(1).Any(char.IsLower)) || parts.Any(p => p.Length > 2 && char.IsUpper(p[1]) && p.Skip(2).Any(char.IsLower)))
        {
            return false;
        }

        bool Capitalised(int index) => char.IsUpper(text[words[index].Start]);
        bool Joined(int left) => text.AsSpan(words[left].End, words[left + 1].Start - words[left].End).IndexOfAny(".!?:\n#*") < 0;
        bool StartsSentence(int index) => index == 0 || !Joined(index - 1);
        if (StartsSentence(first))
        {
            return false;
        }

        // The run of capitalised words around the synonym, short of the sentence's first word (capitalised for its place).
        var start = first;
        while (start - 1 > 0 && first - start < MaxNameWords && Capitalised(start - 1) && !StartsSentence(start - 1))
        {
            start--;
        }

        var end = first + length - 1;
        while (end + 1 < words.Count && end - first < MaxNameWords && Capitalised(end + 1) && Joined(end))
        {
            end++;
        }

        if (IsTitleCase(text, words[first].Start))
        {
            return false;
        }

        bool Lower(int index) => index >= 0 && index < words.Count && char.IsLower(text[words[index].Start]);
        return Lower(start - 1) || StartsSentence(start - 1) || (Lower(end + 1) && Joined(end));
    }

    /// <summary>
    /// "security-token-service", "payment-cache-worker": a word inside a name of three or more hyphened parts ending in
    /// what kind of component it is names the component, as an identifier does, not what went wrong with it. So does
    /// "rate-limit-proxy", a component named after an event or a mechanism it deals in; but "third-party-api" and
    /// "dns-resolver-agent" name who runs it or what it is, which is the cause's own word when that part failed.
    /// </summary>
    private static bool InServiceName(string text, int start, int end, bool namesWhatItIs)
    {
        var from = start;
        while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && (char.IsLetterOrDigit(text[to]) || text[to] == '-'))
        {
            to++;
        }

        // "third-party-api": words naming what the part is need another besides them and the kind, or the name is the
        // cause's phrase.
        var parts = text[from..to].Split('-', StringSplitOptions.RemoveEmptyEntries);
        var synonymParts = text[start..end].Split('-', ' ').Length;
        return parts.Length >= 3 && to > end && ComponentKinds.Contains(parts[^1].ToLowerInvariant()) && (!namesWhatItIs || parts.Length - synonymParts >= 2);
    }

    private static readonly HashSet<string> ComponentKinds = ["service", "svc", "api", "server", "adapter", "proxy", "worker", "manager", "controller", "operator", "gateway", "client", "daemon", "agent", "exporter", "app", "backend", "frontend"];

    // A name is a few words; a longer run of capitals is read no further (hostile input can be one long run).
    private const int MaxNameWords = 6;

    /// <summary>
    /// A short line with most of its words capitalised and no full stop at its end ("Broken initramfs After Kernel
    /// Update") is a heading in Title Case, not a sentence naming things.
    /// </summary>
    private static bool IsTitleCase(string text, int at)
    {
        var from = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var to = text.IndexOf('\n', at);
        var line = text.AsSpan(from, (to < 0 ? text.Length : to) - from).Trim();
        if (line.Length > MaxHeadingLength || line.Length == 0 || line[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var lineWords = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return lineWords.Count(w => char.IsUpper(w[0])) * 2 > lineWords.Count;
    }

    private const int MaxHeadingLength = 200;

    /// <summary>Words of one phrase are separated by spaces or a hyphen, not by a full stop or a colon.</summary>
    private static bool JoinsPhrase(string text, int from, int to) =>
        to - from <= 3 && text.AsSpan(from, to - from).IndexOfAnyExcept(" -_/") < 0;

    [GeneratedRegex(@"\b(?:outages?|incidents?|disruption|degrad|down\b|issues?\b|problems?\b|errors?\b|fail|fault|bugs?\b|unavailab|unreachable|unresponsive|broke|interrupt|impair|time(?:d)? ?outs?\b|lost\b|loss\b|crash|slow|latency|throttl|maintenance|[45]\d\d\b|5xx)", RegexOptions.IgnoreCase)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\b(?:if|in case|unless|whether|prevent|avoid|could|would|can|might|may|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    // Foreign: a word of another language (ForeignWording.CauseWords), where a capital says nothing of a name: German
    // writes every noun with one ("ein abgelaufenes Zertifikat").
    private sealed record Rule(string Category, string Synonym, string[] Words, bool Foreign);

    private sealed class CategoryEvidence(string category)
    {
        private readonly SortedDictionary<string, PhraseEvidence> _phrases = new(StringComparer.Ordinal);

        public string Category { get; } = category;

        public IReadOnlyCollection<string> Synonyms => _phrases.Keys;

        public bool InRootCause { get; private set; }

        /// <summary>Named where a document says what went wrong: the summary, the root-cause text or a sentence naming the cause.</summary>
        public bool Stated { get; private set; }

        public double Factor { get; set; } = 1;

        public double Score => _phrases.Values.Sum(p => p.Points) * Factor;

        /// <summary>The synonym that earned the most points; ties go to the first in alphabetical order.</summary>
        public string DecidingSynonym => _phrases.OrderByDescending(p => p.Value.Points).First().Key;

        /// <summary>The deciding synonym as written where it counted most.</summary>
        public string DecidingSurface => _phrases[DecidingSynonym].Surface;

        public string DecidingWhere => _phrases[DecidingSynonym].Where;

        public void Add(string synonym, string surface, double points, double weight, string where)
        {
            InRootCause |= weight >= RootCauseWeight;
            Stated |= weight >= SummaryWeight;
            if (_phrases.TryGetValue(synonym, out var seen))
            {
                _phrases[synonym] = weight > seen.Weight
                    ? new PhraseEvidence(seen.Points + points, surface, where, weight)
                    : seen with { Points = seen.Points + points };
            }
            else
            {
                _phrases[synonym] = new PhraseEvidence(points, surface, where, weight);
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Category} {Score:0.##}");
    }

    private sealed record PhraseEvidence(double Points, string Surface, string Where, double Weight);
}
