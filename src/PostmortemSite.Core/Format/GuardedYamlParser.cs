using PostmortemSite.Checking;
using PostmortemSite.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Format;

/// <summary>
/// Passes another parser's events on while holding YAML to what front matter can safely be: no deeper than
/// <see cref="MaxDepth"/> collections, no bigger than <see cref="MaxExpandedCharacters"/> once aliases are expanded,
/// and no scalar holding a character an output format cannot carry. The representation model that reads these
/// events recurses once per level and copies nothing for an alias, so both limits are checked here, one event at a
/// time, before it sees anything: the cost is linear in the text and stops at the first level or character too many.
/// </summary>
/// <param name="document">What the text is, as messages name it: "the front matter", "root-causes.yml".</param>
internal sealed class GuardedYamlParser(IParser inner, string document = "the front matter") : IParser
{
    /// <summary>
    /// The root node of a small YAML file of settings (postmortemsite.yml, root-causes.yml), read within the limits;
    /// null for an empty file. A syntax error is reported with <paramref name="invalidCode"/> at its line, a limit
    /// with its own code and hint, and gives null too.
    /// </summary>
    public static YamlNode? LoadRoot(string file, string text, string name, string invalidCode, List<Diagnostic> diagnostics, string hint = "check indentation (spaces, not tabs) and quotes")
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedYamlParser(new Parser(new StringReader(TextNormalizer.Normalize(text))), name));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlLimitException e)
        {
            diagnostics.Add(Diagnostic.Error(e.Code, e.Message, new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), e.Hint));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(invalidCode, $"{name} is not valid YAML: {e.InnerException?.Message ?? e.Message}", new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), hint));
        }

        return null;
    }

    /// <summary>
    /// A document's YAML read within the limits, for import's looks at another tool's front matter: a text past a limit
    /// throws <see cref="YamlLimitException"/>, a <see cref="YamlException"/> like any invalid YAML, so no nesting
    /// depth can exhaust the stack.
    /// </summary>
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new GuardedYamlParser(new Parser(new StringReader(text))));
        return stream;
    }

    /// <summary>Front matter needs three levels (fields, a timeline, an entry); 64 leaves room for any real use.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest file the reader accepts: aliases may not make a document bigger than one could be written out.</summary>
    public const long MaxExpandedCharacters = 8 * 1024 * 1024;

    private readonly Stack<long> _openSizes = new();
    private readonly Stack<AnchorName> _openAnchors = new();
    private readonly Dictionary<AnchorName, long> _anchorSizes = [];
    private readonly List<Mark> _replaced = [];
    private long _expanded;

    public ParsingEvent? Current { get; private set; }

    /// <summary>Where each scalar that held an unsafe character starts; the character is replaced in the event passed on.</summary>
    public IReadOnlyList<Mark> ReplacedCharacters => _replaced;

    // YamlDotNet's scanner can stop on its own state for some malformed text ("Operation is not valid due to the current
    // state of the object") instead of throwing a YamlException: that is invalid YAML too, reported where reading stopped.
    private bool InnerMoveNext()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            var at = Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, "the parser stopped on malformed text here");
        }
    }

    public bool MoveNext()
    {
        if (!InnerMoveNext())
        {
            Current = null;
            return false;
        }

        var current = inner.Current!;
        switch (current)
        {
            case Scalar scalar:
                current = Clean(scalar);
                Add(Math.Max(1, scalar.Value.Length), scalar.Anchor, scalar.Start);
                break;
            case AnchorAlias alias:
                Add(_anchorSizes.GetValueOrDefault(alias.Value, 1), AnchorName.Empty, alias.Start);
                break;
            case NodeEvent opening and (MappingStart or SequenceStart):
                if (_openSizes.Count >= MaxDepth)
                {
                    throw new YamlLimitException(DiagnosticCodes.InvalidYaml, opening.Start, opening.End, $"{document} nests more than {MaxDepth} levels deep",
                        $"keep lists and mappings within {MaxDepth} levels; no setting needs more than three");
                }

                _openSizes.Push(0);
                _openAnchors.Push(opening.Anchor);
                Add(1, AnchorName.Empty, opening.Start);
                break;
            case MappingEnd or SequenceEnd when _openSizes.Count > 0:
                var size = _openSizes.Pop();
                var anchor = _openAnchors.Pop();
                if (!anchor.IsEmpty)
                {
                    _anchorSizes[anchor] = size;
                }

                if (_openSizes.Count > 0)
                {
                    _openSizes.Push(_openSizes.Pop() + size);
                }

                break;
        }

        Current = current;
        return true;
    }

    /// <summary>Counts a node's characters into every open collection, so an anchor knows its expanded size when it closes.</summary>
    private void Add(long size, AnchorName anchor, Mark start)
    {
        _expanded += size;
        if (_expanded > MaxExpandedCharacters)
        {
            throw new YamlLimitException(DiagnosticCodes.AliasesTooLarge, start, start, $"{document} expands to more than {MaxExpandedCharacters / (1024 * 1024)} MB of text through aliases (*name)",
                "write the repeated value out once, or shorten it; aliases may not multiply a document beyond the size of a file the reader accepts");
        }

        if (!anchor.IsEmpty)
        {
            _anchorSizes[anchor] = size;
        }

        if (_openSizes.Count > 0)
        {
            _openSizes.Push(_openSizes.Pop() + size);
        }
    }

    private Scalar Clean(Scalar scalar)
    {
        var value = UnsafeCharacters.Replace(scalar.Value, out var count);
        if (count == 0)
        {
            return scalar;
        }

        _replaced.Add(scalar.Start);
        return new Scalar(scalar.Anchor, scalar.Tag, value, scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End, scalar.IsKey);
    }
}

/// <summary>YAML that is well formed but beyond what the reader accepts; the message and hint are written for the author.</summary>
internal sealed class YamlLimitException(string code, Mark start, Mark end, string message, string hint) : YamlException(start, end, message)
{
    public string Code { get; } = code;

    public string Hint { get; } = hint;
}
