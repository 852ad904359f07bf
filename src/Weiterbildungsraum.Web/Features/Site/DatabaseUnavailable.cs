using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Weiterbildungsraum.Web.Features.Site;

/// <summary>
/// A database that is restarting or unreachable is a temporary state: 503 with Retry-After instead of a 500, and
/// for the API problem details instead of the German error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!http.Request.Path.StartsWithSegments("/api")) return false;
        var unavailable = DatabaseUnavailable.Is(exception);
        http.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (unavailable) http.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = unavailable ? "Vorübergehend nicht erreichbar" : "Interner Fehler",
                Detail = unavailable
                    ? "Die Datenbank ist gerade nicht erreichbar. Bitte in einer Minute erneut versuchen."
                    : "Die Anfrage konnte nicht bearbeitet werden. Der Fehler wurde protokolliert.",
            },
        });
    }
}

public static class DatabaseUnavailable
{
    public const string RetryAfterSeconds = "30";

    /// <summary>Whether the exception, or one inside it, says the database could not be reached or went away.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException or TimeoutException or SocketException or EndOfStreamException:
                case Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" } or Npgsql.NpgsqlException { IsTransient: true }:
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is)) return true;
        }
        return false;
    }
}
