using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers;

/// <summary>Two offers of one provider with the same title, the same first start date and the same place are likely the same offer entered twice.</summary>
public static class LikelyDuplicates
{
    public sealed record Key(string Title, DateOnly FirstStart, string Place);

    public static Key? KeyOf(string title, IEnumerable<(DateOnly Start, string Town, string Venue, SessionFormat Format)> sessions)
    {
        var first = sessions.OrderBy(s => s.Start).Select(s => ((DateOnly, string, string, SessionFormat)?)s).FirstOrDefault();
        if (first is not { } f || title.Trim().Length == 0) return null;
        var place = f.Item4 == SessionFormat.Online ? "online" : GermanText.Fold(f.Item2.Length > 0 ? f.Item2 : f.Item3);
        return new Key(string.Join(' ', GermanText.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)), f.Item1, place);
    }

    public static Key? KeyOf(OfferRecord offer) =>
        KeyOf(offer.Title, offer.Sessions.Select(s => (s.StartDate, s.Town, s.VenueName, s.Format)));
}
