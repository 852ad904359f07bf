using System.Text;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>Semicolon CSV for German spreadsheets, safe against formula injection.</summary>
public static class DemandCsv
{
    public static byte[] Write(IEnumerable<DemandCell> cells, DemandCatalog catalog, AnonymityRule rule)
    {
        var text = new StringBuilder();
        text.AppendLine("Kompetenz-ID;Kompetenz;Personen;Organisationen;Summe Stufen;Passende Termine");
        foreach (var c in cells)
        {
            string[] fields = c.Suppressed
                ? [c.CompetencyKey, catalog.Name(c.CompetencyKey), rule.SuppressedLabel, "", "", ""]
                : [c.CompetencyKey, catalog.Name(c.CompetencyKey), $"{c.Persons}", $"{c.Organisations}", $"{c.DemandLevelSum}", $"{c.SupplySessions}"];
            text.AppendLine(string.Join(';', fields.Select(Field)));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A text that a spreadsheet would read as a formula gets a leading apostrophe; quotes as RFC 4180.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !IsNumber(value)) value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static bool IsNumber(string value) => decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
}
