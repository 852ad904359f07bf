namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>
/// What a candidate link is judged by: its BM25F score; its lead, the score over the best other candidate's (below 1 for
/// all but the best); and how much of the competency's name and of its most telling terms
/// (<see cref="LinkConfidence.SignatureTerms"/>) the offer holds.
/// </summary>
internal readonly record struct LinkFeatures(double Score, double Lead, double NameCoverage, double Signature);

/// <summary>
/// Turns a candidate's features into the probability that a curator would make the link: a logistic regression fitted on
/// the tuning set and the first held-out set of labelled offers (bench: "zuordnung kalibrieren" prints these weights), so
/// that <see cref="CompetencyLinker.LinkThreshold"/> of 0.5 means "more likely right than wrong".
/// </summary>
internal static class LinkConfidence
{
    public const int SignatureTerms = 12;
    // A lead of ten is as clear as it gets.
    private const double MaxLead = 10;
    // Intercept, then one weight per input of Inputs.
    private static readonly double[] Weights = [-4.386, 0.369, 1.883, 1.880, 13.262];

    public static double Of(LinkFeatures f)
    {
        var inputs = Inputs(f);
        var z = Weights[0];
        for (var i = 0; i < inputs.Length; i++) z += Weights[i + 1] * inputs[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The inputs of the regression, in the order of its weights after the intercept.</summary>
    public static double[] Inputs(LinkFeatures f) => [Math.Log(f.Score), Math.Log(Math.Min(f.Lead, MaxLead)), f.NameCoverage, f.Signature];
}
