using System.Globalization;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>
/// Confirmation and cancellation mails for event registrations, when mail is configured (Smtp:Host and Smtp:From).
/// The registration never depends on the mail: the confirmation page shows the same link.
/// </summary>
public sealed class EventMail(SmtpMail mail)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public bool Enabled => mail.Enabled;

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

    private Task<bool> SendAsync(string to, string subject, string body, CancellationToken ct) => mail.SendAsync(to, subject, body, ct: ct);
}
