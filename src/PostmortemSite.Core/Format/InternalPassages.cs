using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PostmortemSite.Format;

namespace PostmortemSite.Format;

/// <summary>
/// The <c>::: internal</c> ... <c>:::</c> passages of a Markdown text, found by the very pipeline that renders bodies,
/// so what the public edition removes is exactly what the internal edition shows as a passage.
/// </summary>
internal static class InternalPassages
{
    public const string ContainerName = "internal";

    /// <summary>Cheap test before parsing: a passage needs a line starting with ':::'.</summary>
    public static bool MayContain(string markdown) => markdown.Contains(":::", StringComparison.Ordinal);

    /// <summary>
    /// The text with every internal passage's lines (fences included) blanked, so line numbers stay the same.
    /// Unclosed lists the 1-based lines of passages that run to the end of the text because no ':::' closes them.
    /// </summary>
    public static Stripped Strip(string markdown)
    {
        var lines = markdown.Split('\n');
        var removed = 0;
        var unclosed = new List<int>();

        // Blanking a passage can change how the lines after it parse (a fence it swallowed is gone), so parse again
        // until no passage is left; each round blanks at least one, so this ends.
        for (var round = 0; round < lines.Length + 1; round++)
        {
            var text = string.Join('\n', lines);
            var found = Find(text);
            if (found is null)
            {
                // Too deeply nested for the parser: nothing of it can be shown safely.
                return new Stripped(new string('\n', lines.Length - 1), removed + 1, unclosed);
            }

            if (found.Count == 0)
            {
                return new Stripped(text, removed, unclosed);
            }

            foreach (var (first, last, closed) in found)
            {
                if (!closed && round == 0)
                {
                    unclosed.Add(first + 1);
                }

                for (var line = first; line <= last && line < lines.Length; line++)
                {
                    lines[line] = "";
                }
            }

            removed += found.Count;
        }

        throw new InvalidOperationException("internal passages did not converge");
    }

    /// <summary>The outermost internal passages as 0-based first and last lines; null when the text cannot be parsed.</summary>
    private static List<(int First, int Last, bool Closed)>? Find(string markdown)
    {
        if (!MayContain(markdown))
        {
            return [];
        }

        if (BodyMarkdown.TryParse(markdown) is not { } document)
        {
            return null;
        }

        var passages = new List<(int, int, bool)>();
        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (!IsInternal(container) || HasInternalAncestor(container))
            {
                continue;
            }

            var last = LineOf(markdown, Math.Max(container.Span.End, container.Span.Start));
            passages.Add((container.Line, last, IsClosed(markdown, last)));
        }

        return passages;
    }

    public static bool IsInternal(CustomContainer container) =>
        string.Equals(container.Info?.Trim(), ContainerName, StringComparison.OrdinalIgnoreCase);

    private static bool HasInternalAncestor(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer c && IsInternal(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int LineOf(string text, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>A closed passage ends on its closing fence, a line of colons.</summary>
    private static bool IsClosed(string text, int line)
    {
        var content = text.Split('\n')[line].Trim().TrimStart('>').Trim();
        return content.Length >= 3 && content.All(c => c == ':');
    }
}

/// <param name="Text">The text without its internal passages.</param>
/// <param name="Passages">How many passages were removed.</param>
/// <param name="UnclosedLines">Lines (1-based, in the text) of passages no ':::' closes.</param>
internal sealed record Stripped(string Text, int Passages, IReadOnlyList<int> UnclosedLines);
