using PostmortemSite.Editions;
using PostmortemSite.Model;

namespace PostmortemSite.Cli.Commands;

/// <summary>How build and check tell what the public edition left out and redacted.</summary>
internal static class EditionSummary
{
    public static string? Line(EditionReport? report) => report is { Edition: Edition.Public }
        ? $"Public edition: {report.Read - report.LeftOut.Count} of {report.Read} incidents shown, {report.LeftOut.Count} left out, {report.Trimmed.Count} trimmed, {report.Rules.Sum(r => r.Matches)} redaction(s)."
        : null;

    /// <summary>Everything a reviewer signs off before publishing: incidents left out, passages and fields removed, matches per rule.</summary>
    public static IEnumerable<string> Details(EditionReport? report)
    {
        if (report is not { Edition: Edition.Public })
        {
            yield break;
        }

        yield return $"Left out of the public edition ({report.LeftOut.Count}):";
        foreach (var incident in report.LeftOut)
        {
            yield return $"  {incident.Id}  ({incident.SourcePath})";
        }

        yield return $"Shown without internal passages or fields ({report.Trimmed.Count}):";
        foreach (var incident in report.Trimmed)
        {
            var parts = new List<string>();
            if (incident.Passages > 0)
            {
                parts.Add($"{incident.Passages} internal passage(s)");
            }

            if (incident.Fields.Count > 0)
            {
                parts.Add($"fields: {string.Join(", ", incident.Fields)}");
            }

            yield return $"  {incident.Id}: {string.Join("; ", parts)}";
        }

        yield return $"Redaction rules ({report.Rules.Count}):";
        foreach (var rule in report.Rules)
        {
            yield return $"  {rule.Matches,6} match(es)  {RedactionRules.FileName}:{rule.Rule.Line}  {rule.Rule.Describe()}";
        }

        yield return Line(report)!;
    }
}
