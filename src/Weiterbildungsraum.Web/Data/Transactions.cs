using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Data;

public static class Transactions
{
    /// <summary>
    /// Runs the work in one transaction under the provider's execution strategy, so that PostgreSQL's
    /// retry on transient faults repeats the whole unit and nothing is half-written.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await tx.CommitAsync(token);
            return result;
        }, ct);
}
