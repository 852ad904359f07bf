using System.Text.Json;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>The runs of a course (CourseInstance): dates and times, format and time model, place, seats and the hours they imply.</summary>
public sealed partial class JsonLdOfferParser
{
    private static readonly HashSet<string> InstanceProperties =
    [
        "@type", "@id", "courseMode", "eventAttendanceMode", "startDate", "endDate", "location", "maximumAttendeeCapacity",
        "remainingAttendeeCapacity", "offers", "courseSchedule", "eventSchedule", "courseWorkload", "duration", "eventStatus", "name", "description",
        "inLanguage",
    ];

    /// <summary>
    /// The duration of a run (Event.duration) is its length in the calendar: weeks of a full-time course are its workload,
    /// weeks of a part-time course are not.
    /// </summary>
    private int? CalendarDuration(JsonElement instance, string path, OfferRecord o)
    {
        var text = graph.Str(instance, "duration");
        if (text.Contains('W', StringComparison.OrdinalIgnoreCase) && o.StudyMode != StudyMode.FullTime && ImportValues.TryDurationHours(text, out _))
        {
            result.Warning(Where(path + ".duration"), "duration", $"„{text}“ ist die Laufzeit in Wochen; ohne Vollzeit lässt sich daraus keine Stundenzahl ableiten. Bitte courseWorkload oder timeRequired in Stunden angeben (z. B. PT120H).", o);
            return null;
        }
        return Hours(instance, path, o, "duration");
    }

    private (SessionRecord?, int?) ReadInstance(OfferRecord o, JsonElement instance, string path, List<string> courseModes)
    {
        foreach (var property in instance.EnumerateObject())
            if (!InstanceProperties.Contains(graph.LocalName(property.Name)))
                Ignore(property.Name, "Eigenschaft wird nicht übernommen", Where(path + "." + property.Name));
        var status = graph.Str(instance, "eventStatus");
        if (status.Contains("Cancelled", StringComparison.OrdinalIgnoreCase) || status.Contains("Postponed", StringComparison.OrdinalIgnoreCase))
        {
            result.Notice(Where(path + ".eventStatus"), "eventStatus", $"Der Termin ist abgesagt oder verschoben ({status}) und wird nicht übernommen.", o);
            return (null, null);
        }
        var schedule = graph.Many(instance, "courseSchedule").Concat(graph.Many(instance, "eventSchedule")).FirstOrDefault();
        var start = graph.Str(instance, "startDate") is { Length: > 0 } s1 ? s1 : graph.Str(schedule, "startDate");
        if (start.Length == 0)
        {
            result.Warning(Where(path), "startDate", "Der Termin hat kein Startdatum und wird nicht übernommen.", o);
            return (null, null);
        }
        var session = new SessionRecord { Location = Where(path) };
        if (ImportValues.TryDate(start, out var startDate)) session.StartDate = startDate;
        else
        {
            result.Error(Where(path + ".startDate"), "startDate", $"„{start}“ ist kein Datum (erwartet ISO 8601 wie 2027-03-08 oder 2027-03-08T09:00).", o);
            return (session, null);
        }
        var end = graph.Str(instance, "endDate") is { Length: > 0 } e1 ? e1 : graph.Str(schedule, "endDate");
        if (end.Length == 0) session.EndDate = session.StartDate;
        else if (ImportValues.TryDate(end, out var endDate)) session.EndDate = endDate;
        else result.Error(Where(path + ".endDate"), "endDate", $"„{end}“ ist kein Datum (erwartet ISO 8601 wie 2027-04-19).", o);
        session.StartTime = ImportValues.TimeOf(start);
        session.EndTime = ImportValues.TimeOf(end);
        var explicitFormat = Modes(o, session, courseModes.Concat(graph.Many(instance, "courseMode").Select(graph.Str))
            .Concat(graph.Many(instance, "eventAttendanceMode").Select(graph.Str)), path);
        Locations(session, graph.Many(instance, "location").ToList(), explicitFormat);
        var seats = graph.Str(instance, "remainingAttendeeCapacity") is { Length: > 0 } free ? free : graph.Str(instance, "maximumAttendeeCapacity");
        if (seats.Length > 0)
        {
            if (ImportValues.TryInt(seats, out var n)) session.Seats = n;
            else result.Warning(Where(path + ".maximumAttendeeCapacity"), "maximumAttendeeCapacity", $"„{seats}“ ist keine ganze Zahl und wird nicht übernommen.", o);
        }
        var hours = Hours(instance, path, o, "courseWorkload") ?? CalendarDuration(instance, path, o);
        if (schedule.ValueKind == JsonValueKind.Object) hours ??= JsonLdSchedule.Apply(graph, schedule, session, Where(path + ".courseSchedule"), o, result);
        return (session, hours);
    }

    /// <summary>Format and time model from courseMode and eventAttendanceMode; whether a format was named.</summary>
    private bool Modes(OfferRecord o, SessionRecord s, IEnumerable<string> modes, string path)
    {
        var named = false;
        foreach (var mode in modes.SelectMany(m => m.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? [m]
            : m.Split([',', '/', '+', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct())
        {
            var format = ImportValues.Format(mode);
            var studyMode = ImportValues.Mode(mode);
            if (format is { } f && (!named || f == SessionFormat.Blended)) (s.Format, named) = (f, true);
            if (studyMode is { } m) o.StudyMode = m;
            if (format is null && studyMode is null)
                result.Warning(Where(path + ".courseMode"), "courseMode", $"„{mode}“ ist unbekannt; erlaubt sind z. B. onsite, online, blended, Präsenz, Vollzeit, Teilzeit, berufsbegleitend.", o);
        }
        return named;
    }

    /// <summary>Place, address or text; a VirtualLocation makes the run online, or blended beside a place.</summary>
    private void Locations(SessionRecord s, List<JsonElement> locations, bool explicitFormat)
    {
        var physical = false;
        var virtualLocation = false;
        foreach (var location in locations)
        {
            if (location.ValueKind == JsonValueKind.String)
            {
                var text = location.GetString()!.Trim();
                if (ImportValues.Format(text) == SessionFormat.Online && !text.Any(char.IsDigit)) virtualLocation = true;
                else if (!physical) physical = Fill(s, AddressText.Split(text));
                continue;
            }
            if (graph.IsType(location, "VirtualLocation")) { virtualLocation = true; continue; }
            if (physical) continue;
            var isAddress = graph.IsType(location, "PostalAddress");
            var address = Address(isAddress ? location : graph.Prop(location, "address"));
            var name = isAddress ? "" : Plain(graph.Str(location, "name"));
            if (address.IsEmpty && name.Length > 0) address = AddressText.Split(name) is { Postcode.Length: > 0 } inName ? inName : address with { Name = name };
            else if (name.Length > 0) address = address with { Name = name };
            physical = Fill(s, address);
        }
        if (explicitFormat)
        {
            if (virtualLocation && !physical && s.Format == SessionFormat.Onsite) s.Format = SessionFormat.Online;
        }
        else s.Format = virtualLocation ? physical ? SessionFormat.Blended : SessionFormat.Online : SessionFormat.Onsite;
    }

    private static bool Fill(SessionRecord s, AddressText.Parts parts)
    {
        (s.VenueName, s.Street, s.Postcode, s.Town) = (parts.Name, parts.Street, parts.Postcode, parts.Town);
        return !parts.IsEmpty;
    }

    /// <summary>A PostalAddress, an address as text, or a PostalAddress whose fields hold more than they should ("44135 Dortmund" as the town).</summary>
    private AddressText.Parts Address(JsonElement? address)
    {
        if (address is null) return new("", "", "", "");
        if (address.Value.ValueKind == JsonValueKind.Array) address = graph.Resolve(address.Value.EnumerateArray().FirstOrDefault());
        if (address?.ValueKind == JsonValueKind.String) return AddressText.Split(address.Value.GetString()!);
        var street = Plain(graph.Str(address, "streetAddress"));
        var postcode = graph.Str(address, "postalCode").Replace("D-", "").Trim();
        var town = Plain(graph.Str(address, "addressLocality"));
        if (postcode.Length == 0 && AddressText.Split(town) is { Postcode.Length: > 0 } inTown) (postcode, town) = (inTown.Postcode, inTown.Town);
        if (postcode.Length == 0 && town.Length == 0 && AddressText.Split(street) is { Postcode.Length: > 0 } all) return all;
        return new("", street, postcode, town);
    }
}
