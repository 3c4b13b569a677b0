using System.Globalization;
using PostmortemSite.Checking;
using PostmortemSite.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostmortemSite.Format;

/// <summary>
/// Typed access to one YAML mapping that records a diagnostic, with the node's position, for every value
/// of the wrong shape instead of throwing. Callers get null for anything missing or invalid.
/// </summary>
internal sealed class YamlFields
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm K",
    ];

    private const int MaxUnknownKeyWarnings = 20;

    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;

    public YamlFields(YamlMappingNode node, string file, int lineOffset, List<Diagnostic> diagnostics)
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public SourceLocation Location => At(_node);

    public IEnumerable<string> Keys =>
        _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceLocation KeyLocation(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? At(k) : Location;

    public bool Has(string key) => Get(key) is not null;

    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, $"required field '{key}' is missing", Location, $"add '{key}: ...' to the front matter"));
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Invalid(node, key, "a single value");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, $"required field '{key}' is empty", At(node), $"give '{key}' a value"));
            }

            return null;
        }

        return value;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                // A lone value where a list was expected is what people mean: "services: checkout".
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add(v.Trim());
                    }
                    else if (child is not YamlScalarNode)
                    {
                        Invalid(child, key, "a list of plain values");
                    }
                }

                return items;
            default:
                Invalid(node, key, "a list like [a, b]");
                return [];
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A full timestamp in a date field is still a clear date.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' is not a date: '{text}'", At(Get(key)!), "write the date as yyyy-mm-dd, for example 2024-03-12"));
        return null;
    }

    public DateTimeOffset? Timestamp(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            && HasExplicitOffset(text))
        {
            return stamp;
        }

        var hint = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? "add a time zone: Z for UTC or an offset such as +02:00, for example 2024-03-12T09:14:00Z"
            : "write an ISO 8601 timestamp with an offset, for example 2024-03-12T09:14:00Z";
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidTimestamp, $"'{key}' is not a valid timestamp: '{text}'", At(Get(key)!), hint));
        return null;
    }

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.TrimEnd('%').Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' is not a number: '{text}'", At(Get(key)!), "write a plain number such as 38 or 12.5"));
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (YamlText.ReadBoolean(text) is { } value)
        {
            return value;
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' is not true or false: '{text}'", At(Get(key)!), "write true or false"));
        return null;
    }

    public string? OneOf(string key, IReadOnlyList<string> allowed, string? fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'", At(Get(key)!), $"use one of: {string.Join(", ", allowed)}"));
        return fallback;
    }

    /// <summary>One value of a closed set, spelt as <see cref="Vocabulary"/> spells it (any case); null when absent or not one of them.</summary>
    /// <param name="ignoreUnknown">Warn and leave an unknown value out rather than fail the postmortem: for a field that only describes.</param>
    public T? OneOf<T>(string key, bool ignoreUnknown = false) where T : struct, Enum
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (Vocabulary.Parse<T>(text) is { } value)
        {
            return value;
        }

        var allowed = string.Join(", ", Vocabulary.Names<T>());
        _diagnostics.Add(ignoreUnknown
            ? Diagnostic.Warning(DiagnosticCodes.UnknownValueIgnored, $"'{key}' is not one of {allowed}: '{text}' is left out", At(Get(key)!), $"use one of: {allowed}, or remove the line")
            : Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be one of {allowed}, not '{text}'", At(Get(key)!), $"use one of: {allowed}"));
        return null;
    }

    public YamlFields? Mapping(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlFields(mapping, _file, _lineOffset, _diagnostics);
            case YamlScalarNode { Value: null or "" }:
                return null;
            default:
                Invalid(node, key, "a mapping of 'name: value' lines");
                return null;
        }
    }

    public IReadOnlyList<YamlFields> MappingList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null or YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlMappingNode mapping)
                    {
                        items.Add(new YamlFields(mapping, _file, _lineOffset, _diagnostics));
                    }
                    else
                    {
                        Invalid(child, key, "a list of entries, each with 'name: value' lines");
                    }
                }

                return items;
            default:
                Invalid(node, key, "a list of entries starting with '- '");
                return [];
        }
    }

    /// <summary>Warns about keys this reader does not know, naming the nearest known one (a typo is the usual reason).</summary>
    public void WarnAboutUnknownKeys(IReadOnlyCollection<string> known, string context)
    {
        var unknown = _node.Children.Keys.OfType<YamlScalarNode>().Where(k => !known.Contains(k.Value ?? "")).ToList();
        if (unknown.Count > MaxUnknownKeyWarnings)
        {
            // A mapping of 100,000 stray keys is one mistake (a pasted data dump, a missing indent), not 100,000 warnings to print.
            var rest = unknown[MaxUnknownKeyWarnings];
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownField, string.Create(CultureInfo.InvariantCulture, $"{unknown.Count - MaxUnknownKeyWarnings:N0} more unknown {context} fields from here on are ignored"), At(rest),
                $"known {context} fields: {string.Join(", ", known)}"));
            unknown.RemoveRange(MaxUnknownKeyWarnings, unknown.Count - MaxUnknownKeyWarnings);
        }

        foreach (var key in unknown)
        {
            var name = key.Value ?? "";

            var nearest = Suggestions.Nearest(name, known);
            var hint = nearest is null ? $"known {context} fields: {string.Join(", ", known)}" : $"did you mean '{nearest}'?";
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownField, $"unknown {context} field '{name}' is ignored", At(key), hint));
        }
    }

    private YamlNode? Get(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v is YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "Null" or "NULL" } ? null : v;
            }
        }

        return null;
    }

    private void Invalid(YamlNode node, string key, string expected) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' has the wrong shape: expected {expected}", At(node), $"see the format example in the README for '{key}'"));

    private static bool HasExplicitOffset(string text)
    {
        var timePart = text.Length > 10 ? text[10..] : "";
        return timePart.EndsWith('Z') || timePart.EndsWith('z') || timePart.Contains('+') || timePart.Contains('-');
    }
}
