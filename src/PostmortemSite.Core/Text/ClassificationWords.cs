namespace PostmortemSite.Text;

/// <summary>
/// The classification profile's words (see <see cref="TextProfile"/>): every run of letters and digits (each Chinese,
/// Japanese or Korean character alone), lowercased, with where it stands in the text, and a light stem; no stop words,
/// since a synonym such as "out of memory" needs them.
/// </summary>
internal static class ClassificationWords
{
    /// <summary>Lowercase words with a light stem, so "indexes", "deadlocks" and "deployed" meet "index", "deadlock" and "deploy".</summary>
    internal static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (start >= 0 && (!isWordChar || WrittenWithoutSpaces(text[i]) || WrittenWithoutSpaces(text[i - 1])))
            {
                words.Add(new Word(Stem(text[start..i].ToLowerInvariant()), start, i));
                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>
    /// A character of Chinese, Japanese or Korean, which join their words without spaces ("磁盘空间不足"): each is a
    /// word of its own here, so a phrase of them ("磁盘空间") is matched like a phrase of English words.
    /// </summary>
    internal static bool WrittenWithoutSpaces(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff';

    internal static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word is "indices")
        {
            return "index";
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^3] + "y";
        }
        else if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            word = word[..^3];
        }
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^2];
        }

        return word;
    }
}

/// <summary>One word as the classification profile reads it: its light stem and where it stands in the text.</summary>
internal readonly record struct Word(string Stem, int Start, int End);
