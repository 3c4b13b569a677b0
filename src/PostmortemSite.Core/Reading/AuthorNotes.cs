using System.Text;

namespace PostmortemSite.Reading;

/// <summary>
/// HTML comments in a body are notes to the author, such as the prompts `new` writes under each heading. They are
/// removed when the body is read, so no later stage (the page, related incidents, search) sees them. Comments inside
/// code (fenced blocks and `code spans`) are text someone chose to show, and stay.
/// </summary>
internal static class AuthorNotes
{
    private const string Open = "<!--";
    private const string Close = "-->";

    /// <summary>The body without its comments; each comment's line breaks are kept, so line numbers do not move.</summary>
    public static string Strip(string markdown)
    {
        if (!markdown.Contains(Open, StringComparison.Ordinal))
        {
            return markdown;
        }

        var result = new StringBuilder(markdown.Length);
        string? fence = null;
        var position = 0;
        while (position < markdown.Length)
        {
            var newline = markdown.IndexOf('\n', position);
            var lineEnd = newline < 0 ? markdown.Length : newline + 1;
            var line = markdown.AsSpan(position, lineEnd - position);
            var trimmed = line.TrimStart(' ');
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                result.Append(line);
                position = lineEnd;
                continue;
            }

            if (FenceOf(trimmed) is { } opened)
            {
                fence = opened;
                result.Append(line);
                position = lineEnd;
                continue;
            }

            position = AppendOutsideComments(markdown, position, lineEnd, result);
        }

        return result.ToString();
    }

    /// <summary>Copies one line, dropping comments and skipping code spans; a comment may run over later lines.</summary>
    /// <returns>Where the next line starts.</returns>
    private static int AppendOutsideComments(string text, int start, int lineEnd, StringBuilder result)
    {
        var i = start;
        while (i < lineEnd)
        {
            var c = text[i];
            if (c == '`')
            {
                var run = RunLength(text, i, '`');
                var closing = FindRun(text, i + run, lineEnd, run);
                var end = closing < 0 ? i + run : closing + run;
                result.Append(text, i, end - i);
                i = end;
                continue;
            }

            if (c == '<' && string.CompareOrdinal(text, i, Open, 0, Open.Length) == 0)
            {
                var close = text.IndexOf(Close, i + Open.Length, StringComparison.Ordinal);
                if (close < 0)
                {
                    // An unclosed comment is not a comment to Markdown either; leave the text as written.
                    result.Append(text, i, lineEnd - i);
                    return lineEnd;
                }

                var end = close + Close.Length;
                foreach (var ch in text.AsSpan(i, end - i))
                {
                    if (ch == '\n')
                    {
                        result.Append('\n');
                    }
                }

                i = end;
                if (i > lineEnd)
                {
                    // The comment ended on a later line: carry on from there.
                    var next = text.IndexOf('\n', i);
                    lineEnd = next < 0 ? text.Length : next + 1;
                }

                continue;
            }

            result.Append(c);
            i++;
        }

        return lineEnd;
    }

    private static string? FenceOf(ReadOnlySpan<char> trimmed)
    {
        foreach (var marker in (ReadOnlySpan<char>)['`', '~'])
        {
            var length = 0;
            while (length < trimmed.Length && trimmed[length] == marker)
            {
                length++;
            }

            if (length >= 3)
            {
                return new string(marker, length);
            }
        }

        return null;
    }

    private static int RunLength(string text, int at, char c)
    {
        var length = 0;
        while (at + length < text.Length && text[at + length] == c)
        {
            length++;
        }

        return length;
    }

    /// <summary>The start of a run of exactly <paramref name="length"/> backticks before <paramref name="end"/>, or -1.</summary>
    private static int FindRun(string text, int from, int end, int length)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] != '`')
            {
                continue;
            }

            var run = RunLength(text, i, '`');
            if (run == length)
            {
                return i;
            }

            i += run - 1;
        }

        return -1;
    }
}
