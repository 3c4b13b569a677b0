using System.Text.RegularExpressions;
using PostmortemSite.Checking;
using PostmortemSite.Format;
using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite.Editions;

/// <summary>
/// The edition stage, between reading and linking: the internal edition is the library as read; the public edition
/// keeps only public incidents, without their internal passages and internal fields, with every redaction rule applied.
/// Everything after this stage (links, groups, counts, insights, pages, API, feed, search) sees only what it returns,
/// so nothing left out here can reach the site.
/// </summary>
internal static class EditionSelector
{
    public static EditionStageResult Select(ReadStageResult read, RedactionRuleSet rules, SiteOptions options)
    {
        var diagnostics = new List<Diagnostic>(rules.Diagnostics);
        CheckSiteFields(options.InternalFields, diagnostics);
        if (options.Edition == Edition.Internal)
        {
            return new EditionStageResult(read.Taxonomy, read.Postmortems, diagnostics, EditionReport.InternalOf(read.Postmortems.Count));
        }

        var shown = read.Postmortems.Where(p => (p.Visibility ?? options.DefaultVisibility) == Visibility.Public).ToList();
        var leftOut = read.Postmortems.Where(p => (p.Visibility ?? options.DefaultVisibility) != Visibility.Public)
            .Select(p => new LeftOutIncident(p.Id, p.SourcePath))
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();
        var leftOutIds = leftOut.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        // Links in public write-ups reach incidents by id or file name, as the renderer resolves them (case aside).
        var leftOutNames = leftOut.Select(p => p.Id).Concat(leftOut.Select(p => Path.GetFileNameWithoutExtension(p.SourcePath)))
            .Except(shown.SelectMany(p => new[] { p.Id, Path.GetFileNameWithoutExtension(p.SourcePath) }), StringComparer.OrdinalIgnoreCase)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (shown.Count == 0 && read.Postmortems.Count > 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoPostmortems, $"no incident is public: the public edition is empty ({read.Postmortems.Count} internal)", new SourceLocation(options.InputDirectory),
                "mark incidents 'visibility: public' in their front matter, or set 'default_visibility: public' in postmortemsite.yml"));
        }

        var redactor = new Redactor(rules.Rules);
        var results = new (Postmortem Incident, TrimmedIncident? Trimmed, int[] Counts, Diagnostic? Problem)[shown.Count];
        Parallel.For(0, shown.Count, i => results[i] = Prepare(shown[i], leftOutIds, leftOutNames, options, redactor));

        var counts = redactor.NewCounts();
        var taxonomy = redactor.Redact(read.Taxonomy, counts);
        foreach (var result in results)
        {
            for (var r = 0; r < counts.Length; r++)
            {
                counts[r] += result.Counts[r];
            }

            if (result.Problem is { } problem)
            {
                diagnostics.Add(problem);
            }
        }

        foreach (var category in read.Taxonomy.Categories.Where(c => redactor.Matches(c.Slug)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RedactedAddress, $"the root-cause slug '{category.Slug}' contains text redact.yml redacts, and a slug is part of page addresses", new SourceLocation(TaxonomyReader.FileName),
                "rename the category's slug, or narrow the redaction rule"));
        }

        var ruleMatches = rules.Rules.Select((rule, r) => new RuleMatches(rule, counts[r])).ToList();
        foreach (var unused in ruleMatches.Where(m => m.Matches == 0))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnusedRedactionRule, $"the rule '{unused.Rule.Describe()}' matches nothing in the public edition", new SourceLocation(RedactionRules.FileName, unused.Rule.Line, 1),
                "check its spelling; remove it if what it hides is no longer in any public incident"));
        }

        var report = new EditionReport(Edition.Public, read.Postmortems.Count, leftOut, [.. results.Select(r => r.Trimmed).OfType<TrimmedIncident>()], ruleMatches);
        return new EditionStageResult(taxonomy, [.. results.Select(r => r.Incident)], diagnostics, report);
    }

    /// <summary>One public incident as the public edition shows it, with what was taken out of it.</summary>
    private static (Postmortem, TrimmedIncident?, int[], Diagnostic?) Prepare(Postmortem original, HashSet<string> leftOutIds, HashSet<string> leftOutNames, SiteOptions options, Redactor redactor)
    {
        var counts = redactor.NewCounts();
        var passages = original.WithoutInternalPassages is null ? 0 : InternalPassages.Strip(original.BodyMarkdown).Passages;
        var incident = original.WithoutInternalPassages ?? original;
        var fields = options.InternalFields.Concat(incident.InternalFields).Where(InternalFields.IsKnown).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        incident = InternalFields.Without(incident, fields) with
        {
            Related = [.. incident.Related.Where(id => !leftOutIds.Contains(id))],
            BodyMarkdown = LeftOutLinks.Unlink(incident.BodyMarkdown, leftOutNames),
            RootCauseText = LeftOutLinks.Unlink(incident.RootCauseText, leftOutNames),
        };

        Diagnostic? problem = null;
        try
        {
            incident = redactor.Redact(incident, counts);
            if (redactor.Matches(original.Id))
            {
                problem = Diagnostic.Error(DiagnosticCodes.RedactedAddress, $"the id '{original.Id}' contains text redact.yml redacts, and an id is part of the page's address", new SourceLocation(original.SourcePath, 1, 1),
                    "give the postmortem an 'id:' without it (the id defaults to the file name)");
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            problem = Diagnostic.Error(DiagnosticCodes.RedactionTimeout, $"the redaction pattern '{e.Pattern}' took too long on this postmortem, so it cannot be redacted safely", new SourceLocation(original.SourcePath),
                "simplify the pattern in redact.yml (avoid nested repetition such as (a+)+)");
        }

        var trimmed = passages > 0 || fields.Count > 0 ? new TrimmedIncident(original.Id, original.SourcePath, passages, fields) : null;
        return (incident, trimmed, counts, problem);
    }

    private static void CheckSiteFields(IReadOnlyList<string> names, List<Diagnostic> diagnostics)
    {
        foreach (var name in names.Where(n => !InternalFields.IsKnown(n)))
        {
            var nearest = Suggestions.Nearest(name, InternalFields.Names);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownInternalField, $"'{name}' in 'internal_fields' is not a field the public edition can leave out", new SourceLocation(SiteConfigReader.FileName),
                nearest is null ? $"use any of: {string.Join(", ", InternalFields.Names)}" : $"did you mean '{nearest}'?"));
        }
    }
}

internal sealed record EditionStageResult(RootCauseTaxonomy Taxonomy, IReadOnlyList<Postmortem> Postmortems, IReadOnlyList<Diagnostic> Diagnostics, EditionReport Report);

/// <summary>What an edition leaves out and redacts, for a reviewer to sign off before publishing (check --edition public).</summary>
/// <param name="Read">Incidents read, before the edition chose among them.</param>
public sealed record EditionReport(Edition Edition, int Read, IReadOnlyList<LeftOutIncident> LeftOut, IReadOnlyList<TrimmedIncident> Trimmed, IReadOnlyList<RuleMatches> Rules)
{
    public static EditionReport InternalOf(int read) => new(Edition.Internal, read, [], [], []);
}

public sealed record LeftOutIncident(string Id, string SourcePath);

/// <summary>A public incident shown without some of its passages or fields.</summary>
public sealed record TrimmedIncident(string Id, string SourcePath, int Passages, IReadOnlyList<string> Fields);

public sealed record RuleMatches(RedactionRule Rule, int Matches);
