using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Search;

/// <summary>
/// A small library whose incidents hold the same words adjacent, apart, reversed, split by a stop word, and split
/// across two texts, so a test can tell a phrase match from an all-words match.
/// </summary>
internal static class PhraseLibrary
{
    public const string Adjacent = "2024-03-01-adjacent";
    public const string Apart = "2024-03-02-apart";
    public const string Reversed = "2024-03-03-reversed";
    public const string AcrossTexts = "2024-03-04-across-texts";
    public const string StopWordBetween = "2024-03-05-stop-word-between";
    public const string NoStopWord = "2024-03-06-no-stop-word";

    /// <summary>Writes the library under input/ in the folder and returns the input folder.</summary>
    public static string Write(TempFolder folder)
    {
        folder.Write("input/root-causes.yml", SampleSite.MinimalTaxonomy);
        Incident(folder, Adjacent, "Orders stalled", "The orders table hit a lock wait timeout while the batch job ran.");
        Incident(folder, Apart, "Orders queue backed up", "A lock was held for minutes and every request had to wait for the batch job, then timeout.");
        Incident(folder, Reversed, "Cart writes failed", "Writers had to wait; lock tables timed out after the migration, a timeout for every cart.");
        Incident(folder, AcrossTexts, "Inventory reservations stalled", "Reservations hit the timeout.", tags: "[lock, wait]");
        Incident(folder, StopWordBetween, "Checkout errors", "A spike in retries hit checkout after the deploy.");
        Incident(folder, NoStopWord, "Payments errors", "The spike retries of payments overwhelmed the gateway.");
        return folder.Combine("input");
    }

    private static void Incident(TempFolder folder, string id, string title, string text, string tags = "[]") =>
        folder.Write($"input/postmortems/{id}.md", SampleSite.Postmortem(title, date: id[..10], tags: tags, body: $"## Summary\n\n{text}\n"));
}
