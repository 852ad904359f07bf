using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed class TrainingPlanItemConfiguration : IEntityTypeConfiguration<TrainingPlanItem>
{
    public void Configure(EntityTypeBuilder<TrainingPlanItem> b)
    {
        b.Property(i => i.Cost).HasPrecision(10, 2);
        b.Property(i => i.CostAfterFunding).HasPrecision(10, 2);
        b.HasOne(i => i.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
