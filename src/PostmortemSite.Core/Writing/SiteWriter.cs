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
            WriteFiles(staging, files, cancellationToken);
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

    /// <summary>
    /// The incremental mode serve uses: writes only the files whose bytes differ from what the folder holds, and
    /// removes files the site no longer has. Each changed file is written under a temporary name and renamed over
    /// the old one, so a reader never sees half a page. <paramref name="previous"/> is what the last call wrote;
    /// without it the files on disk are compared instead.
    /// </summary>
    public static async Task<WriteSummary> UpdateAsync(string outputDirectory, IReadOnlyList<OutputFile> files, IReadOnlyList<OutputFile>? previous, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            await WriteAsync(root, files, cancellationToken);
            return new WriteSummary(files.Count, 0, 0);
        }

        var known = previous?.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var written = 0;
        await Parallel.ForEachAsync(files, cancellationToken, async (file, ct) =>
        {
            var path = SafePath(root, file.Path);
            var unchanged = known is null
                ? await SameAsOnDiskAsync(path, file.Content, ct)
                : known.TryGetValue(file.Path, out var before) && (ReferenceEquals(before, file.Content) || before.AsSpan().SequenceEqual(file.Content)) && File.Exists(path);
            if (!unchanged)
            {
                await ReplaceAsync(path, file.Content, ct);
                Interlocked.Increment(ref written);
            }
        });

        var removed = RemoveStale(root, files, previous);
        return new WriteSummary(written, files.Count - written, removed);
    }

    /// <summary>
    /// Replaces just the given files of a site that is already written, each atomically as <see cref="UpdateAsync"/>
    /// does; serve's quick update of an edited incident's page before the full rebuild catches up.
    /// </summary>
    internal static async Task ReplaceFilesAsync(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var file in files)
        {
            await ReplaceAsync(SafePath(root, file.Path), file.Content, cancellationToken);
        }
    }

    private static async Task<bool> SameAsOnDiskAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content);
    }

    private static async Task ReplaceAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes the files of an earlier build that this one no longer has (a renamed incident's old page).</summary>
    private static int RemoveStale(string root, IReadOnlyList<OutputFile> files, IReadOnlyList<OutputFile>? previous)
    {
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var candidates = previous is null
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            : previous.Select(f => f.Path);
        var removed = 0;
        foreach (var stale in candidates.Where(p => !current.Contains(p)).ToList())
        {
            var path = SafePath(root, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
            }

            RemoveEmptyFolders(root, Path.GetDirectoryName(path)!);
        }

        return removed;
    }

    private static void RemoveEmptyFolders(string root, string folder)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    /// <summary>Paths come from ids and slugs that were validated, but a bug there must never write outside the site.</summary>
    private static string SafePath(string root, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{relativePath}' outside the output folder.");
        }

        return path;
    }

    /// <summary>
    /// Creates each folder once, then writes the files on a few threads with plain synchronous writes: on Linux an
    /// "async" file write is a blocking write on a pool thread anyway, with a task and a state machine on top.
    /// </summary>
    private static void WriteFiles(string root, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var paths = files.Select(f => SafePath(root, f.Path)).ToArray();
        foreach (var folder in paths.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) };
        Parallel.For(0, paths.Length, parallel, i => File.WriteAllBytes(paths[i], files[i].Content));
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>What an incremental write did: files rewritten, files left as they were, files removed.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed);
