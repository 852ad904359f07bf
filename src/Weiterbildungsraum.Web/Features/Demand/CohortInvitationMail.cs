using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record InvitationLetter(string Competency, int TargetLevel, string Venue, DateOnly From, DateOnly To, int Seats, int Organisations);

/// <summary>
/// Tells an invited provider about a group, when Smtp:Host and Smtp:From are configured (as enquiries do). The invitation is
/// on the platform either way; a failing mail server is logged and loses nothing. The mail names no participant.
/// </summary>
public sealed class CohortInvitationMail(IOptions<SmtpOptions> options, ILogger<CohortInvitationMail> log)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host) && !string.IsNullOrWhiteSpace(options.Value.From);

    public async Task<bool> SendAsync(int invitationId, InvitationLetter letter, string to, CancellationToken ct = default)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(to)) return false;
        var o = options.Value;
        try
        {
            using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
            if (!string.IsNullOrEmpty(o.User)) client.Credentials = new NetworkCredential(o.User, o.Password);
            using var message = new MailMessage(o.From!, to)
            {
                Subject = $"Einladung: Weiterbildungsverbund „{letter.Competency}“ in {letter.Venue}",
                Body = $"Die Netzwerk-Koordination lädt Sie ein, für einen Weiterbildungsverbund ein Angebot abzugeben.\n\n"
                    + $"Kompetenz: {letter.Competency}, Zielstufe {letter.TargetLevel}\n"
                    + $"Veranstaltungsort: {letter.Venue}\n"
                    + $"Zeitraum: {letter.From:dd.MM.yyyy} bis {letter.To:dd.MM.yyyy}\n"
                    + $"Gruppe: {letter.Seats} Personen aus {letter.Organisations} Unternehmen\n\n"
                    + "Antworten oder absagen können Sie im Weiterbildungsraum unter /anbieter/verbuende.",
            };
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException)
        {
            log.LogWarning(e, "Einladung {InvitationId}: Mail an den Anbieter nicht versandt.", invitationId);
            return false;
        }
    }
}
