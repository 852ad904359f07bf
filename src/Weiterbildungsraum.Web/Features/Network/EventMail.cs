using System.Globalization;
using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>
/// Confirmation and cancellation mails for event registrations, when Smtp:Host and Smtp:From are configured.
/// The registration never depends on the mail: the confirmation page shows the same link.
/// </summary>
public sealed class EventMail(IOptions<SmtpOptions> options, ILogger<EventMail> log)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host) && !string.IsNullOrWhiteSpace(options.Value.From);

    public Task<bool> SendConfirmationAsync(EventItem e, string name, string to, string registrationUrl, CancellationToken ct) =>
        SendAsync(to, $"Anmeldung bestätigt: {e.Title}",
            $"Guten Tag {name},\n\nSie sind angemeldet für „{e.Title}“ am {When(e)}.\n"
            + (e.IsOnline ? "Online" + (e.OnlineUrl is { } url ? $": {url}" : "") : $"Ort: {e.Place}") + "\n\n"
            + $"Ihre Anmeldung ansehen oder stornieren: {registrationUrl}\n\n"
            + "Ihre Angaben werden nach der Veranstaltung gelöscht (siehe Datenschutz im Weiterbildungsraum).", ct);

    public Task<bool> SendCancellationAsync(EventItem e, string to, CancellationToken ct) =>
        SendAsync(to, $"Abgesagt: {e.Title}",
            $"Guten Tag,\n\ndie Veranstaltung „{e.Title}“ am {When(e)} ist abgesagt.\n"
            + (string.IsNullOrWhiteSpace(e.CancellationNote) ? "" : $"\n{e.CancellationNote}\n")
            + "\nIhre Anmeldung ist damit erledigt; Sie müssen nichts weiter tun.", ct);

    private static string When(EventItem e) => e.LocalStart.ToString("dddd, dd. MMMM yyyy, HH:mm", German) + " Uhr";

    private async Task<bool> SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(to)) return false;
        var o = options.Value;
        try
        {
            using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
            if (!string.IsNullOrEmpty(o.User)) client.Credentials = new NetworkCredential(o.User, o.Password);
            using var message = new MailMessage(o.From!, to) { Subject = subject, Body = body };
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException)
        {
            log.LogWarning(e, "Mail zu einer Veranstaltung nicht versandt ({Subject}).", subject);
            return false;
        }
    }
}
