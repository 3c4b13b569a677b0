using System.Text;
using System.Text.RegularExpressions;
using PostmortemSite.Format;

namespace PostmortemSite.Extracting;

/// <summary>
/// The metadata lines Pelican and MultiMarkdown put at the top of a post with no fence around them ("Title: …",
/// "Date: …", "Tags: …" up to the first blank line), and Nikola's (".. title: …", ".. date: …", often inside an HTML
/// comment so a Markdown renderer hides them). They are handed on as the equivalent YAML, so one reader
/// (<see cref="ForeignFrontMatter"/>) maps every tool's keys, and they are not read as the report's own text: a
/// "published" or "updated" time is when the post was written, not a moment of the incident.
/// </summary>
internal sealed partial record MetadataBlock(string Raw, string AsYaml, string Body, int BodyFirstLine)
{
    // A report's own label lines ("Date:", "Author:", "Summary:", "Impact:") can open a document too: the block counts
    // only when every name in it is one a publishing tool writes, none is one a report labels its own parts with
    // ("Summary"), and one is a name only a publishing tool writes ("slug", "layout", "save_as"; a status page heads its
    // entry with "Updated:" too, so that is not one), or "comments" set to a yes or no, the switch for a post's comments
    // (a ticket's "Comments:" holds text).
    private static readonly HashSet<string> PublishingKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "subtitle", "headline", "date", "status", "description", "comments",
        "published", "updated", "modified", "slug", "permalink", "url", "save_as", "layout", "template", "draft",
        "lang", "author", "authors", "tags", "category", "categories", "keywords", "series", "image", "cover",
    };

    private static readonly HashSet<string> OnlyPublishingKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "slug", "permalink", "save_as", "layout", "template", "draft", "lang", "keywords", "series", "image", "cover",
    };

    private const int MinEntries = 3;

    private const string NikolaMark = ".. ";

    public static MetadataBlock? Split(string text)
    {
        var lines = text.Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        var yaml = new StringBuilder();
        var keys = new List<string>();
        var commentsSwitch = false;
        var commented = first < lines.Length && lines[first].Trim() == "<!--";
        var end = commented ? first + 1 : first;
        var nikola = end < lines.Length && lines[end].StartsWith(NikolaMark, StringComparison.Ordinal);
        for (; end < lines.Length && lines[end].Trim().Length > 0; end++)
        {
            if (commented && lines[end].Trim() == "-->")
            {
                end++;
                break;
            }

            var marked = lines[end].StartsWith(NikolaMark, StringComparison.Ordinal);
            if (nikola && marked && lines[end].TrimEnd().EndsWith(':'))
            {
                // ".. link:" with nothing after it: Nikola writes every key, set or not.
                continue;
            }

            if (nikola != marked || Entry().Match((marked ? lines[end][NikolaMark.Length..] : lines[end]).TrimEnd()) is not { Success: true } entry
                || (!nikola && !PublishingKeys.Contains(entry.Groups["key"].Value)))
            {
                return null;
            }

            keys.Add(entry.Groups["key"].Value);
            commentsSwitch |= entry.Groups["key"].Value.Equals("comments", StringComparison.OrdinalIgnoreCase) && entry.Groups["value"].Value.Trim().ToLowerInvariant() is "true" or "false" or "yes" or "no";
            yaml.Append(entry.Groups["key"].Value.ToLowerInvariant()).Append(": ").Append(YamlText.DoubleQuoted(entry.Groups["value"].Value)).Append('\n');
        }

        // Nikola's ".. key:" lines are its own: no report labels its parts so, and any key of it may stand.
        if (keys.Count < (nikola ? 1 : MinEntries) || !(nikola || keys.Any(OnlyPublishingKeys.Contains) || commentsSwitch)
            || keys.Distinct(StringComparer.OrdinalIgnoreCase).Count() < keys.Count || (commented && lines[end - 1].Trim() != "-->"))
        {
            return null;
        }

        return new MetadataBlock(
            string.Join('\n', lines[first..end]),
            yaml.ToString(),
            string.Join('\n', lines[end..]),
            end + 1);
    }

    // "Tags: ddos, security": one name (letters, "_" or "-") and its value on one line.
    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z_-]{0,19}):[ \t]+(?<value>\S.*)$")]
    private static partial Regex Entry();
}
