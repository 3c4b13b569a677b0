using System.Text.RegularExpressions;
using PostmortemSite.Tests.Support;
using PostmortemSite.Text;

namespace PostmortemSite.Tests.Text;

/// <summary>What each named text profile does, and where the three differ on purpose (docs/text.md).</summary>
public sealed partial class TextProfileTests
{
    [Fact]
    public void The_search_profile_keeps_the_position_of_in_but_drops_it_from_the_terms()
    {
        var tokens = Analyzer.Analyze("out of memory in the cache");

        Assert.DoesNotContain("in", TextProfile.Search.Terms("out of memory in the cache"));
        Assert.True(TextProfile.Search.Drops("in"));
        Assert.Equal([("memori", 2), ("cach", 5)], tokens.Where(t => t.Term is "memori" or "cach").Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void The_search_profile_stems_with_porter2_and_keeps_numbers_and_codes_as_written()
    {
        Assert.Equal("connect", TextProfile.Search.Stem("connection"));
        Assert.Equal("connect", TextProfile.Search.Stem("connected"));
        Assert.Equal("x509", TextProfile.Search.Stem("x509"));
        Assert.Equal(["http", "502", "gateway"], TextProfile.Search.Terms("HTTP 502 gateway"));
    }

    [Fact]
    public void The_related_incidents_profile_strips_one_suffix_so_validation_and_validated_meet()
    {
        Assert.Equal("validat", TextProfile.RelatedIncidents.Stem("validation"));
        Assert.Equal("validat", TextProfile.RelatedIncidents.Stem("validated"));
        Assert.Equal("process", TextProfile.RelatedIncidents.Stem("process"));
    }

    [Fact]
    public void The_related_incidents_profile_drops_numbers_single_letters_and_words_search_keeps()
    {
        Assert.True(TextProfile.RelatedIncidents.Drops("after"));
        Assert.False(TextProfile.Search.Drops("after"));
        Assert.True(TextProfile.RelatedIncidents.Drops("30"));
        Assert.False(TextProfile.Search.Drops("30"));
        Assert.Equal(["retr", "timeout"], TextProfile.RelatedIncidents.Terms("Retries after 30 s of timeouts"));
    }

    [Fact]
    public void Every_search_stop_word_is_a_related_incidents_stop_word_and_the_lists_are_58_and_117_words()
    {
        Assert.True(StopWords.Search.IsSubsetOf(StopWords.RelatedIncidents));
        Assert.Equal(58, StopWords.Search.Count);
        Assert.Equal(117, StopWords.RelatedIncidents.Count);
        Assert.All(StopWords.Search, word => Assert.True(Analyzer.IsStopWord(word) && WordStems.IsStopWord(word), word));
    }

    [Fact]
    public void The_classification_profile_drops_no_word_and_stems_only_plurals_and_ed_or_ing()
    {
        Assert.Equal(["the", "index", "were", "deploy", "in", "2024"], TextProfile.Classification.Terms("The indexes were deployed in 2024"));
        Assert.False(TextProfile.Classification.Drops("the"));
        Assert.Equal([(4, 11), (12, 16)], ClassificationWords.Words("The indexes were").Skip(1).Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void The_three_profiles_stem_deployments_differently()
    {
        Assert.Equal("deploy", TextProfile.Search.Stem("deployments"));
        Assert.Equal("deploy", TextProfile.RelatedIncidents.Stem("deployments"));
        Assert.Equal("deployment", TextProfile.Classification.Stem("deployments"));
    }

    [Fact]
    public void Classification_splits_a_word_at_its_apostrophe_where_the_other_profiles_keep_it_whole()
    {
        Assert.Equal(["didn", "t"], TextProfile.Classification.Terms("didn't"));
        Assert.Equal(["didnt"], TextProfile.RelatedIncidents.Terms("didn't"));
        Assert.Equal(["didnt"], TextProfile.Search.Terms("didn't"));
    }

    [Fact]
    public void Each_profile_has_its_own_name()
    {
        Assert.Equal(["search", "related incidents", "classification"], TextProfile.All.Select(p => p.Name));
    }

    [Fact]
    public void Code_outside_Text_reads_words_through_a_profile_and_never_through_the_classes_behind_them()
    {
        var core = Path.Combine(RepoPaths.Root, "src", "PostmortemSite.Core");
        var sources = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(core, path).Replace('\\', '/').StartsWith("Text/", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var uses = sources
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (Source: Path.GetRelativePath(core, path), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && ProfileInternals().IsMatch(l.Text))
            .Select(l => $"{l.Source}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(sources.Count > 50, $"only {sources.Count} source files found under {core}");
        Assert.True(uses.Count == 0, "use TextProfile.Search, .RelatedIncidents or .Classification instead:\n" + string.Join('\n', uses));
    }

    [GeneratedRegex(@"\b(?:Analyzer|WordStems|ClassificationWords|EnglishStemmer|StopWords)\b")]
    private static partial Regex ProfileInternals();
}
