namespace PostmortemSite.Text;

/// <summary>
/// Follows fenced code blocks line by line as CommonMark (and so the rendered page) reads them: three or more backticks
/// or tildes open a block, with an info string ("```bash") or not; only a fence of the same character, at least as
/// long and with nothing after it, closes it. So "```bash" inside a block is code rather than its end, and a stray
/// "```" does not leave the rest of a document inside or outside code the wrong way round.
/// </summary>
internal sealed class CodeFence
{
    private const int MinimumLength = 3;

    private char _marker;
    private int _length;

    /// <summary>Whether the lines read so far leave a block open: the next line is code unless it closes it.</summary>
    public bool Inside => _length > 0;

    /// <summary>Reads one line; true when it opens or closes a block (the fence line itself).</summary>
    public bool Read(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
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
}
