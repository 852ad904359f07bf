using System.IO.Compression;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

/// <summary>
/// Puts uploaded ESCO files (CSV files, or ZIP archives of them) into a fresh folder for the importer.
/// The German ESCO 1.2 CSV set is about 100 MB; the limits leave room for it and refuse archives that unpack to far more.
/// </summary>
public static class EscoUploads
{
    public const long MaxUploadBytes = 256L * 1024 * 1024;
    public const long MaxUnpackedBytes = 1024L * 1024 * 1024;
    public const int MaxFiles = 100;

    public static string Root(IConfiguration configuration) =>
        configuration["Esco:UploadPath"] is { Length: > 0 } path ? path : Path.Combine(Path.GetTempPath(), "wbr-esco-upload");

    /// <summary>The folder with the CSV files and their names, or the problems (German, naming the file) and no folder.</summary>
    public static async Task<(string? Folder, List<string> Files, List<string> Errors)> SaveAsync(string root, IReadOnlyList<IFormFile> uploads, CancellationToken ct)
    {
        var folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var errors = new List<string>();
        long unpacked = 0;
        foreach (var upload in uploads.Where(u => u.Length > 0))
        {
            var name = Path.GetFileName(upload.FileName);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension == ".csv")
            {
                await using var source = upload.OpenReadStream();
                unpacked += await CopyAsync(source, folder, name, files, errors, long.MaxValue, ct);
            }
            else if (extension == ".zip")
            {
                try
                {
                    await using var stream = upload.OpenReadStream();
                    await using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
                    foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
                    {
                        if (!entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
                        if (files.Count >= MaxFiles) { errors.Add($"„{name}“: mehr als {MaxFiles} CSV-Dateien."); break; }
                        await using var content = entry.Open();
                        unpacked += await CopyAsync(content, folder, entry.Name, files, errors, MaxUnpackedBytes - unpacked, ct);
                        if (unpacked > MaxUnpackedBytes)
                        {
                            errors.Add($"„{name}“: Das Archiv entpackt sich zu mehr als {MaxUnpackedBytes / 1024 / 1024} MB.");
                            break;
                        }
                    }
                }
                // Too short or damaged archives surface as one of these, depending on where the reader gives up.
                catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or EndOfStreamException)
                {
                    errors.Add($"„{name}“ ist kein lesbares ZIP-Archiv.");
                }
            }
            else errors.Add($"„{name}“: Bitte nur CSV-Dateien des ESCO-Satzes oder ein ZIP-Archiv davon hochladen.");
        }
        if (errors.Count == 0 && files.Count == 0) errors.Add("Bitte wählen Sie mindestens eine ESCO-CSV-Datei oder ein ZIP-Archiv aus.");
        if (errors.Count > 0)
        {
            Delete(folder);
            return (null, files, errors);
        }
        return (folder, files, errors);
    }

    public static void Delete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Copies at most <paramref name="budget"/> bytes; returns the bytes written (more than the budget means: too big).</summary>
    private static async Task<long> CopyAsync(Stream source, string folder, string name, List<string> files, List<string> errors, long budget, CancellationToken ct)
    {
        if (files.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"„{name}“ ist mehrfach dabei; bitte jede Datei nur einmal hochladen.");
            return 0;
        }
        files.Add(name);
        await using var target = File.Create(Path.Combine(folder, name));
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            written += read;
            if (written > budget) return written;
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return written;
    }
}
