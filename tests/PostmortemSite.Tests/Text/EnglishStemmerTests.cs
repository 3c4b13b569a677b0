using PostmortemSite.Search;
using PostmortemSite.Tests.Search;
using PostmortemSite.Tests.Support;
using PostmortemSite.Text;

namespace PostmortemSite.Tests.Text;

public sealed class EnglishStemmerTests
{
    // Pairs worked out by hand from the Porter2 rules, so the core suite checks the stemmer without ../shared.
    public static readonly TheoryData<string, string> HandWorkedPairs = new()
    {
        { "deadlocks", "deadlock" },
        { "deadlocked", "deadlock" },
        { "indexes", "index" },
        { "indexing", "index" },
        { "certificates", "certif" },
        { "expired", "expir" },
        { "expiry", "expiri" },
        { "replication", "replic" },
        { "generous", "generous" },
        { "generate", "generat" },
        { "hopping", "hop" },
        { "hoped", "hope" },
        { "ties", "tie" },
        { "cries", "cri" },
        { "gaps", "gap" },
        { "gas", "gas" },
        { "skies", "sky" },
        { "dying", "die" },
        { "succeeded", "succeed" },
        { "succeed", "succeed" },
        { "agreed", "agre" },
        { "feed", "feed" },
        { "cry", "cri" },
        { "say", "say" },
        { "youth", "youth" },
        { "controllable", "control" },
        { "hopefulness", "hope" },
        { "conditional", "condit" },
        { "lock's", "lock" },
        { "by", "by" },
    };

    [Theory]
    [MemberData(nameof(HandWorkedPairs))]
    public void The_stemmer_reduces_a_word_to_its_porter2_stem(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Fact]
    public void The_javascript_stemmer_gives_the_same_stems_as_the_csharp_one_for_the_hand_worked_pairs()
    {
        var words = HandWorkedPairs.Select(row => (string)row[0]).ToArray();

        var stems = StemInJavaScript(words);

        Assert.Equal(words.Select(EnglishStemmer.Stem), stems);
    }

    [SharedFact("stemmer-english")]
    public void The_javascript_stemmer_reproduces_the_snowball_output_for_the_whole_vocabulary()
    {
        var (words, expected) = StemmerVocabulary.Load();

        var actual = StemInJavaScript(words);

        var mismatches = Enumerable.Range(0, words.Length).Where(i => actual[i] != expected[i]).ToList();
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} words differ, e.g. " + string.Join(", ", mismatches.Take(15).Select(i => $"{words[i]}: expected {expected[i]}, got {actual[i]}")));
    }

    /// <summary>One call into the script engine for the whole list: crossing the boundary per word would be slow.</summary>
    private static string[] StemInJavaScript(string[] words)
    {
        var js = new JsSearch();
        js.SetString("words", string.Join('\n', words));
        var joined = js.Evaluate("(function () { var w = words.split('\\n'), out = []; for (var i = 0; i < w.length; i++) { out.push(PostmortemSearch.stem(w[i])); } return out.join('\\n'); }())");
        return joined.Split('\n');
    }

    [SharedFact("stemmer-english")]
    public void The_stemmer_reproduces_the_snowball_output_for_the_whole_vocabulary()
    {
        var (words, expected) = StemmerVocabulary.Load();

        var mismatches = words.Select((w, i) => (Word: w, Expected: expected[i], Actual: EnglishStemmer.Stem(w)))
            .Where(x => x.Expected != x.Actual)
            .ToList();

        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} words differ, e.g. " + string.Join(", ", mismatches.Take(15).Select(m => $"{m.Word}: expected {m.Expected}, got {m.Actual}")));
    }
}

/// <summary>The Snowball reference vocabulary in ../shared/stemmer-english.</summary>
internal static class StemmerVocabulary
{
    public static (string[] Words, string[] Stems) Load()
    {
        var folder = Path.Combine(RepoPaths.Shared!, "stemmer-english");
        var words = File.ReadAllLines(Path.Combine(folder, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(folder, "output.txt"));
        Assert.Equal(42649, words.Length);
        Assert.Equal(words.Length, stems.Length);
        return (words, stems);
    }
}
