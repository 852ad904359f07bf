using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed class CompetencyFrameworkConfiguration : IEntityTypeConfiguration<CompetencyFramework>
{
    public void Configure(EntityTypeBuilder<CompetencyFramework> b) => b.HasIndex(f => f.Key).IsUnique();
}

public sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> b) => b.HasIndex(v => new { v.FrameworkId, v.Number }).IsUnique();
}

public sealed class JobFamilyConfiguration : IEntityTypeConfiguration<JobFamily>
{
    public void Configure(EntityTypeBuilder<JobFamily> b)
    {
        b.HasIndex(f => new { f.VersionId, f.Key }).IsUnique();
        b.HasOne(f => f.FrameworkVersion).WithMany(v => v.Families).HasForeignKey(f => f.VersionId);
    }
}

public sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b) => b.HasIndex(r => new { r.FamilyId, r.Key }).IsUnique();
}

public sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> b)
    {
        b.HasIndex(c => new { c.VersionId, c.Key }).IsUnique();
        b.HasOne(c => c.FrameworkVersion).WithMany(v => v.Competencies).HasForeignKey(c => c.VersionId);
    }
}

public sealed class RoleProfileEntryConfiguration : IEntityTypeConfiguration<RoleProfileEntry>
{
    public void Configure(EntityTypeBuilder<RoleProfileEntry> b)
    {
        b.HasIndex(e => new { e.RoleId, e.CompetencyId }).IsUnique();
        b.HasOne(e => e.Competency).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CompanyRoleConfiguration : IEntityTypeConfiguration<CompanyRole>
{
    public void Configure(EntityTypeBuilder<CompanyRole> b)
    {
        b.HasOne(r => r.SourceRole).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => r.OrganisationId);
    }
}

public sealed class CompanyRoleEntryConfiguration : IEntityTypeConfiguration<CompanyRoleEntry>
{
    public void Configure(EntityTypeBuilder<CompanyRoleEntry> b) => b.HasIndex(e => new { e.CompanyRoleId, e.CompetencyKey }).IsUnique();
}
