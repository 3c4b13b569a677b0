using System.Text.RegularExpressions;
using PostmortemSite.Text;

namespace PostmortemSite.Format;

/// <summary>What an incident id may be: it names the page's folder and its URL, so the reader, import and the extractor agree on one rule.</summary>
internal static partial class PostmortemIds
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id) && !IsReservedDeviceName(id);

    /// <summary>Without an explicit id, the file name made URL-safe; "Orders Outage.md" and "orders-outage.md" then collide, as they should.</summary>
    public static string FromFileName(string path) => Slugs.From(Path.GetFileNameWithoutExtension(path));

    /// <summary>Names Windows reserves for devices: a folder named like this cannot be checked out or served there.</summary>
    private static bool IsReservedDeviceName(string id)
    {
        var stem = id.Split('.')[0];
        return stem is "con" or "prn" or "aux" or "nul"
            || (stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal)) && char.IsAsciiDigit(stem[3]));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$")]
    private static partial Regex IdPattern();
}
