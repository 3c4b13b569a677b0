using System.Text;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Writing;

namespace PostmortemSite.Tests.Writing;

public sealed class IncrementalWriteTests
{
    private static OutputFile File(string path, string text) => OutputFile.Text(path, text);

    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Backdates every file, so a rewrite shows as a new modification time.</summary>
    private static void Backdate(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            System.IO.File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static bool Rewritten(string path) => System.IO.File.GetLastWriteTimeUtc(path) != LongAgo;

    [Fact]
    public async Task Only_files_whose_bytes_changed_are_rewritten_and_files_no_longer_built_are_removed()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        IReadOnlyList<OutputFile> first = [File("index.html", "home"), File("incidents/a/index.html", "a"), File("incidents/old/index.html", "old")];
        await SiteWriter.WriteAsync(output, first);
        Backdate(output);

        IReadOnlyList<OutputFile> second = [File("index.html", "home"), File("incidents/a/index.html", "a, edited"), File("incidents/b/index.html", "b")];
        var summary = await SiteWriter.UpdateAsync(output, second, first);

        Assert.Equal(new WriteSummary(Written: 2, Unchanged: 1, Removed: 1), summary);
        Assert.False(Rewritten(Path.Combine(output, "index.html")));
        Assert.Equal("a, edited", temp.Read("out/incidents/a/index.html"));
        Assert.Equal("b", temp.Read("out/incidents/b/index.html"));
        Assert.False(Directory.Exists(Path.Combine(output, "incidents", "old")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Without_a_previous_build_the_files_on_disk_are_compared()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        await SiteWriter.WriteAsync(output, [File("index.html", "home"), File("feed.xml", "feed"), File("stray.html", "left from an old build")]);
        Backdate(output);

        var summary = await SiteWriter.UpdateAsync(output, [File("index.html", "home"), File("feed.xml", "feed, longer")], previous: null);

        Assert.Equal(new WriteSummary(1, 1, 1), summary);
        Assert.False(Rewritten(Path.Combine(output, "index.html")));
        Assert.True(Rewritten(Path.Combine(output, "feed.xml")));
        Assert.False(System.IO.File.Exists(Path.Combine(output, "stray.html")));
    }

    [Fact]
    public async Task A_missing_output_folder_is_written_whole()
    {
        using var temp = new TempFolder();

        var summary = await SiteWriter.UpdateAsync(temp.Combine("out"), [File("index.html", "home")], previous: null);

        Assert.Equal(new WriteSummary(1, 0, 0), summary);
        Assert.Equal("home", temp.Read("out/index.html"));
    }

    [Fact]
    public async Task A_page_being_replaced_is_never_seen_half_written()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var small = File("index.html", "<p>small</p>");
        var large = File("index.html", "<p>" + new string('x', 4_000_000) + "</p>");
        await SiteWriter.WriteAsync(output, [small]);

        using var stop = new CancellationTokenSource();
        var torn = 0;
        var whole = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var text = Encoding.UTF8.GetString(System.IO.File.ReadAllBytes(Path.Combine(output, "index.html")));
                    if (!text.EndsWith("</p>", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref torn);
                    }
                    else
                    {
                        Interlocked.Increment(ref whole);
                    }
                }
                catch (IOException)
                {
                    // Only whole files count; a failed open is not a torn read.
                }
            }
        });

        IReadOnlyList<OutputFile> previous = [small];
        // Writes go on until the reader has seen enough whole files, so the check cannot pass with no read overlapping a write.
        for (var i = 0; i < 10 || Volatile.Read(ref whole) < 20; i++)
        {
            IReadOnlyList<OutputFile> next = [i % 2 == 0 ? large : small];
            await SiteWriter.UpdateAsync(output, next, previous);
            previous = next;
        }

        await stop.CancelAsync();
        await reader;
        Assert.Equal(0, torn);
        Assert.True(whole >= 20, $"{whole} whole reads");
    }
}
