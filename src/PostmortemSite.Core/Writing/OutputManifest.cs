using System.Text.Json;

namespace PostmortemSite.Writing;

/// <summary>
/// The list of files a build wrote, kept in the output folder. It is what makes the folder PostmortemSite's: a later
/// build replaces and removes only the files listed, so a CNAME, a .nojekyll or a .git added by the user survives.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = ".postmortemsite-manifest.json";

    private const string Generator = "PostmortemSite";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The site-relative paths listed in <paramref name="folder"/>'s manifest; null when it has none or it is unreadable.</summary>
    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize<Manifest>(stream, Json);
            return manifest is { Generator: Generator, Files: { } files } ? files.ToHashSet(StringComparer.Ordinal) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Replaces the manifest in one rename, so a reader finds the old list or the new one, never half of either.</summary>
    public static void Write(string folder, IEnumerable<string> paths)
    {
        var manifest = new Manifest(Generator, [.. paths.Order(StringComparer.Ordinal)]);
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Manifest(string Generator, string[] Files);
}
