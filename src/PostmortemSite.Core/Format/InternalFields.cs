using PostmortemSite.Model;

namespace PostmortemSite.Format;

/// <summary>
/// The fields an <c>internal_fields</c> list may name, each with how the public edition leaves it out. Required
/// fields (id, title, date, root-cause category) are not here: a page cannot be built without them.
/// </summary>
public static class InternalFields
{
    private static readonly Dictionary<string, Func<Postmortem, Postmortem>> LeaveOut = new(StringComparer.Ordinal)
    {
        ["summary"] = p => p with { Summary = null },
        ["severity"] = p => p with { Severity = null },
        ["root_cause.trigger"] = p => p with
        {
            RootCause = p.RootCause with { Trigger = null },

            // Without a "Root cause" section the trigger stands in for the root-cause text: it goes with it.
            RootCauseText = p.RootCauseText == p.RootCause.Trigger ? "" : p.RootCauseText,
        },
        ["root_cause.secondary"] = p => p with { RootCause = p.RootCause with { Secondary = [] } },
        ["timestamps"] = p => p with { Timestamps = Timestamps.None },
        ["impact"] = p => p with { Impact = Impact.None },
        ["impact.description"] = p => p with { Impact = p.Impact with { Description = null } },
        ["impact.users_affected_pct"] = p => p with { Impact = p.Impact with { UsersAffectedPct = null } },
        ["impact.customer_facing"] = p => p with { Impact = p.Impact with { CustomerFacing = null } },
        ["services"] = p => p with { Services = [] },
        ["teams"] = p => p with { Teams = [] },
        ["tags"] = p => p with { Tags = [] },
        ["related"] = p => p with { Related = [] },
        ["action_items"] = p => p with { ActionItems = [] },
        ["action_items.owner"] = p => p with { ActionItems = [.. p.ActionItems.Select(a => a with { Owner = null })] },
        ["action_items.ticket"] = p => p with { ActionItems = [.. p.ActionItems.Select(a => a with { Ticket = null })] },
        ["action_items.due"] = p => p with { ActionItems = [.. p.ActionItems.Select(a => a with { Due = null })] },
        ["action_items.priority"] = p => p with { ActionItems = [.. p.ActionItems.Select(a => a with { Priority = null })] },
        ["action_items.type"] = p => p with { ActionItems = [.. p.ActionItems.Select(a => a with { Type = null })] },
        ["timeline"] = p => p with { Timeline = [] },
    };

    /// <summary>Every name a list may use, in a stable order for hints and the README.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. LeaveOut.Keys.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string name) => LeaveOut.ContainsKey(name);

    /// <summary>The incident without the named fields; unknown names are the reader's to report and are skipped here.</summary>
    public static Postmortem Without(Postmortem incident, IEnumerable<string> names)
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (LeaveOut.TryGetValue(name, out var leaveOut))
            {
                incident = leaveOut(incident);
            }
        }

        return incident;
    }
}
