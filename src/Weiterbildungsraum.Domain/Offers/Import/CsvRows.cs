using System.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>Splits semicolon-separated text into rows (RFC 4180 quoting, line breaks inside quotes), each with its first line number.</summary>
public static class CsvRows
{
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

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
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && field.Length == 0) { quoted = true; quoteLine = line; }
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
}
