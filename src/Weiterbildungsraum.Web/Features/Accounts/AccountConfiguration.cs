using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Accounts;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasIndex(o => o.Key).IsUnique();
        b.HasIndex(o => o.Type);
    }
}

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b) => b.HasIndex(m => new { m.OrganisationId, m.UserId, m.Kind }).IsUnique();
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.HasIndex(p => p.Key).IsUnique();
        b.HasIndex(p => p.UserId).IsUnique();
        b.HasOne(p => p.Organisation).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(p => p.User).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b) => b.HasIndex(i => i.TokenHash).IsUnique();
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b) => b.HasIndex(t => t.TokenHash).IsUnique();
}

public sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> b) => b.HasIndex(a => new { a.SubjectPersonId, a.At });
}
