namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// One CSV field as spreadsheet programs read it safely: a leading = + - @ tab or carriage return
/// would start a formula (CSV injection, OWASP), so such fields get an apostrophe in front; fields with
/// the separator, quotes or line breaks are quoted.
/// </summary>
public static class CsvField
{
    public const char Separator = ';';

    public static string Escape(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(Separator, fields.Select(Escape));
}
