using System.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>Splits separated text into rows (RFC 4180 quoting, line breaks inside quotes), each with its first line number.</summary>
public static class CsvRows
{
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Semicolon, comma or tab: whichever occurs most often outside quotes in the first line (the header).</summary>
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (ch == '\n') break;
            else if (ch == ';') semicolons++;
            else if (ch == ',') commas++;
            else if (ch == '\t') tabs++;
        }
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    public static IEnumerable<Row> Read(string text, char separator, Action<int, string> error)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            // Some exports put a blank before the opening quote ("; "Text"").
            if (ch == '"' && IsBlank(field)) { field.Clear(); quoted = true; quoteLine = line; }
            else if (ch == separator) { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r') { }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0) yield return new Row(rowLine, fields);
                fields = [];
                line++;
                rowLine = line;
            }
            else field.Append(ch);
        }
        if (quoted)
        {
            error(quoteLine, "Ein Anführungszeichen wird nicht geschlossen; die Zeile ist unvollständig.");
            yield break;
        }
        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0) yield return new Row(rowLine, fields);
    }

    private static bool IsBlank(StringBuilder field)
    {
        for (var i = 0; i < field.Length; i++)
            if (field[i] != ' ') return false;
        return true;
    }
}
