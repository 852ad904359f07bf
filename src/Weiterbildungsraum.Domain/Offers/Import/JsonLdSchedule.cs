using System.Text.Json;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// A schema.org Schedule on a run (courseSchedule): its clock times become the session's times, and the days it names
/// between start and end, times the length of one meeting, give the hours when the file states none.
/// </summary>
public static class JsonLdSchedule
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["mo"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday, ["montags"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tu"] = DayOfWeek.Tuesday, ["di"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday, ["dienstags"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["we"] = DayOfWeek.Wednesday, ["mi"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday, ["mittwochs"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["th"] = DayOfWeek.Thursday, ["do"] = DayOfWeek.Thursday, ["donnerstag"] = DayOfWeek.Thursday, ["donnerstags"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["fr"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday, ["freitags"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sa"] = DayOfWeek.Saturday, ["samstag"] = DayOfWeek.Saturday, ["samstags"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["su"] = DayOfWeek.Sunday, ["so"] = DayOfWeek.Sunday, ["sonntag"] = DayOfWeek.Sunday, ["sonntags"] = DayOfWeek.Sunday,
    };

    private static readonly string[] GermanDays = ["sonntags", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags"];

    /// <summary>Applies the schedule to the session; the hours it implies, or null.</summary>
    public static int? Apply(JsonLdGraph graph, JsonElement schedule, SessionRecord s, string where, OfferRecord o, ParsedCatalogue result)
    {
        if (s.StartTime is null && Time(graph.Str(schedule, "startTime")) is { } from) s.StartTime = from;
        if (s.EndTime is null && Time(graph.Str(schedule, "endTime")) is { } to) s.EndTime = to;
        var days = graph.Many(schedule, "byDay").Select(d => Day(graph.Str(d))).OfType<DayOfWeek>().Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        var frequency = graph.Str(schedule, "repeatFrequency");
        var weekly = frequency.Length == 0 || frequency.Equals("P1W", StringComparison.OrdinalIgnoreCase) || GermanText.Fold(frequency) is "weekly" or "woechentlich";
        var daily = frequency.Equals("P1D", StringComparison.OrdinalIgnoreCase) || GermanText.Fold(frequency) is "daily" or "taeglich";

        double? meeting = s.StartTime is { } a && s.EndTime is { } b && b > a ? (b - a).TotalHours
            : ImportValues.TryDurationHours(graph.Str(schedule, "duration"), out var d) ? d : null;
        int? count = ImportValues.TryInt(graph.Str(schedule, "repeatCount"), out var repeats) && repeats > 0 ? repeats
            : days.Count > 0 && weekly && s.EndDate >= s.StartDate ? Count(s.StartDate, s.EndDate, days)
            : daily && s.EndDate >= s.StartDate ? s.EndDate.DayNumber - s.StartDate.DayNumber + 1
            : null;
        var hours = meeting is { } m && count is { } n && m * n >= 1 ? (int?)Math.Round(m * n, MidpointRounding.AwayFromZero) : null;

        var rhythm = days.Count > 0 ? string.Join(", ", days.Select(day => GermanDays[(int)day])) + (weekly ? "" : $" ({frequency})")
            : daily ? "täglich" : frequency;
        var times = s.StartTime is { } st && s.EndTime is { } et ? $"{st:HH\\:mm}–{et:HH\\:mm} Uhr" : "";
        var described = string.Join(", ", new[] { rhythm, times }.Where(t => t.Length > 0));
        if (described.Length > 0)
            result.Notice(where, "courseSchedule", $"Stundenplan „{described}“: die Uhrzeiten werden übernommen{(hours is { } h ? $", er ergibt {h} Stunden" : "")}; die Wochentage speichert der Termin nicht.", o);
        return hours;
    }

    private static TimeOnly? Time(string text) =>
        ImportValues.TryTime(text, out var time) ? time : ImportValues.TimeOf(text);

    private static DayOfWeek? Day(string text)
    {
        var t = text.Trim();
        t = GermanText.Fold(t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || t.Contains(':') ? t[(t.LastIndexOfAny(['/', '#', ':']) + 1)..] : t).TrimEnd('.');
        return Days.TryGetValue(t, out var day) ? day : null;
    }

    private static int Count(DateOnly from, DateOnly to, List<DayOfWeek> days)
    {
        var count = 0;
        for (var day = from; day <= to && count < 10_000; day = day.AddDays(1))
            if (days.Contains(day.DayOfWeek)) count++;
        return count;
    }
}
