using System.Security.Cryptography;
using System.Text;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Invitation links: the token travels in the link once; only its hash is stored.</summary>
public static class InvitationTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
