using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Reads open-Qcat catalogues (docs/import-formats.md): NEW_CATALOG or UPDATE_CATALOG, offers and their runs as
/// separate SERVICE elements linked by COURSE_ID. Lenient about order and optional parts, strict about what an offer
/// needs, and every element it does not take over is reported. No DTDs, no external entities.
/// </summary>
public sealed class OpenQcatParser
{
    static OpenQcatParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly ParsedCatalogue result;
    private readonly HashSet<XElement> used = [];
    private string currency = "EUR";
    /// <summary>The offer being read: what goes wrong while reading it refuses only this offer in a partial import.</summary>
    private OfferRecord? current;

    private OpenQcatParser(string file) => result = new ParsedCatalogue { File = file, Format = "open-Qcat" };

    public static ParsedCatalogue Parse(string file, byte[] bytes)
    {
        var parser = new OpenQcatParser(file);
        var document = parser.Load(bytes);
        if (document is not null) parser.Read(document);
        return parser.result;
    }

    private XDocument? Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = Undeclared(bytes) is { } text ? XmlReader.Create(new StringReader(text), settings) : XmlReader.Create(new MemoryStream(bytes), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var declared = document.Declaration?.Encoding ?? "UTF-8";
            if (!declared.StartsWith("utf", StringComparison.OrdinalIgnoreCase) && LooksLikeUtf8(document))
                result.Warning("Zeile 1", "encoding", $"Die Datei erklärt die Kodierung {declared}, enthält aber offenbar UTF-8-Text (z. B. „Ã¼“ statt „ü“). Bitte Deklaration oder Kodierung korrigieren.");
            return document;
        }
        catch (XmlException e)
        {
            var where = $"Zeile {e.LineNumber}";
            if (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
                result.Error(where, "DOCTYPE", "Die Datei enthält eine DTD (DOCTYPE). Aus Sicherheitsgründen werden DTDs und Entitäten nicht verarbeitet; bitte ohne DOCTYPE exportieren.");
            else if (e.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase) || e.InnerException is DecoderFallbackException or ArgumentException)
                result.Error(where, "encoding", "Die Zeichen passen nicht zur Kodierung aus der XML-Deklaration (z. B. ISO-8859-15 erklärt, aber anders gespeichert) oder die Kodierung ist unbekannt.");
            else
                result.Error(where, "", "Die XML-Datei ist nicht wohlgeformt: " + e.Message);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            result.Error("Zeile 1", "encoding", "Die Kodierung aus der XML-Deklaration ist unbekannt oder passt nicht zum Inhalt.");
        }
        return null;
    }

    private static bool LooksLikeUtf8(XDocument document) =>
        ImportEncoding.MisreadUtf8At(string.Concat(document.DescendantNodes().OfType<XText>().Select(t => t.Value))) >= 0;

    /// <summary>
    /// A file without an encoding in its XML declaration must be UTF-8; exporters on Windows write Windows-1252 all the same.
    /// Such a file is read as Windows-1252 (with a notice); a declared encoding is always honoured.
    /// </summary>
    private string? Undeclared(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && head[..Math.Max(0, head.IndexOf("?>", StringComparison.Ordinal))].Contains("encoding", StringComparison.Ordinal)) return null;
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return null;
        result.Notice("Zeile 1", "encoding", "Die XML-Deklaration nennt keine Kodierung und die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen. Bitte Umlaute prüfen.");
        return ImportEncoding.Windows1252.GetString(bytes);
    }

    private void Read(XDocument document)
    {
        var root = document.Root!;
        used.Add(root);
        if (root.Name.LocalName != "OPENQCAT")
        {
            result.Error(Line(root), root.Name.LocalName, "Das Wurzelelement ist nicht OPENQCAT; ist das eine open-Qcat-Datei?");
            return;
        }
        ReadHeader(Child(root, "HEADER"));
        var services = new List<XElement>();
        if (Child(root, "NEW_CATALOG") is { } full)
        {
            result.Kind = CatalogueKind.Full;
            services.AddRange(Children(full, "SERVICE"));
        }
        else if (Child(root, "UPDATE_CATALOG") is { } update)
        {
            result.Kind = CatalogueKind.Update;
            foreach (var added in Children(update, "NEW").Concat(Children(update, "UPDATE"))) services.AddRange(Children(added, "SERVICE"));
            foreach (var deleted in Children(update, "DELETE"))
                foreach (var id in deleted.Descendants().Where(e => e.Name.LocalName == "PRODUCT_ID"))
                {
                    MarkWithAncestors(id, deleted);
                    if (Text(id) is { Length: > 0 } pid) result.Withdrawn.Add(pid);
                }
        }
        else
        {
            result.Error(Line(root), "NEW_CATALOG", "Weder NEW_CATALOG noch UPDATE_CATALOG gefunden: die Datei enthält keine Angebote.");
            return;
        }
        ReadServices(Withdrawn(services));
        ReportIgnored(root);
    }

    /// <summary>Some exporters mark a withdrawn offer with SERVICE mode="delete" instead of listing it under DELETE.</summary>
    private List<XElement> Withdrawn(List<XElement> services)
    {
        var kept = new List<XElement>();
        foreach (var service in services)
        {
            if (!string.Equals(service.Attribute("mode")?.Value.Trim(), "delete", StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(service);
                continue;
            }
            foreach (var e in service.DescendantsAndSelf()) used.Add(e);
            if (Text(Child(service, "PRODUCT_ID")) is { Length: > 0 } id) result.Withdrawn.Add(id);
        }
        return kept;
    }

    private void ReadHeader(XElement? header)
    {
        if (header is null) return;
        if (Child(header, "CATALOG") is { } catalog)
        {
            foreach (var e in catalog.Elements()) used.Add(e);
            if (Text(Child(catalog, "CURRENCY")) is { Length: > 0 } c) currency = c;
        }
        if (Child(header, "SUPPLIER") is { } supplier)
        {
            var address = Child(supplier, "ADDRESS");
            result.Supplier = new SupplierRecord(
                Text(Child(supplier, "SUPPLIER_ID")), Text(Child(supplier, "SUPPLIER_NAME")),
                Text(Child(address, "STREET")), Text(Child(address, "ZIP")), Text(Child(address, "CITY")),
                Text(Child(address, "EMAIL") ?? Child(address, "EMAILS")), Text(Child(address, "PHONE")), Text(Child(address, "URL")));
        }
    }

    private void ReadServices(List<XElement> services)
    {
        var offersByRef = new Dictionary<string, OfferRecord>(StringComparer.Ordinal);
        var offerDefaults = new Dictionary<OfferRecord, (XElement Service, SessionFormat? Format, XElement? Location)>();
        var runs = new List<(XElement Service, string CourseRef)>();
        foreach (var service in services)
        {
            var details = Child(service, "SERVICE_DETAILS");
            var education = Child(Child(details, "SERVICE_MODULE"), "EDUCATION");
            var productId = Text(Child(service, "PRODUCT_ID"));
            if (education is null)
            {
                result.Error(Line(service), "SERVICE_MODULE/EDUCATION", $"SERVICE {productId} hat kein EDUCATION-Element; es ist weder Angebot noch Termin.",
                    new OfferRecord { Location = Line(service), ExternalId = productId });
                continue;
            }
            var courseId = Text(Child(education, "COURSE_ID"));
            var isOffer = string.Equals(education.Attribute("type")?.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (!isOffer)
            {
                runs.Add((service, courseId));
                continue;
            }
            var offer = ReadOffer(service, details!, education, productId, out var format, out var location);
            current = null;
            result.Offers.Add(offer);
            offerDefaults[offer] = (service, format, location);
            if (productId.Length > 0) offersByRef.TryAdd(productId, offer);
            if (courseId.Length > 0) offersByRef.TryAdd(courseId, offer);
        }
        foreach (var (run, courseRef) in runs)
        {
            if (!offersByRef.TryGetValue(courseRef, out var offer))
            {
                // The run stands for itself: in a partial import it is left out with this reason, the rest of the file is taken over.
                result.Error(Line(run), "EDUCATION/COURSE_ID", courseRef.Length == 0
                    ? "Der Termin nennt kein Angebot (COURSE_ID fehlt)."
                    : $"Der Termin verweist auf das Angebot „{courseRef}“, das nicht in dieser Datei steht. Bitte das Angebot mit seinen Terminen liefern.",
                    new OfferRecord { Location = Line(run), ExternalId = Text(Child(run, "PRODUCT_ID")) is { Length: > 0 } id ? id : courseRef });
                continue;
            }
            var (_, format, location) = offerDefaults[offer];
            current = offer;
            ReadRun(run, offer, format, location);
        }
        foreach (var (offer, (service, format, location)) in offerDefaults.Where(o => o.Key.Sessions.Count == 0))
        {
            current = offer;
            var date = Child(Child(service, "SERVICE_DETAILS"), "SERVICE_DATE");
            if (date is not null) offer.Sessions.Add(Session(date, location, format ?? SessionFormat.Onsite, null));
        }
        current = null;
    }

    private OfferRecord ReadOffer(XElement service, XElement details, XElement education, string productId, out SessionFormat? format, out XElement? location)
    {
        var where = Line(service);
        var o = new OfferRecord { Location = where, ExternalId = productId, Supplier = result.Supplier };
        current = o;
        if (productId.Length == 0) Error(where, "PRODUCT_ID", "Die Angebotsnummer (PRODUCT_ID) fehlt.");
        if (Text(Child(service, "SUPPLIER_ID_REF")) is { Length: > 0 } supplierRef && result.Supplier is { Id.Length: > 0 } s && supplierRef != s.Id)
            Error(where, "SUPPLIER_ID_REF", $"Das Angebot gehört zum Anbieter „{supplierRef}“, die Datei aber zu „{s.Id}“.");
        o.Title = Text(Child(details, "TITLE"));
        o.Summary = Text(Child(details, "DESCRIPTION_SHORT"));
        o.Content = Inner(Child(details, "DESCRIPTION_LONG"));
        foreach (var keyword in Children(details, "KEYWORD")) o.Keywords.AddRange(ImportValues.Keywords(Text(keyword)));
        var targetGroup = Child(details, "TARGET_GROUP");
        o.TargetGroup = Text(Child(details, "TARGET_GROUP_TEXT") ?? Child(targetGroup, "TARGET_GROUP_TEXT") ?? targetGroup);
        ReadContact(o, Child(details, "CONTACT"));
        var degree = Child(education, "DEGREE");
        o.Qualification = Text(Child(degree, "DEGREE_TITLE"));
        o.ExaminingBody = Text(Child(Child(degree, "DEGREE_EXAM"), "EXAMINER"));
        o.FundingNotes = Text(Child(education, "SUBSIDY"));
        o.BildungsgutscheinApproved = o.FundingNotes.Contains("Bildungsgutschein", StringComparison.OrdinalIgnoreCase);
        var status = Text(Child(Child(education, "CERTIFICATE"), "CERTIFICATE_STATUS"));
        o.Azav = status.Length > 0 && ImportValues.YesNo(status) != false;
        var extended = Child(education, "EXTENDED_INFO");
        o.LeadsToQualification = ImportValues.NamesVocationalQualification(Text(Child(extended, "EDUCATION_TYPE")));
        format = ReadFormat(extended, Text(Child(service, "COURSE_TYPE")), where);
        var execution = Text(Child(extended, "EXECUTION_FORM"));
        if (execution.Length > 0)
        {
            if (ImportValues.Mode(execution) is { } mode) o.StudyMode = mode;
            else result.Warning(where, "EXECUTION_FORM", $"„{execution}“ ist keinem Zeitmodell zuzuordnen; Teilzeit angenommen.", o);
        }
        var module = Child(education, "MODULE_COURSE");
        o.MinParticipants = Int(Child(module, "MIN_PARTICIPANTS"));
        o.MaxParticipants = Int(Child(module, "MAX_PARTICIPANTS"));
        location = Child(module, "LOCATION");
        o.Hours = Duration(Child(module, "DURATION"));
        o.Price = Price(service);
        return o;
    }

    private void ReadRun(XElement run, OfferRecord offer, SessionFormat? offerFormat, XElement? offerLocation)
    {
        var details = Child(run, "SERVICE_DETAILS");
        Child(details, "TITLE");
        Child(run, "SUPPLIER_ID_REF");
        Child(run, "COURSE_TYPE");
        var education = Child(Child(details, "SERVICE_MODULE"), "EDUCATION")!;
        var module = Child(education, "MODULE_COURSE");
        var format = ReadFormat(Child(education, "EXTENDED_INFO"), "", Line(run)) ?? offerFormat ?? SessionFormat.Onsite;
        var date = Child(details, "SERVICE_DATE");
        if (date is null)
        {
            result.Warning(Line(run), "SERVICE_DATE", "Der Termin hat kein Datum (SERVICE_DATE) und wird nicht übernommen.", offer);
            return;
        }
        offer.Sessions.Add(Session(date, Child(module, "LOCATION") ?? offerLocation, format, Int(Child(module, "MAX_PARTICIPANTS"))));
        if (offer.Price is null) offer.Price = Price(run);
        else Child(run, "SERVICE_PRICE_DETAILS")?.DescendantsAndSelf().ToList().ForEach(e => used.Add(e));
        if (offer.Hours is null) offer.Hours = Duration(Child(module, "DURATION"));
    }

    private SessionRecord Session(XElement date, XElement? location, SessionFormat format, int? seats)
    {
        var where = Line(date);
        var start = Child(date, "START_DATE");
        var end = Child(date, "END_DATE");
        var s = new SessionRecord { Location = where, Format = format, Seats = seats };
        s.StartDate = Date(start, "SERVICE_DATE/START_DATE") ?? default;
        s.EndDate = end is null ? s.StartDate : Date(end, "SERVICE_DATE/END_DATE") ?? s.StartDate;
        s.StartTime = ImportValues.TimeOf(Text(start));
        s.EndTime = end is null ? null : ImportValues.TimeOf(Text(end));
        if (location is not null)
        {
            used.Add(location);
            s.VenueName = string.Join(" ", new[] { Text(Child(location, "NAME")), Text(Child(location, "NAME2")) }.Where(t => t.Length > 0));
            s.Street = Text(Child(location, "STREET"));
            s.Postcode = Text(Child(location, "ZIP"));
            s.Town = Text(Child(location, "CITY"));
        }
        return s;
    }

    private SessionFormat? ReadFormat(XElement? extended, string courseType, string where)
    {
        var instruction = Text(Child(extended, "INSTRUCTION_FORM"));
        if (instruction.Length > 0)
        {
            if (ImportValues.Format(instruction) is { } f) return f;
            result.Warning(where, "INSTRUCTION_FORM", $"„{instruction}“ ist keinem Format zuzuordnen; Präsenz angenommen.", current);
        }
        return courseType is "4" or "5" ? SessionFormat.Online : null;
    }

    private void ReadContact(OfferRecord o, XElement? contact)
    {
        if (contact is null) return;
        o.ContactName = string.Join(" ", new[] { Text(Child(contact, "SALUTATION")), Text(Child(contact, "FIRST_NAME")), Text(Child(contact, "LAST_NAME")) }.Where(t => t.Length > 0));
        o.ContactPhone = Text(Child(contact, "PHONE"));
        var emails = Child(contact, "EMAILS");
        o.ContactEmail = Text(Child(emails, "EMAIL") ?? emails ?? Child(contact, "EMAIL"));
        Child(contact, "CONTACT_ROLE");
    }

    private decimal? Price(XElement service)
    {
        var price = Child(Child(service, "SERVICE_PRICE_DETAILS"), "SERVICE_PRICE");
        var amount = Child(price, "PRICE_AMOUNT");
        if (amount is null) return null;
        var cur = Text(Child(price, "PRICE_CURRENCY"));
        if ((cur.Length > 0 ? cur : currency) is var c && !string.Equals(c, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            result.Warning(Line(price!), "PRICE_CURRENCY", $"Nur Preise in Euro werden übernommen, nicht in {c}; gezeigt wird „Preis auf Anfrage“.", current);
            return null;
        }
        var text = Text(amount);
        // German exporters write "1.290" for 1,290 €; ImportValues reads that as thousands, "1290.00" as decimals.
        if (ImportValues.TryPrice(text, out var p)) return p;
        if (ImportValues.SaysOnRequest(text))
        {
            if (current is { } r) r.PriceRemark = OfferRecordValidator.OnRequest(r.PriceRemark);
            return null;
        }
        if (current is { } o) o.PriceRemark = string.Join(" – ", new[] { text, o.PriceRemark }.Where(t => t.Length > 0));
        result.Warning(Line(amount), "PRICE_AMOUNT", $"„{text}“ ist kein Preis (erwartet z. B. 1290.00); gezeigt wird „Preis auf Anfrage“ mit diesem Text als Preishinweis.", current);
        return null;
    }

    private int? Duration(XElement? duration)
    {
        if (duration is null) return null;
        var text = Text(duration);
        if (!decimal.TryParse(text.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            if (ImportValues.TryHours(text, out var written)) return written;
            result.Warning(Line(duration), "DURATION", $"„{text}“ ist keine Dauer; das Angebot wird ohne Stundenzahl gezeigt.", current);
            return null;
        }
        var type = Weiterbildungsraum.Domain.Text.GermanText.Fold(duration.Attribute("type")?.Value ?? "");
        // Teaching units are 45 minutes; a day is counted as eight hours.
        var hours = type.StartsWith("ue") || type.Contains("unterrichtseinheit") || type.Contains("lesson") ? value * 0.75m
            : type.StartsWith("tag") || type.StartsWith("day") ? value * 8
            : type.StartsWith("woche") || type.StartsWith("week") ? value * 40
            : value;
        return (int)Math.Round(hours, MidpointRounding.AwayFromZero);
    }

    private DateOnly? Date(XElement? element, string field)
    {
        var text = Text(element);
        if (element?.Element(element.Name.Namespace + "DATE") is { } inner) text = Text(inner) + (Text(element.Element(element.Name.Namespace + "TIME")) is { Length: > 0 } t ? "T" + t : "");
        if (ImportValues.TryDate(text, out var date)) return date;
        Error(element is null ? "" : Line(element), field, text.Length == 0 ? "Das Datum fehlt." : $"„{text}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT).");
        return null;
    }

    private int? Int(XElement? element)
    {
        if (element is null) return null;
        if (ImportValues.TryInt(Text(element), out var value)) return value;
        result.Warning(Line(element), element.Name.LocalName, $"„{Text(element)}“ ist keine ganze Zahl und wird nicht übernommen.", current);
        return null;
    }

    private void Error(string location, string field, string message) => result.Error(location, field, message, current);

    private XElement? Child(XElement? parent, string name)
    {
        var child = parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        if (child is not null) used.Add(child);
        return child;
    }

    private IEnumerable<XElement> Children(XElement parent, string name)
    {
        var children = parent.Elements().Where(e => e.Name.LocalName == name).ToList();
        foreach (var c in children) used.Add(c);
        return children;
    }

    private string Text(XElement? element)
    {
        if (element is null) return "";
        foreach (var e in element.DescendantsAndSelf()) used.Add(e);
        return element.Value.Trim();
    }

    /// <summary>DESCRIPTION_LONG holds HTML, escaped or as elements; both come back as markup.</summary>
    private string Inner(XElement? element)
    {
        if (element is null) return "";
        foreach (var e in element.DescendantsAndSelf()) used.Add(e);
        return element.HasElements ? string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim() : element.Value.Trim();
    }

    private void MarkWithAncestors(XElement element, XElement stop)
    {
        for (var e = element; e is not null && e != stop; e = e.Parent) used.Add(e);
    }

    private void ReportIgnored(XElement root)
    {
        var ignored = root.Descendants().Where(e => !used.Contains(e) && e.Parent is not null && used.Contains(e.Parent))
            .GroupBy(Path);
        foreach (var group in ignored)
        {
            var count = group.Count();
            result.Notice(Line(group.First()), group.Key, count == 1 ? "Element wird nicht übernommen." : $"Element wird nicht übernommen ({count}-mal).");
        }
    }

    private static string Path(XElement e) =>
        string.Join("/", e.AncestorsAndSelf().Reverse().Skip(1).Select(a => a.Name.LocalName).SkipWhile(n => n is "NEW_CATALOG" or "UPDATE_CATALOG" or "NEW" or "UPDATE"));

    private static string Line(XElement e) => e is IXmlLineInfo info && info.HasLineInfo() ? $"Zeile {info.LineNumber}" : "";
}
