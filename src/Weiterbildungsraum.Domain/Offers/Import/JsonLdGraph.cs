using System.Text.Json;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Reads JSON-LD as websites write it, without a full JSON-LD processor: properties with or without a schema.org prefix
/// ("name", "schema:name", "https://schema.org/name", or a prefix the @context binds to schema.org), values single or
/// in arrays, texts as strings, numbers or {"@value": …}, and {"@id": …} references resolved to the node they name
/// anywhere in the file.
/// </summary>
public sealed class JsonLdGraph
{
    private readonly Dictionary<string, JsonElement> nodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal) { "schema:", "http://schema.org/", "https://schema.org/", "sdo:" };

    /// <summary>Learns the @id nodes and the schema.org prefixes of one document root.</summary>
    public void Add(JsonElement root)
    {
        Contexts(root);
        Index(root);
    }

    private void Contexts(JsonElement node)
    {
        var items = node.ValueKind == JsonValueKind.Array ? node.EnumerateArray().ToList() : [node];
        foreach (var item in items.Where(i => i.ValueKind == JsonValueKind.Object))
            if (item.TryGetProperty("@context", out var context))
                foreach (var part in context.ValueKind == JsonValueKind.Array ? context.EnumerateArray().ToList() : [context])
                    if (part.ValueKind == JsonValueKind.Object)
                        foreach (var p in part.EnumerateObject())
                            if (p.Value.ValueKind == JsonValueKind.String && IsSchemaOrg(p.Value.GetString()!) && !p.Name.StartsWith('@'))
                                prefixes.Add(p.Name + ":");
    }

    private static bool IsSchemaOrg(string iri) => iri.TrimEnd('/', '#') is "http://schema.org" or "https://schema.org";

    private void Index(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Index(item);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        var properties = 0;
        string? id = null;
        foreach (var p in node.EnumerateObject())
        {
            properties++;
            if (p.Name == "@id" && p.Value.ValueKind == JsonValueKind.String) id = p.Value.GetString();
            else Index(p.Value);
        }
        if (id is { Length: > 0 } && properties > 1) nodes.TryAdd(id, node);
    }

    /// <summary>The value of a property, a reference replaced by the node it names; null when absent or null.</summary>
    public JsonElement? Prop(JsonElement? node, string name)
    {
        if (node is not { ValueKind: JsonValueKind.Object } n) return null;
        foreach (var p in n.EnumerateObject())
            if (p.Value.ValueKind != JsonValueKind.Null && Names(p.Name, name)) return Resolve(p.Value);
        return null;
    }

    /// <summary>Whether a property name as written in the file is the schema.org property <paramref name="name"/>.</summary>
    public bool Names(string written, string name) =>
        written == name || written.Length > name.Length && written.EndsWith(name, StringComparison.Ordinal)
            && prefixes.Contains(written[..^name.Length]);

    /// <summary>The property name without its schema.org prefix.</summary>
    public string LocalName(string written)
    {
        foreach (var prefix in prefixes)
            if (written.StartsWith(prefix, StringComparison.Ordinal)) return written[prefix.Length..];
        return written;
    }

    public JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return value;
        using var properties = value.EnumerateObject();
        if (!properties.MoveNext() || properties.Current.Name != "@id" || properties.Current.Value.ValueKind != JsonValueKind.String || properties.MoveNext())
            return value;
        return nodes.TryGetValue(value.GetProperty("@id").GetString()!, out var node) ? node : value;
    }

    /// <summary>The values of a property, each resolved: none, one, or the elements of an array.</summary>
    public IEnumerable<JsonElement> Many(JsonElement? node, string name) =>
        Prop(node, name) is not { } value ? [] : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(Resolve) : [value];

    /// <summary>The path segment of a property with <paramref name="index"/>, as the file spells it: ".hasCourseInstance[0]".</summary>
    public string Segment(JsonElement node, string name, int index)
    {
        var written = node.ValueKind == JsonValueKind.Object ? node.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => Names(n, name)) ?? name : name;
        var part = written.All(c => char.IsLetterOrDigit(c) || c == '_') ? "." + written : $"['{written}']";
        return Prop(node, name)?.ValueKind == JsonValueKind.Array ? $"{part}[{index}]" : part;
    }

    public string Str(JsonElement? node, string name) => Prop(node, name) is { } value ? Str(value) : "";

    /// <summary>Text of a value: a string, a number, the name, @value or value of an object; of an array the German or first text.</summary>
    public string Str(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => Prop(value, "name") is { } n ? Str(n) : Prop(value, "@value") is { } v ? Str(v) : Prop(value, "value") is { } w ? Str(w) : "",
        JsonValueKind.Array => German(value) ?? value.EnumerateArray().Select(e => Str(Resolve(e))).FirstOrDefault(s => s.Length > 0) ?? "",
        _ => "",
    };

    /// <summary>Of language-tagged texts ([{"@value": …, "@language": "de"}, …]) the German one.</summary>
    private string? German(JsonElement array) =>
        array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("@language", out var l) && l.ValueKind == JsonValueKind.String
            && l.GetString()!.StartsWith("de", StringComparison.OrdinalIgnoreCase)).Select(e => Str(e)).FirstOrDefault(s => s.Length > 0);

    /// <summary>The types of a node without prefix: "Course", "schema:Course" and "https://schema.org/Course" are all "Course".</summary>
    public IEnumerable<string> Types(JsonElement node) =>
        node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type) ? []
        : (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToList() : [type])
            .Where(t => t.ValueKind == JsonValueKind.String).Select(t => LocalName(t.GetString()!.Trim()));

    public bool IsType(JsonElement? node, params string[] types) => node is { } n && Types(n).Any(types.Contains);
}
