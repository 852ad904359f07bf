using System.Numerics;

namespace Weiterbildungsraum.Tests;

/// <summary>
/// An auditor independent of the radar's own protection: with exact rational arithmetic, whether the published
/// figures (each the count of a set of leaves) determine a hidden one by any linear combination — the sum,
/// difference or any other mix of published cells, however many queries it takes.
/// </summary>
public sealed class ExactDisclosure
{
    private readonly int unknowns;
    private readonly List<BigInteger[]> basis = [];
    private readonly List<int> pivots = [];

    public ExactDisclosure(int unknowns) => this.unknowns = unknowns;

    public void Publish(IEnumerable<int> leaves)
    {
        var row = Vector(leaves);
        Reduce(row);
        var pivot = Array.FindIndex(row, x => !x.IsZero);
        if (pivot < 0) return;
        basis.Add(row);
        pivots.Add(pivot);
    }

    public bool Determines(IEnumerable<int> leaves)
    {
        var row = Vector(leaves);
        Reduce(row);
        return row.All(x => x.IsZero);
    }

    private BigInteger[] Vector(IEnumerable<int> leaves)
    {
        var row = new BigInteger[unknowns];
        foreach (var leaf in leaves) row[leaf] = BigInteger.One;
        return row;
    }

    /// <summary>Fraction-free elimination against the basis: row := row·b[p] − b·row[p].</summary>
    private void Reduce(BigInteger[] row)
    {
        for (var i = 0; i < basis.Count; i++)
        {
            var p = pivots[i];
            if (row[p].IsZero) continue;
            BigInteger factor = row[p], scale = basis[i][p];
            for (var j = 0; j < unknowns; j++) row[j] = row[j] * scale - basis[i][j] * factor;
            var gcd = row.Aggregate(BigInteger.Zero, (g, x) => BigInteger.GreatestCommonDivisor(g, x));
            if (gcd > BigInteger.One)
                for (var j = 0; j < unknowns; j++) row[j] /= gcd;
        }
    }
}
