using System.Globalization;
using System.Text.RegularExpressions;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>Lenient readers for the values providers write: German and ISO dates, German prices, yes/no words, durations.</summary>
public static partial class ImportValues
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd.MM.yy"];

    public static bool TryDate(string text, out DateOnly date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, German, DateTimeStyles.None, out date)) return true;
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            date = DateOnly.FromDateTime(dt.DateTime);
            return true;
        }
        return false;
    }

    /// <summary>A time of day from an ISO date-time ("2026-03-02T08:30:00"), or null when the text has none.</summary>
    public static TimeOnly? TimeOf(string text)
    {
        text = text.Trim();
        // The clock time as written: a course starting at 08:30 in Unna starts at 08:30, whatever the offset says.
        if (text.Length <= 10 || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)) return null;
        var time = TimeOnly.FromDateTime(dt.DateTime);
        return time == TimeOnly.MinValue ? null : time;
    }

    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>"1.290,00 €", "1290,00", "1290.00", "1.290" (thousands) or "0".</summary>
    public static bool TryPrice(string text, out decimal price)
    {
        price = 0;
        var t = text.Replace("€", "").Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "").Replace("\u00a0", "").Trim();
        if (t.Length == 0 || !PriceShape().IsMatch(t)) return false;
        if (t.Contains(',')) t = t.Replace(".", "").Replace(',', '.');
        else if (ThousandsOnly().IsMatch(t)) t = t.Replace(".", "");
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out price) && decimal.Round(price, 2) == price;
    }

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" or "j" or "x" or "1" or "true" or "wahr" or "yes" => true,
        "nein" or "n" or "0" or "false" or "falsch" or "no" or "" => false,
        _ => null,
    };

    public static SessionFormat? Format(string text)
    {
        var t = GermanText.Fold(text);
        if (t.Length == 0) return null;
        if (t.Contains("blended") || t.Contains("kombi") || t.Contains("hybrid")) return SessionFormat.Blended;
        if (t.Contains("inhouse") || t.Contains("firmenintern")) return SessionFormat.Inhouse;
        if (t.Contains("online") || t.Contains("virtuell") || t.Contains("fern") || t.Contains("web") || t.Contains("e-learning") || t.Contains("selbstlern")) return SessionFormat.Online;
        if (t.Contains("praesenz") || t.Contains("vor ort") || t.Contains("onsite") || t.Contains("on site") || t.Contains("klassenraum") || t.Contains("seminar")) return SessionFormat.Onsite;
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
        var t = GermanText.Fold(text);
        if (t.Length == 0) return null;
        if (t.Contains("berufsbegleitend") || t.Contains("alongside") || t.Contains("abend") || t.Contains("wochenend")) return StudyMode.AlongsideWork;
        if (t.Contains("teilzeit") || t.Contains("part")) return StudyMode.PartTime;
        if (t.Contains("vollzeit") || t.Contains("full")) return StudyMode.FullTime;
        return null;
    }

    /// <summary>ISO 8601 duration to hours: PT40H, PT90M, P5D (a day counts 8 hours), P2W (a week 40 hours).</summary>
    public static bool TryDurationHours(string text, out int hours)
    {
        hours = 0;
        var m = IsoDuration().Match(text.Trim().ToUpperInvariant());
        if (!m.Success || text.Trim().Length <= 1 || text.Trim().EndsWith('T')) return false;
        double Part(string name) => m.Groups[name].Success ? double.Parse(m.Groups[name].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var total = Part("w") * 40 + Part("d") * 8 + Part("h") + Part("m") / 60;
        if (total <= 0 || total > 100_000) return false;
        hours = (int)Math.Round(total, MidpointRounding.AwayFromZero);
        return hours > 0;
    }

    [GeneratedRegex(@"^\d[\d.,]*$")]
    private static partial Regex PriceShape();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();

    [GeneratedRegex(@"^P(?:(?<w>\d+(?:[.,]\d+)?)W)?(?:(?<d>\d+(?:[.,]\d+)?)D)?(?:T(?:(?<h>\d+(?:[.,]\d+)?)H)?(?:(?<m>\d+(?:[.,]\d+)?)M)?)?$")]
    private static partial Regex IsoDuration();
}
