using PostmortemSite.Model;
using PostmortemSite.Reading;

namespace PostmortemSite;

/// <summary>
/// What a long-running process (serve) keeps from one build to the next so a rebuild does only the work an edit
/// needs: unchanged postmortems are not parsed again and unchanged output files are not rewritten.
/// </summary>
public sealed class BuildCache
{
    public ReadCache Reads { get; } = new();

    /// <summary>The output folder and the files the last build wrote there.</summary>
    private (string Folder, IReadOnlyList<OutputFile> Files)? _written;

    /// <summary>Records what a build wrote, so the next incremental write compares with it instead of reading the disk.</summary>
    internal void Wrote(string outputDirectory, IReadOnlyList<OutputFile> files) => _written = (Path.GetFullPath(outputDirectory), files);

    /// <summary>
    /// Records files written outside a build (serve's quick update of one page), so the next build compares with
    /// what the folder now holds and does not count those files as changed again.
    /// </summary>
    internal void Replaced(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        if (WrittenTo(outputDirectory) is not { } written)
        {
            return;
        }

        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Wrote(outputDirectory, written.Select(f => byPath.GetValueOrDefault(f.Path, f)).ToList());
    }

    internal IReadOnlyList<OutputFile>? WrittenTo(string outputDirectory) =>
        _written is { } written && written.Folder == Path.GetFullPath(outputDirectory) ? written.Files : null;
}

/// <summary>Where a build is: the stage and, when known, how far through it.</summary>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total);
