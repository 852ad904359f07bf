using System.Text;
using Weiterbildungsraum.Domain.Offers.Import;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>A problem in an uploaded file: file, line, column and the reason in German.</summary>
public sealed record CsvProblem(string File, int Line, string Field, string Reason)
{
    public override string ToString() => $"{File}, Zeile {Line}{(Field.Length > 0 ? $", {Field}" : "")}: {Reason}";
}

public sealed record CompetencyCsvRow(int Line, CompetencyContent Competency);

public sealed record CompetencyCsvResult(IReadOnlyList<CompetencyCsvRow> Rows, IReadOnlyList<CsvProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// The competency list as CSV (docs/competency-csv.md): semicolon-separated, UTF-8, one competency a line.
/// Lists (Merkmale, ESCO-URIs) are separated by "|". Export protects fields against formula injection
/// with a leading apostrophe; the import removes that apostrophe again.
/// </summary>
public static class CompetencyCsv
{
    public sealed record Column(string Header, bool Required, string Meaning);

    public const string Key = "Schlüssel";
    public const string Name = "Name";
    public const string Category = "Kategorie";
    public const string Description = "Beschreibung";
    public const string Tags = "Merkmale";
    public const string EscoUris = "ESCO-URIs";
    public static string Level(int level) => $"Stufe {level}";

    public static readonly IReadOnlyList<Column> Columns =
    [
        new(Key, true, "Dauerhafter Schlüssel (klein, a–z, 0–9, Bindestrich); ein vorhandener Schlüssel ändert die Kompetenz, ein neuer legt sie an"),
        new(Name, true, "Name der Kompetenz, im Modell eindeutig"),
        new(Category, true, "Fachkompetenz, Methodenkompetenz, Sozialkompetenz oder Personale Kompetenz"),
        new(Description, false, "Beschreibung"),
        new(Tags, false, "Digital, KI, Nachhaltigkeit, Transversal – mehrere mit | getrennt"),
        new(Level(1), true, "Was Stufe 1 (Grundkenntnisse) bedeutet"),
        new(Level(2), true, "Was Stufe 2 (anwenden mit Anleitung) bedeutet"),
        new(Level(3), true, "Was Stufe 3 (selbstständig anwenden) bedeutet"),
        new(Level(4), true, "Was Stufe 4 (Expertise) bedeutet"),
        new(EscoUris, false, "ESCO-Kompetenz-URIs, mehrere mit | getrennt"),
    ];

    public const char ListSeparator = '|';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The fields of one competency in column order (unescaped; the writer escapes them).</summary>
    public static IReadOnlyList<string> Fields(CompetencyContent c) =>
        [c.Key, c.Name, c.Category.German(), c.Description, string.Join(" | ", c.Tags), .. c.Levels, string.Join(" | ", c.EscoUris)];

    /// <summary>Reads and checks every line; the rows are only to be applied when there is no problem.</summary>
    public static CompetencyCsvResult Parse(string file, byte[] bytes)
    {
        var problems = new List<CsvProblem>();
        var rows = new List<CompetencyCsvRow>();
        void Problem(int line, string field, string reason) => problems.Add(new(file, line, field, reason));

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var lenient = Encoding.UTF8.GetString(span);
            Problem(1 + lenient[..Math.Max(0, lenient.IndexOf('\uFFFD'))].Count(c => c == '\n'), "",
                "Die Datei ist nicht UTF-8-kodiert. Bitte in der Tabellenkalkulation als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.");
            return new([], problems);
        }

        var lines = CsvRows.Read(text, ';', (line, message) => Problem(line, "", message)).ToList();
        if (lines.Count == 0)
        {
            Problem(1, "", "Die Datei ist leer; erwartet wird eine Kopfzeile mit " + string.Join(";", Columns.Select(c => c.Header)) + ".");
            return new([], problems);
        }
        var header = lines[0];
        if (header.Fields.Count == 1 && (header.Fields[0].Contains(',') || header.Fields[0].Contains('\t')))
        {
            Problem(header.Line, "", "Die Spalten sind nicht durch Semikolon (;) getrennt.");
            return new([], problems);
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var known = Columns.FirstOrDefault(c => string.Equals(c.Header, name, StringComparison.OrdinalIgnoreCase));
            if (known is null) Problem(header.Line, name, $"Unbekannte Spalte „{name}“; erlaubt: {string.Join(", ", Columns.Select(c => c.Header))}.");
            else if (!columns.TryAdd(known.Header, i)) Problem(header.Line, name, $"Die Spalte „{name}“ kommt doppelt vor.");
        }
        foreach (var missing in Columns.Where(c => c.Required && !columns.ContainsKey(c.Header)))
            Problem(header.Line, missing.Header, $"Die Pflichtspalte „{missing.Header}“ fehlt.");
        if (problems.Count > 0) return new([], problems);

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in lines.Skip(1))
        {
            if (row.Fields.Count != header.Fields.Count)
            {
                Problem(row.Line, "", $"Die Zeile hat {row.Fields.Count} statt {header.Fields.Count} Spalten (Semikolon im Text? Dann den Text in Anführungszeichen setzen).");
                continue;
            }
            // A NUL or another control character (except tab and line breaks) means a damaged file; PostgreSQL cannot store a NUL.
            var refused = columns.Where(c => ControlCharacters.HasRefused(row.Fields[c.Value])).ToList();
            foreach (var (column, index) in refused)
                Problem(row.Line, column, ControlCharacters.Problem(row.Fields[index])!);
            if (refused.Count > 0) continue;
            string Get(string column) => columns.TryGetValue(column, out var i) ? Unprotect(row.Fields[i].Trim()) : "";
            var categoryText = Get(Category);
            var categoryKnown = CompetencyCategoryNames.TryParse(categoryText, out var category);
            if (!categoryKnown)
                Problem(row.Line, Category, categoryText.Length == 0 ? "Die Kategorie fehlt."
                    : $"Unbekannte Kategorie „{categoryText}“; erlaubt: {string.Join(", ", Enum.GetValues<CompetencyCategory>().Select(c => c.German()))}.");
            var competency = new CompetencyContent(Get(Key), Get(Name), Get(Description), category, List(Get(Tags)),
                [Get(Level(1)), Get(Level(2)), Get(Level(3)), Get(Level(4))], List(Get(EscoUris)));
            var before = problems.Count;
            foreach (var error in CompetencyRules.Check(competency))
                Problem(row.Line, HeaderOf(error.Field), error.Reason);
            if (competency.Key.Length > 0 && !keys.TryAdd(competency.Key, row.Line))
                Problem(row.Line, Key, $"Der Schlüssel „{competency.Key}“ steht schon in Zeile {keys[competency.Key]}.");
            if (competency.Name.Length > 0 && !names.TryAdd(competency.Name, row.Line))
                Problem(row.Line, Name, $"Der Name „{competency.Name}“ steht schon in Zeile {names[competency.Name]}.");
            if (problems.Count == before && categoryKnown) rows.Add(new(row.Line, competency));
        }
        if (lines.Count == 1) Problem(header.Line, "", "Die Datei enthält nur die Kopfzeile, keine Kompetenz.");
        return new(rows, problems);
    }

    /// <summary>The column a rule's field belongs to, for messages.</summary>
    public static string HeaderOf(string field) => field switch
    {
        "key" => Key,
        "name" => Name,
        "category" => Category,
        "description" => Description,
        "tags" => Tags,
        "escoUris" => EscoUris,
        ['l', 'e', 'v', 'e', 'l', var digit] => Level(digit - '0'),
        _ => field,
    };

    private static IReadOnlyList<string> List(string text) =>
        text.Split([ListSeparator, '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Undoes the export's protection against formulas: an apostrophe before = + - @ goes away.</summary>
    private static string Unprotect(string field) =>
        field.Length > 1 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? field[1..] : field;
}
