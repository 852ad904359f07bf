using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The answers of a quick check without an account; they live only in the person's browser.</summary>
public sealed record CheckDraft(string Role, Dictionary<string, int> Ratings, DateTime StartedAt, bool Completed);

/// <summary>
/// Keeps the anonymous draft in a protected, short-lived cookie: nothing reaches the database until
/// the person signs up or signs in (DraftTransfer).
/// </summary>
public sealed class AnonymousDrafts(IDataProtectionProvider protection)
{
    public const string CookieName = "wbr.kompetenzcheck";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Kompetenzcheck.Entwurf").ToTimeLimitedDataProtector();

    public CheckDraft? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            return JsonSerializer.Deserialize<CheckDraft>(protector.Unprotect(value));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, CheckDraft draft) =>
        response.Cookies.Append(CookieName, protector.Protect(JsonSerializer.Serialize(draft), Lifetime), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            MaxAge = Lifetime, Path = "/",
        });

    public static void Clear(HttpResponse response) => response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
}
