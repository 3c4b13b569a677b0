namespace PostmortemSite.Serving;

/// <summary>Adds the live-reload script to a page as serve sends it; the files on disk stay as build writes them.</summary>
internal static class LiveReloadScript
{
    public static string InjectInto(string html, int version)
    {
        var tag = $"<script src=\"{PreviewServer.Prefix}live.js\" data-version=\"{version}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html[..end] + tag + html[end..];
    }
}
