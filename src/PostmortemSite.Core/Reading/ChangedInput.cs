namespace PostmortemSite.Reading;

/// <summary>What a set of changed paths means for the input folder: edits to known postmortems, or more than that.</summary>
internal static class ChangedInput
{
    /// <summary>
    /// The edited postmortems, relative to the input folder, when every change in <paramref name="changed"/> is an edit
    /// to one of <paramref name="knownSources"/>; null when only a full read can account for them (theme, taxonomy,
    /// added, removed or moved files).
    /// </summary>
    public static IReadOnlyList<string>? EditedPostmortems(IEnumerable<string> changed, string inputDirectory, IEnumerable<string> knownSources)
    {
        var input = Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var sources = knownSources.ToHashSet(StringComparer.Ordinal);
        var edited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            // Outside the input folder is the theme; the input folder itself is what the watcher reports when it lost events.
            if (!path.StartsWith(input, StringComparison.Ordinal))
            {
                return null;
            }

            var relative = Path.GetRelativePath(input, path).Replace('\\', '/');
            if (relative.Equals(TaxonomyReader.FileName, StringComparison.OrdinalIgnoreCase) || Directory.Exists(path))
            {
                return null;
            }

            if (File.Exists(path))
            {
                if (!SiteReader.IsPostmortemFile(relative))
                {
                    continue;
                }

                if (!sources.Contains(relative))
                {
                    return null;
                }

                edited.Add(relative);
            }
            else if (sources.Contains(relative) || sources.Any(s => s.StartsWith(relative + "/", StringComparison.Ordinal)))
            {
                // A postmortem, or a folder of them, was removed or moved away.
                return null;
            }

            // Otherwise an editor's temporary file came and went; it was never part of the site.
        }

        return edited.Count == 0 ? null : [.. edited];
    }
}
