using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

public static class Policies
{
    public const string Learner = "Learner";
    public const string CompanyHR = "CompanyHR";
    public const string Provider = "Provider";
    public const string Coordinator = "Coordinator";
    public const string Admin = "Admin";
    /// <summary>The anonymised regional view: providers and the network coordination.</summary>
    public const string ProviderOrCoordinator = "ProviderOrCoordinator";
    /// <summary>People who speak for an organisation (HR, provider staff, network staff); which organisation is checked per page.</summary>
    public const string OrganisationStaff = "OrganisationStaff";
}

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrors>();

        // Only password reset uses Identity's token providers.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordResetMail.LinkLifetime);
        // A changed password ends the person's other sessions within a minute, not only after the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddSingleton<PasswordResetMail>();
        services.AddSingleton(new PasswordResetLimit(configuration.GetValue("RateLimits:PasswordResetPerHour", 10)));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/anmelden";
            o.LogoutPath = "/abmelden";
            o.AccessDeniedPath = "/zugriff-verweigert";
            o.Cookie.Name = "wbr.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403 instead of redirecting to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Learner, p => p.RequireRole(Roles.Learner, Roles.CompanyHR, Roles.Admin))
            .AddPolicy(Policies.CompanyHR, p => p.RequireRole(Roles.CompanyHR, Roles.Admin))
            .AddPolicy(Policies.Provider, p => p.RequireRole(Roles.Provider, Roles.Admin))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ProviderOrCoordinator, p => p.RequireRole(Roles.Provider, Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.OrganisationStaff, p => p.RequireRole(Roles.CompanyHR, Roles.Provider, Roles.Coordinator, Roles.Admin))
            // Anything not marked otherwise needs a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
