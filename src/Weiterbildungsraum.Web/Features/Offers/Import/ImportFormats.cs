using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>Recognises the format of an import file by name and first character, and enforces the size limit.</summary>
public static class ImportFormats
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public static ParsedCatalogue Parse(string fileName, byte[] content)
    {
        if (content.LongLength > MaxBytes)
        {
            var tooLarge = new ParsedCatalogue { File = fileName, Format = "?" };
            tooLarge.Error("", "Datei", $"Die Datei ist größer als {MaxBytes / 1024 / 1024} MB. Bitte in mehrere Dateien teilen.");
            return tooLarge;
        }
        return Detect(fileName, content) switch
        {
            "xml" => OpenQcatParser.Parse(fileName, content),
            "json" => JsonLdOfferParser.Parse(fileName, content),
            _ => CsvOfferParser.Parse(fileName, content),
        };
    }

    public static string Detect(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".html" or ".htm" || HtmlJsonLd.IsHtml(content)) return "json";
        if (extension is ".xml") return "xml";
        if (extension is ".json" or ".jsonld") return "json";
        if (extension is ".csv" or ".txt") return "csv";
        var start = content.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? 3 : 0;
        for (var i = start; i < Math.Min(content.Length, 4096); i++)
        {
            var b = content[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == '<' ? "xml" : b is (byte)'{' or (byte)'[' ? "json" : "csv";
        }
        return "csv";
    }

    /// <summary>Reads a request body or upload, stopping one byte past the limit.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return null;
        }
        return buffer.ToArray();
    }
}
