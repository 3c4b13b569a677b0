using System.Text;

namespace PostmortemSite.Text;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from the algorithm's published description.
/// Its twin is theme/assets/search/stemmer.js; both must give identical stems for every word.
/// Works on lowercase words; 'Y' marks a y that acts as a consonant while stemming.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["idly"] = "idl",
        ["gently"] = "gentl",
        ["ugly"] = "ugli",
        ["early"] = "earli",
        ["only"] = "onli",
        ["singly"] = "singl",
        ["sky"] = "sky",
        ["news"] = "news",
        ["howe"] = "howe",
        ["atlas"] = "atlas",
        ["cosmos"] = "cosmos",
        ["bias"] = "bias",
        ["andes"] = "andes",
    };

    // Words that step 1a leaves alone and no later step may touch.
    private static readonly HashSet<string> AfterStep1aExceptions = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed",
    };

    // Prefixes whose R1 starts after the prefix, so "generous" and "general" do not collapse.
    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("ogist", "og"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    public static string Stem(string word)
    {
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        if (word.Length < 3)
        {
            return word;
        }

        var w = new StringBuilder(word);
        if (w[0] == '\'')
        {
            w.Remove(0, 1);
        }

        MarkConsonantYs(w);
        var (r1, r2) = Regions(w);

        Step1a(w);
        if (!AfterStep1aExceptions.Contains(w.ToString()))
        {
            Step1b(w, r1);
            Step1c(w);
            ReplaceInRegion(w, r1, Step2Rules, Step2Allows);
            Step3(w, r1, r2);
            Step4(w, r2);
            Step5(w, r1, r2);
        }

        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsDouble(StringBuilder w, int end) =>
        end >= 2 && w[end - 1] == w[end - 2] && w[end - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    /// <summary>An initial y, and a y right after a vowel, act as consonants.</summary>
    private static void MarkConsonantYs(StringBuilder w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
        }
    }

    private static (int R1, int R2) Regions(StringBuilder w)
    {
        var text = w.ToString();
        var prefix = RegionPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
        var r1 = prefix?.Length ?? AfterVowelThenConsonant(w, 0);
        return (r1, AfterVowelThenConsonant(w, r1));
    }

    /// <summary>The position just after the first non-vowel that follows a vowel, searching from start; the length when there is none.</summary>
    private static int AfterVowelThenConsonant(StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    /// <summary>Whether the first <paramref name="end"/> letters end in a short syllable.</summary>
    private static bool EndsInShortSyllable(StringBuilder w, int end)
    {
        // The reference stemmer treats the word "past" as ending in a short syllable, so "pasted" and "paste" meet at "paste".
        if (end == 4 && w[0] == 'p' && w[1] == 'a' && w[2] == 's' && w[3] == 't')
        {
            return true;
        }

        if (end == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return end >= 3 && !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y');
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(StringBuilder w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Step1a(StringBuilder w)
    {
        // Step 0: possessive apostrophes.
        foreach (var suffix in (string[])["'s'", "'s", "'"])
        {
            if (EndsWith(w, suffix))
            {
                w.Length -= suffix.Length;
                break;
            }
        }

        if (EndsWith(w, "sses"))
        {
            Replace(w, 4, "ss");
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            Replace(w, 3, w.Length > 4 ? "i" : "ie");
        }
        else if (EndsWith(w, "us") || EndsWith(w, "ss"))
        {
            // Left as they are: "bus", "press".
        }
        else if (EndsWith(w, "s") && HasVowel(w, w.Length - 2))
        {
            w.Length -= 1;
        }
    }

    private static void Step1b(StringBuilder w, int r1)
    {
        foreach (var suffix in (string[])["eedly", "eed"])
        {
            if (EndsWith(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    Replace(w, suffix.Length, "ee");
                }

                return;
            }
        }

        foreach (var suffix in (string[])["ingly", "edly", "ing", "ed"])
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemEnd = w.Length - suffix.Length;
            if (suffix == "ing" && stemEnd == 2 && w[1] == 'y' && !IsVowel(w[0]))
            {
                // "hying" -> "hie", like "dying" -> "die".
                w.Length = 1;
                w.Append("ie");
                return;
            }

            if (!HasVowel(w, stemEnd))
            {
                return;
            }

            w.Length = stemEnd;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
            {
                w.Append('e');
            }
            else if (IsDouble(w, w.Length))
            {
                // A vowel and a double letter is the whole word: "added" -> "add", not "ad".
                if (!(w.Length == 3 && IsVowel(w[0])))
                {
                    w.Length -= 1;
                }
            }
            else if (r1 >= w.Length && EndsInShortSyllable(w, w.Length))
            {
                w.Append('e');
            }

            return;
        }
    }

    private static void Step1c(StringBuilder w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    private static bool Step2Allows(StringBuilder w, string suffix, int stemEnd) => suffix switch
    {
        "ogi" => stemEnd > 0 && w[stemEnd - 1] == 'l',
        "li" => stemEnd > 0 && IsValidLiEnding(w[stemEnd - 1]),
        _ => true,
    };

    /// <summary>Finds the longest matching suffix; replaces it only when it lies in the region and the rule's condition holds.</summary>
    private static void ReplaceInRegion(StringBuilder w, int region, (string Suffix, string Replacement)[] rules, Func<StringBuilder, string, int, bool> allows)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (EndsWith(w, suffix))
            {
                var stemEnd = w.Length - suffix.Length;
                if (stemEnd >= region && allows(w, suffix, stemEnd))
                {
                    Replace(w, suffix.Length, replacement);
                }

                return;
            }
        }
    }

    private static void Step3(StringBuilder w, int r1, int r2) =>
        ReplaceInRegion(w, r1, Step3Rules, (_, suffix, stemEnd) => suffix != "ative" || stemEnd >= r2);

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            var stemEnd = w.Length - suffix.Length;
            if (stemEnd >= r2 && (suffix != "ion" || (stemEnd > 0 && w[stemEnd - 1] is 's' or 't')))
            {
                w.Length = stemEnd;
            }

            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        var last = w.Length - 1;
        if (last < 0)
        {
            return;
        }

        if (w[last] == 'e' && (last >= r2 || (last >= r1 && !EndsInShortSyllable(w, last))))
        {
            w.Length = last;
        }
        else if (w[last] == 'l' && last >= r2 && last > 0 && w[last - 1] == 'l')
        {
            w.Length = last;
        }
    }
}
