namespace Weiterbildungsraum.Domain.Matching;

/// <summary>A run of an offer that satisfies every constraint, with its distance.</summary>
public sealed record EligibleRun(CandidateSession Session, double? DistanceKm);

public static class EligibleRuns
{
    /// <summary>The runs of an offer that fit, earliest first (then nearest); empty when the offer itself does not fit.</summary>
    public static List<EligibleRun> Of(CandidateOffer offer, SearchConstraints constraints, DateOnly today)
    {
        var runs = new List<EligibleRun>();
        if (!constraints.Allows(offer)) return runs;
        foreach (var session in offer.Sessions)
            if (constraints.Allows(session, today, out var distance))
                runs.Add(new EligibleRun(session, distance));
        runs.Sort((a, b) =>
        {
            var byDate = a.Session.Start.CompareTo(b.Session.Start);
            return byDate != 0 ? byDate : (a.DistanceKm ?? 0).CompareTo(b.DistanceKm ?? 0);
        });
        return runs;
    }
}
