using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Weiterbildungsraum.Web.Features.Offers;

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? From { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; } = true;
}

/// <summary>
/// Enquiries always land in the provider's inbox; when Smtp:Host and Smtp:From are configured a mail goes out too.
/// A failing mail server never loses the enquiry: it is logged and the inbox has it.
/// </summary>
public sealed class EnquiryMail(IOptions<SmtpOptions> options, ILogger<EnquiryMail> log)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host) && !string.IsNullOrWhiteSpace(options.Value.From);

    public async Task<bool> SendAsync(Enquiry enquiry, string offerTitle, string to, CancellationToken ct = default)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(to)) return false;
        var o = options.Value;
        try
        {
            using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
            if (!string.IsNullOrEmpty(o.User)) client.Credentials = new NetworkCredential(o.User, o.Password);
            using var message = new MailMessage(o.From!, to)
            {
                Subject = $"Neue Anfrage zu „{offerTitle}“",
                Body = $"{enquiry.Name} ({enquiry.Email}{(enquiry.OrganisationName is { Length: > 0 } org ? ", " + org : "")}) fragt an:\n\n{enquiry.Message}\n\n"
                    + "Alle Anfragen finden Sie im Weiterbildungsraum unter /anbieter/anfragen.",
            };
            message.ReplyToList.Add(new MailAddress(enquiry.Email));
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException)
        {
            log.LogWarning(e, "Anfrage {EnquiryId}: Mail an den Anbieter nicht versandt.", enquiry.Id);
            return false;
        }
    }
}
