using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Assessments;

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.HasIndex(a => new { a.PersonId, a.CompetencyKey, a.AssessedAt });
        b.HasOne(a => a.Check).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class CompetencyCheckConfiguration : IEntityTypeConfiguration<CompetencyCheck>
{
    public void Configure(EntityTypeBuilder<CompetencyCheck> b) => b.HasIndex(c => new { c.PersonId, c.StartedAt });
}
