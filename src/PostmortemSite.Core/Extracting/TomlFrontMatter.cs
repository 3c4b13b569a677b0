using System.Text;
using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// A TOML front matter block between "+++" lines, as Hugo and Zola blogs write it. Only its top-level
/// "key = value" lines matter to the importer (title, date, ...); they are handed on as the equivalent YAML so one
/// reader (<see cref="ForeignFrontMatter"/>) maps every tool's keys. Tables such as [extra] are kept, not read.
/// </summary>
internal sealed partial record TomlFrontMatter(string Raw, string AsYaml, string Body, int BodyFirstLine)
{
    private const string Fence = "+++";

    public static TomlFrontMatter? Split(string text)
    {
        var lines = text.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first >= lines.Length || lines[first].TrimEnd() != Fence)
        {
            return null;
        }

        var close = Array.FindIndex(lines, first + 1, l => l.TrimEnd() == Fence);
        if (close < 0)
        {
            return null;
        }

        var yaml = new StringBuilder();
        var inTable = false;
        for (var i = first + 1; i < close; i++)
        {
            var line = lines[i].Trim();
            inTable |= line.StartsWith('[');
            if (!inTable && KeyValue().Match(line) is { Success: true } pair)
            {
                yaml.Append(pair.Groups["key"].Value).Append(": ").Append(pair.Groups["value"].Value.Trim()).Append('\n');
            }
        }

        return new TomlFrontMatter(
            string.Join('\n', lines[(first + 1)..close]),
            yaml.ToString(),
            string.Join('\n', lines[(close + 1)..]),
            close + 2);
    }

    /// <summary>
    /// A Ziggy front matter block, as Zine's SuperMarkdown (".smd") posts write it between "---" lines:
    /// '.title = "The first outage",', '.date = "2025-09-08T00:00:00.000Z",'. Its top-level fields as the equivalent
    /// YAML; null when the block is not written so (at least two such lines, and none that YAML would read as a key).
    /// </summary>
    public static string? ZiggyAsYaml(string block)
    {
        var yaml = new StringBuilder();
        var fields = 0;
        foreach (var raw in block.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '.' && line[0] != '}' && line[0] != '#')
            {
                return null;
            }

            if (line.StartsWith('.') && KeyValue().Match(line[1..].TrimEnd(',')) is { Success: true } pair)
            {
                yaml.Append(pair.Groups["key"].Value).Append(": ").Append(pair.Groups["value"].Value.Trim()).Append('\n');
                fields++;
            }
        }

        return fields >= 2 ? yaml.ToString() : null;
    }

    // Single-line values only (strings, dates, numbers, inline arrays): a multi-line string is not needed for any field read.
    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+)\s*=\s*(?<value>""[^""\n]*""|'[^'\n]*'|\[[^\]\n]*\]|[0-9][0-9:.TZ+-]*|true|false)\s*(?:#.*)?$")]
    private static partial Regex KeyValue();
}
