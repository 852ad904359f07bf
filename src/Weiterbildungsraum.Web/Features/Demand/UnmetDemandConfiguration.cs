using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed class UnmetDemandCountConfiguration : IEntityTypeConfiguration<UnmetDemandCount>
{
    public void Configure(EntityTypeBuilder<UnmetDemandCount> b)
    {
        b.Property(u => u.CompetencyKey).HasMaxLength(200);
        b.Property(u => u.Town).HasMaxLength(100);
        b.HasIndex(u => new { u.CompetencyKey, u.Level, u.Town, u.Month }).IsUnique();
        b.HasIndex(u => u.Month);
    }
}
