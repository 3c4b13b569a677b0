using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Hardening;

/// <summary>Whatever a legacy document holds, the importer's extractor and timeline parser give a result or diagnostics: never an exception, never a hang.</summary>
public sealed class ImporterPropertyTests
{
    // Pieces of the legacy formats the importer recognises, plus the text that tends to break line-oriented parsers.
    private static readonly string[] Fragments =
    [
        "10:00 AM:", "09:00 UTC -", "T+1h10m", "T+", "EDT", " PST", "(next day)", "| time | event |\n", "|---|---|\n", "| 10:00 | x |\n", "- [ ] ",
        "- [x] ", "Root Cause:", "**Impact:**", "## 🔥 Timeline\n", "# 📅 Incident\n", "## Timeline\n", "Timeline\n", "\r\n", "\n", "\r", "\uFEFF",
        "99999999999999999999999999", "2024-06-22", "June 22, 2024", "23:59", "24:61", "12:00 PM", "00:00", "Date: ", "Start Time: ", "Duration: ",
        "Severity: SEV1", "Owner: ", "@dana", "90% of users", "-", "—", ":", " ", "\t", "**", "`", "```\n", "[", "]", "(", ")", "|", "\0", "\uD800",
        "Z", "+14:00", "-12:00", "Day 2", "yesterday", "deadlock", "misleading path", "no effect", "Follow-up Tasks:\n", "1. ", "a",
        "T-2d", "T-999d: ", "T+9999h ", "Time: ", "Resolution time: ~", "Duration of impact: ", "Sat May 31 23:49:13 2025", "2025-05-31T23:49:13",
        "Author: x\n", "TZ=Asia/Tokyo", "Asia/Shanghai", "became inaccessible", "- [ ] **Fix.**\n\n      ", "Future:\n", "On Tuesday at ", "02-03-2021", "< ",
        "08.33 ", "23.59", "9:27a", "4:00p", "## Investigating ", "Update 1 - ", "### Day 1 - ", "| 0730 | ", "| Time | Event Type | Description |\n", "4. Timeline\n",
        "- **Day 1, morning:** ", "Resolution Time: TBD", "---\n.date = \"2025-09-08\",\n.title = \"x\",\n---\n", "Incident Date: _", "## Prevention checklist\n", "[done]",
        "{% highlight bash %}\n", "{% endhighlight %}", "**Timeline** (UTC, 2026-08-08; ", "**Status:** In Recovery\n", "datePublished: ", "comments: false\n",
        "between 07:20-09:30 UTC", "Planned maintenance:\n", "| Time | Evidence |\n", "InternalError", "No definitive root cause", "at 2PM EDT (18:00 UTC)",
        "07:20 UTC - 09:30 UTC", "18<sup>th</sup>", "<sup>1</sup>", "{% post_url 2016-03-12-x %}", "03.08.2023", "01.-", "Exact root cause is still unknown",
        "probably due to ", "Node operators should do all of the following:\n", "(Done) ", "Geth: v1.15.3", "### Resources\n", "out of service for six days",
        "<!--\n", ".. date: 2016-12-22 01:00:00\n", ".. link:\n", "-->\n", "~T + 5m", "{link to the fix}", "### Future mitigations\n", " will be fixed",
        "didn`t", "## Updates\n", "Cloudflare has assured us ", "- Add alerts for:\n  - ",
        "which would come with 2-3 hours of downtime", "~T+25m INCIDENT RESOLVED", "These include:\n", "We are also making changes to ", "Case 1: ",
        "For the level of cover, ", "Most ", "## Lessons learnt\n", "### 4. Have a node take backups\n", "remains in `ContainerCreating`", "also stuck",
        "[news](https://example.com/2022/04/25/story/)", "It all started on Monday evening",
        "## Próximos pasos\n", "## 根本原因分析\n", "## アクションアイテム\n", "| Uhrzeit (UTC) | Ereignis |\n", "26 de febrero de 2026", "21. Januar 2025",
        "2026年4月16日", "26 февраля 2026 г.", "**Duración:** ~15 minutos", "持续时间：约 3 小时", "a las 16:53 y ", "**復旧確認**", "未恢复", "mars ", "y ",
        "This was done at 02:09 UTC. This did not resolve the issue.",
        "We apologise and we will take measures ", ", so we are going to ", "I have revoked it, and will avoid ", "We are improving ",
        "We are taking steps to prevent ", "A project is underway to ", "1. Add a checklist for:\n   - ", "**Immediate (2026-06-20 morning):** ",
        "Due 2026-07-01: ", "Three of these ", "For a short period of time (10 minutes), example.org ", " will be reinstalled only if ",
    ];

    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    private static Arbitrary<string> Documents => Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Extracting_any_legacy_looking_document_never_throws_and_finishes_quickly()
    {
        Prop.ForAll(Documents, text => ExtractsSafely(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Parsing_any_timeline_looking_section_never_throws_and_finishes_quickly()
    {
        var zones = Gen.Elements(TimeZoneTable.Names.ToArray()).Select(name => TimeZoneTable.Find(name)!);
        var dates = Gen.Elements<DateOnly?>(null, new DateOnly(2024, 6, 22), DateOnly.MinValue, DateOnly.MaxValue);
        var contexts = dates.SelectMany(date => zones.Select(zone => new TimelineContext(date, zone, null))).ToArbitrary();

        Prop.ForAll(Documents, contexts, (text, context) => ParsesSafely(text, context)).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Extracting_arbitrary_unicode_text_never_throws()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ExtractsSafely(text ?? "")).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    // Words the promise and response patterns turn on, so generated sentences walk their branches and backtracking.
    private static readonly string[] PromiseWords =
    [
        "We", "we", "I", "are", "am", "have", "now", "also", "currently", "actively", "then", "still", "working", "closely", "with", "our", "the",
        "network", "provider", "vendor", "team", "to", "determine", "how", "and", "why", "that", "which", "when", "were", "by", "will", "be", "add",
        "improve", "looking", "at", "into", "in", "process", "of", "begun", "adding", "plan", "need", "should", "means", "going", "forward", "next",
        "week", "making", "changes", "taking", "steps", "prevent", "monitoring", "alerts", "restore", "roll", "back", "is", "underway", ",", ";", ".",
    ];

    [Fact]
    public void Extracting_any_sentence_of_promise_words_never_throws()
    {
        // Found by a real document: "We are now working with our network provider to determine how and why we were
        // impacted by that ..." made .NET's generated matcher overrun its backtracking stack in the promise pattern once
        // a bounded run of words (up to twelve) was used up; so the generated sentences have long runs as well as short.
        var openings = Gen.Elements("We are now working with", "We are also currently working closely with", "We have now", "We are", "I am now looking into", "We will also", "The team is now", "");
        var runs = Gen.Choose(0, 30).SelectMany(length => Gen.Elements(PromiseWords).ArrayOf(length));
        var sentences = openings.SelectMany(opening => runs.Select(words => $"# Outage\n\n{opening} {string.Join(' ', words)}.\n")).ToArbitrary();

        Prop.ForAll(sentences, text => ExtractsSafely(text)).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void A_timeline_that_rolls_past_the_last_day_of_the_calendar_leaves_those_times_unset()
    {
        // Found by the property above: rolling over to the next day from 9999-12-31 used to throw ArgumentOutOfRangeException.
        var text = "Date: 9999-12-31\n\nTimeline\n9999-12-31 23:00 UTC: late event\n00:30 UTC: after midnight\n(next day) 01:00 UTC: next day\n";

        var extraction = Extractor.Extract("end-of-calendar.txt", text);
        var timeline = TimelineParser.Parse("23:00: late\n00:30: after midnight\n", new TimelineContext(DateOnly.MaxValue, TimeZoneTable.Find("UTC")!, null));

        Assert.NotNull(extraction.Postmortem);
        Assert.Equal(2, timeline.Events.Count);
        Assert.All(timeline.Events, e => Assert.Null(e.Event.Time));
    }

    [Theory]
    [InlineData("Duration: 99999999999999999999999999 Day 2\n")]
    [InlineData("Duration: 99999999999999999999999999Day 2\n")]
    [InlineData("The outage lasted 1-99999999999999999999999 hours.\n")]
    public void A_stated_length_too_long_for_any_incident_is_no_length_and_no_crash(string line)
    {
        // Found by the property above in CI: a run of digits before "Day" overflowed TimeSpan while the length was read.
        var extraction = Extractor.Extract("huge-length.txt", "Date: 2024-06-22\n\n" + line);

        Assert.NotNull(extraction.Postmortem);
        Assert.Null(extraction.Postmortem!.StatedDurationMinutes);
    }

    private static bool ExtractsSafely(string text)
    {
        // No time limit (it would flake on a busy machine): an extractor that never returns fails the run anyway.
        var extraction = Extractor.Extract("generated.txt", text);
        return extraction.Postmortem is not null
            && extraction.Diagnostics.All(d => d.Location.File == "generated.txt");
    }

    private static bool ParsesSafely(string text, TimelineContext context)
    {
        var result = TimelineParser.Parse(text, context);
        return result.Untimed >= 0 && result.Events.All(e => e.LineIndex >= 0);
    }
}
