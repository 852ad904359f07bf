namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>
/// Keeps an uploaded file between the dry run and "apply" so it need not be uploaded twice.
/// The ticket is bound to the organisation; files older than a day are removed.
/// </summary>
public static class ImportUploads
{
    private static string Folder => Path.Combine(Path.GetTempPath(), "wbr-import");

    public static async Task<Guid> SaveAsync(int organisationId, string fileName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in new DirectoryInfo(Folder).GetFiles().Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
            try { old.Delete(); } catch (IOException) { }
        var ticket = Guid.NewGuid();
        await File.WriteAllBytesAsync(PathOf(organisationId, ticket), content, ct);
        await File.WriteAllTextAsync(PathOf(organisationId, ticket) + ".name", Path.GetFileName(fileName), ct);
        return ticket;
    }

    public static async Task<(string Name, byte[] Content)?> LoadAsync(int organisationId, Guid ticket, CancellationToken ct)
    {
        var path = PathOf(organisationId, ticket);
        if (!File.Exists(path)) return null;
        return (await File.ReadAllTextAsync(path + ".name", ct), await File.ReadAllBytesAsync(path, ct));
    }

    public static void Delete(int organisationId, Guid ticket)
    {
        File.Delete(PathOf(organisationId, ticket));
        File.Delete(PathOf(organisationId, ticket) + ".name");
    }

    private static string PathOf(int organisationId, Guid ticket) => Path.Combine(Folder, $"{organisationId}-{ticket:N}");
}
