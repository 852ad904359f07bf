using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// When a person signs up or signs in with a quick check in the browser, the answers move into the account
/// as a saved check with self-assessments; the cookie is then removed.
/// </summary>
public static class DraftTransfer
{
    public static IServiceCollection AddKompetenzcheck(this IServiceCollection services)
    {
        services.AddSingleton<AnonymousDrafts>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async ctx =>
            {
                await previous(ctx);
                if (ctx.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                    await MoveAsync(ctx.HttpContext, userId);
            };
        });
        return services;
    }

    public static async Task MoveAsync(HttpContext http, string userId)
    {
        var drafts = http.RequestServices.GetRequiredService<AnonymousDrafts>();
        if (drafts.Read(http.Request) is not { } draft) return;
        AnonymousDrafts.Clear(http.Response);
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        if (draft.Ratings.Count == 0 || await CheckProfiles.LoadAsync(db, draft.Role, http.RequestAborted) is not { CompanyRoleId: null } profile) return;
        var person = await SavedChecks.EnsurePersonAsync(db, userId, http.RequestAborted);
        var known = profile.Competencies.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var ratings = draft.Ratings.Where(r => known.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value);
        await SavedChecks.SaveAsync(db, person, profile, ratings, userId, DateTime.UtcNow, draft.Completed, http.RequestAborted);
    }
}
