using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

/// <summary>What one folder of ESCO CSV files holds, read by column names so that any subset of the official set works.</summary>
public sealed class EscoData
{
    public Dictionary<string, EscoConcept> Concepts { get; } = new(StringComparer.Ordinal);
    public HashSet<(string From, string To, string Type)> Relations { get; } = [];
    public List<string> ReadFiles { get; } = [];
    public List<string> IgnoredFiles { get; } = [];
}

public sealed class EscoImportException(string message) : Exception(message);

public static class EscoCsvReader
{
    private static readonly (string Prefix, string Collection)[] Collections =
    [
        ("digitalSkillsCollection", "digital"), ("greenSkillsCollection", "green"), ("transversalSkillsCollection", "transversal"),
        ("digCompSkillsCollection", "digcomp"), ("languageSkillsCollection", "language"), ("researchSkillsCollection", "research"),
        ("researchOccupationsCollection", "research"),
    ];

    public static EscoData ReadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new EscoImportException($"Der Ordner „{folder}“ existiert nicht.");
        var data = new EscoData();
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
            ReadFile(file, data);
        if (data.ReadFiles.Count == 0)
            throw new EscoImportException($"Im Ordner „{folder}“ liegt keine bekannte ESCO-CSV-Datei (z. B. skills_de.csv, occupations_de.csv).");
        return data;
    }

    private static void ReadFile(string file, EscoData data)
    {
        var name = Path.GetFileName(file);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = false };
        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader()) throw new EscoImportException($"{name}: Die Datei ist leer.");
            var header = csv.HeaderRecord!;
            Action<CsvReader>? readRow = Classify(name, header, data);
            if (readRow is null)
            {
                data.IgnoredFiles.Add(name);
                return;
            }
            data.ReadFiles.Add(name);
            while (csv.Read()) readRow(csv);
        }
        catch (CsvHelperException e)
        {
            throw new EscoImportException($"{name}, Zeile {e.Context?.Parser?.RawRow}: Die CSV-Datei ist fehlerhaft ({e.GetType().Name}).");
        }
    }

    private static Action<CsvReader>? Classify(string name, string[] header, EscoData data)
    {
        bool Has(string column) => header.Contains(column, StringComparer.Ordinal);
        if (name.StartsWith("skillsHierarchy", StringComparison.Ordinal) && Has("Level 0 URI"))
            return csv => ReadHierarchyRow(csv, name, data);
        if (Has("originalSkillUri") && Has("relatedSkillUri"))
            return csv => AddRelation(csv, name, data, "originalSkillUri", "relatedSkillUri", csv.GetField("relationType") ?? "related");
        if (Has("occupationUri") && Has("skillUri"))
            return csv => AddRelation(csv, name, data, "occupationUri", "skillUri", csv.GetField("relationType") ?? "related");
        if (Has("conceptUri") && Has("broaderUri"))
            return csv => AddRelation(csv, name, data, "conceptUri", "broaderUri", "broader");
        if (Has("conceptUri") && Has("conceptType"))
        {
            var collection = Collections.FirstOrDefault(c => name.StartsWith(c.Prefix, StringComparison.Ordinal)).Collection;
            return csv => ReadConceptRow(csv, name, header, collection, data);
        }
        return null;
    }

    /// <summary>A relation row without both ends is skipped, as a concept row without a URI is.</summary>
    private static void AddRelation(CsvReader csv, string name, EscoData data, string fromColumn, string toColumn, string type)
    {
        var from = CheckedUri(csv, name, csv.GetField(fromColumn));
        var to = CheckedUri(csv, name, csv.GetField(toColumn));
        if (from is not null && to is not null) data.Relations.Add((from, to, type));
    }

    /// <summary>The database keeps URIs of up to 200 characters; anything else in a URI column is a broken file.</summary>
    private static string? CheckedUri(CsvReader csv, string name, string? value)
    {
        var uri = Empty(value);
        if (uri is null) return null;
        if (uri.Length > 200 || uri.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            throw new EscoImportException($"{name}, Zeile {csv.Parser.RawRow}: „{(uri.Length > 60 ? uri[..60] + "…" : uri)}“ ist keine gültige ESCO-URI.");
        return uri;
    }

    private static void ReadConceptRow(CsvReader csv, string name, string[] header, string? collection, EscoData data)
    {
        string? Field(string column) => header.Contains(column) ? csv.GetField(column) : null;
        var uri = CheckedUri(csv, name, Field("conceptUri"));
        if (uri is null) return;
        var kind = Field("conceptType") switch
        {
            "Occupation" => EscoKind.Occupation,
            "ISCOGroup" => EscoKind.IscoGroup,
            "SkillGroup" => EscoKind.SkillGroup,
            _ => EscoKind.Skill,
        };
        var concept = Merge(data, uri, kind, Field("preferredLabel"));
        concept.Kind = kind; // the concept files know the type; the hierarchy file only knows positions
        concept.Description = FirstNonEmpty(concept.Description, Field("description"), Field("definition"));
        concept.SkillType ??= Empty(Field("skillType"));
        concept.ReuseLevel ??= Empty(Field("reuseLevel"));
        concept.Code ??= Empty(Field("code")) ?? Empty(Field("iscoGroup"));
        foreach (var label in Split(Field("altLabels"), '\n').Where(l => !concept.AltLabels.Contains(l)))
            concept.AltLabels.Add(label);
        if (collection is not null && !concept.Collections.Contains(collection)) concept.Collections.Add(collection);
        foreach (var broader in Split(Field("broaderConceptUri"), '|').Where(b => b.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal)))
            data.Relations.Add((uri, CheckedUri(csv, name, broader)!, "broader"));
    }

    private static void ReadHierarchyRow(CsvReader csv, string name, EscoData data)
    {
        string? previous = null;
        for (var level = 0; level <= 3; level++)
        {
            var uri = CheckedUri(csv, name, csv.GetField($"Level {level} URI"));
            if (uri is null) break;
            var concept = Merge(data, uri, EscoKind.SkillGroup, csv.GetField($"Level {level} preferred term"));
            concept.Code ??= Empty(csv.GetField($"Level {level} code"));
            if (previous is not null) data.Relations.Add((uri, previous, "broader"));
            previous = uri;
        }
    }

    private static EscoConcept Merge(EscoData data, string uri, EscoKind kind, string? label)
    {
        if (!data.Concepts.TryGetValue(uri, out var concept))
            data.Concepts[uri] = concept = new EscoConcept { Uri = uri, Kind = kind };
        if (string.IsNullOrWhiteSpace(concept.PreferredLabel) && !string.IsNullOrWhiteSpace(label)) concept.PreferredLabel = label.Trim();
        return concept;
    }

    private static IEnumerable<string> Split(string? value, char separator) =>
        (value ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
