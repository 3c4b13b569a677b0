using System.Globalization;
using System.Text;
using System.Text.Json;
using PostmortemSite.Model;

namespace PostmortemSite.Bench;

/// <summary>
/// A minimal Hugo site (no theme to download): one page per postmortem, root-cause and tag taxonomies, and
/// the four layouts Hugo needs to render pages, lists and term lists.
/// </summary>
internal static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string Config = """
        baseURL = "https://example.org/"
        languageCode = "en"
        title = "Synthetic postmortems"

        [taxonomies]
          category = "categories"
          tag = "tags"
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
        <body>
        <nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/categories/" | relURL }}">Root causes</a> <a href="{{ "/tags/" | relURL }}">Tags</a></nav>
        <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        <p><time>{{ .Date.Format "2006-01-02" }}</time></p>
        <ul>{{ range .Params.categories }}<li><a href="{{ (printf "/categories/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
        <ul>{{ range .Params.tags }}<li><a href="{{ (printf "/tags/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
        {{ .Content }}
        </article>
        {{ end }}
        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
        {{ end }}
        """;

    private const string Terms = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
        {{ end }}
        """;

    public static void WriteSkeleton(string folder)
    {
        var layouts = Path.Combine(folder, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        Directory.CreateDirectory(Path.Combine(folder, "content", "postmortems"));
        Write(Path.Combine(folder, "hugo.toml"), Config);
        Write(Path.Combine(layouts, "baseof.html"), BaseOf);
        Write(Path.Combine(layouts, "single.html"), Single);
        Write(Path.Combine(layouts, "list.html"), List);
        Write(Path.Combine(layouts, "terms.html"), Terms);
    }

    public static void WritePage(string folder, Postmortem postmortem, string body)
    {
        // JSON front matter: Hugo reads it natively and the serializer does all the quoting.
        var frontMatter = JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["title"] = postmortem.Title,
            ["date"] = postmortem.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // A slash in a term would nest the term's folder; Hugo's own urlize would drop it silently.
            ["categories"] = new[] { postmortem.RootCause.Category.Replace('/', '-') },
            ["tags"] = postmortem.Tags,
        }, new JsonSerializerOptions { WriteIndented = true });
        var path = Path.Combine(folder, "content", "postmortems", Path.GetFileName(postmortem.SourcePath));
        Write(path, frontMatter + "\n\n" + body);
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text.ReplaceLineEndings("\n") + (text.EndsWith('\n') ? "" : "\n"), Utf8);
}
