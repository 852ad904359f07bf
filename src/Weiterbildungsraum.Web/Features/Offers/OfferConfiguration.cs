using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Offers;

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.HasIndex(o => new { o.ProviderId, o.ExternalId }).IsUnique();
        b.HasIndex(o => o.UpdatedAt);
        b.Property(o => o.Price).HasPrecision(10, 2);
    }
}

public sealed class OfferSessionConfiguration : IEntityTypeConfiguration<OfferSession>
{
    public void Configure(EntityTypeBuilder<OfferSession> b) => b.HasIndex(s => new { s.OfferId, s.StartDate });
}

public sealed class OfferCompetencyConfiguration : IEntityTypeConfiguration<OfferCompetency>
{
    public void Configure(EntityTypeBuilder<OfferCompetency> b)
    {
        b.HasIndex(c => new { c.OfferId, c.CompetencyKey }).IsUnique();
        b.HasIndex(c => c.CompetencyKey);
        b.HasIndex(c => new { c.Source, c.OfferId });
    }
}

public sealed class OfferCompetencyRemovalConfiguration : IEntityTypeConfiguration<OfferCompetencyRemoval>
{
    public void Configure(EntityTypeBuilder<OfferCompetencyRemoval> b) => b.HasIndex(r => new { r.OfferId, r.CompetencyKey }).IsUnique();
}

public sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> b) => b.HasIndex(e => new { e.OfferId, e.CreatedAt });
}
