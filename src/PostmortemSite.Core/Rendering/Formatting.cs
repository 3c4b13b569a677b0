using System.Globalization;

namespace PostmortemSite.Rendering;

/// <summary>How figures read on a page. Invariant culture: the same input gives the same bytes on every machine.</summary>
public static class Formatting
{
    public static string Duration(TimeSpan? span) => span is { } s ? Minutes(s.TotalMinutes) : "—";

    public static string Minutes(double? totalMinutes)
    {
        if (totalMinutes is not { } value)
        {
            return "—";
        }

        var minutes = (long)Math.Round(value);
        if (minutes < 60)
        {
            return $"{minutes} min";
        }

        var days = minutes / 1440;
        var hours = minutes % 1440 / 60;
        var rest = minutes % 60;
        return days > 0
            ? (hours > 0 ? $"{days} d {hours} h" : $"{days} d")
            : (rest > 0 ? $"{hours} h {rest} min" : $"{hours} h");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string UtcShort(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
