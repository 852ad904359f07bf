using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class OfferVisibilityTests
{
    private static readonly DateOnly Today = new(2027, 6, 15);
    private static DateTime At(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_offer_updated_within_twelve_months_is_public_and_needs_no_warning()
    {
        Assert.True(OfferVisibility.IsPublic(true, At(2026, 6, 16), null, Today));
        Assert.False(OfferVisibility.NeedsWarning(At(2026, 6, 16), null, Today));
    }

    [Fact]
    public void Twelve_months_without_update_need_a_warning_once()
    {
        Assert.True(OfferVisibility.NeedsWarning(At(2026, 6, 15), null, Today));
        Assert.False(OfferVisibility.NeedsWarning(At(2026, 6, 15), At(2027, 6, 15), Today));
    }

    [Fact]
    public void Four_weeks_after_the_warning_the_offer_is_hidden_though_still_published()
    {
        var updated = At(2026, 1, 10);
        var warned = At(2027, 5, 18);
        Assert.Equal(new DateOnly(2027, 6, 15), OfferVisibility.HiddenFrom(updated, warned));
        Assert.True(OfferVisibility.IsPublic(true, updated, warned, Today.AddDays(-1)));
        Assert.False(OfferVisibility.IsPublic(true, updated, warned, Today));
    }

    [Fact]
    public void An_update_after_the_warning_makes_it_public_again_and_drafts_are_never_public()
    {
        Assert.True(OfferVisibility.IsPublic(true, At(2027, 6, 1), At(2027, 5, 1), Today));
        Assert.Null(OfferVisibility.HiddenFrom(At(2027, 6, 1), At(2027, 5, 1)));
        Assert.False(OfferVisibility.IsPublic(false, At(2027, 6, 1), null, Today));
    }
}
