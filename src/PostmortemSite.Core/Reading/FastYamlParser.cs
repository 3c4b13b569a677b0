using System.Buffers;
using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace PostmortemSite.Reading;

/// <summary>
/// A fast path for the YAML that front matter really uses: block mappings and sequences, one-line flow collections of
/// scalars, and one-line plain, single- and double-quoted scalars, with comments and blank lines. It yields the events
/// YamlDotNet's <see cref="Parser"/> would, with the same marks, so the representation model and every diagnostic
/// built on it are unchanged.
/// </summary>
/// <remarks>
/// The whole text is read up front: anything outside the subset (block scalars, anchors, tags, multi-line scalars,
/// tabs, odd indentation, duplicate keys, malformed input...) makes <see cref="TryParse"/> return null, and the
/// caller parses with YamlDotNet, so errors and their positions still come from YamlDotNet alone.
/// </remarks>
internal sealed class FastYamlParser : IParser
{
    // Tabs, carriage returns, control characters and YAML's other line breaks change what YamlDotNet accepts or how it
    // counts lines and columns; none of them belongs in ordinary front matter.
    private static readonly SearchValues<char> UnsupportedCharacters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u2028\u2029\uFEFF\uFFFE\uFFFF");

    private readonly List<ParsingEvent> _events;
    private int _next;

    private FastYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    /// <summary>A parser over <paramref name="yaml"/>, or null when it uses anything outside the supported subset.</summary>
    public static FastYamlParser? TryParse(string yaml) =>
        new Reader(yaml).Read() is { } events ? new FastYamlParser(events) : null;

    public bool MoveNext()
    {
        if (_next >= _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }

    /// <summary>
    /// Reads line by line. Each method returns false to decline; nothing is handed out until the whole text is read.
    /// Marks follow YamlDotNet: a block collection starts at its first key or dash and ends where the next token
    /// starts (the end of the stream when there is none); an empty value sits just after its colon.
    /// </summary>
    private sealed class Reader(string text)
    {
        // Keys longer than this are not simple keys in YAML.
        private const int MaxKeyLength = 1024;

        // Each nested block is indented further, so this bounds the recursion; deeper (hostile) text goes to YamlDotNet.
        private const int MaxIndent = 200;

        private readonly List<ParsingEvent> _events = new(160);

        // The current content line (neither blank nor only a comment); _hasLine is false past the last one.
        private bool _hasLine;
        private int _lineStart;
        private int _lineEnd;
        private int _lineNumber;
        private int _indent;

        public List<ParsingEvent>? Read()
        {
            if (text.Length == 0 || text[^1] != '\n' || text.AsSpan().ContainsAny(UnsupportedCharacters) || HasDocumentMarker())
            {
                return null;
            }

            MoveToContent(0, 1);
            if (!_hasLine || _indent != 0)
            {
                return null;
            }

            var streamStart = new Mark(0, 1, 1);
            var start = At(_lineStart);
            _events.Add(new StreamStart(streamStart, streamStart));
            _events.Add(new DocumentStart(null, [new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")], true, start, start));
            if (!BlockMapping(0, _lineStart) || _hasLine)
            {
                return null;
            }

            var end = NextToken();
            _events.Add(new DocumentEnd(true, end, end));
            _events.Add(new StreamEnd(end, end));
            return _events;
        }

        /// <summary>A line starting with "---" or "..." may start or end a document.</summary>
        private bool HasDocumentMarker() =>
            text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal)
            || text.Contains("\n---", StringComparison.Ordinal) || text.Contains("\n...", StringComparison.Ordinal);

        /// <summary>A block mapping whose keys sit at column <paramref name="indent"/>; the first key starts at <paramref name="keyStart"/> on the current line.</summary>
        private bool BlockMapping(int indent, int keyStart)
        {
            if (indent > MaxIndent)
            {
                return false;
            }

            var start = At(keyStart);
            _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            // A set, not a list: a mapping of 100,000 keys made the duplicate check quadratic.
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var colon = PlainKeyEnd(keyStart);
                if (colon < 0)
                {
                    return false;
                }

                var keyEnd = TrimEnd(keyStart, colon);
                var key = text[keyStart..keyEnd];
                if (keyEnd - keyStart > MaxKeyLength || !keys.Add(key))
                {
                    return false;
                }

                _events.Add(PlainScalar(key, At(keyStart), At(keyEnd), isKey: true));
                if (!MappingValue(indent, colon))
                {
                    return false;
                }

                if (!_hasLine || _indent < indent)
                {
                    break;
                }

                if (_indent > indent || text[_lineStart + _indent] == '-')
                {
                    return false;
                }

                keyStart = _lineStart + _indent;
            }

            var end = NextToken();
            _events.Add(new MappingEnd(end, end));
            return true;
        }

        /// <summary>The value after the colon at <paramref name="colon"/>: on the same line, a nested block below, or empty.</summary>
        private bool MappingValue(int indent, int colon)
        {
            var position = SkipSpaces(colon + 1);
            if (!AtLineEndOrComment(position))
            {
                return InlineValue(position) && EndOfLine(indent);
            }

            var empty = At(colon + 1);
            MoveToContent(_lineEnd + 1, _lineNumber + 1);
            if (_hasLine && _indent > indent)
            {
                var first = _lineStart + _indent;
                return text[first] == '-' ? BlockSequence(_indent) : BlockMapping(_indent, first);
            }

            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, true, false, empty, empty, false));
            return true;
        }

        /// <summary>A block sequence whose dashes sit at column <paramref name="indent"/>, starting on the current line.</summary>
        private bool BlockSequence(int indent)
        {
            if (indent > MaxIndent)
            {
                return false;
            }

            var start = At(_lineStart + indent);
            _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, start, start));
            while (true)
            {
                var dash = _lineStart + indent;
                if (dash + 1 >= _lineEnd || text[dash + 1] != ' ')
                {
                    return false;
                }

                var item = SkipSpaces(dash + 1);
                if (AtLineEndOrComment(item) || text[item] == '-')
                {
                    return false;
                }

                var entryOk = PlainKeyEnd(item) >= 0
                    ? BlockMapping(item - _lineStart, item)
                    : InlineValue(item) && EndOfLine(indent);
                if (!entryOk)
                {
                    return false;
                }

                if (!_hasLine || _indent < indent)
                {
                    break;
                }

                if (_indent > indent || text[_lineStart + indent] != '-')
                {
                    return false;
                }
            }

            var end = NextToken();
            _events.Add(new SequenceEnd(end, end));
            return true;
        }

        /// <summary>After a value on the current line: moves to the next content line, which must not be a continuation.</summary>
        private bool EndOfLine(int indent)
        {
            MoveToContent(_lineEnd + 1, _lineNumber + 1);
            return !_hasLine || _indent <= indent;
        }

        /// <summary>A value that ends on this line: a scalar or a one-line flow collection, then only spaces or a comment.</summary>
        private bool InlineValue(int position)
        {
            var end = text[position] switch
            {
                '[' or '{' => FlowCollection(position),
                '"' or '\'' => QuotedScalar(position, isKey: false),
                _ => BlockPlainValue(position),
            };
            if (end < 0)
            {
                return false;
            }

            // A comment needs a space before it: "x"#y is an error.
            var rest = SkipSpaces(end);
            return rest >= _lineEnd || (text[rest] == '#' && rest > end);
        }

        /// <summary>A plain scalar value in block context, up to a comment or the end of the line.</summary>
        private int BlockPlainValue(int position)
        {
            if (!CanStartPlain(position))
            {
                return -1;
            }

            var i = position;
            while (i < _lineEnd)
            {
                var c = text[i];
                if (c == '#' && text[i - 1] == ' ')
                {
                    break;
                }

                // ": " would start a mapping where none is allowed; YamlDotNet reports that.
                if (c == ':' && (i + 1 == _lineEnd || text[i + 1] == ' '))
                {
                    return -1;
                }

                i++;
            }

            var end = TrimEnd(position, i);
            _events.Add(PlainScalar(text[position..end], At(position), At(end), isKey: false));
            return end;
        }

        /// <summary>
        /// The index of the colon ending a key that starts at <paramref name="position"/>, or -1 when the line holds no
        /// such key. Keys are names: YamlDotNet has rules of its own for keys holding indicators (" *a: b" is no key).
        /// </summary>
        private int PlainKeyEnd(int position)
        {
            if (!CanStartPlain(position))
            {
                return -1;
            }

            for (var i = position; i < _lineEnd; i++)
            {
                var c = text[i];
                if (c == ':' && (i + 1 == _lineEnd || text[i + 1] == ' '))
                {
                    return i;
                }

                if (!IsNameCharacter(c))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// A one-line flow collection of scalars, such as [a, "b c", 'd'] or { category: x, trigger: "y" };
        /// returns the index after the closing bracket or brace.
        /// </summary>
        private int FlowCollection(int open)
        {
            var pairs = text[open] == '{';
            var start = At(open);
            _events.Add(pairs
                ? new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start)
                : new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start));
            var position = FlowEntries(open, pairs ? '}' : ']', pairs);
            if (position < 0)
            {
                return -1;
            }

            var close = At(position);
            _events.Add(pairs ? new MappingEnd(close, close) : new SequenceEnd(close, close));
            return position + 1;
        }

        /// <summary>Comma-separated entries up to <paramref name="close"/>; returns the index of the closing character.</summary>
        private int FlowEntries(int open, char close, bool pairs)
        {
            var position = SkipSpaces(open + 1);
            if (position < _lineEnd && text[position] == close)
            {
                return position;
            }

            while (true)
            {
                var end = pairs ? FlowPair(position) : FlowScalar(position, isKey: false);
                if (end < 0)
                {
                    return -1;
                }

                position = SkipSpaces(end);
                if (position >= _lineEnd)
                {
                    return -1;
                }

                if (text[position] == close)
                {
                    return position;
                }

                // A trailing comma or an empty entry is legal YAML with events of its own: leave it to YamlDotNet.
                if (text[position] != ',' || (position = SkipSpaces(position + 1)) >= _lineEnd || text[position] is ',' or ']' or '}')
                {
                    return -1;
                }
            }
        }

        private int FlowPair(int position)
        {
            var keyEnd = FlowScalar(position, isKey: true);
            if (keyEnd < 0 || keyEnd + 1 >= _lineEnd || text[keyEnd] != ':' || text[keyEnd + 1] != ' ')
            {
                return -1;
            }

            return FlowScalar(SkipSpaces(keyEnd + 1), isKey: false);
        }

        /// <summary>A quoted or plain scalar inside a flow collection; returns the index after it.</summary>
        private int FlowScalar(int position, bool isKey)
        {
            if (position >= _lineEnd)
            {
                return -1;
            }

            if (text[position] is '"' or '\'')
            {
                return QuotedScalar(position, isKey);
            }

            if (!CanStartPlain(position))
            {
                return -1;
            }

            var i = position;
            while (i < _lineEnd && text[i] is not (',' or ']' or '}'))
            {
                if (isKey && text[i] != ':' && !IsNameCharacter(text[i]))
                {
                    return -1;
                }

                // Colons, nested collections and comments inside flow collections have rules of their own.
                if (text[i] is ':' or '[' or '{' || (text[i] == '#' && text[i - 1] == ' '))
                {
                    if (isKey && text[i] == ':')
                    {
                        break;
                    }

                    return -1;
                }

                i++;
            }

            var end = TrimEnd(position, i);
            _events.Add(PlainScalar(text[position..end], At(position), At(end), isKey));
            return isKey ? i : end;
        }

        /// <summary>A single- or double-quoted scalar closed on the same line; returns the index after the closing quote.</summary>
        private int QuotedScalar(int open, bool isKey)
        {
            var quote = text[open];
            var rest = text.AsSpan(open + 1, _lineEnd - open - 1);
            var found = quote == '"' ? rest.IndexOfAny('"', '\\') : rest.IndexOf('\'');
            var special = found < 0 ? -1 : open + 1 + found;
            if (special < 0)
            {
                return -1;
            }

            // Most quoted values hold no escape: the text between the quotes is the value.
            var close = special;
            var value = text[special] == quote && !IsDoubledQuote(special, quote) ? text[(open + 1)..special] : Unescape(open, out close);
            if (value is null)
            {
                return -1;
            }

            var style = quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, false, true, At(open), At(close + 1), isKey));
            return close + 1;
        }

        private bool IsDoubledQuote(int position, char quote) => quote == '\'' && position + 1 < _lineEnd && text[position + 1] == '\'';

        /// <summary>The value of the quoted scalar opening at <paramref name="open"/>, with its escapes resolved; null when it does not close on this line.</summary>
        private string? Unescape(int open, out int close)
        {
            var quote = text[open];
            var value = new StringBuilder();
            var i = open + 1;
            while (i < _lineEnd)
            {
                var c = text[i];
                if (c == quote && !IsDoubledQuote(i, quote))
                {
                    close = i;
                    return value.ToString();
                }

                if (c == '\\' && quote == '"')
                {
                    i = Escape(i, value);
                    if (i < 0)
                    {
                        break;
                    }
                }
                else
                {
                    value.Append(c);
                    i += c == quote ? 2 : 1;
                }
            }

            close = -1;
            return null;
        }

        /// <summary>Appends the character escaped at <paramref name="backslash"/>; returns the index after the escape, or -1 for one left to YamlDotNet.</summary>
        private int Escape(int backslash, StringBuilder value)
        {
            if (backslash + 1 >= _lineEnd)
            {
                return -1;
            }

            char? simple = text[backslash + 1] switch
            {
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                't' => '\t',
                'n' => '\n',
                'v' => '\v',
                'f' => '\f',
                'r' => '\r',
                'e' => '\u001B',
                ' ' => ' ',
                '"' => '"',
                '/' => '/',
                '\\' => '\\',
                'N' => '\u0085',
                '_' => '\u00A0',
                'L' => '\u2028',
                'P' => '\u2029',
                _ => null,
            };
            if (simple is { } c)
            {
                value.Append(c);
                return backslash + 2;
            }

            var digits = text[backslash + 1] switch
            {
                'x' => 2,
                'u' => 4,
                _ => 0,
            };
            var hex = backslash + 2;
            if (digits == 0 || hex + digits > _lineEnd
                || !int.TryParse(text.AsSpan(hex, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || char.IsSurrogate((char)code))
            {
                return -1;
            }

            value.Append((char)code);
            return hex + digits;
        }

        /// <summary>
        /// Whether a plain scalar may start here in our subset: not an indicator, and not "-", "?" or ":" with
        /// meanings of their own. A leading "-" followed by a character (as in -1) is plain.
        /// </summary>
        private bool CanStartPlain(int position)
        {
            if (position >= _lineEnd)
            {
                return false;
            }

            var c = text[position];
            if (c == '-')
            {
                return position + 1 < _lineEnd && text[position + 1] is not (' ' or ',' or '[' or ']' or '{' or '}' or '#');
            }

            return c is not ('?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ');
        }

        private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ' ';

        private bool AtLineEndOrComment(int position) => position >= _lineEnd || text[position] == '#';

        private int SkipSpaces(int position)
        {
            while (position < _lineEnd && text[position] == ' ')
            {
                position++;
            }

            return position;
        }

        private int TrimEnd(int start, int end)
        {
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        /// <summary>The mark YamlDotNet gives <paramref name="index"/> on the current line.</summary>
        private Mark At(int index) => new(index, _lineNumber, index - _lineStart + 1);

        /// <summary>Where the next token starts: the current line's first character, or the end of the stream.</summary>
        private Mark NextToken() => At(_lineStart + _indent);

        private static Scalar PlainScalar(string value, Mark start, Mark end, bool isKey) =>
            new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, start, end, isKey);

        /// <summary>Moves to the first line at or after <paramref name="start"/> that holds more than spaces and a comment.</summary>
        private void MoveToContent(int start, int lineNumber)
        {
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                var indent = 0;
                while (start + indent < end && text[start + indent] == ' ')
                {
                    indent++;
                }

                if (start + indent < end && text[start + indent] != '#')
                {
                    _hasLine = true;
                    _lineStart = start;
                    _lineEnd = end;
                    _lineNumber = lineNumber;
                    _indent = indent;
                    return;
                }

                start = end + 1;
                lineNumber++;
            }

            _hasLine = false;
            _lineStart = text.Length;
            _lineEnd = text.Length;
            _lineNumber = lineNumber;
            _indent = 0;
        }
    }
}
