using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>A saved course page: the JSON-LD of all its script blocks is read as one file.</summary>
public sealed partial class JsonLdOfferParser
{
    private static ParsedCatalogue ParseHtml(string file, byte[] bytes)
    {
        var parser = new JsonLdOfferParser(file, "JSON-LD (Webseite)");
        var html = ImportEncoding.Decode(bytes, out var encoding);
        if (encoding is not null)
            parser.result.Notice("Zeile 1", "Kodierung", $"Die Seite ist nicht UTF-8-kodiert und wurde als {encoding} gelesen.");
        if (html.Contains('\0'))
        {
            parser.result.Error("", "", "Die Datei enthält Nullzeichen; sie ist beschädigt oder keine Textdatei.");
            return parser.result;
        }
        List<HtmlJsonLd.Block> blocks;
        try
        {
            blocks = HtmlJsonLd.Blocks(html);
        }
        catch (RegexMatchTimeoutException)
        {
            parser.result.Error("", "", "Die Seite ließ sich nicht in angemessener Zeit nach JSON-LD-Blöcken durchsuchen.");
            return parser.result;
        }
        if (blocks.Count == 0)
        {
            parser.result.Error("", "", "Die Seite enthält keinen JSON-LD-Block (<script type=\"application/ld+json\">) mit Kursen.");
            return parser.result;
        }
        var documents = new List<(JsonDocument Document, string Prefix)>();
        var broken = new List<ImportProblem>();
        try
        {
            foreach (var block in blocks)
            {
                var where = $"Block {block.Number} (ab Zeile {block.Line})";
                var before = parser.result.Problems.Count;
                if (parser.Load(Encoding.UTF8.GetBytes(block.Json), where) is { } document) documents.Add((document, where + ", "));
                else
                {
                    broken.AddRange(parser.result.Problems.Skip(before));
                    parser.result.Problems.RemoveRange(before, parser.result.Problems.Count - before);
                }
            }
            parser.Read([.. documents.Select(d => (d.Document.RootElement, d.Prefix))]);
            // A broken block beside readable courses is often another plugin's (breadcrumbs, reviews); it cannot hide a course we would lose silently, because it is reported.
            foreach (var problem in broken)
                parser.result.Problems.Add(parser.result.Offers.Count > 0 ? problem with { Severity = ProblemSeverity.Warning, Message = problem.Message + " Der Block wird übersprungen." } : problem);
        }
        finally
        {
            foreach (var (document, _) in documents) document.Dispose();
        }
        return parser.result;
    }
}
