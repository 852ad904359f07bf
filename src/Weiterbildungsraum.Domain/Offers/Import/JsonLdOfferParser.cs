using System.Globalization;
using System.Text.Json;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Reads schema.org JSON-LD: a Course, an array of them or an @graph. Entry and exit levels travel as the extension
/// properties wbr:entryLevel and wbr:exitLevel on a DefinedTerm in teaches (docs/import-formats.md).
/// </summary>
public sealed class JsonLdOfferParser
{
    public const int MaxDepth = 32;

    private static readonly HashSet<string> CourseProperties =
    [
        "@context", "@type", "@id", "url", "identifier", "name", "description", "abstract", "provider", "hasCourseInstance", "timeRequired",
        "educationalCredentialAwarded", "teaches", "audience", "coursePrerequisites", "inLanguage", "offers",
    ];

    private readonly ParsedCatalogue result;
    private readonly Dictionary<string, JsonElement> nodes = new(StringComparer.Ordinal);

    private JsonLdOfferParser(string file) => result = new ParsedCatalogue { File = file, Format = "JSON-LD" };

    public static ParsedCatalogue Parse(string file, byte[] bytes)
    {
        var parser = new JsonLdOfferParser(file);
        // JsonDocument checks UTF-8 only in its structure; invalid bytes inside a string would surface later while reading a value.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            parser.result.Error("", "", "Die Datei ist nicht UTF-8-kodiert oder enthält ungültige Bytes. Bitte als UTF-8 speichern.");
            return parser.result;
        }
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            parser.Read(document.RootElement);
        }
        catch (JsonException e)
        {
            var where = $"Zeile {(e.LineNumber ?? 0) + 1}{(e.Path is { Length: > 0 } p ? ", " + p : "")}";
            parser.result.Error(where, "", e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? $"Die JSON-Daten sind zu tief verschachtelt (höchstens {MaxDepth} Ebenen erlaubt)."
                : "Die Datei ist kein gültiges JSON (Syntaxfehler oder keine UTF-8-Kodierung).");
        }
        return parser.result;
    }

    private void Read(JsonElement root)
    {
        var items = new List<(JsonElement Node, string Path)>();
        if (root.ValueKind == JsonValueKind.Array) items.AddRange(root.EnumerateArray().Select((e, i) => (e, $"$[{i}]")));
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            items.AddRange(graph.EnumerateArray().Select((e, i) => (e, $"$['@graph'][{i}]")));
        else if (root.ValueKind == JsonValueKind.Object) items.Add((root, "$"));
        foreach (var (node, _) in items)
            if (node.ValueKind == JsonValueKind.Object && Str(node, "@id") is { Length: > 0 } id) nodes.TryAdd(id, node);
        foreach (var (node, path) in items)
        {
            if (node.ValueKind != JsonValueKind.Object)
                result.Error(path, "", "Erwartet wird ein Objekt vom Typ Course.");
            else if (IsType(node, "Course")) ReadCourse(node, path);
            else if (!IsType(node, "Organization") && !IsType(node, "EducationalOrganization") && !IsType(node, "Place"))
                result.Notice(path, "@type", $"Knoten vom Typ „{Str(node, "@type")}“ wird nicht übernommen.");
        }
        if (result.Offers.Count == 0 && !result.HasErrors)
            result.Error("$", "@type", "Die Datei enthält kein Objekt vom Typ Course.");
    }

    private void ReadCourse(JsonElement c, string path)
    {
        var o = new OfferRecord { Location = path };
        o.ExternalId = Identifier(c);
        if (o.ExternalId.Length == 0) result.Error(path, "identifier", "Die eigene Angebotsnummer (identifier) fehlt.");
        o.Title = Str(c, "name");
        o.Content = Str(c, "description");
        o.Summary = Str(c, "abstract");
        o.Qualification = Str(c, "educationalCredentialAwarded");
        o.LeadsToQualification = Many(c, "educationalCredentialAwarded")
            .SelectMany(credential => Many(credential, "credentialCategory"))
            .Any(category => ImportValues.NamesVocationalQualification(Str(category)) || ImportValues.NamesVocationalQualification(Str(category, "termCode")));
        o.TargetGroup = Str(c, "audience") is { Length: > 0 } audience ? audience : Str(Prop(c, "audience"), "audienceType");
        o.EntryRequirements = string.Join(" ", Many(c, "coursePrerequisites").Select(e => Str(e)).Where(s => s.Length > 0));
        if (Str(c, "inLanguage") is { Length: >= 2 } language) o.Language = language[..2].ToLowerInvariant();
        o.Supplier = Provider(Prop(c, "provider"));
        var time = Str(c, "timeRequired");
        if (time.Length > 0)
        {
            if (ImportValues.TryDurationHours(time, out var hours)) o.Hours = hours;
            else result.Error(path + ".timeRequired", "timeRequired", $"„{time}“ ist keine ISO-8601-Dauer wie PT40H.");
        }
        o.Price = Price(Prop(c, "offers"), path + ".offers");
        var instances = Many(c, "hasCourseInstance").ToList();
        for (var i = 0; i < instances.Count; i++)
            ReadInstance(o, instances[i], $"{path}.hasCourseInstance{(Prop(c, "hasCourseInstance")?.ValueKind == JsonValueKind.Array ? $"[{i}]" : "")}");
        var teaches = Many(c, "teaches").ToList();
        for (var i = 0; i < teaches.Count; i++)
            Teaches(o, teaches[i], $"{path}.teaches{(Prop(c, "teaches")?.ValueKind == JsonValueKind.Array ? $"[{i}]" : "")}");
        foreach (var property in c.EnumerateObject().Where(p => !CourseProperties.Contains(p.Name)))
            result.Notice($"{path}.{property.Name}", property.Name, "Eigenschaft wird nicht übernommen.");
        result.Offers.Add(o);
    }

    private void ReadInstance(OfferRecord o, JsonElement instance, string path)
    {
        var s = new SessionRecord { Location = path };
        foreach (var mode in Many(instance, "courseMode").Select(m => Str(m)))
        {
            if (ImportValues.Format(mode) is { } f) s.Format = f;
            else if (ImportValues.Mode(mode) is { } m) o.StudyMode = m;
            else result.Warning(path + ".courseMode", "courseMode", $"„{mode}“ ist unbekannt; erlaubt: onsite, online, blended, inhouse, full-time, part-time.");
        }
        var start = Str(instance, "startDate");
        if (ImportValues.TryDate(start, out var startDate)) s.StartDate = startDate;
        else result.Error(path + ".startDate", "startDate", start.Length == 0 ? "Das Startdatum fehlt." : $"„{start}“ ist kein ISO-8601-Datum.");
        var end = Str(instance, "endDate");
        if (end.Length == 0) s.EndDate = s.StartDate;
        else if (ImportValues.TryDate(end, out var endDate)) s.EndDate = endDate;
        else result.Error(path + ".endDate", "endDate", $"„{end}“ ist kein ISO-8601-Datum.");
        s.StartTime = ImportValues.TimeOf(start);
        s.EndTime = ImportValues.TimeOf(end);
        if (Prop(instance, "location") is { } location)
        {
            if (location.ValueKind == JsonValueKind.String) s.VenueName = location.GetString()!;
            else if (IsType(location, "VirtualLocation")) s.Format = s.Format == SessionFormat.Onsite ? SessionFormat.Online : s.Format;
            else
            {
                s.VenueName = Str(location, "name");
                var address = Prop(location, "address");
                if (address?.ValueKind == JsonValueKind.String) s.Street = address.Value.GetString()!;
                s.Street = s.Street.Length > 0 ? s.Street : Str(address, "streetAddress");
                s.Postcode = Str(address, "postalCode");
                s.Town = Str(address, "addressLocality");
            }
        }
        if (Str(instance, "maximumAttendeeCapacity") is { Length: > 0 } seats)
        {
            if (ImportValues.TryInt(seats, out var n)) s.Seats = n;
            else result.Error(path + ".maximumAttendeeCapacity", "maximumAttendeeCapacity", $"„{seats}“ ist keine ganze Zahl.");
        }
        if (Price(Prop(instance, "offers"), path + ".offers") is { } price) o.Price ??= price;
        o.Sessions.Add(s);
    }

    private void Teaches(OfferRecord o, JsonElement term, string path)
    {
        if (term.ValueKind == JsonValueKind.String)
        {
            o.Competencies.Add(new CompetencyClaim(term.GetString()!.Trim(), null, null, path));
            return;
        }
        var uri = new[] { Str(term, "@id"), Str(term, "url"), Str(term, "sameAs") }.FirstOrDefault(u => u.Contains("esco", StringComparison.OrdinalIgnoreCase));
        var name = Str(term, "name");
        var text = uri ?? (Str(term, "termCode") is { Length: > 0 } code ? code : name);
        if (text.Length == 0)
        {
            result.Error(path, "teaches", "Die Kompetenz hat weder ESCO-URI noch termCode noch name.");
            return;
        }
        int? Level(string property)
        {
            var value = Str(term, property);
            if (value.Length == 0) return null;
            if (ImportValues.TryInt(value, out var level) && level is >= 0 and <= 4) return level;
            result.Error($"{path}['{property}']", property, $"„{value}“ ist keine Stufe von 0 bis 4.");
            return null;
        }
        o.Competencies.Add(new CompetencyClaim(text, Level("wbr:entryLevel"), Level("wbr:exitLevel"), path, name.Length > 0 ? name : null));
    }

    private decimal? Price(JsonElement? offers, string path)
    {
        if (offers is null) return null;
        var offer = offers.Value.ValueKind == JsonValueKind.Array ? offers.Value.EnumerateArray().FirstOrDefault() : offers.Value;
        var price = Str(offer, "price");
        if (price.Length == 0) return null;
        var currency = Str(offer, "priceCurrency");
        if (currency.Length > 0 && !currency.Equals("EUR", StringComparison.OrdinalIgnoreCase))
            result.Error(path + ".priceCurrency", "priceCurrency", $"Nur Preise in Euro werden übernommen, nicht in {currency}.");
        if (decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p >= 0) return p;
        result.Error(path + ".price", "price", $"„{price}“ ist kein Preis (erwartet eine Zahl wie 1290.00).");
        return null;
    }

    private SupplierRecord? Provider(JsonElement? provider)
    {
        if (provider is null) return null;
        var p = provider.Value;
        if (p.ValueKind == JsonValueKind.Object && Str(p, "@id") is { Length: > 0 } id && nodes.TryGetValue(id, out var node) && p.EnumerateObject().Count() == 1) p = node;
        if (p.ValueKind == JsonValueKind.String) return new SupplierRecord(p.GetString()!, p.GetString()!);
        var address = Prop(p, "address");
        var key = new[] { Str(p, "identifier"), Str(p, "@id"), Str(p, "url"), Str(p, "name") }.FirstOrDefault(k => k.Length > 0) ?? "";
        return new SupplierRecord(key, Str(p, "name"), Str(address, "streetAddress"), Str(address, "postalCode"),
            Str(address, "addressLocality"), Str(p, "email"), Str(p, "telephone"), Str(p, "url"));
    }

    private static string Identifier(JsonElement c)
    {
        var id = Prop(c, "identifier");
        if (id is null) return "";
        var first = id.Value.ValueKind == JsonValueKind.Array ? id.Value.EnumerateArray().FirstOrDefault() : id.Value;
        return first.ValueKind == JsonValueKind.Object ? Str(first, "value") : Str(first);
    }

    private static bool IsType(JsonElement node, string type) =>
        Many(node, "@type").Any(t => Str(t) is var s && (s == type || s.EndsWith("/" + type, StringComparison.Ordinal) || s == "schema:" + type));

    private static JsonElement? Prop(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static IEnumerable<JsonElement> Many(JsonElement node, string name) =>
        Prop(node, name) is not { } value ? [] : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    private static string Str(JsonElement? node, string name) => Prop(node, name) is { } value ? Str(value) : "";

    /// <summary>Text of a value: a string, a number, or the name / @value of an object.</summary>
    private static string Str(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => Prop(value, "name") is { } n ? Str(n) : Prop(value, "@value") is { } v ? Str(v) : Prop(value, "value") is { } w ? Str(w) : "",
        JsonValueKind.Array => value.EnumerateArray().Select(Str).FirstOrDefault(s => s.Length > 0) ?? "",
        _ => "",
    };
}
