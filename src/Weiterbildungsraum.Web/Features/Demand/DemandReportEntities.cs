using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>A quarterly demand report as the coordination published it: a fixed copy, one per quarter and horizon.</summary>
public class PublishedDemandReport
{
    public int Id { get; set; }
    /// <summary>e.g. "2026-Q4".</summary>
    public required string Quarter { get; set; }
    /// <summary>"now" or "future".</summary>
    public required string Horizon { get; set; }
    public DateTime PublishedAt { get; set; }
    /// <summary><see cref="DemandReportContent"/> as JSON.</summary>
    public required string Content { get; set; }
}

public sealed class PublishedDemandReportConfiguration : IEntityTypeConfiguration<PublishedDemandReport>
{
    public void Configure(EntityTypeBuilder<PublishedDemandReport> b)
    {
        b.Property(r => r.Quarter).HasMaxLength(10);
        b.Property(r => r.Horizon).HasMaxLength(10);
        b.HasIndex(r => new { r.Quarter, r.Horizon }).IsUnique();
    }
}
