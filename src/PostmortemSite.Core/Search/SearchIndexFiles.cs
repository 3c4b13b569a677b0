using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostmortemSite.Linking;
using PostmortemSite.Model;
using PostmortemSite.Text;
using static PostmortemSite.Search.SearchIndexFormat;

namespace PostmortemSite.Search;

/// <summary>
/// The index stage: the library as static index files under search/, sharded so a query downloads only what it needs.
/// BM25F is computed here, once, and stored as a small integer weight per (term, document); the engines only add
/// integers, so the browser and the terminal rank identically and need no document lengths. See docs/search.md.
/// </summary>
internal static class SearchIndexFiles
{
    /// <summary>Fields with their BM25F weight and length normalisation. Category text is the slug, title and synonyms.</summary>
    internal static readonly (string Name, double Weight, double B)[] Fields =
    [
        ("title", 3.0, 0.5),
        ("cause", 4.0, 0.3),
        ("rootcause", 1.5, 0.75),
        ("summary", 1.5, 0.75),
        ("services-tags", 2.0, 0.3),
        ("body", 1.0, 0.75),
    ];

    internal const double K1 = 1.2;

    private const int SnippetLength = 160;

    internal static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<OutputFile> Build(KnowledgeBase knowledgeBase) => Build(knowledgeBase.Incidents, knowledgeBase.Taxonomy);

    public static IReadOnlyList<OutputFile> Build(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy)
    {
        var docs = InOrdinalOrder(incidents);
        var analyzed = new AnalyzedDocument[docs.Count];
        var causeText = docs.Select(d => d.RootCause.Category).Distinct().ToDictionary(slug => slug, slug => CauseText(taxonomy, slug), StringComparer.Ordinal);

        Parallel.For(0, docs.Count, i => analyzed[i] = AnalyzedDocument.Of(docs[i], causeText[docs[i].RootCause.Category]));

        var terms = Weigh(analyzed);
        var files = new List<OutputFile>();
        files.AddRange(Shards(terms, docs.Count));
        // Each document's record is written once and reused by every hits file that lists it.
        var records = new string[docs.Count];
        Parallel.For(0, docs.Count, i => records[i] = DocRecord(i, docs[i], taxonomy));
        files.AddRange(HitsFiles(terms, records));
        files.AddRange(DocChunks(records));
        files.Add(Meta(docs, taxonomy));
        var passages = new OutputFile[docs.Count];
        Parallel.For(0, docs.Count, i => passages[i] = OutputFile.Text(SearchPassages.PathOf(docs[i].Id), SearchPassages.Json(docs[i])));
        files.AddRange(passages);
        return files.Select(f => f with { Path = "search/" + f.Path }).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Newest first, ties by id, as everywhere on the site: equal scores then list newer incidents first.</summary>
    internal static List<Postmortem> InOrdinalOrder(IReadOnlyList<Postmortem> incidents) => incidents
        .OrderByDescending(p => p.Timestamps.Started ?? new DateTimeOffset(p.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        .ThenByDescending(p => p.Date)
        .ThenBy(p => p.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>What the cause field holds for a category: its slug's words, its title and its synonyms.</summary>
    internal static string CauseText(RootCauseTaxonomy taxonomy, string slug)
    {
        var category = taxonomy.Get(slug);
        return string.Join(' ', [category.Slug.Replace('/', ' ').Replace('-', ' '), category.Title, .. category.Synonyms]);
    }

    /// <summary>
    /// The texts indexed for an incident, by index into <see cref="Fields"/>. Several texts in one field count as if
    /// joined by spaces. bench/search-relevance indexes the same texts into Lucene, so the comparison is like for like.
    /// </summary>
    internal static IEnumerable<(int Field, string? Text)> FieldTexts(Postmortem p, string causeText)
    {
        yield return (0, p.Title);
        yield return (1, causeText);
        yield return (2, p.RootCauseText);
        yield return (2, p.RootCause.Trigger);
        yield return (3, p.Summary);
        foreach (var name in p.Services.Concat(p.Tags))
        {
            yield return (4, name);
        }

        yield return (5, p.BodyMarkdown);
    }

    /// <summary>A term's postings and, aligned with them, its word positions in each document (for quoted phrases).</summary>
    internal sealed record TermEntry(string Term, int Idf, List<(int Ordinal, int Weight)> Postings, List<List<int>> Positions, string Surfaces);

    /// <summary>
    /// One document's terms with their count in each field, their positions across all its texts, the field lengths,
    /// and each word written differently from its term.
    /// </summary>
    private sealed class AnalyzedDocument
    {
        public required List<string> Terms { get; init; }

        /// <summary>Occurrences of term t in field f at <c>t * Fields.Length + f</c>.</summary>
        public required List<int> Counts { get; init; }

        /// <summary>Positions of term t, over the document's texts laid end to end TextGap apart.</summary>
        public required List<List<int>> Positions { get; init; }

        public required int[] Lengths { get; init; }

        public required List<(string Term, string Surface)> Surfaces { get; init; }

        public static AnalyzedDocument Of(Postmortem p, string causeText)
        {
            var document = new AnalyzedDocument { Terms = [], Counts = [], Positions = [], Lengths = new int[Fields.Length], Surfaces = [] };
            var slots = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (field, text) in FieldTexts(p, causeText))
            {
                document.Add(slots, field, text);
            }

            return document;
        }

        /// <summary>Adds a text's words to a field; several texts added to one field count as if joined by spaces.</summary>
        private void Add(Dictionary<string, int> slots, int field, string? text)
        {
            var start = _nextPosition;
            foreach (var token in TextProfile.Search.Tokens(text ?? ""))
            {
                Lengths[field]++;
                if (!slots.TryGetValue(token.Term, out var slot))
                {
                    slots[token.Term] = slot = Terms.Count;
                    Terms.Add(token.Term);
                    Counts.AddRange(NoCounts);
                    Positions.Add([]);
                }

                Counts[(slot * Fields.Length) + field]++;
                Positions[slot].Add(start + token.Position);
                _nextPosition = start + token.Position + TextGap;
                if (token.Surface != token.Term)
                {
                    Surfaces.Add((token.Term, token.Surface));
                }
            }
        }

        private int _nextPosition;

        private static readonly int[] NoCounts = new int[Fields.Length];
    }

    /// <summary>BM25F: per-field frequencies, length-normalised and weighted, summed, then saturated once; times idf.</summary>
    private static List<TermEntry> Weigh(AnalyzedDocument[] docs)
    {
        var fieldCount = Fields.Length;
        var averages = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = docs.Length == 0 ? 1 : Math.Max(1, docs.Average(d => (double)d.Lengths[f]));
        }

        // A hash map while filling (two million additions at 10,000 incidents), sorted once at the end.
        var postings = new Dictionary<string, List<(int Ordinal, double Saturated, List<int> Positions)>>(StringComparer.Ordinal);
        var surfaceCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < docs.Length; ordinal++)
        {
            var doc = docs[ordinal];
            for (var t = 0; t < doc.Terms.Count; t++)
            {
                var tf = 0.0;
                for (var f = 0; f < fieldCount; f++)
                {
                    var count = doc.Counts[(t * fieldCount) + f];
                    if (count > 0)
                    {
                        var (_, weight, b) = Fields[f];
                        tf += weight * count / (1 - b + (b * doc.Lengths[f] / averages[f]));
                    }
                }

                if (!postings.TryGetValue(doc.Terms[t], out var list))
                {
                    postings[doc.Terms[t]] = list = [];
                }

                list.Add((ordinal, tf / (K1 + tf), doc.Positions[t]));
            }

            foreach (var (term, form) in doc.Surfaces)
            {
                if (!surfaceCounts.TryGetValue(term, out var all))
                {
                    surfaceCounts[term] = all = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                all[form] = all.GetValueOrDefault(form) + 1;
            }
        }

        var n = docs.Length;
        return postings.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry =>
        {
            var df = entry.Value.Count;
            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            var weighted = entry.Value.Select(p => (p.Ordinal, Math.Clamp((int)Math.Round(p.Saturated * MaxWeight, MidpointRounding.AwayFromZero), 1, MaxWeight))).ToList();
            var surfaces = surfaceCounts.TryGetValue(entry.Key, out var forms)
                ? string.Join(' ', forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(3).Select(f => f.Key))
                : "";
            return new TermEntry(entry.Key, Math.Max(1, (int)Math.Round(idf * 100, MidpointRounding.AwayFromZero)), weighted, entry.Value.Select(p => p.Positions).ToList(), surfaces);
        }).ToList();
    }

    private static List<OutputFile> Shards(List<TermEntry> terms, int documentCount)
    {
        var files = new List<OutputFile>();
        foreach (var shard in terms.GroupBy(t => ShardPath(t.Term), StringComparer.Ordinal))
        {
            var json = new StringBuilder();
            json.Append(CultureInfo.InvariantCulture, $"{{\"v\":{FormatVersion},\"n\":{documentCount},\"chunk\":{DocsPerChunk},\"hitsMinDf\":{HitsMinDocuments},\"hitsK\":{HitsPerTerm},\"terms\":[");
            // Only quoted phrases read positions, so they stay out of the shard and cost nothing to other queries.
            var packed = new StringBuilder();
            var first = true;
            foreach (var term in shard)
            {
                json.Append(first ? "\n" : ",\n");
                first = false;
                var postings = EncodePostings(term.Postings);
                var external = postings.Length > MaxInlinePostings;
                var positions = EncodePositions(term.Positions);
                var longPositions = positions.Length > MaxPackedPositions;
                var name = JsonSerializer.Serialize(term.Term, JsonOptions);
                json.Append('[').Append(name).Append(CultureInfo.InvariantCulture, $",{term.Postings.Count},{term.Idf},\"")
                    .Append(external ? "" : postings).Append("\",").Append(JsonSerializer.Serialize(term.Surfaces, JsonOptions)).Append(longPositions ? ",1]" : "]");
                if (external)
                {
                    files.Add(OutputFile.Text(PostingsPath(term.Term), "{\"p\":\"" + postings + "\"}\n"));
                }

                if (longPositions)
                {
                    files.Add(OutputFile.Text(LongPositionsPath(term.Term), "{\"p\":\"" + positions + "\"}\n"));
                }
                else
                {
                    packed.Append(packed.Length == 0 ? "{\"p\":[\n" : ",\n").Append('[').Append(name).Append(",\"").Append(positions).Append("\"]");
                }
            }

            files.Add(OutputFile.Text(shard.Key, json.Append("\n]}\n").ToString()));
            if (packed.Length > 0)
            {
                files.Add(OutputFile.Text(PackedPositionsPath(shard.First().Term), packed.Append("\n]}\n").ToString()));
            }
        }

        return files;
    }

    /// <summary>The best documents of each common term, with what the first page of results shows.</summary>
    private static IEnumerable<OutputFile> HitsFiles(List<TermEntry> terms, string[] records) => terms
        .Where(t => t.Postings.Count >= HitsMinDocuments)
        .Select(t => OutputFile.Text(HitsPath(t.Term), DocsJson(
            t.Postings.OrderByDescending(p => p.Weight).ThenBy(p => p.Ordinal).Take(HitsPerTerm).Select(p => p.Ordinal), records)));

    private static IEnumerable<OutputFile> DocChunks(string[] records) => Enumerable
        .Range(0, (records.Length + DocsPerChunk - 1) / DocsPerChunk)
        .Select(chunk => OutputFile.Text(DocsPath(chunk * DocsPerChunk),
            DocsJson(Enumerable.Range(chunk * DocsPerChunk, Math.Min(DocsPerChunk, records.Length - (chunk * DocsPerChunk))), records)));

    private static string DocsJson(IEnumerable<int> ordinals, string[] records)
    {
        var json = new StringBuilder("{\"docs\":[");
        var first = true;
        foreach (var ordinal in ordinals)
        {
            json.Append(first ? "\n" : ",\n").Append(records[ordinal]);
            first = false;
        }

        return json.Append("\n]}\n").ToString();
    }

    /// <summary>[ordinal, id, title, date, severity, category slug, category title, snippet text] for one document.</summary>
    private static string DocRecord(int ordinal, Postmortem p, RootCauseTaxonomy taxonomy)
    {
        var category = taxonomy.Get(p.RootCause.Category);
        object[] record = [ordinal, p.Id, p.Title, p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Severity ?? "", category.Slug, category.Title, Snippet(p)];
        return JsonSerializer.Serialize(record, JsonOptions);
    }

    private static string Snippet(Postmortem p)
    {
        var text = string.Join(' ', (p.Summary ?? p.RootCauseText).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > SnippetLength / 2 ? cut : SnippetLength)] + "…";
    }

    /// <summary>
    /// What filters and their counts need, for every document: category, severity and year as one base-64 digit each
    /// (or two, for long lists), and services and tags as postings per value.
    /// </summary>
    private static OutputFile Meta(List<Postmortem> docs, RootCauseTaxonomy taxonomy)
    {
        var categories = docs.Select(d => d.RootCause.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var severities = docs.Select(d => d.Severity ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        var years = docs.Select(d => d.Year.ToString(CultureInfo.InvariantCulture)).Distinct().OrderDescending(StringComparer.Ordinal).ToList();
        var services = Values(docs, p => p.Services);
        var tags = Values(docs, p => p.Tags);

        var meta = new Dictionary<string, object>
        {
            ["v"] = FormatVersion,
            ["n"] = docs.Count,
            ["chunk"] = DocsPerChunk,
            ["cause"] = new { values = categories.Select(c => new[] { c, taxonomy.Get(c).Title }), docs = Column(docs, p => categories.IndexOf(p.RootCause.Category), categories.Count) },
            ["severity"] = new { values = severities.Select(s => new[] { s, s }), docs = Column(docs, p => severities.IndexOf(p.Severity ?? ""), severities.Count) },
            ["year"] = new { values = years.Select(y => new[] { y, y }), docs = Column(docs, p => years.IndexOf(p.Year.ToString(CultureInfo.InvariantCulture)), years.Count) },
            ["service"] = services,
            ["tag"] = tags,
        };
        return OutputFile.Text(MetaPath, JsonSerializer.Serialize(meta, JsonOptions) + "\n");
    }

    /// <summary>One value index per document, each written with the same number of digits.</summary>
    private static string Column(List<Postmortem> docs, Func<Postmortem, int> index, int count)
    {
        var width = count <= 64 ? 1 : count <= 4096 ? 2 : 3;
        var text = new StringBuilder(docs.Count * width);
        foreach (var doc in docs)
        {
            var value = index(doc);
            for (var digit = width - 1; digit >= 0; digit--)
            {
                text.Append(Digits[(value >> (6 * digit)) & 63]);
            }
        }

        return text.ToString();
    }

    /// <summary>Multi-valued facets (services, tags) keyed by slug, as [slug, display name] with the documents holding each.</summary>
    private static object Values(List<Postmortem> docs, Func<Postmortem, IReadOnlyList<string>> values)
    {
        // The same names give the same slugs as the linker's, so a filter and the service or tag page agree.
        var slugs = NameSlugs.For(docs.SelectMany(values));
        var byslug = new SortedDictionary<string, (string Name, List<int> Ordinals)>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < docs.Count; ordinal++)
        {
            foreach (var name in values(docs[ordinal]))
            {
                var slug = slugs.Of(name);
                if (!byslug.TryGetValue(slug, out var entry))
                {
                    byslug[slug] = entry = (name, []);
                }

                if (entry.Ordinals.Count == 0 || entry.Ordinals[^1] != ordinal)
                {
                    entry.Ordinals.Add(ordinal);
                }

                if (string.CompareOrdinal(name, entry.Name) < 0)
                {
                    byslug[slug] = (name, entry.Ordinals);
                }
            }
        }

        return new
        {
            values = byslug.Select(e => new[] { e.Key, e.Value.Name }),
            postings = byslug.Select(e => EncodeOrdinals(e.Value.Ordinals)),
        };
    }
}
