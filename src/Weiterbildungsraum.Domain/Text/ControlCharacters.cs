namespace Weiterbildungsraum.Domain.Text;

/// <summary>
/// Which characters text input may not contain (docs/decisions/010-control-characters.md): the NUL character U+0000,
/// which PostgreSQL cannot store, every other control character except tab, line feed and carriage return (C0, DEL, C1:
/// invisible, and not allowed in the XML the platform exports), and a lone surrogate half (no character at all).
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first refused character from <paramref name="start"/> on, or -1.</summary>
    public static int IndexOfRefused(string? text, int start = 0)
    {
        if (text is null) return -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return i;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return i;
            }
            else if (char.IsLowSurrogate(c)) return i;
        }
        return -1;
    }

    public static bool HasRefused(string? text) => IndexOfRefused(text) >= 0;

    /// <summary>The refused character in German words, e.g. "ein Nullzeichen (U+0000)".</summary>
    public static string Describe(char c) => c switch
    {
        '\0' => "ein Nullzeichen (U+0000)",
        _ when char.IsSurrogate(c) => $"ein unvollständiges Zeichen (U+{(int)c:X4})",
        _ => $"ein Steuerzeichen (U+{(int)c:X4})",
    };

    /// <summary>
    /// The German reason a text is refused ("Der Text enthält ein Nullzeichen (U+0000) an Stelle 3; …"), or null when it is fine.
    /// </summary>
    public static string? Problem(string? text)
    {
        var at = IndexOfRefused(text);
        return at < 0 ? null : Reason(text![at], at);
    }

    /// <summary>The text as it can be shown in a message: each refused character becomes U+FFFD.</summary>
    public static string Visible(string text)
    {
        var at = IndexOfRefused(text);
        if (at < 0) return text;
        var chars = text.ToCharArray();
        for (; at >= 0; at = IndexOfRefused(text, at + 1))
            chars[at] = '\uFFFD';
        return new string(chars);
    }

    public static string Reason(char c, int index) =>
        $"Der Text enthält {Describe(c)} an Stelle {index + 1}. Steuerzeichen sind außer Tabulator und Zeilenumbruch nicht erlaubt; bitte den Text ohne sie erneut eingeben.";
}
