using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Domain.Tests.Offers.Linking;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// "zuordnung kalibrieren": fits the logistic regression behind <see cref="LinkConfidence"/> on the labelled offers the
/// linker may learn from (every candidate of every offer, labelled by whether the curator links it), prints the weights to
/// put into LinkConfidence, and the precision and recall of a five-fold cross-validation by offer.
/// </summary>
public static class LinkingCalibration
{
    private const double Ridge = 0.01;

    public static void Run(IReadOnlyList<string> sets)
    {
        var linker = new CompetencyLinker(LinkingSet.Model());
        var offers = sets.SelectMany(LinkingSet.Offers).ToList();
        var data = offers.Select(o => (Offer: o, Candidates: linker.Candidates(o.Text).Select(c => (c.Key, Inputs: LinkConfidence.Inputs(c.Features))).ToList())).ToList();
        int right = 0, wrong = 0, missed = 0;
        for (var fold = 0; fold < 5; fold++)
        {
            var weights = Fit(data.Where((_, i) => i % 5 != fold).SelectMany(Examples).ToList());
            foreach (var (offer, candidates) in data.Where((_, i) => i % 5 == fold))
            {
                var expected = offer.Links ?? [];
                var linked = candidates.Where(c => Probability(weights, c.Inputs) >= CompetencyLinker.LinkThreshold).Select(c => c.Key).ToList();
                var found = linked.Count(expected.Contains);
                right += found;
                wrong += linked.Count - found;
                missed += expected.Count - found;
            }
        }
        var all = Fit(data.SelectMany(Examples).ToList());
        Console.WriteLine($"{offers.Count} Angebote aus {string.Join(", ", sets)}, {data.Sum(d => d.Candidates.Count)} Kandidaten");
        Console.WriteLine($"Kreuzvalidierung (5-fach nach Angebot): Präzision {(double)right / (right + wrong):P1}, Trefferquote {(double)right / (right + missed):P1}");
        Console.WriteLine($"Gewichte für LinkConfidence: [{string.Join(", ", all.Select(w => w.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}]");
    }

    private static IEnumerable<(double[] Inputs, double Linked)> Examples((LabelledOffer Offer, List<(string Key, double[] Inputs)> Candidates) d) =>
        d.Candidates.Select(c => (c.Inputs, (d.Offer.Links ?? []).Contains(c.Key) ? 1.0 : 0.0));

    private static double Probability(double[] weights, double[] inputs)
    {
        var z = weights[0];
        for (var i = 0; i < inputs.Length; i++) z += weights[i + 1] * inputs[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Newton's method on the log-likelihood with a small ridge, which converges in a few steps for so few weights.</summary>
    private static double[] Fit(List<(double[] Inputs, double Linked)> examples)
    {
        var n = examples[0].Inputs.Length + 1;
        var weights = new double[n];
        for (var step = 0; step < 50; step++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (inputs, linked) in examples)
            {
                var x = new double[n];
                x[0] = 1;
                inputs.CopyTo(x, 1);
                var p = Probability(weights, inputs);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += (p - linked) * x[i];
                    for (var j = 0; j < n; j++) hessian[i, j] += p * (1 - p) * x[i] * x[j];
                }
            }
            for (var i = 0; i < n; i++)
            {
                gradient[i] += Ridge * weights[i];
                hessian[i, i] += Ridge;
            }
            var change = Solve(hessian, gradient);
            for (var i = 0; i < n; i++) weights[i] -= change[i];
        }
        return weights;
    }

    /// <summary>Gauss–Jordan elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = a[i, j];
            m[i, n] = b[i];
        }
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            for (var j = 0; j <= n; j++) (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = m[r, c] / m[c, c];
                for (var j = 0; j <= n; j++) m[r, j] -= f * m[c, j];
            }
        }
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = m[i, n] / m[i, i];
        return x;
    }
}
