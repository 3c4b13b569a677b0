namespace PostmortemSite.Text;

/// <summary>
/// The three ways the site reads words, named so each caller says which one it uses (docs/text.md sets them side by
/// side). They differ on purpose, so each keeps its own tokenizer and stemmer; the classes behind them
/// (<see cref="Analyzer"/>, <see cref="WordStems"/>, <see cref="ClassificationWords"/>) are Text/'s own, and code
/// outside Text/ goes through these profiles:
/// <list type="bullet">
/// <item><see cref="Search"/>: <see cref="Analyzer"/> with <see cref="EnglishStemmer"/> (Porter2), the twin of
/// theme/assets/search/analyzer.js; every word keeps its position for phrases, stop words are dropped from the terms.</item>
/// <item><see cref="RelatedIncidents"/>: <see cref="WordStems"/>, one suffix stripped so every grouping stays
/// explainable on the page; more stop words, numbers and single letters dropped.</item>
/// <item><see cref="Classification"/>: <see cref="ClassificationWords"/>, plurals and -ed/-ing only, no stop words,
/// with each word's place in the text, so a synonym of root-causes.yml matches whole words.</item>
/// </list>
/// </summary>
internal abstract class TextProfile
{
    public static readonly SearchProfile Search = new();

    public static readonly RelatedIncidentsProfile RelatedIncidents = new();

    public static readonly ClassificationProfile Classification = new();

    private readonly Func<string, string> _stem;
    private readonly Func<string, IEnumerable<string>> _terms;

    private protected TextProfile(string name, Func<string, string> stem, Func<string, IEnumerable<string>> terms)
    {
        Name = name;
        _stem = stem;
        _terms = terms;
    }

    public static IReadOnlyList<TextProfile> All { get; } = [Search, RelatedIncidents, Classification];

    public string Name { get; }

    /// <summary>True when the profile leaves this lowercased word out of a text's terms.</summary>
    public bool Drops(string word) => !_terms(word).Any();

    /// <summary>The stem of one lowercased word, as the profile compares it.</summary>
    public string Stem(string word) => _stem(word);

    /// <summary>The terms a text is compared by: what search indexes, what related incidents share, what synonyms match.</summary>
    public IReadOnlyList<string> Terms(string text) => [.. _terms(text)];

    public override string ToString() => Name;
}

/// <summary>The search index's and query's words: the <see cref="Analyzer"/>, twin of analyzer.js.</summary>
internal sealed class SearchProfile() : TextProfile("search", Analyzer.Stem, Analyzer.Terms)
{
    /// <summary>Every indexed word with its place, surface and position (stop words count for positions, not as terms).</summary>
    public List<Token> Tokens(string text) => Analyzer.Analyze(text);
}

/// <summary>The cross-incident rules' words (false leads, similar actions, similar root causes): <see cref="WordStems"/>.</summary>
internal sealed class RelatedIncidentsProfile() : TextProfile("related incidents", WordStems.Stem, text => WordStems.ContentStems(text))
{
    /// <inheritdoc cref="WordStems.Words"/>
    public IEnumerable<string> Words(string text, bool keepNames = false) => WordStems.Words(text, keepNames);

    public bool IsStopWord(string word) => WordStems.IsStopWord(word);

    /// <inheritdoc cref="WordStems.IsContentWord"/>
    public bool IsContentWord(string word) => WordStems.IsContentWord(word);

    /// <inheritdoc cref="WordStems.ContentStems"/>
    public IEnumerable<string> ContentStems(string text, bool keepNames = false) => WordStems.ContentStems(text, keepNames);
}

/// <summary>The root-cause classifier's words: <see cref="ClassificationWords"/>.</summary>
internal sealed class ClassificationProfile() : TextProfile("classification", ClassificationWords.Stem, text => ClassificationWords.Words(text).Select(w => w.Stem))
{
    /// <inheritdoc cref="ClassificationWords.Words"/>
    public List<Word> Words(string text) => ClassificationWords.Words(text);

    /// <inheritdoc cref="ClassificationWords.WrittenWithoutSpaces"/>
    public bool WrittenWithoutSpaces(char c) => ClassificationWords.WrittenWithoutSpaces(c);
}
