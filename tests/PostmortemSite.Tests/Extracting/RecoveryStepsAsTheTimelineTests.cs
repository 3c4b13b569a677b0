using PostmortemSite.Extracting;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>
/// A document whose only times are the steps of its recovery ("### Resolution": "- 11:08: restarted the workers",
/// "- 11:27: deployed a fix"): the steps are its timeline, the last one ends the incident, and no start is read from
/// the first, since the trouble began before it. An infinite loop is a bug in other languages too.
/// </summary>
public sealed class RecoveryStepsAsTheTimelineTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private const string English = "# Workers stuck\n\n### Date\n23 May 2022\n\n### Summary\nJobs stopped running on the workers on Friday 20 May because of an infinite loop.\n\n"
        + "### Resolution\nTwo actions were taken to restart the workers:\n- 11:08 : restarted the workers to unblock the jobs\n- 11:27 : deployed a fix to exit the while loop\n";

    private const string French = "# Workers bloqués\n\n### Date\n23 Mai 2022\n\n### Résumé\nLes jobs ne tournaient plus sur les workers depuis le vendredi 20 mai suite à une boucle infinie.\n\n"
        + "### Résolution\nAfin de relancer les workers 2 actions ont été entreprises :\n- 11:08 : redémarrage des workers afin de débloquer les jobs\n- 11:27 : déploiement d'un fix qui permet de sortir de la boucle\n";

    [Theory]
    [InlineData(English)]
    [InlineData(French)]
    public void Timed_recovery_steps_are_the_timeline_and_the_last_ends_the_incident_with_no_start_guessed(string text)
    {
        var postmortem = Extractor.Extract("workers.md", text).Postmortem.ToPostmortem()!;

        Assert.Equal(2, postmortem.Timeline.Count(e => e.Time is not null));
        Assert.Equal(new DateTimeOffset(2022, 5, 23, 11, 27, 0, TimeSpan.Zero), postmortem.Timestamps.Resolved);
        Assert.Null(postmortem.Timestamps.Started);
    }

    [Fact]
    public void Timed_steps_under_a_timeline_heading_still_start_at_the_first()
    {
        var text = English.Replace("### Resolution", "### Timeline", StringComparison.Ordinal);

        var postmortem = Extractor.Extract("workers.md", text).Postmortem.ToPostmortem()!;

        Assert.Equal(new DateTimeOffset(2022, 5, 23, 11, 8, 0, TimeSpan.Zero), postmortem.Timestamps.Started);
    }

    [Theory]
    [InlineData("Les workers sont restés bloqués dans une boucle infinie.")]
    [InlineData("Die Worker hingen in einer Endlosschleife fest.")]
    [InlineData("ワーカーが無限ループに陥りました。")]
    public void An_infinite_loop_named_in_another_language_is_a_bug(string sentence)
    {
        var text = $"# Incident\n\n**Date:** 2022-05-23\n\n{sentence}\n";

        Assert.Equal("software/bug", Extractor.Extract("loop.md", text).Postmortem.Classification.Category);
    }
}
