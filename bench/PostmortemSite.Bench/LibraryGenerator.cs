using System.Text;
using PostmortemSite.Reading;
using PostmortemSite.Synthetic;

namespace PostmortemSite.Bench;

/// <summary>
/// Writes one synthetic library twice over: as our canonical input folder and, optionally, as a Hugo site holding
/// the same postmortem bodies, so both generators build the same content in a side-by-side benchmark.
/// </summary>
internal static class LibraryGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(int count, ulong seed, string inputFolder, string? hugoFolder)
    {
        Directory.CreateDirectory(Path.Combine(inputFolder, "postmortems"));
        File.WriteAllText(Path.Combine(inputFolder, TaxonomyReader.FileName), DefaultTaxonomyText(), Utf8);
        if (hugoFolder is not null)
        {
            HugoSite.WriteSkeleton(hugoFolder);
        }

        var library = new SyntheticLibrary(TaxonomyReader.Default);
        var written = 0;
        foreach (var postmortem in library.Generate(count, seed))
        {
            var text = CanonicalMarkdown.Write(postmortem);
            File.WriteAllText(Path.Combine(inputFolder, postmortem.SourcePath), text, Utf8);
            if (hugoFolder is not null)
            {
                HugoSite.WritePage(hugoFolder, postmortem, BodyOf(text));
            }

            written++;
        }

        return written;
    }

    // The canonical body (summary sections, timeline, action items) follows the closing front matter fence;
    // Hugo gets exactly that text so both sides render the same Markdown.
    private static string BodyOf(string canonical)
    {
        var end = canonical.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? canonical : canonical[(end + 5)..];
    }

    private static string DefaultTaxonomyText()
    {
        using var stream = typeof(TaxonomyReader).Assembly.GetManifestResourceStream("default-root-causes.yml")
            ?? throw new InvalidOperationException("The default root-cause taxonomy is not embedded in PostmortemSite.Core.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd();
    }
}
