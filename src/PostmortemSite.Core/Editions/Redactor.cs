using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Editions;

/// <summary>
/// Replaces every match of every rule with [redacted] in every text of an incident that can reach the site, counting
/// matches per rule. Closed vocabularies (statuses, milestones) are not content and are left as they are.
/// </summary>
internal sealed class Redactor
{
    public const string Replacement = "[redacted]";

    private readonly IReadOnlyList<RedactionRule> _rules;

    public Redactor(IReadOnlyList<RedactionRule> rules) => _rules = rules;

    /// <summary>Matches per rule, in the order of the rules.</summary>
    public int[] NewCounts() => new int[_rules.Count];

    /// <summary>Whether any rule matches the text: used for what cannot be replaced, such as an id in an address.</summary>
    public bool Matches(string text) => _rules.Any(r => r.Regex.IsMatch(text));

    /// <exception cref="RegexMatchTimeoutException">A pattern ran too long on this incident's text.</exception>
    public Postmortem Redact(Postmortem p, int[] counts)
    {
        string? R(string? text) => Apply(text, counts);
        List<string> All(IEnumerable<string> texts) => [.. texts.Select(t => R(t)!)];

        return p with
        {
            Title = R(p.Title)!,
            Severity = R(p.Severity),
            Summary = R(p.Summary),
            RootCause = p.RootCause with { Trigger = R(p.RootCause.Trigger), DecidedBy = R(p.RootCause.DecidedBy) },
            Impact = p.Impact with { Description = R(p.Impact.Description) },
            Services = All(p.Services),
            Teams = All(p.Teams),
            Tags = All(p.Tags),
            ActionItems = [.. p.ActionItems.Select(a => a with { Title = R(a.Title)!, Owner = R(a.Owner), Priority = R(a.Priority), Ticket = R(a.Ticket) })],
            Timeline = [.. p.Timeline.Select(e => e with { Text = R(e.Text)! })],
            BodyMarkdown = R(p.BodyMarkdown)!,
            RootCauseText = R(p.RootCauseText)!,
            SourcePath = R(p.SourcePath)!,
        };
    }

    /// <summary>The taxonomy's words as the public edition shows them; slugs are addresses and are checked, not replaced.</summary>
    public RootCauseTaxonomy Redact(RootCauseTaxonomy taxonomy, int[] counts) => new(
        [.. taxonomy.Categories.Select(c => c with
        {
            Title = Apply(c.Title, counts)!,
            Description = Apply(c.Description, counts)!,
            Synonyms = [.. c.Synonyms.Select(s => Apply(s, counts)!)],
        })]);

    private string? Apply(string? text, int[] counts)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        for (var i = 0; i < _rules.Count; i++)
        {
            var found = 0;

            // An empty match (a pattern such as \b) hides nothing and is left alone.
            text = _rules[i].Regex.Replace(text, m =>
            {
                if (m.Length == 0)
                {
                    return "";
                }

                found++;
                return Replacement;
            });
            counts[i] += found;
        }

        return text;
    }
}
