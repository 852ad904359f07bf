using System.Globalization;
using System.Text;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Writes generated offers as import files in the CSV template (one row per session), so a large catalogue reaches
/// the database through the real importer. The generator's providers are spread over existing (approved) providers:
/// files are named <c>SCHLÜSSEL.NN.csv</c> and imported with <c>import-offers DATEI --provider SCHLÜSSEL</c>.
/// A provider's offers are split into several files when one would exceed <paramref name="maxBytes"/>.
/// </summary>
public static class CatalogueFiles
{
    /// <summary>Below the importer's 50 MB limit, with room to spare.</summary>
    public const long DefaultMaxBytes = 40L * 1024 * 1024;

    public sealed record Written(string Path, string ProviderKey, int Offers, int Sessions, long Bytes);

    public static IReadOnlyList<Written> Write(IEnumerable<OfferIndexEntry> entries, IReadOnlyList<string> providerKeys, string folder, long maxBytes = DefaultMaxBytes)
    {
        if (providerKeys.Count == 0) throw new ArgumentException("Mindestens ein Anbieter-Schlüssel ist nötig.", nameof(providerKeys));
        Directory.CreateDirectory(folder);
        var header = Encoding.UTF8.GetBytes(string.Join(";", CsvTemplate.Columns.Select(c => Quote(c.Header))) + "\r\n");
        var open = new Dictionary<string, FileState>(StringComparer.Ordinal);
        var written = new List<Written>();
        try
        {
            foreach (var entry in entries)
            {
                var key = providerKeys[(entry.Facts.ProviderId - 1) % providerKeys.Count];
                var rows = Encoding.UTF8.GetBytes(Rows(entry));
                if (!open.TryGetValue(key, out var file) || file.Bytes + rows.Length > maxBytes && file.Offers > 0)
                {
                    if (file is not null) written.Add(file.Close());
                    open[key] = file = new FileState(Path.Combine(folder, $"{key}.{(file?.Number ?? 0) + 1:00}.csv"), key, (file?.Number ?? 0) + 1);
                    file.Append([.. Encoding.UTF8.Preamble, .. header]);
                }
                file.Append(rows);
                file.Offers++;
                file.Sessions += entry.Facts.Sessions.Count;
            }
            written.AddRange(open.Values.Select(f => f.Close()));
            open.Clear();
        }
        finally
        {
            foreach (var f in open.Values) f.Close();
        }
        return [.. written.OrderBy(w => w.Path, StringComparer.Ordinal)];
    }

    /// <summary>The template's rows of one offer: the offer fields repeated in every session row.</summary>
    public static string Rows(OfferIndexEntry entry)
    {
        var o = entry.Facts;
        var content = entry.Content.Length >= OfferRecordValidator.MinDescriptionLength ? entry.Content : $"{entry.Content} {entry.Summary}".Trim();
        var funding = o.Funding.Contains(FundingRoute.Bildungsscheck) ? "Förderfähig mit dem Bildungsscheck NRW." : "";
        var offer = new Dictionary<string, string>
        {
            ["Angebotsnummer"] = $"GEN-{o.Id:000000}",
            ["Titel"] = o.Title,
            ["Kurzbeschreibung"] = entry.Summary,
            ["Beschreibung"] = content,
            ["Zielgruppe"] = entry.TargetGroup,
            ["Abschluss"] = entry.Qualification,
            ["Unterrichtsstunden"] = o.Hours.ToString(CultureInfo.InvariantCulture),
            ["Preis"] = o.Price.ToString("0.00", CultureInfo.InvariantCulture),
            ["Förderung"] = funding,
            ["AZAV"] = o.Azav ? "ja" : "nein",
            ["Bildungsgutschein"] = o.Funding.Contains(FundingRoute.Bildungsgutschein) ? "ja" : "nein",
            ["Zeitmodell"] = o.TimeModel switch { TimeModel.FullTime => "Vollzeit", TimeModel.PartTime => "Teilzeit", _ => "berufsbegleitend" },
            ["Kompetenzen"] = string.Join(" | ", o.Competencies.Select(c => c.Key)),
        };
        var text = new StringBuilder();
        foreach (var s in o.Sessions)
        {
            var online = s.Format == OfferFormat.Online;
            var session = new Dictionary<string, string>
            {
                ["Beginn"] = s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Ende"] = s.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Uhrzeit von"] = "09:00",
                ["Uhrzeit bis"] = "16:00",
                ["Format"] = s.Format switch { OfferFormat.Onsite => "Präsenz", OfferFormat.Online => "Online", OfferFormat.Blended => "Blended", _ => "Inhouse" },
                ["Veranstaltungsort"] = online ? "" : $"Schulungszentrum {s.Town}",
                ["Straße"] = online ? "" : $"Lernweg {1 + s.Id % 90}",
                ["PLZ"] = online ? "" : s.Postcode,
                ["Ort"] = online ? "" : s.Town,
                ["Plätze"] = "12",
            };
            text.Append(string.Join(";", CsvTemplate.Columns.Select(c => Quote((c.PerSession ? session : offer).GetValueOrDefault(c.Header, ""))))).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private sealed class FileState(string path, string key, int number)
    {
        private readonly FileStream stream = File.Create(path);
        public int Number { get; } = number;
        public long Bytes { get; private set; }
        public int Offers { get; set; }
        public int Sessions { get; set; }

        public void Append(byte[] bytes)
        {
            stream.Write(bytes);
            Bytes += bytes.Length;
        }

        public Written Close()
        {
            stream.Dispose();
            return new Written(path, key, Offers, Sessions, Bytes);
        }
    }
}
