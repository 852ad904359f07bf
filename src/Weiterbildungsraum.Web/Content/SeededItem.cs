using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weiterbildungsraum.Web.Content;

/// <summary>
/// A demo item the seeder created once. The record outlives the item: what users deleted (a demo account,
/// an employee who left) is not created again on the next start.
/// </summary>
public class SeededItem
{
    public required string Kind { get; set; }
    /// <summary>The item's key in the content files (for offers "provider/offer", for accounts the demo e-mail address).</summary>
    public required string Key { get; set; }
    public DateTime SeededAt { get; set; }
}

public static class SeededKinds
{
    public const string Organisation = "Organisation";
    public const string Offer = "Offer";
    public const string Person = "Person";
    public const string Event = "Event";
    public const string User = "User";
}

public sealed class SeededItemConfiguration : IEntityTypeConfiguration<SeededItem>
{
    public void Configure(EntityTypeBuilder<SeededItem> b)
    {
        b.HasKey(s => new { s.Kind, s.Key });
        b.Property(s => s.Kind).HasMaxLength(40);
        b.Property(s => s.Key).HasMaxLength(300);
    }
}
