using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Funding;

public sealed class FundingProgrammeConfiguration : IEntityTypeConfiguration<FundingProgramme>
{
    public void Configure(EntityTypeBuilder<FundingProgramme> b) => b.HasIndex(p => new { p.Key, p.ValidFrom }).IsUnique();
}
