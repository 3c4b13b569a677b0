using System.Text;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Extracting;

/// <summary>The import of a document never crashes, whatever its content, and what it writes always reads back.</summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static readonly string[] Pieces =
    [
        "10:00 AM: ", "T+", "1h", "10m", "**", "## ", "# ", "---\n", "|", "| Time | Event |\n", "|---|\n", "2024-06-22", "T", "Z", "+02:00", " EDT", " (UTC)",
        "Root Cause:", "Timeline\n", "- [ ] ", "- [x] ", "1. ", "\t", "\n", "\r\n", "\r", "\uFEFF", "\0", "📅", "\uD800", "\uDFFF", "%", "90% of users", "Severity: SEV1",
        ":", "::::", "(", ")", "[", "]", "`", "```\n", "~~~", "\\", "\"", "'", "é", "\u2028", " ", "   ", "deadlock", "index", "misleading path", "no effect", "Duration: ",
        "June 22, 2024", "12:00 PM", "23:59", "00:00", "-", "—", "start_time: x\n", "title: y\n", "999999999999", "a", ".",
    ];

    [Fact]
    public void Random_documents_built_from_tricky_pieces_never_crash_and_always_write_readable_front_matter()
    {
        var random = new Random(20240622);
        var reader = new PostmortemReader(TaxonomyReader.Default);
        for (var i = 0; i < 400; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(0, 120);
            for (var k = 0; k < count; k++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var extraction = Extractor.Extract($"random-{i}.txt", text.ToString());
            var written = CanonicalMarkdownEmitter.Emit(extraction.Postmortem, extraction.Report, extraction.Diagnostics.Select(d => d.Message).ToList());
            var read = reader.Read($"random-{i}.md", written);

            Assert.DoesNotContain(read.Diagnostics, d => d.Code is "PM001" or "PM013");
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_a_file_never_crash()
    {
        var random = new Random(7);
        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);

            var extraction = Extractor.Extract("binary.bin", System.Text.Encoding.Latin1.GetString(bytes));

            Assert.False(string.IsNullOrWhiteSpace(extraction.Postmortem.Title));
        }
    }

    [Theory]
    [InlineData("10:00 AM: something happened\n", 200_000)]
    [InlineData("x", 3_000_000)]
    [InlineData("# ", 500_000)]
    [InlineData("T+1h", 400_000)]
    [InlineData("1:1:1:1:", 300_000)]
    [InlineData("**a**:", 300_000)]
    [InlineData("| 2024-06-22 10:00 | e ", 100_000)]
    [InlineData("June 22, 2024, ", 100_000)]
    [InlineData("deadlock index ", 200_000)]
    public void Huge_and_repetitive_documents_are_extracted_whole(string piece, int repeat)
    {
        // Sizes where quadratic work would not finish in any test run; no clock is read, so a busy machine cannot fail it.
        var text = new StringBuilder(piece.Length * repeat).Insert(0, piece, repeat).ToString();

        var extraction = Extractor.Extract("huge.txt", text);

        Assert.Equal(text, extraction.Postmortem.Body);
    }
}
