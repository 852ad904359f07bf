using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Weiterbildungsraum.Web.Features.Shared;

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
/// Mail through the configured server (Smtp:Host and Smtp:From). Without them nothing is sent; a failing server
/// is logged and reported as not sent, never thrown at the person who triggered the mail.
/// </summary>
public sealed class SmtpMail(IOptions<SmtpOptions> options, ILogger<SmtpMail> log)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host) && !string.IsNullOrWhiteSpace(options.Value.From);

    public async Task<bool> SendAsync(string to, string subject, string body, string? replyTo = null, CancellationToken ct = default)
    {
        if (!Enabled || string.IsNullOrWhiteSpace(to)) return false;
        var o = options.Value;
        try
        {
            using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
            if (!string.IsNullOrEmpty(o.User)) client.Credentials = new NetworkCredential(o.User, o.Password);
            using var message = new MailMessage(o.From!, to) { Subject = subject, Body = body };
            if (!string.IsNullOrWhiteSpace(replyTo)) message.ReplyToList.Add(new MailAddress(replyTo));
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException or IOException)
        {
            log.LogWarning(e, "Mail „{Subject}“ nicht versandt.", subject);
            return false;
        }
    }
}

public static class SmtpMailSetup
{
    public static IServiceCollection AddSmtpMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<SmtpMail>();
        return services;
    }
}
