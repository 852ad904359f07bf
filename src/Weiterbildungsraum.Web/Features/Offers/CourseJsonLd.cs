using System.Text.Json;
using System.Text.Json.Nodes;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>
/// schema.org Course with its CourseInstances, for search engines. The default JSON encoder escapes &lt; and &gt;,
/// so the text cannot close the script element it is embedded in.
/// </summary>
public static class CourseJsonLd
{
    public const string QualificationCategory = "Berufsabschluss";

    public static string For(OfferDetails o, string offerUrl)
    {
        var course = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Course",
            ["@id"] = offerUrl,
            ["url"] = offerUrl,
            ["name"] = o.Title,
            ["description"] = string.IsNullOrWhiteSpace(o.Summary) ? Search.HtmlText.Plain(o.ContentHtml).Trim() : o.Summary,
            ["inLanguage"] = o.Language,
            ["timeRequired"] = $"PT{o.Hours}H",
            ["provider"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = o.Provider.Name,
                ["url"] = o.Provider.Website,
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress", ["streetAddress"] = o.Provider.Street, ["postalCode"] = o.Provider.Postcode,
                    ["addressLocality"] = o.Provider.Town, ["addressCountry"] = "DE",
                },
            },
            ["offers"] = Offer(o),
            ["teaches"] = new JsonArray(o.Competencies.Select(c => (JsonNode)new JsonObject { ["@type"] = "DefinedTerm", ["name"] = c.Name, ["termCode"] = c.Key }).ToArray()),
            ["dateModified"] = o.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["hasCourseInstance"] = new JsonArray(o.Sessions.Select(s => (JsonNode)Instance(o, s)).ToArray()),
        };
        if (o.Keywords is { Count: > 0 } keywords) course["keywords"] = string.Join(", ", keywords);
        if (o.LeadsToQualification)
        {
            // schema.org's credentialCategory carries the kind of credential; the importer reads the same shape back.
            var credential = new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["credentialCategory"] = QualificationCategory };
            if (o.Qualification.Length > 0) credential["name"] = o.Qualification;
            course["educationalCredentialAwarded"] = credential;
        }
        else if (o.Qualification.Length > 0)
            course["educationalCredentialAwarded"] = o.Qualification;
        return course.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Instance(OfferDetails o, OfferSessionDetails s)
    {
        var instance = new JsonObject
        {
            ["@type"] = "CourseInstance",
            ["courseMode"] = s.Format switch { OfferFormat.Online => "online", OfferFormat.Blended => "blended", _ => "onsite" },
            ["startDate"] = s.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["endDate"] = s.EndDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["offers"] = Offer(o),
        };
        if (s.Format != OfferFormat.Online)
            instance["location"] = new JsonObject
            {
                ["@type"] = "Place", ["name"] = s.VenueName,
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = s.Street, ["postalCode"] = s.Postcode, ["addressLocality"] = s.Town, ["addressCountry"] = "DE" },
            };
        return instance;
    }

    private static JsonObject Offer(OfferDetails o) => new()
    {
        ["@type"] = "Offer", ["price"] = o.Price, ["priceCurrency"] = "EUR", ["category"] = o.Price == 0 ? "Free" : "Paid",
    };
}
