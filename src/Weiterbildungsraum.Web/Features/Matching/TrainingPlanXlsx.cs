using ClosedXML.Excel;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>The plan board as an Excel workbook, one row per item, with totals.</summary>
public static class TrainingPlanXlsx
{
    public static byte[] Write(PlanBoard board, string organisation)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Weiterbildungsplan");
        sheet.Cell(1, 1).Value = $"{board.Name} – {organisation}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        string[] headers = ["Person", "Angebot", "Beginn", "Ende", "Kompetenz", "von Stufe", "auf Stufe", "Status", "Kosten (€)", "nach Förderung (€)", "Förderprogramm"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(3, c + 1).Value = headers[c];
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }
        var row = 4;
        foreach (var r in board.Rows)
        {
            sheet.Cell(row, 1).Value = r.Person;
            sheet.Cell(row, 2).Value = r.Offer;
            if (r.Start is { } start) sheet.Cell(row, 3).Value = start.ToDateTime(TimeOnly.MinValue);
            if (r.End is { } end) sheet.Cell(row, 4).Value = end.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(row, 5).Value = r.Competency;
            sheet.Cell(row, 6).Value = r.FromLevel;
            sheet.Cell(row, 7).Value = r.ToLevel;
            sheet.Cell(row, 8).Value = r.Status.German();
            sheet.Cell(row, 9).Value = r.Cost;
            sheet.Cell(row, 10).Value = r.CostAfterFunding;
            sheet.Cell(row, 11).Value = r.FundingProgramme ?? "";
            row++;
        }
        sheet.Cell(row, 1).Value = "Summe";
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 9).Value = board.TotalCost;
        sheet.Cell(row, 10).Value = board.TotalAfterFunding;
        sheet.Range(4, 3, Math.Max(4, row), 4).Style.DateFormat.Format = "dd.mm.yyyy";
        sheet.Range(4, 9, row, 10).Style.NumberFormat.Format = "#,##0.00";
        sheet.Cell(row + 2, 1).Value = "Förderbeträge sind eine Orientierung, keine Entscheidung der Agentur für Arbeit oder der Förderstelle.";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
