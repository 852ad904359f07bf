using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>
/// Enquiries always land in the provider's inbox; when SMTP is configured a mail goes out too.
/// A failing mail server never loses the enquiry: it is logged and the inbox has it.
/// </summary>
public sealed class EnquiryMail(SmtpMail mail, ILogger<EnquiryMail> log)
{
    public bool Enabled => mail.Enabled;

    public async Task<bool> SendAsync(Enquiry enquiry, string offerTitle, string to, CancellationToken ct = default)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(to)) return false;
        var sent = await mail.SendAsync(to, $"Neue Anfrage zu „{offerTitle}“",
            $"{enquiry.Name} ({enquiry.Email}{(enquiry.OrganisationName is { Length: > 0 } org ? ", " + org : "")}) fragt an:\n\n{enquiry.Message}\n\n"
            + "Alle Anfragen finden Sie im Weiterbildungsraum unter /anbieter/anfragen.",
            replyTo: enquiry.Email, ct);
        if (!sent) log.LogWarning("Anfrage {EnquiryId}: Mail an den Anbieter nicht versandt.", enquiry.Id);
        return sent;
    }
}
