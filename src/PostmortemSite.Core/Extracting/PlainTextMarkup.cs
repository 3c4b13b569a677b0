using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// What a plain-text report carries around its words, read away line for line (so every line keeps its number for
/// messages): the armour of a PGP clear-signed message, as security notices are mailed ("-----BEGIN PGP SIGNED
/// MESSAGE-----", its "Hash:" lines, the signature block, and the "- " that escapes a line starting with a dash); and,
/// in plain text, the "=" headings that RD, AsciiDoc and Setext-minded writers put at a line's start ("= Title", "==
/// Timeline"), read as the "#" headings they are.
/// </summary>
internal static partial class PlainTextMarkup
{
    private const string SignedMessage = "-----BEGIN PGP SIGNED MESSAGE-----";
    private const string SignatureStart = "-----BEGIN PGP SIGNATURE-----";
    private const string SignatureEnd = "-----END PGP SIGNATURE-----";

    // Two "=" headings at least, one of them a section ("=="), make the text one that heads its parts so; a lone "= 5"
    // is a sum.
    private const int MinEqualsHeadings = 2;

    /// <summary>The text to read: the same instance when nothing in it is armour or an "=" heading.</summary>
    public static string Readable(string text, bool plainText)
    {
        var armoured = text.Contains(SignedMessage, StringComparison.Ordinal);
        var headings = plainText ? EqualsHeading().Matches(text) : null;
        var headed = headings is { Count: >= MinEqualsHeadings } && headings.Any(h => h.Groups["level"].Length > 1);
        if (!armoured && !headed)
        {
            return text;
        }

        var lines = text.Split('\n');
        var state = Armour.Outside;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            (lines[i], state) = state switch
            {
                _ when armoured && line == SignedMessage => ("", Armour.Header),
                // "Hash: SHA1" and any other armour header, up to the blank line that ends them.
                Armour.Header => ("", line.Trim().Length == 0 ? Armour.Signed : Armour.Header),
                Armour.Signed when line == SignatureStart => ("", Armour.Signature),
                Armour.Signed when line.StartsWith("- ", StringComparison.Ordinal) => (lines[i][2..], Armour.Signed),
                Armour.Signature => ("", line == SignatureEnd ? Armour.Outside : Armour.Signature),
                _ => (lines[i], state),
            };

            if (headed && state != Armour.Signature && EqualsHeading().Match(lines[i]) is { Success: true } heading)
            {
                lines[i] = new string('#', heading.Groups["level"].Length) + lines[i][heading.Groups["level"].Length..];
            }
        }

        return string.Join('\n', lines);
    }

    private enum Armour
    {
        Outside,
        Header,
        Signed,
        Signature,
    }

    [GeneratedRegex(@"^(?<level>={1,6})[ \t]+\S[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex EqualsHeading();
}
