using System.Text.RegularExpressions;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>The JSON-LD blocks of a saved web page (&lt;script type="application/ld+json"&gt;), as course websites embed schema.org.</summary>
public static partial class HtmlJsonLd
{
    public sealed record Block(int Number, int Line, string Json);

    private static readonly string[] Starts = ["<!doctype html", "<html", "<head", "<body", "<meta", "<script"];

    /// <summary>Whether the file is a web page rather than XML or JSON, judged by its first tag.</summary>
    public static bool IsHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        var head = System.Text.Encoding.ASCII.GetString(bytes.Slice(i, Math.Min(32, bytes.Length - i))).ToLowerInvariant();
        return Starts.Any(head.StartsWith);
    }

    public static List<Block> Blocks(string html)
    {
        var blocks = new List<Block>();
        foreach (Match m in Script().Matches(html))
        {
            var json = Wrapper().Replace(m.Groups["json"].Value.Trim(), "").Trim();
            var line = 1 + html.AsSpan(0, m.Index).Count('\n');
            blocks.Add(new Block(blocks.Count + 1, line, json));
        }
        return blocks;
    }

    [GeneratedRegex(@"<script\b[^>]*?\btype\s*=\s*([""']?)application/ld\+json[^""'>]*\1[^>]*>(?<json>.*?)</script\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Script();

    /// <summary>Old content systems wrap the block in an HTML comment or CDATA section.</summary>
    [GeneratedRegex(@"^(//\s*)?(<!--|<!\[CDATA\[)|(//\s*)?(-->|\]\]>)$")]
    private static partial Regex Wrapper();
}
