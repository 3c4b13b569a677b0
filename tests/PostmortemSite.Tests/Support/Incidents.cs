using System.Globalization;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Support;

/// <summary>Builds <see cref="Postmortem"/> values in code, for tests of the stages after reading.</summary>
public static class Incidents
{
    public static Postmortem Make(
        string id,
        string date = "2024-03-12",
        string category = "database/index",
        int? durationMinutes = 60,
        int? detectMinutes = 15,
        string[]? services = null,
        ActionItem[]? actions = null,
        TimelineEvent[]? timeline = null,
        string rootCauseText = "")
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateTimeOffset? started = durationMinutes is null && detectMinutes is null ? null : Utc(day, "10:00");
        var timestamps = new Timestamps(
            started,
            detectMinutes is { } detect ? started?.AddMinutes(detect) : null,
            null,
            durationMinutes is { } duration ? started?.AddMinutes(duration) : null);
        return new Postmortem(
            id, $"Incident {id}", day, IncidentStatus.Published, "SEV2", null,
            new RootCause(category, [], null), timestamps, Impact.None,
            services ?? [], [], [], [], actions ?? [], timeline ?? [], "", rootCauseText, $"postmortems/{id}.md");
    }

    /// <summary>A timeline event at HH:mm UTC on 2024-03-12, the default incident date.</summary>
    public static TimelineEvent At(string time, string text, Milestone? milestone = null, bool deadEnd = false) =>
        new(Utc(new DateOnly(2024, 3, 12), time), text, milestone, deadEnd);

    public static TimelineEvent Untimed(string text, bool deadEnd = false) => new(null, text, null, deadEnd);

    public static ActionItem Action(string title, ActionStatus status = ActionStatus.Open, string? due = null, string? owner = null, string? ticket = null) =>
        new(title, owner, null, null, status, ticket, due is null ? null : DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static DateTimeOffset Utc(DateOnly day, string time) =>
        new(day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture)), TimeSpan.Zero);
}
