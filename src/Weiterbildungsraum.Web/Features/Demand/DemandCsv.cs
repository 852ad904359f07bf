using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The radar's cells as CSV; suppressed cells show only the anonymity label.</summary>
public static class DemandCsv
{
    public static byte[] Write(IEnumerable<DemandCell> cells, DemandCatalog catalog, AnonymityRule rule) => CsvField.File(
    [
        ["Kompetenz-ID", "Kompetenz", "Personen", "Organisationen", "Summe Stufen", "Passende Termine"],
        .. cells.Select(c => c.Suppressed
            ? (string?[])[c.CompetencyKey, catalog.Name(c.CompetencyKey), rule.SuppressedLabel, "", "", ""]
            : [c.CompetencyKey, catalog.Name(c.CompetencyKey), $"{c.Persons}", $"{c.Organisations}", $"{c.DemandLevelSum}", $"{c.SupplySessions}"]),
    ]);
}
