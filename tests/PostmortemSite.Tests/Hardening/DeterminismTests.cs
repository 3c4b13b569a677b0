using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Hardening;

/// <summary>The output depends on what the input says, never on the order the file system lists it in or on when files were written.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_library_written_in_opposite_orders_builds_byte_identical_sites()
    {
        var sources = LibraryFiles();
        using var forward = new TempFolder();
        using var backward = new TempFolder();
        WriteLibrary(forward, sources, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(7));
        WriteLibrary(backward, sources.AsEnumerable().Reverse().ToList(), new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(-3));

        var first = await BuildAsync(forward);
        var second = await BuildAsync(backward);

        Assert.Contains(first.Keys, f => f.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains(first.Keys, f => f.StartsWith("api/", StringComparison.Ordinal));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        var different = first.Keys.Where(f => !first[f].AsSpan().SequenceEqual(second[f])).ToList();
        Assert.Empty(different);
    }

    /// <summary>The sample library spread over nested folders, so that folder creation order varies too.</summary>
    private static List<(string Path, string Text)> LibraryFiles()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "postmortems"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select((file, i) => ($"postmortems/{2023 + (i % 3)}/{(i % 2 == 0 ? "even" : "odd/deeper")}/{Path.GetFileName(file)}", File.ReadAllText(file)))
            .ToList();
        Assert.True(files.Count >= 10, "the sample library is present");
        files.Add(("root-causes.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "root-causes.yml"))));
        return files;
    }

    private static void WriteLibrary(TempFolder folder, IReadOnlyList<(string Path, string Text)> files, DateTime firstTime, TimeSpan step)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var written = folder.Write("input/" + files[i].Path, files[i].Text);
            File.SetLastWriteTimeUtc(written, firstTime + (step * i));
        }
    }

    private static async Task<Dictionary<string, byte[]>> BuildAsync(TempFolder folder)
    {
        var output = folder.Combine("output");
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(folder.Combine("input"), output));
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);
    }
}
