namespace PostmortemSite.FileSystem;

/// <summary>
/// Where a path really leads. Two folders that look apart can be one through a symbolic link anywhere along either
/// path (<c>out -> input</c>, <c>in -> real</c>), so every comparison that guards the user's files uses these.
/// </summary>
internal static class RealPath
{
    // Linux gives up (ELOOP) after 40 links; so do we.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>How paths compare on this system's usual file systems.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with every symbolic link followed, at every level, the way the system itself would follow
    /// them; a part that does not exist yet is kept as written. Null for a link loop.
    /// </summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        var missing = false;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = missing ? null : LinkTarget(next);
            if (target is null)
            {
                current = next;
                missing = !Path.Exists(next);
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // A relative target continues from the link's folder; an absolute one starts again at its root.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real paths).</summary>
    public static bool IsWithin(string path, string folder) =>
        WithSeparator(path).StartsWith(WithSeparator(folder), Comparison);

    /// <summary>Whether either folder is, or holds, the other once links are followed.</summary>
    public static bool Overlap(string first, string second) =>
        Of(first) is not { } a || Of(second) is not { } b || IsWithin(a, b) || IsWithin(b, a);

    /// <summary>The target of <paramref name="path"/> when it is a symbolic link, as stored in the link.</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string WithSeparator(string path) =>
        Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;

    private static string[] Parts(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
