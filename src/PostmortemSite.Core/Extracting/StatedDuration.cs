using System.Globalization;
using System.Text.RegularExpressions;
using PostmortemSite.Model;

namespace PostmortemSite.Extracting;

/// <summary>
/// How long the document says the incident lasted ("resolved in 2 hours and 2 minutes", "a 30min outage",
/// "the outage lasted just under 7 hours", "the site was unusable for about 1h50m", "over a period of around 12 hours ... there was an outage"). A length counts only when the sentence ties it to the outage itself,
/// so "we waited 2 hours for the vendor" is not taken for the incident's duration.
/// </summary>
internal sealed partial record StatedDuration(TimeSpan Length, string Phrase)
{
    /// <summary>
    /// "Afterwards, the API was degraded for 25 minutes", "remained down for 20 minutes after the rollback", "down for 3
    /// minutes during the rollback": a length its sentence places after or around a moment, so it cannot be counted back
    /// from that moment.
    /// </summary>
    public bool ToldAfterAMoment { get; init; }

    /// <summary>
    /// "the biggest outage lasted 32 hours", "the longest downtime was 9 hours": the length of the worst of several
    /// outages (one server's, one region's), not one measured from the incident's start.
    /// </summary>
    public bool OfTheWorstOfSeveral { get; init; }

    [GeneratedRegex(@"\b(?:biggest|longest|largest|worst|shortest)\s+(?:single\s+|individual\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    // Told after the remedy: the sentence opens with "Afterwards" or "After that", or places the length after or during
    // the remedy ("after the rollback", "during the restart"). "After a bad deploy" or "while we investigated" say
    // nothing of where the length ends.
    [GeneratedRegex(@"^\W*after(?:wards|\s+that|\s+this)\b|\b(?:after|during|following)\s+(?:the|our|this|that|a)\s+(?:rollback|roll-?back|restart|revert|fix|failover|remedy|recovery|mitigation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheRemedy();

    // The words up to the length say it lingered on: "remained down for", "for another 20 minutes", "20 more minutes".
    [GeneratedRegex(@"\b(?:remained|stayed|still|another|further)\b|\d+\s+more\b", RegexOptions.IgnoreCase)]
    private static partial Regex LingeredOn();

    /// <summary>"about 3 hours", "just under 7 hours", "~45 minutes": a round figure, not a measurement.</summary>
    public bool Approximate => ApproximateWord().IsMatch(Phrase);

    /// <summary>"Resolution time: ~4 hours", "Time to recover: 45 minutes": counted from when the work began, not from the fault.</summary>
    public bool FromDetection => RecoveryWords().IsMatch(Phrase);

    [GeneratedRegex(@"\b(?:" + RecoveryLabelWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveryWords();

    // "Resolution time", "Recovery time", "Time to resolve", "Time to recovery": a label of the time the fix took.
    private const string RecoveryLabelWords = @"(?:resolution|recovery|restoration)\s+time|time\s+to\s+(?:resolve|resolution|recover|recovery|restore)";

    /// <summary>"~1 hour", "about 2 hours": whole hours hedged either way, said loosely ("about 1h50m" is said closely, "under 1 hour" is a bound).</summary>
    public bool Round => AboutEitherWay().IsMatch(Phrase) && Length.Ticks % TimeSpan.TicksPerHour == 0;

    [GeneratedRegex(@"\b(?:about|approximately|approx|around|roughly|some)\b|~", RegexOptions.IgnoreCase)]
    private static partial Regex AboutEitherWay();

    /// <summary>"two days of downtime", "about 2 weeks": counted in days, so it says nothing of the time of day it ended.</summary>
    public bool InWholeDays => Length.Ticks % TimeSpan.TicksPerDay == 0 && !HoursOrMinutes().IsMatch(Phrase);

    [GeneratedRegex(@"\d\s*(?:h|m)(?![a-z])|\b(?:hours?|hrs?|minutes?|mins?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoursOrMinutes();

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] TensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    // Longer than this is history ("we have run it for 3 months"), not an incident's length.
    private static readonly TimeSpan MaxLength = TimeSpan.FromDays(60);

    public static StatedDuration? Find(IEnumerable<string> lines)
    {
        // "affected for around **7 hours**": emphasis marks the figure without changing what the sentence says; a link
        // ("unavailable to [sleeping databases](https://…) for 5.5 hours") says its words, not its address.
        var read = lines.Select(line => MarkdownInline.WithLinkText(line).Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal)).ToList();
        return FindOutageLength(read) ?? FirstLength(read, DownAWhile()) ?? FirstLength(read, AttackLasted()) ?? FirstLength(read, TookToFix()) ?? FirstLength(read, ShortWhileInParentheses());
    }

    /// <summary>
    /// A timeline kept in offsets with no clock time anywhere ("~T+0 INCIDENT DETECTED" ... "~T+25m INCIDENT RESOLVED"):
    /// the entry that says the service is back tells how long the incident lasted, counted from the one that says it
    /// began, or from T+0, where such timelines put the start. Null when no entry says the end.
    /// </summary>
    public static StatedDuration? FromOffsets(IReadOnlyList<ParsedEvent> events)
    {
        var offsets = events.Where(e => e.SinceStart is not null && !e.Event.DeadEnd).ToList();
        if (offsets.Count < 2 || events.Any(e => e.Event.Time is not null))
        {
            return null;
        }

        var end = offsets.LastOrDefault(e => EventWording.Says(e.Event.Text, Milestone.Resolved));
        var start = offsets.FirstOrDefault(e => e.SinceStart < end?.SinceStart && EventWording.MarksStart(e.Event.Text))?.SinceStart ?? TimeSpan.Zero;
        return end?.SinceStart is { } ended && ended - start is var length && length >= TimeSpan.FromMinutes(1)
            ? new StatedDuration(length, $"{Words(start)} to {Words(ended)}")
            : null;

        static string Words(TimeSpan since) => since == TimeSpan.Zero ? "T+0" : $"T+{(int)since.TotalMinutes}m";
    }

    /// <summary>"~45m", "2 hours total", "Around 4-5 hours (estimated)": a value that is a length and nothing else ("5 min read", "15 mins to detect, 2h to fix" are not).</summary>
    public static bool IsOnlyALength(string text) => OnlyALength().IsMatch(text);

    [GeneratedRegex(@"^\s*" + Approximately + LengthPattern + @"\s*(?:total|overall|in total|of (?:downtime|outage|impact))?\s*(?:\([^()]*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyALength();

    private static StatedDuration? FirstLength(List<string> lines, Regex pattern) =>
        lines.Select(line => pattern.Match(line)).Where(m => m.Success)
            .Select(m => Parse(m.Groups["length"].Value) is { } length && length > TimeSpan.Zero ? new StatedDuration(length, m.Value.Trim()) : null)
            .FirstOrDefault(d => d is not null);

    // "A sustained DDoS that lasted for around 36 hours": the attack's length, read only when no sentence tells the
    // outage's own ("the attack lasted 3 days; our origin was down for 20 minutes").
    [GeneratedRegex(@"\b(?:ddos|dos attack|attack)s?,?\s+(?:(?:that|which)\s+)?(?:lasted|lasting)(?:\s+for)?\s*" + Approximately + LengthPattern, RegexOptions.IgnoreCase)]
    private static partial Regex AttackLasted();

    private static StatedDuration? FindOutageLength(List<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var match in new[] { DurationLabel().Match(line), RecoveryLabel().Match(line), LengthThenOutage().Match(line), OutageThenLength().Match(line), UnavailableFor().Match(line), UntilFixed().Match(line), PeriodOfOutage().Match(line), ProblemAroundFor().Match(line), DetectionToResolution().Match(line), OutageLengthInCjk().Match(line) }.Where(m => m.Success).OrderBy(m => m.Index))
            {
                if (Parse(match.Groups["length"].Value) is { } length && length > TimeSpan.Zero && !MeasuresSomethingElse(line, match))
                {
                    // "the longest outage in our history" measures this incident against earlier ones, not against its own parts.
                    var worstOfSeveral = Superlative().IsMatch(line.AsSpan(0, match.Index)) && !match.Groups["history"].Success;
                    return new StatedDuration(length, match.Value.Trim()) { ToldAfterAMoment = ToldAfter(line, match), OfTheWorstOfSeveral = worstOfSeveral };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "The provider null-routes a box, so it is inaccessible for three hours after any attack", "whenever the primary
    /// fails, writes stop for 30 seconds": a sentence telling what always happens, or would, is a rule, not this incident's
    /// length; nor is the lead-up to a moment ("had been broken for 45 minutes before that").
    /// </summary>
    private static bool MeasuresSomethingElse(string line, Match match)
    {
        var (start, sentence) = SentenceOf(line, match);
        var before = line.AsSpan(start, Math.Max(0, match.Index - start));
        var after = line.AsSpan(match.Index + match.Length);
        return Habitual().IsMatch(sentence) || HabitualBefore().IsMatch(before) || ForecastOfTheLength().IsMatch(before)
            || BeforeAMomentNamed().IsMatch(after) || (PastPerfect().IsMatch(before) && BeforeSomething().IsMatch(after));
    }

    /// <summary>The sentence places the length after the remedy, or the words up to the length say it lingered on.</summary>
    private static bool ToldAfter(string line, Match match)
    {
        var (start, sentence) = SentenceOf(line, match);
        return AfterTheRemedy().IsMatch(sentence) || LingeredOn().IsMatch(line.AsSpan(start, match.Index + match.Length - start));
    }

    /// <summary>The sentence of the line that holds the match, and where in the line it starts.</summary>
    private static (int Start, string Sentence) SentenceOf(string line, Match match)
    {
        var start = line.LastIndexOfAny(SentenceEnds, match.Index) + 1;
        var end = line.IndexOfAny(SentenceEnds, match.Index + match.Length);
        return (start, line[start..(end < 0 ? line.Length : end)]);
    }

    // "Replication had been broken for 45 minutes before that", "the disk was full for an hour prior to this": a length
    // that ends at a moment told before it measures the lead-up, not the outage; so does "stalled for 45 minutes before it
    // was noticed". A moment of coming back ("before it recovered", "before this was finally
    // fixed", "before it returned to normal") ends the outage itself.
    [GeneratedRegex(@"^\s*(?:already\s+)?(?:before|prior to|ahead of)\s+(?:then\b|(?:this|that)\b(?!\s+(?:\w+ly\s+)?(?:recover\w*|came\s+back|come\s+back|was\s+back|returned|resumed|stabili[sz]ed|self-heal\w*|started\s+\w+ing\s+(?:\w+\s+)?again|(?:was|were|got|had\s+been)\s+(?:\w+ly\s+)?(?:fixed|resolved|restored|mitigated|brought\s+back|rolled\s+back|reverted)))|it\s+(?:(?:was|were|got|had\s+been)\s+)?(?:\w+ly\s+)?(?:noticed|detected|spotted|discovered|caught|flagged|reported|escalated|identified|seen|picked\s+up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeAMomentNamed();

    // "The queue had been stalled for 2 hours before anyone noticed": told in the past perfect, the length leads up to
    // what came next, so the outage went on past it.
    [GeneratedRegex(@"\bhad(?:\s+\w+)?\s+been\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastPerfect();

    // Not one that ends at the fix ("had been down for 2 hours before we restored it"), which is the outage's length.
    [GeneratedRegex(@"^\s*(?:already\s+)?(?:before|prior to|ahead of|by the time)\b(?![^.;]{0,40}\b(?:fix|fixed|resolved?|restored?|mitigated?|recovered?|back)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeSomething();

    // "We needed to migrate to a new server, which would come with around 2-3 hours of downtime", "the restore could
    // take 6 hours": what a choice would cost, weighed before it was made, is not how long the incident lasted. The
    // forecast leads straight into the length; one earlier in the sentence that proved wrong ("what would cause 30
    // seconds of disruption turned into a 4-hour outage") leaves the length told.
    [GeneratedRegex(@"\b(?:would|could|might|may)(?:\s+(?:also|still|then|likely|probably|only|have))?\s+(?:come\s+with|cause|mean|require|take|involve|result\s+in|lead\s+to|entail|need|cost)(?:\s+(?!(?:turned|became|caused|lasted)\b)[\w~-]+){0,3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForecastOfTheLength();

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    [GeneratedRegex(@"\b(?:after any|whenever|every time|each time|any time|anytime)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Habitual();

    // "During every deploy the balancer was returning errors for 2 minutes": every or each before the length makes it
    // a rule; after it ("unavailable for 45 minutes, with each request timing out") it tells of this incident.
    [GeneratedRegex(@"\b(?:during|on|after|with|for) (?:every|each)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HabitualBefore();

    /// <summary>"2 hours and 2 minutes", "1h48m", "40min", "seven hours", "3 days", "two weeks" as a length; null when it is not one, or is too long to be an incident's.</summary>
    internal static TimeSpan? Parse(string text)
    {
        // "0:32" after "MTTR:", hours and minutes.
        if (HoursAndMinutes().Match(text) is { Success: true } clock)
        {
            return TimeSpan.FromHours(int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture));
        }

        // "2h30", "2 h 30": hours and then minutes with no unit, as French writes a length.
        text = HoursThenBareMinutes().Replace(text, "${h} h ${m} m");

        // "4-5 hours", "2 to 3 days": a range, read as its middle.
        // "from 60 to 5 minutes" is a change, not a range.
        if (Range().Match(text) is { Success: true } range)
        {
            var low = double.Parse(range.Groups["low"].Value, CultureInfo.InvariantCulture);
            var high = double.Parse(range.Groups["high"].Value, CultureInfo.InvariantCulture);
            // Written without an exponent, so "1-99999999999999999999999 hours" stays too long rather than becoming "5E+22".
            return low < high ? Parse($"{((low + high) / 2).ToString("0.###", CultureInfo.InvariantCulture)} {range.Groups["unit"].Value}") : null;
        }

        var total = TimeSpan.Zero;
        var any = false;
        foreach (Match part in Part().Matches(text))
        {
            var value = NumberValue(part.Groups["number"].Value.ToLowerInvariant());
            var unit = UnitLetter(part.Groups["unit"].Value.ToLowerInvariant());

            // Bounded before it becomes a TimeSpan: "99999999999999999999 days" is no incident's length, and TimeSpan
            // would overflow on it.
            if (value * UnitHours(unit) >= MaxLength.TotalHours)
            {
                return null;
            }

            total += unit switch
            {
                'w' => TimeSpan.FromDays(7 * value),
                'd' => TimeSpan.FromDays(value),
                'h' => TimeSpan.FromHours(value),
                _ => TimeSpan.FromMinutes(value),
            };
            any = true;
        }

        return any && total < MaxLength ? total : null;
    }

    /// <summary>What a unit counts in, as the first letter of its English name: 'w', 'd', 'h' or 'm' (minutes).</summary>
    private static char UnitLetter(string unit) => unit switch
    {
        _ when unit.StartsWith("stund", StringComparison.Ordinal) || unit is "ore" or "uur" || unit.StartsWith("час", StringComparison.Ordinal) || unit is "小时" or "小時" or "時間" or "시간" => 'h',
        _ when unit.StartsWith("tag", StringComparison.Ordinal) || unit.StartsWith("jour", StringComparison.Ordinal) || unit is "giorni" or "день" || unit.StartsWith("дн", StringComparison.Ordinal) || unit is "天" or "日間" or "일간" => 'd',
        _ when unit.StartsWith("мин", StringComparison.Ordinal) || unit is "分钟" or "分鐘" or "分間" or "분" or "分" => 'm',
        _ => unit[0],
    };

    private static double UnitHours(char unit) => unit switch { 'w' => 7 * 24, 'd' => 24, 'h' => 1, _ => 1.0 / 60 };

    /// <summary>"45", "an", "half an", "a couple of", "twelve", "twenty-five": the number a length is counted in.</summary>
    private static double NumberValue(string number)
    {
        if (number.StartsWith("half", StringComparison.Ordinal))
        {
            return 0.5;
        }

        if (number is "an" or "a" || number.StartsWith("a couple", StringComparison.Ordinal))
        {
            return number.Length <= 2 ? 1 : 2;
        }

        if (Array.IndexOf(NumberWords, number) is var small and >= 0)
        {
            return small;
        }

        // "twenty-five", "forty five": tens, then perhaps a unit.
        var words = number.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        return Array.IndexOf(TensWords, words[0]) is var tens and >= 0
            ? (tens + 2) * 10 + (words.Length > 1 ? Array.IndexOf(NumberWords, words[1]) : 0)
            : double.Parse(number, CultureInfo.InvariantCulture);
    }

    // Longer words first, so "fourteen" is not read as "four" and "twenty-five" not as "twenty".
    private const string Number = @"(?:\d+(?:\.\d+)?|a couple(?: of)?|half an?|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string Unit = @"(?:weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|m|" + ForeignUnit + @")(?![a-z])";

    // The units as Spanish, Portuguese, French, German, Italian, Dutch, Russian, Chinese, Japanese and Korean write
    // them ("~15 minutos", "2 Stunden", "3 小时", "1時間"); see UnitLetter for what each counts in.
    internal const string ForeignUnit = @"minutos?|minuten?|minuti|minuut|минут[аы]?|horas?|stunden?|heures?|ore|uur|час(?:а|ов)?|días?|dias?|tagen?|jours?|giorni|dagen|дн(?:ей|я)|день|小时|小時|時間|시간|分钟|分鐘|分間|분|天|日間|일간|分";
    // Atomic groups: each run of spaces is taken one way only, so "1 h 2 h 1 h 2 h ..." cannot be split a doubling
    // number of ways (that backtracked without end on a line of a few hundred characters).
    private const string LengthPattern = @"(?<length>" + Number + @"(?:(?>\s*)(?:-|–|to)(?>\s*)\d+(?:\.\d+)?)?(?>\s*)(?:-(?>\s*))?" + Unit + @"(?>(?:(?>\s*)(?:(?:,|and|y|und|et|e|и|en)(?>\s*))?\d+(?>\s*)" + Unit + @")*)(?:(?<=\dh|\d h)(?>\s?)[0-5]\d(?![\d:%]))?)";
    private const string Approximately = @"(?:(?:about|approximately|around|roughly|nearly|almost|over|under|just (?:under|over)|less than|some|~|<|" + ForeignAbout + @")\s*)?";

    // "约 3 小时", "etwa 2 Stunden", "aproximadamente 40 minutos": the words other languages say "about" with.
    private const string ForeignAbout = @"约|約|大约|大約|etwa|ca\.|circa|aproximadamente|aprox\.|unos|unas|cerca de|environ|около|약";

    [GeneratedRegex(@"\b(?:about|approximately|approx|around|roughly|nearly|almost|over|under|less than|some)\b|[~<]", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximateWord();

    [GeneratedRegex(@"^\s*(?<h>\d{1,2}):(?<m>[0-5]\d)\s*$")]
    private static partial Regex HoursAndMinutes();

    [GeneratedRegex(@"(?<h>\d)\s?h\s?(?<m>[0-5]\d)(?![\d:%\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex HoursThenBareMinutes();

    /// <summary>"2:30", "~2h30", "2 h 30": a value that is nothing but a length written the way a clock time is.</summary>
    public static bool IsWrittenLikeAClock(string value) => LikeAClock().IsMatch(value);

    [GeneratedRegex(@"^\W{0,4}(?:~|≈|ca\.?|about|approx\.?)?\s{0,2}\d{1,2}\s?(?::|h)\s?[0-5]\d\W{0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex LikeAClock();

    [GeneratedRegex(@"(?<number>" + Number + @")\s*-?\s*(?<unit>" + Unit + ")", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"^\s*(?<low>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?<high>\d+(?:\.\d+)?)\s*(?<unit>" + Unit + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    // "Duration: 45 minutes", "**Outage duration:** ~6 days", "Total downtime: 1 hour and 56 minutes", "Duration of
    // impact: ~40 minutes", "Duration to mitigation: about 30 minutes", "Downtime total: ~4.5h", "MTTR: 0:32": a
    // line labelled with the length, at the start of any line of the paragraph or after a separator of fields set on one
    // line ("Owner: Viktor • Duration: ~26 hours • Cluster: k8s"), or a table row that labels it ("| **Duration** | ~2h
    // |"). The time to recover, the one figure of a single incident's "MTTR", may be written as hours and minutes (a
    // team's rolling or average MTTR is not this incident's).
    [GeneratedRegex(LabelOpening + @"(?:(?:total\s+|outage\s+|incident\s+|impact\s+)?(?:duration|downtime|" + ForeignDurationLabel + @")(?:\s+(?:total|totale))?(?:\s+of\s+(?:the\s+)?(?:outage|incident|impact|disruption|degradation)|\s+(?:to|until)\s+(?:mitigation|resolution|recovery|restoration))?" + LabelSeparator + Approximately + LengthPattern + @"\b|MTTR(?![^\n]{0,80}\b(?:average|avg|rolling|mean|median|trailing|quarter|monthly|per)\b)" + LabelSeparator + Approximately + @"(?:(?<length>\d{1,2}:[0-5]\d)(?![\d:])|" + LengthPattern + @"\b))", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex DurationLabel();

    // Where a label opens (a line, a field after "•", a table row) and what parts it from its value (":" or a cell's "|",
    // either side of bold or italic marks).
    private const string LabelOpening = @"(?:^|[•·]\s*|^\|\s*)[ \t*_>\-]*";
    private const string LabelSeparator = @"[*_]*\s*(?::|：|\|)[*_]*\s*";

    // "Duración", "Dauer", "持续时间", "Tiempo de resolución": the length's label in the languages ForeignWording reads.
    private const string ForeignDurationLabel = @"duración|duracion|duração|durée|dauer|durata|duur|длительность|продолжительность|持续时间|持續時間|时长|時長|所要時間|ausfallzeit|tiempo de inactividad|tiempo de resoluci[oó]n|tempo de resolução";

    // "Resolution time: ~20 minutes", "Time to resolve: 35 minutes", and a bare "Time: ~2-3 hours on September 10":
    // labels that may also give a target or a rate ("Time to resolve: 4 hours (P1 SLA target)", "Restoration time: 2
    // hours per TB"), a clock time as some teams write it ("Time: 1030 hrs IST") or a distance ("Time: 2 days after
    // the release"), none of which is the incident's length.
    [GeneratedRegex(LabelOpening + @"(?:" + RecoveryLabelWords + @"|time)" + LabelSeparator + @"(?!\d{4})" + Approximately + LengthPattern + @"\b(?![^\n]*\b(?:target|goal|budget|objective|sla|slo|per|after|before|since|ago|later|earlier|read)\b)(?!\s*/)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex RecoveryLabel();

    // "a 30min outage", "40 minutes of total outage", "2 hours of downtime", "a 7 minute cascading failure", "a 30-day
    // silent outage", "30 days of silent failure": a word between tells what kind of outage, never how it relates to one
    // (not "a 30 minute incident review", "30 days without downtime", "43 minutes monthly downtime", "20 minutes extra downtime");
    // a hedge before the figure is kept with it ("the roughly 50 minute incident timeframe" is said loosely).
    [GeneratedRegex(@"(?<!\w)" + Approximately + @"(?<!\w)" + LengthPattern + @"\s+(?:of\s+)?(?:(?:total|partial|full|complete|silent|major|minor|unplanned|unexpected|extended|intermittent|global|widespread|significant|severe)\s+)?(?:outage|downtime|disruption|service disruption|degradation|degraded service|unavailability|(?:cascading\s+|service\s+)?(?:failure|interruption)|incident(?!\s+(?:review|report|call|meeting|retro)))\b(?!\s+(?:per|a|an|each|every)\s+(?:month|year|quarter|week|day)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthThenOutage();

    // "Over a period of around 12 hours, from late last night until 10:45am, there was a partial outage", "For about
    // 2 hours the API was unavailable", "my phone was on silent, so for 3 hours our systems were down", "For about two
    // weeks in August, some users hit intermittent 502 and 503 errors" (not "for 2 hours after the outage we reviewed
    // the errors"): a span opening the sentence, or a clause after "so", "and", "but" or a comma, that goes on to tell
    // the outage.
    [GeneratedRegex(@"(?:^|[.!?]\s+|,\s+|\b(?:so|and|but|then)\s+)[\s*_>\-]*(?:over|during|for)\s+(?:a\s+(?:period|span|window)\s+of\s+)?" + Approximately + LengthPattern + @"\b[^.;]{0,160}?\b(?:(?<!\b(?:before|after|since|until|ahead of) (?:the |an |a |our |this )?)(?:outage|downtime|down|offline|unavailable|unreachable|inaccessible|unusable|disruption|degraded)|(?<!\b(?:before|after|since|ahead of)\b[^.;]{0,160})(?:errors|failures))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfOutage();

    // "For a short period of time (10 minutes), example.org was returning 502 errors": a sentence that opens on a short
    // while and gives its length in parentheses, then tells the outage (a dot inside a name does not end it). Read only
    // when nothing else tells the length: a blip told so is often one moment of a longer outage.
    [GeneratedRegex(@"(?:^|[.!?]\s+)[\s*_>\-]*for\s+a\s+(?:short|brief)\s+(?:period(?:\s+of\s+time)?|while|time)\s*\(\s*" + Approximately + LengthPattern + @"\s*\)(?:[^.;]|\.(?=\S)){0,160}?\b(?:outage|downtime|down|offline|unavailable|unreachable|inaccessible|unusable|disruption|degraded|errors|failures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortWhileInParentheses();

    // "K3s API 和所有集群管理中断约 3 小时", "服务宕机 30 分钟", "約1時間にわたり停止", "2시간 동안 장애": an outage and its length as
    // Chinese (the length after the word for the outage), Japanese and Korean (the length before it) say them.
    [GeneratedRegex(@"(?:中断|中斷|停机|停機|宕机|宕機|不可用|无法访问|無法訪問|停止服务|停止服務)(?:了)?\s?" + Approximately + LengthPattern + @"|" + Approximately + LengthPattern + @"\s?(?:にわたり|にわたって|の間|ほど|程度|동안)?\s?(?:サービスが|システムが)?(?:停止|ダウン|利用できな|アクセスできな|中断|장애|중단|다운)")]
    private static partial Regex OutageLengthInCjk();

    // "The problem was around for roughly 16 hours before anyone noticed", "the errors persisted for 40 minutes".
    [GeneratedRegex(@"\b(?:problem|issue|outage|incident|errors?|failures?)s?\s+(?:(?:was|were|had been)\s+(?:around|ongoing)|persisted|continued)\s+for\s+" + Approximately + LengthPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ProblemAroundFor();

    // "Roughly a week from detection to resolution", "45 minutes from the first alert to recovery".
    [GeneratedRegex(@"\b" + LengthPattern + @"\s+from\s+(?:the\s+)?(?:detection|start|beginning|discovery|first (?:alert|report))\s+(?:to|until)\s+(?:the\s+)?(?:resolution|recovery|fix|restoration|mitigation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetectionToResolution();

    // "pages were returning a high amount of errors to customers for over 1 hour", "users saw errors for 20 minutes",
    // "went down for about 3 hours", "was out of service for six days", "was unusable for about 1h50m", "customers were
    // affected for 45 minutes", "It broke for 6 days", "caused the app to fail for approximately 45 minutes", "the
    // networks stopped for around 45mins", "was degraded for a total period of 5.5 hours"
    [GeneratedRegex(@"\b(?:down|offline|out of (?:service|action|commission)|unavailable|unusable|degraded|(?:broke|fail(?:ed)?|(?<=\b(?:were|was|is|are|kept)\s)failing|(?<!\b(?:we|i|deploys?|deployments?|releases?|rollouts?|merges?|work|attacks?|attackers?)\s(?:were\s|was\s|had\s|have\s)?)(?:stopped|halted|stalled))(?=\s+for\s+(?:about |approximately |around |nearly |almost |over |under )?(?:\d|an? |one|two|three|four|five|six|seven|eight|nine|ten|a couple))|broken|unreachable|inaccessible|disrupted|impacted|affected|(?<!\bhad been\s)(?:returning|returned|serving|served|throwing|threw|showing|showed|seeing|saw)\s+(?!(?:no|zero|any|fewer|less)\b)(?:(?!(?:no|zero|any)\b)[\w-]+\s+){0,5}?errors?)\b[^.;:]{0,40}?\bfor\s+(?:a\s+(?:total\s+)?(?:period|span)\s+of\s+)?" + Approximately + LengthPattern, RegexOptions.IgnoreCase)]
    private static partial Regex UnavailableFor();

    // "The site was down for a while today (~6 hours)": a vague span with its figure given in brackets, read only when no
    // sentence states the outage's length outright (a side remark in brackets is often about something else).
    [GeneratedRegex(@"\b(?:down|offline|unavailable|unusable|unreachable|inaccessible)\s+for\s+(?:a\s+(?:while|bit|time)|some\s+time)\b[^.;()]{0,30}\(\s*" + Approximately + LengthPattern + @"\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex DownAWhile();

    // "the outage lasted 47 minutes", "the outage, which lasted 47 minutes", "the longest outage in our history, lasting 4 hours", "Server Outage for approximately 2 weeks", "resolved in 2 hours and 2 minutes", "downtime of about 3 hours", "total impact duration: 5h 26m"
    [GeneratedRegex(@"\b(?:(?:outage|downtime|incident|disruption|degradation|impact)(?<history>\s+(?:in\s+(?:our|its|their|the\s+[\w'’]+(?:['’]s)?|[\w'’]+['’]s)\s+(?:\w+\s+)?history|ever|on\s+record|to\s+date|(?:of|this)\s+(?:the\s+)?year))?,?\s+(?:(?:that|which)\s+)?(?:lasted|lasting)(?:\s+for(?:\s+a\s+(?:total\s+)?(?:period|span)\s+of)?)?|(?:outage|downtime|incident|disruption|degradation|impact)\s+(?:of|took|for)|(?:was|were|been|got|is)\s+(?:fully\s+)?(?:resolved|restored|mitigated|fixed)\s+(?:with)?in|(?:total\s+)?(?:impact|outage|incident|downtime)\s+duration\s*(?:was|:|-|of)?|time\s+to\s+(?:recovery|resolution|restore)\s*(?:was|:|-)?)\s*" + Approximately + LengthPattern, RegexOptions.IgnoreCase)]
    private static partial Regex OutageThenLength();

    // "It took around an hour to fix it": read only when no sentence tells the outage's own length, since the time to
    // fix one thing ("it took 5 minutes to fix the typo") may not be the incident's.
    // "The interest accrued at the wrong rate until this issue got resolved (~20 hrs)": the length in brackets after the
    // fix is how long the trouble went on; not when a remedy is what lasted ("we kept the flag disabled until the bug
    // was fixed (2 weeks)").
    [GeneratedRegex(@"(?<!\b(?:kept|keep|keeping|left|leave|leaving|disabled|paused|stopped|froze|frozen|held|hold|blocked)\b[^.;]{0,60})\buntil\s+(?:(?:the|this)\s+(?:issue|problem|outage|incident|bug|error)|it)\s+(?:was|got|had\s+been)\s+(?:fully\s+)?(?:resolved|fixed|restored|mitigated)\s*\(\s*" + Approximately + LengthPattern + @"\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex UntilFixed();

    [GeneratedRegex(@"\b(?:it|this|that|which)\s+took\s+" + Approximately + LengthPattern + @"\s+to\s+(?:fix|resolve|restore|recover|mitigate)(?:\s+(?:it|this|that|service|the (?:issue|problem|outage|incident|service))\b|(?=\s*(?:[.,;]|$)))", RegexOptions.IgnoreCase)]
    private static partial Regex TookToFix();
}
