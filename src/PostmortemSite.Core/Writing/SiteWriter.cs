using PostmortemSite.Checking;
using PostmortemSite.FileSystem;
using PostmortemSite.Model;

namespace PostmortemSite.Writing;

/// <summary>
/// The only code that writes the output folder. It replaces only what an earlier build listed in the folder's
/// <see cref="OutputManifest"/>, so the user's own files there survive. A full build is written to a staging folder
/// inside the output folder first and moved into place only once it is complete: a failure before that leaves the
/// previous site as it was, and a kill after it is finished by the next run. The output folder itself is never
/// moved or removed, so there is no moment without a site.
/// </summary>
internal static class SiteWriter
{
    internal const string StagingName = ".postmortemsite-staging";

    public static Task<WriteSummary> WriteAsync(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default) =>
        WriteAsync(outputDirectory, files, force: false, cancellationToken);

    /// <param name="force">Write into a folder PostmortemSite did not write, replacing files at the site's paths.</param>
    public static Task<WriteSummary> WriteAsync(string outputDirectory, IReadOnlyList<OutputFile> files, bool force, CancellationToken cancellationToken = default)
    {
        var root = OutputFolder.Root(outputDirectory);
        var created = !Directory.Exists(root);
        Directory.CreateDirectory(root);
        FinishInterruptedWrite(root);
        var paths = files.Select(f => f.Path).ToList();
        var owned = Claim(root, outputDirectory, null, paths, force);

        var staging = Path.Combine(root, StagingName);
        DeleteIfExists(staging);
        try
        {
            WriteFiles(staging, files, cancellationToken);
            // Written last: a staging folder with a manifest is complete, so a kill from here on is finished by the next run.
            OutputManifest.Write(staging, paths);
        }
        catch
        {
            DeleteIfExists(staging);
            if (created && !Directory.EnumerateFileSystemEntries(root).Any())
            {
                Directory.Delete(root);
            }

            throw;
        }

        Commit(root, staging, owned, paths);
        return Task.FromResult(new WriteSummary(files.Count, 0, 0));
    }

    /// <summary>
    /// Completes a full write that was interrupted after its staging folder was complete (moving the rest of it into
    /// place), or discards one that was interrupted before; either way the folder then holds one whole site.
    /// </summary>
    internal static void FinishInterruptedWrite(string root)
    {
        var staging = Path.Combine(root, StagingName);
        if (!Directory.Exists(staging))
        {
            return;
        }

        if (OutputManifest.Read(staging) is not { } staged)
        {
            DeleteIfExists(staging);
            return;
        }

        Commit(root, staging, OutputManifest.Read(root) ?? [], [.. staged]);
    }

    /// <summary>What an output folder holds now: nothing of PostmortemSite's, a whole site, or a write a kill or a failure interrupted.</summary>
    public static OutputState Inspect(string outputDirectory)
    {
        try
        {
            var root = OutputFolder.Root(outputDirectory);
            return OutputManifest.Exists(Path.Combine(root, StagingName)) ? OutputState.Interrupted
                : OutputManifest.Exists(root) ? OutputState.Site
                : OutputState.NoSite;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException)
        {
            return OutputState.NoSite;
        }
    }

    /// <summary>
    /// The incremental mode serve uses: writes only the files whose bytes differ from what the folder holds, and
    /// removes files the site no longer has. Each changed file is written under a temporary name and renamed over
    /// the old one, so a reader never sees half a page. <paramref name="previous"/> is what the last call wrote;
    /// without it the files on disk are compared instead, and the manifest says which files are the site's.
    /// </summary>
    public static async Task<WriteSummary> UpdateAsync(string outputDirectory, IReadOnlyList<OutputFile> files, IReadOnlyList<OutputFile>? previous, bool force = false, CancellationToken cancellationToken = default)
    {
        var root = OutputFolder.Root(outputDirectory);
        if (!Directory.Exists(root))
        {
            return await WriteAsync(root, files, force, cancellationToken);
        }

        FinishInterruptedWrite(root);
        var known = previous?.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changed = new bool[files.Count];
        await Parallel.ForAsync(0, files.Count, cancellationToken, async (i, ct) =>
        {
            var file = files[i];
            var path = SafePath(root, file.Path);
            changed[i] = !(known is null
                ? await SameAsOnDiskAsync(path, file.Content, ct)
                : known.TryGetValue(file.Path, out var before) && (ReferenceEquals(before, file.Content) || before.AsSpan().SequenceEqual(file.Content)) && File.Exists(path));
        });

        var toWrite = files.Where((_, i) => changed[i]).ToList();
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var owned = Claim(root, outputDirectory, known?.Keys.ToHashSet(StringComparer.Ordinal), toWrite.Select(f => f.Path), force);
        var manifestCurrent = owned.SetEquals(current) && OutputManifest.Exists(root);
        if (!owned.IsSupersetOf(current))
        {
            // Listed before they exist, so a kill midway never leaves a file of the site that looks like the user's.
            OutputManifest.Write(root, owned.Union(current));
        }

        await Parallel.ForEachAsync(toWrite, cancellationToken, async (file, ct) => await ReplaceAsync(SafePath(root, file.Path), file.Content, ct));
        var removed = RemoveStale(root, owned.Where(p => !current.Contains(p)));
        if (!manifestCurrent)
        {
            OutputManifest.Write(root, current);
        }

        return new WriteSummary(toWrite.Count, files.Count - toWrite.Count, removed);
    }

    /// <summary>
    /// Replaces just the given files of a site that is already written, each atomically as <see cref="UpdateAsync"/>
    /// does; serve's quick update of an edited incident's page before the full rebuild catches up.
    /// </summary>
    internal static async Task ReplaceFilesAsync(string outputDirectory, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        var root = OutputFolder.Root(outputDirectory);
        foreach (var file in files)
        {
            if (InTheWay(root, file.Path, owned: null, force: false, checkedFolders: []) is { } refused)
            {
                throw new OutputRefusedException(refused);
            }

            await ReplaceAsync(SafePath(root, file.Path), file.Content, cancellationToken);
        }
    }

    /// <summary>
    /// The paths this folder's site owns, once it is certain that writing <paramref name="writing"/> replaces nothing
    /// of the user's; throws <see cref="OutputRefusedException"/>, having changed nothing, otherwise.
    /// </summary>
    private static HashSet<string> Claim(string root, string outputDirectory, HashSet<string>? known, IEnumerable<string> writing, bool force)
    {
        var owned = known ?? OutputManifest.Read(root);
        if (owned is null)
        {
            if (!force && Directory.EnumerateFileSystemEntries(root).Any(e => Path.GetFileName(e) != StagingName))
            {
                throw new OutputRefusedException(Diagnostic.Error(DiagnosticCodes.OutputNotOwned, $"the output folder '{outputDirectory}' is not empty and was not written by PostmortemSite; nothing in it was changed",
                    new SourceLocation(outputDirectory), "choose another folder with --output, or pass --force to write the site into it"));
            }

            owned = new HashSet<string>(StringComparer.Ordinal);
        }

        var checkedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in writing)
        {
            if (InTheWay(root, path, owned, force, checkedFolders) is { } refused)
            {
                throw new OutputRefusedException(refused);
            }
        }

        return owned;
    }

    /// <summary>
    /// Why writing <paramref name="relativePath"/> would touch something that is not the site's: a symbolic link or a
    /// file where the site needs a folder (writing through a link could reach the input), or a file of the user's at
    /// the very path (replaced only with <paramref name="force"/>). Null when the path is free or the site's own.
    /// </summary>
    private static Diagnostic? InTheWay(string root, string relativePath, HashSet<string>? owned, bool force, HashSet<string> checkedFolders)
    {
        var parts = relativePath.Split('/');
        var folder = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            var relativeFolder = string.Join('/', parts[..(i + 1)]);
            if (!checkedFolders.Add(relativeFolder))
            {
                continue;
            }

            if (RealPath.LinkTarget(folder) is not null || File.Exists(folder))
            {
                return InTheWayError(root, relativeFolder, "is a symbolic link or a file where the site needs a folder; PostmortemSite never writes through links", "remove it, or choose another folder with --output");
            }
        }

        var path = Path.Combine(root, relativePath);
        if (owned is null || owned.Contains(relativePath) || !(Path.Exists(path) || RealPath.LinkTarget(path) is not null))
        {
            return null;
        }

        if (Directory.Exists(path) && RealPath.LinkTarget(path) is null)
        {
            return InTheWayError(root, relativePath, "is a folder of yours where the site writes a file", "move it away, or choose another folder with --output");
        }

        return force ? null : InTheWayError(root, relativePath, "was not written by PostmortemSite, and this build would replace it; nothing was changed", "move it away, or pass --force to replace it");
    }

    private static Diagnostic InTheWayError(string root, string relativePath, string problem, string hint) =>
        Diagnostic.Error(DiagnosticCodes.OutputInTheWay, $"'{relativePath}' in the output folder {problem}", new SourceLocation(Path.Combine(root, relativePath)), hint);

    /// <summary>
    /// Moves a complete staging folder's files into place. The manifest lists the new files before they arrive and
    /// drops the old ones after they are gone, so at every moment it names every file of the site that is there.
    /// </summary>
    private static void Commit(string root, string staging, HashSet<string> owned, IReadOnlyList<string> paths)
    {
        var current = paths.ToHashSet(StringComparer.Ordinal);
        if (!owned.IsSupersetOf(current))
        {
            OutputManifest.Write(root, owned.Union(current));
        }

        foreach (var folder in paths.Select(p => Path.GetDirectoryName(SafePath(root, p))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        foreach (var path in paths)
        {
            var staged = Path.Combine(staging, path);
            if (File.Exists(staged))
            {
                File.Move(staged, SafePath(root, path), overwrite: true);
            }
        }

        RemoveStale(root, owned.Where(p => !current.Contains(p)));
        OutputManifest.Write(root, paths);
        DeleteIfExists(staging);
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

    /// <summary>Deletes the files of an earlier build that this one no longer has (a renamed incident's old page), never through a link.</summary>
    private static int RemoveStale(string root, IEnumerable<string> stale)
    {
        var removed = 0;
        foreach (var relative in stale.ToList())
        {
            if (InTheWay(root, relative, owned: null, force: false, checkedFolders: []) is not null)
            {
                continue;
            }

            var path = SafePath(root, relative);
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

    /// <summary>Paths come from ids and slugs that were validated, but a bug there must never write outside the site or over its bookkeeping.</summary>
    private static string SafePath(string root, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        var first = relativePath.Split('/')[0];
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || first is StagingName or OutputManifest.FileName)
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

/// <summary>What an output folder holds, as far as PostmortemSite is concerned.</summary>
public enum OutputState
{
    /// <summary>No site of PostmortemSite's (missing, empty, or someone else's files).</summary>
    NoSite,

    /// <summary>One whole site, listed in its manifest.</summary>
    Site,

    /// <summary>A write was cut off while moving files into place; the next build completes it.</summary>
    Interrupted,
}
