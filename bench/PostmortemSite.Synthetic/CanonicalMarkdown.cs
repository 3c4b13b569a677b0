using PostmortemSite.Format;
using PostmortemSite.Model;

namespace PostmortemSite.Synthetic;

/// <summary>Writes a postmortem back as canonical Markdown (YAML front matter + body) that PostmortemReader reads unchanged.</summary>
internal static class CanonicalMarkdown
{
    public static string Write(Postmortem p) => FrontMatterSchema.Write(new FrontMatterEmitter(), p).Close("\n" + p.BodyMarkdown);
}
