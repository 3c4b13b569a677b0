using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Reading;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Editions;

public enum RedactionKind
{
    /// <summary>A literal name: case-insensitive, whole words, any run of white space where it has a space.</summary>
    Text,

    /// <summary>A .NET regular expression, as written.</summary>
    Pattern,
}

/// <summary>One entry of redact.yml, compiled; <see cref="Line"/> is where it is written, for reports.</summary>
public sealed record RedactionRule(RedactionKind Kind, string Source, int Line, Regex Regex)
{
    public string Describe() => $"{(Kind == RedactionKind.Text ? "text" : "pattern")}: {Source}";
}

public sealed record RedactionRuleSet(IReadOnlyList<RedactionRule> Rules, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static readonly RedactionRuleSet None = new([], []);
}

/// <summary>Reads redact.yml at the library root: what the public edition replaces with [redacted].</summary>
public static class RedactionRules
{
    public const string FileName = "redact.yml";

    /// <summary>Long enough for any sane rule on a long body; a pattern that backtracks without end is stopped and reported.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly string[] EntryKeys = ["text", "pattern"];

    /// <summary>The library's rules; no file means no rules.</summary>
    public static RedactionRuleSet Read(string inputDirectory)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return RedactionRuleSet.None;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RedactionRuleSet([], [Problem($"cannot read the file: {e.Message}", 0, "check that the file is readable")]);
        }

        return Parse(text);
    }

    public static RedactionRuleSet Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        // Read within the front matter's limits: a redact.yml nested thousands deep must be an error, not a crash.
        var node = GuardedYamlParser.LoadRoot(FileName, text, FileName, DiagnosticCodes.InvalidRedactionFile, diagnostics,
            "check indentation and quoting; quote patterns with single quotes so backslashes stay as written");
        if (diagnostics.Count > 0)
        {
            return new RedactionRuleSet([], diagnostics);
        }

        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return RedactionRuleSet.None;
        }

        if (node is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("redact"), out var list)
            || root.Children.Count != 1)
        {
            return new RedactionRuleSet([], [Problem("expected one key, 'redact:', holding a list of rules", LineOf(node), "write 'redact:' followed by lines such as '  - text: Acme Corp'")]);
        }

        if (list is YamlScalarNode { Value: null or "" })
        {
            return RedactionRuleSet.None;
        }

        if (list is not YamlSequenceNode entries)
        {
            return new RedactionRuleSet([], [Problem("'redact' must be a list of rules", LineOf(list), "start each rule with '- ', for example '  - pattern: '\\b[a-z]+\\.corp\\.example\\b''")]);
        }

        var rules = new List<RedactionRule>();
        foreach (var entry in entries.Children)
        {
            if (ReadRule(entry, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return new RedactionRuleSet(rules, diagnostics);
    }

    private static RedactionRule? ReadRule(YamlNode entry, List<Diagnostic> diagnostics)
    {
        var line = LineOf(entry);
        if (entry is not YamlMappingNode mapping || mapping.Children.Count != 1
            || mapping.Children.First() is not (YamlScalarNode { Value: { } key }, var valueNode)
            || !EntryKeys.Contains(key))
        {
            diagnostics.Add(Problem("each rule is one 'text:' or one 'pattern:'", line, "write '- text: Acme Corp' for a name or '- pattern: <regular expression>' for a pattern"));
            return null;
        }

        if (valueNode is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(Problem($"the '{key}' rule is empty", line, $"give '{key}' the text to redact, or remove the rule"));
            return null;
        }

        if (key == "text")
        {
            return new RedactionRule(RedactionKind.Text, value.Trim(), line, Compile(LiteralPattern(value.Trim()), RegexOptions.IgnoreCase));
        }

        Regex regex;
        try
        {
            regex = Compile(value, RegexOptions.None);
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidRedactionPattern, $"invalid regular expression: {e.Message}", new SourceLocation(FileName, line, 1),
                "fix the pattern (it is a .NET regular expression); quote it with single quotes so backslashes stay as written"));
            return null;
        }

        if (regex.Match("").Success)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidRedactionPattern, $"the pattern '{value}' matches empty text", new SourceLocation(FileName, line, 1),
                "make the pattern require at least one character (use + rather than *)"));
            return null;
        }

        return new RedactionRule(RedactionKind.Pattern, value, line, regex);
    }

    /// <summary>
    /// The literal as a whole-word pattern. Its spaces match any white space, as a name wrapped across two lines of
    /// Markdown still shows as one; word boundaries apply only at ends that are letters or digits ("@acme" has none before).
    /// </summary>
    internal static string LiteralPattern(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join(@"\s+", words);
        var start = char.IsLetterOrDigit(text[0]) || text[0] == '_' ? @"\b" : "";
        var end = char.IsLetterOrDigit(text[^1]) || text[^1] == '_' ? @"\b" : "";
        return start + body + end;
    }

    /// <summary>The linear-time engine where the pattern allows it (no backtracking to run away); the usual one, with its timeout, otherwise.</summary>
    private static Regex Compile(string pattern, RegexOptions options)
    {
        options |= RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, MatchTimeout);
        }
    }

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    private static Diagnostic Problem(string message, int line, string hint) =>
        Diagnostic.Error(DiagnosticCodes.InvalidRedactionFile, message, new SourceLocation(FileName, line, line > 0 ? 1 : 0), hint);
}
