namespace PostmortemSite.Model;

/// <summary>Which postmortems a build publishes: only finished ones, unless drafts were asked for (Hugo's --buildDrafts).</summary>
public static class Publication
{
    public static bool IsPublished(Postmortem postmortem) => postmortem.Status == IncidentStatus.Published;

    /// <returns>The postmortems to publish, and the ids of those held back (they exist, so links to them are not errors).</returns>
    public static (IReadOnlyList<Postmortem> Shown, IReadOnlyList<string> HeldBack) Select(IReadOnlyList<Postmortem> postmortems, bool includeDrafts)
    {
        if (includeDrafts)
        {
            return (postmortems, []);
        }

        var shown = postmortems.Where(IsPublished).ToList();
        var heldBack = postmortems.Where(p => !IsPublished(p)).Select(p => p.Id).ToList();
        return (shown, heldBack);
    }
}
