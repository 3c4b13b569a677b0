using System.Text.Json;
using static PostmortemSite.Search.SearchIndexFormat;

namespace PostmortemSite.Search;

/// <summary>What one result shows, as stored in the hits and docs files; Passages once asked for (see SearchEngine.WithPassages).</summary>
public sealed record SearchHit(int Ordinal, string Id, string Title, string Date, string Severity, string CategorySlug, string CategoryTitle, string Snippet, long Score, IReadOnlyList<MatchedPassage>? Passages = null);

public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

/// <summary>A word that matched nothing as typed but did with one typo forgiven, and the word it was read as.</summary>
public sealed record Correction(string Typed, string Shown);

/// <summary>
/// Total is every match; Ordinals is the whole ranking; Hits the first page with display data. EveryWord counts the
/// documents holding every word; when few do, MostWords is true and the ranking goes on with those holding most.
/// </summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<int> Ordinals,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> UnmatchedWords,
    int EveryWord = 0,
    bool MostWords = false,
    IReadOnlyList<Correction>? Corrections = null);

/// <summary>
/// Answers queries from the index files that SearchIndexFiles wrote, loading only the files a query needs.
/// The twin of createEngine in theme/assets/search/engine.js: same steps in the same order, integer scores,
/// ties broken by ordinal (newer first), so both return the same ranking.
/// </summary>
public sealed class SearchEngine
{
    /// <summary>How a query word reached an indexed term; the value multiplies the term's score, so an exact match
    /// counts fully, a completion of the last word typed 3/4 and a one-typo match 1/2.</summary>
    internal enum MatchKind
    {
        Typo = 2,
        Prefix = 3,
        Exact = 4,
    }

    /// <summary>At most this many completions of the last word, and typo matches of a word, join a query; the best by
    /// document count, so a short prefix does not pull in hundreds of rare words.</summary>
    internal const int MaxPrefixExpansions = 12;
    internal const int MaxTypoExpansions = 8;

    /// <summary>Shorter words are matched exactly or as prefixes only: one typo in a four-letter word is another word.</summary>
    internal const int TypoMinLength = 5;

    /// <summary>Fewer documents than this holding every word (of two or more) and the ranking continues with those holding most.</summary>
    internal const int FewResults = 5;

    private readonly Func<string, string?> _readFile;
    private readonly Dictionary<string, Shard?> _shards = new(StringComparer.Ordinal);
    private readonly Dictionary<int, SearchHit> _records = [];
    private readonly Dictionary<string, Dictionary<int, int[]>> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _packedPositions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loadedDisplayFiles = new(StringComparer.Ordinal);
    private Meta? _meta;

    /// <param name="readFile">Returns the text of an index file by its path under search/, or null when it does not exist.</param>
    public SearchEngine(Func<string, string?> readFile) => _readFile = readFile;

    public static SearchEngine ForSite(string siteFolder) => new(path =>
    {
        var full = Path.Combine(siteFolder, "search", path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    });

    public SearchResult Search(string query, int limit = 10, bool facets = true)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return new SearchResult(0, [], [], new Dictionary<string, IReadOnlyList<FacetCount>>(), [], []);
        }

        var matched = new List<string>();
        var unmatched = new List<string>();
        var corrections = new List<Correction>();
        var clauses = parsed.Terms.Select(t => Variants(t, matched, unmatched, corrections)).ToList();
        var needMeta = facets || parsed.Filters.Count > 0 || parsed.Terms.Count == 0;
        var meta = needMeta ? LoadMeta() : null;
        var documentCount = meta?.Count ?? clauses.SelectMany(c => c).Select(v => v.Shard.Count).FirstOrDefault();

        var scores = new long[documentCount];
        var matchCounts = new int[documentCount];
        var holdsPhrases = HoldsEvery(parsed.Phrases, documentCount);
        var candidates = clauses.Count == 0 ? Enumerable.Range(0, documentCount).ToList() : Score(clauses, scores, matchCounts, documentCount);
        candidates.RemoveAll(o => !holdsPhrases[o]);
        var excluded = Excluded(parsed.Exclusions, documentCount);
        var filter = meta is null ? null : new FilterSet(meta, parsed.Filters);
        var results = candidates.Where(o => !excluded[o] && (filter is null || filter.Passes(o, except: null))).ToList();
        var everyWord = results.Count;
        var mostWords = false;
        if (results.Count < FewResults && clauses.Count >= 2)
        {
            // Natural-language queries rarely have every word in one write-up: rank by how many words a document
            // holds instead. Quoted words stay required; the user asked for them exactly.
            var relaxed = MostWordsCandidates(parsed.Terms, clauses, matchCounts, documentCount);
            relaxed.RemoveAll(o => !holdsPhrases[o]);
            var more = relaxed.Where(o => !excluded[o] && (filter is null || filter.Passes(o, except: null))).ToList();
            if (more.Count > results.Count)
            {
                (candidates, results, mostWords) = (relaxed, more, true);
            }
        }

        results.Sort((a, b) => matchCounts[b] != matchCounts[a] ? matchCounts[b].CompareTo(matchCounts[a])
            : scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));

        var page = results.Take(limit).ToList();
        LoadDisplay(page, clauses);
        var hits = page.Select(o => _records[o] with { Score = scores[o] }).ToList();
        var facetCounts = facets && filter is not null
            ? filter.Count(candidates.Where(o => !excluded[o]).ToList())
            : new Dictionary<string, IReadOnlyList<FacetCount>>();
        return new SearchResult(results.Count, results, hits, facetCounts, matched.Distinct().Order(StringComparer.Ordinal).ToList(), unmatched, everyWord, mostWords, corrections);
    }

    /// <summary>
    /// The result with each hit's passages that show why it matched, read from one text file per hit, as the search
    /// page shows them after ranking; a hit without a text file keeps its snippet alone.
    /// </summary>
    public SearchResult WithPassages(SearchResult result) => result with
    {
        Hits = result.Hits.Select(hit => hit with
        {
            Passages = _readFile(SearchPassages.PathOf(hit.Id)) is { } text ? SearchPassages.Best(text, result.MatchedTerms) : [],
        }).ToList(),
    };

    private sealed record Variant(TermInfo Term, MatchKind Kind, Shard Shard);

    /// <summary>A term of a shard; postings are decoded on first use, and read from their own file when not inline.</summary>
    /// <param name="LongPositions">Whether the term's positions are in their own file rather than its shard's positions file.</param>
    internal sealed record TermInfo(string Term, int DocumentCount, int Idf, string PostingsText, string[] Surfaces, Func<string, string> ReadExternal, bool LongPositions)
    {
        private List<(int Ordinal, int Weight)>? _postings;

        public List<(int Ordinal, int Weight)> Postings => _postings ??= DecodePostings(PostingsText.Length > 0 ? PostingsText : ReadExternal(Term));
    }

    internal sealed class Shard
    {
        public required int Count { get; init; }

        public required int HitsMinDf { get; init; }

        public required int HitsK { get; init; }

        public required List<TermInfo> Terms { get; init; }

        public required Dictionary<string, TermInfo> ByTerm { get; init; }
    }

    private Shard? LoadShard(string term)
    {
        var path = ShardPath(term);
        if (_shards.TryGetValue(path, out var cached))
        {
            return cached;
        }

        Shard? shard = null;
        if (_readFile(path) is { } text)
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var terms = root.GetProperty("terms").EnumerateArray().Select(e => new TermInfo(
                e[0].GetString()!, e[1].GetInt32(), e[2].GetInt32(), e[3].GetString()!,
                e[4].GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries), ReadPostings, e.GetArrayLength() > 5 && e[5].GetInt32() == 1)).ToList();
            shard = new Shard
            {
                Count = root.GetProperty("n").GetInt32(),
                HitsMinDf = root.GetProperty("hitsMinDf").GetInt32(),
                HitsK = root.GetProperty("hitsK").GetInt32(),
                Terms = terms,
                ByTerm = terms.ToDictionary(t => t.Term, StringComparer.Ordinal),
            };
        }

        _shards[path] = shard;
        return shard;
    }

    /// <summary>The index terms a query term stands for: itself, the last word's completions, or one-typo neighbours.</summary>
    private List<Variant> Variants(QueryTerm query, List<string> matched, List<string> unmatched, List<Correction> corrections)
    {
        var variants = new List<Variant>();
        var shard = LoadShard(query.Term);
        if (shard is not null)
        {
            if (shard.ByTerm.TryGetValue(query.Term, out var exact))
            {
                variants.Add(new Variant(exact, MatchKind.Exact, shard));
            }

            if (query.Prefix)
            {
                variants.AddRange(Best(shard.Terms.Where(t => t.Term != query.Term && IsCompletion(t, query)), MaxPrefixExpansions)
                    .Select(t => new Variant(t, MatchKind.Prefix, shard)));
            }

            if (variants.Count == 0 && query.Loose && query.Surface.Length >= TypoMinLength)
            {
                variants.AddRange(Best(shard.Terms.Where(t => IsOneTypoAway(t, query)), MaxTypoExpansions)
                    .Select(t => new Variant(t, MatchKind.Typo, shard)));
                if (variants.Count > 0)
                {
                    corrections.Add(new Correction(query.Surface, ShownWord(variants[0].Term, query)));
                }
            }
        }

        if (variants.Count == 0)
        {
            unmatched.Add(query.Surface);
        }

        matched.AddRange(variants.Select(v => v.Term.Term));
        return variants;
    }

    /// <summary>How a corrected word is shown: the written form one typo from what was typed, else the commonest form.</summary>
    private static string ShownWord(TermInfo term, QueryTerm query) =>
        WithinOneEdit(term.Term, query.Surface) ? term.Term
        : term.Surfaces.FirstOrDefault(s => WithinOneEdit(s, query.Surface)) ?? term.Surfaces.FirstOrDefault() ?? term.Term;

    private static bool IsCompletion(TermInfo candidate, QueryTerm query) =>
        candidate.Term.StartsWith(query.Surface, StringComparison.Ordinal)
        || candidate.Term.StartsWith(query.Term, StringComparison.Ordinal)
        || candidate.Surfaces.Any(s => s.StartsWith(query.Surface, StringComparison.Ordinal));

    private static bool IsOneTypoAway(TermInfo candidate, QueryTerm query) =>
        WithinOneEdit(candidate.Term, query.Term) || WithinOneEdit(candidate.Term, query.Surface) || candidate.Surfaces.Any(s => WithinOneEdit(s, query.Surface));

    /// <summary>The most common terms first, so a short prefix expands to the words people mean.</summary>
    private static IEnumerable<TermInfo> Best(IEnumerable<TermInfo> terms, int count) =>
        terms.OrderByDescending(t => t.DocumentCount).ThenBy(t => t.Term, StringComparer.Ordinal).Take(count);

    /// <summary>Whether a and b differ by at most one insertion, deletion, substitution or swap of neighbours.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var restA = endA - start;
        var restB = endB - start;
        return (restA <= 1 && restB <= 1)
            || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }

    /// <summary>Every clause must match; per clause a document scores its best variant: idf x weight x kind.</summary>
    private static List<int> Score(List<List<Variant>> clauses, long[] scores, int[] matches, int documentCount)
    {
        var best = new long[documentCount];
        foreach (var clause in clauses)
        {
            var touched = new List<int>();
            foreach (var variant in clause)
            {
                foreach (var (ordinal, weight) in variant.Term.Postings)
                {
                    long value = (long)variant.Term.Idf * weight * (int)variant.Kind;
                    if (best[ordinal] == 0)
                    {
                        touched.Add(ordinal);
                    }

                    best[ordinal] = Math.Max(best[ordinal], value);
                }
            }

            foreach (var ordinal in touched)
            {
                scores[ordinal] += best[ordinal];
                matches[ordinal]++;
                best[ordinal] = 0;
            }
        }

        var all = new List<int>();
        for (var ordinal = 0; ordinal < documentCount; ordinal++)
        {
            if (matches[ordinal] == clauses.Count)
            {
                all.Add(ordinal);
            }
        }

        return all;
    }

    /// <summary>Documents holding at least one word and every quoted word.</summary>
    private static List<int> MostWordsCandidates(IReadOnlyList<QueryTerm> terms, List<List<Variant>> clauses, int[] matchCounts, int documentCount)
    {
        var quoted = new int[documentCount];
        var quotedCount = 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            if (terms[c].Loose)
            {
                continue;
            }

            quotedCount++;
            foreach (var ordinal in clauses[c].SelectMany(v => v.Term.Postings).Select(p => p.Ordinal).Distinct())
            {
                quoted[ordinal]++;
            }
        }

        return Enumerable.Range(0, documentCount).Where(o => matchCounts[o] > 0 && quoted[o] == quotedCount).ToList();
    }

    /// <summary>Whether each document holds every quoted phrase, its words adjacent (at their offsets) in one text.</summary>
    private bool[] HoldsEvery(IReadOnlyList<QueryPhrase> phrases, int documentCount)
    {
        var holds = new bool[documentCount];
        Array.Fill(holds, true);
        foreach (var phrase in phrases)
        {
            var holders = Holders(phrase, documentCount);
            for (var ordinal = 0; ordinal < documentCount; ordinal++)
            {
                holds[ordinal] &= holders[ordinal];
            }
        }

        return holds;
    }

    /// <summary>The documents where some position of the phrase's first term has every other term at its offset from it.</summary>
    private bool[] Holders(QueryPhrase phrase, int documentCount)
    {
        var holders = new bool[documentCount];
        var infos = phrase.Terms.Select(t => LoadShard(t)?.ByTerm.GetValueOrDefault(t)).ToList();
        if (infos.Any(info => info is null))
        {
            return holders;
        }

        var positions = infos.Select(info => PositionsOf(info!)).ToList();
        foreach (var (ordinal, starts) in positions[0])
        {
            holders[ordinal] = starts.Any(start => Enumerable.Range(1, positions.Count - 1).All(i =>
                positions[i].TryGetValue(ordinal, out var at) && Array.BinarySearch(at, start + phrase.Offsets![i]) >= 0));
        }

        return holders;
    }

    /// <summary>A term's positions by document, from its own or its shard's positions file (read only for quoted phrases).</summary>
    private Dictionary<int, int[]> PositionsOf(TermInfo info)
    {
        if (!_positions.TryGetValue(info.Term, out var byOrdinal))
        {
            var text = info.LongPositions ? ReadPositionsFile(LongPositionsPath(info.Term)).GetProperty("p").GetString()! : PackedPositions(info.Term);
            _positions[info.Term] = byOrdinal = info.Postings.Zip(DecodePositions(text), (p, at) => (p.Ordinal, at)).ToDictionary(e => e.Ordinal, e => e.at);
        }

        return byOrdinal;
    }

    /// <summary>The term's entry in its shard's positions file, which is parsed once for all the words it holds.</summary>
    private string PackedPositions(string term)
    {
        var path = PackedPositionsPath(term);
        if (!_packedPositions.TryGetValue(path, out var byTerm))
        {
            _packedPositions[path] = byTerm = ReadPositionsFile(path).GetProperty("p").EnumerateArray()
                .ToDictionary(e => e[0].GetString()!, e => e[1].GetString()!, StringComparer.Ordinal);
        }

        return byTerm.TryGetValue(term, out var text) ? text : throw new InvalidDataException($"search index file '{path}' has no positions for '{term}'; rebuild the site");
    }

    private JsonElement ReadPositionsFile(string path)
    {
        using var json = JsonDocument.Parse(_readFile(path) ?? throw new InvalidDataException($"search index file '{path}' is missing; rebuild the site"));
        return json.RootElement.Clone();
    }

    /// <summary>A document is excluded when it contains every term of one -word or -"words", the quoted words adjacent.</summary>
    private bool[] Excluded(IReadOnlyList<QueryPhrase> exclusions, int documentCount)
    {
        var excluded = new bool[documentCount];
        foreach (var group in exclusions)
        {
            if (group.Offsets is not null)
            {
                var holders = Holders(group, documentCount);
                for (var ordinal = 0; ordinal < documentCount; ordinal++)
                {
                    excluded[ordinal] |= holders[ordinal];
                }

                continue;
            }

            var counts = new int[documentCount];
            foreach (var term in group.Terms.Distinct(StringComparer.Ordinal))
            {
                if (LoadShard(term)?.ByTerm.GetValueOrDefault(term) is { } info)
                {
                    foreach (var (ordinal, _) in info.Postings)
                    {
                        counts[ordinal]++;
                    }
                }
            }

            var needed = group.Terms.Distinct(StringComparer.Ordinal).Count();
            for (var ordinal = 0; ordinal < documentCount; ordinal++)
            {
                excluded[ordinal] |= counts[ordinal] == needed;
            }
        }

        return excluded;
    }

    /// <summary>
    /// Display data for the first page: from the hits file that covers most of it, repeatedly, then from docs chunks.
    /// Picking files this way keeps the first results to one display request for most queries.
    /// </summary>
    private void LoadDisplay(List<int> page, List<List<Variant>> clauses)
    {
        var needed = page.Where(o => !_records.ContainsKey(o)).ToHashSet();
        var sources = clauses.SelectMany(c => c).Where(v => v.Term.DocumentCount >= v.Shard.HitsMinDf)
            .Select(v => (Path: HitsPath(v.Term.Term), Covers: v.Term.Postings.OrderByDescending(p => p.Weight).ThenBy(p => p.Ordinal).Take(v.Shard.HitsK).Select(p => p.Ordinal).ToList()))
            .ToList();
        var paths = new List<string>();
        while (needed.Count > 0)
        {
            var (bestPath, bestCovers) = ("", new List<int>());
            foreach (var (path, covers) in sources)
            {
                var covered = covers.Where(needed.Contains).ToList();
                if (covered.Count > bestCovers.Count)
                {
                    (bestPath, bestCovers) = (path, covered);
                }
            }

            foreach (var chunk in needed.GroupBy(o => DocsPath(o)).OrderBy(g => g.Min()))
            {
                if (chunk.Count() > bestCovers.Count)
                {
                    (bestPath, bestCovers) = (chunk.Key, chunk.ToList());
                }
            }

            paths.Add(bestPath);
            needed.ExceptWith(bestCovers);
        }

        foreach (var path in paths.Where(p => _loadedDisplayFiles.Add(p)))
        {
            using var json = JsonDocument.Parse(_readFile(path) ?? throw new InvalidDataException($"search index file '{path}' is missing; rebuild the site"));
            foreach (var r in json.RootElement.GetProperty("docs").EnumerateArray())
            {
                var ordinal = r[0].GetInt32();
                _records[ordinal] = new SearchHit(ordinal, r[1].GetString()!, r[2].GetString()!, r[3].GetString()!, r[4].GetString()!, r[5].GetString()!, r[6].GetString()!, r[7].GetString()!, 0);
            }
        }
    }

    private string ReadPostings(string term)
    {
        using var json = JsonDocument.Parse(_readFile(PostingsPath(term)) ?? throw new InvalidDataException($"search index file '{PostingsPath(term)}' is missing; rebuild the site"));
        return json.RootElement.GetProperty("p").GetString()!;
    }

    private Meta LoadMeta() => _meta ??= Meta.Parse(_readFile(MetaPath) ?? throw new InvalidDataException($"search index file '{MetaPath}' is missing; rebuild the site"));

    /// <summary>Facet values per document, from meta.json.</summary>
    private sealed class Meta
    {
        public required int Count { get; init; }

        public required Dictionary<string, (string[][] Values, Func<int, IEnumerable<int>> ValuesOf)> Facets { get; init; }

        public static Meta Parse(string text)
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var count = root.GetProperty("n").GetInt32();
            var facets = new Dictionary<string, (string[][], Func<int, IEnumerable<int>>)>(StringComparer.Ordinal);
            foreach (var field in SearchQuery.FilterFields)
            {
                var facet = root.GetProperty(field);
                var values = facet.GetProperty("values").EnumerateArray().Select(v => v.EnumerateArray().Select(x => x.GetString()!).ToArray()).ToArray();
                if (facet.TryGetProperty("docs", out var column))
                {
                    var digits = column.GetString()!;
                    var width = count == 0 ? 1 : digits.Length / count;
                    facets[field] = (values, ordinal =>
                    {
                        var value = 0;
                        for (var d = 0; d < width; d++)
                        {
                            value = (value << 6) | DigitValue(digits[(ordinal * width) + d]);
                        }

                        return [value];
                    }
                    );
                }
                else
                {
                    var perDocument = new List<int>[count];
                    var index = 0;
                    foreach (var postings in facet.GetProperty("postings").EnumerateArray())
                    {
                        foreach (var ordinal in DecodeOrdinals(postings.GetString()!))
                        {
                            (perDocument[ordinal] ??= []).Add(index);
                        }

                        index++;
                    }

                    facets[field] = (values, ordinal => perDocument[ordinal] ?? (IEnumerable<int>)[]);
                }
            }

            return new Meta { Count = count, Facets = facets };
        }
    }

    /// <summary>Filters are OR within a field and AND across fields; counts for a field ignore that field's own filters.</summary>
    private sealed class FilterSet
    {
        private readonly Meta _meta;
        private readonly Dictionary<string, HashSet<int>> _include = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<int>> _exclude = new(StringComparer.Ordinal);

        public FilterSet(Meta meta, IReadOnlyList<QueryFilter> filters)
        {
            _meta = meta;
            foreach (var filter in filters)
            {
                var values = meta.Facets[filter.Field].Values;
                var wanted = ValueKey(filter.Value);
                var indexes = Enumerable.Range(0, values.Length).Where(i => Matches(filter.Field, values[i][0], wanted));
                var target = filter.Exclude ? _exclude : _include;
                if (!target.TryGetValue(filter.Field, out var set))
                {
                    target[filter.Field] = set = [];
                }

                set.UnionWith(indexes);
            }
        }

        /// <summary>cause:database matches every database/... category; other values match their slug.</summary>
        private static bool Matches(string field, string value, string wanted) =>
            ValueKey(value) == wanted || (field == "cause" && value.StartsWith(wanted + "/", StringComparison.Ordinal));

        /// <summary>How values are compared: lowercase ASCII letters and digits, anything else collapsed to one '-'.</summary>
        internal static string ValueKey(string value)
        {
            var key = new System.Text.StringBuilder();
            foreach (var c in SearchQuery.AsciiLower(value))
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '/')
                {
                    key.Append(c);
                }
                else if (key.Length > 0 && key[^1] != '-')
                {
                    key.Append('-');
                }
            }

            return key.ToString().Trim('-');
        }

        public bool Passes(int ordinal, string? except)
        {
            foreach (var (field, set) in _exclude)
            {
                if (_meta.Facets[field].ValuesOf(ordinal).Any(set.Contains))
                {
                    return false;
                }
            }

            foreach (var (field, set) in _include)
            {
                if (field != except && !_meta.Facets[field].ValuesOf(ordinal).Any(set.Contains))
                {
                    return false;
                }
            }

            return true;
        }

        public Dictionary<string, IReadOnlyList<FacetCount>> Count(List<int> candidates)
        {
            var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            foreach (var field in SearchQuery.FilterFields)
            {
                var (values, valuesOf) = _meta.Facets[field];
                var counts = new int[values.Length];
                foreach (var ordinal in candidates.Where(o => Passes(o, except: field)))
                {
                    foreach (var value in valuesOf(ordinal))
                    {
                        counts[value]++;
                    }
                }

                var selected = _include.GetValueOrDefault(field) ?? [];
                result[field] = Enumerable.Range(0, values.Length)
                    .Where(i => (counts[i] > 0 || selected.Contains(i)) && values[i][0].Length > 0)
                    .Select(i => new FacetCount(values[i][0], values[i][1], counts[i], selected.Contains(i)))
                    .OrderBy(f => field is "year" or "severity" ? 0 : -f.Count)
                    .ThenBy(f => field == "year" ? "" : f.Value, StringComparer.Ordinal)
                    .ThenByDescending(f => f.Value, StringComparer.Ordinal)
                    .ToList();
            }

            return result;
        }
    }
}
