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
    /// <summary>Rows that cannot be taken over, each named with file and line; capped at <see cref="EscoCsvReader.MaxProblems"/>.</summary>
    public List<string> Problems { get; } = [];
    public int ProblemCount { get; set; }
    public long Rows { get; set; }
}

/// <summary>How far reading a folder has come: files finished, rows read so far, the file being read.</summary>
public sealed record EscoReadProgress(string? File, int FilesDone, int FilesTotal, long Rows);

public sealed class EscoImportException(string message) : Exception(message);

public static class EscoCsvReader
{
    public const int MaxProblems = 100;
    /// <summary>The key column's length in the database (EscoConceptConfiguration).</summary>
    private const int MaxUriLength = 200;
    private const int ReportEveryRows = 500;

    /// <summary>Whether the file is a collection of skills, which carries their German labels, synonyms and descriptions.</summary>
    public static bool IsSkillCollection(string fileName) =>
        Collections.Any(c => c.Prefix.EndsWith("SkillsCollection", StringComparison.Ordinal) && fileName.StartsWith(c.Prefix, StringComparison.Ordinal));

    private static readonly (string Prefix, string Collection)[] Collections =
    [
        ("digitalSkillsCollection", "digital"), ("greenSkillsCollection", "green"), ("transversalSkillsCollection", "transversal"),
        ("digCompSkillsCollection", "digcomp"), ("languageSkillsCollection", "language"), ("researchSkillsCollection", "research"),
        ("researchOccupationsCollection", "research"),
    ];

    /// <summary>Reads the folder's CSV files, or those whose file name <paramref name="include"/> accepts.</summary>
    public static EscoData ReadFolder(string folder, Action<EscoReadProgress>? progress = null, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(folder)) throw new EscoImportException($"Der Ordner „{folder}“ existiert nicht.");
        var data = new EscoData();
        var files = Directory.GetFiles(folder, "*.csv").Where(f => include?.Invoke(Path.GetFileName(f)) ?? true).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var done = i;
            ReadFile(files[i], data, progress is null ? null : rows => progress(new EscoReadProgress(Path.GetFileName(files[done]), done, files.Count, rows)));
            progress?.Invoke(new EscoReadProgress(null, i + 1, files.Count, data.Rows));
        }
        if (data.ReadFiles.Count == 0)
            throw new EscoImportException($"Im Ordner „{folder}“ liegt keine bekannte ESCO-CSV-Datei (z. B. skills_de.csv, occupations_de.csv).");
        return data;
    }

    private static void ReadFile(string file, EscoData data, Action<long>? progress)
    {
        var name = Path.GetFileName(file);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = false };
        // Invalid bytes stop the import with a message instead of turning labels into replacement characters.
        using var reader = new StreamReader(file, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
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
            while (true)
            {
                var line = csv.Parser.RawRow + 1;
                if (!csv.Read()) break;
                var problems = data.ProblemCount;
                if (NulCharacterColumn(csv, header) is { } damaged)
                    Problem(data, $"Die Spalte „{damaged}“ enthält ein Nullzeichen (U+0000); die Zeile ist beschädigt.");
                else
                    readRow(csv);
                for (var p = problems; p < Math.Min(data.ProblemCount, MaxProblems); p++)
                    data.Problems[p] = $"{name}, Zeile {line}: {data.Problems[p]}";
                if (++data.Rows % ReportEveryRows == 0) progress?.Invoke(data.Rows);
            }
        }
        catch (Exception e) when (e is System.Text.DecoderFallbackException || e.InnerException is System.Text.DecoderFallbackException)
        {
            throw new EscoImportException($"{name}, Zeile {FirstNonUtf8Line(file)}: Die Datei ist nicht in UTF-8 kodiert. ESCO-Dateien bitte unverändert als UTF-8-CSV verwenden.");
        }
        catch (CsvHelperException e)
        {
            throw new EscoImportException($"{name}, Zeile {e.Context?.Parser?.RawRow}: Die CSV-Datei ist fehlerhaft ({e.GetType().Name}).");
        }
    }

    /// <summary>The reader decodes in blocks, so its position is not the line; this finds the line with the first invalid byte.</summary>
    private static int FirstNonUtf8Line(string file)
    {
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        using var stream = File.OpenRead(file);
        var line = new List<byte>();
        var number = 1;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b != '\n') { line.Add((byte)b); continue; }
            try { strict.GetString(line.ToArray()); } catch (System.Text.DecoderFallbackException) { return number; }
            line.Clear();
            number++;
        }
        return number;
    }

    /// <summary>
    /// The column of the first NUL character in the row, or null. Text never holds one (other control characters do occur
    /// in ESCO's own descriptions and are kept); a NUL means a damaged file, and PostgreSQL cannot store it.
    /// </summary>
    private static string? NulCharacterColumn(CsvReader csv, string[] header)
    {
        var record = csv.Parser.Record ?? [];
        for (var i = 0; i < record.Length; i++)
            if (record[i].Contains('\0'))
                return i < header.Length ? header[i] : $"{i + 1}";
        return null;
    }

    /// <summary>Records a problem of the current row; the caller prefixes file and line.</summary>
    private static void Problem(EscoData data, string message)
    {
        if (data.ProblemCount++ < MaxProblems) data.Problems.Add(message);
    }

    /// <summary>An ESCO URI that fits the key column, or null after recording why not.</summary>
    private static string? Uri(EscoData data, string column, string? value)
    {
        var uri = Empty(value);
        if (uri is null) Problem(data, $"Die Spalte „{column}“ ist leer.");
        else if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            Problem(data, $"„{Shorten(uri)}“ in Spalte „{column}“ ist keine URI (erwartet z. B. http://data.europa.eu/esco/skill/…).");
        else if (uri.Length > MaxUriLength) Problem(data, $"Die URI in Spalte „{column}“ ist länger als {MaxUriLength} Zeichen.");
        else return uri;
        return null;
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;

    private static void Relation(EscoData data, CsvReader csv, string fromColumn, string toColumn, string type)
    {
        var from = Uri(data, fromColumn, csv.GetField(fromColumn));
        var to = Uri(data, toColumn, csv.GetField(toColumn));
        if (from is not null && to is not null) data.Relations.Add((from, to, type));
    }

    private static Action<CsvReader>? Classify(string name, string[] header, EscoData data)
    {
        bool Has(string column) => header.Contains(column, StringComparer.Ordinal);
        if (name.StartsWith("skillsHierarchy", StringComparison.Ordinal) && Has("Level 0 URI"))
            return csv => ReadHierarchyRow(csv, data);
        string RelationType(CsvReader csv) => Has("relationType") ? Empty(csv.GetField("relationType")) ?? "related" : "related";
        if (Has("originalSkillUri") && Has("relatedSkillUri"))
            return csv => Relation(data, csv, "originalSkillUri", "relatedSkillUri", RelationType(csv));
        if (Has("occupationUri") && Has("skillUri"))
            return csv => Relation(data, csv, "occupationUri", "skillUri", RelationType(csv));
        if (Has("conceptUri") && Has("broaderUri"))
            return csv => Relation(data, csv, "conceptUri", "broaderUri", "broader");
        if (Has("conceptUri") && Has("conceptType"))
        {
            var collection = Collections.FirstOrDefault(c => name.StartsWith(c.Prefix, StringComparison.Ordinal)).Collection;
            return csv => ReadConceptRow(csv, header, collection, data);
        }
        return null;
    }

    private static void ReadConceptRow(CsvReader csv, string[] header, string? collection, EscoData data)
    {
        string? Field(string column) => header.Contains(column) ? csv.GetField(column) : null;
        if (Uri(data, "conceptUri", Field("conceptUri")) is not { } uri) return;
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
        // skills_de.csv puts one label per line; the collection files join them with " | ".
        foreach (var label in Split(Field("altLabels"), '\n').SelectMany(l => l.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                     .Where(l => !concept.AltLabels.Contains(l)))
            concept.AltLabels.Add(label);
        if (collection is not null && !concept.Collections.Contains(collection)) concept.Collections.Add(collection);
        foreach (var broader in Split(Field("broaderConceptUri"), '|').Where(b => b.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal)))
            data.Relations.Add((uri, broader, "broader"));
    }

    private static void ReadHierarchyRow(CsvReader csv, EscoData data)
    {
        string? previous = null;
        for (var level = 0; level <= 3; level++)
        {
            if (Empty(csv.GetField($"Level {level} URI")) is null) break;
            if (Uri(data, $"Level {level} URI", csv.GetField($"Level {level} URI")) is not { } uri) return;
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
