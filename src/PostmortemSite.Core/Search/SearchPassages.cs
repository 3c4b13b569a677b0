using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PostmortemSite.Model;
using PostmortemSite.Rendering;
using PostmortemSite.Text;

namespace PostmortemSite.Search;

/// <summary>
/// A passage of a result that shows why it matched: the section's heading id on the incident page ("" for the top),
/// its label ("root cause"), the passage text, and Where within it (a timeline entry's time), when known.
/// </summary>
public sealed record MatchedPassage(string Anchor, string Label, string Text, string Where);

/// <summary>
/// search/text/&lt;id&gt;.json: an incident's text cut into short passages, grouped by the section of the page they
/// appear in, so a result can show the passage that matched, say where ("in root cause", "in timeline, 10:30")
/// and link to that section. Fetched only for the results shown, after ranking; never needed to rank.
/// </summary>
internal static partial class SearchPassages
{
    /// <summary>Passages are cut at sentence ends to stay near this length, so one shows whole in a result.</summary>
    private const int PassageLength = 280;

    /// <summary>Caps a file: a long write-up's later passages are rarely the best match, and files stay a few KB.</summary>
    private const int MaxCharacters = 16_000;

    /// <summary>The timeline's heading id on the incident page (theme/Pages/IncidentPage.razor).</summary>
    internal const string TimelineAnchor = "timeline";

    /// <summary>How many matching sections a result lists.</summary>
    public const int MaxSections = 3;

    public static string PathOf(string id) => "text/" + id + ".json";

    /// <summary>
    /// The passages of a text file that show why its incident matched, best first: per section the passage with the
    /// most distinct matched terms, then the most matches (the first such); sections ordered by that, then as on the
    /// page; a section whose heading id or label an earlier one has is left out, so each link goes somewhere new.
    /// The twin of bestPassages in engine.js.
    /// </summary>
    public static IReadOnlyList<MatchedPassage> Best(string json, IReadOnlyCollection<string> matchedTerms, int limit = MaxSections)
    {
        var wanted = matchedTerms.ToHashSet(StringComparer.Ordinal);
        var found = new List<(MatchedPassage Passage, int Score, int Order)>();
        using var document = JsonDocument.Parse(json);
        var order = 0;
        foreach (var section in document.RootElement.GetProperty("sections").EnumerateArray())
        {
            (MatchedPassage Passage, int Score, int Order)? best = null;
            foreach (var passage in section[2].EnumerateArray())
            {
                var text = passage[0].GetString()!;
                var hits = TextProfile.Search.Tokens(text).Where(t => wanted.Contains(t.Term)).ToList();
                var score = (hits.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count() * 100) + Math.Min(hits.Count, 99);
                if (hits.Count > 0 && (best is null || score > best.Value.Score))
                {
                    var where = passage.GetArrayLength() > 1 ? passage[1].GetString()! : "";
                    best = (new MatchedPassage(section[0].GetString()!, section[1].GetString()!, text, where), score, order);
                }
            }

            if (best is { } picked)
            {
                found.Add(picked);
            }

            order++;
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        return found.OrderByDescending(f => f.Score).ThenBy(f => f.Order)
            .Where(f => !anchors.Contains(f.Passage.Anchor) && !labels.Contains(f.Passage.Label) && anchors.Add(f.Passage.Anchor) && labels.Add(f.Passage.Label))
            .Take(limit).Select(f => f.Passage).ToList();
    }

    private sealed record Section(string Anchor, string Label, List<(string Text, string? Where)> Passages);

    public static string Json(Postmortem p)
    {
        var sections = new List<Section>();
        if (!string.IsNullOrWhiteSpace(p.Summary))
        {
            sections.Add(new Section("", "summary", Cut(p.Summary).Select(t => (t, (string?)null)).ToList()));
        }

        if (p.Timeline.Count > 0)
        {
            sections.Add(new Section(TimelineAnchor, "timeline", p.Timeline
                .Select(e => (Clean(e.Text), e.Time?.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)))
                .Where(e => e.Item1.Length > 0).ToList()));
        }

        sections.AddRange(BodySections(p.BodyMarkdown));

        var json = new StringBuilder("{\"sections\":[");
        var budget = MaxCharacters;
        var firstSection = true;
        foreach (var section in sections.Where(s => s.Passages.Count > 0))
        {
            var passages = new List<string>();
            foreach (var (text, where) in section.Passages)
            {
                if (budget < text.Length)
                {
                    break;
                }

                budget -= text.Length;
                passages.Add(JsonSerializer.Serialize(where is null ? [text] : new[] { text, where }, SearchIndexFiles.JsonOptions));
            }

            if (passages.Count == 0)
            {
                break;
            }

            json.Append(firstSection ? "\n" : ",\n").Append('[').Append(JsonSerializer.Serialize(section.Anchor, SearchIndexFiles.JsonOptions))
                .Append(',').Append(JsonSerializer.Serialize(section.Label, SearchIndexFiles.JsonOptions))
                .Append(",[").Append(string.Join(',', passages)).Append("]]");
            firstSection = false;
        }

        return json.Append("\n]}\n").ToString();
    }

    /// <summary>The write-up by heading: each heading's id as rendered, its words lowercased as the label, its paragraphs and list items as passages.</summary>
    private static IEnumerable<Section> BodySections(string markdown)
    {
        var document = MarkdownRenderer.Parse(markdown);
        if (document is null)
        {
            yield break;
        }

        var current = new Section("", "write-up", []);
        foreach (var block in document.Descendants().OfType<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                yield return current;
                var title = Clean(Source(markdown, heading).TrimStart('#', ' '));
                current = new Section(heading.GetAttributes().Id ?? "", LabelOf(title), []);
            }
            else if (block is ParagraphBlock)
            {
                current.Passages.AddRange(Cut(Source(markdown, block)).Select(t => (t, (string?)null)));
            }
        }

        yield return current;
    }

    private static string Source(string markdown, Block block) =>
        block.Span.Start >= 0 && block.Span.End < markdown.Length ? markdown[block.Span.Start..(block.Span.End + 1)] : "";

    private static string LabelOf(string title)
    {
        var label = title.Length > 40 ? title[..40].TrimEnd() + "…" : title;
        return label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    /// <summary>Markdown to the words a reader sees: link targets, emphasis marks and extra spaces gone.</summary>
    private static string Clean(string markdown)
    {
        var text = LinkTarget().Replace(markdown, "$1");
        text = Markup().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Cleaned text cut into passages at a sentence end, else at a space, near PassageLength.</summary>
    private static IEnumerable<string> Cut(string? markdown)
    {
        var text = Clean(markdown ?? "");
        var start = 0;
        while (start < text.Length)
        {
            var end = start + PassageLength;
            if (end >= text.Length)
            {
                end = text.Length;
            }
            else
            {
                var sentence = text.LastIndexOf(". ", end - 1, end - start, StringComparison.Ordinal);
                var space = text.LastIndexOf(' ', end - 1, end - start);
                end = sentence > start + (PassageLength / 3) ? sentence + 1 : space > start ? space : end;
            }

            var passage = text[start..end].Trim();
            if (passage.Length > 0)
            {
                yield return passage;
            }

            start = end;
        }
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    // Underscores inside words stay: pg_stat_activity is a name people search for.
    [GeneratedRegex(@"[*`>#|]|(?<!\w)_|_(?!\w)|^\s*[-+]\s|^\s*\d+\.\s", RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
