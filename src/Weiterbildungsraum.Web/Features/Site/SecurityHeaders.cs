namespace Weiterbildungsraum.Web.Features.Site;

public static class SecurityHeaders
{
    /// <summary>The usual headers; pages use no inline script, so the policy can stay strict.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // The API reference page runs its own bundled script; everything else gets the strict policy.
        if (!ctx.Request.Path.StartsWithSegments("/api-referenz"))
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        await next();
    });
}
