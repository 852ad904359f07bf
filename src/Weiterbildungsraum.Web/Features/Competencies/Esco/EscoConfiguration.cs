using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public sealed class EscoConceptConfiguration : IEntityTypeConfiguration<EscoConcept>
{
    public void Configure(EntityTypeBuilder<EscoConcept> b)
    {
        b.HasKey(c => c.Uri);
        b.Property(c => c.Uri).HasMaxLength(200);
        b.HasIndex(c => new { c.Kind, c.PreferredLabel });
    }
}

public sealed class EscoRelationConfiguration : IEntityTypeConfiguration<EscoRelation>
{
    public void Configure(EntityTypeBuilder<EscoRelation> b)
    {
        b.HasIndex(r => new { r.FromUri, r.ToUri, r.Type }).IsUnique();
        b.HasIndex(r => r.ToUri);
    }
}
