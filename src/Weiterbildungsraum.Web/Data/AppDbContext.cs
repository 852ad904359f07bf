using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Features.Funding;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Network;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Data;

/// <summary>
/// The one DbContext. Each database provider has its own subclass so that each keeps its own
/// migration set (docs/decisions/001-one-migration-set-per-provider.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CompetencyFramework> Frameworks => Set<CompetencyFramework>();
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();
    public DbSet<JobFamily> JobFamilies => Set<JobFamily>();
    public DbSet<Role> JobRoles => Set<Role>();
    public DbSet<Competency> Competencies => Set<Competency>();
    public DbSet<RoleProfileEntry> RoleProfileEntries => Set<RoleProfileEntry>();
    public DbSet<CompanyRole> CompanyRoles => Set<CompanyRole>();
    public DbSet<CompanyRoleEntry> CompanyRoleEntries => Set<CompanyRoleEntry>();
    public DbSet<EscoConcept> EscoConcepts => Set<EscoConcept>();
    public DbSet<EscoRelation> EscoRelations => Set<EscoRelation>();
    public DbSet<EscoImportJob> EscoImportJobs => Set<EscoImportJob>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    public DbSet<CompetencyCheck> CompetencyChecks => Set<CompetencyCheck>();
    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferSession> OfferSessions => Set<OfferSession>();
    public DbSet<OfferCompetency> OfferCompetencies => Set<OfferCompetency>();
    public DbSet<OfferCompetencyRemoval> OfferCompetencyRemovals => Set<OfferCompetencyRemoval>();
    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<FundingProgramme> FundingProgrammes => Set<FundingProgramme>();
    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();
    public DbSet<TrainingPlanItem> TrainingPlanItems => Set<TrainingPlanItem>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();
    public DbSet<CohortInvitation> CohortInvitations => Set<CohortInvitation>();
    public DbSet<CohortStatusChange> CohortStatusChanges => Set<CohortStatusChange>();
    public DbSet<SharedNeed> SharedNeeds => Set<SharedNeed>();
    public DbSet<UnmetDemandCount> UnmetDemand => Set<UnmetDemandCount>();
    public DbSet<PublishedDemandReport> DemandReports => Set<PublishedDemandReport>();

    public DbSet<NetworkEvent> Events => Set<NetworkEvent>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<NewsPost> News => Set<NewsPost>();

    public DbSet<Content.SeededItem> SeededItems => Set<Content.SeededItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PublishedVersionGuard.Check(this);
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await PublishedVersionGuard.CheckAsync(this, cancellationToken);
        StampVersions();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Version = Guid.NewGuid();
    }

    /// <summary>All times are stored as UTC; SQLite forgets the kind, PostgreSQL insists on it.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
