using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>The mail with the link to /passwort-zuruecksetzen; the link carries Identity's reset token.</summary>
public sealed class PasswordResetMail(SmtpMail mail, IConfiguration configuration, ILogger<PasswordResetMail> log)
{
    /// <summary>How long a link works; Identity's reset tokens carry their creation time.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    public bool Enabled => mail.Enabled;

    /// <summary>
    /// The link starts with Site:PublicUrl when it is set: a mail must not follow a Host header the requester chose,
    /// or the token could be sent to a foreign site.
    /// </summary>
    public string Link(HttpRequest request, string userId, string token)
    {
        var root = configuration["Site:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
        return $"{root}/passwort-zuruecksetzen?konto={Uri.EscapeDataString(userId)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
    }

    /// <summary>Sends in the background, so that the answer takes as long whether an account exists or not.</summary>
    public void Send(string to, string link) => _ = Task.Run(async () =>
    {
        try
        {
            await mail.SendAsync(to, "Passwort zurücksetzen – Weiterbildungsraum",
                "Guten Tag,\n\nfür Ihr Konto im Weiterbildungsraum wurde ein neues Passwort angefordert. "
                + $"Über diesen Link legen Sie es fest (er gilt {LinkLifetime.TotalHours:0} Stunden und nur einmal):\n\n{link}\n\n"
                + "Haben Sie das nicht angefordert, können Sie diese Mail löschen; Ihr Passwort bleibt dann unverändert.\n");
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Mail zum Zurücksetzen des Passworts nicht versandt.");
        }
    });
}
