using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Text;

namespace PostmortemSite.Extracting;

internal enum LineKind
{
    Blank,
    Text,
    Heading,
    Field,
    Rule,
    Code,
}

/// <summary>One line of a legacy document as the parser understood it. Text is the raw line, capped in length.</summary>
internal sealed record DocumentLine(int Number, string Text, LineKind Kind, int Indent, string? Label = null, string? Value = null, int Level = 0)
{
    /// <summary>
    /// A heading's or label's words, lowercased and without markup or emoji: "📝 Root Cause:" is "root cause". A label's
    /// zone in brackets ("Outage End (UTC)") is no part of its name: it tells the clock of the value (<see cref="LabelZone"/>).
    /// </summary>
    public string Key => Label is null ? "" : LegacyDocumentParser.KeyOf(LabelZoneSplit() is { } split ? split.Name : Label);

    /// <summary>
    /// A label and its value as one line of text, with the colon the writer used: "Owner: Sam", "排查顺序固定为：DNS 解析".
    /// </summary>
    public string LabelAndValue => Text.Contains('：') && !Text.Contains(Label + ":", StringComparison.Ordinal) ? $"{Label}：{Value}" : $"{Label}: {Value}";

    /// <summary>The zone a label names in brackets at its end ("Start time (PST)", "Outage End [UTC]"), for a value that names none.</summary>
    public TimeZoneRule? LabelZone => LabelZoneSplit()?.Zone;

    private (string Name, TimeZoneRule Zone)? LabelZoneSplit() =>
        Kind == LineKind.Field && Label is { Length: > 0 } label ? LegacyDocumentParser.SplitLabelZone(label) : null;
}

/// <summary>A part of the document under one heading, down to the next heading of the same or a higher level.</summary>
internal sealed record DocumentSection(string Heading, string Key, int Level, int HeadingIndex, int EndIndex, int Parent);

/// <summary>A legacy postmortem split into lines, sections (from any heading style) and "Label: value" fields.</summary>
internal sealed partial class LegacyDocument
{
    private readonly int[] _sectionOfLine;

    public LegacyDocument(IReadOnlyList<DocumentLine> lines, IReadOnlyList<DocumentSection> sections, bool truncated)
    {
        Lines = lines;
        Sections = sections;
        Truncated = truncated;
        _sectionOfLine = new int[lines.Count];
        Array.Fill(_sectionOfLine, -1);
        for (var s = 0; s < sections.Count; s++)
        {
            // Sections are in document order and nested ones come later, so the innermost one writes last.
            for (var i = sections[s].HeadingIndex + 1; i < sections[s].EndIndex; i++)
            {
                _sectionOfLine[i] = s;
            }
        }
    }

    public IReadOnlyList<DocumentLine> Lines { get; }

    public IReadOnlyList<DocumentSection> Sections { get; }

    /// <summary>True when the text was longer than the parser reads; the rest is kept in the body but not analysed.</summary>
    public bool Truncated { get; }

    /// <summary>
    /// A table's header row, the one above its "|---|---|" line, naming columns: "| Priority | Action item |". A first
    /// row with a figure in it ("| **Started** | 2022-04-28 10:00 UTC |") is a fact, as a header row never is.
    /// </summary>
    private bool IsTableHeader(int index) =>
        index + 1 < Lines.Count && Lines[index + 1].Text.TrimStart().StartsWith('|') && LegacyDocumentParser.TableCells(Lines[index + 1].Text.Trim()) is null
        && !Lines[index].Text.Any(char.IsDigit);

    /// <summary>The innermost section holding a line, or -1 before the first heading.</summary>
    public int SectionOf(int lineIndex) => _sectionOfLine[lineIndex];

    /// <summary>True when the line's section, or any section around it, has a heading that <paramref name="matches"/>.</summary>
    public bool IsWithin(int lineIndex, Func<string, bool> matches)
    {
        for (var s = _sectionOfLine[lineIndex]; s >= 0; s = Sections[s].Parent)
        {
            if (matches(Sections[s].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines under a heading, sub-sections included.</summary>
    public IEnumerable<(int Index, DocumentLine Line)> Content(DocumentSection section)
    {
        for (var i = section.HeadingIndex + 1; i < section.EndIndex; i++)
        {
            yield return (i, Lines[i]);
        }
    }

    /// <summary>
    /// The running text of the lines <paramref name="include"/> takes (text and "Label: value" lines by default), each
    /// paragraph or list item joined into one text with its first line: a sentence hard-wrapped over lines
    /// ("(Between" / "1:46pm - 5:30pm)", "a login canary (tracked in" / "#400)") is read whole, never cut at a line end.
    /// </summary>
    /// <param name="separator">What joins a paragraph's lines: a space for reading sentences, a line break where a line's start still counts (a "Duration:" label line).</param>
    public IEnumerable<(string Text, int FirstLine)> Paragraphs(Func<DocumentLine, int, bool>? include = null, string separator = " ")
    {
        var text = new System.Text.StringBuilder();
        var first = -1;
        for (var i = 0; i <= Lines.Count; i++)
        {
            var taken = i < Lines.Count && Lines[i].Kind is LineKind.Text or LineKind.Field && (include is null || include(Lines[i], i));
            var trimmed = taken ? Lines[i].Text.Trim() : "";
            if ((!taken || LegacyDocumentParser.StartsWithListMarker(trimmed)) && text.Length > 0)
            {
                yield return (text.ToString(), first);
                text.Clear();
            }

            if (!taken)
            {
                continue;
            }

            if (text.Length == 0)
            {
                first = i;
            }
            else
            {
                text.Append(separator);
            }

            text.Append(trimmed);
        }
    }

    /// <summary>
    /// The list item at <paramref name="first"/> with the text lines it wraps onto (up to the next item, a blank line,
    /// or anything that is not text), once it has <paramref name="maxChars"/> characters no more; and its last line.
    /// </summary>
    public (string Text, int Last) ListItemAt(int first, int maxChars)
    {
        var text = new System.Text.StringBuilder(Lines[first].Text.Trim());
        var last = first;
        while (last + 1 < Lines.Count && Lines[last + 1].Kind is LineKind.Text or LineKind.Field
            && Lines[last + 1].Text.Trim() is { Length: > 0 } next && !LegacyDocumentParser.StartsWithListMarker(next) && text.Length < maxChars)
        {
            text.Append(' ').Append(next);
            last++;
        }

        return (text.ToString(), last);
    }

    /// <summary>
    /// "Label: value" lines, Markdown headings written as one ("## Date: February 06, 2023"), and the rows of a
    /// two-column table of facts ("| **Resolved** | `2022-04-29 12:01` |").
    /// </summary>
    public IEnumerable<DocumentLine> Fields => FieldsWithLines.Select(f => f.Field);

    /// <summary>The <see cref="Fields"/>, each with the index of the line it was read from.</summary>
    public IEnumerable<(DocumentLine Field, int Line)> FieldsWithLines => Lines
        .Select((l, i) => (Field: l.Kind == LineKind.Heading && l.Level > 0 ? LegacyDocumentParser.AsField(l) ?? DatedBelow(l, i)
            : l.Kind == LineKind.Text && l.Text.TrimStart().StartsWith('|') ? (IsTableHeader(i) ? null : LegacyDocumentParser.TableRowAsField(l))
            : l, Line: i))
        .Where(f => f.Field is { Kind: LineKind.Field })
        .Select(f => (f.Field!, f.Line));

    // "## Date of incident" over its date: a short name, as a label line's.
    private const int MaxDateHeadingWords = 4;

    [GeneratedRegex(@"^\s*\((?:" + DateTimeText.WeekdayStem + @")day\)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayInBrackets();

    /// <summary>
    /// A heading whose whole section is one date or time ("## Date", a blank line, "2025-04-14"), as a template that
    /// gives every field a heading writes it: the field "Date: 2025-04-14". A section with more in it is prose.
    /// </summary>
    private DocumentLine? DatedBelow(DocumentLine heading, int index)
    {
        var below = index + 1;
        while (below < Lines.Count && Lines[below].Kind == LineKind.Blank)
        {
            below++;
        }

        var after = below + 1;
        while (after < Lines.Count && Lines[after].Kind == LineKind.Blank)
        {
            after++;
        }

        // "**2026-04-14**", "2026-04-14 (Tuesday)": emphasis and the weekday in brackets are not the value's.
        return below < Lines.Count && (Lines[below].Kind == LineKind.Text || Lines[below] is { Kind: LineKind.Heading, Level: 0 }) && (after == Lines.Count || Lines[after].Kind == LineKind.Heading)
            && heading.Label is { } label && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxDateHeadingWords && !label.Any(char.IsDigit)
            && LegacyDocumentParser.Clean(Lines[below].Text).Trim('*', '_', ' ') is var value && DateTimeText.ReadLeading(value, null) is { } stamp && (stamp.Date is not null || stamp.HasTime)
            && WeekdayInBrackets().Replace(value[stamp.Length..], "").Trim(' ', '*', '_').Length == 0
            ? heading with { Kind = LineKind.Field, Label = label.TrimEnd(':').Trim(), Value = value, Level = 0, Number = Lines[below].Number }
            : null;
    }
}

/// <summary>
/// Splits a free-form postmortem into sections whatever its heading style: Markdown '#' and setext headings,
/// '**Bold:**' labels, 'Label:' lines, emoji headings, and plain-text lines such as "Timeline" or "Root Cause and
/// Resolution" that name a usual postmortem section. It never fails: unknown shapes are plain text.
/// </summary>
internal static partial class LegacyDocumentParser
{
    public const int MaxLineLength = 2_000;
    public const int MaxAnalysedChars = 1_000_000;
    private const int PlainHeadingLevel = 2;

    // Words that make a short plain-text line a section heading.
    private static readonly string[] SectionWords =
    [
        "summary", "impact", "timeline", "chronology", "root cause", "cause", "resolution", "recovery", "action", "actions", "corrective",
        "preventative", "preventive", "prevention", "remediation", "lessons", "conclusion", "follow up", "next steps", "tasks", "task list",
        "improvements", "fixes", "detection", "background", "what happened", "what went", "contributing factors", "trigger",
        "overview", "details", "appendix", "sequence of events", "mitigation", "stats", "postmortem", "post mortem", "incident report",
    ];

    // The parts of a report a numbered outline names ("4. Timeline", "5. Root Cause", "7. Preventative Measures").
    private static readonly HashSet<string> OutlineSections =
        ["summary", "incident summary", "impact", "timeline", "chronology", "root cause", "root causes", "cause", "resolution", "resolution and recovery", "sequence of events", "what happened", "background", "overview", "trigger", "contributing factors", "incident date",
            "action items", "next steps", "follow ups", "follow up actions", "corrective actions", "preventative measures", "preventive measures", "lessons learned"];

    [GeneratedRegex(@"^\*\*(?<name>[^*]{2,40})\*\*\s{0,3}\([^)]*\)?\s*$")]
    private static partial Regex BoldNameWithNote();

    [GeneratedRegex(@"^\d{1,2}\.\s+")]
    private static partial Regex NumberedMarker();

    /// <summary>Whether a heading is only the name of a usual postmortem section ("Impact", "Root cause"), so it cannot be a title.</summary>
    public static bool IsSectionName(string label) => SectionWords.Contains(KeyOf(label));

    public static LegacyDocument Parse(string text)
    {
        var truncated = text.Length > MaxAnalysedChars;
        var rawLines = (truncated ? text[..MaxAnalysedChars] : text).Split('\n');
        OpenTablesWithPipes(rawLines);
        var lines = new List<DocumentLine>(rawLines.Length);
        var fence = new CodeFence(readsLiquidHighlight: true);
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = AsRead(rawLines[i].Length > MaxLineLength ? rawLines[i][..MaxLineLength] : rawLines[i]);
            var trimmed = raw.Trim();
            if (fence.Read(trimmed))
            {
                lines.Add(new DocumentLine(i + 1, raw, LineKind.Code, IndentOf(raw)));
                continue;
            }

            lines.Add(fence.Inside ? new DocumentLine(i + 1, raw, LineKind.Code, IndentOf(raw)) : Classify(i + 1, raw, lines.Count > 0 ? lines[^1] : null));
            if (lines[^1].Kind == LineKind.Rule && lines.Count > 1 && IsSetextCandidate(lines[^2]) && UnderlineLevel(trimmed) is { } level)
            {
                var title = lines[^2];
                lines[^2] = title with { Kind = LineKind.Heading, Label = Clean(title.Text), Level = level };
            }
        }

        MarkQuestionsAsHeadings(lines);
        return new LegacyDocument(lines, BuildSections(lines), truncated);
    }

    /// <summary>
    /// "What happened?", "Where do we go from here?": in a page kept as plain text, a short question standing alone
    /// between blank lines is the heading its styling made it, and the prose under it answers it. A question inside
    /// a paragraph, or a long one, stays text, and so does any question in a document that marks its headings.
    /// </summary>
    private static void MarkQuestionsAsHeadings(List<DocumentLine> lines)
    {
        if (lines.Any(line => line is { Kind: LineKind.Heading, Level: > 0 }))
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is not { Kind: LineKind.Text, Indent: 0 } || (i > 0 && lines[i - 1].Kind != LineKind.Blank) || (i + 1 < lines.Count && lines[i + 1].Kind != LineKind.Blank))
            {
                continue;
            }

            var cleaned = Clean(line.Text.Trim()).Trim();
            if (cleaned.Length is > 1 and <= 60 && cleaned[^1] == '?' && char.IsUpper(cleaned[0]) && !IsListItem(line.Text.Trim())
                && cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8)
            {
                lines[i] = line with { Kind = LineKind.Heading, Label = cleaned, Level = PlainHeadingLevel };
            }
        }
    }

    /// <summary>
    /// A line as every reader of the lines sees it (the body keeps its text): "At&amp;nbsp;11:15" has a space, "July
    /// 18&lt;sup&gt;th&lt;/sup&gt;, 2018" is a date once the tags that only style a word are gone (a footnote mark goes
    /// whole: "2024&lt;sup&gt;1&lt;/sup&gt;" stays a year), and a link to another post
    /// ("{% post_url 2016-03-12-managing-frontend %}", "{{&lt; ref "2019-01-02-release.md" &gt;}}") names no moment of this one.
    /// </summary>
    private static string AsRead(string line)
    {
        var read = SpaceEntities().Replace(line, " ");
        read = Superscript().Replace(read, mark => OrdinalSuffix().IsMatch(mark.Groups["text"].Value) ? mark.Groups["text"].Value : "");
        read = StylingTag().Replace(read, "");
        return PageReference().Replace(read, " ");
    }

    // "18<sup>th</sup>" is an ordinal; "2024<sup>1</sup>", "12:05<sup>[2]</sup>" carry a footnote mark, which is no part of the figure.
    [GeneratedRegex(@"<(?<tag>sup|sub)>(?<text>[^<]{0,20})</\k<tag>>", RegexOptions.IgnoreCase)]
    private static partial Regex Superscript();

    [GeneratedRegex(@"^\s*(?:st|nd|rd|th)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"&(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0);")]
    private static partial Regex SpaceEntities();

    [GeneratedRegex(@"</?(?:sup|sub|b|i|em|strong|u|mark|small|span|abbr)(?:\s[^<>]{0,200})?>", RegexOptions.IgnoreCase)]
    private static partial Regex StylingTag();

    [GeneratedRegex(@"\{%-?\s*(?:post_url|post_link|link|include_relative)\s[^%]{0,200}%\}|\{\{[<%]\s*(?:ref|relref)\s[^}]{0,200}[>%]\}\}")]
    private static partial Regex PageReference();

    /// <summary>
    /// A table may leave out its outer pipes ("Date | Time | State" over "---- | ---- | ----"); its rows are given a
    /// leading pipe here, in the lines read (the body keeps its text), so every table is read the same way.
    /// </summary>
    private static void OpenTablesWithPipes(string[] rawLines)
    {
        for (var i = 1; i < rawLines.Length; i++)
        {
            if (!BareDelimiterRow().IsMatch(rawLines[i]) || !rawLines[i - 1].Contains('|') || rawLines[i - 1].TrimStart().StartsWith('|'))
            {
                continue;
            }

            for (var j = i - 1; j < rawLines.Length && rawLines[j].Contains('|') && !rawLines[j].TrimStart().StartsWith('|'); j++)
            {
                rawLines[j] = "| " + rawLines[j].Trim();
            }
        }
    }

    /// <summary>A label's name and the zone it names in brackets at its end ("Start time (PST)", "Outage End [UTC]").</summary>
    internal static (string Name, TimeZoneRule Zone)? SplitLabelZone(string label)
    {
        if (label.TrimEnd(' ', ':', '*', '_') is not { Length: > 0 } bare || bare[^1] is not (')' or ']'))
        {
            return null;
        }

        var bracketed = TrailingBracket().Match(label);
        return bracketed.Success && ZoneWrittenInLabel(bracketed.Groups["zone"].Value) is { } zone ? (label[..bracketed.Index], zone) : null;
    }

    /// <summary>
    /// "UTC", "UTC, approx.", "UTC time", "Pacific time", "PST/PDT", "+02:00": a zone as a label names it, with what
    /// may follow it. An abbreviation counts only written in capitals: "Cost (est)" is an estimate, not Eastern time.
    /// </summary>
    private static TimeZoneRule? ZoneWrittenInLabel(string bracketed)
    {
        var name = bracketed.Split(',')[0].Trim();
        if (name.EndsWith(" time", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^" time".Length].TrimEnd();
        }

        var writtenAsAZone = name.Length > 0
            && (name.Any(c => !char.IsLetter(c)) || (name.Length <= 5 ? name.All(char.IsUpper) : char.IsUpper(name[0])));
        return writtenAsAZone ? TimeZoneTable.Find(name) : null;
    }

    // "(UTC)" or "[PST]" at a label's end, before any closing colon or emphasis.
    [GeneratedRegex(@"\s*[(\[](?<zone>[^()\[\]]{1,20})[)\]][\s:*_]*$")]
    internal static partial Regex TrailingBracket();

    // "---------- | ----- | ---", ":--|--:": a table's delimiter row without its outer pipes.
    [GeneratedRegex(@"^\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")]
    private static partial Regex BareDelimiterRow();

    /// <summary>
    /// Lowercase words only: markup, emoji, punctuation and extra spaces removed, and the name of a postmortem's part
    /// written in another language read in English ("Próximos pasos" is "next steps": see <see cref="ForeignWording"/>).
    /// </summary>
    public static string KeyOf(string label) => ForeignWording.InEnglish(WordsOf(label));

    /// <summary>A label's words as written, lowercased, without markup, emoji, punctuation or extra spaces: "📝 Próximos pasos:" is "próximos pasos".</summary>
    public static string WordsOf(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^(?:[-*+•·▪◦]|\d{1,3}[.)])[ \t]+")]
    private static partial Regex ListMarker();

    /// <summary>A line without list markers, emphasis markers or leading emoji: "- **🕒 Duration:** x" is "Duration: x".</summary>
    public static string Clean(string line)
    {
        var text = ListMarker().Replace(line.Trim(), "", 1);
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]) && text[start] is not ('[' or '(' or '+' or '-' or '"' or '\'' or '`' or '@' or '#'))
        {
            start++;
        }

        return text[start..].Trim();
    }

    /// <summary>True for "- x", "* x", "• x", "1. x" and "2) x".</summary>
    public static bool StartsWithListMarker(string trimmed) => ListMarker().IsMatch(trimmed);

    public static string WithoutListMarker(string trimmed) => ListMarker().Replace(trimmed, "", 1);

    /// <summary>A Markdown table row's cells, trimmed; null for the "|---|:---:|" line under a header.</summary>
    public static List<string>? TableCells(string trimmedRow)
    {
        var cells = trimmedRow.Trim('|').Split('|').Select(c => c.Trim()).ToList();
        return cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')) ? null : cells;
    }

    [GeneratedRegex(@"^\[[^\]\n]{1,200}\]:\s*<?\S+>?(?:\s+(?:""[^""]*""|'[^']*'|\([^)]*\)))?\s*$")]
    private static partial Regex LinkReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})(?:[ \t]+(.*))?$")]
    private static partial Regex AtxHeading();

    // "### [#](https://docs.example.org/x.html#action-items)Action Items <a href="#action-items" id="action-items"></a>":
    // a documentation site's permalink and anchor tags are not the heading's words.
    [GeneratedRegex(@"\[(?:#|¶|§|🔗)\]\([^)\s]{0,500}\)|<a\b[^<>]{0,300}>\s{0,3}</a>")]
    private static partial Regex HeadingAnchor();

    // "The root cause was a deadlock: two jobs locked the same rows": words before the colon that say what something was
    // are a sentence the colon goes on with, not a label over its value; a question ("What was the impact:", "Was the
    // status page updated: yes"), a label with a verb of its own ("Time it was detected:"), a lead-in over a list ("Our
    // recommendations are to:") or the impact told so ("The impact was limited: only EU customers ...", read as the
    // Impact field) still names one.
    [GeneratedRegex(@"^(?!(?:what|why|how|when|where|who|which|was|is|were|are|did|does|do|has|have|had)\b)(?!(?:(?:the|our|its|their|this)\s+)?(?:[\w-]+\s+)?impact\b)(?:[\p{L}\p{N}' -]*?\b(?:was|is|were|are)\s+(?:a|an|the|our|its|their|this|that|caused by|due to)\s+\p{L}|(?:the|our|this|its|their)\s+[\p{L}\p{N}' -]*?\b(?:was|is|were|are)\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SaysWhatSomethingWas();

    /// <summary>
    /// "本次事件对用户的影响：无。" is a sentence that goes on after a colon, not a label: Chinese and Japanese labels before a
    /// full-width colon and a value are a word or two ("日期：", "影响范围："), so a longer run of characters is not one.
    /// </summary>
    private static bool SentenceBeforeFullWidthColon(Match label) =>
        label.Groups["value"].Value.Trim().Length > 0 && label.Value.AsSpan(label.Groups["label"].Length).TrimStart(" \t").StartsWith("：")
        && label.Groups["label"].Value.Trim().Length > MaxFullWidthLabel;

    private const int MaxFullWidthLabel = 6;

    // A label is a few words starting with a letter, then a colon and a space (or the end): not "https://x". Chinese and
    // Japanese write a full-width colon with nothing after it ("日期：2026-07-08", "错误假设：").
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\p{N} /&()'’,+.-]{0,59}?)(?:[ \t]?:(?:[ \t]+(?<value>.*))?|[ \t]?：[ \t]*(?<value>.*))$")]
    private static partial Regex LabelLine();

    // Words a sentence cannot stop on: prepositions, articles and joining words ("checklist for:", "alerts on:",
    // "the:").
    private static readonly HashSet<string> UnfinishedEnds = ["for", "on", "to", "of", "in", "with", "about", "into", "from", "at", "by", "the", "a", "an", "and", "or", "including", "covering", "like", "as", "that"];

    // A heading that holds a value is a field only when its label is a short name without a number: "## Date:
    // February 06, 2023" or "## Start time: 10:00 UTC", not "## Incident 3: cache overload on the EU cluster".
    private const int MaxHeadingFieldLabelWords = 2;

    /// <summary>The field a Markdown heading such as "## Time: 15:30:00 UTC" states, or null when it is a plain heading.</summary>
    internal static DocumentLine? AsField(DocumentLine heading) =>
        heading.Label is { } text && LabelLine().Match(text) is { Success: true } label && label.Groups["value"].Value.Trim() is { Length: > 0 } value
            && label.Groups["label"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingFieldLabelWords
            && !label.Groups["label"].Value.Any(char.IsDigit)
            ? heading with { Kind = LineKind.Field, Label = label.Groups["label"].Value.Trim(), Value = value, Level = 0 }
            : null;

    /// <summary>
    /// The field a two-cell table row states ("| **Detected** | `2022-04-28 10:34` |": Detected, 2022-04-28 10:34), or
    /// null for any other row. The label is a few words starting with a letter; emphasis and a code span around either
    /// cell are markup, not content.
    /// </summary>
    internal static DocumentLine? TableRowAsField(DocumentLine row)
    {
        if (TableCells(row.Text.Trim()) is not [var first, var second])
        {
            return null;
        }

        var label = UnwrapCell(first);
        var value = UnwrapCell(second);
        return value.Length > 0 && LabelLine().Match(label + ":") is { Success: true } match && match.Groups["label"].Value.Length == label.Length
            && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTableFieldLabelWords
            ? row with { Kind = LineKind.Field, Label = label, Value = value }
            : null;
    }

    private const int MaxTableFieldLabelWords = 4;

    private static string UnwrapCell(string cell) => cell.Trim().Trim('*', '_', '`').Trim();

    private static DocumentLine Classify(int number, string raw, DocumentLine? previous)
    {
        var indent = IndentOf(raw);
        var trimmed = raw.Trim();
        // "\" alone on a line: a Markdown line break written as a gap between paragraphs (status pages' updates are
        // separated so), read as the blank line it stands for.
        if (trimmed.Length == 0 || trimmed == "\\")
        {
            return new DocumentLine(number, raw, LineKind.Blank, indent);
        }

        // "[git-push]: https://www.kernel.org/...": a link reference definition gives a link its address and shows
        // nothing on the page, so it is no label, item or sentence.
        if (indent <= 3 && LinkReferenceDefinition().IsMatch(trimmed))
        {
            return new DocumentLine(number, raw, LineKind.Blank, indent);
        }

        if (UnderlineLevel(trimmed) is not null || trimmed is "***" or "* * *" or "___")
        {
            return new DocumentLine(number, raw, LineKind.Rule, indent);
        }

        if (AtxHeading().Match(raw) is { Success: true } atx)
        {
            return new DocumentLine(number, raw, LineKind.Heading, indent, Clean(HeadingAnchor().Replace(atx.Groups[2].Value, "").TrimEnd('#', ' ', '\t')), Level: atx.Groups[1].Length);
        }

        if (trimmed.StartsWith('|') || trimmed.StartsWith('>') || trimmed.StartsWith('<') || trimmed.StartsWith("!["))
        {
            return new DocumentLine(number, raw, LineKind.Text, indent);
        }

        var cleaned = Clean(raw);
        var isBold = ListMarker().Replace(trimmed, "", 1).StartsWith("**", StringComparison.Ordinal);

        // A line that starts with a time ("10:00 AM: ...", "T+5m: ...") is a timeline entry, never a label.
        if (cleaned.Length == 0 || DateTimeText.ReadLeading(cleaned, 2000) is { HasTime: true })
        {
            return new DocumentLine(number, raw, LineKind.Text, indent);
        }

        if (LabelLine().Match(cleaned) is { Success: true } label && label.Groups["label"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && !SentenceBeforeFullWidthColon(label)
            && !(label.Groups["value"].Value.Trim().Length > 0 && SaysWhatSomethingWas().IsMatch(label.Groups["label"].Value)))
        {
            var value = label.Groups["value"].Value.Trim();
            if (value.Length > 2 && value[0] is '_' or '*' && value[^1] == value[0])
            {
                // "Incident Date: _January 13th, 2026_": emphasis around the whole value is not part of it.
                value = value.Trim(value[0]).Trim();
            }

            // "- Add a post-reboot checklist for:" over the checks it holds: a list item that stops on a word that
            // needs more after it is a sentence its list finishes, not the name of a section ("Issues we ran into:" on
            // a line of its own still names one).
            if (value.Length == 0 && IsListItem(trimmed) && UnfinishedEnds.Contains(label.Groups["label"].Value.Trim().TrimEnd('*', '_').Split(' ')[^1].ToLowerInvariant()))
            {
                return new DocumentLine(number, raw, LineKind.Text, indent);
            }

            return value.Length == 0
                ? new DocumentLine(number, raw, LineKind.Heading, indent, label.Groups["label"].Value.Trim())
                : new DocumentLine(number, raw, LineKind.Field, indent, label.Groups["label"].Value.Trim(), value);
        }

        // "4. Timeline" over "   - Between 3AM and 4AM ...": a report laid out as a numbered outline names its sections
        // by number. Only the usual names of a report's parts, so "1. Detection" over the alerts to add stays an item.
        if (indent == 0 && NumberedMarker().Match(trimmed) is { Success: true } numbered && OutlineSections.Contains(KeyOf(trimmed[numbered.Length..])))
        {
            return new DocumentLine(number, raw, LineKind.Heading, indent, Clean(trimmed[numbered.Length..]).TrimEnd(':', ' '));
        }

        // "**Timeline** (UTC, 2026-08-08; human events approximate)": a bold section name with only a note in
        // parentheses after it names its section too (the note may wrap onto the next line).
        if (indent == 0 && BoldNameWithNote().Match(trimmed) is { Success: true } noted && OutlineSections.Contains(KeyOf(noted.Groups["name"].Value)))
        {
            return new DocumentLine(number, raw, LineKind.Heading, indent, Clean(trimmed));
        }

        // "**What happened?**" alone on a line, or a plain "Root Cause and Resolution", names a section.
        var wholeLineBold = isBold && trimmed.EndsWith("**", StringComparison.Ordinal) && trimmed.Length <= 100;
        if ((wholeLineBold || (indent == 0 && IsPlainHeading(cleaned, previous))) && !IsListItem(trimmed))
        {
            return new DocumentLine(number, raw, LineKind.Heading, indent, cleaned.TrimEnd(':', ' '));
        }

        return new DocumentLine(number, raw, LineKind.Text, indent);
    }

    private static bool IsPlainHeading(string cleaned, DocumentLine? previous)
    {
        if (cleaned.Length > 60 || !char.IsUpper(cleaned[0]) || cleaned[^1] is '.' or ',' or ';' or '!' or '?' or ')' || cleaned.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        if (cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8 || previous is { Kind: LineKind.Text } && previous.Indent > 0)
        {
            return false;
        }

        var key = KeyOf(cleaned);
        return SectionWords.Any(word => key == word || key.StartsWith(word + " ", StringComparison.Ordinal) || key.EndsWith(" " + word, StringComparison.Ordinal) || key.Contains(" " + word + " ", StringComparison.Ordinal));
    }

    private static bool IsListItem(string trimmed) => ListMarker().IsMatch(trimmed) && !trimmed.StartsWith("**", StringComparison.Ordinal);

    private static bool IsSetextCandidate(DocumentLine line) => line.Kind == LineKind.Text && line.Indent < 4 && !IsListItem(line.Text.Trim()) && !line.Text.TrimStart().StartsWith('|');

    private static int? UnderlineLevel(string trimmed) =>
        trimmed.Length >= 2 && trimmed.All(c => c == '=') ? 1
        : trimmed.Length >= 3 && trimmed.All(c => c == '-') ? 2
        : null;

    private static int IndentOf(string raw)
    {
        var width = 0;
        foreach (var c in raw)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 4;
            }
            else
            {
                break;
            }
        }

        return width;
    }

    /// <summary>
    /// Markdown and setext headings have their own level. A plain-text heading is level 2, and a "Label:" heading sits
    /// one level under the last of those, so "Task List:" under "Corrective and Preventative Measures" is its child.
    /// A bullet that is a label ("* Longer term:") sits one level under the last label line above it in the same
    /// Markdown section, so "Possible actions:" keeps the bullets of its list inside it.
    /// </summary>
    private static List<DocumentSection> BuildSections(List<DocumentLine> lines)
    {
        var sections = new List<DocumentSection>();
        var open = new List<int>();
        var lastStructural = 0;
        int? lastLabelLevel = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Heading)
            {
                continue;
            }

            int level;
            if (line.Level > 0)
            {
                level = line.Level;
                lastStructural = level;
            }
            else if (line.Indent == 0 && IsPlainHeading(line.Label!, null) && !line.Label!.EndsWith(':') && !line.Text.TrimEnd().TrimEnd('*', '_').EndsWith(':'))
            {
                level = PlainHeadingLevel;
                lastStructural = level;
            }
            else if (IsListItem(line.Text.Trim()) && lastLabelLevel is { } labelLevel)
            {
                level = Math.Min(labelLevel + 1, 7);
            }
            else
            {
                level = Math.Min(lastStructural + 1, 7);
            }

            if (line.Level > 0)
            {
                lastLabelLevel = null;
            }
            else if (!IsListItem(line.Text.Trim()))
            {
                lastLabelLevel = level;
            }


            while (open.Count > 0 && sections[open[^1]].Level >= level)
            {
                var closing = open[^1];
                sections[closing] = sections[closing] with { EndIndex = i };
                open.RemoveAt(open.Count - 1);
            }

            var parent = open.Count > 0 ? open[^1] : -1;
            sections.Add(new DocumentSection(line.Label!, line.Key, level, i, lines.Count, parent));
            open.Add(sections.Count - 1);
        }

        return sections;
    }
}
