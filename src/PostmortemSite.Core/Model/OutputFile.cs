namespace PostmortemSite.Model;

/// <summary>A file of the finished site: a path relative to the output folder, always with '/' separators.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string content) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(content));
}
