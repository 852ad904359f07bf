using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.Property(c => c.NeedSet).HasMaxLength(1000);
        b.Property(c => c.RejectionReason).HasMaxLength(1000);
        b.HasIndex(c => c.Status);
    }
}

public sealed class CohortInvitationConfiguration : IEntityTypeConfiguration<CohortInvitation>
{
    public void Configure(EntityTypeBuilder<CohortInvitation> b)
    {
        b.HasIndex(i => new { i.CohortId, i.ProviderId }).IsUnique();
        b.HasIndex(i => i.ProviderId);
        b.Property(i => i.MatchReasons).HasMaxLength(2000);
        b.Property(i => i.VenueName).HasMaxLength(200);
        b.Property(i => i.DeclineReason).HasMaxLength(1000);
    }
}

public sealed class CohortStatusChangeConfiguration : IEntityTypeConfiguration<CohortStatusChange>
{
    public void Configure(EntityTypeBuilder<CohortStatusChange> b)
    {
        b.HasIndex(h => new { h.CohortId, h.ChangedAt });
        // Deleting an account keeps the record of what happened, without the link to the person.
        b.HasOne<AppUser>().WithMany().HasForeignKey(h => h.ChangedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.Property(h => h.ChangedBy).HasMaxLength(200);
        b.Property(h => h.Note).HasMaxLength(1000);
    }
}
