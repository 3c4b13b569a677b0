using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Hardening;

/// <summary>Whatever text a postmortem holds, reading it gives a postmortem or diagnostics: never an exception, never a hang.</summary>
public sealed class FrontMatterPropertyTests
{
    // Pieces that exercise YAML and Markdown edge cases far more often than uniformly random characters would.
    private static readonly string[] Fragments =
    [
        "---\n", "...\n", "\n", "\r\n", "\t", "  ", "title: ", "date: ", "2024-01-01", "root_cause:\n", "  category: ", "database/index",
        "timestamps:\n", "  started: ", "2024-01-01T10:00:00Z", "T25:99", "+99:00", "services: ", "[", "]", "{", "}", ",", ":", "- ", "\"", "'",
        "&anchor ", "*anchor", "!!binary ", "|\n", ">\n", "#", "%YAML 1.2\n", "? ", "~", "null", "\u0000", "\uFEFF", "\uD800", "é", "<script>",
        "```\n", "> ", "1. ", "* ", "[x](javascript:alert(1))", "<!--", "action_items:\n  - title: ", "timeline:\n  - time: ", "id: ../x\n",
    ];

    private static readonly PostmortemReader Reader = new(TaxonomyReader.Default);

    [Fact]
    public void Reading_any_yamlish_text_never_throws_and_finishes_quickly()
    {
        var texts = Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(texts, text => ReadsSafely(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(600));
    }

    [Fact]
    public void Text_that_once_stopped_the_yaml_scanner_on_its_own_state_is_reported_as_invalid_yaml()
    {
        // The case a CI run of the property above found (YamlDotNet threw InvalidOperationException), replayed.
        var texts = Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        var replay = new Replay(new Rnd(15487271535711154008, 17988466684495391365), Microsoft.FSharp.Core.FSharpOption<int>.Some(99));

        Prop.ForAll(texts, text => ReadsSafely(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(1).WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(replay)));
    }

    [Fact]
    public void Reading_arbitrary_unicode_text_never_throws()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ReadsSafely(text ?? "")).Check(Config.QuickThrowOnFailure.WithMaxTest(600));
    }

    [Fact]
    public void The_property_notices_a_reader_that_throws()
    {
        // Guards the harness itself: a failing property must surface as an exception from Check.
        var always = Gen.Constant("x").ToArbitrary();

        Assert.ThrowsAny<Exception>(() => Prop.ForAll(always, _ => false).Check(Config.QuickThrowOnFailure.WithMaxTest(5)));
    }

    private static bool ReadsSafely(string text)
    {
        // No time limit here (it would flake on a busy machine): a reader that backtracks without end never returns,
        // which fails the run; how fast reading is belongs to bench/.
        var result = Reader.Read("generated.md", text);
        var accountedFor = result.Postmortem is not null || result.Diagnostics.Count > 0;
        return accountedFor && result.Diagnostics.All(d => d.Location.File == "generated.md" && d.Hint is not null);
    }
}
