using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record InvitationLetter(string Competency, int TargetLevel, string Venue, DateOnly From, DateOnly To, int Seats, int Organisations);

/// <summary>
/// Tells an invited provider about a group, when mail is configured (as enquiries do). The invitation is on the platform
/// either way; a failing mail server loses nothing. The mail names no participant.
/// </summary>
public sealed class CohortInvitationMail(SmtpMail mail, ILogger<CohortInvitationMail> log)
{
    public bool Enabled => mail.Enabled;

    public async Task<bool> SendAsync(int invitationId, InvitationLetter letter, string to, CancellationToken ct = default)
    {
        var sent = await mail.SendAsync(to,
            $"Einladung: Weiterbildungsverbund „{letter.Competency}“ in {letter.Venue}",
            "Die Netzwerk-Koordination lädt Sie ein, für einen Weiterbildungsverbund ein Angebot abzugeben.\n\n"
                + $"Kompetenz: {letter.Competency}, Zielstufe {letter.TargetLevel}\n"
                + $"Veranstaltungsort: {letter.Venue}\n"
                + $"Zeitraum: {letter.From:dd.MM.yyyy} bis {letter.To:dd.MM.yyyy}\n"
                + $"Gruppe: {letter.Seats} Personen aus {letter.Organisations} Unternehmen\n\n"
                + "Antworten oder absagen können Sie im Weiterbildungsraum unter /anbieter/verbuende.",
            ct: ct);
        if (!sent && mail.Enabled && !string.IsNullOrWhiteSpace(to)) log.LogWarning("Einladung {InvitationId}: Mail an den Anbieter nicht versandt.", invitationId);
        return sent;
    }
}
