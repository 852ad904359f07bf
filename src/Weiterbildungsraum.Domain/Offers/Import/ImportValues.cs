using System.Globalization;
using System.Text.RegularExpressions;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>Lenient readers for the values providers write: German and ISO dates, German prices, yes/no words, durations.</summary>
public static partial class ImportValues
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d", "dd.MM.yy", "d.M.yy"];

    /// <summary>01.03.2027, 1.3.2027, 2027-03-01, 01.03.27, "Mo., 01.03.2027", an ISO date-time, or a German date with a time after it.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, German, DateTimeStyles.None, out date)) return true;
        if (text.Length > 0 && char.IsLetter(text[0])) text = WeekdayPrefix().Replace(text, "");
        if (DateOnly.TryParseExact(text, DateFormats, German, DateTimeStyles.None, out date)) return true;
        if (text.Length > 10 && char.IsAsciiDigit(text[0]) && text[4] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            date = DateOnly.FromDateTime(dt.DateTime);
            return true;
        }
        var space = text.IndexOf(' ');
        return space > 0 && TryTime(text[(space + 1)..], out _) && DateOnly.TryParseExact(text[..space], DateFormats, German, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// A time of day from an ISO date-time ("2026-03-02T08:30:00") or a German date with a time ("02.03.2026 08:30"),
    /// or null when the text has none.
    /// </summary>
    public static TimeOnly? TimeOf(string text)
    {
        text = text.Trim();
        if (text.Length <= 10) return null;
        // The clock time as written: a course starting at 08:30 in Unna starts at 08:30, whatever the offset says.
        if (text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            var time = TimeOnly.FromDateTime(dt.DateTime);
            return time == TimeOnly.MinValue ? null : time;
        }
        var space = text.IndexOf(' ');
        return space > 0 && TryTime(text[(space + 1)..], out var t) ? t : null;
    }

    /// <summary>08:30, 8:30, 8.30 Uhr, 8 Uhr, 08:30h, 08:30:00, and the time part of a schema.org Time with offset ("09:00:00+01:00").</summary>
    public static bool TryTime(string text, out TimeOnly time)
    {
        var t = text.Trim();
        if (t.Length > 0 && char.IsLetter(t[^1])) t = ClockSuffix().Replace(t, "");
        t = t.Replace('.', ':');
        if (t.Length > 5 && (t.Contains('+') || t.Contains('-') || t.EndsWith('Z'))) t = TimeOffset().Replace(t, "");
        if (t.Length is 1 or 2 && t.All(char.IsAsciiDigit)) t += ":00";
        return TimeOnly.TryParseExact(t, ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>"08:30 - 16:00", "8.30–16 Uhr", "08:30 bis 16:00": a range of clock times.</summary>
    public static bool TryTimeRange(string text, out TimeOnly from, out TimeOnly to)
    {
        from = to = default;
        if (text.IndexOfAny(['-', '–', '—', 'b']) < 0) return false;
        var parts = TimeRangeSeparator().Split(text.Trim(), 2);
        return parts.Length == 2 && TryTime(parts[0], out from) && TryTime(parts[1], out to);
    }

    /// <summary>"01.03.2027 - 05.03.2027", "01.03.2027 bis 05.03.2027": a range of dates.</summary>
    public static bool TryDateRange(string text, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        if (text.IndexOfAny([' ', '–', '—']) < 0) return false;
        var parts = DateRangeSeparator().Split(text.Trim(), 2);
        return parts.Length == 2 && TryDate(parts[0], out from) && TryDate(parts[1], out to);
    }

    /// <summary>
    /// "1.290,00 €", "1290,00", "1290.00", "1,290.00", "EUR 1.290,-", "1.290" (thousands), "0", and "kostenfrei",
    /// "kostenlos", "gratis" or "free" as 0. A comma followed by three digits and nothing else ("12,345") is ambiguous and refused.
    /// </summary>
    public static bool TryPrice(string text, out decimal price)
    {
        price = 0;
        if (FreeWords().IsMatch(text.Trim())) return true;
        var t = CurrencyAndSpace().Replace(text, "");
        t = DashCents().Replace(t, "");
        if (t.Length == 0 || !PriceShape().IsMatch(t)) return false;
        var comma = t.LastIndexOf(',');
        var dot = t.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            if (!GroupedWithDecimals().IsMatch(t)) return false;
            t = comma > dot ? t.Replace(".", "").Replace(',', '.') : t.Replace(",", "");
        }
        else if (comma >= 0)
        {
            if (CommaThousandsOnly().IsMatch(t)) return false;
            t = t.Replace(',', '.');
        }
        else if (ThousandsOnly().IsMatch(t)) t = t.Replace(".", "");
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out price) && decimal.Round(price, 2) == price;
    }

    /// <summary>An amount as the offer page writes it: "1.290 €", "1.290,5 €".</summary>
    public static string Euro(decimal amount) => amount.ToString("#,##0.##", German) + " €";

    /// <summary>"auf Anfrage", "Preis nach Vereinbarung", "on request": the provider says there is a price but not which.</summary>
    public static bool SaysOnRequest(string text) => OnRequest().IsMatch(text);

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" or "j" or "x" or "1" or "true" or "wahr" or "yes" or "y" or "✓" or "✔" => true,
        "nein" or "n" or "0" or "false" or "falsch" or "no" or "-" or "" => false,
        _ => null,
    };

    /// <summary>A teaching format from a word, a list of words ("Präsenz, Vollzeit") or a URL (https://schema.org/OnlineEventAttendanceMode).</summary>
    public static SessionFormat? Format(string text)
    {
        var t = GermanText.Fold(LastUrlSegment(text));
        if (t.Length == 0) return null;
        if (t.Contains("blended") || t.Contains("kombi") || t.Contains("hybrid") || t.Contains("mixed")) return SessionFormat.Blended;
        if (t.Contains("inhouse") || t.Contains("firmenintern") || t.Contains("im betrieb")) return SessionFormat.Inhouse;
        if (t.Contains("online") || t.Contains("virtuell") || t.Contains("virtual") || t.Contains("fern") || t.Contains("distance") || t.Contains("web")
            || t.Contains("e-learning") || t.Contains("elearning") || t.Contains("selbstlern") || t.Contains("self-paced") || t.Contains("mooc")) return SessionFormat.Online;
        if (t.Contains("praesenz") || t.Contains("vor ort") || t.Contains("onsite") || t.Contains("on site") || t.Contains("on-site") || t.Contains("offline")
            || t.Contains("klassenraum") || t.Contains("seminar") || t.Contains("in person") || t.Contains("in-person")) return SessionFormat.Onsite;
        return null;
    }

    /// <summary>
    /// Whether a type of education or a credential category names a vocational qualification (Berufsabschluss):
    /// Umschulung, Berufsausbildung, Vorbereitung auf die Externenprüfung, or the word itself. A Teilqualifizierung is a step
    /// towards one, not the qualification, so it does not count.
    /// </summary>
    public static bool NamesVocationalQualification(string text)
    {
        var t = GermanText.Fold(text);
        if (t.Length == 0 || t.Contains("teilqualifi")) return false;
        return t.Contains("berufsabschluss") || t.Contains("umschulung") || t.Contains("externenpruefung") || t.Contains("berufsausbildung")
            || t.Contains("ausbildungsberuf") || t.Contains("vocational qualification");
    }

    public static StudyMode? Mode(string text)
    {
        var t = GermanText.Fold(LastUrlSegment(text));
        if (t.Length == 0) return null;
        if (t.Contains("berufsbegleitend") || t.Contains("alongside") || t.Contains("abend") || t.Contains("wochenend")) return StudyMode.AlongsideWork;
        if (t.Contains("teilzeit") || t.Contains("part")) return StudyMode.PartTime;
        if (t.Contains("vollzeit") || t.Contains("full")) return StudyMode.FullTime;
        return null;
    }

    /// <summary>ISO 8601 duration to hours: PT40H, PT90M, P5D (a day counts 8 hours), P2W (a week 40 hours). Months and years are no workload.</summary>
    public static bool TryDurationHours(string text, out int hours)
    {
        hours = 0;
        var m = IsoDuration().Match(text.Trim().ToUpperInvariant());
        if (!m.Success || text.Trim().Length <= 1 || text.Trim().EndsWith('T')) return false;
        double Part(string name) => m.Groups[name].Success ? double.Parse(m.Groups[name].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        return Rounded(Part("w") * 40 + Part("d") * 8 + Part("h") + Part("m") / 60, out hours);
    }

    /// <summary>
    /// Hours from what exporters write as a workload: a plain number (hours), "40 Stunden", "40 Std.", "120 UE" (teaching units
    /// of 45 minutes, also "Unterrichtseinheiten" and "Unterrichtsstunden"), "5 Tage" (8 hours each), "3 Wochen" (40 hours each),
    /// "90 Minuten", or an ISO 8601 duration.
    /// </summary>
    public static bool TryHours(string text, out int hours)
    {
        if (TryDurationHours(text, out hours)) return true;
        var m = NumberWithUnit().Match(text.Trim());
        if (!m.Success) return false;
        var value = double.Parse(m.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var unit = GermanText.Fold(m.Groups["unit"].Value).Replace(".", "").Trim();
        double? factor = unit switch
        {
            "" or "h" or "std" or "stunde" or "stunden" or "zeitstunden" or "zeitstd" or "hours" or "hour" => 1,
            "ue" or "ues" or "unterrichtseinheit" or "unterrichtseinheiten" or "unterrichtsstunde" or "unterrichtsstunden" or "ustd" or "lektionen" => 0.75,
            "tag" or "tage" or "tagen" or "days" or "day" => 8,
            "woche" or "wochen" or "weeks" or "week" => 40,
            "min" or "minuten" or "minutes" => 1.0 / 60,
            _ => null,
        };
        return factor is { } f ? Rounded(value * f, out hours) : false;
    }

    /// <summary>A two-letter language code from a code ("de", "de-DE", "deu") or a name ("Deutsch", "English"); null when unknown.</summary>
    public static string? LanguageCode(string text)
    {
        var t = GermanText.Fold(text).Split(['-', '_', '/', ',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (Languages.TryGetValue(t, out var code)) return code;
        return t.Length == 2 && t.All(char.IsAsciiLetterLower) ? t : null;
    }

    private static readonly Dictionary<string, string> Languages = new(StringComparer.Ordinal)
    {
        ["deu"] = "de", ["ger"] = "de", ["deutsch"] = "de", ["german"] = "de",
        ["eng"] = "en", ["englisch"] = "en", ["english"] = "en",
        ["tur"] = "tr", ["tuerkisch"] = "tr", ["turkish"] = "tr",
        ["ara"] = "ar", ["arabisch"] = "ar", ["arabic"] = "ar",
        ["fra"] = "fr", ["fre"] = "fr", ["franzoesisch"] = "fr", ["french"] = "fr",
        ["spa"] = "es", ["spanisch"] = "es", ["spanish"] = "es",
        ["ita"] = "it", ["italienisch"] = "it", ["italian"] = "it",
        ["pol"] = "pl", ["polnisch"] = "pl", ["polish"] = "pl",
        ["rus"] = "ru", ["russisch"] = "ru", ["russian"] = "ru",
        ["ukr"] = "uk", ["ukrainisch"] = "uk", ["ukrainian"] = "uk",
        ["ron"] = "ro", ["rum"] = "ro", ["rumaenisch"] = "ro", ["romanian"] = "ro",
    };

    /// <summary>Search words from "Stapler, Lager; Logistik" or one word per line.</summary>
    public static IEnumerable<string> Keywords(string text) =>
        text.Split([',', ';', '|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k.Length > 0);

    private static string LastUrlSegment(string text)
    {
        var t = text.Trim();
        return t.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? t[(t.TrimEnd('/').LastIndexOfAny(['/', '#']) + 1)..] : t;
    }

    private static bool Rounded(double total, out int hours)
    {
        hours = 0;
        if (total <= 0 || total > 100_000) return false;
        hours = (int)Math.Round(total, MidpointRounding.AwayFromZero);
        return hours > 0;
    }

    [GeneratedRegex(@"^\d[\d.,]*$")]
    private static partial Regex PriceShape();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex CommaThousandsOnly();

    [GeneratedRegex(@"^(\d{1,3}(\.\d{3})+,\d{1,2}|\d{1,3}(,\d{3})+\.\d{1,2})$")]
    private static partial Regex GroupedWithDecimals();

    [GeneratedRegex(@"€|EURO?|\s|\u00a0", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAndSpace();

    [GeneratedRegex(@"[.,]-+$")]
    private static partial Regex DashCents();

    [GeneratedRegex(@"^(kostenfrei|kostenlos|gratis|free|entgeltfrei|gebührenfrei|0,-+\s*€?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FreeWords();

    [GeneratedRegex(@"auf\s+anfrage|nach\s+vereinbarung|on\s+request|\ba\.\s?a\.", RegexOptions.IgnoreCase)]
    private static partial Regex OnRequest();

    [GeneratedRegex(@"^(mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"\s*(uhr|h)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockSuffix();

    [GeneratedRegex(@"(?<=\d{2}:\d{2}(:\d{2})?)(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex TimeOffset();

    [GeneratedRegex(@"\s*[-–—]\s*|\s+bis\s+")]
    private static partial Regex TimeRangeSeparator();

    [GeneratedRegex(@"\s+-\s+|\s*[–—]\s*|\s+bis\s+")]
    private static partial Regex DateRangeSeparator();

    [GeneratedRegex(@"^(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>[\p{L}.]*)$")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^P(?:(?<w>\d+(?:[.,]\d+)?)W)?(?:(?<d>\d+(?:[.,]\d+)?)D)?(?:T(?:(?<h>\d+(?:[.,]\d+)?)H)?(?:(?<m>\d+(?:[.,]\d+)?)M)?)?$")]
    private static partial Regex IsoDuration();
}
