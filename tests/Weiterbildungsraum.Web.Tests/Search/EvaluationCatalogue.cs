using Microsoft.Extensions.DependencyInjection;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>
/// A region without the demo data and with a catalogue of its own, written as providers write their course pages:
/// titles with regulations and slashes, long descriptions that mention neighbouring topics, evening and weekend runs.
/// Nothing here teaches welding.
/// </summary>
public sealed class EvaluationPlatform() : TestPlatform(demoData: false), IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await WithDbAsync(async db =>
        {
            var providers = new Dictionary<string, Organisation>();
            Organisation Provider(string name, string town) => providers.TryGetValue(name, out var p) ? p
                : providers[name] = new Organisation { Name = name, Type = OrganisationType.Provider, Town = town, IsApproved = true, CreatedAt = DateTime.UtcNow };
            var number = 0;
            foreach (var o in EvaluationCatalogue.Offers)
                db.Offers.Add(new Offer
                {
                    Provider = Provider(o.Provider, o.Sessions[0].Town), ExternalId = $"EVAL-{++number:000}", Title = o.Title, Summary = o.Summary,
                    Content = $"<p>{o.Content}</p>", TargetGroup = o.Target, Hours = o.Hours, Price = o.Price, Azav = o.Azav,
                    BildungsgutscheinApproved = o.Gutschein, TimeModel = o.TimeModel, IsPublished = true,
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Sessions = o.Sessions.Select(s => s.Entity()).ToList(),
                });
            await db.SaveChangesAsync();
        });
        await Services.GetRequiredService<OfferIndex>().RebuildAsync();
    }
}

public sealed record CatalogueSession(int InDays, int Days, OfferFormat Format, string Town, string Postcode, TimeOnly? Start = null)
{
    public OfferSession Entity()
    {
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(InDays);
        return new OfferSession
        {
            StartDate = start, EndDate = start.AddDays(Days), StartTime = Start, EndTime = Start?.AddHours(3), Format = Format,
            Town = Format == OfferFormat.Online ? "" : Town, Postcode = Format == OfferFormat.Online ? "" : Postcode,
            VenueName = Format == OfferFormat.Online ? "" : "Schulungszentrum", Street = Format == OfferFormat.Online ? "" : "Hauptstraße 1",
        };
    }
}

public sealed record CatalogueOffer(string Title, string Provider, string Summary, string Content, string Target, int Hours, decimal Price,
    bool Azav, bool Gutschein, TimeModel TimeModel, CatalogueSession[] Sessions);

public static class EvaluationCatalogue
{
    /// <summary>Days from today to the next Saturday at least two weeks ahead: weekend runs start there.</summary>
    public static int NextSaturday { get; } = 14 + ((int)DayOfWeek.Saturday - (int)DateTime.Today.AddDays(14).DayOfWeek + 7) % 7;

    /// <summary>A weekday at least three weeks ahead (Tuesday), for runs that must not count as weekend runs.</summary>
    private static int Tuesday { get; } = 21 + ((int)DayOfWeek.Tuesday - (int)DateTime.Today.AddDays(21).DayOfWeek + 7) % 7;

    private static readonly TimeOnly Morning = new(8, 30), Evening = new(18, 0);

    private static CatalogueSession Onsite(string town, string postcode, int inDays = 30, int days = 3, TimeOnly? start = null) =>
        new(inDays, days, OfferFormat.Onsite, town, postcode, start ?? Morning);

    private static CatalogueSession Online(int inDays = 40, int days = 5, TimeOnly? start = null) =>
        new(inDays, days, OfferFormat.Online, "", "", start ?? Morning);

    public static IReadOnlyList<CatalogueOffer> Offers { get; } =
    [
        new("Gabelstaplerfahrer/in – Fahrausweis nach DGUV Grundsatz 308-001", "Logistikakademie Westfalen",
            "In drei Tagen zum Staplerfahrausweis: Theorie, Fahrpraxis auf Front- und Schubmaststapler, Prüfung.",
            "Sie lernen die Rechtsgrundlagen, Standsicherheit, Lastschwerpunkt und Tragfähigkeitsdiagramm kennen und üben das sichere Aufnehmen und Absetzen von Lasten. Nach bestandener theoretischer und praktischer Prüfung erhalten Sie den Fahrausweis.",
            "Beschäftigte in Lager, Produktion und Versand ohne Vorkenntnisse", 24, 390m, true, false, TimeModel.FullTime,
            [Onsite("Dortmund", "44147", 20, 2), Onsite("Dortmund", "44147", 60, 2)]),
        new("Teilqualifizierung Fachkraft für Lagerlogistik (TQ 1–5)", "Logistikakademie Westfalen",
            "Der modulare Weg zum Berufsabschluss: fünf Teilqualifikationen mit IHK-Kompetenzfeststellung.",
            "Wareneingang, Einlagerung, Kommissionierung, Verpackung und Versand, Bestandsführung im Lagerverwaltungssystem. Im Modul 2 ist der Staplerschein enthalten: Umgang mit Stapler und Flurförderzeugen, Ladungssicherung, Gefahrstoffe im Lager. Praktikum in einem Logistikbetrieb der Region. Mit dem Stapler arbeiten Sie täglich; der Stapler gehört zum Lageralltag.",
            "Arbeitsuchende und Beschäftigte ohne Berufsabschluss", 520, 8900m, true, true, TimeModel.FullTime,
            [Onsite("Dortmund", "44147", 35, 120)]),
        new("Prüfung der Qualität an Kunststoff-Spritzgussteilen", "Technikum Kamen",
            "Maßprüfung, Sichtprüfung und Dokumentation nach Prüfplan – praxisnah an echten Bauteilen.",
            "Prüfmittel auswählen und handhaben (Messschieber, Bügelmessschraube, Lehren), Fehlerbilder erkennen, Prüfergebnisse im CAQ-System dokumentieren, Stichprobenpläne lesen.",
            "Maschinen- und Anlagenführer, Beschäftigte in der Fertigung", 32, 980m, true, false, TimeModel.PartTime,
            [Onsite("Kamen", "59174", 25, 4)]),
        new("Wareneingangskontrolle und Lieferantenbewertung", "Bildungswerk Hellweg",
            "Eingehende Ware prüfen, Abweichungen reklamieren, Lieferanten nach Kennzahlen bewerten.",
            "Lieferscheinprüfung, Mengen- und Qualitätskontrolle, Reklamationsprozess, Kennzahlen zur Lieferantenbewertung und ihre Darstellung.",
            "Beschäftigte in Einkauf, Lager und Qualitätssicherung", 16, 540m, false, false, TimeModel.AlongsideWork,
            [Onsite("Unna", "59423", 28, 1)]),
        new("Löten von SMD-Bauteilen nach IPC-A-610", "Lernfabrik Mikrotechnik Dortmund",
            "Hand- und Reparaturlöten an Leiterplatten, mit Abnahmekriterien nach IPC-A-610.",
            "Lötkolben, Heißluft und Entlötlitze richtig einsetzen, Lötstellen beurteilen, ESD-Schutz am Arbeitsplatz, typische Fehler vermeiden.",
            "Elektronikerinnen und Elektroniker, Beschäftigte in der Baugruppenfertigung", 40, 1450m, true, false, TimeModel.FullTime,
            [Onsite("Dortmund", "44227", 45, 5)]),
        new("Excel für Einsteiger: Tabellen, Formeln, Diagramme", "VHS-Zweckverband Unna Fröndenberg Holzwickede",
            "Sicher mit Microsoft Excel arbeiten: vom ersten Arbeitsblatt bis zur Auswertung mit Diagrammen.",
            "Zellbezüge, einfache Formeln und Funktionen (SUMME, WENN, SVERWEIS), Sortieren und Filtern, Diagramme und Druck.",
            "Alle, die im Büro mit Tabellen arbeiten", 12, 89m, false, false, TimeModel.AlongsideWork,
            [Onsite("Unna", "59423", 30, 21, Evening), Online(50, 14, Evening)]),
        new("Excel für Fortgeschrittene – Pivot-Tabellen und Power Query", "Phoenix Digitalschule",
            "Daten aus mehreren Quellen zusammenführen und mit Pivot-Tabellen auswerten.",
            "Power Query, Datenmodell, Pivot-Tabellen und Pivot-Charts, bedingte Formatierung, Dashboards.",
            "Sachbearbeitung, Controlling", 16, 420m, true, true, TimeModel.PartTime,
            [Onsite("Dortmund", "44135", 40, 2), Online(70, 2)]),
        new("Pneumatik und Hydraulik – Grundlagen für die Instandhaltung", "Technikum Kamen",
            "Schaltpläne lesen, Bauteile verstehen, Störungen systematisch finden.",
            "Druckluftaufbereitung, Zylinder und Ventile, Hydraulikpumpen und -speicher, Schaltpläne nach DIN ISO 1219, Fehlersuche an Übungsständen.",
            "Instandhalter, Mechatroniker, Anlagenführer", 40, 1290m, true, true, TimeModel.FullTime,
            [Onsite("Kamen", "59174", 50, 5)]),
        new("Brandschutzhelfer/in nach ASR A2.2 und DGUV Information 205-023", "Sicherheitsforum Ruhr",
            "Entstehungsbrände erkennen und löschen: Theorie und praktische Löschübung.",
            "Brandentstehung, Brandklassen, Feuerlöscher und ihre Bedienung, Verhalten im Brandfall, Evakuierung. Praktische Übung mit dem Feuerlöscher am Übungsfeuer.",
            "Beschäftigte aller Branchen", 4, 95m, false, false, TimeModel.PartTime,
            [Onsite("Hamm", "59065", 18, 0), Onsite("Lünen", "44532", 48, 0)]),
        new("SAP S/4HANA Grundlagen für Einkauf und Materialwirtschaft", "Bildungswerk Hellweg",
            "Bestellanforderungen, Bestellungen und Wareneingänge im SAP-System sicher buchen.",
            "Navigation, Stammdaten von Material und Lieferant, Beschaffungsprozess, Bestandsführung, Rechnungsprüfung.",
            "Einkauf, Disposition, Lager", 40, 1690m, true, true, TimeModel.FullTime,
            [Online(30, 5)]),
        new("Kranführer/in für Brückenkrane (DGUV Grundsatz 309-003)", "Sicherheitsforum Ruhr",
            "Sicher anschlagen und bewegen: Ausbildung und Prüfung für flur- und kabinengesteuerte Krane.",
            "Unfallverhütungsvorschriften, Anschlagmittel, Handzeichen, Lastaufnahme, tägliche Prüfung des Krans vor Arbeitsbeginn, praktische Fahrübungen.",
            "Beschäftigte in Produktion und Lager", 16, 420m, false, false, TimeModel.FullTime,
            [Onsite("Hamm", "59069", 22, 1)]),
        new("Buchhaltung mit DATEV – von der Belegerfassung zum Jahresabschluss", "Wirtschaftsakademie Dortmund",
            "Finanzbuchhaltung praktisch: Kontieren, Buchen und Auswerten mit DATEV Kanzlei-Rechnungswesen.",
            "Kontenrahmen SKR03/SKR04, Belege erfassen, Umsatzsteuer-Voranmeldung, Offene-Posten-Buchhaltung, vorbereitende Abschlussbuchungen.",
            "Kaufleute, Quereinsteigende in die Buchhaltung", 120, 2890m, true, true, TimeModel.PartTime,
            [Onsite("Dortmund", "44137", 33, 60), Online(90, 60)]),
        new("Kundenorientiert am Telefon: Gesprächsführung im Service", "Vertriebsforum Westfalen",
            "Anfragen freundlich und lösungsorientiert bearbeiten, auch wenn es schwierig wird.",
            "Gesprächsleitfaden, aktives Zuhören, Einwände und Beschwerden, schwierige Anrufer, Rollenspiele mit Feedback.",
            "Beschäftigte im Kundenservice und Innendienst", 8, 320m, false, false, TimeModel.PartTime,
            [Onsite("Schwerte", "58239", 26, 0)]),
        new("Elektrofachkraft für festgelegte Tätigkeiten (EFKffT)", "Technikum Kamen",
            "Die Qualifizierung nach DGUV Vorschrift 3 für wiederkehrende elektrotechnische Arbeiten.",
            "Grundlagen der Elektrotechnik, Schutzmaßnahmen, Messen nach DIN VDE 0100-600 und 0701-0702, Gefahren des elektrischen Stroms, Erste Hilfe.",
            "Mechaniker, Haustechniker, Beschäftigte der Instandhaltung", 80, 1980m, true, true, TimeModel.FullTime,
            [Onsite("Kamen", "59174", 60, 10)]),
        new("Mitarbeiterführung für neue Teamleitungen", "Wirtschaftsakademie Dortmund",
            "Die Rolle als Führungskraft annehmen: führen, delegieren, Feedback geben.",
            "Rollenwechsel vom Kollegen zur Führungskraft, Führungsstile, Zielvereinbarungen, Mitarbeitergespräche, Konflikte im Team.",
            "Neue Team- und Schichtleitungen", 24, 1150m, false, false, TimeModel.AlongsideWork,
            [Onsite("Hamm", "59065", 30, 28, Evening)]),
        new("Führung im Schichtbetrieb", "Logistikakademie Westfalen",
            "Schichtübergaben, Personalplanung und Kommunikation für Schichtführerinnen und Schichtführer.",
            "Schichtmodelle, Übergaben, Kennzahlen der Schicht, Gespräche mit Mitarbeitenden im Schichtwechsel.",
            "Schichtführer in Produktion und Logistik", 16, 690m, false, false, TimeModel.PartTime,
            [Onsite("Dortmund", "44147", 36, 1)]),
        new("Englisch im Beruf – Abendkurs Niveau B1", "VHS-Zweckverband Unna Fröndenberg Holzwickede",
            "E-Mails, Telefonate und Besprechungen auf Englisch – einmal pro Woche am Abend.",
            "Wortschatz für Büro und Technik, Telefonieren, E-Mails schreiben, Small Talk, Präsentationen.",
            "Berufstätige mit Grundkenntnissen", 40, 189m, false, false, TimeModel.AlongsideWork,
            [Onsite("Unna", "59423", Tuesday, 70, Evening)]),
        new("Business English für den Vertrieb", "Vertriebsforum Westfalen",
            "Angebote, Verhandlungen und Kundentermine auf Englisch.",
            "Verhandlungssprache, Angebote erläutern, Preisgespräche, Präsentationen vor internationalen Kunden.",
            "Vertriebsmitarbeitende", 24, 890m, false, false, TimeModel.PartTime,
            [Onsite("Dortmund", "44139", Tuesday, 2, Morning)]),
        new("Wochenendseminar Projektmanagement kompakt", "Ruhrbogen Seminarhaus",
            "Projekte planen, steuern und abschließen – an zwei Wochenenden.",
            "Projektauftrag, Stakeholder, Projektstrukturplan, Netzplan und Meilensteine, Risiken, agile Methoden im Überblick.",
            "Projektmitarbeitende und angehende Projektleitungen", 32, 740m, false, false, TimeModel.AlongsideWork,
            [new(NextSaturday, 8, OfferFormat.Onsite, "Werne", "59368", Morning)]),
        new("Projektmanagement mit Zertifikat (IHK)", "Wirtschaftsakademie Dortmund",
            "Der Zertifikatslehrgang für Projektverantwortliche in mittelständischen Unternehmen.",
            "Projektorganisation, Planung mit MS Project, Kosten- und Terminsteuerung, Projektabschluss, Abschlussprüfung vor der IHK.",
            "Fach- und Führungskräfte", 80, 2490m, true, true, TimeModel.FullTime,
            [Onsite("Dortmund", "44137", Tuesday, 9, Morning)]),
        new("Online-Kurs Datenschutz-Grundverordnung (DSGVO) für Beschäftigte", "Phoenix Digitalschule",
            "Was die DSGVO im Arbeitsalltag bedeutet – kompakt im virtuellen Klassenzimmer.",
            "Personenbezogene Daten, Rechtsgrundlagen, Betroffenenrechte, Datenpannen, sicherer Umgang mit E-Mail und Cloud.",
            "Beschäftigte aller Abteilungen", 4, 120m, false, false, TimeModel.PartTime,
            [Online(21, 0)]),
        new("Datenschutzbeauftragte/r im Unternehmen", "Bildungswerk Hellweg",
            "Die Ausbildung zur bzw. zum betrieblichen Datenschutzbeauftragten mit Prüfung.",
            "Aufgaben und Haftung, Verzeichnis der Verarbeitungstätigkeiten, Datenschutz-Folgenabschätzung, technische und organisatorische Maßnahmen.",
            "Beschäftigte, die zur oder zum Datenschutzbeauftragten bestellt werden sollen", 40, 1590m, true, false, TimeModel.FullTime,
            [Onsite("Unna", "59425", 44, 5)]),
        new("CNC-Fräsen mit Heidenhain TNC 640", "Technikum Kamen",
            "Programmieren und Einrichten an der 3- und 5-Achs-Fräsmaschine.",
            "Klartextprogrammierung, Zyklen, Werkzeugverwaltung, Nullpunkte setzen, Simulation und Einfahren, Messen am Werkstück.",
            "Zerspanungsmechaniker, Industriemechaniker", 160, 4200m, true, true, TimeModel.FullTime,
            [Onsite("Lünen", "44534", 40, 20)]),
        new("Ladungssicherung nach VDI 2700 für Fahrpersonal und Verlader", "Logistikakademie Westfalen",
            "Ladung richtig sichern: Physik, Rechtslage und praktische Übungen am Lkw.",
            "Massenkräfte, Reibung, Zurrmittel, formschlüssige und kraftschlüssige Sicherung, Verantwortung von Verlader und Fahrer.",
            "Berufskraftfahrer, Verlader, Lagerpersonal", 8, 210m, false, false, TimeModel.PartTime,
            [Onsite("Bergkamen", "59192", 24, 0)]),
        new("Industriemechaniker/in – Umschulung mit IHK-Abschluss", "Technikum Kamen",
            "In 28 Monaten zum anerkannten Berufsabschluss, mit Praktikum im Betrieb.",
            "Fertigungstechnik, Instandhaltung, Steuerungstechnik, Montage von Baugruppen, Prüfungsvorbereitung Teil 1 und 2. Im ersten Modul lernen Sie die Grundlagen der Metallbearbeitung.",
            "Arbeitsuchende mit Interesse an Technik", 3200, 24800m, true, true, TimeModel.FullTime,
            [Onsite("Kamen", "59174", 60, 850)]),
        new("Kommunikation und Konfliktlösung im Team", "Ruhrbogen Seminarhaus",
            "Gespräche führen, die weiterbringen: Konflikte früh erkennen und lösen.",
            "Kommunikationsmodelle, Ich-Botschaften, Konfliktstufen, Gesprächsleitfaden, Übungen an eigenen Fällen.",
            "Beschäftigte und Teamleitungen", 16, 520m, false, false, TimeModel.PartTime,
            [new(NextSaturday, 1, OfferFormat.Onsite, "Holzwickede", "59439", Morning)]),
        new("Grundlagen der Lagerwirtschaft", "Bildungswerk Hellweg",
            "Lagerarten, Lagerorganisation und Bestandsführung für Einsteiger.",
            "Lagerarten und -systeme, Einlagerungsstrategien, Inventur, Kennzahlen der Lagerwirtschaft.",
            "Beschäftigte im Lager", 24, 560m, true, true, TimeModel.PartTime,
            [Onsite("Werne", "59368", 34, 3)]),
        new("Arbeitssicherheit für Führungskräfte – Unterweisung richtig durchführen", "Sicherheitsforum Ruhr",
            "Pflichten als Vorgesetzte kennen und Unterweisungen wirksam gestalten.",
            "Arbeitsschutzgesetz, Gefährdungsbeurteilung, Pflichtenübertragung, Unterweisungen planen und dokumentieren.",
            "Meister, Schicht- und Teamleitungen", 8, 360m, false, false, TimeModel.PartTime,
            [Online(29, 0, Evening)]),
    ];
}
