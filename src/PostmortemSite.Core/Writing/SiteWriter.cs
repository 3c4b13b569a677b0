using PostmortemSite.Model;

namespace PostmortemSite.Writing;

/// <summary>
/// The only code that writes the output folder. The new site is written to a staging folder beside it and
/// swapped in at the end, so a failure at any point leaves the previous site as it was.
/// </summary>
public static class SiteWriter
{
    public static async Task WriteAsync(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"Cannot write the site to the root folder '{target}'.");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);

        var staging = Path.Combine(parent, $".{name}.staging");
        var previous = Path.Combine(parent, $".{name}.previous");
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        try
        {
            await WriteFilesAsync(staging, files, cancellationToken);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(previous) && !Directory.Exists(target))
            {
                Directory.Move(previous, target);
            }

            throw;
        }

        DeleteIfExists(previous);
    }

    private static async Task WriteFilesAsync(string root, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var rootWithSeparator = root + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        await Parallel.ForEachAsync(files, cancellationToken, async (file, ct) =>
        {
            var path = Path.GetFullPath(Path.Combine(root, file.Path));
            // Paths come from ids and slugs that were validated, but a bug there must never write outside the site.
            if (!path.StartsWith(rootWithSeparator, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Refusing to write '{file.Path}' outside the output folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, ct);
        });
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
