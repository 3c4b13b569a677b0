using System.Globalization;
using System.Text.RegularExpressions;

namespace PostmortemSite.Extracting;

/// <summary>
/// The time zones legacy postmortems name: abbreviations (EDT, CET), explicit offsets (+02:00, UTC-5) and a few
/// region names (US/Pacific). Daylight-saving rules are computed here rather than taken from the machine's tz
/// database, so an import gives the same result on every machine.
/// </summary>
internal static partial class TimeZoneTable
{
    private static readonly Dictionary<string, TimeZoneRule> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeZoneRule.Fixed("UTC", 0),
        ["GMT"] = TimeZoneRule.Fixed("GMT", 0),
        ["Z"] = TimeZoneRule.Fixed("UTC", 0),
        ["Zulu"] = TimeZoneRule.Fixed("UTC", 0),
        // A standard-time abbreviation names the region's clock more often than the season: "PST" in July is written
        // for the wall clock of that day, so it follows the region's daylight-saving rule. A summer-time abbreviation
        // is written by someone who minds the season, so it keeps its offset.
        ["EST"] = TimeZoneRule.UnitedStates("EST", -5),
        ["EDT"] = TimeZoneRule.Fixed("EDT", -4),
        ["CST"] = TimeZoneRule.UnitedStates("CST", -6),
        ["CDT"] = TimeZoneRule.Fixed("CDT", -5),
        ["MST"] = TimeZoneRule.UnitedStates("MST", -7),
        ["MDT"] = TimeZoneRule.Fixed("MDT", -6),
        ["PST"] = TimeZoneRule.UnitedStates("PST", -8),
        ["PDT"] = TimeZoneRule.Fixed("PDT", -7),
        ["AKST"] = TimeZoneRule.UnitedStates("AKST", -9),
        ["AKDT"] = TimeZoneRule.Fixed("AKDT", -8),
        ["HST"] = TimeZoneRule.Fixed("HST", -10),
        ["WET"] = TimeZoneRule.Europe("WET", 0),
        ["WEST"] = TimeZoneRule.Fixed("WEST", 1),
        ["BST"] = TimeZoneRule.Fixed("BST", 1),
        ["CET"] = TimeZoneRule.Europe("CET", 1),
        ["CEST"] = TimeZoneRule.Fixed("CEST", 2),
        ["EET"] = TimeZoneRule.Europe("EET", 2),
        ["EEST"] = TimeZoneRule.Fixed("EEST", 3),
        ["MSK"] = TimeZoneRule.Fixed("MSK", 3),
        ["IST"] = TimeZoneRule.Fixed("IST", 5.5),
        ["SGT"] = TimeZoneRule.Fixed("SGT", 8),
        ["HKT"] = TimeZoneRule.Fixed("HKT", 8),
        ["JST"] = TimeZoneRule.Fixed("JST", 9),
        ["KST"] = TimeZoneRule.Fixed("KST", 9),
        ["AEST"] = TimeZoneRule.Fixed("AEST", 10),
        ["AEDT"] = TimeZoneRule.Fixed("AEDT", 11),
        ["NZST"] = TimeZoneRule.Fixed("NZST", 12),
        ["NZDT"] = TimeZoneRule.Fixed("NZDT", 13),

        // Zones of regions without daylight saving, as teams there write them.
        ["GST"] = TimeZoneRule.Fixed("GST", 4),
        ["SAST"] = TimeZoneRule.Fixed("SAST", 2),
        ["WAT"] = TimeZoneRule.Fixed("WAT", 1),
        ["TRT"] = TimeZoneRule.Fixed("TRT", 3),
        ["PKT"] = TimeZoneRule.Fixed("PKT", 5),
        ["NPT"] = TimeZoneRule.Fixed("NPT", 5.75),
        ["WIB"] = TimeZoneRule.Fixed("WIB", 7),
        ["PHT"] = TimeZoneRule.Fixed("PHT", 8),
        ["AWST"] = TimeZoneRule.Fixed("AWST", 8),
        ["ACST"] = TimeZoneRule.Fixed("ACST", 9.5),
        ["ACDT"] = TimeZoneRule.Fixed("ACDT", 10.5),
        ["BRT"] = TimeZoneRule.Fixed("BRT", -3),

        // Also common acronyms in capitals; see IsAlsoAnAcronym.
        ["CAT"] = TimeZoneRule.Fixed("CAT", 2),
        ["EAT"] = TimeZoneRule.Fixed("EAT", 3),
        ["ICT"] = TimeZoneRule.Fixed("ICT", 7),
        ["ART"] = TimeZoneRule.Fixed("ART", -3),

        // Generic names mean "whatever the clocks said that day", so they follow the daylight-saving rule.
        ["ET"] = TimeZoneRule.UnitedStates("ET", -5),
        ["CT"] = TimeZoneRule.UnitedStates("CT", -6),
        ["MT"] = TimeZoneRule.UnitedStates("MT", -7),
        ["PT"] = TimeZoneRule.UnitedStates("PT", -8),
        ["Eastern"] = TimeZoneRule.UnitedStates("Eastern", -5),
        ["Central"] = TimeZoneRule.UnitedStates("Central", -6),
        ["Mountain"] = TimeZoneRule.UnitedStates("Mountain", -7),
        ["Pacific"] = TimeZoneRule.UnitedStates("Pacific", -8),
        ["US/Eastern"] = TimeZoneRule.UnitedStates("US/Eastern", -5),
        ["US/Central"] = TimeZoneRule.UnitedStates("US/Central", -6),
        ["US/Mountain"] = TimeZoneRule.UnitedStates("US/Mountain", -7),
        ["US/Pacific"] = TimeZoneRule.UnitedStates("US/Pacific", -8),
        ["America/New_York"] = TimeZoneRule.UnitedStates("America/New_York", -5),
        ["America/Chicago"] = TimeZoneRule.UnitedStates("America/Chicago", -6),
        ["America/Denver"] = TimeZoneRule.UnitedStates("America/Denver", -7),
        ["America/Los_Angeles"] = TimeZoneRule.UnitedStates("America/Los_Angeles", -8),
        ["Europe/London"] = TimeZoneRule.Europe("Europe/London", 0),
        ["Europe/Dublin"] = TimeZoneRule.Europe("Europe/Dublin", 0),
        ["Europe/Lisbon"] = TimeZoneRule.Europe("Europe/Lisbon", 0),
        ["Europe/Amsterdam"] = TimeZoneRule.Europe("Europe/Amsterdam", 1),
        ["Europe/Berlin"] = TimeZoneRule.Europe("Europe/Berlin", 1),
        ["Europe/Copenhagen"] = TimeZoneRule.Europe("Europe/Copenhagen", 1),
        ["Europe/Madrid"] = TimeZoneRule.Europe("Europe/Madrid", 1),
        ["Europe/Paris"] = TimeZoneRule.Europe("Europe/Paris", 1),
        ["Europe/Rome"] = TimeZoneRule.Europe("Europe/Rome", 1),
        ["Europe/Stockholm"] = TimeZoneRule.Europe("Europe/Stockholm", 1),
        ["Europe/Helsinki"] = TimeZoneRule.Europe("Europe/Helsinki", 2),
        ["Europe/Athens"] = TimeZoneRule.Europe("Europe/Athens", 2),
        ["Europe/Bucharest"] = TimeZoneRule.Europe("Europe/Bucharest", 2),
        ["Europe/Kyiv"] = TimeZoneRule.Europe("Europe/Kyiv", 2),
        ["Europe/Kiev"] = TimeZoneRule.Europe("Europe/Kiev", 2),
        ["Europe/Brussels"] = TimeZoneRule.Europe("Europe/Brussels", 1),
        ["Europe/Oslo"] = TimeZoneRule.Europe("Europe/Oslo", 1),
        ["Europe/Prague"] = TimeZoneRule.Europe("Europe/Prague", 1),
        ["Europe/Vienna"] = TimeZoneRule.Europe("Europe/Vienna", 1),
        ["Europe/Warsaw"] = TimeZoneRule.Europe("Europe/Warsaw", 1),
        ["Europe/Zurich"] = TimeZoneRule.Europe("Europe/Zurich", 1),
        ["America/Toronto"] = TimeZoneRule.UnitedStates("America/Toronto", -5),
        ["America/Vancouver"] = TimeZoneRule.UnitedStates("America/Vancouver", -8),
        ["America/Anchorage"] = TimeZoneRule.UnitedStates("America/Anchorage", -9),

        // Region names of places that keep no daylight saving (as of the years postmortems are written in).
        ["America/Phoenix"] = TimeZoneRule.Fixed("America/Phoenix", -7),
        ["Pacific/Honolulu"] = TimeZoneRule.Fixed("Pacific/Honolulu", -10),
        ["Europe/Moscow"] = TimeZoneRule.Fixed("Europe/Moscow", 3),
        ["Europe/Istanbul"] = TimeZoneRule.Fixed("Europe/Istanbul", 3),
        ["Africa/Johannesburg"] = TimeZoneRule.Fixed("Africa/Johannesburg", 2),
        ["Africa/Lagos"] = TimeZoneRule.Fixed("Africa/Lagos", 1),
        ["Africa/Nairobi"] = TimeZoneRule.Fixed("Africa/Nairobi", 3),
        ["Asia/Dubai"] = TimeZoneRule.Fixed("Asia/Dubai", 4),
        ["Asia/Karachi"] = TimeZoneRule.Fixed("Asia/Karachi", 5),
        ["Asia/Kolkata"] = TimeZoneRule.Fixed("Asia/Kolkata", 5.5),
        ["Asia/Calcutta"] = TimeZoneRule.Fixed("Asia/Calcutta", 5.5),
        ["Asia/Kathmandu"] = TimeZoneRule.Fixed("Asia/Kathmandu", 5.75),
        ["Asia/Bangkok"] = TimeZoneRule.Fixed("Asia/Bangkok", 7),
        ["Asia/Jakarta"] = TimeZoneRule.Fixed("Asia/Jakarta", 7),
        ["Asia/Ho_Chi_Minh"] = TimeZoneRule.Fixed("Asia/Ho_Chi_Minh", 7),
        ["Asia/Shanghai"] = TimeZoneRule.Fixed("Asia/Shanghai", 8),
        ["Asia/Hong_Kong"] = TimeZoneRule.Fixed("Asia/Hong_Kong", 8),
        ["Asia/Singapore"] = TimeZoneRule.Fixed("Asia/Singapore", 8),
        ["Asia/Taipei"] = TimeZoneRule.Fixed("Asia/Taipei", 8),
        ["Asia/Manila"] = TimeZoneRule.Fixed("Asia/Manila", 8),
        ["Australia/Perth"] = TimeZoneRule.Fixed("Australia/Perth", 8),
        ["Asia/Seoul"] = TimeZoneRule.Fixed("Asia/Seoul", 9),
        ["Asia/Tokyo"] = TimeZoneRule.Fixed("Asia/Tokyo", 9),
        ["Australia/Brisbane"] = TimeZoneRule.Fixed("Australia/Brisbane", 10),
    };

    // How writers in other languages name the clock of a place: "heure de Paris", "horário de Brasília", "日本時間".
    private static readonly Dictionary<string, TimeZoneRule> LocalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["heure de Paris"] = Named["Europe/Paris"],
        ["heure française"] = Named["Europe/Paris"],
        ["heure de France"] = Named["Europe/Paris"],
        ["hora de Madrid"] = Named["Europe/Madrid"],
        ["hora peninsular"] = Named["Europe/Madrid"],
        ["hora de España"] = Named["Europe/Madrid"],
        ["hora española"] = Named["Europe/Madrid"],
        ["hora de Lisboa"] = Named["Europe/Lisbon"],
        ["horário de Lisboa"] = Named["Europe/Lisbon"],
        ["horário de Brasília"] = Named["BRT"],
        ["hora de Brasília"] = Named["BRT"],
        ["horario de Brasilia"] = Named["BRT"],
        ["hora de Argentina"] = Named["ART"],
        ["hora argentina"] = Named["ART"],
        ["deutsche Zeit"] = Named["Europe/Berlin"],
        ["MEZ"] = Named["CET"],
        ["MESZ"] = Named["CEST"],
        ["ora italiana"] = Named["Europe/Rome"],
        ["ora di Roma"] = Named["Europe/Rome"],
        ["московское время"] = Named["MSK"],
        ["Moskauer Zeit"] = Named["MSK"],
        ["日本時間"] = Named["JST"],
        ["北京时间"] = Named["Asia/Shanghai"],
        ["北京時間"] = Named["Asia/Shanghai"],
        ["台北時間"] = Named["Asia/Taipei"],
        ["한국 시간"] = Named["KST"],
        ["한국시간"] = Named["KST"],
    };

    /// <summary>
    /// The clock of a place named in another language where it states the zone of <paramref name="text"/>'s times: at
    /// the end of it ("Chronologie (heure de Paris)", "Toutes les heures sont en heure de Paris.") or right after a time
    /// ("09:10 heure de Paris"), in a sentence that says the times are on it ("以下は日本時間の出来事です") or before a date
    /// it dates ("日本時間の2023/12/17"); not inside a sentence that goes on otherwise ("L'équipe de Paris (heure de Paris)
    /// a été alertée", "日本時間は9時間を足してください"). Null when there is none.
    /// </summary>
    public static TimeZoneRule? FindLocalName(string text)
    {
        foreach (var (name, rule) in LocalNames)
        {
            var comparison = name.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
            {
                var end = at + name.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1]) || name[0] >= '\u3000') && (end == text.Length || !char.IsLetter(text[end]) || name[^1] >= '\u3000');
                if (whole && (EndsTheText(text.AsSpan(end)) || ClockTimeBefore().IsMatch(text.AsSpan(0, at)) || (!NamesUtc().IsMatch(text) && (StatedAsTheClock().IsMatch(text.AsSpan(0, at)) || DatedByIt().IsMatch(text.AsSpan(end))))))
                {
                    return rule;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A place's clock named in another language right after a time, bracketed or not: "00:20（日本時間）", "09:10 heure de
    /// Paris". Its rule and how many characters from <paramref name="at"/> it takes; null when none follows there.
    /// </summary>
    public static (TimeZoneRule Rule, int Length)? LocalNameAt(string text, int at)
    {
        if (LocalNameOpening().Match(text, at) is not { Success: true } opening)
        {
            return null;
        }

        var start = at + opening.Length;
        foreach (var (name, rule) in LocalNames)
        {
            var end = start + name.Length;
            if (end <= text.Length && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetter(text[end]) || name[^1] >= '\u3000'))
            {
                return (rule, end - at + LocalNameClosing().Match(text, end).Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\G\s{0,2}[(（]?\s{0,2}")]
    private static partial Regex LocalNameOpening();

    [GeneratedRegex(@"\G\s{0,2}[)）]")]
    private static partial Regex LocalNameClosing();

    // ")", "）", "*.", "_" and spaces: only the closing marks of a heading or a line may follow the name.
    private static bool EndsTheText(ReadOnlySpan<char> after) => after.IndexOfAnyExcept(" \t)）]】*_.:;,") < 0;

    // "以下は日本時間の出来事です" (what follows is in Japan time), "时间均为北京时间", "모든 시간은 한국 시간": a sentence
    // saying which clock the times are on, with the name as what they are.
    [GeneratedRegex(@"(?:以下は|以下、|以下の時刻は|時刻は|時間は|すべて|全て|いずれも|时间均为|时间为|時間均為|時間為|均为|均為|시간은)\s{0,2}$")]
    private static partial Regex StatedAsTheClock();

    // "日本時間の2023/12/17(日)夜に", "北京时间2023年12月17日22:00", "日本時間で記載": the name put
    // before a date or time it dates, or said to be how the times are written. Not "日本時間は9時間を足してください"
    // (add nine hours for Japan time), which says the times are on another clock.
    [GeneratedRegex(@"^(?:\s{0,2}[の:：]?\s{0,2}\d|\s{0,2}(?:の出来事|で記載|で表記|表記|为准|為準))")]
    private static partial Regex DatedByIt();

    // "時刻はすべてUTCで記載しています。なお、日本時間の2023/12/18 朝は…", "サーバーログの時刻は日本時間で記載されていますが、
    // 本報告の時刻はすべてUTCに換算": a text that names UTC beside the place's clock says which clock is whose; those two
    // sentence forms give no zone there.
    [GeneratedRegex(@"(?<![A-Za-z])(?:UTC|GMT)(?![A-Za-z])")]
    private static partial Regex NamesUtc();

    // "09:10 heure de Paris", "um 14:30 Uhr (MEZ)": a clock time, in German with its "Uhr", right before the name.
    [GeneratedRegex(@"\d{1,2}[:h]\d\d(?:\s{0,2}Uhr)?\s{0,2}\(?\s{0,2}$")]
    private static partial Regex ClockTimeBefore();

    /// <summary>
    /// A zone as a writer of Chinese means it: "CST" among Chinese words is China Standard Time (UTC+8), not the US
    /// Central time the abbreviation names in English. Every other zone is itself.
    /// </summary>
    public static TimeZoneRule AsChineseWritersMeanIt(TimeZoneRule zone) => zone.Name == "CST" ? Named["Asia/Shanghai"] : zone;

    private static readonly HashSet<string> AlsoAcronyms = new(StringComparer.Ordinal) { "CAT", "EAT", "ICT", "ART" };

    /// <summary>
    /// A zone abbreviation that is also a common acronym ("14:02 ART crashed", "the CAT team"): it names a zone only
    /// where nothing else could be meant, right after a time and ending the phrase ("9:56AM EAT,"), or where a line
    /// states the zone of its times ("All times in ICT", not "the ICT team restarted it three times").
    /// </summary>
    public static bool IsAlsoAnAcronym(string name) => AlsoAcronyms.Contains(name);

    /// <summary>The abbreviations and names this table knows, longest first, for the parsers' zone patterns.</summary>
    public static IReadOnlyList<string> Names { get; } = Named.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>A zone from a name ("EDT", "US/Pacific") or an offset ("+02:00", "-0500", "UTC+2", "GMT-05:30").</summary>
    public static TimeZoneRule? Find(string text)
    {
        var name = text.Trim().Trim('(', ')', '[', ']').Trim();
        if (name.Length == 0 || name.Length > 40)
        {
            return null;
        }

        if (Named.TryGetValue(name, out var rule))
        {
            return rule;
        }

        // "PST/PDT": a region's two seasons written together name its clock, which the standard one follows.
        if (name.Split('/') is [var first, var second] && Named.TryGetValue(first, out var standard) && Named.TryGetValue(second, out var summer)
            && standard.Rule != DaylightSaving.None && summer.StandardOffset == standard.StandardOffset + TimeSpan.FromHours(1))
        {
            return standard;
        }

        var offsetText = name;
        if (offsetText.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || offsetText.StartsWith("GMT", StringComparison.OrdinalIgnoreCase))
        {
            offsetText = offsetText[3..].Trim();
        }

        return TryParseOffset(offsetText, out var offset) ? new TimeZoneRule(name.ToUpperInvariant(), offset, DaylightSaving.None) : null;
    }

    /// <summary>"+02:00", "-0500", "+2", "-5:30": hours from -14 to +14, minutes optional.</summary>
    internal static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length < 2 || text.Length > 6 || (text[0] != '+' && text[0] != '-' && text[0] != '\u2212'))
        {
            return false;
        }

        var sign = text[0] == '+' ? 1 : -1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
        var minutes = digits.Length <= 2 ? 0 : int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        // With a colon the minutes are the two digits after it ("+5:30", "+05:30"); "+53:0" is no offset.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (hours > 14 || minutes > 59 || (colon >= 0 && (colon != text.Length - 3 || colon < 2)))
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }
}

internal enum DaylightSaving
{
    None,

    /// <summary>Since 2007: from the second Sunday of March, 02:00 local, to the first Sunday of November, 02:00 local.</summary>
    UnitedStates,

    /// <summary>From the last Sunday of March to the last Sunday of October, both at 01:00 UTC.</summary>
    Europe,
}

/// <summary>A zone's standard offset and, for generic names, the daylight-saving rule that moves it one hour ahead.</summary>
internal sealed record TimeZoneRule(string Name, TimeSpan StandardOffset, DaylightSaving Rule)
{
    public static TimeZoneRule Fixed(string name, double hours) => new(name, TimeSpan.FromHours(hours), DaylightSaving.None);

    public static TimeZoneRule UnitedStates(string name, double hours) => new(name, TimeSpan.FromHours(hours), DaylightSaving.UnitedStates);

    public static TimeZoneRule Europe(string name, double hours) => new(name, TimeSpan.FromHours(hours), DaylightSaving.Europe);

    public bool IsUtc => StandardOffset == TimeSpan.Zero && Rule == DaylightSaving.None;

    /// <summary>The offset in force at a local wall-clock time.</summary>
    public TimeSpan OffsetAt(DateTime local)
    {
        var summer = StandardOffset + TimeSpan.FromHours(1);
        switch (Rule)
        {
            case DaylightSaving.UnitedStates:
                var usStart = NthSunday(local.Year, 3, 2).AddHours(2);
                var usEnd = NthSunday(local.Year, 11, 1).AddHours(2);
                return local >= usStart && local < usEnd ? summer : StandardOffset;
            case DaylightSaving.Europe:
                var utc = local - StandardOffset;
                var euStart = LastSunday(local.Year, 3).AddHours(1);
                var euEnd = LastSunday(local.Year, 10).AddHours(1);
                return utc >= euStart && utc < euEnd ? summer : StandardOffset;
            default:
                return StandardOffset;
        }
    }

    /// <summary>A local wall-clock time in this zone, as a UTC instant (offset zero); null at the very ends of the calendar.</summary>
    public DateTimeOffset? ToUtc(DateOnly date, TimeOnly time)
    {
        if (date.Year is < 2 or > 9998)
        {
            return null;
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var utc = local - OffsetAt(local);
        return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1);
        var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toSunday + (7 * (n - 1)));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
