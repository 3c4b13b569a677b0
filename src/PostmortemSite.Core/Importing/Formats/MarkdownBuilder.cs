using System.Text;

namespace PostmortemSite.Importing.Formats;

/// <summary>
/// What a converter produced: the document as Markdown, what it left out on purpose (script, included files), and when
/// the page says it was published, if it says so outside its text (an HTML page's head or byline).
/// </summary>
internal sealed record Conversion(string Markdown, IReadOnlyList<string> LeftOut, string? Published = null);

/// <summary>
/// Writes the Markdown every converter produces, block by block, in the shapes the extractor reads best: ATX headings,
/// "- " lists, pipe tables, "**Label:** value" lines and fenced code. Text is written as found: escaping it would put
/// backslashes into extracted titles and timeline entries, and the renderer already keeps raw HTML and unsafe links inert.
/// </summary>
internal sealed class MarkdownBuilder
{
    public const int MaxListDepth = 8;

    private readonly StringBuilder _text = new();
    private readonly List<string> _leftOut = [];
    private bool _inList;

    public void LeftOut(string what)
    {
        if (!_leftOut.Contains(what))
        {
            _leftOut.Add(what);
        }
    }

    public void Heading(int level, string text)
    {
        var words = OneLine(text);
        if (words.Length > 0)
        {
            Block().Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(words).Append('\n');
        }
    }

    /// <summary>A paragraph; its line breaks are kept (as Markdown hard breaks), for entries joined by &lt;br&gt; and address-like blocks.</summary>
    public void Paragraph(string text)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return;
        }

        var block = Block();
        for (var i = 0; i < lines.Count; i++)
        {
            block.Append(ProtectLineStart(lines[i])).Append(i < lines.Count - 1 ? "  \n" : "\n");
        }
    }

    /// <summary>"Label: value" on a line of its own, the shape of a document's facts (a key-value table row, a definition list).</summary>
    public void Field(string label, string value)
    {
        var key = OneLine(label).TrimEnd(':');
        var text = OneLine(value);
        if (key.Length > 0)
        {
            Block().Append("**").Append(key).Append(":** ").Append(text).Append('\n');
        }
    }

    public void ListItem(int depth, bool ordered, string text)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return;
        }

        if (!_inList)
        {
            Block();
        }

        var indent = new string(' ', Math.Clamp(depth, 0, MaxListDepth) * 3);
        _text.Append(indent).Append(ordered ? "1. " : "- ").Append(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            _text.Append("  \n").Append(indent).Append("   ").Append(line);
        }

        _text.Append('\n');
        _inList = true;
    }

    /// <summary>A pipe table; the first row is its header. Rows shorter than the widest are padded.</summary>
    public void Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var kept = rows.Where(r => r.Any(c => OneLine(c).Length > 0)).ToList();
        if (kept.Count == 0)
        {
            return;
        }

        var width = kept.Max(r => r.Count);
        var block = Block();
        for (var r = 0; r < kept.Count; r++)
        {
            block.Append('|');
            for (var c = 0; c < width; c++)
            {
                block.Append(' ').Append(c < kept[r].Count ? OneLine(kept[r][c]).Replace("|", "\\|", StringComparison.Ordinal) : "").Append(" |");
            }

            block.Append('\n');
            if (r == 0)
            {
                block.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
            }
        }
    }

    public void Code(string code, string? language = null)
    {
        var body = code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
        if (body.Trim().Length == 0)
        {
            return;
        }

        // A fence longer than any run of backticks inside, so the code cannot close it early.
        var longest = 0;
        var run = 0;
        foreach (var c in body)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var info = language is { Length: > 0 } && language.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '_') ? language : "";
        Block().Append(fence).Append(info).Append('\n').Append(body).Append('\n').Append(fence).Append('\n');
    }

    /// <summary>A quotation: Markdown already built, each of its lines prefixed.</summary>
    public void Quote(string markdown)
    {
        var lines = markdown.TrimEnd('\n').Split('\n');
        if (lines.All(l => l.Trim().Length == 0))
        {
            return;
        }

        var block = Block();
        foreach (var line in lines)
        {
            block.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
        }
    }

    public void Rule() => Block().Append("* * *\n");

    /// <summary>Markdown produced elsewhere (a fragment already in Markdown), kept as it is.</summary>
    public void Raw(string markdown)
    {
        if (markdown.Trim().Length > 0)
        {
            Block().Append(markdown.Trim('\n')).Append('\n');
        }
    }

    /// <summary>A part converted on its own (a nested block, a passthrough of HTML): its Markdown as it is, and what it left out.</summary>
    public void Include(Conversion part)
    {
        foreach (var what in part.LeftOut)
        {
            LeftOut(what);
        }

        Raw(part.Markdown);
    }

    public Conversion Build() => new(_text.ToString(), _leftOut);

    public override string ToString() => _text.ToString();

    /// <summary>Runs of white space as one space, trimmed: how HTML, AsciiDoc and reStructuredText all read text.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(OneLine).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse()
            .Where((l, i) => l.Length > 0).ToList();

    /// <summary>A paragraph line that Markdown would read as a heading, list, quote or fence is kept as text.</summary>
    private static string ProtectLineStart(string line) =>
        line.Length > 0 && (line[0] is '#' or '>' or '=' or '|' || line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal)
            || (line.Length > 1 && line[0] is '-' or '+' or '*' && line[1] == ' ') || IsRuleLike(line))
            ? "\\" + line
            : line;

    private static bool IsRuleLike(string line) => line.Length >= 3 && line.All(c => c is '-' or '_' or '*' or ' ');

    private StringBuilder Block()
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _inList = false;
        return _text;
    }
}
