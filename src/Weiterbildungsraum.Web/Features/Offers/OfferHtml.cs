using Ganss.Xss;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>The rich text of an offer: only p, br, ul, ol, li, strong, em and a[href] with http, https or mailto survive.</summary>
public static class OfferHtml
{
    private static readonly HashSet<string> DropWithContent = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "textarea", "select", "title", "head"];

    public static string Sanitize(string html) => Sanitize(html, out _);

    /// <summary>Sanitises; <paramref name="removedUnsafe"/> tells whether anything beyond harmless formatting was taken out.</summary>
    public static string Sanitize(string html, out bool removedUnsafe)
    {
        var unsafeFound = false;
        if (!html.Contains('<')) html = Paragraphs(html);
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "ul", "ol", "li", "strong", "em", "a"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            // Keep the text of formatting we do not allow (h3, b, div …), drop the content of active elements.
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                unsafeFound = true;
                e.Tag.InnerHtml = "";
            }
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || e.Attribute.Value.Contains("script:", StringComparison.OrdinalIgnoreCase)) unsafeFound = true;
        };
        var clean = sanitizer.Sanitize(html).Trim();
        removedUnsafe = unsafeFound || (html.Contains("javascript:", StringComparison.OrdinalIgnoreCase) && !clean.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        return clean;
    }

    /// <summary>Plain text becomes paragraphs, blank lines separating them.</summary>
    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>") + "</p>"));
}
