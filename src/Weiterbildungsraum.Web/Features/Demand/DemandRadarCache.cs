using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record DemandSnapshot(DemandRadar Radar, DemandTrend Trend, DemandCatalog Catalog, DateTime BuiltAt);

/// <summary>
/// The radar is materialised: built from the database at most once per lifetime and then only read,
/// because its suppression is decided for the whole lattice at once anyway.
/// </summary>
public sealed class DemandRadarCache(TimeSpan lifetime)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private DemandSnapshot? current;

    public async Task<DemandSnapshot> GetAsync(AppDbContext db, AnonymityRule rule, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        if (current is { } fresh && now - fresh.BuiltAt < lifetime) return fresh;
        await gate.WaitAsync(ct);
        try
        {
            if (current is { } built && now - built.BuiltAt < lifetime) return built;
            var input = await DemandInputQuery.LoadAsync(db, DateOnly.FromDateTime(LocalTime.FromUtc(now)), ct);
            current = new DemandSnapshot(DemandRadar.Build(input.Levels, input.Supply, rule), DemandTrend.Build(input.QuarterGaps, input.Quarters, rule), input.Catalog, now);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }
}
