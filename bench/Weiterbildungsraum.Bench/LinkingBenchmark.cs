using BenchmarkDotNet.Attributes;
using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Domain.Tests.Offers.Linking;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Linking one offer to the 132 competencies of the current model with their ESCO labels: a typical offer of the labelled set
/// (a Teilqualifizierung in the warehouse, about 800 characters with teaches and keywords), a short one, and building the linker.
/// </summary>
[MemoryDiagnoser]
// In process: the generated project of the default toolchain cannot build the web host it references.
[InProcess]
[WarmupCount(3)]
[IterationCount(20)]
// On a shared machine the minimum and median say more than the mean, which other processes' time slices inflate.
[MinColumn, MedianColumn]
public class LinkingBenchmark
{
    private CompetencyLinker linker = null!;
    private IReadOnlyList<Domain.Offers.CompetencyText> model = [];
    private OfferText typical = null!, brief = null!;

    [GlobalSetup]
    public void Setup()
    {
        model = LinkingSet.Model();
        linker = new CompetencyLinker(model);
        var offers = LinkingSet.Offers(LinkingSet.Tuning);
        typical = offers.Single(o => o.Id == "tq-fachlagerist-modul1").Text;
        brief = offers.Single(o => o.Id == "esd-unterweisung").Text;
    }

    [Benchmark(Description = "Link: Teilqualifizierung Fachlagerist (typisch)")]
    public IReadOnlyList<CompetencyLink> Link_typical_offer() => linker.Link(typical);

    [Benchmark(Description = "Link: ESD-Schulung (kurz)")]
    public IReadOnlyList<CompetencyLink> Link_short_offer() => linker.Link(brief);

    [Benchmark(Description = "Rank (8 Vorschläge mit Belegen): Teilqualifizierung Fachlagerist")]
    public IReadOnlyList<CompetencyLink> Rank_typical_offer() => linker.Rank(typical);

    [Benchmark(Description = "Linker bauen (132 Kompetenzen, ESCO-Bezeichnungen)")]
    public CompetencyLinker Build() => new(model);
}
