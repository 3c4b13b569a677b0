namespace PostmortemSite.Text;

/// <summary>
/// The three ways the site reads words, named so each caller says which one it uses (docs/text.md sets them side by
/// side). They differ on purpose, so each keeps its own tokenizer and stemmer:
/// <list type="bullet">
/// <item><see cref="Search"/>: <see cref="Analyzer"/> with <see cref="EnglishStemmer"/> (Porter2), the twin of
/// theme/assets/search/analyzer.js; every word keeps its position for phrases, stop words are dropped from the terms.</item>
/// <item><see cref="RelatedIncidents"/>: <see cref="WordStems"/>, one suffix stripped so every grouping stays
/// explainable on the page; more stop words, numbers and single letters dropped.</item>
/// <item><see cref="Classification"/>: <see cref="ClassificationWords"/>, plurals and -ed/-ing only, no stop words,
/// with each word's place in the text, so a synonym of root-causes.yml matches whole words.</item>
/// </list>
/// </summary>
internal sealed class TextProfile
{
    public static readonly TextProfile Search = new("search", Analyzer.Stem, Analyzer.Terms);

    public static readonly TextProfile RelatedIncidents = new("related incidents", WordStems.Stem, text => WordStems.ContentStems(text));

    public static readonly TextProfile Classification = new("classification", ClassificationWords.Stem, text => ClassificationWords.Words(text).Select(w => w.Stem));

    private readonly Func<string, string> _stem;
    private readonly Func<string, IEnumerable<string>> _terms;

    private TextProfile(string name, Func<string, string> stem, Func<string, IEnumerable<string>> terms)
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
