using System.Globalization;
using System.Text;

namespace Weiterbildungsraum.Web.Features.Shared;

/// <summary>
/// CSV as German spreadsheet programs read it: semicolon separated, UTF-8 with BOM. A text starting with
/// = + - @ tab or carriage return would start a formula (CSV injection, OWASP), so it gets an apostrophe in
/// front; a plain number such as "-3" stays a number. Fields with the separator, quotes or line breaks are quoted.
/// </summary>
public static class CsvField
{
    public const char Separator = ';';

    public static string Escape(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text)) text = "'" + text;
        return text.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(Separator, fields.Select(Escape));

    /// <summary>The lines as a file: UTF-8 with BOM, so that Excel detects the encoding.</summary>
    public static byte[] File(IEnumerable<IEnumerable<string?>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(Line(line)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static bool IsPlainNumber(string text) =>
        text[0] == '-' && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
