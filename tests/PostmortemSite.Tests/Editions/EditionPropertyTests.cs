using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Editions;

/// <summary>
/// Over generated libraries, with markers placed at random in every field that reaches the site and hidden in every
/// way the public edition offers: no marker is in any byte of the public edition, and every one is in the internal one.
/// </summary>
public sealed class EditionPropertyTests
{
    private enum Hiding
    {
        Shown,
        InternalIncident,
        Passage,
        InternalField,
        Literal,
        Pattern,
    }

    /// <summary>Where a text can sit: the field name internal_fields knows it by (null: only the body), and whether a passage can hold it.</summary>
    private static readonly (string Slot, string? Field, bool InBody)[] Slots =
    [
        ("title", null, false), ("summary", "summary", false), ("severity", "severity", false), ("trigger", "root_cause.trigger", false),
        ("impact", "impact.description", false), ("service", "services", false), ("tag", "tags", false), ("team", "teams", false),
        ("action", "action_items", false), ("owner", "action_items.owner", false), ("ticket", "action_items.ticket", false),
        ("timeline", "timeline", false), ("body", null, true), ("cause", null, true), ("bodytimeline", null, true),
    ];

    private sealed record Incident(Visibility? Visibility, Hiding[] Hidings);

    // Hidings are drawn for every incident; an internal one (by its own word or the site's default) ignores them.
    private static readonly Gen<Incident> Incidents =
        from visibility in Gen.Elements<Visibility?>(Visibility.Public, Visibility.Internal, null)
        from hidings in Gen.ArrayOf(Gen.Elements(Hiding.Shown, Hiding.Passage, Hiding.InternalField, Hiding.Literal, Hiding.Pattern), Slots.Length)
        select new Incident(visibility, hidings);

    private static readonly Gen<(Incident[] Incidents, Visibility Default)> Libraries =
        from count in Gen.Choose(1, 4)
        from incidents in Gen.ArrayOf(Incidents, count)
        from fallback in Gen.Elements(Visibility.Internal, Visibility.Public)
        select (incidents, fallback);

    [Fact]
    public void No_generated_library_leaks_a_hidden_marker_into_the_public_edition()
    {
        Prop.ForAll(Libraries.ToArbitrary(), library => HidesEverything(library.Incidents, library.Default))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(12));
    }

    [Fact]
    public void The_check_fails_when_a_marker_reaches_the_public_edition()
    {
        // Guards the harness: a marker that nothing hides must be found, or the property could never fail.
        var shown = new Incident(Visibility.Public, Slots.Select(_ => Hiding.Shown).ToArray());

        Assert.False(HidesEverything([shown], Visibility.Internal, markShown: true));
    }

    private static bool HidesEverything(Incident[] incidents, Visibility fallback, bool markShown = false)
    {
        using var folder = new TempFolder();
        var markers = new List<string>();
        var rules = new StringBuilder("redact:\n  - pattern: '\\bmkqp[a-z]+q\\b'\n");
        for (var i = 0; i < incidents.Length; i++)
        {
            folder.Write($"input/incidents/i{i}.md", Write(i, incidents[i], fallback, markers, rules, markShown));
        }

        folder.Write("input/redact.yml", rules.ToString());
        var publicFiles = Build(folder, Edition.Public, fallback, out var publicCount);
        var internalFiles = Build(folder, Edition.Internal, fallback, out _);

        var expectedPublic = incidents.Count(i => (i.Visibility ?? fallback) == Visibility.Public);
        var hidden = !publicFiles.Values.Any(bytes => bytes.AsSpan().IndexOf("mkq"u8) >= 0);
        var allInternal = markers.All(m => internalFiles.Values.Any(bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m)) >= 0));
        return hidden && allInternal && publicCount == expectedPublic;
    }

    /// <summary>One postmortem whose every slot holds a marker (or, when shown, a plain word), hidden as its incident says.</summary>
    private static string Write(int index, Incident incident, Visibility fallback, List<string> markers, StringBuilder rules, bool markShown)
    {
        var isPublic = (incident.Visibility ?? fallback) == Visibility.Public;
        var fields = new List<string>();
        var texts = new Dictionary<string, string>();
        var inPassage = new HashSet<string>();
        for (var s = 0; s < Slots.Length; s++)
        {
            var (slot, field, inBody) = Slots[s];
            var hiding = isPublic ? incident.Hidings[s] : Hiding.InternalIncident;

            // Passages hold body text; a front-matter field is left out by name instead, and the title by neither.
            hiding = hiding switch
            {
                Hiding.Passage when !inBody => field is null ? Hiding.Literal : Hiding.InternalField,
                Hiding.InternalField when field is null => inBody ? Hiding.Passage : Hiding.Literal,
                _ => hiding,
            };
            var code = $"{(char)('a' + index)}{(char)('a' + s)}";
            var marker = hiding switch
            {
                Hiding.Shown => markShown ? $"mkqs{code}q" : $"plain{code}",
                Hiding.Pattern => $"mkqp{code}q",
                _ => $"mkq{code}q",
            };
            if (hiding != Hiding.Shown || markShown)
            {
                markers.Add(marker);
            }

            switch (hiding)
            {
                case Hiding.Literal:
                    rules.Append("  - text: ").Append(marker).Append('\n');
                    break;
                case Hiding.InternalField:
                    fields.Add(field!);
                    break;
                case Hiding.Passage:
                    inPassage.Add(slot);
                    break;
            }

            texts[slot] = marker;
        }

        string Section(string slot, string text) => inPassage.Contains(slot) ? $"::: internal\n{text}\n:::\n" : text + "\n";
        var visibility = incident.Visibility switch
        {
            Visibility.Public => "visibility: public\n",
            Visibility.Internal => "visibility: internal\n",
            _ => "",
        };
        var internalFields = fields.Count > 0 ? $"internal_fields: [{string.Join(", ", fields.Distinct())}]\n" : "";
        return $"""
            ---
            title: Checkout incident {texts["title"]}
            date: 2024-0{1 + (index % 9)}-1{index % 10}
            {visibility.TrimEnd('\n')}
            summary: Checkout failed {texts["summary"]}.
            severity: sev {texts["severity"]}
            root_cause:
              category: database/index
              trigger: Trigger {texts["trigger"]}
            timestamps:
              started: 2024-01-01T10:00:00Z
              resolved: 2024-01-01T11:00:00Z
            impact:
              description: Impact {texts["impact"]}
            services: [checkout, s-{texts["service"]}]
            tags: [index, t-{texts["tag"]}]
            teams: [team-{texts["team"]}]
            {internalFields.TrimEnd('\n')}
            action_items:
              - title: Fix {texts["action"]}
                owner: {texts["owner"]}
                ticket: T-{texts["ticket"]}
            timeline:
              - time: 2024-01-01T10:05:00Z
                text: Paged about {texts["timeline"]}
            ---
            ## Root cause
            {Section("cause", "Index dropped " + texts["cause"])}
            ## Timeline
            {Section("bodytimeline", "- 10:10 Noticed " + texts["bodytimeline"])}
            ## Write-up
            {Section("body", "Checkout index trouble " + texts["body"])}
            """;
    }

    private static Dictionary<string, byte[]> Build(TempFolder folder, Edition edition, Visibility fallback, out int incidents)
    {
        var output = folder.Combine("out-" + edition);
        var options = new SiteOptions(folder.Combine("input"), output) { Edition = edition, DefaultVisibility = fallback };
        var build = new SiteBuilder(DefaultTheme.Create()).BuildAsync(options).GetAwaiter().GetResult();
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        incidents = build.KnowledgeBase!.Incidents.Count;
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
    }
}
