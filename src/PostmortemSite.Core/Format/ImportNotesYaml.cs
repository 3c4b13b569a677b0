using PostmortemSite.Format;
using PostmortemSite.Model;

namespace PostmortemSite.Format;

/// <summary>
/// The part of the <c>imported:</c> block the site reads, written by import and read by the build in one place:
/// <c>body_format</c> (<c>text</c> for a plain-text body the page shapes) and <c>guesses</c> (field, confidence and
/// what the guess came from, for the page's "guessed" marks). The rest of <c>imported:</c> is for people only.
/// </summary>
internal static class ImportNotesYaml
{
    public const string BodyFormatKey = "body_format";
    public const string GuessesKey = "guesses";

    public static void Write(FrontMatterEmitter yaml, ImportNotes notes) => yaml
        .Text(BodyFormatKey, notes.BodyFormat.Key())
        .Entries(GuessesKey, notes.Guesses, (w, guess) => w
            .Text("field", guess.Field.Key())
            .Text("confidence", guess.Confidence.Key())
            .Text("from", guess.From));

    /// <summary>The <c>imported:</c> block of a postmortem read back from its notes (the generator's and the schema's round trip).</summary>
    public static void WriteSection(Postmortem postmortem, FrontMatterEmitter yaml)
    {
        if (postmortem.Imported is { } notes)
        {
            yaml.Section("imported", w => Write(w, notes));
        }
    }

    /// <summary>The notes under <c>imported:</c>; null without that block. Guesses naming a field the site does not know are passed over.</summary>
    public static ImportNotes? Read(YamlFields frontMatter)
    {
        if (frontMatter.Mapping("imported") is not { } imported)
        {
            return null;
        }

        var format = imported.OneOf(BodyFormatKey, [BodyFormat.Markdown.Key(), BodyFormat.PlainText.Key()], BodyFormat.Markdown.Key()) == BodyFormat.PlainText.Key()
            ? BodyFormat.PlainText
            : BodyFormat.Markdown;
        var guesses = new List<FieldGuess>();
        foreach (var entry in imported.MappingList(GuessesKey))
        {
            if (ImportedFields.FromKey<ImportedField>(entry.String("field") ?? "") is { } field)
            {
                var confidence = ImportedFields.FromKey<GuessConfidence>(entry.String("confidence") ?? "") ?? GuessConfidence.Medium;
                guesses.Add(new FieldGuess(field, confidence, entry.String("from") ?? ""));
            }
        }

        return new ImportNotes(format, guesses);
    }
}
