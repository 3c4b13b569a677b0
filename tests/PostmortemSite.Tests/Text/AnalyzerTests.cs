using System.Text.Json;
using PostmortemSite.Search;
using PostmortemSite.Tests.Search;
using PostmortemSite.Tests.Support;
using PostmortemSite.Text;

namespace PostmortemSite.Tests.Text;

public sealed class AnalyzerTests
{
    /// <summary>Texts that exercise every rule: case, stop words, apostrophes, digits, Latin-1, punctuation, long runs.</summary>
    private static readonly string[] SharedTexts =
    [
        "The Deadlock in the ledger: lock waits and DEADLOCKS!",
        "Certificates expired; the cert's renewal failed (x509: certificate has expired).",
        "Don't retry 502/503 errors — they're the LB's health-checks’ fault.",
        "Café résumé naïve ÀÉÎÕÜ straße × ÷ “quoted” 'single' ‘curly’",
        "pg_stat_activity shows 190 sessions; orders-db p99 latency 2.5s at 06:21 EST",
        "SEV1 SEV-2 v1.2.3 ipv6 IPv4 10.0.0.1 k8s",
        "a an I it its is to of — stop words only",
        "日本語のテキスト and Ελληνικά and русский текст",
        new string('x', 41) + " " + new string('y', 40) + " " + new string('z', 200) + "'s",
        "o'clock rock'n'roll 'tis ''double'' it's lock’s",
    ];

    [Fact]
    public void Text_is_split_lowercased_stripped_of_stop_words_and_stemmed()
    {
        var tokens = Analyzer.Analyze("The Deadlocks in the ledger's lock waits");

        Assert.Equal(["deadlock", "ledger", "lock", "wait"], tokens.Select(t => t.Term));
        Assert.Equal(["deadlocks", "ledger", "lock", "waits"], tokens.Select(t => t.Surface));
        Assert.Equal((4, 13), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void Positions_count_every_word_so_dropped_stop_words_keep_their_place()
    {
        var tokens = Analyzer.Analyze("Out of memory: the pod's lock-wait, then x restarts");

        Assert.Equal(["out", "memori", "pod", "lock", "wait", "restart"], tokens.Select(t => t.Term));
        Assert.Equal([0, 2, 4, 5, 6, 9], tokens.Select(t => t.Position));
    }

    [Fact]
    public void Numbers_and_codes_are_kept_as_written_and_single_letters_are_dropped()
    {
        Assert.Equal(["502", "x509", "sev1", "v1", "k8s"], Analyzer.Terms("502 x509 SEV1 v1 k8s a b c"));
    }

    [Fact]
    public void Words_longer_than_forty_letters_are_not_indexed()
    {
        Assert.Equal([new string('q', 40)], Analyzer.Terms(new string('x', 41) + " " + new string('q', 40)));
    }

    [Fact]
    public void The_javascript_analyzer_produces_the_same_tokens_as_the_csharp_one()
    {
        var texts = SharedTexts.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText)).ToArray();
        var js = new JsSearch();
        js.SetString("texts", JsonSerializer.Serialize(texts));

        var fromJs = JsonSerializer.Deserialize<List<List<JsToken>>>(js.Evaluate(
            "JSON.stringify(JSON.parse(texts).map(function (t) { return PostmortemSearch.analyze(t); }))"))!;

        Assert.Equal(texts.Length, fromJs.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var expected = Analyzer.Analyze(texts[i]).Select(t => $"{t.Term}|{t.Surface}|{t.Start}|{t.End}|{t.Position}").ToList();
            var actual = fromJs[i].Select(t => $"{t.term}|{t.surface}|{t.start}|{t.end}|{t.position}").ToList();
            Assert.True(expected.Count > 0, $"text {i} should produce tokens");
            Assert.Equal(expected, actual);
        }
    }

#pragma warning disable IDE1006 // Property names follow the JavaScript objects.
    private sealed record JsToken(string term, string surface, int start, int end, int position);
#pragma warning restore IDE1006
}
