using System.Text;

namespace PostmortemSite.Text;

internal static class Slugs
{
    /// <summary>A URL-safe, lowercase ASCII segment for an id made from a file name or title: "Payments API" becomes "payments-api".</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "x" + Convert.ToHexString(Encoding.UTF8.GetBytes(name)).ToLowerInvariant()[..Math.Min(16, name.Length * 2)] : slug;
    }
}
