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
    }
}
