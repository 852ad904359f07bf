using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> b)
    {
        b.HasIndex(e => e.Key).IsUnique();
        b.HasIndex(e => e.StartsAt);
        b.HasOne(e => e.Organiser).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.Property(e => e.OnlineUrl).HasMaxLength(500);
        b.Property(e => e.CancellationNote).HasMaxLength(1000);
    }
}

public sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> b)
    {
        b.HasIndex(r => r.TokenHash).IsUnique();
        b.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        b.HasIndex(r => r.UserId);
        b.HasOne(r => r.Event).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.User).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Name).HasMaxLength(120);
        b.Property(r => r.Email).HasMaxLength(200);
        b.Property(r => r.OrganisationName).HasMaxLength(200);
    }
}

public sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> b)
    {
        b.HasIndex(c => new { c.OrganisationId, c.UserId }).IsUnique();
        b.HasIndex(c => c.UserId);
        b.HasOne(c => c.Organisation).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.User).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.Function).HasMaxLength(120);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(40);
    }
}
