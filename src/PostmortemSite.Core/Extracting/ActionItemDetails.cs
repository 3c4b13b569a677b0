using System.Globalization;
using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>What an item says about itself after its words: its owner, priority, status and due day.</summary>
internal sealed record ItemNotes(string? Owner = null, string? Priority = null, ActionStatus? Status = null, DateOnly? Due = null)
{
    public static readonly ItemNotes None = new();

    /// <summary>These notes, with what <paramref name="other"/> says where these say nothing.</summary>
    public ItemNotes Or(ItemNotes other) => new(Owner ?? other.Owner, Priority ?? other.Priority, Status ?? other.Status, Due ?? other.Due);
}

/// <summary>An item's words, and the notes written after them.</summary>
internal sealed record ItemDetails(string Title, ItemNotes Notes);

/// <summary>
/// Reads the notes a list item carries after its words, as people write them when they keep no table:
/// "Add query plan checks to CI (Owner: @db-team, Due: 2025-08-10)", "Write the runbook — owner: sre",
/// "Audit other domains (in progress)", "Raise the memory limit — done", "Alert on lag [P1, @ana]".
/// A group is read only when every part of it is such a note, so "Retry the upload (up to 3 times)" keeps its words.
/// </summary>
internal static partial class ActionItemDetails
{
    private static readonly HashSet<string> OwnerKeys = ["owner", "owners", "assignee", "assigned", "assigned to", "responsible", "dri", "who", "team"];
    private static readonly HashSet<string> DueKeys = ["due", "due date", "eta", "target", "target date", "deadline"];
    private static readonly HashSet<string> StatusKeys = ["status", "state"];
    private static readonly HashSet<string> PriorityKeys = ["priority", "prio"];

    // Mentions that call everyone in a chat channel.
    private static readonly HashSet<string> Broadcasts = ["here", "channel", "everyone", "all", "group"];

    // Words that only stand in for an owner not yet chosen.
    private static readonly HashSet<string> NoOwner = ["tbd", "tba", "none", "n a", "unassigned", "unknown", "nobody"];

    // A status written alone in the group: "(in progress)", "— done", "[blocked]". Open words are read too, so that they
    // leave the title; what each one means comes from the status reading that table columns use.
    private static readonly HashSet<string> StatusWords =
    [
        "done", "complete", "completed", "closed", "fixed", "resolved", "shipped", "in progress", "wip", "doing", "started",
        "ongoing", "open", "todo", "to do", "pending", "planned", "not started", "blocked", "backlog", "won t do", "wont do", "cancelled", "canceled",
    ];

    /// <summary>The item's words without the notes after them, and what those notes say; the title unchanged when it ends in none.</summary>
    public static ItemDetails Read(string title, Func<string?, ActionStatus> statusOf)
    {
        var notes = ItemNotes.None;
        var words = title;

        // "Write the runbook (owner: sre) — in progress": groups are read from the end, one after another.
        while (TrailingGroup().Match(words) is { Success: true } group && group.Index >= 3)
        {
            // "Show job states as queued - running - done": a dash between other dashes goes on a list, not to a note.
            if (group.Groups["dash"].Success && SpacedDash().IsMatch(words[..group.Index]))
            {
                break;
            }

            var parts = group.Groups["body"].Value.Split([',', ';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var read = parts.Select(p => ReadPart(p, statusOf, bracketed: group.Groups["square"].Success)).ToList();

            // "(P1, P2)", "(open, in progress, blocked)": two notes of one kind are a list the item names, not its notes.
            if (parts.Length == 0 || read.Any(r => r is null)
                || read.Count(r => r!.Owner is not null) > 1 || read.Count(r => r!.Priority is not null) > 1 || read.Count(r => r!.Status is not null) > 1 || read.Count(r => r!.Due is not null) > 1)
            {
                break;
            }

            notes = read.Aggregate(notes, (all, part) => all.Or(part!));

            words = words[..group.Index].TrimEnd(' ', ',', ';', ':', '-', '–', '—');
        }

        return words.Length >= 3 ? new ItemDetails(words, notes) : new ItemDetails(title, ItemNotes.None);
    }

    // One note: "Owner: @db-team", "due 2025-08-10", "@ana", "P1", "in progress"; null when the part is words of the item.
    // "[Pending]" after "stays in phase" names a state the item is about: a status alone is read in round brackets or after a dash.
    // A note that says nothing ("owner: TBD") is read, and leaves the title, all the same.
    private static ItemNotes? ReadPart(string part, Func<string?, ActionStatus> statusOf, bool bracketed)
    {
        var text = LegacyDocumentParser.Clean(part).Trim();
        var key = LegacyDocumentParser.KeyOf(text);
        if (StatusWords.Contains(key))
        {
            return bracketed ? null : new ItemNotes(Status: statusOf(text));
        }

        // "(@here)", "[@channel]" call everyone in a chat, no owner.
        if (Handle().IsMatch(text))
        {
            return Broadcasts.Contains(key) ? null : new ItemNotes(Owner: text);
        }

        if (PriorityName().IsMatch(text))
        {
            return new ItemNotes(Priority: text.ToUpperInvariant());
        }

        if (KeyAndValue().Match(text) is not { Success: true } pair)
        {
            return null;
        }

        var name = LegacyDocumentParser.KeyOf(pair.Groups["key"].Value);
        var value = pair.Groups["value"].Value.Trim();
        return name switch
        {
            _ when OwnerKeys.Contains(name) => NoOwner.Contains(LegacyDocumentParser.KeyOf(value)) ? new ItemNotes() : new ItemNotes(Owner: value),
            _ when DueKeys.Contains(name) => DueDay(value) is { } day ? new ItemNotes(Due: day) : null,

            // "(status: 503)", "(state: Redis)": a status key holds a status word or it is words of the item.
            _ when StatusKeys.Contains(name) => StatusWords.Contains(LegacyDocumentParser.KeyOf(value)) ? new ItemNotes(Status: statusOf(value)) : null,
            _ when PriorityKeys.Contains(name) => new ItemNotes(Priority: value),
            _ => null,
        };
    }

    // "Due: 2025-08-10", "due 10 Aug 2025": a day the whole value writes, with its year (an ambiguous "08/10/2025" is no day).
    private static DateOnly? DueDay(string value) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateTimeText.FindDate(value) is { } date && date.Index == 0 && date.Length == value.Length ? date.Date : null;

    // "(…)" or "[…]" closing the item, or a dash and a few words after it (hyphens inside them, not a spaced dash): " — owner: jean-luc", " - done".
    [GeneratedRegex(@"(?:\s*[(\[](?<body>[^()\[\]]{1,120})(?:\)|(?<square>\]))|\s+(?<dash>[-–—])\s+(?<body>(?:(?!\s[-–—]\s)[^()\[\]]){1,80}))\s*\.?\s*$")]
    private static partial Regex TrailingGroup();

    [GeneratedRegex(@"\s[-–—]\s")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z ]{1,20}?)\s*(?::|=)\s*(?<value>\S.{0,79})$")]
    private static partial Regex KeyAndValue();

    [GeneratedRegex(@"^@[\w.-]{1,40}(?:/[\w.-]{1,40})?$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^[Pp][0-4]$")]
    private static partial Regex PriorityName();
}
