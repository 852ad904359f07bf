using ClosedXML.Excel;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The team matrix as CSV (semicolon, UTF-8 with BOM, as German Excel expects) and as XLSX.</summary>
public static class TeamMatrixExport
{
    public const string NotRated = "nicht eingeschätzt";

    public static string CellText(MatrixCell? cell) => cell switch
    {
        null => "",
        { Actual: null } => NotRated,
        _ => cell.Actual.Value.ToString(),
    };

    public static byte[] Csv(TeamMatrixResult matrix) => CsvField.File(
    [
        ["Name", "Rolle", "Passung heute (%)", "Passung in 3 Jahren (%)", .. matrix.Columns.Select(c => c.Name)],
        .. matrix.Rows.Select(row => (string?[])[row.Name, row.RoleName, row.FitNow.ToString(), row.FitFuture.ToString(), .. row.Cells.Select(CellText)]),
        ["Unter Soll heute", "", "", "", .. matrix.Columns.Select(c => c.BelowNow.ToString())],
        ["Unter Soll in 3 Jahren", "", "", "", .. matrix.Columns.Select(c => c.BelowFuture.ToString())],
        ["Nicht eingeschätzt", "", "", "", .. matrix.Columns.Select(c => c.NotRated.ToString())],
    ]);

    public static byte[] Xlsx(TeamMatrixResult matrix, Horizon horizon)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Team-Matrix");
        string[] head = ["Name", "Rolle", "Passung heute (%)", "Passung in 3 Jahren (%)"];
        for (var i = 0; i < head.Length; i++) sheet.Cell(1, i + 1).SetValue(head[i]);
        for (var c = 0; c < matrix.Columns.Count; c++) sheet.Cell(1, head.Length + c + 1).SetValue(matrix.Columns[c].Name);
        sheet.Row(1).Style.Font.Bold = true;

        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            var row = matrix.Rows[r];
            var line = r + 2;
            // SetValue with a string keeps text as text: a name like "=1+1" never becomes a formula.
            sheet.Cell(line, 1).SetValue(row.Name);
            sheet.Cell(line, 2).SetValue(row.RoleName);
            sheet.Cell(line, 3).SetValue(row.FitNow);
            sheet.Cell(line, 4).SetValue(row.FitFuture);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c] is not { } cell) continue;
                var target = sheet.Cell(line, head.Length + c + 1);
                if (cell.Actual is { } actual) target.SetValue(actual); else target.SetValue(NotRated);
                target.Style.Fill.BackgroundColor = cell.Status(horizon) switch
                {
                    CellStatus.Met => XLColor.FromArgb(0xD8, 0xF0, 0xDD),
                    CellStatus.SmallGap => XLColor.FromArgb(0xFF, 0xEB, 0xC2),
                    CellStatus.LargeGap => XLColor.FromArgb(0xF8, 0xD0, 0xD0),
                    _ => XLColor.FromArgb(0xEE, 0xEE, 0xEE),
                };
            }
        }
        var totals = matrix.Rows.Count + 2;
        string[] labels = ["Unter Soll heute", "Unter Soll in 3 Jahren", "Nicht eingeschätzt"];
        for (var t = 0; t < labels.Length; t++)
        {
            sheet.Cell(totals + t, 1).SetValue(labels[t]);
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                var column = matrix.Columns[c];
                sheet.Cell(totals + t, head.Length + c + 1).SetValue(t switch { 0 => column.BelowNow, 1 => column.BelowFuture, _ => column.NotRated });
            }
        }
        sheet.SheetView.FreezeRows(1);
        sheet.SheetView.FreezeColumns(1);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
