using System.Text.RegularExpressions;

namespace PostmortemSite.Text;

/// <summary>
/// Follows fenced code blocks line by line as CommonMark (and so the rendered page) reads them: three or more backticks
/// or tildes open a block, with an info string ("```bash") or not; only a fence of the same character, at least as
/// long and with nothing after it, closes it. So "```bash" inside a block is code rather than its end, and a stray
/// "```" does not leave the rest of a document inside or outside code the wrong way round.
/// </summary>
/// <param name="readsLiquidHighlight">
/// Also follow Jekyll's "{% highlight bash %}" ... "{% endhighlight %}" blocks. A blog post kept as Markdown holds them
/// where others write a fence, and what they hold (command output, logs) is code to an importer reading the post; the
/// site's own Markdown is read as CommonMark, which has no such block.
/// </param>
internal sealed partial class CodeFence(bool readsLiquidHighlight = false)
{
    private const int MinimumLength = 3;
    private const char LiquidMarker = '{';

    private char _marker;
    private int _length;

    /// <summary>Whether the lines read so far leave a block open: the next line is code unless it closes it.</summary>
    public bool Inside => _length > 0;

    /// <summary>Whether the open block is a Jekyll highlight block rather than a fence.</summary>
    public bool InsideLiquidBlock => Inside && _marker == LiquidMarker;

    /// <summary>Reads one line; true when it opens or closes a block (the fence line itself).</summary>
    public bool Read(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        // Jekyll also ends a block on the last line of code ("admin.conf ... 364d{% endhighlight %}").
        if (readsLiquidHighlight && (text.StartsWith("{%", StringComparison.Ordinal) || (Inside && _marker == LiquidMarker)))
        {
            return ReadLiquidTag(text);
        }

        if (text.Length < MinimumLength || text[0] is not ('`' or '~'))
        {
            return false;
        }

        var marker = text[0];
        var run = text.IndexOfAnyExcept(marker);
        var length = run < 0 ? text.Length : run;
        if (length < MinimumLength)
        {
            return false;
        }

        var rest = text[length..];
        if (Inside)
        {
            if (marker != _marker || length < _length || !rest.IsWhiteSpace())
            {
                return false;
            }

            _length = 0;
            return true;
        }

        // A backtick fence's info string holds no backtick: "```code``` in a line" is inline code, not a fence.
        if (marker == '`' && rest.Contains('`'))
        {
            return false;
        }

        _marker = marker;
        _length = length;
        return true;
    }

    private bool ReadLiquidTag(ReadOnlySpan<char> text)
    {
        if (Inside)
        {
            if (_marker != LiquidMarker || !LiquidEndHighlight().IsMatch(text))
            {
                return false;
            }

            _length = 0;
            return true;
        }

        if (!LiquidHighlight().IsMatch(text))
        {
            return false;
        }

        _marker = LiquidMarker;
        _length = 1;
        return true;
    }

    /// <summary>The language a highlight block's opening tag names ("{% highlight bash %}" names bash); empty when none.</summary>
    public static string LiquidLanguage(string openingTag) => LiquidLanguageName().Match(openingTag).Groups["language"].Value;

    /// <summary>The code written on a highlight block's closing line before its tag ("364d{% endhighlight %}" holds "364d").</summary>
    public static string CodeBeforeLiquidEnd(string closingLine) => LiquidEndHighlight().Replace(closingLine.TrimEnd(), "").TrimEnd();

    [GeneratedRegex(@"^\{%-?\s*highlight\s[^%]*-?%\}$")]
    private static partial Regex LiquidHighlight();

    [GeneratedRegex(@"highlight\s+(?<language>\w[\w+#.-]*)")]
    private static partial Regex LiquidLanguageName();

    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}$")]
    private static partial Regex LiquidEndHighlight();
}
