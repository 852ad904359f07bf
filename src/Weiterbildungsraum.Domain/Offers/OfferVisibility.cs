namespace Weiterbildungsraum.Domain.Offers;

/// <summary>
/// Stale courses are the most common complaint about course databases. An offer not updated for 12 months
/// is flagged to its provider (the warning date is recorded); four weeks after the warning, if still not
/// updated, it disappears from the public although it stays published. Any update makes it current again.
/// </summary>
public static class OfferVisibility
{
    public const int StaleAfterMonths = 12;
    public const int HiddenAfterWarningDays = 28;

    /// <summary>Not updated for 12 months (as of <paramref name="today"/>).</summary>
    public static bool IsStale(DateOnly updatedOn, DateOnly today) => updatedOn <= today.AddMonths(-StaleAfterMonths);

    /// <summary>A warning is due when the offer is stale and no warning was given since its last update.</summary>
    public static bool NeedsWarning(DateTime updatedAt, DateTime? warnedAt, DateOnly today) =>
        IsStale(DateOnly.FromDateTime(updatedAt), today) && (warnedAt is null || warnedAt < updatedAt);

    /// <summary>The date from which a warned, still stale offer is hidden; null when it is not going to be hidden.</summary>
    public static DateOnly? HiddenFrom(DateTime updatedAt, DateTime? warnedAt)
    {
        if (warnedAt is null || warnedAt < updatedAt) return null;
        return DateOnly.FromDateTime(warnedAt.Value).AddDays(HiddenAfterWarningDays);
    }

    /// <summary>The rule the public search and offer pages use.</summary>
    public static bool IsPublic(bool published, DateTime updatedAt, DateTime? warnedAt, DateOnly today) =>
        published && !(HiddenFrom(updatedAt, warnedAt) is { } hidden && today >= hidden);
}
