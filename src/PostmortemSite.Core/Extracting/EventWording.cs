using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>
/// What a timeline entry's words say about it: whether it was a dead end ("misleading path", "no effect",
/// "suspected X (not related)") and which milestone it marks. Only clear wording counts; an entry that says an
/// attempt failed is never a milestone.
/// </summary>
internal static partial class EventWording
{
    /// <summary>
    /// In the order they are assigned, so an entry that could be two milestones takes the earlier one; resolved comes
    /// before mitigated because "service resumes, incident ends" closes the incident rather than easing it.
    /// </summary>
    public static readonly Milestone[] Milestones = [Milestone.Detected, Milestone.Identified, Milestone.Resolved, Milestone.Mitigated, Milestone.Started];

    public static bool IsDeadEnd(string text) => DeadEnd().IsMatch(text) || ProseDeadEnd().IsMatch(text);

    public static bool Says(string text, Milestone milestone)
    {
        if (Failure().IsMatch(text))
        {
            return false;
        }

        return milestone switch
        {
            Milestone.Started => Started().IsMatch(text),
            Milestone.Detected => Detected().IsMatch(text),
            Milestone.Identified => Identified().IsMatch(text),
            Milestone.Mitigated => Mitigated().IsMatch(text),
            Milestone.Resolved => Resolved().IsMatch(text),
            _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "no wording for this milestone"),
        };
    }

    [GeneratedRegex(@"\b(?:misleading|red herring|false (?:lead|alarm|trail|positive)|dead[- ]end|wild goose|wrong (?:path|direction|track|lead)|(?:had |with |has )?no (?:effect|impact on the (?:issue|problem)|improvement)|did ?n[o']?t (?:help|work|fix|resolve|improve|change anything)|not effective|ineffective|ruled out|(?:proved|proven|turned out(?: to be)?|was|were) (?:incorrect|wrong|false|unrelated|a red herring|not the cause)|(?:fail(?:s|ed)?|unsuccessful(?:ly)?) to (?:restore|fix|resolve|help|improve|recover)|attempt(?:ed|s)?\b[^.;]{0,60}\bfail|\(\s?(?:not related|unrelated)\s?\)|(?:suspect|assum|thought|believ|investigat|check)\w*\b[^.;]{0,80}\b(?:not related|unrelated))", RegexOptions.IgnoreCase)]
    private static partial Regex DeadEnd();

    /// <summary>
    /// Dead ends as people write them in running prose: a remedy that "does not seem to fix" things, "not having the
    /// intended effect", an error that "persists" or "remains elevated despite the rollback", a "rollback fails", a
    /// suspicion followed by "but", a belief the incident was over that proved premature, a deletion that "does not
    /// free up" space, a rollback that "is itself blocked", and a fix that "introduced regressions".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:do|does|did)(?: not|n't|nt) (?:seem|appear) to (?:help|work|fix|resolve|solve|mitigate|improve|change)|(?:did|does|do)(?: not|n't|nt) (?:solve|mitigate|make a difference)|not (?:having|have|had|with) the (?:intended|desired|expected) effect|(?:error|errors|issue|problem|failure|failures|outage)s? (?:still )?(?:persist(?:s|ed)?|remain(?:s|ed)?|continue[sd]?)(?! to (?:improve|recover))\b(?:[^.;]{0,40}\bdespite\b)?|remain(?:s|ed)? (?:elevated|high|down|broken|unchanged)|(?:despite|even after) (?:the |a |this )?(?:rollback|roll back|revert|restart|fix|change|failover|scaling)|(?:rollback|roll-back|revert|restart|fix|workaround|mitigation|redeploy)s? (?:attempt )?(?:fails|failed|was unsuccessful|did not work)|(?:suspect|suspicion|assum|thought|believ)\w*\b[^.;]{0,80}\bbut\b|believing (?:the )?(?:issue|problem|incident|outage) (?:to be|was|had been) (?:resolved|fixed|over)|(?:do|does|did)(?: not|n't|nt) (?:immediately |actually |really )?(?:free(?: up)?|release|reclaim|restore|recover|bring back)\b|(?:rollback|roll-back|revert|restart|fix|workaround|redeploy|hotfix)s?\b[^.;]{0,60}\b(?:is |was |were )?(?:itself )?(?:blocked|could ?n[o']?t|cannot|can't|(?:was |were )?unable to)\b|(?:introduced|caused|led to|brought) (?:a |another |new |further |different )*(?:\w+ )?regressions?)", RegexOptions.IgnoreCase)]
    private static partial Regex ProseDeadEnd();

    [GeneratedRegex(@"\b(?:fail(?:s|ed|ing)?|unsuccessful|did ?n[o']?t|no effect|not effective|attempt(?:s|ed)?|partial(?:ly)? (?:fail|succeed)|still (?:down|offline|failing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\b(?:(?:incident|outage|impact|degradation|problem|issue)s? (?:begins?|began|starts?|started)|outage begins|start of (?:the )?(?:incident|outage|impact)|(?:began|begins|started) (?:failing|erroring|returning errors))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Started();

    [GeneratedRegex(@"\b(?:detected|detects|alert(?:s|ed)?\b|alarm(?:s|ed)?\b|paged|pages (?:the )?on-?call|noticed|notices|reported|reports|flagged|first (?:report|sign)|monitoring (?:system )?(?:shows|showed|indicat))", RegexOptions.IgnoreCase)]
    private static partial Regex Detected();

    [GeneratedRegex(@"\b(?:identified|identifies|root cause (?:was |is )?(?:found|determined|confirmed|traced|identified)|discovered|discovers|determined|determines|pinpointed|diagnosed|traced (?:to|back)|finds the cause|found the cause|found (?:that|out))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Identified();

    [GeneratedRegex(@"\b(?:mitigat\w*|rolled back|rolls? back|rollback|revert(?:ed|s)?\b|workaround|failover|failed over|kill switch|disabled|suspended|began to improve|started to improve|starts? to recover|started recovering|began recovering|(?:performance|latency|errors?) (?:improved|recover(?:ed|s))|observed immediate improvement|partially restored|recovering|resum(?:ed|es|ing))", RegexOptions.IgnoreCase)]
    private static partial Regex Mitigated();

    [GeneratedRegex(@"\b(?:resolved|resolution (?:achieved|confirmed)|full(?:y)? (?:restored|recovered|operational|resolved|resolution|restoration|recovery)|full service|service (?:is |was )?(?:restored|operational|recovered)|services? (?:fully )?restored|all (?:services|systems) (?:confirmed |are |were )?(?:operational|normal|healthy)|back to normal|returned to normal|incident (?:(?:is |was )?(?:officially )?(?:closed|resolved|over|ends|ended))|(?:outage|incident) (?:ends|ended|is over)|end of (?:the )?(?:outage|incident)|all clear|(?:solved|fixed|resolved) the (?:issue|problem|outage)|(?:issue|problem) (?:was |is )?(?:permanently |fully )?(?:fixed|solved)|permanently fixed|fix (?:was |is )?(?:deployed|rolled out|live)|(?:everything|all) (?:is |was )?(?:working|operational|back)|(?:service|site|website|api)s? (?:is |was |are |were )?(?:back (?:up|online)|fully (?:up|available|functional)))", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();
}
