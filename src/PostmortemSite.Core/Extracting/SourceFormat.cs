namespace PostmortemSite.Extracting;

/// <summary>The kinds of legacy document import reads. Every one but Markdown and plain text is converted to Markdown first.</summary>
internal enum SourceFormat
{
    Markdown,
    PlainText,

    /// <summary>Markdown behind a template: MDX (.mdx) or a server template such as .md.erb; template code is dropped, never run.</summary>
    MarkdownTemplate,
    Html,
    AsciiDoc,
    ReStructuredText,

    /// <summary>An Emacs Org-mode outline (.org), as engineers who keep notes in Emacs write them.</summary>
    Org,

    /// <summary>A wiki page's MediaWiki source (.mediawiki, .wiki), as exported from a team wiki or kept beside code.</summary>
    MediaWiki,
    Docx,

    /// <summary>A blog post kept as one Atom entry or RSS item (.xml, .atom, .rss).</summary>
    FeedEntry,
}

internal static class SourceFormats
{
    // Template engines whose tags are dropped when they wrap a Markdown file ("x.md.erb").
    private static readonly string[] TemplateSuffixes = [".erb", ".liquid", ".njk", ".j2", ".jinja", ".hbs", ".mustache"];

    /// <summary>The format a file's name says it holds; null for a name import does not read from a folder.</summary>
    public static SourceFormat? FromName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        if (TemplateSuffixes.Contains(extension))
        {
            var inner = Path.GetExtension(name[..^extension.Length]);
            return inner is ".md" or ".markdown" ? SourceFormat.MarkdownTemplate : inner is ".html" or ".htm" ? SourceFormat.Html : null;
        }

        return extension switch
        {
            // Zine's SuperMarkdown is Markdown with a Ziggy front matter block; Quarto (.qmd) and R Markdown (.rmd) are
            // Markdown with YAML front matter whose code chunks are fenced code, shown and never run.
            ".md" or ".markdown" or ".smd" or ".qmd" or ".rmd" => SourceFormat.Markdown,
            ".txt" or ".text" => SourceFormat.PlainText,
            ".mdx" => SourceFormat.MarkdownTemplate,
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".adoc" or ".asciidoc" or ".asc" => SourceFormat.AsciiDoc,
            ".rst" or ".rest" => SourceFormat.ReStructuredText,
            ".org" => SourceFormat.Org,
            ".mediawiki" or ".wiki" or ".wikitext" => SourceFormat.MediaWiki,
            ".docx" => SourceFormat.Docx,
            ".xml" or ".atom" or ".rss" => SourceFormat.FeedEntry,
            _ => null,
        };
    }

    /// <summary>The extensions read from a folder, for messages and help.</summary>
    public const string ReadExtensions = ".md, .markdown, .smd, .qmd, .rmd, .txt, .html, .htm, .adoc, .asciidoc, .rst, .org, .mediawiki, .wiki, .mdx, .md.erb, .docx, .xml/.atom/.rss (one Atom or RSS entry)";

    public static string DisplayName(this SourceFormat format) => format switch
    {
        SourceFormat.Markdown => "Markdown",
        SourceFormat.PlainText => "plain text",
        SourceFormat.MarkdownTemplate => "templated Markdown",
        SourceFormat.Html => "HTML",
        SourceFormat.AsciiDoc => "AsciiDoc",
        SourceFormat.ReStructuredText => "reStructuredText",
        SourceFormat.Org => "Org-mode",
        SourceFormat.MediaWiki => "MediaWiki",
        SourceFormat.Docx => "Word (.docx)",
        SourceFormat.FeedEntry => "a feed entry (Atom or RSS)",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>True when the file's text is the body as written; false when the body is the Markdown it was converted to.</summary>
    public static bool KeepsOriginalText(this SourceFormat format) => format switch
    {
        SourceFormat.Markdown or SourceFormat.PlainText => true,
        SourceFormat.MarkdownTemplate or SourceFormat.Html or SourceFormat.AsciiDoc or SourceFormat.ReStructuredText or SourceFormat.Org or SourceFormat.MediaWiki or SourceFormat.Docx or SourceFormat.FeedEntry => false,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
