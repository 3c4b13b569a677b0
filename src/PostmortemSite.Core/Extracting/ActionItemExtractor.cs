using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>Action items and whether any had to be guessed from prose (sentences of a paragraph under an action heading).</summary>
internal sealed record ActionItemsResult(IReadOnlyList<ActionItem> Items, int FromProse);

/// <summary>
/// Finds action items: checkboxes anywhere, and under an action heading ("Action items", "Corrective and Preventative
/// Measures", "Task List", "Follow-ups", ...) numbered items, bullets, indented lines, "Label: text" lines, table rows
/// and, failing those, the imperative sentences of a paragraph.
/// </summary>
internal static partial class ActionItemExtractor
{
    private const int MaxTitle = 300;
    private const int MaxItems = 200;
    private const int MaxProseItemsPerSection = 10;

    // A section's prose is weighed as a story only when it is this long: a short "Conclusion and next steps" mixes what happened with the work to come.
    private const int MinStorySentences = 12;

    // Fewer boxes than this may be a stray one in a list of items, not the list the work is tracked in.
    private const int MinChecklist = 3;

    private static readonly string[] ActionWords =
    [
        "action", "corrective", "preventative", "preventive", "prevention", "remediation", "remedial", "follow up", "followup", "next step",
        "todo", "to do", "task", "improvement", "fixes", "recommendation", "what we will do", "going forward", "work items",
        "preventing", "future work", "moving forward", "planned", "what we are doing", "what we re doing", "what s next", "whats next",
        "what is next", "prevent", "looking forward", "looking ahead", "what we should do", "what we ll do", "opportunit",
    ];

    // A "Follow-up timeline" and "Verification results" tell what happened, not what is to do.
    // "Attempted fixes" lists what was tried during the response; "Missed opportunities" what could have gone otherwise.
    private static readonly string[] NotActionWords = ["timeline", "verification", "results", "attempted", "missed"];

    // "Lessons learned" tells what was learned; "Lessons learned and action items" also lists the actions.
    private static readonly string[] ExplicitActionWords = ["action", "next step", "follow up", "followup", "todo", "to do", "what we will do"];

    // A section of changes already made ("Immediate actions (completed)", "Immediate actions (implemented)", "Tasks
    // performed", "Actions taken") lists no open work; "Actions to be taken", "Not yet implemented" do.
    private static readonly string[] CompletedWords = ["completed", "done", "already", "implemented", "deployed", "shipped", "merged"];

    // "Deployed", "shipped", "merged" say work is done only at the edge of a heading that names the work ("Emergency
    // fixes (Deployed)", "Deployed changes"): inside it, or beside other nouns, they describe a thing ("Monitoring
    // deployed services", "Shipped orders", a title's "Bad config deployed"), and a question asks how it came about.
    private static readonly string[] CompletedAtTheEdge = ["deployed", "shipped", "merged"];
    private static readonly string[] NamesOfWork = ["fix", "fixes", "hotfix", "hotfixes", "patch", "patches", "change", "changes", "update", "updates", "mitigation", "mitigations", "remediation", "remediations", "action", "actions", "task", "tasks", "work", "item", "items"];

    // "Broken Deploys with No Actions Budget" is a title that mentions actions; an action heading says so early.
    private const int ActionWordWithin = 4;

    // "**Total downtime:** ~30 minutes", "**Next review:** September 1, 2025", "**Resolved at:** 12:11 PM EST": a label
    // that names a moment or a length, whose value opens with a figure, a time or a date, records a fact about the
    // incident ("Capacity: 3 more nodes" is work).
    [GeneratedRegex(@"\b(?:downtime|duration|length|review|date|time|resolved|started|ended|detected|reported|updated|closed|mttr|mttd)\b")]
    private static partial Regex RecordLabel();

    [GeneratedRegex(@"^(?:~|≈|approx\.?\s|about\s|around\s)?\s?(?:\d|(?:" + DateTimeText.MonthPattern + @")\.?\s\d)(?!\S*\s+(?:\S+\s+){8})", RegexOptions.IgnoreCase)]
    private static partial Regex RecordValue();

    // Labels of the lines that sign a document: who wrote or reviewed it, and when.
    private static readonly HashSet<string> DocumentRoles =
    [
        "author", "authors", "written by", "prepared by", "editor", "editors", "contributor", "contributors", "incident commander", "commander",
        "reviewer", "reviewers", "reviewed by", "approver", "approvers", "approved by", "review date", "date", "last updated", "updated",
        "document owner", "report owner", "postmortem owner", "status",
    ];

    // Labels that only say "this is an action item" and are dropped from the title.
    private static readonly string[] GenericLabels = ["improvement", "improvements", "fix", "fixes", "todo", "to do", "task", "action", "action item", "action point", "follow up", "next step", "item"];

    // Words a phrase of time, place or purpose opens with, before the sentence's own subject or verb.
    private static readonly HashSet<string> OpeningPhrase = ["for", "during", "before", "within", "without", "until", "despite", "across", "given", "regardless"];

    // Paragraph sentences that talk about the items rather than being one.
    private static readonly string[] NotImperative = ["most", "many", "several", "few", "either", "neither", "by", "we", "this", "these", "the", "it", "our", "in", "to", "with", "overall", "as", "a", "an", "there", "they", "i", "once", "after", "all", "if", "when", "that", "in summary", "thanks", "thank", "special", "please", "again", "finally", "while", "since", "because", "although", "though", "however", "any", "some", "both", "then", "here", "so", "but", "and", "from", "at", "of", "now", "on", "its", "their", "those", "such", "what", "which", "how", "approximately", "roughly", "nearly", "about", "around", "upon", "you"];

    /// <summary>
    /// "Add a security policy to the site", "Also, add an alert": a sentence that opens with a verb telling what to do,
    /// after a connective set off by a comma. One that opens with a word of those listed, another word set off by a
    /// comma ("Unfortunately, this is not possible", "Yesterday, engineers rolled back"), a past form ("Ordered by
    /// impact"), or whose first words tell what was done ("Immediate corrective action was taken", "No data was lost";
    /// not "Fix what was broken") narrates;
    /// a question asks.
    /// </summary>
    private static bool LooksImperative(string sentence)
    {
        // "*This postmortem will be reviewed ...*": emphasis around a sentence is not part of its first word.
        var words = sentence.TrimStart('*', '_').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        // "Case 1: client has a request of the server", "Option B: add a second router": after a short label, the words
        // that follow it say what the sentence is.
        if (Array.FindIndex(words, 0, Math.Min(3, words.Length), w => w.TrimEnd('*', '_').EndsWith(':')) is var labelEnd and >= 0 && labelEnd + 1 < words.Length)
        {
            return LooksImperative(string.Join(' ', words[(labelEnd + 1)..]));
        }

        // "For the level of cover we need, we are looking at ...", "For each service, add an alert": a sentence that opens
        // on a phrase of place or purpose says what it is after the comma ("Before every deploy run the smoke tests", with none, is read whole).
        if (OpeningPhrase.Contains(words[0].ToLowerInvariant()) && sentence.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 && comma + 1 < sentence.Length)
        {
            return LooksImperative(sentence[(comma + 1)..].TrimStart());
        }

        var start = 0;
        if (words[0].EndsWith(',') && words.Length > 1)
        {
            if (!Connectives.Contains(words[0].TrimEnd(',').ToLowerInvariant()))
            {
                return false;
            }

            start = 1;
        }

        var opening = words.Skip(start).Take(5).Select(w => w.ToLowerInvariant().TrimEnd(',', '.')).ToList();
        var toldDone = opening.Skip(1).Select((w, i) => (w, before: opening[i])).Any(p => p.w is "was" or "were" or "had" && p.before is not ("that" or "which" or "what" or "who" or "where"));
        // "We've revoked all keys", "It's been fixed": a word shortened with an apostrophe is a subject and its verb, not
        // a verb telling what to do ("Don't deploy on Fridays" is one). "We'd like to add ...", "I'd recommend adding ..." ask for the work; "We'd
        // previously run the numbers by hand" is "we had".
        var first = opening[0].TrimEnd('*', '_');
        var wish = first.Replace('’', '\'') is "i'd" or "we'd" && opening.Count > 1 && opening[1] is "like" or "love" or "want" or "prefer" or "rather" or "recommend" or "suggest" or "propose" or "advise";
        var contracted = first.IndexOfAny(['\'', '’']) > 0 && first.Replace('’', '\'') is not ("don't" or "let's") && !wish;
        // "Three of these shipped with the fix", "None of them needs a new service" count the items; "Two engineers
        // must approve every change" is a rule to keep.
        var counts = CountWords.Contains(first) && opening.Count > 1 && (opening[1] == "of" || HelpingVerbs.Contains(opening[1]));
        return !sentence.EndsWith('?') && !counts && !NotImperative.Contains(opening[0]) && !contracted && !toldDone && !(IsPastForm(opening[0]) && opening.Count > 1 && Prepositions.Contains(opening[1]))
            && !OpensWithSubject(opening);
    }

    /// <summary>
    /// A lesson headed by the work it asks for ("Create a services check-list", "Check other networks first"), not by
    /// what was seen ("Monitoring worked well") or a topic named by two words ("Alert fatigue", "Use of feature flags ...").
    /// </summary>
    private static bool OpensWithWorkVerb(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } words && LooksImperative(text)
        && WorkVerbs.Contains(words[0].Trim('*', '_').ToLowerInvariant()) && words[1].ToLowerInvariant() is var second && second != "of" && !Prepositions.Contains(second);

    private static readonly HashSet<string> WorkVerbs = ["add", "improve", "create", "have", "consider", "check", "review", "ensure", "use", "avoid", "automate", "document", "test", "monitor", "build", "introduce", "set", "make", "move", "migrate", "enable", "remove", "reduce", "increase", "plan", "establish", "implement", "schedule", "track", "alert", "rotate", "keep", "run", "limit", "require", "define", "update", "upgrade", "replace", "separate", "split", "audit", "rehearse", "practise", "practice", "train", "communicate", "publish", "write", "investigate", "evaluate", "adopt", "switch", "standardise", "standardize", "simplify", "harden", "restrict", "verify", "validate"];

    // A whole sentence that opens on a subject and its verb ("the client has a request", "it was restored") and promises nothing.
    private static bool TellsNotOrders(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 4 } words && !LooksImperative(value)
        && words.Take(4).Skip(1).Any(w => HelpingVerbs.Contains(w.ToLowerInvariant())) && !Commitment().IsMatch(value) && !WorkToBeDone().IsMatch(value) && !FixToBeMade().IsMatch(value) && !Prescribes().IsMatch(value);

    /// <summary>
    /// "Cloudflare has assured us ...", "Support reached out to us", "Affected users will be notified": a first word
    /// followed by a helping verb, or by a past form and a particle, or a past form and a word followed by "will", are
    /// the subject of a statement, as is "No customer data will be removed"; not a verb telling what to do ("Add
    /// automated tests", "Use cached results", "Ensure Postgres is patched", "Ensure alerts will fire", "Redirect signed
    /// in users" are orders).
    /// </summary>
    private static bool OpensWithSubject(List<string> opening) =>
        opening.Count > 1 && (HelpingVerbs.Contains(opening[1]) || (opening.Count > 2 && IsPastForm(opening[1]) && Particles.Contains(opening[2]))
            || (opening.Count > 2 && IsPastForm(opening[0]) && opening[2] is "will" or "would" or "shall")
            || (opening[0] is "no" or "none" or "nothing" && opening.Skip(1).Any(HelpingVerbs.Contains)));

    private static readonly HashSet<string> HelpingVerbs = ["has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "does", "did"];

    // Words that finish a verb of motion or contact told of the past ("reached out", "followed up", "wrote back", "signed
    // off", "replied to"); not "in", "on" or "for", which follow a participle used as an adjective ("signed in users").
    private static readonly HashSet<string> Particles = ["out", "up", "back", "off", "to", "us"];

    // "Database", "**Alerting**", "Monitoring:": a list item of three words or fewer with no sentence in it names a group.
    private static bool IsLabelOnly(string text) =>
        text.Trim().Trim('*', '_', ' ').TrimEnd(':') is { Length: > 0 } label && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !label.EndsWith('.');

    // "Ordered by how much each reduces blast radius", "Based on the above", "Listed below": a past form followed by a
    // preposition describes the list ("Automated failover drills every quarter" is an item). A verb of the present ends
    // in -ed only as "need", "seed", "embed", "shred" do.
    private static bool IsPastForm(string word) =>
        word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word is not ("embed" or "shred");

    private static readonly HashSet<string> Prepositions = ["by", "on", "in", "to", "from", "with", "as", "below", "above", "under", "for", "according"];

    private static readonly HashSet<string> CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "none", "half"];

    // Words that lead on to the next thing to do: "Also, add an alert", "Next, upgrade the firmware".
    private static readonly string[] Connectives = ["also", "additionally", "next", "then", "finally", "lastly", "first", "second", "third", "furthermore", "moreover", "separately", "longer-term", "short-term"];

    private static void AppendToItem(List<ActionItem> items, int? index, string wrapped)
    {
        if (index is { } open && open < items.Count && items[open].Title.Length < MaxTitle)
        {
            items[open] = items[open] with { Title = CleanTitle(items[open].Title + " " + wrapped) };
        }
    }

    /// <summary>Whole-word prefixes, so "Actions" and "Tasks" count and "Transaction processing" does not.</summary>
    public static bool IsActionKey(string key)
    {
        // "Future:" beside "Remedied:": a heading that is only the future lists what is to come, as does one that opens
        // with it and a word for work ("Future mitigations and product improvements", "Future plans"; not "Future risk").
        if (key is "future" or "in the future" or "for the future" || FutureWork().IsMatch(key) || WorkTheWriterHasToDo().IsMatch(key))
        {
            return true;
        }

        // An "After-action report" or "review" is the postmortem itself, under another name.
        key = AfterAction().Replace(key, "retrospective");
        var spaced = " " + string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(ActionWordWithin));
        bool Has(string word) => spaced.Contains(" " + word, StringComparison.Ordinal);
        if (ActionWords.Any(Has) && !NotActionWords.Any(Has) && (!Has("lessons") || ExplicitActionWords.Any(Has)))
        {
            return true;
        }

        // "Lessons learned and future steps", "Lessons and next steps": the heading joined to the lessons names a list
        // of its own, however far along it stands.
        return LessonsAnd().Match(key) is { Success: true } joined && IsActionKey(joined.Groups["rest"].Value);
    }

    [GeneratedRegex(@"^lessons?(?: learn(?:ed|t))? and (?<rest>\S.*)$")]
    private static partial Regex LessonsAnd();

    [GeneratedRegex(@"^future (?:mitigations?|plans?|changes|steps|measures|safeguards|fixes|improvements|actions|work)\b")]
    private static partial Regex FutureWork();

    // "Things I have to do", "Changes we need to make", "Steps we must take": the writer's own list of work still to do.
    [GeneratedRegex(@"^(?:the )?(?:things|changes|steps|work|fixes) (?:that )?(?:i|we) (?:have|need|must|ought|plan|want|still have|still need) (?:to )?(?:do|make|take|change|fix|ship)\b(?!\s+(?:to|in order to) (?:reproduce|recreate|trigger|replicate|repro|see)\b)")]
    private static partial Regex WorkTheWriterHasToDo();

    /// <summary>An action heading, or one below the title that asks what will change (see <see cref="InActionSection"/>).</summary>
    private static bool HeadsActions(LegacyDocument document, int index)
    {
        var section = document.Sections[index];
        return (IsActionKey(section.Key) && !IsDocumentTitle(document, index)) || (section.Level >= 2 && AsksWhatWillChange(section.Key));
    }

    /// <summary>
    /// "# Incident Report: GitHub Actions Platform Outage" over the whole report: the one top heading, with the
    /// document's sections under it, is its title unless a part of it (before or after a colon) opens with its action
    /// words ("# Action items: checkout outage", "# Improvements to the cache") or ends with them ("# Postmortem and
    /// follow-up actions"). An action word inside the name ("GitHub Actions Outage", "Outage caused by improvements to
    /// the cache layer", "Planned maintenance overran") tells what happened, not a list of work.
    /// </summary>
    private static bool IsDocumentTitle(LegacyDocument document, int index)
    {
        var section = document.Sections[index];
        if (section is not { Level: 1, Parent: < 0 } || document.Sections.Count(s => s.Level == 1) != 1 || !document.Sections.Any(s => s.Parent == index))
        {
            return false;
        }

        return !section.Heading.Split(':').Any(part => HeadsItsPart(LegacyDocumentParser.KeyOf(part)));
    }

    /// <summary>A part of a heading that opens or ends with action words: "action items", "follow up actions", "future work", "improvements to the cache".</summary>
    private static bool HeadsItsPart(string key)
    {
        // "actions" is the word "action"; a phrase ("follow up", "future work") counts whole, so "planned work" is no "work items".
        static bool IsActionWord(string word) => ActionWords.Any(a => !a.Contains(' ') && word.StartsWith(a, StringComparison.Ordinal));
        var w = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (w.Length == 0)
        {
            return false;
        }

        var opens = ActionPhrases.Any(a => key == a || key.StartsWith(a + " ", StringComparison.Ordinal))
            || (IsActionWord(w[0]) && (w.Length == 1 || IsActionWord(w[1]) || ActionPhraseWords.Contains(w[1]) || Connecting.Contains(w[1])));
        var ends = ActionPhrases.Any(a => key.EndsWith(" " + a, StringComparison.Ordinal) || key.EndsWith(" " + a + "s", StringComparison.Ordinal))
            || IsActionWord(w[^1]) || (w.Length > 1 && ActionPhraseWords.Contains(w[^1]) && IsActionWord(w[^2]));
        return opens || ends;
    }

    // The action words of more than one word ("follow up", "future work"), which count only whole.
    private static readonly string[] ActionPhrases = [.. ActionWords.Where(a => a.Contains(' '))];

    // Words that go on an action heading ("Action items", "Remediation plan", "Follow-up tasks", "Improvement areas").
    private static readonly HashSet<string> ActionPhraseWords =
        ["items", "item", "points", "point", "plan", "plans", "list", "up", "ups", "steps", "measures", "changes", "ideas", "areas", "opportunities", "suggestions", "recommendations", "tasks"];

    // Words after which a heading still lists actions ("Actions and lessons", "Actions for the platform team", "Prevention of recurrence").
    private static readonly HashSet<string> Connecting = ["and", "or", "for", "to", "from", "after", "of", "taken", "needed", "required", "open", "remaining", "pending", "status", "completed", "done"];

    /// <summary>
    /// A section under an action heading; or under a heading below the title that asks what will change ("How Are We
    /// Going to Do Better in the Future?", "What is being done to prevent future incidents?"). The title itself is not
    /// one: a post called "… and how we will prevent it" is not all actions.
    /// </summary>
    public static bool InActionSection(LegacyDocument document, int line)
    {
        if (InTheStory(document, line))
        {
            // "## Timeline" / "### Investigation and fixes", "## Attempted fixes" / "**Actions:**": the steps of the
            // response, not work to come.
            return false;
        }

        var phase = false;
        for (var s = document.SectionOf(line); s >= 0; s = document.Sections[s].Parent)
        {
            var section = document.Sections[s];
            if (NotTakenOn().IsMatch(section.Key))
            {
                // "### Ideas we decided not to pursue", "### Possible improvements (not planned)": listed to say no.
                return false;
            }

            if (OpensWithAdviceToReaders(document, section) || AsksWhatReadersDo().IsMatch(section.Key))
            {
                // "## Prevention" / "Node operators should do all of the following:" advises readers, not the team.
                return false;
            }

            if (HeadsActions(document, s))
            {
                // "### Issue identified after the fork (7:30 - 10:30 UTC)" under "Incident response and fixes": a heading
                // that says when is a phase of the story, unless the heading above says plainly that it lists actions
                // ("### Monitoring (review at the 10:30 standup)" under "Action items").
                return !phase || IsExplicitActionKey(section.Key);
            }

            if (ListsProblems().IsMatch(section.Key) || ListsPointers().IsMatch(section.Key))
            {
                // "### Identified problems" under "Future work" lists what is wrong; the plan comes under its own heading.
                // "## Client releases and resources" under "Next steps" points to versions, branches and links to use.
                return false;
            }

            phase |= ClockTime().IsMatch(section.Heading);
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(?:due|by|before|until|till|target|eta|deadline|no later than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DueWords();

    /// <summary>A heading that offers ideas rather than work taken on: "Possible improvements", "Recommendations", "Recommended", "Opportunities".</summary>
    private static bool IsTentativeKey(string key) =>
        key.Split(' ').Any(w => w is "possible" or "recommendation" or "recommendations" or "recommended" or "suggestion" or "suggestions" or "suggested" or "ideas" or "opportunities" or "considerations");

    /// <summary>
    /// A line under a heading that tells the response as it happened: a timeline, a chronology, what was attempted
    /// (<see cref="IsStoryKey"/>). A top heading counts only for its own lines ("# Timeline" above "## Opportunities" is
    /// a document that set its sections one level too low, not a timeline holding them), and so does a plain-text
    /// label, whose sections the writer did not nest ("Timeline" then "Follow-up Tasks:"). A heading on the way up that
    /// plainly starts the work to come ends the story.
    /// </summary>
    private static bool InTheStory(LegacyDocument document, int line)
    {
        var own = document.SectionOf(line);
        for (var s = own; s >= 0; s = document.Sections[s].Parent)
        {
            var key = document.Sections[s].Key;
            if (FollowUpWords.Any(w => (" " + key).Contains(" " + w, StringComparison.Ordinal)))
            {
                // "Follow-up actions:" set under "## Timeline" starts the work to come, wherever the parser nests it.
                return false;
            }

            var holdsOthers = document.Sections[s].Level > 1 && document.Lines[document.Sections[s].HeadingIndex].Level > 0;
            if ((s == own || holdsOthers) && IsStoryKey(key))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a heading that plainly starts the list of work to come (not a bare "Actions:", which a session of
    // the response may list its steps under).
    private static readonly string[] FollowUpWords = ["follow up", "followup", "next step", "todo", "to do", "action item", "action point"];

    /// <summary>
    /// "Timeline", "Timeline of events", "Incident timeline", "Attempted fixes", "Chronology": a heading that opens with
    /// the story's word, or a short one that ends with it. "Cap retry attempts" and "Home timeline service" name work.
    /// </summary>
    private static bool IsStoryKey(string key)
    {
        static bool Story(string word) => word is "timeline" or "chronology" or "attempted" or "attempts";
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Story(words[0]) || (words.Length <= 2 && words[^1] is "timeline" or "chronology"));
    }

    /// <summary>
    /// "## Prevention checklist", "### Before every deployment", "### Step 1: Verify the rollback": steps to follow each
    /// time a procedure runs, not work to do once; a checklist under a heading that says it lists actions still counts.
    /// </summary>
    private static bool InChecklist(LegacyDocument document, int line) =>
        WithinBelowTitle(document, line, IsChecklistKey) && !InExplicitActionSection(document, line);

    private static bool IsChecklistKey(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opening = words.SkipWhile(w => w is "step" || w.All(char.IsDigit)).FirstOrDefault();
        return words.Any(w => w is "checklist" or "checklists") || opening is "verify" or "verifying" || OpensAProcedure().IsMatch(key);
    }

    /// <summary>
    /// "## Prevention" over "### Immediate actions" and "### Monitoring recommendations": ideas set under an action heading
    /// beside the work it names are part of the plan that heading lists, not the ideas the team did not take on. Not when
    /// the plain list of work stands elsewhere: "## Prevention measures" over "### Implemented" and "### Recommended",
    /// with "## Action items" below, offers ideas beside what was done.
    /// </summary>
    private static bool TentativeWithinActions(LegacyDocument document, int line)
    {
        for (var s = document.SectionOf(line); s >= 0; s = document.Sections[s].Parent)
        {
            var key = document.Sections[s].Key;
            if (IsTentativeKey(key))
            {
                // Only recommendations and suggestions: "Ideas we decided not to pursue", "Possible improvements (not
                // planned)" stay ideas wherever they stand.
                if (!RecommendedWork().IsMatch(key) || NotTakenOn().IsMatch(key))
                {
                    return false;
                }

                for (var above = document.Sections[s].Parent; above >= 0; above = document.Sections[above].Parent)
                {
                    if (HeadsActions(document, above) && !IsTentativeKey(document.Sections[above].Key))
                    {
                        return IsExplicitActionKey(document.Sections[above].Key) || document.Sections.Any(other => other.Parent == above && IsExplicitActionKey(other.Key) && !IsTentativeKey(other.Key));
                    }
                }

                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:recommendations?|recommended|suggestions?|suggested)\b")]
    private static partial Regex RecommendedWork();

    [GeneratedRegex(@"\b(?:not (?:planned|pursued|taken|adopted|doing)|decided not|won t|will not|rejected|declined|out of scope|deferred|parked)\b")]
    private static partial Regex NotTakenOn();

    /// <summary>
    /// Whether a heading over the line, other than a top-level one, matches: "# Webhook signature verification
    /// failures" or "# Customers could not check out" names the incident, not the kind of list below it.
    /// </summary>
    private static bool WithinBelowTitle(LegacyDocument document, int line, Func<string, bool> matches)
    {
        for (var s = document.SectionOf(line); s >= 0; s = document.Sections[s].Parent)
        {
            if (matches(document.Sections[s].Key) && document.Sections[s] is not { Level: 1, Parent: < 0 })
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bafter action (?:report|review)s?\b")]
    private static partial Regex AfterAction();

    // "Resources", "Client releases and resources", "References", "Useful links", "Further reading", "Downloads"; not an
    // area of work named so ("Compute resources", "Network links").
    [GeneratedRegex(@"^(?:(?:useful|other|additional|more|related|external|helpful) )?(?:resources|references|links|downloads)$|\band (?:resources|references|links)$|^(?:further reading|see also)$")]
    private static partial Regex ListsPointers();

    // "Monitoring gaps identified" as well as "Known issues".
    [GeneratedRegex(@"^(?:identified|known|observed) (?:[\w-]+ )?(?:problems|issues|gaps|weaknesses)$|^(?!(?:closing|fixing|addressing|filling|resolving|handling)\b)(?:[\w-]+ ){0,3}(?:problems|issues|gaps|weaknesses) (?:identified|found|observed)$")]
    private static partial Regex ListsProblems();

    // "Why didn't our alerts prevent this?" looks back; "Lessons for the future" tells what was learnt. "What are the next
    // steps for the team?" asks for the work to come, its action words past the opening a heading is read by; "Things
    // we will follow up on:" and "Changes we are committed to:" name it.
    private static bool AsksWhatWillChange(string key) =>
        FutureHeading().IsMatch(key) && !LooksBack().IsMatch(key) && !ForReaders().IsMatch(key) && !key.Split(' ').Any(w => NotActionWords.Contains(w) || w == "lessons");

    /// <summary>
    /// A section whose label or first sentence tells readers what they should do ("Node operators should do all of the
    /// following:", which the parser may read as a label heading the list below it).
    /// </summary>
    private static bool OpensWithAdviceToReaders(LegacyDocument document, DocumentSection section) =>
        AdviceToReaders().IsMatch(section.Heading.Trim().TrimStart('*', '_'))
        || (document.Content(section).FirstOrDefault(x => x.Line.Kind != LineKind.Blank) is { Line.Kind: LineKind.Text or LineKind.Field or LineKind.Heading } first
            && AdviceToReaders().IsMatch(first.Line.Text.Trim().TrimStart('#', ' ', '*', '_')));

    [GeneratedRegex(@"^(?:all |affected |node |other |our |self-hosted )*(?:operators|users|customers|clients|validators|you|readers|administrators|admins|maintainers of \w+)\b[^.:]{0,40}?\b(?:should|must|need to|are (?:advised|encouraged|asked) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceToReaders();

    // "What are the next steps for affected customers?" tells readers what to do, not the team's work.
    [GeneratedRegex(@"\bnext steps? for (?:(?:affected|impacted|all) )?(?:customers|users|you|clients|members|readers)\b|\bwhat (?:should|do|can) (?:i|you)\b")]
    private static partial Regex ForReaders();

    [GeneratedRegex(@"\b(?:in (?:the )?future|do better|(?:can|could|should) we do\b|(?:can|should) we (?:improve|change)\b|how (?:can|could|should) we (?:improve|prevent|avoid)|(?:is|are|s|re) being done|(?:will|going to|we ll) (?:change|prevent|avoid)|(?:we will|we ll|going to) (?:follow up|fix|improve|add|implement)|we (?:are|re) commit(?:ted|ting) to|(?:going to|will we|we will|we ll|we re|are we) do(?:ing)?|(?:are we|we are|we re) (?:changing|improving|fixing|adding|making|taking(?! away)|implementing|planning)|to (?:prevent|avoid) (?:this|it|future|a recurrence|recurrence|similar|further|these|a repeat)|^what (?:are|is|s) (?:the |our )?next steps?|^where (?:do |will |can |should )?we go (?:from here|next)|^(?:will|would|could|can|might) (?:this|it|that) (?:(?:happen|occur) again|recur)|^(?:is|are) (?:this|it|that) likely to (?:happen|occur) again)\b")]
    private static partial Regex FutureHeading();

    [GeneratedRegex(@"^(?:why|what went)\b|\b(?:didn t|did not|not prevent|could have|would have|was being|were being)\b")]
    private static partial Regex LooksBack();

    /// <summary>
    /// "This has made clear several steps that we need to take to prevent future downtime:": a sentence that introduces
    /// work still to do, and the list after it is that work. One telling changes already made ("We made four changes:",
    /// "the following changes were deployed:") introduces none, unless it tells measures against the trouble
    /// (<see cref="TellsMeasuresTaken"/>).
    /// </summary>
    private static bool IntroducesActions(string sentence)
    {
        var key = LegacyDocumentParser.KeyOf(sentence);
        return (IsActionKey(key) || WorkToDo().IsMatch(sentence)) && !IsCompletedKey(key) && !WorkMade().IsMatch(sentence) && !ByAnAttacker().IsMatch(sentence);
    }

    /// <summary>
    /// "Art Blocks has taken steps to improve its security posture, including:", "We've taken the following steps to
    /// prevent a recurrence:", "The following measures have been put in place:": the team's measures against the
    /// trouble, told as taken. Not an attacker's ("had taken steps to avoid detection"), nor what was done before the
    /// incident ("had made changes to improve ..." is told as before the story's moment), nor steps to lessen the
    /// outage while it went on ("to reduce the impact on customers").
    /// </summary>
    private static bool TellsMeasuresTaken(string sentence) => MeasuresTaken().IsMatch(sentence) && !ByAnAttacker().IsMatch(sentence);

    // "Root cause", "Background": what was done before the incident, told as part of how it came about.
    private static bool TellsTheBackground(string key) => PostmortemExtractor.IsCauseKey(key) || key.StartsWith("background", StringComparison.Ordinal) || key.StartsWith("context", StringComparison.Ordinal);

    private const string MeasureNouns = @"(?:steps|measures|improvements|changes|safeguards|actions)";

    private const string MeasuresPurpose = @"to\s+(?:(?:further|significantly|greatly)\s+)?(?:improve|strengthen|harden|prevent|avoid|better|protect|enhance|tighten"
        + @"|(?:reduce|mitigate|limit|minimi[sz]e)(?!\s+(?:the\s+)?(?:impact|effects?|load|pressure|backlog|errors|disruption)\b(?!\s+of\s+(?:future|similar|any|such)\b)))\b";

    private const string MeasuresBeenTaken = @"(?:have|has)\s+(?:also\s+|since\s+|already\s+|now\s+)?been\s+(?:taken|implemented|put in place)";

    // What a list after a measures sentence may be pointed at by: "... improve our security. These include:".
    private const string MeasuresEnd = @"[^.!?:]*(?:[.!?]\s+[^.!?:]*)?:\s*$";

    [GeneratedRegex(@"(?:\b(?:ha(?:s|ve)|(?<=\w)['’]ve)\s+(?:also\s+|since\s+|already\s+|now\s+)?(?:taken|made|implemented|put in place)|\b(?:took|implemented|put in place))\s+"
        + @"(?:(?:several|a number of|further|additional|some|the following|concrete|various|a few|a series of|new)\s+)?" + MeasureNouns + @"\s+" + MeasuresPurpose + MeasuresEnd
        + @"|\b(?:" + MeasureNouns + @"\s+" + MeasuresBeenTaken + @"\s+" + MeasuresPurpose + @"|(?:measures|safeguards)\s+" + MeasuresBeenTaken + @")" + MeasuresEnd,
        RegexOptions.IgnoreCase)]
    private static partial Regex MeasuresTaken();

    // "The attacker had taken steps to avoid detection, including:": a sentence whose subject is the attacker.
    [GeneratedRegex(@"^\W*(?:(?:the|an?|this|that|one)\s+)?(?:[\w-]+\s+)?(?:attackers?|hackers?|intruders?|adversar(?:y|ies)|threat actors?|malicious (?:actors?|users?|part(?:y|ies)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAnAttacker();

    // "We have taken some steps to improve our monitoring and will take more, including:": the list mixes the done with the promised.
    [GeneratedRegex(@"\b(?:will|shall|going to|plan(?:s|ning)? to|intend(?:s)? to)\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromisesMore();

    /// <summary>A short line with no end mark ("What we should do to improve"), a list item right below it (blank lines between).</summary>
    private static bool NamesTheListBelow(LegacyDocument document, int line, string text)
    {
        if (text.Length > MaxListName || text[^1] is '.' or '!' or '?' or ',' or ';' || !char.IsUpper(text[0]))
        {
            return false;
        }

        var below = line + 1;
        while (below < document.Lines.Count && document.Lines[below].Kind == LineKind.Blank)
        {
            below++;
        }

        return below < document.Lines.Count && LegacyDocumentParser.StartsWithListMarker(document.Lines[below].Text.Trim());
    }

    // A line longer than this is a sentence, not the name of the list below it.
    private const int MaxListName = 60;

    /// <summary>
    /// The sentence that says what the list after a paragraph is: its last, or, when that only points on ("These
    /// include:", "They are:"), the one before it ("We have identified improvements we will be applying. These include:").
    /// </summary>
    private static string IntroducingSentence(IReadOnlyList<string> sentences) =>
        sentences.Count switch
        {
            0 => "",
            > 1 when PointsOn().IsMatch(sentences[^1]) => sentences[^2] + " " + sentences[^1],
            _ => sentences[^1],
        };

    /// <summary>
    /// "When adding a new cross-origin asset to an isolated page:", "Before every release:", "Whenever a key is rotated:":
    /// the steps after it are followed each time that happens, like a checklist, and are not work to do once. A moment
    /// that comes once ("Before the end of Q3:", "When the new cluster is ready:") sets a deadline for work, and "...,
    /// we must:", "the team will:" promise it.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:when|before)\s+(?:[a-z]+(?:-[a-z]+)?ing\b|(?:every|each|any)\b|an?\s+new\b)|whenever|each time|every time|any ?time)(?![^:]*\b(?:will|shall|must|need(?:s)? to|going to|plan(?:s)? to|intend(?:s)? to)\b|[^:]*['’]ll\b)[^.!?:]{0,160}:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpensAProcedure();

    [GeneratedRegex(@"^\W*(?:these|they|those|this|it|which|that)(?: [\w-]+)?(?: (?:will|would))? (?:include|includes|are|is|consist of|consists of|involve|involves)(?: as follows| the following)?\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PointsOn();

    // A dot inside a word ("how Pine.blog works") does not end the sentence.
    [GeneratedRegex(@"\b(?:steps|actions|changes|measures|improvements|things)\b(?:[^.:]|\.(?=\w)){0,80}?(?:\b(?:we|i) (?:need|plan|intend|want|are going|will|must|should|have to (?:do|fix|change|make|improve|add|build))\b|\b(?:we|i)(?:'|’)ll\b(?!\s+(?:walk|go|run|take you) through\b|\s+(?:explain|describe|discuss|cover|outline|detail|show|list|look at|talk about|go over)\b)|\bto (?:take|make|prevent|avoid)\b|\bplanned\b|\bgoing forward\b|\bin (?:the )?future\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WorkToDo();

    [GeneratedRegex(@"\b(?:(?:were|was|have been|has been) (?:made|taken|done|completed|implemented|deployed|applied|rolled out)|we (?:made|took|did|implemented|deployed|applied|rolled out|have (?:made|taken|implemented|deployed)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkMade();

    // "Action items (completed and open)": a heading of done work that also lists work to come.
    [GeneratedRegex(@"\b(?:open|planned|pending|remaining|follow ups?|next|to do|todo|outstanding)\b")]
    private static partial Regex StillOpen();

    /// <summary>Whether a heading names the response to the incident ("Resolution and recovery", "Incident response", "Mitigation").</summary>
    private static bool IsResponseKey(string key) => key.Split(' ').Any(word => word is "resolution" or "recovery" or "response" or "mitigation") && !IsActionKey(key);

    /// <summary>
    /// "### Immediate actions" right under "## Resolution and recovery": an action heading that is part of the story of
    /// the response, not a list of work to come. The heading right above the action heading must name the response,
    /// and not be the document's title ("# Postmortem: elevated API response times").
    /// </summary>
    public static bool InResponseActions(LegacyDocument document, int line)
    {
        for (var s = document.SectionOf(line); s >= 0; s = document.Sections[s].Parent)
        {
            if (HeadsActions(document, s))
            {
                var parent = document.Sections[s].Parent;
                return parent >= 0 && document.Sections[parent].Level >= 2 && IsResponseKey(document.Sections[parent].Key);
            }
        }

        return false;
    }

    /// <summary>"### Immediate actions" under "## Resolution": the steps taken while the incident went on ("Removed the file from Git", "Force pushed"), done work.</summary>
    private static bool TakenDuringTheResponse(LegacyDocument document, int line) =>
        document.SectionOf(line) is var section and >= 0 && document.Sections[section].Key.StartsWith("immediate", StringComparison.Ordinal)
        && InResponseActions(document, line);

    // "What is being done", "to be done" ask about work to come.
    private static bool IsCompletedKey(string key)
    {
        var words = key.Split(' ');
        return words.Where((w, i) => CompletedWords.Contains(w) && (!CompletedAtTheEdge.Contains(w) || ((i == 0 || i == words.Length - 1) && !Asks(words) && words.Any(NamesOfWork.Contains)))
            && (!(w is "done" or "implemented" || CompletedAtTheEdge.Contains(w)) || i == 0 || words[i - 1] is not ("being" or "be" or "been" or "get" or "gets" or "getting" or "got" or "yet" or "not" or "partially" or "partly" or "mostly"))).Any() || WorkDone().IsMatch(key);
    }

    // "Why the bug was shipped", "How it got merged": a heading that asks about the change, not one that reports work done.
    private static bool Asks(string[] words) => words[0] is "why" or "how" or "what" or "when" or "where" or "who" or "should" or "could" or "would" or "was" or "were" or "did" or "is" or "are";

    // "Actions taken", "What actions has the team taken so far": work already done.
    [GeneratedRegex(@"\b(?:actions?|tasks?|steps?|changes?|measures?) (?:(?:have|has) (?:[\w-]+ ){0,3})?(?:taken|performed|carried out)\b")]
    private static partial Regex WorkDone();

    // "What action do affected users need to take?", "What should customers do", "Action required by you": what readers
    // must do on their side, not the team's work.
    [GeneratedRegex(@"\b(?:(?:users?|customers?|clients?|you|operators?|readers?|owners?)\s(?:[\w-]+\s)?(?:need|needs|should|must|have|has) to (?:take|do)\b|what (?:should|can|do|must) (?:you|(?:[\w-]+ )?(?:users?|customers?|clients?|operators?))\b|action (?:required|needed) (?:by|from|of) (?:you|users?|customers?|clients?|operators?)\b)")]
    private static partial Regex AsksWhatReadersDo();

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex NumberedMarker();

    // "@malte_j Cron cleanup scheduled", "1) Alerts added for pgbouncer errors", "Spreadsheet created to calculate the
    // connections": a few words naming a thing, then the word that says it was made. Not "Add alerts" nor "What we changed",
    // nor a change still to come ("Retry logic will be added", "Alerts to be added"); "Link to runbook added" is made.
    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s+)?(?:@[\w.-]+:?\s+)?(?<change>\p{Lu}[\w-]*(?:\s+(?!(?:will|would|should|shall|must|may|might|can|to\s+(?:be|get|have|keep|make|stay|remain|leave)|being|need|needs|not|yet|still|planned|pending)\b)[\w-]+){0,3}?\s+(?:added|created|configured|scheduled|enabled|deployed|implemented|documented|installed|written|rotated|automated|introduced)\b.*)$")]
    private static partial Regex ChangeMadeHeading();

    // "### 5. Add Uptime Kuma monitoring", "### Step 2: alerting": a sub-heading that numbers the work.
    [GeneratedRegex(@"^(?:step\s+)?\d{1,2}[.):]\s", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHeading();

    /// <summary>A line under a numbered sub-heading ("### 5. Add monitoring") below its action heading, however deep.</summary>
    private static bool UnderNumberedStep(LegacyDocument document, int line)
    {
        for (var s = document.SectionOf(line); s >= 0 && !HeadsActions(document, s); s = document.Sections[s].Parent)
        {
            if (NumberedHeading().IsMatch(document.Lines[document.Sections[s].HeadingIndex].Text.TrimStart('#', ' ', '*', '_')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading that says plainly it lists actions ("Action items", "Next steps", "Follow-ups", "TODO").</summary>
    private static bool IsExplicitActionKey(string key) => ExplicitActionWords.Any(word => (" " + key).Contains(" " + word, StringComparison.Ordinal));

    private static bool InExplicitActionSection(LegacyDocument document, int line) => document.IsWithin(line, IsExplicitActionKey);

    // "- [ ] Add an alert", and the boxes drawn with symbols in a list item: "2. 🔲 Deploy the script", "- ✅ Fix the repository".
    [GeneratedRegex(@"^(?:(?:[-*+]\s+)?\[(?<mark>[ xX✓✔~-]?|[Nn]/?[Aa])\]|(?:[-*+]|\d{1,3}[.)])\s+(?<mark>✅|☑|✔|✓|🔲|☐|⬜|⏳|🔄|🚧)\uFE0F?)\s+(?<text>\S.*)$")]
    private static partial Regex Checkbox();

    /// <summary>
    /// A box in brackets is one wherever it stands; a symbol is one under an action heading (not "Immediate actions
    /// taken", whose ticks mark steps done in the response), and elsewhere only in a list that also holds an empty box
    /// ("🔲", "☐", "[ ]"): "- ✅ Guarantees the right network path" in a list of an option's merits is a tick of approval.
    /// </summary>
    private static bool IsBox(LegacyDocument document, int line, Match box, bool[] listHasEmptyBox) =>
        (box.Value.TrimStart('-', '*', '+', ' ').StartsWith('[') || listHasEmptyBox[line] || (InActionSection(document, line) && !document.IsWithin(line, IsCompletedKey)))
        && !InChecklist(document, line);

    /// <summary>For each line, whether the list it stands in (its run of list lines) holds an empty box; one pass.</summary>
    private static bool[] ListsWithEmptyBox(LegacyDocument document)
    {
        var found = new bool[document.Lines.Count];
        bool InList(int k) => document.Lines[k].Kind is not (LineKind.Blank or LineKind.Code or LineKind.Heading) && (LegacyDocumentParser.StartsWithListMarker(document.Lines[k].Text.Trim()) || document.Lines[k].Indent > 0);
        for (var start = 0; start < document.Lines.Count; start++)
        {
            if (!InList(start))
            {
                continue;
            }

            var end = start;
            var empty = false;
            for (; end < document.Lines.Count && InList(end); end++)
            {
                empty |= Checkbox().Match(document.Lines[end].Text.Trim()) is { Success: true } box && CheckboxStatus(box.Groups["mark"].Value) == ActionStatus.Open;
            }

            Array.Fill(found, empty, start, end - start);
            start = end;
        }

        return found;
    }

    // "[x]" is done; "[N/A]" will not be done; "[-]" and "[~]" (part done, or under way, in the tools that write them) are in progress; "[ ]" is open.
    private static ActionStatus CheckboxStatus(string mark) => mark.Trim() switch
    {
        "" or "🔲" or "☐" or "⬜" => ActionStatus.Open,
        "x" or "X" or "✓" or "✔" or "✅" or "☑" => ActionStatus.Done,
        "-" or "~" or "⏳" or "🔄" or "🚧" => ActionStatus.InProgress,
        _ => ActionStatus.WontDo,
    };

    // "We will", "I'll", "we plan to": the writer committing to something; shared by promises and the promises that are not work.
    // "We also learnt from this that ...", "This means we should ...", "..., which means we need to ...": what the team
    // concluded it must do; "we need a ..." and "we have to ..." count only after it.
    private const string LearntThat = @"(?:we (?:also )?(?:learn(?:ed|t)|reali[sz]ed)\b[^.!?]{0,40}? that |(?:this|that|which) means (?:that )?)";

    // A sentence that tells the response while it goes on ("..., so we are going to roll back the release", "- we are
    // going to fail over now", "we are improving throughput by adding workers to drain the backlog"), read whole before
    // a promise joined to another clause or told as improvement under way.
    // What a team sets out to do to the system ("working with the vendor to add", "looking to implement"); not "to
    // restore" or "to fix": that is the response.
    private const string ChangeToMake = @"(?:set up|add|build|implement|improve|introduce|create|develop|design|establish|enable|automate|document|harden|prevent|avoid|ensure|make sure|monitor|alert|test|review our|strengthen|expand|increase|raise|move|migrate|upgrade|replace|reduce|remove|scale|shard|split|redesign|rework)";

    // "We are working to implement a fix", "working to increase capacity on the primary": the response going on, not a
    // change to come ("working to implement a permanent fix" is one, and so is a fix "so that this cannot recur"; a fix "to
    // prevent further errors" is still the response).
    private const string NotTheFixUnderWay = @"(?! (?:(?:a|an|the|our|more|additional|extra) )?(?:(?:quick|temporary|short-term|immediate|interim) )?(?:fix(?:es)?|patch(?:es)?|workaround|capacity|resources|headroom)\b(?![^.!?]*\b(?:recur\w*|(?:happen|occur)\w*\s+again|in (?:the )?future|(?:going|moving) forward|so (?:that )?(?:this|it|the same)\b[^.!?]*\b(?:cannot|can't|can ?not|won't|will not|does not|doesn't|never)|prevent\w* (?:this|it|a (?:similar|repeat)|similar|such|the same|any (?:similar|repeat)|(?:a )?recurrence|future))\b))";

    // Words of the response itself (rolling back, restoring, a workaround), which make a promise part of it; mitigating
    // a repeat ("measures in place to mitigate any repeat occurrence, and will harden ...") looks ahead instead.
    private const string NotTheResponse = @"(?![^.!?]*\b(?:roll(?:ing)?[ -]?back|revert|fail(?:ing)?[ -]?over|restart|reboot|restor|recover|drain|backlog|mitigat(?!\w*\s+(?:(?:any|a|the|future|similar|such)\s+)?(?:repeat|recurrence|reoccurr?ence|future|similar|such|further\s+(?:incidents?|outages?|occurrences?|recurrences?|such)\b))|hotfix|workaround|right now|now\s*[.!?]?$))";

    // The words after "we" or "I" that commit to something ("will", "are going to", "plan to", "are improving", "are
    // adding steps to our playbook"), or own a question left open ("didn't explore yet how we can keep them aligned"); an
    // "and" may stand for the subject ("I have revoked the token, and will avoid creating one"). The adverbs ("also",
    // "now") are atomic groups: nothing after them starts with one, so giving one back never matches more, and .NET's
    // compiled and generated matchers overran their backtracking stack (IndexOutOfRangeException) when a case-blind
    // search backtracked into an optional adverb from the lazy "working with ... to" words.
    private const string Commits = @"(?>(?: also| then| now| still)?)(?: will|'ll|’ll| am going to|'m going to|’m going to| are going to|'re going to|’re going to| plan to| plan on| intend to| need to| should| must|(?: are|'re|’re|'m|’m| am) planning (?:to|on)|(?: are|'re|’re|'m|’m| am)(?: also)? looking at(?= (?!(?:some|any|every|no)thing\b)\w+ing\b)|(?: are|'re|’re|'m|’m| am)(?: also)? looking (?:at|into) (?:what we can do|how (?:we|to)|ways (?:to|of))\b|'d like to|’d like to| would like to|(?: are|'re|’re|'m|’m| am)(?>(?: also| now| currently)?) (?:putting|setting up|adding|implementing|introducing|building|creating)(?= (?:in place )?(?:(?:a|an|new|better|additional|automated|proper|more)\s)*(?:[\w-]+\s){0,2}?(?:monitor(?:s|ing)?|alert(?:s|ing)?|checks?|tests?|safeguards?|guardrails?|validation|runbooks?|playbooks?|checklists?|backups?|alarms?|dashboards?)\b|(?: (?:a|an|another|one more) (?:new |extra |additional )?step| (?:new |more |extra |additional )?steps) (?:to|in|into) (?:our|the) (?:[\w-]+ ){0,3}?(?:playbook|runbook|checklist|procedure|process)s?\b)|(?: did not| didn't| didn’t)(?: yet explore| explore yet) how(?= (?:we|to)\b)|(?: have not| haven't| haven’t)(?: yet)? (?:explored|worked out|figured out)(?: yet)? how(?= (?:we|to)\b)|(?: have|'ve|’ve| are|'re|’re) yet to (?:explore|work out|figure out|determine|decide) how(?= (?:we (?:can|could|should|will|would|might|best)|to)\b)|(?: have not| haven't| haven’t|'ve not|’ve not)(?: yet)? (?:determined|decided)(?: yet)? how(?: best)?(?= (?:we (?:can|could|should|will|would|might|best)|to)\b)|(?: are|'re|’re)(?>(?: also| now| currently){0,2}) making (?:(?:some|several|a few|further|more|additional|structural|architectural) )?changes to(?= (?!(?:the|our|this) (?:status page|post|write-?up)\b))|(?: are|'re|’re)(?>(?: also| actively| currently| now){0,2}) working (?:closely )?with (?:(?!(?:who|that|which|unable|able)\b)[\w.&-]+ ){1,12}?to(?= " + ChangeToMake + @"\b)|(?: are|'re|’re)(?>(?: also| actively| currently| now){0,2}) (?:working|looking) to(?= " + ChangeToMake + @"\b" + NotTheFixUnderWay + @")|(?: are|'re|’re)(?>(?: also| actively| currently| now){0,2}) (?:developing|designing|exploring|evaluating|working on|investigating (?:possible |new |better |other |alternative )?(?:methods|ways|options|approaches|solutions|alternatives|(?:the )?(?:possibility|possibilities|feasibility) of))(?= (?!(?:the|this|a|an|our) (?:issue|problem|incident|outage|fix|patch|hotfix|workaround|root cause|cause|impact|rollback|situation|options? to restore)\b|(?:restoring|recovering|re-?populating|back-?filling|rolling|reverting|(?:re)?deploying (?:the|a) (?:fix|patch|hotfix)|bringing|getting|resolving|mitigating|fixing|it|this|that|them)\b))|(?: are|'re|’re)(?>(?: also| now| currently| actively){0,2}) (?:in the process of|investigating|considering)(?= " + WorkUnderWay + @"\b)|(?: are|'re|’re)(?>(?: also| now| currently| seriously){0,2}) considering to(?= (?!(?:roll|revert|fail|restor|recover)\w*\b)\w+)|(?: have|'ve|’ve)(?>(?: also| now| already){0,2}) (?:begun|started)(?: \w+ly)?(?: the process of| work on)?(?= " + WorkUnderWay + @"\b)|(?: are|'re|’re)(?>(?: also| now| currently| continually| continuously)?) (?:improving|hardening|strengthening)\b|(?: are|'re|’re)(?>(?: also| now| currently)?) taking (?:(?:all|the|further|additional|several|some|concrete) )?(?:necessary |appropriate )?(?:actions?|steps|measures) to(?= (?:prevent|avoid|ensure|harden|improve|strengthen|protect)\b))";

    private const string Promise = @"(?:we|i)" + Commits;

    // "We're adding a lint rule that blocks ...", "We are also moving long migrations to a job runner": under a heading
    // of the work ahead ("What we're doing"), a change under way is an item; not the response told as it goes on
    // ("we are moving traffic to drain the backlog").
    // What is being worked through is the incident's own leftovers ("We are currently reviewing the affected accounts",
    // "moving the remaining customers"), not a change to the system.
    [GeneratedRegex(@"^\W*(?:[A-Z][^.!?,]{0,40}, )?(?:we|i)(?: are|'re|’re|'m|’m| am)(?: also| now| currently| actively)? " + NotTheResponse + WorkUnderWay + @"\b(?! " + TheIncidentsLeftovers + @")", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeUnderWay();

    private const string TheIncidentsLeftovers = @"(?:(?:the|all(?: of)?(?: the)?|any|each|every) )?(?:affected|impacted|remaining|failed|failing|lost|corrupted|missing|stuck|queued|delayed|duplicated?)\b";

    // "in the process of adding checks", "investigating eliminating this class of problem", "have begun retooling our
    // token system": work on the system under way, not the response ("in the process of deploying the fix",
    // "investigating increasing error rates", "have started restoring the accounts").
    private const string WorkUnderWay = @"(?:adding|implementing|introducing|building|creating|developing|eliminating|improving|automating|hardening|moving|migrating|replacing|reworking|redesigning|setting up|reviewing|auditing|documenting|separating|splitting|limiting|enforcing|requiring|extending|expanding|rewriting|putting in place|retooling|decommissioning|deprecating|consolidating)";

    // "Over the next few weeks", "Next quarter", "By the end of the month", "Going forward", "In future": a time ahead
    // that may open a promise without a comma. Not a part of the write-up ("In the next section we'll look at ...") nor hours away, in which the
    // promise is the outage's own end ("Within the next 24 hours we will restore the remaining accounts").
    private const string TimeAhead = @"(?:(?:over|in|during|within) the (?:next|coming|following) (?!(?:[\w-]+ )?(?:sections?|parts?|chapters?|posts?|paragraphs?|articles?)\b)"
        + @"(?!(?:\d+|few|couple of|several) (?:hours?|minutes?)\b)[^.!?,]{0,40}? |(?:next|later this|early next|by the end of (?:the|this|next)) (?:week|month|quarter|year|sprint) "
        + @"|(?:going|moving) forward |in (?:the )?future |from now on )";

    /// <summary>
    /// "We will add …", "We'll move …", "We plan to …", "We learnt that we need a staging site", "We're looking at how
    /// we can test the config", "I'll set up …" (a one-person write-up), "I'm putting a disk monitor in place" (a
    /// safeguard being set up: a monitor, alert, check, test, runbook or backup; not "we are adding a new node" or
    /// "putting a workaround in place", the response itself), "All clients will stop retrying …", "the team resolves to
    /// review DNS records", "work is also ongoing to scan all of our services" (not "work is ongoing to restore
    /// service", the incident itself), "We are improving the reset flow", "We are taking steps to prevent ..." (not "to
    /// resolve this incident"), "A project is underway to replace the bridges", "The initial remedy will be to upgrade our
    /// Vault instances" (not "the next step was to roll back", the response): a sentence that commits to future work.
    /// A subject other than "we" counts when it names the whole of something ("all", "our", "each"), and not with "will
    /// be", which tells how things will stand ("our default will be 3 seconds"). The promise may follow a clause it is
    /// joined to ("We apologise for this and we will add ...", "..., so we are going to extend the bot", "We now serve
    /// only the last 10 articles but we will enforce stricter limits", "... - we are
    /// looking at ways to ..."), or share its subject ("I have revoked the token, and will avoid ..."), but not in a
    /// sentence that tells the response going on ("..., so we are going to roll back the release"). A time ahead may
    /// open it without a comma ("Over the next few weeks we'll be putting better monitoring in place").
    /// </summary>
    [GeneratedRegex(@"^(?:" + LearntThat + @"we (?:also )?need (?:a|an|better|more|proper)\b|" + NotTheResponse + @"(?:[A-Z][^.!?]{0,160}?(?:,? (?:and|so|but)| (?:--|[-–—])|;) " + Promise + @"|(?:we|i)\b(?:(?!\b(?:that|which|who|when|because|if|since|it|they|he|she)\b)[^.!?]){0,160}?,? and(?: also| then)?(?-i: will| plan to| plan on| intend to| are planning (?:to|on)| are going to| are (?:also |now |currently )?in the process of(?= " + WorkUnderWay + @"\b)|(?: are)? (?:working|looking) to(?= " + ChangeToMake + @"\b" + NotTheFixUnderWay + @")))|(?:[A-Z][^.!?]{0,60}?, (?:which means (?:that )?)?|" + TimeAhead + @"|" + LearntThat + @")?(?:" + Promise + @"|" + NotTheResponse + @"(?:the|our) (?:(?:initial|first|next|immediate|main|primary|short[- ]term|long(?:er)?[- ]term|top) )?(?:remed(?:y|ies)|remediations?|steps?|fix(?:es)?|priorit(?:y|ies)|follow[- ]ups?) (?:will be|is|are) to|(?<=\bmeans (?:that )?)we have to|(?:all|our|each|every) [\w-]+(?: [\w-]+)? will(?! be\b)|the (?:[\w-]+ ){0,2}teams?(?: involved)? (?:will(?! be\b(?! \w+ing\b)| need\b(?! to\b))|resolves? to|plans? to|commits? to|intends? to|is going to)|(?:(?:a|an) (?:project|initiative|effort)|work|efforts?) (?:is|are) (?:also |now |currently )?(?:ongoing|underway|in progress) to(?! (?:restore|recover|resolve|fix|mitigate|bring|get)\b)))(?: also| then| now| still| further)? (?!be able|not\b|(?:\w+ly )?never\b|continue to monitor\b)\w", RegexOptions.IgnoreCase)]
    private static partial Regex Commitment();

    // "TODO: Credit? awaiting response from reporter", "TODO: add the latency graph here", "TODO: fill in": a note the
    // writer left on the draft is about the write-up, not work on the system ("TODO: add a link to the runbook in the
    // alert" is).
    [GeneratedRegex(@"^(?:[\p{L}-]+\?\s*(?:(?:awaiting|waiting|pending|ask(?:ed)?|TBD|need\w*|confirm\w*|check\w*|verify|unknown)\b.*)?$|" + AddToTheWriteUp + @"(?:(?:graphs?|charts?|screenshots?|images?|diagrams?|links?|quotes?|citations?)\s+(?:here|below|above)|screenshots?|images?|quotes?|citations?)\W*$|fill (?:in|out)(?:\s+(?:this|the\s+(?:details|timeline|section|numbers|rest)))?\W*$|expand (?:on )?this\b|finish (?:this|the) (?:section|paragraph|write-?up|post)\b|proofread\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EditorsNote();

    // "add the latency graph", "insert a screenshot", "embed the dashboard link": the words that put something into the
    // write-up, read by both regexes above and below.
    private const string AddToTheWriteUp = @"(?:add|insert|include|attach|embed|paste)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?";

    // "TODO: add error rate graph", "TODO: embed the dashboard link" outside the action items: material for the write-up
    // (under an action-items heading, "add runbook links" is work on the system).
    [GeneratedRegex(@"^" + AddToTheWriteUp + @"(?:graphs?|charts?|diagrams?|links?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DraftMaterial();

    // "TODO(alice)", "DONE (carol)", "TODO(JIRA-12)": what a marker names in brackets, an owner or a ticket; a priority,
    // version or day there ("TODO(P1)", "TODO(v2)", "TODO(2024-07-01)") is neither, and is dropped with the marker.
    private const string MarkerBracket = @"(?:\s?\((?:(?<ticket>[A-Z][A-Z0-9]*-\d+|#\d+)|(?![Pp][0-4]\)|[vV]\d)(?<owner>@?\p{L}[\p{L}\p{N}._@-]{0,60}(?:,? @?\p{L}[\p{L}\p{N}._@-]{0,40})?)|[^()\n]{1,30})\))?";

    // "TODO(bob): failover runbook" left at the start of an item's words (a checkbox's, a list item's): the marker and its owner.
    [GeneratedRegex(@"^(?<mark>TODO|DONE)" + MarkerBracket + @"\s*[:\-–—]\s*")]
    private static partial Regex LeadingMarker();

    /// <summary>
    /// "**TODO**: monitor the ZFS pool", "DONE: added the blog to the probes", "- TODO - check free disk": a line that
    /// an upper-case marker opens is an item wherever it stands, as a checkbox is; "TODO(alice):" names its owner. Only the upper-case word counts, so
    /// "todo lists were lost" in prose is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:[-*+]\s+)?(?:\*\*|__)?(?<mark>TODO|DONE)" + MarkerBracket + @"(?:\*\*|__)?\s*(?:[:\-–—]\s*)?(?:\*\*|__)?\s*(?<text>[\p{L}\p{N}].*)$")]
    private static partial Regex Marker();

    /// <summary>
    /// "Action point: enable push alerts", "**Action item:** add a runbook": a line labelled as an action is one
    /// wherever it stands, as a TODO line is; the label is dropped from the title. So is a list item that says the
    /// work is still to come ("* Considering: OS-level alerts", "- Planned: a second mail relay"), even in a list of
    /// steps taken.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[-*+]\s+)?(?:\*\*|__)?action (?:point|item)s?|[-*+]\s+(?:\*\*|__)?(?<coming>considering|planned|proposed|under consideration))(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?<text>[\p{L}\p{N}].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAction();

    // "**Action 1 (mitigate):", "Action required:", "Acción requerida:", "Maßnahme 2:": an action named by its number or
    // as required, whose steps may be listed right under it (see underActionLabel in Extract).
    [GeneratedRegex(@"^(?:\*\*|__)?\s*(?:action|acción|accion|ação|acao|mesure|maßnahme|massnahme|azione)\s*(?:\d+|n[°º.]\s*\d+|#\d+|required|requise|requerida|requerido|necesaria|necessária|erforderlich|richiesta)\b[^:\n]{0,40}:", RegexOptions.IgnoreCase)]
    private static partial Regex ActionLabel();

    // "**Action required:** none from the customer side": a label that says there is nothing to do names no item.
    [GeneratedRegex(@"^[\s*_]*(?:none|n/?a|nothing|no action|aucune?|ninguna?|keine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysNoneAfterTheLabel();

    [GeneratedRegex(@"\((?:owner|owners|responsable|verantwortlich|dri|assignee)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex OwnOwner();

    public static ActionItemsResult Extract(LegacyDocument document)
    {
        var items = new List<ActionItem>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fromProse = 0;
        var fromLessons = 0;
        var lessonSentences = new List<ActionItem>();

        // A writer who lists the work to do under its own heading put it there: a lesson is then only a lesson (a
        // heading of steps already taken lists none; "Action items (completed and open)" does).
        var actionsHeaded = Enumerable.Range(0, document.Sections.Count)
            .Any(s => HeadsActions(document, s) && (!IsCompletedKey(document.Sections[s].Key) || StillOpen().IsMatch(document.Sections[s].Key)));
        // "## Action items" that explains its kinds and priorities in prose and lists, then tracks the work in a table
        // with an action column: the table is the list of work, the rest of the section tells how to read it.
        var tabledSections = document.Lines.Select((line, i) => (line, i))
            .Where(l => l.line.Kind != LineKind.Code && l.line.Text.TrimStart().StartsWith('|') && IsActionTableHeader(l.line.Text.Trim()))
            .Select(l => document.SectionOf(l.i)).ToHashSet();
        // "**Action 1 (mitigate): make the events table robust**" right over "- create a weekly table", "- drop two
        // indexes": where the actions are named with a numbered or required label, that line is the item and the list
        // right under it its steps. Any other line between ("The remaining actions:", "**Longer-term items:**") ends the
        // steps, and an item with its own owner ("- Review memory limits (owner: platform)") is one of its own.
        var underActionLabel = false;
        // "### Actions" beside "### Possible improvements" and "### Recommendations": where the writer says plainly which
        // work the team took on, in a list or in a table of actions, the headings that only offer ideas list what it did not.
        var explicitlyHeaded = Enumerable.Range(0, document.Sections.Count)
            .Any(s => HeadsActions(document, s) && IsExplicitActionKey(document.Sections[s].Key) && !IsCompletedKey(document.Sections[s].Key)
                && (tabledSections.Contains(s) || document.Content(document.Sections[s]).Any(x => LegacyDocumentParser.StartsWithListMarker(x.Line.Text.Trim()) && InActionSection(document, x.Index) && !document.IsWithin(x.Index, IsCompletedKey))));
        bool OffersIdeasOnly(int line) =>
            explicitlyHeaded && !InExplicitActionSection(document, line) && WithinBelowTitle(document, line, IsTentativeKey) && !TentativeWithinActions(document, line);
        var proseItems = new List<(ActionItem Item, int Section)>();

        // An item read from a section's prose is counted as one and kept with its section, which may yet turn out to
        // be a story and give none.
        void TakeFromProse(string text, ActionStatus status, int inSection)
        {
            if (Add(items, seen, text, status))
            {
                fromProse++;
                proseItems.Add((items[^1], inSection));
            }
        }

        // A checklist under a heading that says it lists actions ("## Next steps", "- [ ] Deploy the script") is where
        // the team tracks its work: the lists under numbered sub-headings of a softer action heading
        // ("## Prevention strategies" / "### 5. Add monitoring") then tell how that work is done (the monitors, the steps
        // of a runbook) rather than add to it. A plain list under a softer heading still counts; boxes under other
        // headings ("Active hypotheses", "Remediation (completed)") make no such checklist.
        var listHasEmptyBox = ListsWithEmptyBox(document);
        var tracked = document.Lines.Where((line, i) => line.Kind != LineKind.Code && Checkbox().Match(line.Text.Trim()) is { Success: true } box
            && IsBox(document, i, box, listHasEmptyBox) && InExplicitActionSection(document, i)).Count() >= MinChecklist;
        var storySections = new HashSet<int>();
        // Sections headed by a change made ("#### Alerts configured"), whose prose tells how.
        var headedByChange = new HashSet<int>();
        var proseSentences = new Dictionary<int, int>();
        TableColumns? table = null;
        var list = new ListState();
        var introduced = false;
        // "X has taken steps to improve its security posture, including:": the list is corrective work already done.
        var introducedDone = false;
        // "When adding a new CDN asset:" and its steps: a procedure to follow each time, not work to do once.
        var procedure = false;
        // The section a list of work was introduced in; -1 is the text before any heading, so "none yet" is null.
        int? introducedIn = null;
        var paragraph = new System.Text.StringBuilder();
        var actionTable = false;
        var readsCompletedTable = false;
        // After a status page's "Posted ..." stamp, until the next heading.
        var statusPosts = false;
        for (var i = 0; i < document.Lines.Count && items.Count < MaxItems; i++)
        {
            var line = document.Lines[i];
            var trimmed = line.Text.Trim();
            if (!trimmed.StartsWith('|'))
            {
                table = null;
                actionTable = false;
            }
            else if (table is null && !actionTable && IsActionTableHeader(trimmed))
            {
                // "| Action Item | Type | Owner | Bug |": a table that says it lists actions does so wherever it stands.
                actionTable = true;
            }

            if (line.Kind != LineKind.Heading && !trimmed.StartsWith('|') && tabledSections.Contains(document.SectionOf(i)))
            {
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.Field && ActionLabel().Match(trimmed) is { Success: true } label && InActionSection(document, i)
                && !SaysNoneAfterTheLabel().IsMatch(trimmed[label.Length..]))
            {
                underActionLabel = true;
            }
            else if (underActionLabel && line.Kind is LineKind.Text or LineKind.Field && LegacyDocumentParser.StartsWithListMarker(trimmed) && !OwnOwner().IsMatch(trimmed))
            {
                continue;
            }
            else if (line.Kind is not LineKind.Blank)
            {
                underActionLabel = false;
            }

            if (line.Kind is LineKind.Heading)
            {
                list = new ListState();
                introduced = false;
                procedure = false;
                var own = Enumerable.Range(0, document.Sections.Count).FirstOrDefault(k => document.Sections[k].HeadingIndex == i, -1);
                if (own >= 0 && document.Sections[own].Parent >= 0 && InExplicitActionSection(document, i) && !document.IsWithin(i, IsCompletedKey)
                    && ChangeMadeHeading().Match(document.Sections[own].Heading) is { Success: true } made)
                {
                    // "## Resulting action" / "#### @malte_j Cron cleanup scheduled" / "Cron scheduled to remove old
                    // archives.": a sub-heading that names a change made is the item, done, and the paragraph under it
                    // tells how it was made, so its sentences are no more items.
                    Add(items, seen, made.Groups["change"].Value, ActionStatus.Done);
                    headedByChange.Add(own);
                }
                else if (own >= 0 && NumberedHeading().IsMatch(trimmed.TrimStart('#', ' ', '*', '_')) && document.Sections[own].Parent >= 0 && !document.IsWithin(i, IsCompletedKey)
                    && !(tracked && !InExplicitActionSection(document, i)) && !OffersIdeasOnly(i))
                {
                    // "## Lessons learnt" / "### 4. Have a non-critical node take the snapshots", "## Next steps" / "### 2.
                    // Improve height forecasting": a numbered heading under actions or lessons that says what to do is the
                    // item, the paragraphs under it its reasons. Where the work is tracked in a checklist, steps numbered
                    // under a softer heading are not it.
                    var text = document.Sections[own].Heading;
                    // The heading's own line lies in the section above it.
                    var underActions = InActionSection(document, i);
                    var underLessons = !underActions && !actionsHeaded && InLessonsSection(document, i);
                    if ((underActions && LooksImperative(text) && !TellsNotOrders(text)) || (underLessons && (Prescribes().IsMatch(text) || OpensWithWorkVerb(text))))
                    {
                        fromLessons += Add(items, seen, text, ActionStatus.Open) && underLessons ? 1 : 0;
                    }
                }
            }

            if (line.Kind is LineKind.Heading)
            {
                statusPosts = false;
            }
            else if (line.Kind is LineKind.Text && ProseTimeline.IsPostedStamp(trimmed))
            {
                // "Remediation Plan" / its bullets / "Posted Aug 02, 2022 - 12:51 PDT" / "Resolved" / "This incident has
                // been resolved.": the stamp closes the write-up a status page posted, and what follows it in the section
                // are the page's earlier updates, not more of the work.
                statusPosts = true;
            }

            if (line.Kind is LineKind.Code or LineKind.Blank or LineKind.Heading or LineKind.Rule || statusPosts)
            {
                list.Continues = false;
                list.AfterBlank |= line.Kind is LineKind.Blank;
                paragraph.Clear();
                continue;
            }

            // "- [ ] **Set a statement timeout.** The single highest-value change." / "" / "      Choose the value from what
            // the endpoints need, ...": a paragraph indented under a list item after a blank line is more of that item
            // (Markdown's continuation paragraph), its reasons and details, not an item of its own.
            // An item that is only a label ("1. Database") has its action in the paragraph under it, which is read.
            if (list.AfterBlank && list.ItemIndent is { } itemIndent && !LegacyDocumentParser.StartsWithListMarker(trimmed))
            {
                if (line.Indent >= itemIndent + 2 && !trimmed.StartsWith('|') && !list.UnderLabel)
                {
                    continue;
                }

                list.ItemIndent = null;
            }

            list.AfterBlank = false;

            if (Checkbox().Match(trimmed) is { Success: true } box && IsBox(document, i, box, listHasEmptyBox))
            {
                var added = Add(items, seen, box.Groups["text"].Value, CheckboxStatus(box.Groups["mark"].Value));
                list = new ListState { Open = added ? items.Count - 1 : null, Indent = line.Indent, Continues = true, Checkbox = true, ItemIndent = line.Indent, UnderLabel = IsLabelOnly(box.Groups["text"].Value) };
                continue;
            }

            if (list.Checkbox && list.Continues && line.Indent > list.Indent && !LegacyDocumentParser.StartsWithListMarker(trimmed))
            {
                // "- [x] **Pin MCP** — strict config on every path, so only" / "      the server we pass is used": a
                // checkbox item wrapped over indented lines is one item, wherever it stands; the wrap of one not taken
                // (a repeat) goes with it.
                AppendToItem(items, list.Open, trimmed);
                continue;
            }

            if (Marker().Match(trimmed) is { Success: true } marked)
            {
                if (EditorsNote().IsMatch(marked.Groups["text"].Value) || (!InActionSection(document, i) && DraftMaterial().IsMatch(marked.Groups["text"].Value)))
                {
                    continue;
                }

                Add(items, seen, marked.Groups["text"].Value, marked.Groups["mark"].Value == "DONE" ? ActionStatus.Done : ActionStatus.Open, marked.Groups["owner"] is { Success: true } owner ? owner.Value : null, marked.Groups["ticket"] is { Success: true } markedTicket ? markedTicket.Value : null);
                continue;
            }

            // "- Planned: 02:00-03:00 UTC" beside "- Actual: 02:00-05:40 UTC" is a window, not work: work still to come is told in words.
            if (LabelledAction().Match(trimmed) is { Success: true } labelled
                && (labelled.Groups["coming"].Success ? !TimelineParser.StartsWithTime(labelled.Groups["text"].Value, null) : !document.IsWithin(i, IsCompletedKey))
                && LegacyDocumentParser.KeyOf(labelled.Groups["text"].Value) is not ("none" or "n a" or "na" or "see below" or "yes" or "no" or "tbd"))
            {
                Add(items, seen, labelled.Groups["text"].Value, ActionStatus.Open);
                continue;
            }

            var isListLine = LegacyDocumentParser.StartsWithListMarker(trimmed) || line.Indent > 0;
            if (!isListLine)
            {
                // "Some possible actions in the future:" outside an action section: the list right after it is one. The
                // sentence may be wrapped over the paragraph's lines ("the changes we will implement ..." / "include:").
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(trimmed);
                // "What we should do to improve" alone on its line over a numbered list, a web page's heading kept as
                // text, introduces it as a sentence ending in a colon does.
                var introducing = trimmed.EndsWith(':') || (paragraph.Length == trimmed.Length && NamesTheListBelow(document, i, trimmed))
                    ? IntroducingSentence([.. Sentences(paragraph.ToString())])
                    : null;
                var measuresTaken = introducing is not null && TellsMeasuresTaken(introducing) && !document.IsWithin(i, TellsTheBackground);
                introduced = introducing is not null && (IntroducesActions(introducing) || measuresTaken);
                introducedDone = measuresTaken && !PromisesMore().IsMatch(introducing!);
                procedure = !introduced && introducing is not null && OpensAProcedure().IsMatch(introducing);
                if (introduced)
                {
                    list = new ListState();
                    introducedIn = document.SectionOf(i);
                    continue;
                }

                // A paragraph's prose is read once, at its last line, so no sentence is cut at a line wrap.
                var paragraphEnds = line.Kind == LineKind.Text && (i + 1 == document.Lines.Count || document.Lines[i + 1].Kind != LineKind.Text);
                if (paragraphEnds && introducedIn is { } listSection && document.SectionOf(i) == listSection && !InActionSection(document, i))
                {
                    // "Going forward, we will:" and its list, then "Lastly, we will upgrade the network": a promise in the
                    // prose of the section the list was introduced in goes on with that list.
                    fromProse += Sentences(paragraph.ToString()).Count(sentence => Commitment().IsMatch(sentence) && !NotWork().IsMatch(sentence) && Add(items, seen, sentence, ActionStatus.Open));
                }

                if (paragraphEnds && !InActionSection(document, i) && InLessonsSection(document, i) && !document.IsWithin(i, IsCompletedKey))
                {
                    // "In the future, more tests will be implemented to examine all functions" in the prose of a lesson is a
                    // promise, as a lesson's list item that says what must change is.
                    // Not one that points at the action list ("this is tracked in the action items below") or turns the
                    // work down ("which we discussed but decided not to build").
                    foreach (var sentence in Sentences(paragraph.ToString()).Where(sentence => (WorkToBeDone().IsMatch(sentence) || (Commitment().IsMatch(sentence) && !NotWork().IsMatch(sentence)))
                        && !ListedElsewhereOrDeclined().IsMatch(sentence) && Add(items, seen, sentence, ActionStatus.Open)))
                    {
                        fromLessons++;
                        lessonSentences.Add(items[^1]);
                    }
                }
            }

            if (!introduced && !actionTable && LegacyDocumentParser.StartsWithListMarker(trimmed) && !InActionSection(document, i) && InLessonsSection(document, i)
                && !document.IsWithin(i, IsCompletedKey))
            {
                // "Break glass needs to be regularly tested": a lesson that says what must change is an action the
                // writer did not label as one; "paging worked well" is only a lesson. The item is read whole.
                var (whole, last) = document.ListItemAt(i, MaxTitle);
                if (!actionsHeaded && Prescribes().IsMatch(whole) && !NamesFollowUp(whole) && Add(items, seen, LegacyDocumentParser.WithoutListMarker(whole), ActionStatus.Open))
                {
                    fromLessons++;
                }

                i = last;
                continue;
            }

            var completed = document.IsWithin(i, IsCompletedKey) || TakenDuringTheResponse(document, i);
            if ((!introduced && !actionTable && !InActionSection(document, i)) || (completed && !trimmed.StartsWith('|')) || InChecklist(document, i)
                || (procedure && !InExplicitActionSection(document, i))
                || (!introduced && !actionTable && OffersIdeasOnly(i))
                || (tracked && !actionTable && !InExplicitActionSection(document, i) && UnderNumberedStep(document, i)))
            {
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                // "Preventative measures implemented" over "| Action | Status |" rows, one of them "Planned": a status
                // column that leaves a row open tells each row's state, whatever the heading says. Without one, or with
                // every row done ("## Actions taken", the steps of the response), the heading's word stands.
                if (completed && table is null)
                {
                    table = ReadTableRow(trimmed, table, items, seen);
                    readsCompletedTable = table is { Status: >= 0 } && TableLeavesARowOpen(document, i + 1, table.Status);
                }
                else if (!completed || readsCompletedTable)
                {
                    table = ReadTableRow(trimmed, table, items, seen);
                }

                continue;
            }

            var isList = LegacyDocumentParser.StartsWithListMarker(trimmed);
            var isNumbered = isList && NumberedMarker().IsMatch(trimmed);
            if (!isList && list.Continues && list.Open is { } open && (line.Kind != LineKind.Field || line.Indent > list.Indent))
            {
                // A line wrapped inside an item ends that item's text, not a new item.
                AppendToItem(items, open, trimmed);
                continue;
            }

            if (list.Numbered && !isNumbered && list.Open is { } numbered && numbered < items.Count && items[numbered].Title.EndsWith(':'))
            {
                // "1. **Deeper monitoring** We plan to add alerts on:" and the bullets after it are one action and its details.
                list.Continues = false;
                continue;
            }

            if (line.Kind == LineKind.Field && !isList && (DocumentRoles.Contains(line.Key) || (RecordLabel().IsMatch(line.Key) && RecordValue().IsMatch(line.Value ?? ""))))
            {
                // "**Incident Commander**: Jo", "**Review Date**: 2025-12-14" signed under the last section: who wrote the
                // document and when, not work.
                list.Open = null;
                list.Continues = false;
                continue;
            }

            if (line.Kind == LineKind.Field || isList || line.Indent > 0)
            {
                if (isList && list.Open is { } parent && line.Indent > list.Indent)
                {
                    // Sub-bullets detail their item, unless the item only introduces them ("In future, for risky code:").
                    list.Continues = false;
                    if (!list.Introduces && parent == items.Count - 1 && items[parent].Title.EndsWith(':') && !LooksImperative(items[parent].Title))
                    {
                        // "A better process for flagging urgent reports:" only introduced the items under it: they are the
                        // work, it is their heading. "Add alerts for the following:" is the work, and the bullets under it
                        // its details ("disk usage above 85%", "Owner: @alice").
                        items.RemoveAt(parent);
                        list.Introduces = true;
                    }

                    if (list.Introduces)
                    {
                        Add(items, seen, LegacyDocumentParser.WithoutListMarker(trimmed), ActionStatus.Open);
                    }

                    continue;
                }

                if (line.Kind == LineKind.Field && !isList && IsoDay().IsMatch(line.Label!) && !DueWords().IsMatch(line.Label!))
                {
                    // "**Immediate (2026-06-20 morning):** Manually re-issued the deploy": a label that dates itself
                    // tells a step of the response ("Due 2026-07-01:", "By 2026-07-15:" give the work its date).
                    list.Open = null;
                    list.Continues = false;
                    continue;
                }

                if (line.Kind == LineKind.Field && !isList && line.Value is { } value && TellsNotOrders(value))
                {
                    // "**Case 1:** the client has a request of the server": a label over a statement explains; "**Alerting:**
                    // page on queue depth" and "**Backups:** we will test restores monthly" are work.
                    list.Open = null;
                    list.Continues = false;
                    continue;
                }

                var added = Add(items, seen, line.Kind == LineKind.Field ? line.LabelAndValue : LegacyDocumentParser.WithoutListMarker(trimmed), introduced && introducedDone ? ActionStatus.Done : ActionStatus.Open);
                list.Numbered |= isNumbered;
                list.Open = added ? items.Count - 1 : null;
                list.Introduces = false;
                list.Indent = line.Indent;
                list.Continues = added && isList;
                list.Checkbox = false;
                list.ItemIndent = isList ? line.Indent : null;
                list.UnderLabel = IsLabelOnly(LegacyDocumentParser.WithoutListMarker(trimmed));
                continue;
            }

            // A paragraph hard-wrapped over several lines is read as one, so no sentence is cut at a line end.
            while (i + 1 < document.Lines.Count && document.Lines[i + 1].Kind == LineKind.Text
                && document.Lines[i + 1].Text.Trim() is { Length: > 0 } next && !next.StartsWith('|') && !LegacyDocumentParser.StartsWithListMarker(next))
            {
                trimmed += " " + next;
                i++;
            }

            var section = document.SectionOf(i);
            if (storySections.Contains(section) || headedByChange.Contains(section) || IsTemplateGuidance(trimmed))
            {
                continue;
            }

            if (section >= 0 && InExplicitActionSection(document, i) && !HasListOrTable(document, document.Sections[section])
                && (ProposesWork().IsMatch(trimmed) || DoneInBrackets().IsMatch(trimmed)))
            {
                // "## Follow-up" over paragraphs, each a proposal and what came of it in brackets: "The monitoring
                // system should notify more people. (filed #133509)", "It would be useful to have an emergency
                // channel. (added an @emergency role)". With no list in the section, each paragraph is one item, its
                // first proposing sentence the title; done when its bracket says so.
                var sentences = Sentences(MarkdownInline.WithoutPictures(trimmed)).ToList();
                var proposal = sentences.FirstOrDefault(ProposesWork().IsMatch) ?? sentences[0];
                TakeFromProse(proposal, DoneInBrackets().IsMatch(trimmed) ? ActionStatus.Done : ActionStatus.Open, section);
                continue;
            }

            foreach (var sentence in Sentences(MarkdownInline.WithoutPictures(trimmed)).SelectMany(PromisesApart))
            {
                if (sentence.Length > 12)
                {
                    proseSentences[section] = proseSentences.GetValueOrDefault(section) + 1;
                }

                // "Additional improvements include setting up alerts for ..., monitoring ..., and enhancing ...", "The
                // primary fix involves reconfiguring ..., alongside creating ...": under a heading of the work to do, the
                // improvements a sentence lists are the items, one a part (elsewhere "the fix involves" may tell the response).
                if (!document.IsWithin(i, IsCompletedKey) && ImprovementsListedInline().Match(sentence) is { Success: true } improvements
                    && InlineListParts(improvements.Groups["list"].Value, minParts: 2) is { Count: > 0 } parts)
                {
                    // What a fix or a current mitigation involves may be the response ("rolling back the release"); what
                    // improvements include is work ahead, even when it restarts or throttles something ("restarting the
                    // workers nightly").
                    var mayTellResponse = TellsTheResponse().IsMatch(improvements.Groups["kind"].Value);
                    parts.Where(part => !(mayTellResponse && ResponseStep().IsMatch(part))).ToList().ForEach(part => TakeFromProse(part, ActionStatus.Open, section));
                    continue;
                }

                // "The runbook will be rewritten", "The bug will be fixed in this PR": a change told in the passive future
                // is work to come.
                // One that ends in a colon ("we have created some follow up action items:") introduces what follows.
                // "We have added alerting on ..." under "## Actions": a change made since, done ("## Actions taken" tells the response).
                var isAction = Commitment().IsMatch(sentence) || LooksImperative(sentence) || WorkToBeDone().IsMatch(sentence) || FixToBeMade().IsMatch(sentence) || ChangeUnderWay().IsMatch(sentence);
                var madeSince = !isAction && InExplicitActionSection(document, i) && !document.IsWithin(i, IsCompletedKey) && ChangeMadeSince().IsMatch(sentence);
                var takesItems = sentence.Length > 12 && !(sentence.TrimEnd('*', '_', ' ').EndsWith(':') && (NamesWhatFollows().IsMatch(sentence) || OpenToWhatFollows().IsMatch(sentence)));
                if (madeSince && takesItems)
                {
                    foreach (var change in ChangesMadeApart(sentence))
                    {
                        TakeFromProse(change, ActionStatus.Done, section);
                    }
                }
                else if (isAction && takesItems)
                {
                    foreach (var part in CommittedWorkApart(sentence))
                    {
                        TakeFromProse(part, ActionStatus.Open, section);
                    }
                }
            }

            if (proseItems.Count(p => p.Section == section) > MaxProseItemsPerSection)
            {
                // Page after page of prose under "Course of action" is the story of what was done, not a list of work: a
                // section whose sentences would make more items than anyone lists gives none from its prose (a list in it
                // still counts). Cut as soon as it shows, so a long story does not use up the item cap before a list below.
                var story = proseItems.Where(p => p.Section == section).Select(p => p.Item).ToHashSet(ReferenceEqualityComparer.Instance);
                items.RemoveAll(story.Contains);
                proseItems.RemoveAll(p => p.Section == section);
                fromProse -= story.Count;
                storySections.Add(section);
                list = new ListState();
            }
        }

        foreach (var (section, read) in proseSentences.Where(p => p.Value >= MinStorySentences))
        {
            // "Course of action" over paragraphs weighing options and telling what was tried, with a sentence here and
            // there that reads like an order: work to come written as prose is mostly work, so a section where most
            // sentences are not is a story, and its prose gives no items (a list in it still counts).
            // Promises ("We will ...", each with its reasons) are work however much is said around them.
            var story = proseItems.Where(p => p.Section == section && !Commitment().IsMatch(p.Item.Title)).Select(p => p.Item).ToHashSet(ReferenceEqualityComparer.Instance);
            if (proseItems.Count(p => p.Section == section) * 4 < read)
            {
                items.RemoveAll(story.Contains);
                proseItems.RemoveAll(p => p.Section == section);
                fromProse -= story.Count;
            }
        }

        // "We will add a canary stage to config deploys." in the lessons, "- Add a canary stage to config deploys" in the
        // action list: the lesson only says again what the list holds.
        var repeats = lessonSentences.Where(lesson => items.Any(item => !lessonSentences.Contains(item) && SaysAgain(lesson.Title, item.Title))).ToList();
        items.RemoveAll(repeats.Contains);
        fromLessons -= repeats.Count;

        if (items.Count == fromLessons)
        {
            // A narrative postmortem without an action section still says what will change: "we'll add a manual override",
            // beside any lesson that says what must change.
            fromProse += CommitmentsInProse(document, items, seen);
        }

        return new ActionItemsResult(items, fromProse);
    }

    /// <summary>Whether a sentence holds the whole of an item's title ("We will add a canary stage to config deploys" holds "Add a canary stage to config deploys").</summary>
    private static bool SaysAgain(string sentence, string title) =>
        title.TrimEnd('.', '!', ' ') is { Length: >= MinRepeatedTitle } words && sentence.Contains(words, StringComparison.OrdinalIgnoreCase);

    // Shorter titles ("Add alerts") are too common to say a sentence repeats them.
    private const int MinRepeatedTitle = 20;

    // A lesson that names its follow-up ("Follow-up: a smoke job", "tracked in #400") is left to the prose pass, which takes the follow-up itself.
    private static bool NamesFollowUp(string text) => TrackedWork().IsMatch(text) || Sentences(text).Any(s => InlineFollowUp().IsMatch(s));

    /// <summary>
    /// The line's section, or one around it below the title, is headed as lessons ("Lessons learned", and "We have a
    /// massive database" under it); a "What went poorly" or "Where we got lucky" under it is not.
    /// </summary>
    private static bool InLessonsSection(LegacyDocument document, int line)
    {
        for (var section = document.SectionOf(line); section >= 0; section = document.Sections[section].Parent)
        {
            var key = document.Sections[section].Key;
            // A top-level heading is a section too where the document has several ("# Summary", "# Lessons learned").
            if ((document.Sections[section].Level >= 2 || document.Sections.Count(s => s.Level == 1) > 1) && key.Split(' ').Take(ActionWordWithin).Any(w => w is "lessons" or "lesson" or "learnings" or "takeaways"))
            {
                return true;
            }

            // Any heading between the line and the lessons heading that tells how things went, or a timeline, is not a lesson.
            if (TellsHowItWent().IsMatch(key) || PostmortemExtractor.IsTimelineKey(key))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:went|go|goes|going) (?:well|poorly|wrong|badly|right|smoothly)\b|\blucky\b|\bwhat (?:worked|did ?n ?t work|did not work)\b")]
    private static partial Regex TellsHowItWent();

    /// <summary>
    /// "X should …", "… needs to be tested", "must not be older than 7 days", "Do not migrate both nodes at once", "We
    /// need better health checks": a sentence that says what ought to be done. "We should have caught it" and "the alert
    /// must have been muted" look back and are not one.
    /// </summary>
    [GeneratedRegex(@"\b(?:should(?! have\b)|(?:must|ought to)(?! have (?:been|had|\w+(?:ed|en|wn))\b)|needs? to|have to|has to|(?:we|i) (?:also |still |really )?need (?:a|an|better|more|proper|stronger|clearer|faster|additional|automated)(?! (?:few|couple|while|bit|lot)\b))\b|^(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*|__)?(?:do not|don['’]t|never|always|avoid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prescribes();

    /// <summary>
    /// Work promised without a "we": "a replacement by generic_index will be evaluated and tested", "the alert
    /// thresholds need to be revisited", "In the future, I might redeploy Prometheus". The verb says work on the system
    /// ("will be notified", "will be back" do not; nor "would have to be replaced" or "has to be upgraded", which tell
    /// the story), a hedged "might" counts only after words that look ahead, "This postmortem will be reviewed" is
    /// about the document and "The incident will be reviewed" looks at the incident again ("The incident response
    /// runbook will be rewritten" is work), nor does one whose change waits on a condition ("will be reinstalled only
    /// if the new hosts fail"; "will be automated so that traffic moves if ..." is work), and "a plan is being reviewed
    /// to ..." is. Under an action heading it reads a paragraph's sentences too.
    /// </summary>
    [GeneratedRegex(@"^(?![^.!?]*\b(?:if|unless|until|when|once)\b[^.!?]*\bbe\b|[^.!?]*\bbe\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:only\s+)?(?:if|unless)\b)(?!\W*(?:(?:this|the|our) (?:post-?mortem|write-?up|retrospective)|this (?:document|report|review))\b|\W*(?:the|this) (?:incident|outage) (?:will|needs?)\b)[^.!?]{0,120}?\b(?:will(?: also| now| then| further)? be|needs? to be)(?: further| properly| thoroughly| carefully)? \[?(?:evaluated|tested|reviewed|revisited|re-?evaluated|audited|investigated|implemented|introduced|replaced|migrated|upgraded|improved|rewritten|reworked|refactored|redesigned|hardened|automated|documented|extended|added|installed|reinstalled|rebuilt|reconfigured|set up|put in place|rolled out)\b|^(?:in the future|going forward|moving forward|in the long(?:er)? (?:term|run)|longer[- ]term|eventually), (?:we|i) (?:might|may|could) (?!have\b|be\b|not\b)\w|(?<!\b(?:no|not|nor) )\b(?:further|more|additional) (?:research|investigation|analysis|debugging|testing) (?:is|are|will be) (?:still )?(?:required|needed|necessary)\b|" + PlanUnderReview + @"\w", RegexOptions.IgnoreCase)]
    private static partial Regex WorkToBeDone();

    // "A plan is also being reviewed to have health checks enabled by default": a change still being weighed is open
    // work wherever it is told, a list of fixes made included; one "to restore" service or "to roll back" a change is the response.
    private const string PlanUnderReview = @"\b(?:a|the|our) (?:plan|proposal|design|change|rfc) (?:is|has been) (?:also |now |currently )?(?:being )?(?:reviewed|considered|drafted|discussed|prepared|proposed|evaluated) to (?!restore|recover|resolve|fix the (?:issue|outage|incident)|mitigate|roll ?back|revert|undo|fail ?over|restart|reboot)";

    [GeneratedRegex(PlanUnderReview + @"\w", RegexOptions.IgnoreCase)]
    private static partial Regex StillPlanned();

    /// <summary>
    /// "The bug will be fixed in this PR", "It will be turned off on every node", "Alerts will be added", "The rewards
    /// will be distributed back in the coming upgrade", "the platform will be personally monitoring the feeds": under an
    /// action heading, a fix told in the passive future is work to come (in a story, "the firmware bug will be fixed in
    /// their next release" is the vendor's, and "snapshots older than seven days will be removed" how a job runs). Not
    /// "No customer data will be removed", nor "This post will be updated", which is about the write-up.
    /// </summary>
    [GeneratedRegex(@"^(?!\W*(?:no|none|nothing|neither|nobody)\b)(?!\W*(?:this|the|our) (?:post-?mortem|post|write-?up|retrospective|report|document|page|blog|article|incident|status page)\b)[^.!?,;:]{0,60}?\bwill be (?:(?:fixed|patched|turned (?:off|on)|disabled|removed|added|implemented|updated|upgraded|improved|migrated|replaced|rewritten|documented|automated|introduced|rolled out|(?:re)?distributed|refunded|compensated)\b|(?:\w+ly )?monitoring\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FixToBeMade();

    /// <summary>
    /// Promises about the write-up or the status page ("In this blog, I'll talk about ..."), to look at the incident
    /// itself again ("We will analyze this further in the problem management process"), or to bring the service back
    /// while it is still down ("We will try to get the first machines up during the night", "We will try to fix this as
    /// soon as possible"), not changes to the system. Having a thing in place ("and plan to have that in place soon") is one,
    /// and so is updating or amending a part of the system ("We will amend our test suite"), not the post or the readers.
    /// </summary>
    [GeneratedRegex(LiveUpdateAhead + @"|\b(?:we|i|and|(?:the )?(?:[\w-]+ ){0,2}team)" + Commits + @"(?: also| then| now| still| further)?(?: next| (?:look|aim|expect|hope|try) to)? (?:[a-z]+ly (?:thank|apologi[sz]e)\b|(?:(?:sincerely|really|truly|deeply|personally|genuinely|briefly|once again|again|once more) )?(?:thank|apologi[sz]e|express|acknowledge|mention|say|point out|remind|note|stress|emphasi[sz]e|highlight|reassure|welcome|invite|provide|post|share|publish|(?:update|amend|revise)(?! (?:our|the|its|their|all|every|each|existing) (?!(?:post|page|status|write-?up|report|blog|article|incident|customers|users|community|thread|ticket)\b)[\w-]+)|get back to|monitor (?:it|them|this|that|things|the situation)\b|monitor\b[^.!?]*\bclosely|keep|continue|let|follow|report|respond with (?:updates|more)|write|send|notify|be(?! (?:(?:further|also|actively|now|\w+ly) )?(?:taking a (?:closer )?look|looking (?:at|into)|prioriti[sz]ing|adding|moving|migrating|mirroring|replicating|distributing|accelerating|deploying|setting up|reviewing|implementing|improving|changing|upgrading|replacing|introducing|building|rolling out|rewriting|tuning|automating|adjusting|investing in|hardening|strengthening|enhancing|refining|revising|reworking|redesigning|auditing|documenting|expanding|evaluating|exploring|working on|modifying|revisiting|re-?evaluating|increasing|reducing|limiting|enforcing|creating|developing|putting (?:[\w-]+ ){0,4}?in place|establishing|separating|splitting|extending|testing (?:our|the|new|a|an)|training)\b)|have(?! (?:[\w-]+ ){0,4}?in place\b)|see|look into whether|(?:analy[sz]e|investigate|examine|look into) (?:this|it|the (?:incident|issue|problem|outage|matter|root cause))(?: (?:further|more closely|in (?:more )?detail))?(?=\s*(?:[.!?;]|$)|\s+(?:in|as part of|during|through|within) [^.!?]{0,60}?\b(?:process|review|retrospective|post-?mortem|meeting|analysis)\b\s*(?:[.!?;]|$))|(?:try|attempt|work) to (?:fix|resolve|restore|recover|mitigate) (?:this|it|the (?:issue|problem|outage|incident|situation|service))(?=\s*(?:as (?:soon|quickly|fast) as (?:possible|we can)|asap)?\s*[.!?]?\s*$)|(?:try|attempt) to (?:get|bring) (?:(?:the|our|all|some|first|remaining|affected|other) )*(?:[\w-]+ )?(?:machines?|servers?|hosts?|nodes?|services?|systems?|sites?|databases?|clusters?) (?:up|back|running|online)\b|talk about|break down|explain|describe|walk (?:you )?through|go over|cover|discuss|outline|tell|do (?:everything|all|whatever|our (?:very )?best)\b(?! (?:of )?(?:the|these|those) (?:changes|items|steps|following)))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotWork();

    // "We will look to update here by 03:20 UTC", "The team will begin to start up customer workloads in the next 10
    // minutes": a step promised for a clock time or the next few minutes or hours is a live update's next step in the
    // response, not follow-up work (that is promised for days and weeks, or no time at all). A span measured from
    // something ("an alert that fires within the next 5 minutes of replication lag") is how the change works, and so is
    // a time that recurs or lasts ("start running the reindex job at 03:00 UTC each night", "no longer deploy after 4pm"),
    // or work set for another day or a quiet hour ("perform a failover test on Saturday, March 9 at 14:00 UTC", "run the
    // reindex job at 03:00 UTC, when traffic is at its lowest"); a time in a relative clause ("the cluster that failed at
    // 14:05 UTC") or a third person's "will" ("so that it will run at 04:00 UTC") is no deadline of the team's.
    private const string LiveUpdateAhead = @"(?<!\b(?:so|that|which|where) (?:it|they|this) )\b(?:will|'ll|’ll|expects? to|plan to|are going to)\b(?:(?![^.!?]*\b(?:no longer|going forward|from now on|in (?:the )?future|instead of|outside (?:of )?(?:peak|business)|(?:each|every) (?:night|day|morning|evening|hour|week|month|weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b)(?:\s+(?:also|then|next|now|continue to|(?:look|aim|expect|hope|try) to))*\s+(?:provide|post|share|publish|update|send|follow up|have (?:an?|more|further|the next) (?:update|news)|give|report|begin|start|bring|restore|resume|re-?enable|complete|finish|check|monitor|(?![^.!?]*\b(?:off-?peak|low(?:est)? traffic|(?:traffic|load|usage) is (?:at its )?(?:lowest|low)|on (?:weekdays|weekends)|weekends? only|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrow|next (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:" + DateTimeText.MonthPattern + @")\.? \d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:" + DateTimeText.MonthPattern + @"))\b)(?:deploy|roll out|push|apply|perform|carry out|do|run|upgrade|migrate|fail over|switch|reboot|restart)|reassess|re-?evaluate|be (?:back|online|available|restored|complete|completed|done|finished|(?:providing|posting|sharing|publishing|sending|updating|restoring|bringing|monitoring|checking)\b))\b(?![^.!?\d]*(?<!\b(?:check|confirm|verify|ensure|sure|see)\s)\b(?:that|which|who|where)\b)[^.!?]{0,100}?\b(?:by|at|around|until)\s+~?\d{1,2}(?::[0-5]\d)?(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:UTC|GMT|[ECMP][SD]T|BST|CES?T|Z)\b(?![^.!?]*\b(?:each|every|nightly|daily|weekly)\b)|[^.!?]{0,120}?\b(?:in|within|over) the next (?:\d+|few|couple(?: of)?|one|two|three|several) (?:minutes?|hours?|mins?)\b(?!\s+(?:of|after|from|since)\b)|[^.!?]{0,120}?\bwithin (?:the|an|the next) hour\b(?!\s+(?:of|after|from|since)\b))";

    /// <summary>
    /// "We will be constantly monitoring the servers' memory use to prevent a similar incident", "we will keep watching the
    /// queue depth to catch this earlier in future": watching a named thing, with a repeat of the trouble as its purpose, is
    /// work, though "we will be monitoring the situation" is not.
    /// </summary>
    [GeneratedRegex(@"\b(?:monitor|watch|track|audit|check)(?:s|ing)?\b(?! (?:it|this|that|things|the situation)\b)[^.!?]{3,120}?\b" + AgainstARepeat, RegexOptions.IgnoreCase)]
    private static partial Regex WatchesAgainstARepeat();

    // "To reduce the chance of this, we plan to ...", "we will add a check to prevent this from happening again", "So that
    // this does not happen again, ...", "To make this less likely in future"; not "the risk of this spreading", which is
    // the incident going on.
    [GeneratedRegex(AgainstARepeat + @"|\b(?:reduce|lower|minimi[sz]e)\s+the\s+(?:chances?|risk|likelihood|probability|odds|impact)\s+of\s+(?:(?:this|it|that)\b(?!\s+\w+ing\b)|a\s+repeat|(?:a\s+)?recurrence|such|(?:a\s+)?similar|another)\b|\bso\s+(?:that\s+)?(?:this|it)\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t|cannot|can['’]t)\s+(?:happen|occur|recur)|\bmake\s+(?:this|it)\s+less\s+likely\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstARecurrence();

    // "while we investigate, we will pause all deploys", "we will restart the remaining workers": a step of the response,
    // whatever it guards against.
    [GeneratedRegex(@"\b(?:while we|for now|until|temporar\w*|in the meantime|meanwhile|pause|restart\w*|roll(?:ing)? ?back|revert\w*|isolat\w*|remaining|drain\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForNow();

    /// <summary>"- 11:15 UTC - To reduce ...", "**Wed Oct 12 05:27 UTC:** ...": what an update says after the time it opens with.</summary>
    private static string WithoutLeadingTime(string sentence)
    {
        var text = LegacyDocumentParser.Clean(sentence);
        return DateTimeText.ReadLeading(text, null) is { HasTime: true } stamp ? text[stamp.Length..].TrimStart(' ', '-', '–', '—', ':', '*', '_') : sentence;
    }

    // "to prevent a similar incident", "to catch this kind of problem earlier in future", "to avoid it happening again".
    private const string AgainstARepeat = @"(?:in order )?to (?:avoid|prevent|catch|detect|stop)\b[^.!?]{0,100}?(?:\bin (?:the )?future\b|\bagain\b|\brecurr|\b(?:this|these|that|those|the same) (?:kinds?|sorts?|types?|class(?:es)?) of\b|\bsimilar\b|\bsuch\b|\brepeat|\bfrom happening\b)";

    // "We have taken measures to make sure future outages are shorter, including ordering a spare switch, and adding a second
    // uplink": safeguards made against a repeat, listed in the sentence. Measures taken "to restore service" are the response.
    [GeneratedRegex(@"\b(?:we|i)(?: have|'ve|’ve)?(?: also| since| now| already)? (?:taken|made|put|implemented|introduced|started)\b[^.;:]{0,20}?\b(?:measures|precautions|safeguards|steps)\b(?=[^.;:]{0,120}?\b(?:future|again|recurr\w*|repeat|prevent|avoid|similar)\b)[^.;:]{0,120}?,?\s+(?:including|such as)\s+(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuresListedInline();

    // "Our action items included ...": the words that open a list written as a sentence (not "were discussed with").
    [GeneratedRegex(@"\b(?:action items|follow-?ups|next steps|corrective actions)\s+(?:include[sd]?|are|consist(?:s|ed)? of)\s+(?:(?:tasks|work|items|things)\s+)?(?:such as\s+|like\s+)?:?\s*(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsListedInline();

    // "Additional improvements include", "The primary fix involves": in the present, the work a sentence lists.
    [GeneratedRegex(@"\b(?<kind>(?:(?:additional|further|other|planned|future|primary|main|key|longer-term|short-term|preventive|preventative|immediate|current|temporary)\s+)?(?:improvements|remediations|mitigations|fix(?:es)?|measures))\s+(?:include|includes|involve|involves)\s+(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImprovementsListedInline();

    // "The immediate fix involves", "Current mitigations include": words that may list the steps of the response.
    [GeneratedRegex(@"^(?:(?:primary|main|key|short-term|immediate|current|temporary)\s+)?(?:mitigations|fix(?:es)?)$|^(?:immediate|current|temporary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TellsTheResponse();

    // "rolling back the consumer release", "restarting the workers", "draining the backlog": a step of the response.
    [GeneratedRegex(@"^\W*(?:and\s+|then\s+)?(?:roll(?:ing)?[ -]?back|revert|fail(?:ing)?[ -]?over|restart|reboot|restor|recover|drain|purg|flush|throttl|paus|scal(?:e|ing) (?:up|out)|hotfix|apply(?:ing)? (?:a |the )?(?:hotfix|workaround|patch))", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseStep();

    private const int MinInlineParts = 3;
    private const int MaxInlinePart = 120;

    /// <summary>
    /// "rotating keys, deleting CI logs after 48 hours, and updating the process": the parts, or none when the text is not
    /// such a list. Two parts make a list only where the words before it say one follows ("measures ..., including").
    /// </summary>
    private static List<string> InlineListParts(string list, int minParts = MinInlineParts)
    {
        // Split at commas first: "A, B and C" is two parts until the last one's "and" is split off below.
        var parts = list.TrimEnd('.', ' ').Split(',').Select(p => p.Trim()).ToList();
        if (parts.Count < minParts - 1 || parts.Any(p => p.Length is 0 or > MaxInlinePart || p.Contains(';')))
        {
            return [];
        }

        // "A, alongside B" and "A, as well as B" end a list as "and" does; the last part keeps its own commas ("alongside
        // creating pools for tasks like ingest, web, and background processes").
        // Otherwise the last part opens with "and" after a serial comma, or holds the "and" that ends the list.
        if (parts.FindIndex(1, p => AlsoJoins().IsMatch(p)) is > 0 and var joined)
        {
            var last = string.Join(", ", parts.Skip(joined));
            parts = [.. parts.Take(joined), last[AlsoJoins().Match(last).Length..].Trim()];
        }
        else if (parts[^1].StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            parts[^1] = parts[^1][4..].Trim();
        }
        else if (parts[^1].IndexOf(" and ", StringComparison.OrdinalIgnoreCase) is > 0 and var and)
        {
            parts.Insert(parts.Count - 1, parts[^1][..and].Trim());
            parts[^1] = parts[^1][(and + 5)..].Trim();
        }
        else
        {
            return [];
        }

        return parts.Count >= minParts ? parts.Where(p => p.Length > 3).ToList() : [];
    }

    [GeneratedRegex(@"^(?:as well as|alongside|along with|plus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoJoins();

    [GeneratedRegex(@"^(?:[-*+]\s+)?(?:\*\*|__)?(?:follow[- ]?ups?|next steps?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?<text>[\p{L}\p{N}].{9,})$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineFollowUp();

    // "We will add a canary stage; this is tracked in the action items below", "We should add a dashboard, which we
    // discussed but decided not to build this quarter": a lesson's sentence that points at the list where the work is,
    // or that turns the work down.
    [GeneratedRegex(@"\b(?:(?:tracked|listed|captured|covered|recorded) (?:in|under|among|with) (?:the |our )?(?:action items?|actions|follow-?ups?|next steps|tickets?|backlog)|(?:see|in) (?:the |our )?(?:action items?|follow-?ups?|next steps) (?:below|above|section)|(?:listed|tracked) (?:below|above)|decided (?:not to|against)|chose not to|(?:will|would) not|won['’]t|not (?:going|planning) to|no plans? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListedElsewhereOrDeclined();

    // "an absence-of-logins alert (tracked in revel-frontend #400)": work someone filed to do.
    [GeneratedRegex(@"\b(?:tracked|filed|logged|captured) (?:in|as|under|by) (?:[\w./-]+ )?(?:#\d+|[A-Z][A-Z0-9]+-\d+)\b")]
    private static partial Regex TrackedWork();

    // "we have filed a ticket to make our caching system more tolerant", "I opened an issue to add retries": work filed
    // to be done, "to investigate why the nodes did not evict" included (not a ticket "to report" or "to escalate" the trouble,
    // nor one with the provider's support, nor one opened during the response: "At 14:12 UTC we opened a ticket to
    // investigate the alerts", "opened a ticket to investigate and paged the storage team").
    [GeneratedRegex(@"(?<!\b(?:at|around|by|~)\s*~?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?,?\s+)\b(?:we|i)(?: have|'ve|’ve)?(?: also| since| now| already)? (?:filed|opened|raised|logged|created) (?:a|an|two|several|some) (?:(?:follow-?up|internal|tracking) )?(?:tickets?|issues?|bugs?|tasks?|stories|story|jira(?: tickets?)?)\b(?! (?:with|for|to) (?:the |our |their )?(?:[\w-]+ )?(?:support|vendor|provider|upstream)\b)(?:\s*\([^)]*\))?,? to (?!(?:report|notify|inform|ask|track down|contact|escalate|engage|request|get help|seek|alert|page|involve|loop in|bring in|coordinate)\b)(?![^.!?]*\b(?:and|then),? (?:paged|escalated(?!\s+(?:it|the ticket|this|them)\b)|called|engaged|notified|rolled back|restarted|failed over)\b)\w", RegexOptions.IgnoreCase)]
    private static partial Regex TicketFiledFor();

    private static int CommitmentsInProse(LegacyDocument document, List<ActionItem> items, HashSet<string> seen)
    {
        var found = 0;

        // Whole paragraphs and list items, so no promise is cut at a line end; markup around one ("<p>I'll improve the
        // monitoring") is not part of the sentence.
        foreach (var (paragraph, firstLine) in document.Paragraphs().TakeWhile(_ => items.Count < MaxItems))
        {
            // A status update's promises are mostly about the response ("We will try to fix this as soon as possible");
            // one made against a repeat ("To reduce the chance of this, we plan to move the builds to Copr") is work.
            // A promise is read in a link's words: "we [plan to move the builds to Copr](https://...)" commits as the
            // words alone would.
            var sentences = Sentences(MarkdownInline.WithLinkText(HtmlTag().Replace(paragraph, "")));
            if (document.IsWithin(firstLine, PostmortemExtractor.IsTimelineKey))
            {
                foreach (var sentence in sentences.Select(WithoutLeadingTime).SelectMany(PromisesApart))
                {
                    found += (Commitment().IsMatch(sentence) || ChangeUnderWay().IsMatch(sentence)) && AgainstARecurrence().IsMatch(sentence) && !NotWork().IsMatch(sentence)
                        && !ForNow().IsMatch(sentence) && Add(items, seen, sentence, ActionStatus.Open) ? 1 : 0;
                }

                continue;
            }

            // Under "The following fixes were implemented:" or "Actions taken" only a change still being weighed or work
            // the team commits to ("We are still evaluating if further actions need to be taken", "We intend to get in
            // contact with the attacker") is open work.
            var madeAlready = document.IsWithin(firstLine, IsCompletedKey);
            foreach (var sentence in sentences.SelectMany(PromisesApart))
            {
                if (madeAlready)
                {
                    found += (StillPlanned().IsMatch(sentence) || (Commitment().IsMatch(sentence) && !NotWork().IsMatch(sentence))) && Add(items, seen, sentence, ActionStatus.Open) ? 1 : 0;
                    continue;
                }

                // "Our action items included tasks such as rotating keys, deleting CI logs after 48 hours, and scanning
                // logs for secrets": a list written as a sentence is one item a part.
                if (ActionsListedInline().Match(sentence) is { Success: true } inline)
                {
                    found += InlineListParts(inline.Groups["list"].Value).Count(part => Add(items, seen, part, ActionStatus.Open));
                    continue;
                }

                if (MeasuresListedInline().Match(sentence) is { Success: true } measures && InlineListParts(measures.Groups["list"].Value, minParts: 2) is { Count: > 0 } taken)
                {
                    found += taken.Count(part => Add(items, seen, part, ActionStatus.Done));
                    continue;
                }

                // "To prevent its recurrence, we have filed a ticket to make our caching more tolerant of Redis outages,
                // and added an alarm to ...": the work filed is still to do, the changes joined to it are made.
                if (TicketFiledFor().IsMatch(sentence))
                {
                    var filed = ChangesMadeApart(sentence).ToList();
                    found += Add(items, seen, filed[0], ActionStatus.Open) ? 1 : 0;
                    found += filed.Skip(1).Count(change => Add(items, seen, change, ActionStatus.Done));
                    continue;
                }

                // "Follow-up: a prod-shaped smoke job ..." inside a lessons bullet: the label says what it is.
                var item = InlineFollowUp().Match(sentence) is { Success: true } labelled ? labelled.Groups["text"].Value
                    : (Commitment().IsMatch(sentence) && (!NotWork().IsMatch(sentence) || WatchesAgainstARepeat().IsMatch(sentence))) || TrackedWork().IsMatch(sentence) || WorkToBeDone().IsMatch(sentence) ? sentence
                    : null;
                if (item is not null && ReferenceEquals(item, sentence) && CommittedWorkApart(sentence) is { Count: > 1 } parts)
                {
                    found += parts.Count(part => Add(items, seen, part, ActionStatus.Open));
                }
                else if (item is not null && Add(items, seen, item, ActionStatus.Open))
                {
                    found++;
                }
                else if (item is null && SafeguardMade().IsMatch(sentence) && Add(items, seen, sentence, ActionStatus.Done))
                {
                    // "We improved our CI to avoid this kind of issue in the future": a safeguard already made against
                    // the trouble coming back is follow-up work, done; so is a change made "since then", one a change.
                    found++;
                }
                else if (item is null && ChangeMadeSince().Match(sentence).Groups["since"].Success)
                {
                    found += ChangesMadeApart(sentence).Count(change => Add(items, seen, change, ActionStatus.Done));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "We improved our CI to avoid this kind of issue in the future", "We've added a check so that this cannot happen
    /// again", "We improved our upgrade testing procedure to include ...": a change the team made against the trouble
    /// coming back, or to the way it tests, watches or releases. Not a change made during the response ("We added
    /// workers to drain the backlog"), which has neither.
    /// </summary>
    [GeneratedRegex(@"^[\s*_-]*(?:[A-Z][^.!?,]{0,60}?, )?(?:we|i)(?: have|'ve|’ve)?(?: also| since| now| already| then)? " + ChangeMade + @"\b"
        + @"(?:(?=[^.!?]{0,160}?\b(?:" + AgainstARepeat + @"|so (?:that )?(?:this|it|that)\b[^.!?]{0,40}? (?:can(?:not|'t|’t)|won't|won’t|will not|never) (?:happen|occur|recur)))"
        + @"|(?<=\b(?:improved|hardened|strengthened|extended|reworked)) (?:our|the) (?:[\w-]+ ){0,2}?(?:ci|cicd|ci/cd|tests?|testing|monitoring|alerting|alerts|procedures?|process(?:es)?|runbooks?|checks|validation|review process)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SafeguardMade();

    // The verbs that tell a change made to the system: "added", "hardened", "moved the queue", "set up".
    private const string ChangeMade = @"(?:improved|hardened|strengthened|added|introduced|implemented|extended|updated|changed|set up|put in place|created|wrote|written|built|fixed|reworked|corrected|increased|enhanced|expanded|tuned|adjusted|upgraded|replaced|migrated|moved|removed|enabled|automated|documented|deployed|rolled out|configured|split|separated|limited|raised|lowered|reduced)";

    // "Since then,", "Since the incident,", "In the weeks since": what is told after it was done after the incident.
    private const string SinceTheIncident = @"(?:since then|since (?:the|this|that) (?:incident|outage|day|event)|following (?:the|this) (?:incident|outage)|in the (?:days|weeks|months) since(?: (?:the|this) (?:incident|outage))?)";

    /// <summary>
    /// "We have added alerting on anomalies ...", "Additionally, we have increased the visibility of ...": a change told as
    /// made, in the present perfect, which under an action heading is follow-up work done. "We restarted the workers"
    /// tells the response. Opened by "Since then," it is follow-up work done wherever it stands.
    /// </summary>
    [GeneratedRegex(@"^[\s*_-]*(?:(?:additionally|also|in addition|furthermore|moreover|as a result|(?<since>" + SinceTheIncident + @")),?\s+)?(?:we|i)(?: have|'ve|’ve)(?: also| since| now| already)? " + ChangeMade + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeMadeSince();

    private static readonly string[] ActionColumnKeys = ["action", "actions", "action item", "action items", "follow up", "follow ups", "followup", "next step", "next steps", "corrective action", "corrective actions", "remediation", "todo", "to do"];

    // "| Time (UTC) | Action |" is a timeline: a table with a time column tells what was done, not what is to do.
    private static bool IsActionTableHeader(string row) =>
        LegacyDocumentParser.TableCells(row) is { } cells
        && cells.Any(c => ActionColumnKeys.Contains(LegacyDocumentParser.KeyOf(c)))
        && !cells.Select(LegacyDocumentParser.KeyOf).Any(k => k.Split(' ').Any(w => w is "time" or "date" or "when" or "timestamp"));

    // "State", "Current state": the work's state. "Port state after change" is the state of something the item is about.
    [GeneratedRegex(@"^(?:(?:current|work|task|item|action|fix|progress) )?state$")]
    private static partial Regex StateOfTheWork();

    private static readonly string[] TitleColumnWords = ["action", "item", "task", "title", "description", "what", "fix", "improvement", "remediation", "step", "follow", "todo", "to do", "change", "recommendation", "measure", "mitigation", "solution", "resolution", "prevention", "work"];

    // A column a list of work has and a table of data has not: when it is due.
    private static readonly string[] DueColumnWords = ["due", "eta", "deadline", "target date", "by when"];

    private static TableColumns? ReadTableRow(string row, TableColumns? table, List<ActionItem> items, HashSet<string> seen)
    {
        if (LegacyDocumentParser.TableCells(row) is not { } cells)
        {
            return table;
        }

        if (table is null)
        {
            var keys = cells.Select(LegacyDocumentParser.KeyOf).ToList();
            var title = keys.FindIndex(k => TitleColumnWords.Any(k.Contains));
            var columns = new TableColumns(
                Title: title >= 0 ? title : keys.FindIndex(k => k.Length > 0 && k != "#" && k != "no" && k != "id"),
                Owner: keys.FindIndex(k => k.Contains("owner") || k.Contains("assign") || k.Contains("who") || k == "team"),
                Status: keys.FindIndex(k => k.Contains("status") || k.Contains("done") || StateOfTheWork().IsMatch(k)),
                Ticket: keys.FindIndex(k => k.Contains("ticket") || k.Contains("issue") || k.Contains("link") || k.Contains("reference") || k.Contains("jira") || k.Contains("tracking") || k is "pr" or "pull request" or "bug"),
                Priority: keys.FindIndex(k => k.Contains("priority")));

            // "| Resolver | Query | Mutation |" under "Corrective actions" lists what was left open: a table that names
            // no action column and none of an action's owner, status, ticket or priority holds data, not work.
            var due = keys.Any(k => DueColumnWords.Any(k.Contains));
            return title < 0 && !due && columns is { Owner: < 0, Status: < 0, Ticket: < 0, Priority: < 0 } ? columns with { Title = -1 } : columns;
        }

        string? Cell(int column) => column >= 0 && column < cells.Count && cells[column].Length > 0 ? cells[column] : null;
        if (Cell(table.Title) is { } text)
        {
            var status = StatusOf(Cell(table.Status));
            var ticket = Cell(table.Ticket);
            if (table.Status < 0 && StatusOf(ticket) != ActionStatus.Open)
            {
                // A tracking column that says "Done" instead of naming a ticket is the item's status.
                status = StatusOf(ticket);
                ticket = null;
            }
            else if (table.Status < 0 && StatusInAnotherColumn(cells, table.Title) is { } written)
            {
                status = written;
            }

            var owner = Cell(table.Owner);
            var priority = Cell(table.Priority);
            if (Add(items, seen, text, status))
            {
                items[^1] = items[^1] with { Owner = Short(owner) ?? items[^1].Owner, Ticket = Short(ticket), Priority = Short(priority) ?? items[^1].Priority };
            }
        }

        return table;
    }

    /// <summary>
    /// In a table with no status column, a cell that is nothing but a status ("Done", "[Utført](link)", "In progress"),
    /// in whichever column the writer put it, rows being often typed one cell off. Only the words that say nothing else:
    /// not a mark ("x", "yes") that ticks a column of its own ("| Action | P1 | P2 |"), nor "Fixed", "Closed" or
    /// "Started", which a column of data may hold ("| Vendor contract |", "| Port state |"), nor a word that only holds
    /// one ("Progressive rollout", "Cancellation flow"). Null when there is none.
    /// </summary>
    private static ActionStatus? StatusInAnotherColumn(List<string> cells, int titleColumn)
    {
        for (var column = 0; column < cells.Count; column++)
        {
            var visible = LegacyDocumentParser.KeyOf(LinkTarget().Replace(cells[column], "]"));
            if (column != titleColumn && StatusWords.Contains(visible))
            {
                return StatusOf(visible);
            }
        }

        return null;
    }

    private static readonly HashSet<string> StatusWords = ["done", "complete", "completed", "resolved", "in progress", "wip", "won t do", "wont do", "cancelled", "canceled"];

    // "](https://...)": where a link goes, which is not what it says.
    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    /// <summary>Whether a row of the table that goes on from line <paramref name="from"/> (below its header) has a status other than done or shipped ("Planned", "Blocked", "In review").</summary>
    private static bool TableLeavesARowOpen(LegacyDocument document, int from, int statusColumn)
    {
        for (var i = from; i < document.Lines.Count && document.Lines[i].Text.TrimStart().StartsWith('|'); i++)
        {
            if (LegacyDocumentParser.TableCells(document.Lines[i].Text.Trim()) is { } cells && statusColumn < cells.Count
                && LegacyDocumentParser.KeyOf(cells[statusColumn]) is { Length: > 0 } status && StatusOf(cells[statusColumn]) != ActionStatus.Done && !Shipped().IsMatch(status))
            {
                return true;
            }
        }

        return false;
    }

    // A status that says the step went out, as a list of steps taken writes it: "Deployed", "Merged", "Live". A blank or a tick says nothing.
    [GeneratedRegex(@"^(?:deployed|merged|applied|live|shipped|released|rolled out|in place|implemented)\b")]
    private static partial Regex Shipped();

    private static ActionStatus StatusOf(string? text)
    {
        var key = LegacyDocumentParser.KeyOf(text ?? "");
        return key switch
        {
            _ when key.Contains("progress") || key is "doing" or "started" or "wip" => ActionStatus.InProgress,
            _ when key.Contains("won t") || key.Contains("wont") || key.Contains("cancel") || key.Contains("not planned") => ActionStatus.WontDo,
            _ when key is "done" or "complete" or "completed" or "closed" or "fixed" or "resolved" or "yes" or "x" or "shipped" || key.StartsWith("done ", StringComparison.Ordinal)
                || CompletedWithNote().IsMatch(text ?? "") => ActionStatus.Done,
            _ => ActionStatus.Open,
        };
    }

    // "✅ Complete (this report)", "Completed in PR #12", "Completed 2024-03-05", "Complete - merged #412" are done;
    // "Complete by end of Q2", "Complete in 2 weeks", "Completed 50%", "Completed (50%)" and "Complete: No" are not.
    [GeneratedRegex(@"^\W*completed?\s*(?:\((?![^)]*%)(?!\s*(?:target|eta|due|by|planned)\b)|(?:in|via|with)\s+(?:pr|pull request|commit|#)|(?:on\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|(?:" + DateTimeText.MonthPattern + @")\.?\s+\d)|[-–—:]\s*(?:merged|deployed|shipped|released|done)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedWithNote();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b")]
    private static partial Regex Ticket();

    // "None", "N/A", "TBD": a list or table saying there is nothing yet. So does a label with nothing after it ("Action
    // required: none.", "Customer action: N/A").
    private static bool IsPlaceholder(string title) =>
        SaysNothing(title) || (LabelBeforeItsValue().Match(title) is { Success: true } label && SaysNothing(title[label.Length..]));

    private static bool SaysNothing(string text) =>
        LegacyDocumentParser.KeyOf(text) is "none" or "n a" or "na" or "tbd" or "tba" or "tbc" or "todo" or "nothing" or "none yet" || SaysNone().IsMatch(text);

    [GeneratedRegex(@"^[\s*_]*[\p{L}][\p{L}\p{N} ()/'’-]{0,40}?[*_]*:[*_]*\s*")]
    private static partial Regex LabelBeforeItsValue();

    // "we have created some follow up action items:", "the following changes:": a sentence that names the list after it.
    // Not "Add an alert on index size:" over its details.
    [GeneratedRegex(@"\b(?:action items?|actions|follow[- ]?ups?|items|following|steps|tasks|changes|improvements|measures|these|below)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesWhatFollows();

    // "We are looking to improve our upgrade process by:", "We will focus on:": a sentence whose last word needs what
    // follows is finished by the list under it, and the list's items are the work.
    [GeneratedRegex(@"\b(?:by|with|including|such as|through|via|on|to|for|of|like|include|includes)[*_\s]*:[*_\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenToWhatFollows();

    // "No immediate action items.", "There are no follow-ups at this time", "None at this time", "Keine weiteren
    // Maßnahmen nötig": the section has none. Not "No action items needed beyond adding an alert": that names one.
    [GeneratedRegex(@"^\W*(?:(?:there (?:are|were|is) )?no (?:(?:immediate|further|additional|other|new|open|specific|outstanding|concrete) )*(?:action items?|actions?|follow[- ]?ups?|follow[- ]?up items?|items?|tasks?|next steps?|todos?)|none|nothing|keine (?:weiteren |offenen )?(?:maßnahmen|massnahmen|aktionen|punkte)|ninguna acción|aucune action)(?: (?:at (?:this|the moment|the time|present)(?: time)?|for now|so far|yet|needed|required|identified|planned|nötig|notwendig|erforderlich))*\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SaysNone();

    /// <summary>
    /// "{link to github issues for the fixes, such as ...}", "*{Describe the fix.}*", "{action item} ({owner}, {ticket})":
    /// a template's guidance left in braces, to be replaced by the writer, not work. Nothing but markup is left once the
    /// braced parts are taken out.
    /// </summary>
    private static bool IsTemplateGuidance(string text) =>
        text.Contains('{', StringComparison.Ordinal) && !BracedPart().Replace(text, "").Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"\{+[^{}]*\}+")]
    private static partial Regex BracedPart();

    // "Kind regards, The Operations Team", "Thanks,", "Sincerely, Jane": a letter's closing and its signature, short and
    // nothing after; "Thanks to the retries, no data was lost" goes on as a sentence.
    [GeneratedRegex(@"^(?:(?:kind|best|warm|warmest|with kind)\s+regards|regards|sincerely|best wishes|yours\s+(?:sincerely|faithfully|truly)|cheers|many thanks|thanks|thank you)\s*(?:[,.!]\s*(?:[^\s,.!;:][^.!?;:]{0,50})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    // "`VISIBILITY_QUERY`", "`COPYRIGHT_QUERY`": a name from the code alone, as in a list of the queries left open, names
    // a thing and asks nothing. One plain word ("Alerting", "Backups") may head an action, and a link or ticket is tracked work.
    private static bool IsOneName(string title) =>
        !title.Contains(' ', StringComparison.Ordinal) && !title.Contains('/', StringComparison.Ordinal) && !Ticket().IsMatch(title) && !title.Contains('#', StringComparison.Ordinal)
        && (title.StartsWith('`') || title.Contains('_', StringComparison.Ordinal));

    /// <summary>A ticket written at the start or end of an item: an issue or pull-request address, "org/repo#12", "#12" (a key such as "ABC-12" reads well and stays).</summary>
    [GeneratedRegex(@"^\(?(?<ticket>https?://\S{1,300}/(?:issues|pull|pulls|merge_requests|browse|tickets?)/[\w-]{1,40}|[\w.-]{1,60}/[\w.-]{1,60}#\d{1,7}|#\d{1,7})\)?(?=[\s:,]|$)|(?<=\s)\(?(?<ticket>https?://\S{1,300}/(?:issues|pull|pulls|merge_requests|browse|tickets?)/[\w-]{1,40}|[\w.-]{1,60}/[\w.-]{1,60}#\d{1,7}|#\d{1,7})\)?\.?$")]
    private static partial Regex EdgeTicket();

    // "- #2127" under "## Follow-up improvements": an item that is only its ticket is tracked work, told where it is.
    private static bool IsTicketOnly(string title) =>
        TrailingMarks().Replace(title, "") is { Length: >= 2 } bare && bare.Split(',', StringSplitOptions.TrimEntries).All(t => EdgeTicket().Match(t) is { Success: true, Index: 0 } whole && whole.Length == t.Length);

    // "#2127.", "#2127 ✅": a stop or a done mark after the ticket.
    [GeneratedRegex(@"[\s.;✅✔✓☑\uFE0F]+$")]
    private static partial Regex TrailingMarks();

    /// <summary>An item that opens with the date and time it happened, as a status update or a log line does.</summary>
    private static bool OpensWithItsMoment(string title) =>
        DateTimeText.ReadLeading(title, null) is { Date: not null, Time: { } time } stamp
        && (time.Second != 0 || DoneAfterTheMoment().IsMatch(title.AsSpan(Math.Min(stamp.Length, title.Length))));

    // "switched our backends", "monitoring: we switched", "investigating: our monitors alerted": a step told as done.
    [GeneratedRegex(@"^\W*(?:[a-z]+:\s*)?(?:(?:we|they|the team|our \w+|it|this)\s+)?[a-z]+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAfterTheMoment();

    private static bool Add(List<ActionItem> items, HashSet<string> seen, string raw, ActionStatus status, string? markedOwner = null, string? markedTicket = null)
    {
        // Items told apart only by their notes ("Audit IAM roles (owner: @payments)", "... (owner: @search)") are two.
        var written = CleanTitle(raw);
        if (LeadingMarker().Match(written) is { Success: true } marker && written.Length - marker.Length >= 3)
        {
            written = written[marker.Length..];
            markedOwner ??= marker.Groups["owner"] is { Success: true } owner ? owner.Value : null;
            markedTicket ??= marker.Groups["ticket"] is { Success: true } ticketNamed ? ticketNamed.Value : null;
            status = marker.Groups["mark"].Value == "DONE" && status == ActionStatus.Open ? ActionStatus.Done : status;
        }

        var details = ActionItemDetails.Read(written, StatusOf);
        var title = details.Title;
        // A line that is only a date and time ("March 14, 2024 10:00 UTC" over the list) dates the items; it is none. Nor
        // is one that opens with a full date and time and then tells what was done ("2025-11-18T11:31:33Z monitoring: we
        // switched to AWS", "2025-11-18 11:42 UTC - switched our backends"), a status update or a log line. A deadline
        // written first ("2025-12-01 17:00 deadline: rotate all keys") is still work to do.
        // Nor is a regret ("We rolled back quickly, but we should have paged the database team sooner"), which looks
        // back, unless it also promises the work.
        if ((Regret().IsMatch(title) && !WorkAhead().IsMatch(title) && details.Notes.Owner is null && details.Notes.Due is null && markedOwner is null && markedTicket is null && !Ticket().IsMatch(title)) || IsTemplateGuidance(raw) || SignOff().IsMatch(title) || ProseTimeline.IsStampLine(title) || OpensWithItsMoment(title) || title.Length < 3 || (!title.Any(char.IsLetter) && !IsTicketOnly(title)) || IsOneName(title) || IsPlaceholder(title) || NamesAVersion().IsMatch(title) || !seen.Add(written))
        {
            return false;
        }

        if (status == ActionStatus.Open && details.Notes.Status is { } told)
        {
            // "Audit the other domains (in progress)", "Raise the memory limit — done": the item says where it stands.
            status = told;
        }

        if (status == ActionStatus.Open && DoneAtTheStart().Match(title) is { Success: true } doneFirst && title.Length - doneFirst.Length >= 3)
        {
            // "(Done) Roll the fix across the fleet", "[Completed] Add daily snapshots": the item says it is done.
            title = title[doneFirst.Length..];
            status = ActionStatus.Done;
        }

        if (status == ActionStatus.Open && DoneAtTheEnd().Match(title) is { Success: true } done && done.Index >= 3)
        {
            // "Create a dedicated incident channel [IBG] [done]": the item says it is done.
            title = title[..done.Index];
            status = ActionStatus.Done;
        }

        var ticket = markedTicket ?? (Ticket().Match(title) is { Success: true } t ? t.Value : IsTicketOnly(title) ? TrailingMarks().Replace(title, "") : null);
        if (EdgeTicket().Match(title) is { Success: true } edge && title.Remove(edge.Index, edge.Length).Trim(' ', ':', '-', '–', '—', ',') is { Length: >= 3 } rest && rest.Any(char.IsLetter))
        {
            // "https://…/issues/41 Add a queue alert" or "Add a queue alert (#41)": the link is the ticket, the words are the action.
            ticket = edge.Groups["ticket"].Value;
            title = rest;
        }

        items.Add(new ActionItem(title, details.Notes.Owner ?? markedOwner, null, details.Notes.Priority, status, ticket, details.Notes.Due));
        return true;
    }

    // "we should have paged them sooner", "the team shouldn't have been on one host", "should have caught it": a past
    // that ought to have been otherwise, told as a whole clause (an object, a time or nothing after the verb, and no
    // colon or second sentence that goes on to the work); not what ought to exist ("we should have alerts", "should
    // have automated checks", "should have open dashboards").
    [GeneratedRegex(@"^[^:;]*\b(?:we|i|they|the team|on-?call|someone|nobody)\s(?:[\w-]+\s){0,2}?should(?:n['’]t|\snot)?\shave\s(?:been\s|had\s)?(?!(?:open|often|even|green|screen|token|seven|ten|golden|kitchen|hidden)\b)(?:[a-z]+(?:ed|en|wn)|done|made|caught|known|seen|gone|run|sent|told|brought|thought|found|built|kept|taken|put|set|hit|shut|spent|left|met)\b(?=\s+(?:the|a|an|this|that|it|them|us|our|their|its|his|her|sooner|earlier|before|first|in|on|at|by|with|to|for|from|when|after|much|more)\b(?!-)|\s*[.,!]?\s*$)(?![^.!?]*[.!?]\s+\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Regret();

    [GeneratedRegex(@"\b(?:will|shall|plan(?:s|ning)? to|going to|intend to)\b|['’]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkAhead();

    [GeneratedRegex(@"^(?:\((?:done|completed?)\)|\[(?:done|completed?)\]|(?:done|completed?)\s?:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAtTheStart();

    // "Geth: v1.15.3", "Branch: `holesky-rescue`", "Docker image: `org/app:rescue-5cb590f`": a name of a word or two and
    // the version or branch to use point to something that exists; work says what to do ("Upgrade every validator:
    // v1.15.3", "Alert on: `rate(…)`", "Set a statement timeout: `30s`"; "Alerting: https://…/issues/611" links its ticket).
    [GeneratedRegex(@"^(?!(?:[\w-]+ )?(?:on|to|for|in|at|of|the|a|an|every|all|each|our)\b)[\w-]+(?: [\w-]+)?\s?:\s*(?:`[^`\s]+`|v?\d+(?:\.\d+)+(?:[-+][\w.]+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAVersion();

    // "[done]", "(done in PR #412)", "(completed 2024-03-05)", "- Done ✅", "✔️", ": done" at the end of an item.
    [GeneratedRegex(@"\s*(?:\[(?:done|completed?)\]|\((?:done|completed?)\b[^()]*\)|(?:\s[-–—:]\s?(?:done|completed?))?\s*(?:✅|✔️?)|:\s?(?:done|completed?))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAtTheEnd();

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}\p{N} /-]{0,30}?)\s?:\s+")]
    private static partial Regex LeadingLabel();


    /// <summary>Without Markdown emphasis, link targets, and labels that only say "this is a task" ("TODO:", "Task 3:").</summary>
    private static string CleanTitle(string raw)
    {
        var text = MarkdownInline.WithLinkText(LegacyDocumentParser.Clean(MarkdownInline.WithoutPictures(raw)));
        // '{{< track "2019-09-29 21:00:00" >}}': a site generator's tag, not words of the item.
        text = ProseTimeline.TemplateTag().Replace(text, " ");
        if (LeadingLabel().Match(text) is { Success: true } label && GenericLabels.Contains(LegacyDocumentParser.KeyOf(label.Groups["label"].Value).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ')))
        {
            text = text[label.Length..].Trim();
        }

        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > MaxTitle ? text[..MaxTitle].TrimEnd() + "…" : text;
    }

    private static string? Short(string? text) => text is null ? null : LegacyDocumentParser.Clean(text) is { Length: > 0 and <= 80 } clean ? clean : null;

    // "(e.g. EC2 instances)", "i.e. Tuesday": a stop after an abbreviation ends no sentence ("etc." often does).
    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:[Ee]\.g|[Ii]\.e|vs|cf|incl|approx)\.)\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();


    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")]
    private static partial Regex HtmlTag();

    private static bool HasListOrTable(LegacyDocument document, DocumentSection section) =>
        document.Content(section).Any(x => x.Line.Text.TrimStart() is var text && (text.StartsWith('|') || LegacyDocumentParser.StartsWithListMarker(text)));

    // "should notify more people", "It would be useful to have", "We could have a policy", "needs to be", "Ideally".
    [GeneratedRegex(@"\b(?:should|could|ought to|needs? to|must|would be (?:useful|good|nice|better|helpful)|ideally|we (?:want|plan|intend) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposesWork();

    // "(fixed by adding a monitoring entry)", "(added an @emergency role)", "(done)": what came of a proposal.
    [GeneratedRegex(@"\((?:now |since |already )?(?:fixed|added|done|completed|implemented|resolved|merged|deployed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneInBrackets();

    private static IEnumerable<string> Sentences(string paragraph) =>
        SentenceEnd().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>
    /// "We've corrected the acknowledgement handling and have implemented an alert on queue age": each change a sentence
    /// tells as made, the first whole, the others from their verb.
    /// </summary>
    private static IEnumerable<string> ChangesMadeApart(string sentence) =>
        AnotherChangeMade().Split(sentence).Select(part => part.Trim().TrimEnd(',').TrimEnd()).Where(part => part.Length > 0);

    // "... and we've also lowered ...", "... and have implemented ...", and after "we have <done>" a comma and "and"
    // sharing its "have" ("we have filed a ticket to ..., and added an alarm"); not after a relative clause ("a script
    // to find accounts that were locked out and have changed their password", where "have" is the accounts').
    [GeneratedRegex(@"(?<!\b(?:that|which|who)\b[^,;]{0,80})(?:,?\s+and (?:we(?: have|'ve|’ve)|have) (?:also )?|(?<=\b(?:we|i)(?: have|'ve|’ve) (?:also |since |already )?(?:" + ChangeMade + @"|filed|opened|raised|logged)\b[^;]{0,200}),\s+and (?:also )?)(?=" + ChangeMade + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherChangeMade();

    /// <summary>
    /// "We're adding an alert on heap usage, and we'll run reindex jobs at night": two promises joined in one sentence
    /// are two items. Split only where a new clause opens with its own subject and a promise ("and we'll", "; we will")
    /// and the clause before is a promise too: "Going forward, we will" or "The alert was slow; we plan to" is one.
    /// </summary>
    private static IEnumerable<string> PromisesApart(string sentence)
    {
        var rest = sentence;
        for (var match = SecondPromise().Match(rest); match.Success; match = SecondPromise().Match(rest))
        {
            var first = rest[..match.Index].Trim();
            if (!Commitment().IsMatch(first) && !ChangeUnderWay().IsMatch(first))
            {
                break;
            }

            yield return first;
            rest = rest[(match.Index + match.Length)..].Trim();
            rest = rest.Length > 0 ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
        }

        yield return rest.Trim();
    }

    /// <summary>
    /// "This means we should work towards better escalation, and build capacity in the editor team": two pieces of work
    /// the one "we should" commits to, the second told as an order; a sentence that commits to no work stays whole.
    /// </summary>
    private static List<string> CommittedWorkApart(string sentence) =>
        Commitment().IsMatch(sentence)
            ? [.. SharedCommitment().Split(sentence).Select((part, k) => k == 0 ? part.Trim() : char.ToUpperInvariant(part[0]) + part[1..].Trim())]
            : [sentence];

    // ", and build capacity in the team": a second change after a comma sharing the promise's subject and its "will".
    [GeneratedRegex(@",\s+and\s+(?:also\s+)?(?=" + ChangeToMake + @"\s)", RegexOptions.IgnoreCase)]
    private static partial Regex SharedCommitment();

    [GeneratedRegex(@"(?:,|;)\s+(?:and\s+|also\s+)?(?=(?:we|I|the team)(?:['’]ll| will| are going to| are also going to| also plan to| plan to| intend to)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPromise();

    private sealed record TableColumns(int Title, int Owner, int Status, int Ticket, int Priority);

    /// <summary>The list being read in the current section: its open item, whether it is numbered, and its indent.</summary>
    private sealed class ListState
    {
        public int? Open { get; set; }

        public bool Numbered { get; set; }

        public int Indent { get; set; }

        /// <summary>True while the next line, if not a new item, continues the open item's text.</summary>
        public bool Continues { get; set; }

        /// <summary>The open item is a checkbox, whose wrapped lines continue it in any section.</summary>
        public bool Checkbox { get; set; }

        /// <summary>The indent of the list item the lines are under, whether or not it was taken as an item; null outside a list.</summary>
        public int? ItemIndent { get; set; }

        /// <summary>A blank line came since the last line read.</summary>
        public bool AfterBlank { get; set; }

        /// <summary>The item the lines are under is only a label ("Database", "Alerting"), a name and not an action.</summary>
        public bool UnderLabel { get; set; }

        /// <summary>The open item ended with a colon and introduced the items under it, which took its place.</summary>
        public bool Introduces { get; set; }
    }
}
