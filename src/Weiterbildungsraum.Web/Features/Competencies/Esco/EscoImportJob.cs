namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public enum EscoImportState { Queued, Reading, Writing, Completed, Failed }

/// <summary>
/// One upload of ESCO files and how far its import has come. Kept in the database so that every instance
/// behind the load balancer can show the progress, not only the one that received the upload.
/// </summary>
public class EscoImportJob
{
    public int Id { get; set; }
    public EscoImportState State { get; set; }
    public List<string> Files { get; set; } = [];
    public int FilesDone { get; set; }
    public string? CurrentFile { get; set; }
    public long RowsRead { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int RelationsAdded { get; set; }
    /// <summary>German messages naming file and line.</summary>
    public List<string> Errors { get; set; } = [];
    /// <summary>Files of the upload that are not part of the ESCO set and were skipped.</summary>
    public List<string> IgnoredFiles { get; set; } = [];
    public string? StartedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

public sealed class EscoImportJobConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<EscoImportJob>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<EscoImportJob> b)
    {
        b.Property(j => j.CurrentFile).HasMaxLength(260);
        b.Property(j => j.StartedBy).HasMaxLength(256);
        b.HasIndex(j => j.CreatedAt);
    }
}
