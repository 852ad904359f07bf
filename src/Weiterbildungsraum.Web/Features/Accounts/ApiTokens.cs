using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>API tokens of an organisation: shown once, stored only as SHA-256 hash, scoped, expiring, revocable.</summary>
public static class ApiTokens
{
    public const string Prefix = "wbr_";
    public const string ImportScope = "offers:import";
    public static readonly IReadOnlyList<string> KnownScopes = [ImportScope];

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token; the returned secret is the only time it exists in clear text.</summary>
    public static async Task<string> CreateAsync(AppDbContext db, int organisationId, string name, IEnumerable<string> scopes, DateTime expiresAt, DateTime now, CancellationToken ct = default)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = organisationId, Name = name, TokenHash = Hash(secret), Scopes = string.Join(' ', scopes),
            CreatedAt = now, ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>The token behind a secret when it is known, not revoked and not expired.</summary>
    public static Task<ApiToken?> FindValidAsync(AppDbContext db, string secret, DateTime now, CancellationToken ct = default)
    {
        var hash = Hash(secret);
        return db.ApiTokens.AsNoTracking().Include(t => t.Organisation)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now, ct);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
