using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>Whether a sentence of prose tells a dead end, and whether it needs the sentence before to say which.</summary>
internal enum ToldDeadEnd
{
    None,

    /// <summary>"Raising the limit had no effect": the sentence alone.</summary>
    InTheSentence,

    /// <summary>"I rebooted the server." / "That didn't make a difference.": the remedy is in the sentence before.</summary>
    WithTheSentenceBefore,
}

/// <summary>
/// What a timeline entry's words say about it: whether it was a dead end ("misleading path", "no effect",
/// "suspected X (not related)") and which milestone it marks. Only clear wording counts; an entry that says an
/// attempt failed is never a milestone.
/// </summary>
internal static partial class EventWording
{
    /// <summary>
    /// In the order they are assigned, so an entry that could be two milestones takes the earlier one (an explicit start
    /// mark goes before all of them: see <see cref="MarksStart"/>); resolved comes before mitigated because "service
    /// resumes, incident ends" closes the incident rather than easing it.
    /// </summary>
    public static readonly Milestone[] Milestones = [Milestone.Detected, Milestone.Identified, Milestone.Resolved, Milestone.Mitigated, Milestone.Started];

    // A phrase of Latin or Cyrillic letters is matched as whole words; one of Chinese, Japanese or Korean inside a run;
    // none before the words that give it another sense.
    private static readonly Regex DidNotHelpInOtherLanguages = new(
        string.Join('|', ForeignWording.DidNotHelp.Select(d => (char.IsLetter(d.Phrase[0]) && d.Phrase[0] < '\u3000' ? @"(?<!\p{L})" : "") + Regex.Escape(d.Phrase).Replace("'", "['’]", StringComparison.Ordinal)
            + (char.IsLetter(d.Phrase[^1]) && d.Phrase[^1] < '\u3000' ? @"(?!\p{L})" : "") + (d.NotBefore is { } other ? @"(?!\s+" + other + @"\b)" : ""))),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>How many entries back a remedy can be that a later "the issue persisted" reports on.</summary>
    private const int RemedyLookBack = 2;

    /// <summary>How many entries back the closing can be that a later "incident re-opened" undoes.</summary>
    private const int ReopenLookBack = 2;

    // How far back the work on a signal later found to have always been there may stand.
    private const int SignalLookBack = 2;

    /// <summary>An entry on its own: a dead end by its wording, or a problem that persisted after the remedy it names.</summary>
    public static bool IsDeadEnd(string entry) => MarkdownInline.WithLinkText(entry) is var text && (IsDeadEndByWording(text) || (Persisted().IsMatch(text) && Remedy().IsMatch(text) && !CalledOver(text)));

    /// <summary>
    /// "OUTAGE MITIGATED, deployed a new machine. Mounts are still missing on disk", "Impact ended; some jobs still
    /// failing", "Service restored, some reports still missing": the writer calls the outage over, or the service
    /// back, in the entry, so what is still missing is its tail, and the remedy worked (not "service partially
    /// restored", "restored for some users"). Not "the outage was not mitigated", nor an end only believed or awaited ("we thought the incident was
    /// over", "until the outage is mitigated").
    /// </summary>
    private static bool CalledOver(string text) => CalledOverWording().IsMatch(text) && !NotYetResolved().IsMatch(text);

    [GeneratedRegex(@"(?<!\b(?:thought|think|believ\w*|assum\w*|seem\w*|appear\w*|looked like|as if|hop\w*|expect\w*|until|once|if|when|before)\b[^.;]{0,40})(?:\b(?:outage|incident|impact|disruption)s? (?:(?:has |had )?been |is |was )?(?:mitigated|resolved|ended(?! up))\b|(?<!\b(?:partial(?:ly)?|some|most)\s(?:[\w-]+\s)?)\b(?:service|services|site|website|api|platform|access)(?: (?:has|had|have) been| (?:is|was|were|are)(?: now)?)? (?:fully )?(?:restored|recovered)\b(?! (?:to|in|on|for) (?:some|most|part|a few|staging|one)\b)|\b(?:outage|incident|impact) ends\b|\bend of (?:the )?(?:outage|incident|impact)\b)(?![^.;]{0,30}\b(?:or so|we thought|it seemed|\?))", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOverWording();

    /// <summary>
    /// "The hub pods are restarted. This seems to catch most users, although some requests still failed", "the
    /// failover fixed most of the errors", "which resolved the problem for most users", "after that most users could
    /// log in again", "most validators are signing again": a remedy that worked for the most part, the rest left over,
    /// is no dead end and no sign the trouble goes on. Not "still working on a fix for most of the failing requests",
    /// which has not worked yet, nor "most requests were failing again".
    /// </summary>
    public static bool MostlyWorked(string text) => MostlyWorkedWording().IsMatch(text);

    /// <summary>"Neither helped.", "But it did not help", "That made no difference": a sentence that tells how what came just before it went.</summary>
    public static bool TellsAnOutcome(string sentence) => OutcomeOfThat().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:(?:catch(?:es)?|caught|fix(?:es|ed)|resolv(?:es|ed)|solv(?:es|ed)|restor(?:es|ed)|clear(?:s|ed)|help(?:s|ed)|work(?:s|ed) for) (?:\w+ ){0,4}?(?:most|the majority|nearly all|almost all|the bulk)|mostly (?:fix|resolv|restor|clear|work|recover)\w*|(?:most|the majority|nearly all|almost all) (?:of (?:the |our )?)?(?:traffic|people|(?!(?:errors|timeouts|alerts|alarms|failures|issues|problems|crashes|outages|spikes|symptoms|incidents|warnings|retries|backlogs)\b)\w{2,}s)\b(?:(?!\b(?:fail|error|down\b|broke|crash|stuck|time[ds]? out|timing out|full|empty|slow|unreachable|unavailable|offline|missing|backing|stall|lag|firing|spik|high|late|degraded))[^.;]){0,40}?\b(?:again|recovered|(?:were|was|are|is|came) back)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MostlyWorkedWording();

    /// <summary>
    /// The dead ends of a timeline, read in order. "The errors persist" is the incident going on unless a remedy was
    /// tried just before (in the entry or one of the two before it); then that remedy was the dead end. An entry that
    /// only reports the outcome ("found the issue persisted", "the fix was not effective") marks the remedy entry
    /// before it as well, since the attempt is what cost the time.
    /// </summary>
    public static bool[] DeadEnds(IReadOnlyList<string> entries)
    {
        // "[PR is closed](https://…) as not the right approach": the words of a link are the sentence, its address is not.
        var texts = entries.Select(MarkdownInline.WithLinkText).ToList();
        var marks = new bool[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var remedyBefore = RemedyBefore(texts, i);
            var persisted = Persisted().IsMatch(text) && (Remedy().IsMatch(text) || remedyBefore is not null) && !MostlyWorked(text) && !CalledOver(text) && !FixedButAnotherLeft().IsMatch(text);
            if (!IsDeadEndByWording(text) && !persisted)
            {
                continue;
            }

            marks[i] = true;
            if (!Remedy().IsMatch(text) && OutcomeOnly().IsMatch(text) && remedyBefore is { } attempt)
            {
                marks[attempt] = true;
            }
        }

        // "13:48 Incident closed." then "14:07 Incident re-opened.": the closing was a wrong belief that it was over.
        for (var i = 1; i < texts.Count; i++)
        {
            if (Reopened().IsMatch(texts[i]))
            {
                for (var j = i - 1; j >= 0 && j >= i - ReopenLookBack; j--)
                {
                    if (Closed().IsMatch(texts[j]))
                    {
                        marks[j] = true;
                        break;
                    }
                }
            }
        }

        // "11:42 Reverted the last PR in case it caused the API errors", then "12:25 e2e tests pass, so I'll un-revert my
        // PR": a revert taken back later was a wrong lead.
        for (var i = 1; i < texts.Count; i++)
        {
            if (RevertUndone().IsMatch(texts[i]) && Enumerable.Range(0, i).LastOrDefault(j => Reverted().IsMatch(texts[j]) && !RevertUndone().IsMatch(texts[j]), -1) is var revert and >= 0)
            {
                marks[revert] = true;
            }
        }

        // "13:06 A 403 on the first try, attributed to stale cookies and not counted as a problem", then "13:35 The 403
        // recurs, again attributed to stale cookies": the explanation of a sign waved away before, given again, is the
        // same wrong lead followed again.
        for (var i = 1; i < texts.Count; i++)
        {
            marks[i] |= Enumerable.Range(0, i).Any(j => marks[j] && SameExplanation(texts[i], texts[j]));
        }

        // "10:30 Claims frontend is put back up, despite degraded performance", then "12:21 Claims frontend is taken down
        // again": bringing the same thing back was an attempt that did not hold.
        for (var i = 1; i < texts.Count; i++)
        {
            // Not one that worked and was switched off on purpose once the trouble was over ("disabled again now that the
            // primary is healthy", "maintenance page taken down again" after the service was restored).
            if (TakenDownAgain().Match(texts[i]) is { Success: true } again && ThingNamed(again) is var thing && !OnPurpose().IsMatch(texts[i])
                && Enumerable.Range(0, i).Select(j => (Index: j, Back: BroughtBack().Match(texts[j]))).LastOrDefault(b => b.Back.Success && ThingNamed(b.Back) == thing) is { Back: not null } broughtBack
                && !TellsItWorked(texts[broughtBack.Index][broughtBack.Back.Length..])
                && !texts.Skip(broughtBack.Index + 1).Take(i - broughtBack.Index - 1).Any(t => Says(t, Milestone.Resolved) || Says(t, Milestone.Mitigated) || TellsItWorked(t)))
            {
                marks[broughtBack.Index] = true;
            }
        }

        // "17:30 Investigated a warning the workers logged", "17:35 Installed the missing packages", then "17:43 these
        // errors had actually always been present": a signal that was there all along was followed, so the work on it
        // just before (an investigation or a remedy) was a wrong lead; not a remedy that brought the service back.
        for (var i = 1; i < texts.Count; i++)
        {
            if (AlwaysThere().IsMatch(texts[i]))
            {
                for (var j = i - 1; j >= 0 && j >= i - SignalLookBack; j--)
                {
                    marks[j] |= (Remedy().IsMatch(texts[j]) || WorkedOnASignal().IsMatch(texts[j])) && !Worked().IsMatch(texts[j]);
                }
            }
        }

        // "Plan is upgraded", "Site returns online for a brief moment", "Database unreachable again": a remedy that
        // brought the service back only briefly, with the trouble back in the next entries, did not work.
        for (var i = 1; i < texts.Count; i++)
        {
            if (BrieflyBack().IsMatch(texts[i])
                && texts.Skip(i + 1).Take(RelapseLookAhead).Any(t => Problem().IsMatch(t) && !BrieflyBack().IsMatch(t) && !MostlyWorked(t) && !Says(t, Milestone.Resolved) && !Says(t, Milestone.Mitigated))
                && RemedyBefore(texts, i) is { } attempt)
            {
                marks[attempt] = true;
            }
        }

        // "06:30 Attempts to restore database backups underway", then "09:27 Database backups determined to be unusable":
        // an attempt whose means a later entry finds of no use did not work. The later entry must name what the attempt
        // used (a word both share besides the remedy's), and no entry from the attempt on may say it went through
        // ("Restore complete" after "an old replica found to be corrupt" tells another thing was).
        for (var i = 1; i < texts.Count; i++)
        {
            if (FoundOfNoUse().IsMatch(texts[i])
                && Enumerable.Range(0, i).Reverse().Take(UnusableLookBack).FirstOrDefault(j => AttemptUnderWay().IsMatch(texts[j]) && SharesAThing(texts[i], texts[j]), -1) is var attempt and >= 0
                && !texts.Skip(attempt).Take(i - attempt + 1 + UnusableLookBack).Any(t => WentThrough().IsMatch(t)))
            {
                marks[attempt] = true;
            }
        }

        // "The root cause is tentatively attributed to the v2.3 deploy", then "Root cause confirmed": the first reading held.
        for (var i = 0; i < texts.Count; i++)
        {
            if (marks[i] && InitialVerdict().IsMatch(texts[i]) && !IsDeadEndByWording(InitialVerdict().Replace(texts[i], ""))
                && texts.Skip(i + 1).Take(ConfirmLookAhead).Any(t => CauseConfirmed().IsMatch(t)))
            {
                marks[i] = false;
            }
        }

        // "The root cause is preliminarily attributed to the domain controllers", then "The root cause is identified as a
        // storage issue": a cause named for now that a later finding names otherwise was a wrong lead. Not one nothing
        // later settles, nor one the later finding names again ("tentatively attributed to the v2.3 deploy", then
        // "root cause confirmed: the v2.3 deploy").
        for (var i = 0; i < texts.Count; i++)
        {
            if (!marks[i] && TentativeCause().Match(texts[i]) is { Success: true } tentative)
            {
                var named = Words().Matches(tentative.Groups["what"].Value).Select(w => w.Value.ToLowerInvariant()).Where(w => w.Length >= 4 && w is not ("that" or "with" or "from" or "this")).ToList();
                var findings = texts.Skip(i + 1).Where(t => CauseFound().IsMatch(t)).ToList();
                marks[i] = named.Count > 0 && findings.Count > 0 && !findings.Any(f => named.Any(w => f.Contains(w, StringComparison.OrdinalIgnoreCase)));
            }
        }

        // "zfs1 is rebooted in an attempt to start the rebuild", then "The array has not actually begun rebuilding, so
        // zfs1 is rebooted again": the next entry says what the attempt aimed at did not come about, and makes it again;
        // or "Attempted to restart the worker", then "Worker terminated again with exit 1": it failed as before.
        for (var i = 1; i < texts.Count; i++)
        {
            if (((AimNotReached().IsMatch(texts[i]) && MadeAgain().IsMatch(texts[i])) || FailedAgain().IsMatch(texts[i])) && AttemptMade().IsMatch(texts[i - 1]))
            {
                marks[i - 1] = true;
            }
        }

        // "09:51 Deleted old rows, but that does not free any disk space", then "12:53 Deletes more old rows": the same
        // step taken again after it did not help follows the same wrong lead, unless this time it worked (the entry says
        // so, or the next one does without a remedy of its own).
        for (var i = 1; i < texts.Count; i++)
        {
            marks[i] |= !TellsItWorked(texts[i])
                && (i + 1 == texts.Count || Remedy().IsMatch(texts[i + 1]) || !(TellsItWorked(texts[i + 1]) || Says(texts[i + 1], Milestone.Resolved) || Says(texts[i + 1], Milestone.Mitigated)))
                && Enumerable.Range(0, i).Any(j => marks[j] && SameStep(texts[i], texts[j]));
        }

        return marks;
    }

    // "deletes more", "restarted it again", "once more restarts": the remedy's own words say it is done again.
    [GeneratedRegex(@"\G(?:\s+(?:more|another|further)\b|[^.;]{0,40}?\b(?:again|once more|a second time)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAgainAfter();

    [GeneratedRegex(@"\b(?:again|once more)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAgainBefore();

    /// <summary>
    /// Whether <paramref name="again"/> takes a step of <paramref name="before"/> once more: the same remedy ("deletes",
    /// "deleted"), said to be done again ("deletes more", "restarted it again"), to something both name (a word of four
    /// letters or more besides the remedy, "availability_logs", "worker").
    /// </summary>
    private static bool SameStep(string again, string before)
    {
        static string StemOf(Match remedy) => remedy.Value.ToLowerInvariant()[..Math.Min(5, remedy.Length)];
        var remedies = Remedy().Matches(before).Select(StemOf).ToHashSet(StringComparer.Ordinal);
        if (!Remedy().Matches(again).Any(m => remedies.Contains(StemOf(m)) && (DoneAgainAfter().IsMatch(again, m.Index + m.Length) || DoneAgainBefore().IsMatch(again.AsSpan(0, m.Index)))))
        {
            return false;
        }

        return NamedWords(again).Intersect(NamedWords(before)).Any();
    }

    /// <summary>The words of four letters or more that name a thing: not a remedy's ("restart"), nor a common one ("again").</summary>
    private static IEnumerable<string> NamedWords(string text) => LongWords(text).Where(w => !Remedy().IsMatch(w) && !CommonWords.Contains(w));

    // Whether a finding names what an attempt used: a word of both besides the words of trying and of finding.
    private static bool SharesAThing(string later, string earlier) =>
        NamedWords(later).Except(AttemptWords).Intersect(NamedWords(earlier)).Any();

    private static readonly HashSet<string> AttemptWords = ["attempt", "attempts", "attempted", "trying", "tried", "effort", "efforts", "underway", "under", "progress", "started", "determined", "found", "deemed", "confirmed", "declared", "unusable", "useless"];

    // Entries back from the finding that the means were of no use to the attempt that used them.
    private const int UnusableLookBack = 6;

    // "Attempts to restore database backups underway", "Trying to recover the volume from snapshots": an attempt begun.
    [GeneratedRegex(@"\b(?:attempts?|efforts?|trying|tried|started|began|beginning|working) (?:to |at )?(?:restore|restoring|recover|recovering|rebuild|rebuilding|repair|repairing|roll back|rolling back|fail over|failing over|use|using|replay|replaying|import|importing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptUnderWay();

    // "Database backups determined to be unusable", "the snapshot was found to be corrupt", "found to be empty". Not
    // "confirmed empty": a queue so is one drained.
    [GeneratedRegex(@"\b(?:(?:is|are|was|were)\s+(?:(?:determined|found|deemed|declared)\s+(?:to\s+be\s+)?)?|(?:determined|found|deemed|declared)\s+(?:to\s+be\s+)?|turned\s+out\s+(?:to\s+be\s+)?|proved\s+(?:to\s+be\s+)?)(?:unusable|useless|corrupt(?:ed)?|incomplete|empty|unrestorable|unrecoverable|not\s+usable|of\s+no\s+use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FoundOfNoUse();

    // "Restore complete", "Wiki volume restored", "Replay succeeded": an attempt that went through.
    [GeneratedRegex(@"\b(?:restored|recovered|succeeded|successful(?:ly)?|complete[ds]?|finished|worked|delivered|back (?:up|online|to normal))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WentThrough();

    private static readonly HashSet<string> CommonWords = ["again", "more", "once", "that", "this", "with", "from", "into", "then", "there", "they", "their", "some", "still", "also", "after", "before", "which", "what", "when", "were", "have", "been", "does", "doing", "done"];

    [GeneratedRegex(@"\b(?:preliminarily|tentatively|provisionally)\s+(?:attributed|blamed|traced)\s+to\s+(?<what>[^.;]{1,80})", RegexOptions.IgnoreCase)]
    private static partial Regex TentativeCause();

    [GeneratedRegex(@"\b(?:(?:root )?cause (?:is|was|has been) (?:identified|determined|found|traced|confirmed)|identified as|determined to be|traced (?:back )?to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseFound();

    // How many entries after a first reading one may say it was confirmed.
    private const int ConfirmLookAhead = 3;

    [GeneratedRegex(@"(?<!\b(?:not|n['’]t|never|un)\s?)\b(?:(?:root )?cause (?:is |was |has been )?confirmed|confirm(?:s|ed)? (?:that |as )?(?:the |this |it )?(?:(?:root )?cause|culprit|was (?:the )?cause))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseConfirmed();

    [GeneratedRegex(@"\b(?:has|have|had|did|does|is|are|was|were)(?:n['’]t|\s+not)\s+(?:actually|really|in fact)\b|\bstill\s+(?:(?:has|have|had|did|is|are|was|were)(?:n['’]t|\s+not)|not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AimNotReached();

    [GeneratedRegex(@"\b(?:again|once more|a second time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeAgain();

    [GeneratedRegex(@"\b(?:fail(?:s|ed)|terminat(?:es|ed)|crash(?:es|ed)|died|dies|exit(?:s|ed)|errored|went down|goes down)\b[^.;]{0,20}?\bagain\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailedAgain();

    [GeneratedRegex(@"\b(?:in an? (?:attempt|effort|bid) to|(?:attempt(?:s|ed|ing)?|tri(?:es|ed)|trying) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptMade();

    // "The original bug is resolved, but automatic builds are still broken": the remedy fixed what it aimed at, and
    // what is still wrong is another problem, not the same one persisting.
    [GeneratedRegex(@"\b(?:is|was|are|were|has been|have been) (?:now )?(?:resolved|fixed)\b,? but\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixedButAnotherLeft();

    /// <summary>How many entries after a brief recovery the trouble must be back for the remedy before it to have failed.</summary>
    private const int RelapseLookAhead = 2;

    // "returns online for a brief moment", "recovered briefly", "momentarily came back": the service only seemed back.
    [GeneratedRegex(@"\b(?:(?:back|online|up|recover(?:s|ed|ing)?|restored|respond(?:s|ed|ing)|work(?:s|ed|ing))\b[^.;]{0,30}?\b(?:for a (?:brief|short) (?:moment|time|while|period)|briefly|momentarily)\b|(?:briefly|momentarily) (?:came|comes|coming|was|is|went|goes) (?:back|online|up)\b|(?:briefly|momentarily) (?:recover(?:s|ed)|restored|respond(?:s|ed)|work(?:s|ed))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BrieflyBack();

    // "Incident re-opened", or the trouble back ("Issue recurs", "the problem came back").
    [GeneratedRegex(@"\b(?:(?:incident|issue|ticket|outage)s? (?:was |is |has been |got )?re-?opened|re-?open(?:ed|ing|s)? (?:the |this |our )?(?:incident|issue|ticket|outage)|(?:incident|issue|problem|outage)s? (?:recurs|recurred|returns|returned|came back|is back))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reopened();

    // "Incident closed", or it only seeming over ("Incident appears to be resolved").
    [GeneratedRegex(@"\b(?:(?:incident|issue|ticket|outage)s? (?:was |is |has been |got |(?:appears|seems) to (?:be|have been) )?(?:closed|resolved|over|marked (?:as )?resolved)|(?:closed|resolved) (?:the |this |our )?(?:incident|issue|ticket|outage))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closed();

    /// <summary>
    /// The nearest entry just before that tried a remedy. A change made before anything was known to be wrong (the
    /// deploy that started the incident) is not a remedy, so some earlier entry must name the problem; nor is one made
    /// for the future ("approves a patch that will reject bad input going forward"), which trouble still seen later
    /// does not answer.
    /// </summary>
    [GeneratedRegex(@"\b(?:going forward|from now on|in (?:the )?future|to prevent (?:this|it|a recurrence|recurrence|future|similar)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ForTheFuture();

    private static int? RemedyBefore(IReadOnlyList<string> texts, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - RemedyLookBack; j--)
        {
            if (Remedy().IsMatch(texts[j]) && !ForTheFuture().IsMatch(texts[j]))
            {
                return texts.Take(j).Any(t => Problem().IsMatch(t)) ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A prose timeline tells an attempt and its outcome in separate sentences: "At 10:45 we attempted to start the
    /// standby. But … it refused to start." The moment's sentence, with the untimed sentences after it, is a dead end
    /// when it tells of an attempt that then failed, errored or was refused.
    /// </summary>
    public static bool IsFailedAttempt(string sentenceAndOutcome) => AttemptThenFailure().IsMatch(sentenceAndOutcome);

    [GeneratedRegex(@"\b(?:attempt(?:s|ed)?|tried to)\b[\s\S]{0,500}?\b(?:fail(?:s|ed)?\b(?!\s?over)|errored|error(?:s|ed)? out|refused|could ?n[o'’]?t|unable to|did ?n[o'’]?t work|unsuccessful(?:ly)?|to no avail|without success)", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptThenFailure();

    /// <summary>
    /// A dead end as running prose tells it, read more strictly than a timeline entry, since prose also tells what
    /// was not tried and what does not work in general: a remedy and, after it in the sentence, that it failed ("We
    /// did some reboots of the proxy without success"); a sentence that says only that "that didn't make a
    /// difference" after one that names a remedy; or a lead said to be wrong ("turned out to be unrelated", "was
    /// misinterpreted as", "our first theory was X, but").
    /// </summary>
    public static ToldDeadEnd TellsDeadEnd(string sentence, string? previous)
    {
        // "The rollback restored checkout, but the review is still happening": a remedy that worked is no dead end,
        // whatever the sentence goes on to.
        if ((Misled().IsMatch(sentence) && !ConfirmedSuspicion().IsMatch(sentence) && !NamedAgainAsTheCause(sentence)) || FailingCostTheRepair().IsMatch(sentence)
            || (ProseRemedy().Match(sentence) is { Success: true } remedy && ProseFailure().Match(sentence, remedy.Index + remedy.Length) is { Success: true } failure
                && !Worked().IsMatch(sentence[(remedy.Index + remedy.Length)..failure.Index])))
        {
            return ToldDeadEnd.InTheSentence;
        }

        return previous is not null && ((OutcomeOfThat().IsMatch(sentence) && ProseFailure().IsMatch(sentence)) || StillAfterAll().IsMatch(sentence)) && ProseRemedy().IsMatch(previous)
            ? ToldDeadEnd.WithTheSentenceBefore
            : ToldDeadEnd.None;
    }

    /// <summary>
    /// Whether a sentence of prose tells something the team did to make the trouble go away and does not say it worked
    /// ("We failed over, which restored service" is no attempt a later "It was still down" can answer).
    /// </summary>
    public static bool TellsUnsettledRemedy(string sentence) => ProseRemedy().IsMatch(sentence) && !Worked().IsMatch(sentence);

    /// <summary>
    /// Whether an outcome ("This did not resolve the issue") answers the remedy told just before it, one not said to
    /// have worked: <see cref="TellsDeadEnd"/> with that sentence before, which already asks that it names a remedy.
    /// </summary>
    public static bool AnswersUnsettledRemedy(string outcome, string attempt) =>
        !Worked().IsMatch(attempt) && TellsDeadEnd(outcome, attempt) == ToldDeadEnd.WithTheSentenceBefore;

    [GeneratedRegex(@"\b(?:restored|fixed|recovered|resolved|worked|solved|cleared|came back|back (?:up|online|to normal)|(?:working|flowing|running|up) again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Worked();

    /// <summary>An outcome that opens with a bare "it" ("It was still down") or a bare "However," speaks of the sentence just before, never of one further back.</summary>
    public static bool AnswersOnlyTheSentenceBefore(string sentence) => BareIt().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:(?:\w+,\s*)?(?:(?:but|and|yet|however,?)\s+)?it\b|(?:however|but|yet|unfortunately),?\s)", RegexOptions.IgnoreCase)]
    private static partial Regex BareIt();

    [GeneratedRegex(@"\b(?:(?:first|initial|original|working|early) (?:theory|hypothesis|assumption|suspicion) (?:was|had been) that\b[^.]{0,200}?[;,]\s+[^.;]{0,100}?\b(?:was|were) (?:actually|in fact|really)\b(?!\s+(?:the case|right|correct|true|accurate|so|confirmed|what happened)\b|(?<=\b(?:it|they|this|these|those|that|which|both)\s+(?:was|were)\s+(?:actually|in fact|really))\s+(?:the (?:root )?cause|the culprit|the problem|to blame|responsible)\b)|red herring|(?:a|the|was a|were a) dead[- ]end\b|false (?:lead|trail)|wild goose|wrong (?:lead|trail)|turned out(?: to be)? (?:unrelated|a red herring|wrong|incorrect|not (?:to be )?(?:the (?:root )?cause|related|relevant))|prov(?:ed|en) (?:to be )?(?:wrong|incorrect|unrelated|a red herring)|(?:was|were|we|team|engineers?|on-?call) (?:misinterpreted|misdiagnosed|misread)|(?:suspect(?:ed|ing)|suspicion|assum(?:ed|ing)|(?:we|I|team|they) (?:first |initially )?thought|believ(?:ed|ing)|(?:first|initial|original|working) (?:theory|hypothesis))\b[^.;]{0,100}\b(?:but|however)\b[^.;]{0,40}(?:\bnot\b|n[’']t\b|\bturned out\b|\bactually\b|\bin fact\b|\binstead\b|\botherwise\b|\bunrelated\b|\bwrong\b|\breal\b)|(?:initially|at first|first|originally) (?:thought|suspected|assumed|believed|blamed)\b[^.;]{0,120}\b(?:but|however|until)\b(?:[^.;]{0,60}?\b(?:we|they|I|the team|engineers?))?(?: (?:later|then|soon|eventually|quickly))? (?:discovered|found|realized|realised|learned|learnt|noticed|saw|determined)\b|ruled out (?:[\w-]+ ){0,5}as (?:the |a )?(?:root )?(?:cause|culprit)|turned out that\b[^.;]{0,80}?\b(?:was|were|is|are)(?: not|n[’']t) (?:actually )?the (?:root )?(?:cause|culprit|problem|issue)\b|(?:looked at|spent|suspected|checked|investigat\w*)\b[^.;]{0,80}\bturned out that\b[^.;]{0,80}?\b(?:was|were|is|are)(?: not|n[’']t) (?:related|to blame)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Misled();

    // What was done to make the trouble go away. A change that could also be the trouble's own course ("traffic
    // increased", "requests dropped") counts only with what it acts on: "raised the memory limit", "dropping all the requests".
    [GeneratedRegex(@"\b(?:restart(?:s|ed|ing)?|reboot(?:s|ed|ing)?|roll(?:ed|ing)?(?: (?:it|them|this|that|these|those))? ?back|rollbacks?|revert(?:s|ed|ing)?|fail(?:ed|ing)? over|failovers?|redeploy(?:s|ed|ing|ment)?|re-?ran|re-?run(?:ning)?|reinstall(?:s|ed|ing)?|recreat(?:e|ed|ing)|rebuil(?:d|t|ding)|scal(?:ed|ing) (?:up|out)|(?:increas|rais|bump|doubl)(?:ed|ing) (?:the |its |our )?(?:[\w-]+ )?(?:limits?|memory|timeouts?|replicas|capacity|resources|pool|size|instances|workers|cpu)|add(?:ed|ing) (?:even |some |a few )?more (?:[\w-]+ )?(?:instances|nodes|servers|capacity|workers|replicas|resources|machines|pods)|(?:clear|flush|purg|dropp|kill)(?:ed|ing) (?:the|all|our|its|every|stuck|old)|(?:throttl|rate[- ]limit|block)(?:ed|ing) (?:them|it|the|that|this|those|these)\b|retr(?:ied|ying|ies)|(?:fix|patch|hotfix|workaround|mitigation|remedy|solution|effort)(?:es|s)?|(?:we|I|the team|on-?call|engineers?|admins?|operators?)\s+(?:\w+\s+)?(?:attempted|tried) to|(?:attempts?|efforts?) to (?:revive|restart|restore|fix|recover|repair|resolve|mitigate|reduce|relieve|alleviate|drain|bring back|get (?:it|them|the \w+) back))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseRemedy();

    // "Neither helped", "none of these restarts made a difference", "nothing worked", "neither restart nor flush
    // helped": steps that all came to nothing, told by their number; not "neither helped at first, but within minutes
    // latency was back to normal". The "of" words are atomic:
    // a lazy optional word there made the generated matcher overrun its stack (IndexOutOfRangeException).
    private const string NeitherHelped = @"\b(?:(?:neither|none|nothing)(?>(?: of (?:them|this|that|it|(?:these|those|the|our)(?: (?:[\w-]+ )?(?:steps|attempts|changes|actions|restarts|reboots|measures|fixes|mitigations|workarounds))?))?)|neither(?> (?:the |a )?[\w-]+ nor (?:the |a )?[\w-]+)) (?:helped|worked|made (?:a|any) difference|had (?:an?|any) (?:effect|impact)|fixed|resolved|solved)\b(?! at first| initially| right away| immediately| better| more| as well| so well| like| faster| quicker)(?![^.;]{0,80}\b(?:but|until|then)\b[^.;]{0,60}\b(?:back to normal|recover\w*|resolved|restored|worked|helped)\b)|";

    [GeneratedRegex(NeitherHelped + @"\b(?:without (?:any )?(?:success|effect|improvement|luck)|unsuccessful(?:ly)?|to no avail|did ?n[o'’]?t (?:help|work|fix|resolve|solve|make (?:a|any) difference|change anything|improve (?:things|anything|matters|the situation)|(?:mitigate|alleviate|relieve|reduce|restore) (?:the|it|this|that|them|any|service|access|matters)\b)|(?:do|does|did)(?: not|n[’']?t) (?:seem|appear) to (?:help|work|fix|resolve|solve|improve|change)|(?:had|has|with|having) (?:no|little) (?:effect|impact on the (?:issue|problem)|improvement)|made (?:no|little) difference|(?:was|were)(?: not|n[’']?t) (?:enough|sufficient|effective)|(?:was|were) (?:insufficient|ineffective)|fail(?:ed|s)? to (?:fix|restore|resolve|recover|help|improve|solve|repair)|\b(?:but|however|yet)\b,?[^.;]{0,100}?\b(?:was|were|is|are) still (?:failing|broken|down|crashing|erroring|timing out|occu?rr?ing|happening)\b|not (?:having|have|had) the (?:intended|desired|expected) effect|(?:errors?|issues?|problems?|degradation|symptoms?|outage|crash(?:es)?) (?:still |had )?(?:persisted|came back|recurred|continued unabated|continued to (?:fail|occur|happen|appear|rise|grow))\b|remained (?:elevated|high|down|broken|unchanged)|\b(?:but|however|yet)\b,?[^.;]{0,60}?\b(?:lag|latency|backlog|queue|errors?|error rate|load|memory|usage|traffic) (?:kept|continued to) (?:growing|rising|climbing|increasing|grow|rise|climb|increase)\b|\b(?:but|however)\b,?[^.;]{0,80}?\bprevented (?:us|them|it|the team) from\b|neither of (?:these|those|them|the two)\b[^.;]{0,40}\b(?:help|work|fix|solv|resolv|yield|improv))", RegexOptions.IgnoreCase)]
    private static partial Regex ProseFailure();

    // "Unfortunately, that didn't make a difference", "But it did not help": the outcome of what the sentence before did.
    [GeneratedRegex(@"^\W*(?:\w+,\s*)?(?:(?:but|and|yet|however,?)\s+)?(?:that|this|it|these|those|neither|none of (?:these|those|them)|the (?:attempt|change|fix|restart|reboot|rollback|revert|effort)s?|the (?:additional|extra|new|added) [\w-]+(?: [\w-]+)?(?= (?:did|does|do|had|has|have|was|were|made|could)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeOfThat();

    // "However, requests were still being routed to the secondary and errors were still occurring": a sentence that
    // opens by turning against the one before and says the trouble is still there (not "However, our alerts were not
    // enough", which turns to another matter, nor "the attacker was still active" or "an entry will still remain").
    [GeneratedRegex(@"^\W*(?:however|but|yet|unfortunately),?\s[^.;]{0,160}\b(?:was|were|is|are)\s+still\s+(?:being\s+\w+ed|occu?rr?ing|happening|failing|broken|down|erroring|timing out|crashing|unavailable|unreachable|unresponsive|slow|elevated|high|stuck|present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillAfterAll();

    private static bool IsDeadEndByWording(string text) =>
        !ConfirmedSuspicion().IsMatch(text) && (DeadEnd().IsMatch(text) || DidNotHelpInOtherLanguages.IsMatch(text) || (SymptomNotCause().IsMatch(text) && !Detected().IsMatch(text) && !Identified().IsMatch(text)) || ProseDeadEnd().IsMatch(text) || FailingCostTheRepair().IsMatch(text) || FirstGuessGivenUp(text) || ((NoRecovery().IsMatch(text) || FellShort().IsMatch(text)) && Remedy().IsMatch(text)) || FellShortAtTheEnd().IsMatch(text) || (NoChangeAtTheEnd().IsMatch(text) && Remedy().IsMatch(text)) || (StillAfterRemedy(text) && !CalledOver(text) && !FixedButAnotherLeft().IsMatch(text)) || RequestTurnedDown().IsMatch(text) || EarlierAttemptFailed().IsMatch(text) || (MadeWorse().IsMatch(text) && ProseRemedy().IsMatch(text)) || NotNeededAfterAll().IsMatch(text) || CheckedAndCleared().IsMatch(text) || AttemptFailedInOtherLanguages().IsMatch(text));

    // "Tentatives de redémarrage via scripts échouées", "intentos de reinicio fallidos", "Neustartversuche
    // fehlgeschlagen", "pogingen om te herstarten mislukt": attempts at a remedy said to have failed, as "restart
    // attempts failed" is in English. The attempt must name the remedy (a restart, a restore, a repair, a fix, a
    // rollback), so "intentos de inicio de sesión fallidos" or "Anmeldeversuche fehlgeschlagen" (the trouble seen) and
    // "sin intentos fallidos" (none failed) are not.
    [GeneratedRegex(@"(?<!\b(?:sin|sem|sans|ohne|zonder|senza|aucune?|ningún|ninguna|nenhuma?|keine|geen|nessun[oa]?)\s(?:\p{L}+\s)?)(?<!\p{L})"
        + @"(?:(?:tentatives?|intentos?|tentativas?|tentativ[oi])\s(?:de|di|d['’])\s?(?:la\s|le\s|del\s|da\s|do\s)?(?:redémarr|relanc|restaur|répar|récupér|corrig|corre|rollback|retour arrière|reini|rein[ií]c|restabl|recuper|repar|revert|revers|riavvi|ripristin)\p{L}*"
        + @"|(?:neustart|wiederherstellungs|reparatur|rollback|rücksetz|korrektur|wiederanlauf)versuch(?:e|en)?|herstelpogingen|pogingen\s(?:om\s)?(?:\p{L}+\s){0,4}?te\s(?:herstarten|herstellen|repareren|terugdraaien))"
        + @"(?!\p{L})[^.;:]{0,60}?(?<!\p{L})(?:échoué(?:e|s|es)?|fallid[oa]s?|fallaron|falló|falharam|falhou|fracassad[ao]s?|fallit[oi]|falliti|fehlgeschlagen|gescheitert|scheiterten?|mislukt(?:e|en)?)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptFailedInOtherLanguages();

    // "Video call with the access team; nothing indicated that ABAC had problems", "found no problems with the gateway",
    // "det var ingenting som tydet på at ABAC hadde problemer": a suspect looked at and cleared, a lead ruled out. Only
    // a suspect said to have had no problem or fault; "no sign of errors after the rollback" tells a remedy working.
    [GeneratedRegex(@"\bnothing\s+(?:\w+\s+)?(?:indicated|suggested|pointed to|showed)\b(?:\s+that)?[^.;]{0,60}?\b(?:had|was|were|having)\s+(?:any\s+)?(?:problems?|issues?|faults?|at fault|the cause|to blame)\b"
        + @"|\bfound no (?:sign of )?(?:problems?|issues?|faults?) (?:with|in|on) (?!(?:our|the) (?:fix|rollback|restart|new|patched)\b)"
        + @"|\bno (?:sign|indication|evidence) that (?:the |their |our )?[\w-]+(?: [\w-]+)? (?:had|was|were) (?:any )?(?:problems?|issues?|at fault|the cause)\b"
        + @"|\b(?:ingenting|intet|inget|ingen ting) (?:som|der) (?:tydet|tyder|tydede|tydde|tyter) på at\b[^.;]{0,60}?(?:problem|feil|fejl|fel)"
        + @"|\b(?:ingen|inga) (?:tegn|tecken) (?:til|på) at{1,2}\b[^.;]{0,60}?(?:problem|feil|fejl|fel)", RegexOptions.IgnoreCase)]
    private static partial Regex CheckedAndCleared();

    // "In hindsight, this was probably not necessary", "which turned out to be unnecessary", "it was not needed after
    // all": a step just told, said afterwards to have been of no use. Only a step the words point back to ("this",
    // "it", "that", "which"), not something else named as needless ("in hindsight, a second region is not necessary").
    [GeneratedRegex(@"\b(?:in hindsight,?|looking back,?|as it turned out,?)\s+(?:this|that|it|these|those|doing so|the (?:step|change|restart|reboot|rollback))\s+(?:was|were|is|had been)\s+(?:probably\s+|likely\s+|most likely\s+|perhaps\s+|clearly\s+|entirely\s+)?(?:not (?:necessary|needed|required|useful|helpful)|unnecessary|unneeded|pointless|a (?:red herring|dead end|waste of time))\b"
        + @"|\b(?:this|that|it|which|these|those)\s+(?:later\s+)?(?:turned out|proved)\s+(?:to be\s+)?(?:unnecessary|pointless|not (?:to be )?(?:necessary|needed))\b"
        + @"|\b(?:this|that|it|which|these|those)\s+(?:was|were)\s+(?:not needed|unnecessary|pointless)\s+after all\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNeededAfterAll();

    [GeneratedRegex(@"\b(?:un-?revert(?:s|ed|ing)?|revert(?:s|ed|ing)? (?:the|that|this|my|our) revert|re-?land(?:s|ed|ing)? (?:the|that|this|my|our) (?:pr|change|commit|patch)|re-?appl(?:y|ies|ied|ying) (?:the|that|this|my|our) (?:pr|change|commit|patch)(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RevertUndone();

    [GeneratedRegex(@"\b(?:revert(?:s|ed|ing)?|roll(?:s|ed|ing)? ?back|rolled it back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reverted();

    // "Claims frontend is taken down again", "the feature flag was disabled again": the thing is the words before the verb.
    [GeneratedRegex(@"^\W*(?:the\s+)?(?<thing>[\w .'’-]{3,60}?)\s+(?:is|was|were|are|gets?|got)\s+(?:taken (?:down|offline)|disabled|turned off|switched off|pulled|shut down|rolled back|reverted)\s+again\b", RegexOptions.IgnoreCase)]
    private static partial Regex TakenDownAgain();

    [GeneratedRegex(@"^\W*(?:the\s+)?(?<thing>[\w .'’-]{3,60}?)\s+(?:is|was|were|are|gets?|got)\s+(?:put back (?:up|online)|brought back(?: up| online)?|back up|re-?enabled|turned back on|switched back on|re-?opened|re-?launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BroughtBack();

    [GeneratedRegex(@"\b(?:now that|no longer (?:needed|required)|as planned|as scheduled|after (?:the )?(?:fix|recovery|incident)|(?:is|was|were|are) (?:healthy|stable|recovered|resolved)|once (?:the )?(?:\w+ )?(?:recovered|stabili[sz]ed|healthy|fixed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnPurpose();

    // "re-enabled as fallback; payments succeed", "migration finishes; logins work": told of the thing brought back, or
    // of the service before it is taken down again, the trouble was over.
    private static bool TellsItWorked(string text) => Worked().IsMatch(text) || WorkedInOtherWords().IsMatch(text);

    [GeneratedRegex(@"\b(?:succeed(?:s|ed)?|healthy|stable|normal|works?(?=\s*(?:$|[.;,!]|\s(?:again|normally|fine|as expected)\b)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkedInOtherWords();

    private static string ThingNamed(Match match) => match.Groups["thing"].Value.Trim().ToLowerInvariant();

    // "Restarted the database, which made things worse", "the failover only made matters worse": a remedy that
    // deepened the trouble it was meant to ease (a deploy that made things worse is the trouble itself, no remedy).
    [GeneratedRegex(@"\b(?:made|makes|making|make) (?:things|it|matters|the (?:situation|problem|issue|outage|incident|trouble|errors?|latency|backlog)) (?:even |much |far |a lot |only |significantly )?worse\b|\bworsen(?:ed|ing|s)? (?:things|matters|the (?:situation|problem|issue|outage|incident))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeWorse();

    // "Realized the first backup failed and started to investigate", "found that the previous fix did not work": a
    // finding that an earlier attempt (the first, the previous one) came to nothing, so another had to be made. Not a
    // first deploy, migration or upgrade that failed: that is more often how the incident began; nor "the previous
    // nightly backup had failed", the state of the system, where only "the first backup" is one the team tried.
    [GeneratedRegex(@"\b(?:reali[sz]\w*|found|discover\w*|notic\w*|determin\w*|confirm\w*|learn\w*|saw)\s+(?:that\s+)?(?:the\s+|our\s+)?(?:(?:first|previous|initial|earlier|original)\s+(?:[\w-]+\s+){0,2}?(?:restor\w*|fix|patch|roll-?back|failover|attempt|hotfix|workaround|mitigation)|first\s+backup)\s+(?:had\s+)?(?:also\s+)?(?:failed|did ?n[o'’]?t (?:work|help|succeed)|(?:was|were) (?:incomplete|corrupt\w*|empty|unusable|broken|unsuccessful|ineffective))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierAttemptFailed();

    // "We suspected the cache, but it took until 10:15 to confirm it", "first suspicion was the cache, until we saw the
    // hit rate drop, which confirmed it": a first guess that proved right cost no time on a wrong lead. Not "but could
    // not confirm it" or "never confirmed", which leave the lead open.
    [GeneratedRegex(@"\b(?:suspect|suspicion|assum|thought|believ|theory|hypothes)\w*\b[^.;]{0,100}\b(?:but|until|however|and)\b[^.;]{0,80}?(?<!\b(?:not|n[’']t|never|unable to|failed to|could ?n[o'’]?t)\s(?:\w+\s)?)\b(?:confirm(?:ed|s|ing)?|verified)\b(?![^.;]{0,30}\b(?:not|n[’']t|otherwise|wrong|unrelated|innocent)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmedSuspicion();

    /// <summary>
    /// "Our initial hypothesis was that a bad deploy caused the errors, and the deploy was in fact to blame": the thing
    /// the hypothesis named, named again as the cause, confirms it, even with a word added ("the 09:00 deploy"); "the
    /// disk was in fact the cause" after a theory about the network refutes it, and so does "the replica database" after
    /// one about the primary database (the same thing, told apart by another word).
    /// </summary>
    private static bool NamedAgainAsTheCause(string sentence)
    {
        if (HypothesisThenCause().Match(sentence) is not { Success: true } told)
        {
            return false;
        }

        var named = told.Groups["named"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hypothesis = Words().Matches(told.Groups["hypothesis"].Value).Select(w => w.Value).ToList();
        var head = hypothesis.FindIndex(w => w.Equals(named[^1], StringComparison.OrdinalIgnoreCase));
        if (head < 0)
        {
            return false;
        }

        // Walk back from the head in both: the words before it must agree until the named thing or the hypothesis's
        // own words run out, or the hypothesis reaches its determiner.
        for (var k = 1; k < named.Length; k++)
        {
            var before = head - k;
            if (before < 0 || Determiners.Contains(hypothesis[before]))
            {
                return true;
            }

            if (!hypothesis[before].Equals(named[^(k + 1)], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // The words that open a noun phrase: the regex reads past them to the thing named, and the comparison stops at them.
    private const string Determiner = "the|a|an|our|their|its|this|that";

    // "some" opens a phrase of the hypothesis too ("that some disks were failing").
    private static readonly HashSet<string> Determiners = new([.. Determiner.Split('|'), "some"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\w:-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:theory|hypothesis|assumption|suspicion) (?:was|had been) that\b(?<hypothesis>[^.]{0,200}?)[;,]\s+[^.;]{0,100}?\b(?:(?:" + Determiner + @")\s+)?(?<named>(?:(?!(?:" + Determiner + @"|and|but|so|or|yet|then|which|it|however|though|while)\b)[\w:-]+\s+){0,3}?(?!(?:and|but|so|or|yet|then|which|that|it|this|however|though|while)\b)[\w:-]+)\s+(?:was|were)\s+(?:actually|in fact|really)\s+(?:the (?:root )?cause|the culprit|the problem|to blame|responsible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HypothesisThenCause();

    // "Cloudflare responds to the second abuse report as \"invalid\"", "the registrar declined our takedown request",
    // "turned down our request to null-route the attacker", "the registrar refused to take the domain down": a request
    // the team made to get the trouble stopped, turned down, cost its wait for nothing. The request is one to stop
    // something (an abuse, takedown or removal report, an escalation, or "our request to" do a thing), not the service's own traffic
    // ("our requests to the payment gateway are rejected", "rejected our health check requests") nor customers' tickets;
    // not "despite declining the abuse reports" (an aside), nor a request of someone else's the team turned down.
    [GeneratedRegex(@"(?<!\bdespite\s(?:\w+\s){0,3})\b(?:(?:abuse|takedown|take-down|removal|escalation)\s+(?:[\w-]+\s+)?(?:reports?|requests?|complaints?|tickets?|appeals?)\b[^.;]{0,40}?\b(?:as\W{0,2}(?:invalid|not actionable|out of scope)|(?:was|were|got|is|are) (?:declined|rejected|denied|refused|dismissed|turned down))|(?:our|the team['’]s|my)\s+(?:(?:(?:abuse|takedown|removal|support|escalation)\s+)?(?:reports?|requests?|complaints?|tickets?)(?:\s+to\s+(?!(?:the|a|an|our|their|its|your)\b)[a-z][\w-]*\b[^.;]{0,40}?)?|(?:escalations?|appeals?)(?:\s+to\b[^.;]{0,40}?)?)\s+(?:as\W{0,2}(?:invalid|not actionable|out of scope)|(?:was|were|got|is|are) (?:declined|rejected|denied|refused|dismissed|turned down))|(?<!\bwe\s)(?:declined|rejected|denied|refused|dismissed|turned down)\s+(?:our|the team['’]s|my)\s+(?:(?:abuse|takedown|take-down|removal|support|escalation)\s+(?:reports?|requests?|complaints?|tickets?|appeals?)|(?:reports?|requests?|complaints?|tickets?|escalations?|appeals?)\s+to\s+(?!(?:the|a|an|our|their|its|your)\b)[a-z])|(?<!\b(?:we|I)\s)\brefused to (?:take|remove|block|suspend|null-?route|act on|delete|ban)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestTurnedDown();

    /// <summary>
    /// "Initially concluded external infrastructure issue", "We first suspected the load balancer": an entry that opens
    /// with what was believed at first tells a reading the team later gave up, unless it goes on to say the reading held
    /// ("Initially suspected DNS, confirmed by dig", "first suspected the deploy; rolling it back restored service").
    /// </summary>
    private static bool FirstGuessGivenUp(string text) =>
        InitialVerdict().Match(text) is { Success: true } verdict && !BorneOut().IsMatch(text, verdict.Index + verdict.Length);

    [GeneratedRegex(@"^\W*(?:(?:we|the team|I|engineers?|on-?call|the (?:root )?cause (?:is|was)|(?:it|this|the (?:issue|problem|outage|incident|failure)) (?:is|was))\s+)?(?:(?:initially|at first|originally)\s+(?:concluded|thought|assumed|believed|suspected|blamed|diagnosed|attributed)|first\s+(?:thought|assumed|believed|suspected|blamed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex InitialVerdict();

    // After the first guess, words that say it held or that acting on it worked.
    [GeneratedRegex(@"\b(?:confirm\w*|verified|restored|resolved|fix(?:es|ed)?|recovered|correct|right|indeed|normal|zero|dropped|back|returned|stabili[sz]ed|held(?: up)?|stood)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BorneOut();

    /// <summary>
    /// "Flushed the cache; it did not clear the backlog", "the new limit was insufficient": an attempt said to fall
    /// short, a dead end when the entry names what was tried ("the connection pool was insufficient" is a finding, and
    /// "did not clear the old build cache" what a step left undone).
    /// </summary>
    [GeneratedRegex(@"\bdid ?n[o'’]?t clear(?: up)?(?: (?:it|them|the (?:issue|problem|errors?|fault|hold|alerts?|condition|state|backlog|queue|5xx(?: errors)?|timeouts)))?\b(?!\s+[\w-])|\binsufficient\b(?!\s+[\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex FellShort();

    /// <summary>"Drained node-7 — did not clear", "Lowered the concurrency to 4 — insufficient": the verdict set after the attempt closes the entry.</summary>
    [GeneratedRegex(@"(?:[—–:;]|\s-)\W{0,4}(?:did ?n[o'’]?t clear(?: up)?|insufficient)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FellShortAtTheEnd();

    /// <summary>"Restarted kube-apiserver — no change", "Rolled back (same errors)", "Flushed the cache → no luck": after a remedy, the verdict that nothing moved.</summary>
    // A colon labels a measure instead ("p99 latency: unchanged" after a fix that worked).
    [GeneratedRegex(@"(?:[—–→(]|\s-)\W{0,4}(?:no (?:change|luck|difference|improvement|effect)|same (?:result|errors?|behaviou?r|symptoms?)|unchanged)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoChangeAtTheEnd();

    /// <summary>
    /// "All user pods are deleted ... However, people logging in are still getting the same user's pods": a remedy,
    /// then a "however" that says the trouble is still there ("but we are still monitoring", "however, the root cause
    /// is still unclear" are not), or a "but" that tells things stuck or failing anew.
    /// </summary>
    private static bool StillAfterRemedy(string text)
    {
        var trouble = StillDespite().Match(text);
        if (!trouble.Success && ButStuck().Match(text) is { Success: true } stuck && !Recovered().IsMatch(text, stuck.Index + stuck.Length)
            && RetriedRemedy().Match(text) is { Success: true } retried && retried.Index < stuck.Index)
        {
            trouble = stuck;
        }

        return (trouble.Success && Remedy().Match(text) is { Success: true } remedy && remedy.Index < trouble.Index) || RetriedAndStill().IsMatch(text);
    }

    // "Re-run of the old workflow still shows the old password", "Restarted Traefik, still 404": an entry that opens on
    // the remedy and says the trouble is still there. Not "still in progress", "still monitoring", "still returns 200",
    // "no pods still stuck", nor trouble that ends on its own ("still elevated until the cache drained", "still returns
    // 503 for two minutes before recovering").
    [GeneratedRegex(@"^\W*(?:(?:we|the team|I|on-?call|engineers?)\s+)?(?:re-?ran|re-?run|restart\w*|reboot\w*|roll(?:ed|ing)?(?: (?:it|them|this|that|these|those))? ?back|rollback|revert\w*|retr(?:y|ied|ies|ying)|redeploy\w*|recreat\w*|flush\w*|scal\w* (?:up|out))\b[^.]{0,80}?(?<!\b(?:no|not|none|nothing|never)\s(?:[\w-]+\s){0,2})\bstill (?:(?:shows?|showing|returns?|returning|serves?|serving) (?:the |an? )?(?:old|stale|same|previous|wrong|empty|errors?|[45]\d\d)\b|fails?|failing|failed|erroring|broken|down|stuck|crashing|times? out|timing out|unreachable|unavailable|unresponsive|[45]\d\d\b)(?![^.;]{0,60}\b(?:until|before (?:it )?recover\w*|then recover\w*|recovered|back to normal)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RetriedAndStill();

    // "Unknown pods force-deleted; new pods scheduled but stuck in ContainerCreating", "restarted the worker, but it
    // crashed again", "the migration is killed, but the table remains locked": after a remedy, a "but" that tells things stuck or failing anew, with nothing recovering after it.
    // Not "but the cause was a stuck process", "but no jobs were stuck", "but 40 stuck jobs were replayed by hand", "but
    // first released the stuck lock".
    [GeneratedRegex(@"\b(?:however|but|yet)\b,?(?:\s+stuck\b(?!-)|(?:(?!\b(?:cause|reason|because|no|not|none|never|nothing|zero|first|only|until)\b)[^.;]){0,60}?\b(?<!\b(?:that|which)\s)(?:(?:were|was|are|is|got|get|remain(?:s|ed)?|still)\s+stuck\b(?!-)(?!\s+(?:only|until|briefly)\b)|(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:locked|down|broken|blocked|offline|unavailable|unreachable|unresponsive)\b(?!\s+(?:only|until|briefly)\b)(?![^.;]{0,30}\b(?:pending|review|as planned|forensics?|deliberately|intentionally|on purpose)\b)|(?:crash(?:ed|es)?|fail(?:ed|s)?|broke|died) again|kept (?:failing|crashing|restarting)|recurred)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ButStuck();

    [GeneratedRegex(@"\b(?:drain\w*|replay\w*|recover\w*|restor\w*|normal|clear\w*|resolv\w*|back up|healthy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recovered();

    // A remedy tried on what was failing, not the change that broke it ("v2.3 deployed, but jobs got stuck" is the trigger).
    [GeneratedRegex(@"\b(?:restart\w*|reboot\w*|roll(?:ed|ing)?(?: (?:it|them|this|that|these|those))? ?back|rollback|revert\w*|retr(?:y|ied|ies|ying)|redeploy\w*|delet\w*|kill\w*|flush\w*|clear\w*|recreat\w*|reschedul\w*|drain\w*|cordon\w*|scal\w* (?:up|down|out|in)|failover|fail(?:ed)? over|increas\w*|rais(?:e|ed|ing)|bump\w*|patch\w*|resiz\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RetriedRemedy();

    [GeneratedRegex(@"\b(?:however|but|yet|unfortunately)\b,?[^.;]{0,80}?\bstill (?:\w+ ){0,2}?(?:could ?n[o'’]?t|can ?n[o'’]?t|unable|getting|seeing|hitting|receiving|failing|failed|fails|broken|down|erroring|returning errors|timing out|crashing|redirected|stuck|slow|high|elevated|unreachable|unavailable|unresponsive|occurring|happening|present|there|the same|not (?:working|responding|reachable|available|fixed|resolved))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillDespite();

    /// <summary>
    /// "Failed to restore service", "does not free up space": a dead end when the entry names what was tried ("the
    /// restart failed to restore service"); alone ("the database failed to recover") it tells the failure itself.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:fail(?:s|ed)?|unsuccessful(?:ly)?) to (?:restore|fix|resolve|help|improve|recover)|(?:do|does|did)(?: not|n't|nt) (?:immediately |actually |really )?(?:free(?: up)?|release|reclaim|restore|recover|bring back)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoRecovery();

    /// <param name="closesPeriod">The entry's time ends a period the text names ("until 10:45am"): that is its end by itself.</param>
    public static bool Says(string text, Milestone milestone, bool closesPeriod = false)
    {
        // "Builds failed until 12:30 UTC": the time that closes a period of trouble is its end, whatever the trouble was.
        if (closesPeriod)
        {
            return milestone == Milestone.Resolved;
        }

        // "Rollback failed" eases nothing; but trouble that starts is failure by nature ("80% of requests fail. START OF
        // OUTAGE"), and so is trouble people begin to report ("customers start reporting failed payments").
        if (Failure().IsMatch(text) && milestone != Milestone.Started && !(milestone == Milestone.Detected && PeopleReportTrouble().IsMatch(text)))
        {
            return false;
        }

        return milestone switch
        {
            Milestone.Started => Started().IsMatch(text) || ForeignStarted().IsMatch(text),
            Milestone.Detected => (Detected().IsMatch(text) || ForeignDetected().IsMatch(text)) && !DetectedRecovery().IsMatch(text) && !(SuccessReported().IsMatch(text) && !TimestampReader.TellsFault(text) && !ButTrouble().IsMatch(text)),
            Milestone.Identified => Identified().IsMatch(text),
            Milestone.Mitigated => Mitigated().IsMatch(text) && !Contemplated().IsMatch(text) && !(RemedyBegun().IsMatch(text) && !BegunAndEased().IsMatch(text)),
            Milestone.Resolved => (Resolved().IsMatch(text) || ForeignResolved().IsMatch(text)) && !NotYetResolved().IsMatch(text) && !OutsideProduction(text),
            _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "no wording for this milestone"),
        };
    }

    // The start, detection and end of an incident as an entry in Spanish, Portuguese, French, German, Italian, Dutch,
    // Russian, Chinese, Japanese or Korean says them (the languages ForeignWording reads): "Inicio del incidente",
    // "**発生**"; "Fehler erkannt", "**検知**"; "Servicio restablecido", "NC ist wieder erreichbar", "**復旧確認**",
    // "已恢复". Not "no resuelto", "未復旧", nor the start of recovery work ("緊急復旧開始", "恢复作业").
    [GeneratedRegex(@"\b(?:inicio del (?:incidente|problema|corte)|beginn der (?:störung|stoerung|unterbrechung)|störung beginnt|début de l[’']?(?:incident|panne)|início do incidente|начало (?:инцидента|сбоя))\b|(?:発生|发生|發生)(?!源|原因|頻度|频率)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignStarted();

    // Not a cause found ("Ursache erkannt", "发现根本原因": the cause is identified) nor nothing found ("未发现异常").
    [GeneratedRegex(@"^(?!.*(?:\b(?:ursache|causa|cause|причин\w*)\b|原因|根因|원인))(?:.*?(?<!\bnicht\s|\bno\s|\bnon\s|\bне\s)\b(?:detectad[oa]s?|se detect[óa]|erkannt|festgestellt|détecté[es]?|rilevat[oa]|обнаружен[оаы]?)\b|.*?(?<!未|没有|沒有|未能)(?:検知|検出|发现|發現|감지|탐지))", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDetected();

    // Not negated within the two words before ("no se ha resuelto", "pas encore résolu", "未復旧"), nor tried, begun
    // or failing ("尝试恢复", "开始恢复", "복구 시도, 실패", "エラーが解消しない").
    [GeneratedRegex(@"(?<!\b(?:no|nicht|non|não|niet|не|pas|nie|nunca|jamais|kein\w*)(?:\s+[\w'’]+){0,2}\s+)\b(?:resuelt[oa]s?|restablecid[oa]s?|restaurad[oa]s?|behoben|wiederhergestellt|wieder (?:erreichbar|verfügbar|online)|résolu[es]?|rétabli[es]?|resolvid[oa]s?|restabelecid[oa]s?|risolt[oa]|ripristinat[oa]|opgelost|hersteld|восстановлен[оаы]?|устранен[оаы]?)\b|(?<!未|尚未|没有|沒有|尝试|嘗試|试图|試圖|开始|開始|試み)(?:復旧|解消|解决|解決|恢复|恢復|복구|해결)(?!\s?(?:開始|开始|作業|作业|手順|中|策|方法|計画|计划|予定|작업|중|시도|しない|できない|せず|されない|失败|失敗|실패))(?![^。，,.]{0,12}(?:失败|失敗|실패))", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignResolved();

    /// <summary>
    /// "Asks the validators to wait for a rollback plan", "discussed a failover": a remedy talked of, planned or
    /// proposed has not eased anything yet.
    /// </summary>
    [GeneratedRegex(@"\b(?:plan(?:s|ning)?|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|propos(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|wait(?:s|ed|ing)? for|ask(?:s|ed)? for|debat(?:e|es|ed|ing))\b[^.;]{0,40}\b(?:rollback|roll(?:ing)? ?back|revert(?:ing)?|failover|fail(?:ing)? over|workaround|mitigation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contemplated();

    // The words that give a sign its explanation ("attributed to stale cookies", "dismissed as noise").
    private const string Explained = "(?:attributed to|blamed on|put down to|chalked up to|dismissed as|written off as)";

    [GeneratedRegex(@"\b(?:again|once more|once again)\s+" + Explained + @"\s+(?<what>[^.;,]{1,60})|\b" + Explained + @"\s+(?<what>[^.;,]{1,40}?)\s+(?:again|once more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedAgain();

    [GeneratedRegex(@"\b" + Explained + @"\s+(?<what>[^.;,]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainedAway();

    /// <summary>"again attributed to 'stale cookies'" after "attributed to the mysterious 'must have been stale cookies' reason": the same explanation, a word of four letters or more shared.</summary>
    private static bool SameExplanation(string again, string before) =>
        ExplainedAgain().Match(again) is { Success: true } later && ExplainedAway().Match(before) is { Success: true } earlier
        && LongWords(later.Groups["what"].Value).Intersect(LongWords(earlier.Groups["what"].Value)).Any();

    /// <summary>The words of four letters or more, lower case: those that can name a thing two entries share.</summary>
    private static IEnumerable<string> LongWords(string text) => WordRun().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 4);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRun();

    // A misleading signal or a wrong lead named as such, or a real sign of the trouble waved away ("attributed to stale
    // cookies, and not counted as a problem", "dismissed as noise", "the on-call wrote it off as a flaky check"; not a
    // lead ruled out, "dismissed as the cause", nor a dismissal that was right, "dismissed as the load test, which it
    // was"); an attempt that could not be made or had no effect. "Chalked up to" and "put down to" name the real cause
    // as often as a wrong one, so they are not read.
    [GeneratedRegex(@"\b(?:misleading|(?:looks?|looked|seem(?:s|ed)?|appear(?:s|ed)?)\s+(?:to\s+be\s+)?(?:fine|ok|okay|good|normal|healthy)\s+on\s+the\s+surface|(?:was|were|we|team|on-?call|engineers?) (?:misinterpreted|misdiagnosed|misread)|(?<!\b(?:prevent|avoid|reduce|stop|less|fewer)\w*\s(?:\w+\s)?)misdiagnosis\b(?![^.;]{0,60}\b(?:less likely|unlikely|avoided|prevented)\b)|(?:wrong|incorrect|mistaken) (?:diagnosis|hypothesis)\b|(?:mistakenly|wrongly|incorrectly) (?:thought|believed|assumed|suspected|attributed|blamed)|red herring|false (?:lead|alarm|trail|positive)|(?:(?:(?:was|were|got|been)\s|,\s*)(?:dismissed|written off|brushed (?:off|aside)|shrugged off)|(?:dismissed|wrote off|brushed off|shrugged off) (?:the|this|that|these|those|it|them|our)\b[^.;,]{0,30}?) as\b(?!\s+(?:the |a |an |its |our )?(?:root )?(?:cause|culprit|source)\b)(?![^.;]{0,60}\bwhich (?:it|they) (?:was|were)\b)|not (?:counted|treated|taken) as (?:a |an )?(?:problem|issue|concern|incident)\b|dead[- ]end|wild goose|(?<!\b(?:avoid|avoiding|not|without|never|no)\b[^.;]{0,20})rabbit[- ]hole|\b(?:could ?n[o'’]?t|could not|(?:was|were) unable to|unable to)\s(?:\w+\s){0,2}?(?:restart|disable|stop|kill|roll(?:ing)? ?back|revert|apply|reboot|redeploy|fail ?over|issue)\b|wrong (?:path|direction|track|lead|approach)|(?:closed|rejected|dropped|abandoned) as (?:not the right|the wrong|an? (?:wrong|incorrect)) (?:approach|fix|solution|direction)|(?:propos|suggest)(?:ed|es)\b[^.;]{0,60}\bbut (?:there (?:was|is) no\b(?! (?:need|reason|longer)\b)|(?:it )?(?:was|is) (?:not possible|impossible)|(?:we )?(?:could ?n[o'’]?t|could not|can ?n[o'’]?t|(?:was|were) unable to))|(?:ditch|abandon|scrap)(?:s|es|ed|ped|ping|ing)? (?:an? |the |this |that |our |their )?(?:attempt|approach|idea|effort)\b|(?:had |with |has )?no (?:effect(?! on (?:users|customers|clients|visitors|production|existing|other|our (?:users|customers)|the (?:users|customers|site|service|data)))|impact on the (?:issue|problem)|improvement)|did ?n[o']?t (?:help|work|fix|resolve|improve|change anything|(?:mitigate|alleviate|solve|remedy) (?:the|it|this|that|them|any|matters)\b)|not effective|ineffective|(?:proved|proven|turned out(?: to be)?) insufficient\b|ruled out|conclud(?:e|es|ed|ing) (?:that )?(?:there (?:is|was|are|were) no\b|it (?:is|was)(?: not|n't)\b)|(?:proved|proven|turned out(?: to be)?) (?:incorrect|wrong|false|unrelated|a red herring|not the cause)|(?:was|were) (?:unrelated|a red herring|not the cause)|attempt(?:ed|s)?\b[^.;]{0,60}\bfail|\battempt(?:s|ed)? to\b[^.;]{0,80}[;,]\s*(?:but\s+)?instead\b(?!\s+of\b)|\bbut (?:it )?(?:did )?not (?:help|work|fix|resolve|solve)\b|\(\s?(?:not related|unrelated)\s?\)|(?:suspect|assum|thought|believ|investigat|check)\w*\b[^.;]{0,80}\b(?:not related|unrelated))", RegexOptions.IgnoreCase)]
    private static partial Regex DeadEnd();

    // "19:12 Logs showed key loading failures (symptom, not cause)": a signal the entry itself marks as misleading. Not
    // an alert that fired ("a symptom, not the cause") nor the finding of the cause.
    [GeneratedRegex(@"\(\s?(?:an?\s)?symptoms?,?\s(?:and\s|but\s)?(?:not|rather than)\s(?:the\s|a\s)?(?:root\s)?cause\s?\)", RegexOptions.IgnoreCase)]
    private static partial Regex SymptomNotCause();

    /// <summary>
    /// Dead ends as people write them in running prose: a remedy that "does not seem to fix" things, "not having the
    /// intended effect", an error that "remains elevated despite the rollback", a "rollback fails" ("restart of the server failed"), a
    /// suspicion followed by "but", a belief the incident was over that proved premature, a deletion that "does not
    /// free up" space, a rollback that "is itself blocked", a fix that "introduced regressions" (a deploy that did is the incident, not a dead end), and an attempt
    /// someone "gave up on" or "abandoned", and steps of which "neither helped" or "none of these worked".
    /// </summary>
    [GeneratedRegex(NeitherHelped + @"\b(?:(?:do|does|did)(?: not|n't|nt) (?:seem|appear) to (?:help|work|fix|resolve|solve|mitigate|improve|change)|(?:did|does|do)(?: not|n't|nt) (?:solve|mitigate|make a difference)|not (?:having|have|had|with) the (?:intended|desired|expected) effect|(?:despite|even after) (?:the |a |this )?(?:rollback|roll back|revert|restart|fix|change|failover|scaling)|(?:rollback|roll-back|revert|restart|reboot|fix|workaround|mitigation|redeploy|failover)s? (?:attempt )?(?:of (?:the )?[\w.-]+(?: [\w.-]+)? )?(?:fails|failed|was unsuccessful|did not work)|(?:suspect|suspicion|assum|thought|believ)\w*\b[^.;]{0,80}\bbut\b|believing (?:the )?(?:issue|problem|incident|outage) (?:to be|was|had been) (?:resolved|fixed|over)|(?:rollback|roll-back|revert|restart|fix|workaround|redeploy|hotfix)s?\b[^.;]{0,60}\b(?:is |was |were )?(?:itself )?(?:blocked|could ?n[o']?t|cannot|can't|(?:was |were )?unable to)\b|(?:fix|patch|hotfix|attempt|workaround|remed)\w*\b[^.;]{0,60}\b(?:introduced|caused|led to|brought) (?:a |another |new |further |different )*(?:\w+ )?regressions?|g(?:ive|ives|ave|iving) up (?:on|trying)|(?:abandon(?:s|ed|ing)?|scrap(?:s|ped)|drop(?:s|ped)) (?:the |this |that |these |those )?(?:idea|attempt|approach|plan|effort|option|change)s?|(?:idea|attempt|approach|plan|effort|option|script) (?:is |was |were )?(?:abandoned|rejected|dropped|scrapped)|to no avail|without (?:any )?(?:success|effect|improvement)|made no (?:difference|change)|(?:is|was|were|are) (?:still )?not (?:fixed|resolved|solved)|(?:was|were|is) not (?:actually )?(?:the (?:root )?(?:cause|culprit|problem|issue)))", RegexOptions.IgnoreCase)]
    private static partial Regex ProseDeadEnd();

    // "Proxmox container cloning failed, increasing the ETTR", "the restore did not work, prolonging the time to
    // recover": something tried that failed, told by the repair time it cost. Told by the outage it lengthened
    // instead, the failure must be something the team tried, named as such and failing right after its name ("the
    // failover to the standby failed, prolonging the outage", "we could not restore the snapshot, extending the
    // downtime"), since a part that broke ("the primary failed", "the failover replica failed"), the users' own tries
    // ("client retries failed", "customers could not recover their carts") or a failure after an attempt that worked
    // ("the rollback succeeded, but the warm-up failed") is the incident going on, not an attempt.
    private const string Lengthening = @",? (?:increas|prolong|extend|lengthen)\w* (?:the |our )?";
    private const string AttemptNoun = @"(?:attempt|retry|rollback|roll-?back|revert|restore|restoring|recovery|failover|fail-over|reboot|restart|clone|cloning|re-?deploy(?:ment)?|fix|hotfix|patch|workaround)";
    private const string AttemptVerb = @"(?:clone|restore|roll back|revert|reboot|restart|fail over|redeploy|recover|repair|rebuild|replace|patch)";

    [GeneratedRegex(@"\b(?:fail(?:ed|s)|did ?n[o'’]?t work|was unsuccessful|could ?n[o'’]?t|(?:was|were) unable to)\b[^.;]{0,40}?" + Lengthening + @"(?:e?ttr|mttr|(?:estimated |total )?time to (?:repair|recover|recovery|restore|resolve|resolution)|repair time|recovery time)\b"
        + @"|(?:\b(?:the|our|my|an?|this|that|first|second|initial|manual|emergency) " + AttemptNoun + @"s?(?: (?:to|of|from|on|onto)(?: [\w.-]+){1,3}?)? (?:(?:also|itself|then) )?(?:fail(?:ed|s)|did ?n[o'’]?t work|was unsuccessful)|\b(?:we|I|the team|engineers|on-?call)(?: (?:still|then|also))? (?:could ?n[o'’]?t|(?:was|were) unable to) (?:\w+ ){0,2}?" + AttemptVerb + @")\b[^.;]{0,40}?" + Lengthening + @"(?:outage|incident|downtime|disruption)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailingCostTheRepair();

    /// <summary>"Container cloning failed, increasing the ETTR": an attempt that failed, told by the repair time it cost.</summary>
    public static bool TellsAFailureThatCostTheRepair(string text) => FailingCostTheRepair().IsMatch(text);

    /// <summary>
    /// The problem going on ("the errors persist", "the node fails again", "the pod remains in `ContainerCreating`" (not "in `Running`"),
    /// "also stuck", "orders still missing", "lag keeps growing"): a dead end only when it follows a remedy, otherwise it is the incident itself.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:error|issue|problem|failure|outage|symptom|crash|timeout|alert)s? (?:still )?(?:persist(?:s|ed)?|remain(?:s|ed)?|continue[sd]?|came back|returned|recurred)(?! to (?:improve|recover|drop|fall|decrease|decline))\b|remain(?:s|ed)? (?:elevated|high|down|broken|unchanged|stuck|in `(?![^`]*\b(?:running|ready|active|healthy|ok|up|available|online|succeeded|completed|bound|normal|green|inservice|in ?service|synced|in ?sync|passing|stable)\b)[^`]{1,40}`)|(?:is|are|was|were|remains?|remained)?\s?(?:still|also) stuck (?:in|at|on)\b|(?:is|was|were|are) still (?:failing|broken|down|happening|occurring|erroring|unreachable|unresponsive|offline|not (?:reachable|responding|responsive|up|available|accessible|booting))|(?:still|again) (?:fails|failing|failed|broken|down)\b|(?<!\b(?:not|no|never)\s(?:\w+\s)?)\b(?:(?:lag|latency|backlog|queue|errors?|error rate|load|memory|usage)\s)(?:keeps?|kept|continu(?:es|ed)) (?:on )?(?:growing|rising|climbing|increasing|to (?:grow|rise|climb|increase))\b|(?<!\b(?:not|no|no longer|none|nothing)\s(?:\w+\s)?)\bstill (?:missing|absent|unavailable|unreachable|erroring|timing out|crashing)\b(?![^.;]{0,60}\buntil\b)|(?:fails|failed|crashe[sd]|broke|goes down|went down) again\b|no change in (?:the )?(?:error|latency|symptom|behaviou?r))", RegexOptions.IgnoreCase)]
    private static partial Regex Persisted();

    /// <summary>An entry that only reports how an earlier attempt ended, naming no new action of its own.</summary>
    [GeneratedRegex(@"\b(?:persist(?:s|ed)?|remain(?:s|ed)?|came back|returned|recurred|still|not effective|ineffective|no effect|no improvement|did ?n[o']?t (?:help|work|fix|resolve|improve)|(?:do|does|did)(?: not|n't|nt) (?:seem|appear) to|not having the (?:intended|desired|expected) effect|to no avail|without (?:any )?(?:success|effect|improvement)|made no (?:difference|change)|not (?:fixed|resolved|solved))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeOnly();

    [GeneratedRegex(@"\b(?:error|fail|issue|problem|broken|down\b|outage|alert|alarm|report|incident|degrad|slow|crash|unavailab|timeout|timing out|latency|notic|detect|page[ds]?\b|stopped (?:replying|responding|answering|working)\b|unreachable|unresponsive)", RegexOptions.IgnoreCase)]
    private static partial Regex Problem();

    /// <summary>
    /// Something done to make the problem go away, in any tense: the attempt a later "persisted" reports on. Not a
    /// count the system ran up by itself ("the container hits 10/10 restarts and is stopped", "after 5 restarts"); "we
    /// performed 3 restarts" is an attempt.
    /// </summary>
    [GeneratedRegex(@"\b(?<!\d/\d+\s|\b(?:hits?|hitting|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|after)\s\d+\s)(?:roll(?:s|ed|ing)? ?back|rollback|revert(?:s|ed|ing)?|restart(?:s|ed|ing)?|reboot(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|deploy(?:s|ed|ing)?|releas(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|scal(?:e|es|ed|ing) (?:up|down|out|in)|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|patch(?:es|ed|ing)?|delet(?:e|es|ed|ing)|flush(?:es|ed|ing)?|purg(?:e|es|ed|ing)|clear(?:s|ed|ing)|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|cordon(?:s|ed|ing)?|fail(?:s|ed)? over|failover|disabl(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|bump(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|recreat(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|resiz(?:e|es|ed|ing)|kill(?:s|ed|ing)?|merg(?:e|es|ed|ing)|push(?:es|ed|ing)?|reset(?:s|ting)?|power[- ]cycl(?:e|es|ed|ing)|power button)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remedy();

    // "these errors had actually always been present", "the warning has long been logged", "the message was always
    // there": a signal followed during the incident that predates it.
    [GeneratedRegex(@"\b(?:(?:had|have|has)\s+(?:actually\s+|in fact\s+|apparently\s+)?(?:always|long)\s+been\s+(?:there|present|happening|logged|shown|printed|emitted|around)|(?:were|was|are|is)\s+(?:actually\s+)?always\s+(?:there|present|logged))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlwaysThere();

    [GeneratedRegex(@"\b(?:investigat\w*|looked into|looking into|dug into|digging into|examin(?:ed|ing)|install(?:ed|ing)|fixing|patch(?:ed|ing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkedOnASignal();

    [GeneratedRegex(@"\b(?:fail(?:s|ed|ing)?|unsuccessful|did ?n[o']?t|no effect|not effective|attempt(?:s|ed)?|partial(?:ly)? (?:fail|succeed)|still (?:down|offline|failing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Failure();

    // "since the outage began", "investigations into the outage began": the words tell of something else than the trouble starting.
    private const string NotTheTroubleItself = @"(?<!(?:since|before|after|into|about|on) (?:the |this |our |an |a )?)";

    [GeneratedRegex(@"\b" + NotTheTroubleItself + @"(?:(?:incident|outage|impact|degradation|problem|issue)s? (?:begins?|began|starts?|started)|outage begins|start of (?:the )?(?:incident|outage|impact)|(?:began|begins|started) (?:failing|erroring|returning errors))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Started();

    /// <summary>
    /// "The certificate is deployed to testing environments and we confirmed everything was working": working where
    /// the users are not is no end ("deployed to staging and production" still may be).
    /// </summary>
    private static bool OutsideProduction(string text) => TestEnvironment().IsMatch(text) && !Production().IsMatch(text);

    [GeneratedRegex(@"\b(?:test(?:ing)?|staging|dev(?:elopment)?|sandbox|qa|pre-?prod(?:uction)?)\s(?:environments?|servers?|clusters?|instances?|hosts?|systems?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestEnvironment();

    [GeneratedRegex(@"\b(?<!pre-?)(?:production|prod|live)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Production();

    /// <summary>
    /// "All-clear notification confirming full service restoration", "Customers notified that service is restored",
    /// "Status page updated to resolved", "Received the incident report from the provider", "Announced the recovery on
    /// the forum": a message about the incident, sent after what it tells of (not "Email delivery restored", a service,
    /// nor "on-call notices the errors").
    /// </summary>
    public static bool TellsAMessage(string text) => Message().IsMatch(text);

    /// <summary>
    /// "An initial public announcement of the issue is made on Twitter", "Received the incident report from the
    /// provider": a message that makes the trouble known or tells it afterwards, not one that tells its end ("customers
    /// notified", "final update sent" may be when the writer saw it over).
    /// </summary>
    public static bool TellsOfTheTroubleOnly(string text) => Message().IsMatch(text) && FirstNoticeOrWriteUp().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:initial|first)\s(?:\w+\s)?(?:announcements?|notices?|notifications?|tweets?|posts?|updates?|messages?)|(?:report|post-?mortem|rfo|write-?up|rca|(?:blog|incident) post)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstNoticeOrWriteUp();

    [GeneratedRegex(@"\b(?:notifications?|notices?\b(?!\s+(?:that|the|a|an|it|this|some|errors?|elevated|high)\b)|announcements?|announc(?:ed|es|ing) (?:the |an? |our |its )?\w+|all[- ]clear|tweets?|tweeted|status[- ]?page (?:(?:was |is )?(?:updated|set|marked|changed)|updates?|posts?)|(?:posted|published|sent|send|tweeted) (?:an? |the |final |another )*(?:updates?|notices?|messages?|posts?|announcements?|e-?mails?)|(?:updates?|e-?mails?|messages?) (?:posted|sent|published)|(?:customers?|users?|clients?|stakeholders?|subscribers?) (?:were |are |was |is )?(?:notified|informed|told|updated|e-?mailed)|(?:notified|informed|told|e-?mailed) (?:the |all |our )?(?:customers?|users?|clients?|stakeholders?|subscribers?)|(?:received|published|posted|shared|sent) (?:the |an? |our |its )?(?:(?:incident|final|full|provider's|vendor's) )?(?:report|post-?mortem|rfo|write-?up|rca)|(?:post-?mortem|incident report|rfo|write-?up|rca|(?:blog|incident) (?:blog )?post) (?:was |is )?(?:published|posted|received|shared|sent)(?!\s+(?:successfully|again|fine|normally|without)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Message();

    /// <summary>
    /// "OUTAGE BEGINS — automated alert about timeouts", "start of the incident", "we think this is the event which
    /// started the downtime" (not "started the incident", which is how teams say they declared one): a mark the writer
    /// set where the trouble began. It is the start even when the entry also tells the alert (that is how the start was
    /// seen); "the checkout API started returning errors" in an alert is only wording, and detection comes first there.
    /// Not the team's own work on it ("started the outage call").
    /// </summary>
    public static bool MarksStart(string text) => StartMark().IsMatch(text) && !Failure().IsMatch(text);

    [GeneratedRegex(@"\b" + NotTheTroubleItself + @"(?:(?:incident|outage|impact|degradation)s? (?:begins?|began|starts?|started)|start of (?:the )?(?:incident|outage|impact|degradation)|(?:started|began|kicked off) (?:the|this|our) (?:downtime|outage|degradation|disruption)(?!\s+(?:call|channel|bridge|response|review|room|process|doc\w*|report|management|commander|post-?mortem|retro\w*|investigation|ticket|window|procedure|runbook|page)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartMark();

    // "We (first) reported our findings to the vendor" tells the team passing a report on, not the problem being noticed.
    // "Monitoring system detected mail server back online": what was noticed is the recovery, not the trouble ("error
    // rate back up to 30%" is trouble again).
    [GeneratedRegex(@"\b(?:detected|detects|noticed|notices|reported|reports|shows|showed)\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:is\s+|was\s+|are\s+|were\s+)?back\s+(?:online|up)\b(?!\s+(?:to|above|over|by|at|from|again|\d))", RegexOptions.IgnoreCase)]
    private static partial Regex DetectedRecovery();

    // "Reports that upgrade passes local test", "CI shows the build succeeded": a report of something going right is
    // no detection, unless the entry also tells a fault.
    [GeneratedRegex(@"\b(?:pass(?:es|ed)\b(?=[^.;]{0,30}\b(?:tests?|checks?|validation|review|ci)\b)|succeed(?:s|ed)\b|successful(?:ly)?\b|as expected\b|works? fine\b|(?:looks?|looked) (?:good|fine|healthy)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessReported();

    // "payments succeeded but no orders were created", "successful checkouts dropped to zero": the success is the
    // background of a fault.
    [GeneratedRegex(@"\b(?:but|however|although|though|yet|dropp\w*|fell|no|not|never|zero|logged out|lost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButTrouble();

    // "Customers start reporting timeouts", "users are reporting errors", "customers started complaining", "support
    // tickets start coming in", "customers started contacting support", "we started receiving customer complaints": people
    // outside the team beginning to tell of the trouble; not "the customer reporting dashboard" nor "users report checkout
    // working again" nor "customers start reporting that payments succeed". What they report may be a failure ("customers
    // start reporting failed payments"): the failure is the news, not an attempt that failed. Not what might happen or
    // usually happens ("if customers start complaining, support escalates", "in case tickets start coming in", "reminds
    // the team that tickets start coming in within minutes").
    private const string PeopleBeginToReport = @"(?<!\bno\s)(?<!\b(?:if|in case|when|whenever|until|unless|once|before|that|as soon as|should|says?|said)\s+(?:[\w-]+\s+){0,3})\b(?:(?:customers|users|clients|merchants|members|people|players)\s+(?:(?:in|on|from)\s+(?:the\s+)?[\w-]+\s+)?(?:(?:start(?:s|ed)?|began|begins?|are|were|have been)\s+(?:to\s+)?(?:report(?:ing)?|complain(?:ing)?)|(?:start(?:s|ed)?|began|begins?)\s+(?:to\s+)?(?:contact(?:ing)?|call(?:ing)?|email(?:ing)?|reach(?:ing)?\s+out\s+to)\s+(?:our\s+|the\s+)?support)\b|(?:we|the team|(?:our\s+|the\s+)?(?:customer\s+)?support(?:\s+team)?)\s+(?:start(?:s|ed)?|began|begins?)\s+(?:to\s+)?(?:receiv(?:e|ing)|get(?:ting)?)\s+(?:(?:a\s+)?(?:(?:large|huge|growing|high|big)\s+)?(?:flood|wave|lots?|number|stream)\s+of\s+)?(?:customer\s+|user\s+)?(?:complaints|tickets|reports\s+from\s+(?:customers|users))\b|(?:support\s+)?(?:tickets|complaints)\s+(?:start(?:s|ed)?|began|begins?)\s+(?:to\s+)?(?:com(?:e|ing)|arriv(?:e|ing)|pour(?:ing)?|flood(?:ing)?|roll(?:ing)?)\s+in\b)(?![^.;]{0,40}\b(?:working|again|restored|resolved|recovered|back|succeed(?:s|ed|ing)?|successful(?:ly)?)\b)";

    [GeneratedRegex(PeopleBeginToReport, RegexOptions.IgnoreCase)]
    private static partial Regex PeopleReportTrouble();

    // Not what was not seen: "Error rate rises but is not detected by monitoring", "the failure wasn't noticed", nor
    // issues none of which were seen: "review completes with no major issues reported", "no alerts fired" (but "No
    // heartbeat detected", "No Data alert triggered" are alerts on what is missing, and detections); nor reports that are
    // documents ("Missing reports regenerated", "nightly reports delayed").
    [GeneratedRegex(@"(?<!(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?)(?<!\b(?:no|zero|without)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:issues|problems|errors|regressions|concerns|anomalies|findings|alerts|incidents)\s+(?:(?:were|was|have been|has been|been|being)\s+)?(?:(?:so far|yet)\s+)?)\b(?:detected|detects|alert(?:s|ed)?\b|alarm(?:s|ed)?\b|paged|pages (?:the )?on-?call|noticed|notices|(?<!\b(?:we|I) (?:then |also |again |first )?)(?<!\b(?:missing|some|all|these|those|daily|weekly|monthly|nightly|hourly|generated|scheduled|billing|usage|financial|sales|lost|failed|delayed)\s)(?:reported|reports)|flagged|(?<!\b(?:we|I) )first (?:report|sign)|" + PeopleBeginToReport + @"|monitoring (?:system )?(?:shows|showed|indicat))", RegexOptions.IgnoreCase)]
    private static partial Regex Detected();

    [GeneratedRegex(@"\b(?:identified|identifies|root cause (?:was |is )?(?:found|determined|confirmed|traced|identified)|discovered|discovers|determined|determines|pinpointed|diagnosed|traced (?:to|back)|finds the cause|found the cause|found (?:that|out))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Identified();

    // "Start service storage failover to a different filer", "Initiated rollback of 4.2", "Rollback initiated": the
    // remedy begun, not yet easing anything, unless the entry says it did ("Started rollback; errors recovering").
    [GeneratedRegex(@"^\W*(?:(?:we|the team|on-?call|ops)\s+)?(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|initiat(?:e|es|ed|ing)|kick(?:s|ed)? off|launch(?:es|ed)?)\b[^.;]{0,40}?\b(?:failover|fail(?:ing)? over|rollback|roll(?:ing)? ?back|revert(?:ing)?|migration|workaround)\b|^\W*(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:failover|fail-?over|rollback|roll-?back|revert|migration)\s+(?:(?:was|is|has been)\s+)?(?:started|initiated|begun|kicked off|launched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyBegun();

    [GeneratedRegex(@"\b(?:complete[ds]?|finished|done|succeeded|successful(?:ly)?|recover(?:ed|ing)|restored|resum(?:ed|ing)|improv(?:ed|ing)|back (?:up|online|to normal)|mitigated|drop(?:s|ped|ping)|decreas\w*|subsid\w*|stabili[sz]\w*|clear(?:s|ed|ing)|baseline|normal(?:ly)?|healthy|now (?:serv|handl)\w*|served from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BegunAndEased();

    [GeneratedRegex(@"\b(?:mitigat\w*|rolled back|rolls? back|rollback|revert(?:ed|s)?\b|workaround|failover|failed over|kill switch|disabled|suspended|began to improve|started to improve|starts? to recover|started recovering|began recovering|(?:performance|latency|errors?) (?:improved|recover(?:ed|s))|observed immediate improvement|partially restored|recovering|resum(?:ed|es|ing))", RegexOptions.IgnoreCase)]
    private static partial Regex Mitigated();

    // "Most users are back online now!", "Some of the mail servers are back up": a part back is a step toward the end,
    // not the end; written just before the words that say it is back. "Some minutes later", "half an hour later" count time.
    private const string NotAll = @"(?<!\b(?:most|some|many|several|few|half|part)\b(?!\s+(?:an?\s+)?(?:time|while|moments?|seconds?|minutes?|hours?|days?|weeks?|point)\b)(?:\s+(?:of\s+)?(?:the\s+|our\s+)?[\w-]+){0,3}\s)";

    // "Customer Impact End", "User impact ended", "End of customer impact": the impact is over, whatever the incident
    // process does after it ("Incident End" half an hour later closes the incident, not the outage).
    // ", stopping further emails from being sent": the step before the comma ended the harm.
    private const string ImpactEnds = @",\s*(?:stopping|halting) (?:any |all )?further\b|(?:(?:customer|user|client) )?impact (?:ends|ended|is over)\b(?! up\b)|(?<=^\W{0,6})(?:(?:customer|user|client) )?impact end\b(?![\s-]*(?:date|time|point|(?:is|was|at|by)\b))|end of (?:the )?(?:(?:customer|user|client) )?impact\b";

    [GeneratedRegex(ImpactEnds, RegexOptions.IgnoreCase)]
    private static partial Regex ImpactEnded();

    /// <summary>The entry says the impact ended: the end of the outage, even when the incident is closed later.</summary>
    public static bool TellsImpactEnded(string text) => ImpactEnded().IsMatch(text);

    [GeneratedRegex(@"\b(?:resolved|resolution (?:is |was |has been )?(?:achieved|confirmed|complete)|(?<!\b(?:until|once|if|unless|will|would|must|before|not|never|yet|only|partially|partial)\b[^.;]{0,40})(?:(?:announc|confirm|declar)(?:e|es|ed|ing) (?:the )?(?:full |complete )?(?:recovery|restoration)\b(?! (?:plan|process|procedure|steps|effort|work|time|options?))|(?:recovery|restoration) (?:of (?!(?:some|part|parts|one|a few|most|half|\d+)\b)[^.;]{1,60}? )?(?:is |was |has been )?(?:complete|completed|finished)\b)(?! (?:for|on|in) (?:\d+ (?:of|out of)|some|part|a few|most|half|one of)\b)|full(?:y)? (?:restored|recovered|operational|resolved|resolution|restoration|recovery)|full service|service (?:is |was |has been |had been )?(?:restored|operational|recovered)|(?<!\b(?:staging|test|dev|dr|backup|standby|secondary|mirror)\s)(?:site|website|platform) (?:is |was |has been |had been )?(?:restored|operational|recovered)\b(?! from)|services? (?:fully )?restored|all (?:services|systems) (?:confirmed |verified |are |were )?(?:operational|normal|healthy)|confirmed (?:that )?(?:the )?(?:\w+ )?(?:is|was|are|were) (?:healthy|operational|stable|working)|(?<!\b(?:not|never|yet)\b[^.;]{0,20})(?:back|returned) to (?:a |its )?normal\b(?! (?:size|level|value|count|number|capacity|amount|rate)s?\b)|incident (?:(?:is |was )?(?:officially )?(?:closed|resolved|over|ends|ended))|(?:outage|incident) (?:ends|ended|is over)|(?<=^\W{0,6})(?:outage|incident) end\b(?![\s-]*(?:date|time|point|state|users?|(?:is|was|at|by)\b))|(?:outage|impact) (?:(?:has |had )?been |is |was )?mitigated|conclud(?:es|ed|ing) the (?:incident|outage)|(?:incident|outage) (?:is |was )?concluded|end of (?:the )?(?:outage|incident)|" + ImpactEnds + @"|all clear|(?:solved|fixed|resolved) the (?:issue|problem|outage)|(?:issue|problem) (?:was |is )?(?:permanently |fully )?(?:fixed|solved)|(?:verified|confirmed) (?:as )?(?:fixed|resolved)|permanently fixed|(?<!\b(?:only|partially|some|parts? of|a few|most|not all|if|until|unless|looked like|seemed like|as if|as though|thought|believed|assumed)\b[^.;]{0,60})\b(?:is|are|was|were|(?:appears?|seems?) to be) (?:now )?(?:all |fully )?(?:again " + WorkingAgain + @"|" + WorkingAgain + @" again)\b(?![^.;]{0,80}\b(?:crash\w*|fail\w*|went down|broke|(?:reported|marked|became|went|turned|showed|still|again)\s(?:\w+\s)?unhealthy|(?:down|offline|unavailable|unreachable) again)\b)|(?<!(?:" + NotFinalFix + @") )fix(?:es)? (?:was |were |is |are |being |has been |had been )?(?:put )?in place\b|fix(?:es)?(?: for [\w.\-]+(?: [\w.\-]+)?)? (?:was |were |is |are )?(?:deployed|rolled out|live)|(?:deployed|rolled out|shipped) (?:the |a |our )?(?!(?:" + NotFinalFix + @") )(?:\w+ )?fix(?:es)?\b|(?<!\b(?:are|were) )(?:everything|all) (?:is |was )?(?:working|operational|back|ok|okay|fine|normal)|(?<!\b(?:bring|bringing|get|getting|wait(?:ing)? for)\s(?:[\w-]+\s){0,3})" + NotAll + @"(?:service|site|website|api|server)s? (?:is |was |are |were )?(?:back (?:up|online)|fully (?:up|available|functional))|" + NotAll + @"\b(?:is|are|was|were) (?:now )?back (?:up|online)\b(?!\s+(?:to|above|over|by|at|from|again|\d))|" + StartsAgain + @")", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();

    // "The provider still hasn't resolved the issue", "the outage is not yet fully resolved": an end denied is no end
    // (not "hostnames that could not be resolved", a name lookup, nor "the unresolved tickets").
    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were)(?: still)?(?:n[’']t| not)(?: yet)?(?: been)?(?: fully| completely)? (?:resolved|restored|fixed|solved)\b|\b(?:not yet|yet to be) (?:been )?(?:fully |completely )?(?:resolved|restored|fixed|solved)\b|\b(?:issue|problem|incident|outage)s? (?:remains?|remained|is still|was still|stays?|stayed) unresolved\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYetResolved();

    // "a temporary fix was put in place", "deployed a quick fix": a fix that eases the trouble, not its end.
    private const string NotFinalFix = "temporary|partial|quick|interim|initial|first";

    // "validators are signing again", "all servers are again reachable": the states a service is back in (not "failing again").
    // "the chain starts moving again", "jobs began processing again": work that stopped starting again.
    // Not hoped for ("should start moving again once", "we expect it to start running again"), nor trouble that starts
    // again ("started serving stale content again", "began running again with the old config", "but crash-loop").
    private const string StartsAgain = @"(?<!\b(?:until|once|if|unless|when|before|wait(?:ing)? for|should|will|would|expect\w*|hop(?:e|es|ed|ing))\b[^.;]{0,40})\b(?:starts?|started|begins?|began) (?:to )?(?:work|run|mov|process|serv|respond|produc|flow|sync|build|deliver)\w* (?:(?!(?:errors?|exceptions?|timeouts?|failures?|failing|crash\w*|stale|5\d\d)\b)[\w-]+ )?again\b(?![^.;]{0,60}\b(?:but|with the old|broken|crash\w*|fail\w*|errors?)\b)";

    private const string WorkingAgain = "(?:working|running|serving|signing|processing|responding|functioning|operational|available|up|online|healthy|reachable|accessible)";
}
