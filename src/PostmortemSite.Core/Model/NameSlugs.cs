using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PostmortemSite.Model;

/// <summary>
/// The page slug of each service or tag name. Names are the same name when they differ only in letter case or
/// Unicode compatibility form ("Checkout", "checkout"), and share a page; any other two names get different slugs.
/// A slug keeps the name's letters and digits in any script ("payments-api", "中文"); names that would still meet
/// on one slug ("a b" and "a-b") each add a short hash of the name after a '_', which no readable slug contains.
/// </summary>
public sealed class NameSlugs
{
    // A path segment holds 255 bytes; this leaves room for the '_' and hash and keeps URLs readable.
    private const int MaxReadableBytes = 200;

    private readonly Dictionary<string, string> _byName;

    private NameSlugs(Dictionary<string, string> byName) => _byName = byName;

    public static NameSlugs Empty { get; } = new([]);

    public static NameSlugs For(IEnumerable<string> names)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = names.Select(Identity).Distinct(StringComparer.Ordinal).GroupBy(Readable, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var identities = group.ToList();
            if (identities.Count == 1 && group.Key.Length > 0)
            {
                byName[identities[0]] = group.Key;
                continue;
            }

            // Eight hex digits tell names apart in practice; should two in one group share them, those take the whole hash.
            var hashed = identities.Select(i => (Identity: i, Slug: Hashed(group.Key, i, 8))).ToList();
            var clashes = hashed.GroupBy(h => h.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).Select(h => h.Identity).ToHashSet(StringComparer.Ordinal);
            foreach (var (identity, slug) in hashed)
            {
                byName[identity] = clashes.Contains(identity) ? Hashed(group.Key, identity, 64) : slug;
            }
        }

        return new NameSlugs(byName);
    }

    /// <summary>The slug of <paramref name="name"/>; a name this set was not made from gets a hashed slug, which cannot take another's page.</summary>
    public string Of(string name)
    {
        var identity = Identity(name);
        return _byName.TryGetValue(identity, out var slug) ? slug : Hashed(Readable(identity), identity, 64);
    }

    /// <summary>What makes two names the same name.</summary>
    internal static string Identity(string name) => name.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Letters, digits and combining marks of any script, with a '-' for each run of anything else.</summary>
    internal static string Readable(string identity)
    {
        var builder = new StringBuilder(Math.Min(identity.Length, MaxReadableBytes));
        var bytes = 0;
        foreach (var rune in identity.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                bytes += rune.Utf8SequenceLength;
                if (bytes > MaxReadableBytes)
                {
                    break;
                }

                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                bytes++;
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    private static string Hashed(string readable, string identity, int hexDigits)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..hexDigits];
        return (readable.Length > 0 ? readable : "x") + "_" + hash;
    }
}
