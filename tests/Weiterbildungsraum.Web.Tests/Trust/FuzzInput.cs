using System.Text;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>One malformed request body: what it is, its bytes and the content type it claims.</summary>
public sealed record FuzzBody(string Label, byte[] Content, string? ContentType);

/// <summary>
/// Bad input from a seeded generator, so that a failure can be repeated with the printed seed
/// (WBR_FUZZ_SEED=… runs exactly the same cases again).
/// </summary>
public sealed class FuzzInput(int seed)
{
    private readonly Random random = new(seed);
    public int Seed { get; } = seed;

    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("WBR_FUZZ_SEED"), out var seed) ? seed : Random.Shared.Next();

    private static readonly string[] ControlCharacters = ["\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u202e", "\ufeff", "\ud800"];

    private static readonly string[] HugeNumbers =
        ["1e400", "-1e400", "99999999999999999999999999999999", "-9223372036854775809", "1.7976931348623157e309", "NaN", "Infinity", "0x7fffffff", "1e-400", "2147483648"];

    /// <summary>A reproducible choice of <paramref name="count"/> items, so that every endpoint gets a different mix.</summary>
    public List<T> Sample<T>(IEnumerable<T> items, int count) => [.. items.OrderBy(_ => random.Next()).Take(count)];

    public string HugeNumber() => HugeNumbers[random.Next(HugeNumbers.Length)];

    /// <summary>Random text; with <paramref name="controls"/> false without control characters, which are refused before any validation runs.</summary>
    public string Garbage(int maxLength = 40, bool controls = true)
    {
        var builder = new StringBuilder();
        var length = random.Next(1, maxLength);
        for (var i = 0; i < length; i++)
            builder.Append(random.Next(controls ? 4 : 3) switch
            {
                3 => ControlCharacters[random.Next(ControlCharacters.Length)],
                0 => (char)random.Next(0x20, 0x7f),
                1 => "äöüß€𝄞"[random.Next(6)],
                _ => "<>\"'&{}[]%\\"[random.Next(11)],
            });
        return builder.ToString();
    }

    /// <summary>Bodies that no JSON endpoint may accept: each is broken in a different way.</summary>
    public IEnumerable<FuzzBody> JsonBodies()
    {
        const string sample = """{"roleId":"produktion-fachkraft","horizon":"now","ratings":[{"competencyId":"x","level":2}],"offerId":1,"companySize":10,"framework":{"key":"k"}}""";
        var cut = random.Next(1, sample.Length - 1);
        yield return Json("abgeschnittenes JSON", sample[..cut]);
        var depth = random.Next(200, 5000);
        yield return Json($"{depth} Ebenen Arrays", new string('[', depth) + new string(']', depth));
        yield return Json("tief verschachtelte Objekte", string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000));
        yield return Json("riesige Zahlen", $$"""{"roleId":{{HugeNumber()}},"offerId":{{HugeNumber()}},"companySize":{{HugeNumber()}},"budget":{{HugeNumber()}},"ratings":[{"competencyId":"x","level":{{HugeNumber()}}}]}""");
        yield return Json("falsche Typen", """{"roleId":[],"horizon":{"a":1},"ratings":"alle","offerId":"eins","companySize":true,"person":[1,2],"framework":7}""");
        yield return Json("Steuerzeichen roh im String", "{\"roleId\":\"a" + (char)random.Next(0, 0x1f) + "b\",\"horizon\":\"\u0000\"}");
        // Valid JSON: the NUL escaped, in a value, deep in an array and in a field name.
        yield return Json("Nullzeichen maskiert im String", sample.Replace("\"x\"", "\"x\\u0000\"").Replace("\"k\"", "\"\\u0000\"").Replace("\"horizon\"", "\"hori\\u0000zon\""));
        yield return Json("Steuerzeichen maskiert im String", sample.Replace("produktion-fachkraft", "produktion\\u001bfachkraft"));
        yield return new("ungültiges UTF-8", [.. "{\"roleId\":\""u8, 0xC3, 0x28, 0xFF, 0xFE, 0xA0, .. "\"}"u8], "application/json");
        yield return new("UTF-16 statt UTF-8", Encoding.Unicode.GetBytes("{\"roleId\":\"" + Garbage() + "\"}"), "application/json; charset=utf-8");
        yield return new("unbekannter Zeichensatz", "{\"roleId\":\"x\"}"u8.ToArray(), "application/json; charset=klingonisch");
        yield return Json("leerer Körper", "");
        yield return Json("null", "null");
        yield return Json("nur ein String", "\"" + Garbage() + "\"");
        yield return Json("doppelte Schlüssel und Müll dahinter", """{"roleId":"a","roleId":"b"} {"noch":"eins"}""");
        yield return Json("Kommentare und nachgestellte Kommas", """{/*x*/"roleId":"a",}""");
        yield return new("falscher Inhaltstyp (Text)", Encoding.UTF8.GetBytes(sample), "text/plain");
        yield return new("falscher Inhaltstyp (XML)", "<roleId>a</roleId>"u8.ToArray(), "application/xml");
        yield return new("kaputtes Multipart", "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc"u8.ToArray(), "multipart/form-data; boundary=xyz");
        yield return new("Multipart ohne Grenze", "irgendwas"u8.ToArray(), "multipart/form-data");
        yield return new("Zufallsbytes", RandomBytes(random.Next(1, 4096)), "application/json");
        yield return Json("übergroß (12 MB)", "{\"roleId\":\"" + new string('a', 12 * 1024 * 1024) + "\"");
        yield return Json("100.000 leere Einträge", "{\"roleId\":\"x\",\"ratings\":[" + string.Join(',', Enumerable.Repeat("{\"level\":-1}", 100_000)) + "]}");
    }

    /// <summary>Form bodies that are broken as a whole, whatever the form's fields are.</summary>
    public IEnumerable<FuzzBody> FormBodies(IReadOnlyDictionary<string, string> fields)
    {
        var encoded = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        yield return Form("ungültige Prozent-Kodierung", encoded + "&a=%ZZ%&%%=%C3%28");
        yield return Form("Nullzeichen in jedem Feld", string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" +
            (f.Key.Contains("RequestVerificationToken", StringComparison.Ordinal) ? Uri.EscapeDataString(f.Value) : Uri.EscapeDataString(f.Value) + "%00"))));
        yield return new("ungültiges UTF-8", [.. Encoding.ASCII.GetBytes(encoded + "&Input.Title="), 0xC3, 0x28, 0xFF, 0xFE], "application/x-www-form-urlencoded");
        yield return Form("5.000 Felder", encoded + string.Concat(Enumerable.Range(0, 5000).Select(i => $"&f{i}=x")));
        yield return Form("überlanger Feldname", encoded + "&" + new string('k', 100_000) + "=1");
        yield return Form("übergroßer Wert (5 MB)", encoded + "&Input.Title=" + new string('x', 5 * 1024 * 1024));
        yield return new("falscher Inhaltstyp (JSON)", Encoding.UTF8.GetBytes("{\"Input\":{\"Title\":\"x\"}}"), "application/json");
        yield return new("kaputtes Multipart", "--xyz\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"a.csv\"\r\n\r\nabc"u8.ToArray(), "multipart/form-data; boundary=xyz");
        yield return new("Multipart ohne Grenze", "irgendwas"u8.ToArray(), "multipart/form-data");
        yield return new("Zufallsbytes als Formular", RandomBytes(random.Next(1, 4096)), "application/x-www-form-urlencoded");
    }

    /// <summary>The form's own fields, each typed field given a value it can never accept; required fields emptied.</summary>
    public Dictionary<string, string> InvalidFields(IReadOnlyList<FormField> fields)
    {
        var values = new Dictionary<string, string>();
        foreach (var field in fields)
            values[field.Name] = field.Type switch
            {
                "number" or "range" => HugeNumber(),
                "date" => random.Next(3) switch { 0 => "2026-13-45", 1 => "31.02.2026", _ => Garbage(12) },
                "time" => random.Next(2) == 0 ? "25:61" : Garbage(8),
                "email" => "keine-adresse" + Garbage(6),
                "select" => "gibt-es-nicht-" + random.Next(),
                "hidden" when field.Name.Contains("RequestVerificationToken", StringComparison.Ordinal) => field.Value,
                "hidden" or "checkbox" or "radio" => random.Next(2) == 0 ? HugeNumber() : Garbage(),
                _ when field.Required => random.Next(2) == 0 ? "" : new string(' ', 5),
                _ when field.MaxLength is { } max => new string('x', max + 1 + random.Next(100)) + Garbage(5),
                _ => Garbage(controls: random.Next(2) == 0),
            };
        return values;
    }

    /// <summary>Query strings that no endpoint should fail on.</summary>
    public IEnumerable<string> QueryStrings(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            yield return $"{name}={Uri.EscapeDataString(HugeNumber())}";
            yield return $"{name}={Uri.EscapeDataString(Garbage())}";
            yield return $"{name}=%ZZ%C3%28%FF";
            yield return $"{name}=a%00b";
            yield return $"{name}=2026-13-45&{name}=-1&{name}=";
        }
        yield return "q=" + new string('a', 6000);
        yield return string.Join('&', Enumerable.Range(0, 500).Select(i => $"x{i}={i}"));
    }

    private static FuzzBody Json(string label, string text) => new(label, Encoding.UTF8.GetBytes(text), "application/json");

    private static FuzzBody Form(string label, string text) => new(label, Encoding.ASCII.GetBytes(text), "application/x-www-form-urlencoded");

    public byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

public sealed record FormField(string Name, string Type, string Value, bool Required, int? MaxLength);
