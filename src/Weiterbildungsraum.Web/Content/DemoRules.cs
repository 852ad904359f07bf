using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Content;

internal static class DemoRules
{
    public static void Check(DemoContent demo, ModelContent model, List<ContentError> errors)
    {
        var competencies = model.Competencies.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var roles = model.Families.SelectMany(f => f.Roles).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var organisations = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < demo.Actors.Count; i++)
        {
            var a = demo.Actors[i];
            UniqueKey("demo/actors.json", $"$[{i}].key", a.Key, organisations, errors);
            if (ActorType(a.Type) is null)
                errors.Add(new("demo/actors.json", $"$[{i}].type", $"Unbekannter Typ „{a.Type}“."));
            CheckContacts("demo/actors.json", $"$[{i}]", a.Contacts, errors);
        }
        var providers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < demo.Providers.Count; i++)
        {
            UniqueKey("demo/providers.json", $"$[{i}].key", demo.Providers[i].Key, organisations, errors);
            providers.Add(demo.Providers[i].Key);
            CheckContacts("demo/providers.json", $"$[{i}]", demo.Providers[i].Contacts, errors);
        }

        var offerKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < demo.Offers.Count; i++)
        {
            const string file = "demo/offers.json";
            var o = demo.Offers[i];
            var path = $"$[{i}]";
            UniqueKey(file, path + ".key", o.Key, offerKeys, errors);
            if (!providers.Contains(o.Provider)) errors.Add(new(file, path + ".provider", $"Anbieter „{o.Provider}“ gibt es nicht."));
            if (ParseTimeModel(o.TimeModel) is null) errors.Add(new(file, path + ".timeModel", $"Unbekanntes Zeitmodell „{o.TimeModel}“."));
            if (o.Hours <= 0) errors.Add(new(file, path + ".hours", "Die Stundenzahl muss größer als 0 sein."));
            if (o.Price < 0) errors.Add(new(file, path + ".price", "Der Preis darf nicht negativ sein."));
            for (var c = 0; c < o.Competencies.Count; c++)
            {
                var oc = o.Competencies[c];
                var cp = $"{path}.competencies[{c}]";
                if (!competencies.Contains(oc.Competency)) errors.Add(new(file, cp + ".competency", $"Kompetenz „{oc.Competency}“ gibt es im Modell nicht."));
                if (oc.EntryLevel < 0 || oc.ExitLevel > ProficiencyScale.Max || oc.ExitLevel <= oc.EntryLevel)
                    errors.Add(new(file, cp, $"Eingangs- und Zielstufe ({oc.EntryLevel} → {oc.ExitLevel}) müssen in 0–4 liegen und steigen."));
            }
            for (var s = 0; s < o.Sessions.Count; s++)
            {
                var session = o.Sessions[s];
                var sp = $"{path}.sessions[{s}]";
                if (ParseFormat(session.Format) is not { } format) errors.Add(new(file, sp + ".format", $"Unbekanntes Format „{session.Format}“."));
                else if (format != OfferFormat.Online && session.Venue?.Town is null) errors.Add(new(file, sp + ".venue", "Ein Termin vor Ort braucht einen Veranstaltungsort mit Ort."));
                if (session.DurationDays < 1) errors.Add(new(file, sp + ".durationDays", "Ein Termin dauert mindestens einen Tag."));
                if (ParseTime(session.StartTime) is null && session.StartTime is not null) errors.Add(new(file, sp + ".startTime", $"„{session.StartTime}“ ist keine Uhrzeit (HH:MM)."));
                if (ParseTime(session.EndTime) is null && session.EndTime is not null) errors.Add(new(file, sp + ".endTime", $"„{session.EndTime}“ ist keine Uhrzeit (HH:MM)."));
            }
        }

        var people = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < demo.Companies.Count; i++)
        {
            const string file = "demo/companies.json";
            var company = demo.Companies[i];
            UniqueKey(file, $"$[{i}].key", company.Key, organisations, errors);
            for (var e = 0; e < company.Employees.Count; e++)
            {
                var employee = company.Employees[e];
                var ep = $"$[{i}].employees[{e}]";
                UniqueKey(file, ep + ".key", employee.Key, people, errors);
                if (!roles.TryGetValue(employee.Role, out var role))
                {
                    errors.Add(new(file, ep + ".role", $"Rolle „{employee.Role}“ gibt es im Modell nicht."));
                    continue;
                }
                var profile = role.Profile.Select(p => p.Competency).ToHashSet(StringComparer.Ordinal);
                foreach (var (kind, ratings) in new[] { ("selfRatings", employee.SelfRatings), ("managerRatings", employee.ManagerRatings) })
                    foreach (var (key, level) in ratings ?? [])
                    {
                        if (!profile.Contains(key)) errors.Add(new(file, $"{ep}.{kind}.{key}", $"„{key}“ gehört nicht zum Profil der Rolle „{role.Key}“."));
                        if (!ProficiencyScale.Contains(level)) errors.Add(new(file, $"{ep}.{kind}.{key}", $"Stufe {level} liegt nicht in 0–4."));
                    }
            }
        }

        var eventKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < demo.Events.Count; i++)
        {
            var ev = demo.Events[i];
            UniqueKey("demo/events.json", $"$[{i}].key", ev.Key, eventKeys, errors);
            if (ev.Organiser is { } org && !organisations.Contains(org))
                errors.Add(new("demo/events.json", $"$[{i}].organiser", $"Veranstalter „{org}“ gibt es nicht."));
            CheckEventRegistration(ev, $"$[{i}]", errors);
        }
    }

    private static void CheckContacts(string file, string path, List<ContactFile>? contacts, List<ContentError> errors)
    {
        for (var c = 0; c < (contacts?.Count ?? 0); c++)
        {
            var contact = contacts![c];
            var cp = $"{path}.contacts[{c}]";
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > 120)
                errors.Add(new(file, cp + ".name", "Eine Ansprechperson braucht einen Namen (höchstens 120 Zeichen)."));
            if (contact.Function is { Length: > 120 })
                errors.Add(new(file, cp + ".function", "Funktion oder Bereich: höchstens 120 Zeichen."));
            if (contact.Email is { } email && !System.Net.Mail.MailAddress.TryCreate(email, out _))
                errors.Add(new(file, cp + ".email", $"„{email}“ ist keine E-Mail-Adresse."));
            if (contact.Phone is { } phone && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^[0-9 +()/\-]{3,40}$"))
                errors.Add(new(file, cp + ".phone", $"„{phone}“ ist keine Telefonnummer (Ziffern, Leerzeichen, + ( ) / -)."));
        }
    }

    private static void CheckEventRegistration(EventFile ev, string path, List<ContentError> errors)
    {
        const string file = "demo/events.json";
        var mode = RegistrationModeOf(ev);
        if (mode is null) errors.Add(new(file, path + ".registration", $"Unbekannte Anmeldung „{ev.Registration}“; erlaubt: platform, external, none."));
        if (mode == Features.Network.EventRegistrationMode.External && ev.RegistrationUrl is null)
            errors.Add(new(file, path + ".registrationUrl", "Anmeldung beim Veranstalter (external) braucht einen registrationUrl."));
        if (mode != Features.Network.EventRegistrationMode.Platform && (ev.Capacity is not null || ev.DeadlineDaysBefore is not null))
            errors.Add(new(file, path, "capacity und deadlineDaysBefore gelten nur für die Anmeldung über die Plattform (platform)."));
        if (ev.Capacity is < 1) errors.Add(new(file, path + ".capacity", "Die Zahl der Plätze muss mindestens 1 sein."));
        if (ev.DeadlineDaysBefore is < 0) errors.Add(new(file, path + ".deadlineDaysBefore", "Der Anmeldeschluss liegt 0 oder mehr Tage vor dem Beginn."));
        if (ParseTime(ev.StartTime) is null && ev.StartTime is not null) errors.Add(new(file, path + ".startTime", $"„{ev.StartTime}“ ist keine Uhrzeit (HH:MM)."));
        if (ParseTime(ev.EndTime) is null && ev.EndTime is not null) errors.Add(new(file, path + ".endTime", $"„{ev.EndTime}“ ist keine Uhrzeit (HH:MM)."));
        foreach (var (url, field) in new[] { (ev.RegistrationUrl, "registrationUrl"), (ev.OnlineUrl, "onlineUrl") })
            if (url is not null && !Features.Network.Profiles.WebAddress.IsValid(url))
                errors.Add(new(file, $"{path}.{field}", $"„{url}“ ist keine Web-Adresse mit https://."));
    }

    /// <summary>Without "registration", an event with a link registers there and one without takes no registration.</summary>
    public static Features.Network.EventRegistrationMode? RegistrationModeOf(EventFile ev) => ev.Registration switch
    {
        null => ev.RegistrationUrl is null ? Features.Network.EventRegistrationMode.None : Features.Network.EventRegistrationMode.External,
        "platform" => Features.Network.EventRegistrationMode.Platform,
        "external" => Features.Network.EventRegistrationMode.External,
        "none" => Features.Network.EventRegistrationMode.None,
        _ => null,
    };

    private static void UniqueKey(string file, string path, string key, HashSet<string> seen, List<ContentError> errors)
    {
        if (!KeyRule.IsValid(key)) errors.Add(new(file, path, $"„{key}“ ist kein gültiger Schlüssel."));
        else if (!seen.Add(key)) errors.Add(new(file, path, $"Schlüssel „{key}“ kommt doppelt vor."));
    }

    public static OrganisationType? ActorType(string type) =>
        Enum.TryParse<OrganisationType>(type, ignoreCase: false, out var t) && t is not (OrganisationType.Company or OrganisationType.Provider) ? t : null;

    public static OfferFormat? ParseFormat(string format) => format switch
    {
        "onsite" => OfferFormat.Onsite,
        "online" => OfferFormat.Online,
        "blended" => OfferFormat.Blended,
        "inhouse" => OfferFormat.Inhouse,
        _ => null,
    };

    public static TimeModel? ParseTimeModel(string model) => model switch
    {
        "fulltime" => TimeModel.FullTime,
        "parttime" => TimeModel.PartTime,
        "alongsidework" => TimeModel.AlongsideWork,
        _ => null,
    };

    public static TimeOnly? ParseTime(string? time) =>
        TimeOnly.TryParseExact(time, "HH:mm", out var t) ? t : null;
}
