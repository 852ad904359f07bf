using System.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Decodes a text file as spreadsheets and course systems save it: UTF-8 with or without BOM, UTF-16 (Excel's
/// "Unicode-Text"), and otherwise Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" on German Windows; ISO-8859-1 is a subset).
/// </summary>
public static class ImportEncoding
{
    static ImportEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The text, and the name of the encoding when it was not UTF-8 (to tell the user), otherwise null.</summary>
    public static string Decode(byte[] bytes, out string? other)
    {
        other = null;
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        else if (span.StartsWith(Encoding.Unicode.Preamble))
        {
            other = "UTF-16";
            return Encoding.Unicode.GetString(span[2..]);
        }
        else if (span.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            other = "UTF-16";
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }
        else if (LooksLikeUtf16(span, out var bigEndian))
        {
            other = "UTF-16";
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(span);
        }
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            other = "Windows-1252";
            return Windows1252.GetString(span);
        }
    }

    /// <summary>
    /// The first place where UTF-8 text was read as a single-byte encoding ("Ã¼" for "ü", "â‚¬" for "€"), or -1: a file
    /// saved twice with different encodings, or declared as ISO-8859-15 while holding UTF-8.
    /// </summary>
    public static int MisreadUtf8At(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
            if (text[i] is 'Ã' or 'Â' or 'â' && IsContinuation(text[i + 1])) return i;
        return -1;
    }

    /// <summary>A UTF-8 continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 shows it.</summary>
    private static bool IsContinuation(char c) =>
        c is >= '\u0080' and <= '\u00BF' || c is '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž'
            or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ';

    /// <summary>Text in UTF-16 without BOM has a zero byte in every other place while it is mostly Latin letters.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> span, out bool bigEndian)
    {
        bigEndian = false;
        var length = Math.Min(span.Length, 4096) & ~1;
        if (length < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < length; i += 2)
        {
            if (span[i] == 0) evenZeros++;
            if (span[i + 1] == 0) oddZeros++;
        }
        var pairs = length / 2;
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.6 && Math.Min(evenZeros, oddZeros) < pairs * 0.1;
    }
}
