using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// Emacs Org-mode as Markdown: "#+TITLE:" as the title and the other header keywords ("#+DATE:", "#+AUTHOR:") as label
/// lines, "*" outline headings one level below the title, "-"/"+"/"1." lists with their nesting and checkboxes, tables,
/// source, example and quote blocks, and the common inline markup, links and timestamps. Drawers, comments and
/// "#+SETUPFILE:"/"#+INCLUDE:" are dropped (nothing outside the file is read); an HTML export block is read through the
/// HTML converter, so no script survives.
/// </summary>
internal static partial class OrgToMarkdown
{
    // Blocks nest ("#+BEGIN_QUOTE" around a "#+BEGIN_SRC"); past this depth an inner block is kept as text.
    private const int MaxNesting = 16;

    // Header keywords that say something about the incident's document; the rest ("#+OPTIONS:", "#+STARTUP:",
    // "#+LATEX_HEADER:") only tell Emacs how to show or export it.
    private static readonly HashSet<string> DocumentKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATE", "AUTHOR", "EMAIL", "SUBTITLE", "DESCRIPTION", "KEYWORDS", "FILETAGS", "CATEGORY",
    };

    public static Conversion Convert(string text) => Convert(text, 0);

    private static Conversion Convert(string text, int nesting)
    {
        var lines = text.Split('\n');
        var builder = new MarkdownBuilder();
        var paragraph = new List<string>();

        // The columns of the bullets of the list being read, outermost first: an item's depth is how many stand left of it.
        var bullets = new List<int>();

        // A paragraph keeps its lines as the author broke them: a plain-text postmortem's "Date: ..." and "14:02 Alarms
        // fire" lines are lines, as they are in Markdown ("\\\\" at a line's end, Org's own break, is dropped).
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                builder.Paragraph(string.Join('\n', paragraph.Select(l => l.EndsWith(@"\\", StringComparison.Ordinal) ? l[..^2].TrimEnd() : l)));
                paragraph.Clear();
            }
        }

        // Task states: "TODO"/"DONE" unless the file names its own ("#+TODO: TODO IN-PROGRESS | DONE WONTFIX").
        var (openStates, closedStates) = TaskStates(lines);

        // Where each kind of line next appears, so finding a block's or a drawer's end reads the file once, not once a line.
        var nextHeading = NextIndex(lines, l => Heading().IsMatch(l));
        var nextDrawerEnd = NextIndex(lines, l => l.Trim().Equals(":END:", StringComparison.OrdinalIgnoreCase));
        var blockEnds = BlockEnds(lines);

        // The level of the last heading that is no task, and of the run of tasks that stand beside it (see below).
        var sectionLevel = 0;
        var taskRunLevel = 0;

        // "#+TITLE:" names the document wherever the header puts it, so it comes first, above "#+AUTHOR:" and "#+DATE:".
        if (lines.Select(l => Keyword().Match(l.Trim())).FirstOrDefault(k => k.Success && k.Groups["name"].Value.Equals("TITLE", StringComparison.OrdinalIgnoreCase)) is { } titleKeyword)
        {
            builder.Heading(1, Inline(titleKeyword.Groups["value"].Value.Trim()));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();

            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            // A line that is no item, at or left of the outermost bullet, ends the list.
            if (bullets.Count > 0 && Indent(line) <= bullets[0] && !ListItem().IsMatch(line))
            {
                bullets.Clear();
            }

            // "# a comment" (a hash, then a space or nothing) is never exported.
            if (trimmed == "#" || trimmed.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            if (BlockStart().Match(trimmed) is { Success: true } block)
            {
                Flush();
                var kind = block.Groups["kind"].Value.ToUpperInvariant();

                // A block never closed is no block (as Org reads it): its opening line is text and what follows is read on.
                if (blockEnds.TryGetValue(kind, out var ends) && ends.BinarySearch(i + 1) is var at && (at >= 0 ? at : ~at) is var first && first < ends.Count)
                {
                    var end = ends[first];
                    Block(kind, block.Groups["args"].Value, lines[(i + 1)..end], builder, nesting);
                    i = end;
                    continue;
                }
            }

            // A block's end with no start: nothing to close.
            if (trimmed.StartsWith("#+END_", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Keyword().Match(trimmed) is { Success: true } keyword)
            {
                Flush();
                var name = keyword.Groups["name"].Value;
                var value = keyword.Groups["value"].Value.Trim();
                if (name.Equals("TITLE", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (name.Equals("INCLUDE", StringComparison.OrdinalIgnoreCase) || name.Equals("SETUPFILE", StringComparison.OrdinalIgnoreCase))
                {
                    builder.LeftOut("include and setup files (not followed)");
                }
                else if (DocumentKeywords.Contains(name) && value.Length > 0)
                {
                    builder.Field(char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant(), Inline(value));
                }

                continue;
            }

            // A drawer (":PROPERTIES:" ... ":END:", ":LOGBOOK:") holds Emacs's bookkeeping for the heading above it.
            // A drawer never crosses a heading; a line that only looks like one (":rotating_light:") is text.
            if (DrawerStart().IsMatch(trimmed) && i + 1 < lines.Length && nextDrawerEnd[i + 1] < nextHeading[i + 1])
            {
                Flush();
                i = nextDrawerEnd[i + 1];
                continue;
            }

            // A heading's stars start at the left margin; "* item" further in is a list item.
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush();
                var level = heading.Groups["stars"].Length;

                // "* COMMENT Old timeline" and a subtree tagged ":noexport:" are never exported: skipped down to the next
                // heading at their level or above.
                if ((heading.Groups["text"].Value.StartsWith("COMMENT", StringComparison.Ordinal) && (heading.Groups["text"].Value.Length == 7 || heading.Groups["text"].Value[7] == ' '))
                    || heading.Groups["tags"].Value.Contains(":noexport:", StringComparison.OrdinalIgnoreCase))
                {
                    while (i + 1 < lines.Length && !(Heading().Match(lines[i + 1]) is { Success: true } next && next.Groups["stars"].Length <= level))
                    {
                        i++;
                    }

                    continue;
                }

                var (state, named) = TaskState(heading.Groups["text"].Value, openStates, closedStates);
                var title = Inline(named);
                if (state is not { } closed)
                {
                    builder.Heading(level + 1, title);
                    (sectionLevel, taskRunLevel) = (level, 0);
                    continue;
                }

                // Tasks beside the section above rather than inside it ("* Root cause", then "* TODO Add a timeout") are a
                // section of their own, so they get the heading Org's outline gives them implicitly.
                if (level <= sectionLevel && taskRunLevel != level)
                {
                    builder.Heading(level + 1, "Tasks");
                    taskRunLevel = level;
                }

                // "** TODO Rotate the keys": a task, written as the checklist item it is (a closed one ticked), with the
                // lines of text right under it ("Owner: Alice") as its own; its scheduling lines are dropped.
                var body = new List<string>();
                while (i + 1 < lines.Length && lines[i + 1].Trim() is { Length: > 0 } next && !Heading().IsMatch(lines[i + 1])
                       && !ListItem().IsMatch(lines[i + 1]) && !next.StartsWith("#+", StringComparison.Ordinal) && !next.StartsWith('|') && !DrawerStart().IsMatch(next))
                {
                    if (!Planning().IsMatch(next))
                    {
                        body.Add(Inline(next));
                    }

                    i++;
                }

                builder.ListItem(0, false, (closed ? "[x] " : "[ ] ") + string.Join('\n', [title, .. body]));
                continue;
            }

            // "DEADLINE: <2024-06-01 Sat>" under a task is Emacs's scheduling of it, not text of the document.
            if (Planning().IsMatch(trimmed))
            {
                Flush();
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                Flush();
                var end = i;
                while (end < lines.Length && lines[end].Trim().StartsWith('|'))
                {
                    end++;
                }

                Table(lines[i..end], builder);
                i = end - 1;
                continue;
            }

            if (ListItem().Match(line) is { Success: true } item)
            {
                Flush();
                var column = item.Groups["indent"].Value.Length;
                var itemText = new StringBuilder(item.Groups["text"].Value.Trim());

                // The item goes on over the lines indented past its bullet, until a blank line or another item.
                while (i + 1 < lines.Length && lines[i + 1].Trim() is { Length: > 0 } next && Indent(lines[i + 1]) > column
                       && !ListItem().IsMatch(lines[i + 1]) && !BlockStart().IsMatch(next) && !DrawerStart().IsMatch(next))
                {
                    itemText.Append(' ').Append(next);
                    i++;
                }

                bullets.RemoveAll(c => c >= column);
                bullets.Add(column);
                builder.ListItem(Math.Min(bullets.Count - 1, MarkdownBuilder.MaxListDepth), char.IsDigit(item.Groups["bullet"].Value[0]), ListItemText(itemText.ToString()));
                continue;
            }

            if (HorizontalRule().IsMatch(trimmed))
            {
                Flush();
                builder.Rule();
                continue;
            }

            // ": text" is a fixed-width line, shown as written.
            if (trimmed == ":" || trimmed.StartsWith(": ", StringComparison.Ordinal))
            {
                Flush();
                var end = i;
                while (end < lines.Length && lines[end].Trim() is var t && (t == ":" || t.StartsWith(": ", StringComparison.Ordinal)))
                {
                    end++;
                }

                builder.Code(string.Join('\n', lines[i..end].Select(l => l.Trim().Length > 1 ? l.Trim()[2..] : "")));
                i = end - 1;
                continue;
            }

            paragraph.Add(Inline(trimmed));
        }

        Flush();
        return builder.Build();
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    // Org's own task states, and the ones teams commonly add: open until done, cancelled or won't-do.
    private static readonly string[] DefaultOpenStates = ["TODO", "NEXT", "WAITING", "IN-PROGRESS", "STARTED", "HOLD"];
    private static readonly string[] DefaultClosedStates = ["DONE", "CANCELLED", "CANCELED", "WONTFIX"];

    /// <summary>The task states a file names ("#+TODO: TODO IN-PROGRESS | DONE WONTFIX", "(t)" keys dropped) with the usual ones.</summary>
    private static (HashSet<string> Open, HashSet<string> Closed) TaskStates(string[] lines)
    {
        var open = new HashSet<string>(DefaultOpenStates, StringComparer.Ordinal);
        var closed = new HashSet<string>(DefaultClosedStates, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (Keyword().Match(line.Trim()) is { Success: true } keyword && keyword.Groups["name"].Value.ToUpperInvariant() is "TODO" or "SEQ_TODO" or "TYP_TODO")
            {
                var sides = keyword.Groups["value"].Value.Split('|');
                var states = sides.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Split('(')[0]).Where(w => w.Length > 0).ToList()).ToList();
                var openSide = sides.Length > 1 ? states[0] : states[0].Take(Math.Max(0, states[0].Count - 1));
                var closedSide = sides.Length > 1 ? states[1] : states[0].TakeLast(1);
                open.UnionWith(openSide);
                closed.UnionWith(closedSide);
            }
        }

        return (open, closed);
    }

    /// <summary>A heading's task state (null when none; true when closed) and its title without the state and priority.</summary>
    private static (bool? Closed, string Title) TaskState(string text, HashSet<string> open, HashSet<string> closed)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        if (space < 0 || (!open.Contains(first) && !closed.Contains(first)))
        {
            return (null, text);
        }

        var title = Priority().Replace(text[(space + 1)..].TrimStart(), "", 1);
        return (closed.Contains(first), title);
    }

    /// <summary>The lines that end a block, by the block's kind ("#+END_SRC" under "SRC"), in order.</summary>
    private static Dictionary<string, List<int>> BlockEnds(string[] lines)
    {
        var ends = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < lines.Length; j++)
        {
            if (BlockEnd().Match(lines[j].Trim()) is { Success: true } end)
            {
                var kind = end.Groups["kind"].Value.ToUpperInvariant();
                if (!ends.TryGetValue(kind, out var list))
                {
                    ends[kind] = list = [];
                }

                list.Add(j);
            }
        }

        return ends;
    }

    /// <summary>For each line, the index of the first line at or after it that matches; the line count when none does.</summary>
    private static int[] NextIndex(string[] lines, Func<string, bool> matches)
    {
        var next = new int[lines.Length + 1];
        next[lines.Length] = lines.Length;
        for (var j = lines.Length - 1; j >= 0; j--)
        {
            next[j] = matches(lines[j]) ? j : next[j + 1];
        }

        return next;
    }

    /// <summary>"[X] done", "[ ] to do", "[-] partly": a checkbox as Markdown writes it; "term :: text" as a label.</summary>
    private static string ListItemText(string text)
    {
        if (Checkbox().Match(text) is { Success: true } box)
        {
            return (box.Groups["mark"].Value is "X" or "x" ? "[x] " : "[ ] ") + Inline(text[box.Length..]);
        }

        return Description().Match(text) is { Success: true } description
            ? $"**{Inline(description.Groups["term"].Value.Trim())}:** {Inline(description.Groups["text"].Value.Trim())}"
            : Inline(text);
    }

    private static void Block(string kind, string arguments, string[] inner, MarkdownBuilder builder, int nesting)
    {
        var text = string.Join('\n', inner);
        switch (kind)
        {
            case "COMMENT":
                break;
            case "SRC":
                builder.Code(Unescaped(inner), arguments.Trim().Split(' ', 2)[0]);
                break;
            case "EXAMPLE":
            case not "EXPORT" when nesting >= MaxNesting:
                builder.Code(Unescaped(inner));
                break;
            case "EXPORT":
                if (arguments.Trim().StartsWith("html", StringComparison.OrdinalIgnoreCase))
                {
                    var html = HtmlToMarkdown.ConvertFragment(text);
                    builder.Include(html);
                }
                else
                {
                    builder.LeftOut("export blocks for other formats");
                }

                break;
            case "QUOTE":
                builder.Quote(Convert(text, nesting + 1).Markdown);
                break;
            default:
                var nested = Convert(text, nesting + 1);
                builder.Include(nested);
                break;
        }
    }

    /// <summary>",* main", ",#+BEGIN_SRC": inside a block Org puts a comma before what would start a heading or a block line.</summary>
    private static string Unescaped(string[] inner) => string.Join('\n', inner.Select(l => CommaEscape().Replace(l, "$1$2", 1)));

    [GeneratedRegex(@"^([ \t]*),(\*|#\+|,)")]
    private static partial Regex CommaEscape();

    /// <summary>Rows above the first "|---+---|" line are the header; without one, the first row is.</summary>
    private static void Table(string[] lines, MarkdownBuilder builder)
    {
        var rows = new List<IReadOnlyList<string>>();
        var header = new List<IReadOnlyList<string>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("|-", StringComparison.Ordinal))
            {
                if (header.Count == 0 && rows.Count > 0)
                {
                    header.AddRange(rows);
                    rows.Clear();
                }

                continue;
            }

            var body = line.EndsWith('|') && line.Length > 1 ? line[1..^1] : line[1..];
            rows.Add(body.Split('|').Select(c => Inline(c.Trim())).ToList());
        }

        // Several header lines are one header: their cells joined by column.
        if (header.Count > 1)
        {
            var width = header.Max(r => r.Count);
            header = [Enumerable.Range(0, width).Select(c => string.Join(' ', header.Select(r => c < r.Count ? r[c] : "").Where(t => t.Length > 0))).ToList()];
        }

        builder.Table([.. header, .. rows]);
    }

    private static string Inline(string text)
    {
        // "@@html:<b>x</b>@@": an inline export snippet; HTML is read through the HTML converter, other back ends dropped.
        text = ExportSnippet().Replace(text, m => m.Groups["backend"].Value.Equals("html", StringComparison.OrdinalIgnoreCase)
            ? MarkdownBuilder.OneLine(HtmlToMarkdown.ConvertFragment(m.Groups["value"].Value).Markdown)
            : "");
        text = Timestamp().Replace(text, m => m.Groups["time"].Success ? $"{m.Groups["date"].Value} {m.Groups["time"].Value}" : m.Groups["date"].Value);
        text = TimestampRange().Replace(text, "$1 – $2");
        text = Link().Replace(text, m =>
        {
            var target = m.Groups["target"].Value;
            var label = m.Groups["label"].Success ? m.Groups["label"].Value : "";
            var web = WebTarget().IsMatch(target);
            return web ? (label.Length > 0 ? $"[{label}]({target})" : target) : label.Length > 0 ? label : target.TrimStart('*', '#');
        });
        text = Footnote().Replace(text, "[^${name}]");
        text = Code().Replace(text, m => $"`{m.Groups["text"].Value}`");
        text = Strong().Replace(text, "**${text}**");
        text = Emphasis().Replace(text, "_${text}_");
        text = Struck().Replace(text, "~~${text}~~");
        return text;
    }

    [GeneratedRegex(@"^#\+BEGIN_(?<kind>\w+)(?<args>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^#\+END_(?<kind>\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"^#\+(?<name>[\w-]+):(?<value>.*)$")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^:[\w-]+:$")]
    private static partial Regex DrawerStart();

    // "** TODO [#A] Rotate the keys   :ops:urgent:": stars, the title (perhaps opening on a task state and a priority), perhaps tags.
    [GeneratedRegex(@"^(?<stars>\*+)[ \t]+(?<text>.*?)(?:[ \t]+(?<tags>:[\w@#%:]+:))?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\[#[A-Za-z0-9]\][ \t]*")]
    private static partial Regex Priority();

    [GeneratedRegex(@"^(?:SCHEDULED|DEADLINE|CLOSED):")]
    private static partial Regex Planning();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<bullet>[-+]|(?<=^[ \t]+)\*|\d{1,3}[.)])[ \t]+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\[(?<mark>[ xX-])\][ \t]+")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"^(?<term>.+?)[ \t]+::(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex Description();

    [GeneratedRegex(@"^-{5,}$")]
    private static partial Regex HorizontalRule();

    // "<2018-06-15 Fri 11:24>", "[2018-06-15 Fri 11:24-11:40 +1w]": the day and the time, without the weekday or a repeat.
    [GeneratedRegex(@"[<\[](?<date>\d{4}-\d{2}-\d{2})(?:[ \t]+[^\d\s>\]]{1,9}\.?)?(?:[ \t]+(?<time>\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?))?(?:[ \t]+[.+-]{1,2}\d+[hdwmy])*[>\]]")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?)--(\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?)")]
    private static partial Regex TimestampRange();

    [GeneratedRegex(@"\[\[(?<target>[^\]\[]+)\](?:\[(?<label>[^\]\[]*)\])?\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"^(?:https?|mailto|ftp):", RegexOptions.IgnoreCase)]
    private static partial Regex WebTarget();

    [GeneratedRegex(@"@@(?<backend>[\w-]+):(?<value>.*?)@@")]
    private static partial Regex ExportSnippet();

    [GeneratedRegex(@"\[fn:(?<name>[\w-]+)\]")]
    private static partial Regex Footnote();

    // Org's markup needs a non-word character (or the line's edge) outside it and no space just inside it.
    [GeneratedRegex(@"(?<![\w`=~])(?<mark>[=~])(?<text>[^\s](?:[^\n]*?[^\s])?)\k<mark>(?![\w`=~])")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\w*])\*(?<text>[^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w/:])/(?<text>[^/\s](?:[^/\n]*[^/\s])?)/(?![\w/])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<![\w+])\+(?<text>[^+\s](?:[^+\n]*[^+\s])?)\+(?![\w+])")]
    private static partial Regex Struck();
}
