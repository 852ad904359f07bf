using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Reads schema.org JSON-LD as course websites publish it: Course nodes anywhere in the file (a single node, an array, an
/// @graph, inside an OfferCatalog or ItemList, or in the &lt;script type="application/ld+json"&gt; blocks of a saved web
/// page), with their CourseInstance runs. Entry and exit levels travel as the extension properties wbr:entryLevel and
/// wbr:exitLevel on a DefinedTerm in teaches (docs/import-formats.md).
/// </summary>
public sealed partial class JsonLdOfferParser
{
    public const int MaxDepth = 32;

    private static readonly HashSet<string> CourseProperties =
    [
        "@context", "@type", "@id", "identifier", "courseCode", "name", "description", "abstract", "disambiguatingDescription", "provider",
        "hasCourseInstance", "timeRequired", "courseWorkload", "educationalCredentialAwarded", "occupationalCredentialAwarded", "teaches",
        "audience", "coursePrerequisites", "inLanguage", "offers", "keywords", "courseMode", "isAccessibleForFree",
    ];

    /// <summary>Node types that only serve as the target of a reference or hold a course; they are not reported as left out.</summary>
    private static readonly HashSet<string> SupportTypes =
    [
        "Organization", "EducationalOrganization", "CollegeOrUniversity", "LocalBusiness", "Corporation", "NGO", "GovernmentOrganization",
        "Place", "PostalAddress", "VirtualLocation", "Offer", "AggregateOffer", "OfferCatalog", "ItemList", "ListItem", "Schedule",
        "DefinedTerm", "EducationalOccupationalCredential", "Audience", "EducationalAudience", "PropertyValue", "Person",
    ];

    private readonly ParsedCatalogue result;
    private readonly JsonLdGraph graph = new();
    private readonly HashSet<string> readIds = new(StringComparer.Ordinal);
    /// <summary>What is left out, counted per property or node type, reported once with the first place.</summary>
    private readonly Dictionary<(string Field, string Message), (int Count, string First)> ignored = [];
    private readonly List<JsonElement> organisations = [];
    private string prefix = "";

    private JsonLdOfferParser(string file, string format) => result = new ParsedCatalogue { File = file, Format = format };

    public static ParsedCatalogue Parse(string file, byte[] bytes)
    {
        if (HtmlJsonLd.IsHtml(bytes)) return ParseHtml(file, bytes);
        var parser = new JsonLdOfferParser(file, "JSON-LD");
        // JsonDocument checks UTF-8 only in its structure; invalid bytes inside a string would surface later while reading a value.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            parser.result.Error("", "", "Die Datei ist nicht UTF-8-kodiert oder enthält ungültige Bytes. Bitte als UTF-8 speichern.");
            return parser.result;
        }
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        if (parser.Load(bytes.AsMemory(bom), "") is { } document)
            using (document) parser.Read([(document.RootElement, "")]);
        return parser.result;
    }

    private JsonDocument? Load(ReadOnlyMemory<byte> json, string where)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var at = $"{(where.Length > 0 ? where + ", " : "")}Zeile {(e.LineNumber ?? 0) + 1}{(e.Path is { Length: > 0 } p ? ", " + p : "")}";
            result.Error(at, "", e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? $"Die JSON-Daten sind zu tief verschachtelt (höchstens {MaxDepth} Ebenen erlaubt)."
                : $"{(where.Length > 0 ? "Der Block" : "Die Datei")} ist kein gültiges JSON (Syntaxfehler oder keine UTF-8-Kodierung).");
            return null;
        }
    }

    private void Read(IReadOnlyList<(JsonElement Root, string Prefix)> roots)
    {
        foreach (var (root, _) in roots) graph.Add(root);
        foreach (var (root, rootPrefix) in roots)
        {
            prefix = rootPrefix;
            foreach (var (node, path) in TopLevel(root))
            {
                if (node.ValueKind != JsonValueKind.Object)
                    result.Warning(Where(path), "", "Erwartet wird ein Objekt (z. B. vom Typ Course); der Eintrag wird übersprungen.");
                else if (graph.IsType(node, "Organization", "EducationalOrganization", "CollegeOrUniversity", "LocalBusiness", "Corporation")) organisations.Add(node);
            }
        }
        foreach (var (root, rootPrefix) in roots)
        {
            prefix = rootPrefix;
            Walk(root, "$", null, 0);
            foreach (var (node, path) in TopLevel(root))
                if (node.ValueKind == JsonValueKind.Object && !graph.IsType(node, "Course") && !graph.Types(node).Any(SupportTypes.Contains) && !Holds(node))
                    Ignore("@type", $"Ein Knoten vom Typ „{string.Join(", ", graph.Types(node).DefaultIfEmpty("ohne Typ"))}“ wird nicht übernommen", Where(path));
        }
        foreach (var ((field, message), (count, first)) in ignored)
            result.Notice(first, field, count == 1 ? message + "." : $"{message} ({count}-mal).");
        if (result.Offers.Count == 0 && !result.HasErrors)
            result.Error("$", "@type", "Die Datei enthält kein Objekt vom Typ Course (schema.org).");
    }

    /// <summary>The entries of a document: the root, the elements of a root array, the members of an @graph.</summary>
    private static IEnumerable<(JsonElement Node, string Path)> TopLevel(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in root.EnumerateArray())
            {
                var path = $"$[{i++}]";
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@graph", out var inner) && inner.ValueKind == JsonValueKind.Array)
                    foreach (var (node, sub) in Members(inner, path + "['@graph']")) yield return (node, sub);
                else yield return (item, path);
            }
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            foreach (var member in Members(graph, "$['@graph']")) yield return member;
        else yield return (root, "$");
    }

    private static IEnumerable<(JsonElement, string)> Members(JsonElement array, string path) => array.EnumerateArray().Select((e, i) => (e, $"{path}[{i}]"));

    /// <summary>Whether a node holds a course somewhere inside (an OfferCatalog, an ItemList, a web page with mainEntity).</summary>
    private bool Holds(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => graph.IsType(node, "Course") || node.EnumerateObject().Any(p => p.Name != "@context" && Holds(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().Any(Holds),
        _ => false,
    };

    /// <summary>Finds every Course in document order; a Course is read once, and courses nested in a course (modules) are its own business.</summary>
    private void Walk(JsonElement node, string path, (JsonElement Offer, string Path)? offeredBy, int depth)
    {
        if (depth > MaxDepth) return;
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray()) Walk(item, $"{path}[{i++}]", offeredBy, depth + 1);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        if (graph.IsType(node, "Course"))
        {
            if (graph.Str(node, "@id") is { Length: > 0 } id && !readIds.Add(id))
                result.Notice(Where(path), "@id", $"Der Kurs „{id}“ steht mehrfach in der Datei und wird einmal übernommen.");
            else ReadCourse(node, path, offeredBy);
            return;
        }
        var isOffer = graph.IsType(node, "Offer", "AggregateOffer");
        foreach (var p in node.EnumerateObject())
        {
            if (p.Name == "@context") continue;
            var segment = p.Name.All(c => char.IsLetterOrDigit(c) || c == '_') ? "." + p.Name : $"['{p.Name}']";
            Walk(p.Value, path + segment, isOffer && graph.Names(p.Name, "itemOffered") ? (node, path) : null, depth + 1);
        }
    }

    private string Where(string path) => prefix + path;

    private void Ignore(string field, string message, string path) =>
        ignored[(field, message)] = ignored.TryGetValue((field, message), out var seen) ? (seen.Count + 1, seen.First) : (1, path);

    private void ReadCourse(JsonElement c, string path, (JsonElement Offer, string Path)? offeredBy)
    {
        var o = new OfferRecord { Location = Where(path) };
        result.Offers.Add(o);
        o.ExternalId = Identifier(c, path, o);
        o.Title = Plain(graph.Str(c, "name"));
        o.Content = graph.Str(c, "description");
        o.Summary = Plain(graph.Str(c, "abstract") is { Length: > 0 } summary ? summary : graph.Str(c, "disambiguatingDescription"));
        var credentials = graph.Many(c, "educationalCredentialAwarded").Concat(graph.Many(c, "occupationalCredentialAwarded")).ToList();
        o.Qualification = Plain(credentials.Select(graph.Str).FirstOrDefault(t => t.Length > 0) ?? "");
        o.LeadsToQualification = credentials.SelectMany(credential => graph.Many(credential, "credentialCategory"))
            .Any(category => ImportValues.NamesVocationalQualification(graph.Str(category)) || ImportValues.NamesVocationalQualification(graph.Str(category, "termCode")));
        o.TargetGroup = Plain(string.Join("; ", graph.Many(c, "audience").Select(a => a.ValueKind == JsonValueKind.String ? graph.Str(a)
            : graph.Str(a, "audienceType") is { Length: > 0 } type ? type : graph.Str(a, "name") is { Length: > 0 } name ? name : graph.Str(a, "description")).Where(t => t.Length > 0).Distinct()));
        o.EntryRequirements = Plain(string.Join("; ", graph.Many(c, "coursePrerequisites").Select(e => graph.Str(e) is { Length: > 0 } t ? t : graph.Str(e, "targetName")).Where(s => s.Length > 0)));
        Language(o, c, path);
        o.Supplier = Provider(c, path, o);
        foreach (var keyword in graph.Many(c, "keywords"))
            o.Keywords.AddRange(ImportValues.Keywords(Plain(graph.Str(keyword))));
        var hours = Hours(c, path, o, "timeRequired") ?? Hours(c, path, o, "courseWorkload");
        var offers = Offers(c, path);
        if (offeredBy is { } catalogOffer) offers.Add((catalogOffer.Offer, Where(catalogOffer.Path)));
        o.Price = JsonLdPrices.Choose(graph, offers, o, result);
        if (o.Price is null && graph.Str(c, "isAccessibleForFree") is "true" or "True") o.Price = 0;

        var instances = graph.Many(c, "hasCourseInstance").ToList();
        var courseModes = graph.Many(c, "courseMode").Select(graph.Str).ToList();
        var instancePrices = new List<decimal>();
        for (var i = 0; i < instances.Count; i++)
        {
            var at = path + graph.Segment(c, "hasCourseInstance", i);
            var (session, sessionHours) = ReadInstance(o, instances[i], at, courseModes);
            if (session is not null) o.Sessions.Add(session);
            hours ??= sessionHours;
            if (JsonLdPrices.Choose(graph, Offers(instances[i], at), o, result) is { } price) instancePrices.Add(price);
        }
        if (o.Price is null && instancePrices.Count > 0)
        {
            o.Price = instancePrices[0];
            if (instancePrices.Distinct().Count() > 1)
                result.Notice(Where(path), "offers", $"Die Termine haben verschiedene Preise; übernommen wird der des ersten Termins ({ImportValues.Euro(instancePrices[0])}).", o);
        }
        if (o.Content.Length == 0 && instances.Select(i => graph.Str(i, "description")).FirstOrDefault(d => d.Length > 0) is { } instanceText)
            o.Content = instanceText;
        o.Hours = hours;
        var teaches = graph.Many(c, "teaches").ToList();
        for (var i = 0; i < teaches.Count; i++)
            Teaches(o, teaches[i], path + graph.Segment(c, "teaches", i));
        foreach (var property in c.EnumerateObject())
            if (!CourseProperties.Contains(graph.LocalName(property.Name)) && !property.Name.StartsWith("wbr:", StringComparison.Ordinal))
                Ignore(property.Name, "Eigenschaft wird nicht übernommen", Where(path + "." + property.Name));
    }

    private List<(JsonElement, string)> Offers(JsonElement node, string path) =>
        [.. graph.Many(node, "offers").Select((offer, i) => (offer, Where(path + graph.Segment(node, "offers", i))))];

    private string Identifier(JsonElement c, string path, OfferRecord o)
    {
        foreach (var value in graph.Many(c, "identifier").Concat(graph.Many(c, "courseCode")))
        {
            var text = value.ValueKind == JsonValueKind.Object ? graph.Str(value, "value") : graph.Str(value);
            if (text.Length > 0) return text;
        }
        var fallback = graph.Str(c, "@id") is { Length: > 0 } id ? ("@id", id) : graph.Str(c, "url") is { Length: > 0 } url ? ("url", url) : ("", "");
        if (fallback.Item2.Length == 0)
        {
            result.Error(Where(path), "identifier", "Die eigene Angebotsnummer fehlt (identifier oder courseCode).", o);
            return "";
        }
        result.Warning(Where(path), "identifier", $"Die Angebotsnummer (identifier, courseCode) fehlt; als Nummer dient die Adresse aus {fallback.Item1}. Ändert sie sich, wird das Angebot neu angelegt.", o);
        return fallback.Item2;
    }

    private void Language(OfferRecord o, JsonElement c, string path)
    {
        var language = graph.Many(c, "inLanguage").Select(l => graph.Str(l, "alternateName") is { Length: > 0 } code ? code : graph.Str(l)).FirstOrDefault(l => l.Length > 0)
            ?? graph.Many(c, "hasCourseInstance").Select(i => graph.Str(i, "inLanguage")).FirstOrDefault(l => l.Length > 0);
        if (language is null) return;
        if (ImportValues.LanguageCode(language) is { } found) o.Language = found;
        else result.Warning(Where(path + ".inLanguage"), "inLanguage", $"„{language}“ ist keine bekannte Sprache; Deutsch angenommen.", o);
    }

    private SupplierRecord? Provider(JsonElement c, string path, OfferRecord o)
    {
        var provider = graph.Many(c, "provider").FirstOrDefault();
        if (provider.ValueKind == JsonValueKind.Undefined)
        {
            if (organisations.Count != 1) return null;
            provider = organisations[0];
            result.Notice(Where(path), "provider", $"Der Kurs nennt keinen Anbieter (provider); angenommen wird „{graph.Str(provider, "name")}“, die einzige Organisation der Datei.", o);
        }
        if (provider.ValueKind == JsonValueKind.String) return new SupplierRecord(provider.GetString()!.Trim(), provider.GetString()!.Trim());
        var address = Address(graph.Prop(provider, "address"));
        var key = new[] { graph.Str(provider, "identifier"), graph.Str(provider, "@id"), graph.Str(provider, "url"), graph.Str(provider, "name") }.FirstOrDefault(k => k.Length > 0) ?? "";
        return new SupplierRecord(key, Plain(graph.Str(provider, "name")), address.Street, address.Postcode, address.Town,
            graph.Str(provider, "email").Replace("mailto:", ""), graph.Str(provider, "telephone"), graph.Str(provider, "url"));
    }

    private int? Hours(JsonElement node, string path, OfferRecord o, string property)
    {
        var text = graph.Str(node, property);
        if (text.Length == 0) return null;
        if (ImportValues.TryHours(text, out var hours)) return hours;
        result.Warning(Where(path + "." + property), property, IsoCalendar().IsMatch(text.ToUpperInvariant())
            ? $"„{text}“ nennt Monate oder Jahre, keine Lernzeit; bitte die Stunden angeben (z. B. PT120H). Das Angebot wird ohne Stundenzahl gezeigt."
            : $"„{text}“ ist keine Dauer wie PT40H, P5D oder „40 Stunden“; das Angebot wird ohne Stundenzahl gezeigt.", o);
        return null;
    }

    private void Teaches(OfferRecord o, JsonElement term, string path)
    {
        if (term.ValueKind == JsonValueKind.String)
        {
            foreach (var text in term.GetString()!.Split([';', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                o.Competencies.Add(new CompetencyClaim(Plain(text), null, null, Where(path)));
            return;
        }
        var uri = new[] { graph.Str(term, "@id"), graph.Str(term, "url"), graph.Str(term, "sameAs") }.FirstOrDefault(u => u.Contains("esco", StringComparison.OrdinalIgnoreCase));
        var name = Plain(graph.Str(term, "name"));
        var key = uri ?? (graph.Str(term, "termCode") is { Length: > 0 } code ? code : name);
        if (key.Length == 0)
        {
            result.Warning(Where(path), "teaches", "Die Kompetenz hat weder ESCO-URI noch termCode noch name und wird nicht übernommen.", o);
            return;
        }
        int? Level(string property)
        {
            var value = graph.Str(term, property);
            if (value.Length == 0) return null;
            if (ImportValues.TryInt(value, out var level) && level is >= 0 and <= 4) return level;
            result.Warning(Where($"{path}['{property}']"), property, $"„{value}“ ist keine Stufe von 0 bis 4; die Standardstufe gilt.", o);
            return null;
        }
        o.Competencies.Add(new CompetencyClaim(key, Level("wbr:entryLevel"), Level("wbr:exitLevel"), Where(path), name.Length > 0 ? name : null));
    }

    /// <summary>Websites often write HTML entities into JSON-LD ("Aus- &amp; Weiterbildung"); plain text fields get the characters.</summary>
    private static string Plain(string text) => text.Contains('&') ? System.Net.WebUtility.HtmlDecode(text).Trim() : text;

    [GeneratedRegex(@"^P(?=\d)(\d+Y)?(\d+M)?$")]
    private static partial Regex IsoCalendar();
}
