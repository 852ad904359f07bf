using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

/// <summary>Uploads waiting for import on this instance (the files lie in this instance's upload folder).</summary>
public sealed class EscoImportQueue
{
    private readonly Channel<(int JobId, string Folder)> channel = Channel.CreateUnbounded<(int, string)>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(int jobId, string folder, CancellationToken ct) => channel.Writer.WriteAsync((jobId, folder), ct);

    public IAsyncEnumerable<(int JobId, string Folder)> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}

/// <summary>
/// Imports one upload after the other in the background and writes the progress to the job row,
/// at most twice a second while reading and not at all inside the write transaction (SQLite allows one writer).
/// </summary>
public sealed partial class EscoImportWorker(EscoImportQueue queue, IServiceScopeFactory scopes, ILogger<EscoImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (jobId, folder) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(jobId, folder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await FinishAsync(jobId, j => Fail(j, "Der Server wurde beendet, bevor der Import fertig war. Bitte laden Sie die Dateien erneut hoch."), CancellationToken.None);
                throw;
            }
            catch (Exception e)
            {
                LogFailed(logger, e, jobId);
                await FinishAsync(jobId, j => Fail(j, $"Der Import ist beim Speichern gescheitert ({e.GetType().Name}). Es wurde nichts übernommen; Einzelheiten stehen im Server-Protokoll."), CancellationToken.None);
            }
            finally
            {
                EscoUploads.Delete(folder);
            }
        }
    }

    private async Task RunAsync(int jobId, string folder, CancellationToken ct)
    {
        EscoReadProgress latest = new(null, 0, 0, 0);
        var reading = Task.Run(() => EscoCsvReader.ReadFolder(folder, p => Volatile.Write(ref latest, p)), ct);
        while (!reading.IsCompleted)
        {
            await Task.WhenAny(reading, Task.Delay(FlushEvery, ct));
            var snapshot = Volatile.Read(ref latest);
            await UpdateAsync(jobId, j =>
            {
                j.State = EscoImportState.Reading;
                j.FilesDone = snapshot.FilesDone;
                j.CurrentFile = snapshot.File;
                j.RowsRead = snapshot.Rows;
            }, ct);
        }
        EscoData data;
        try
        {
            data = await reading;
        }
        catch (EscoImportException e)
        {
            await FinishAsync(jobId, j => Fail(j, e.Message.Replace($"Im Ordner „{folder}“", "Unter den hochgeladenen Dateien", StringComparison.Ordinal)), ct);
            return;
        }
        if (data.ProblemCount > 0)
        {
            await FinishAsync(jobId, j =>
            {
                Fail(j, data.Problems.ToArray());
                if (data.ProblemCount > data.Problems.Count) j.Errors.Add($"… und {data.ProblemCount - data.Problems.Count} weitere. Es wurde nichts übernommen.");
                else j.Errors.Add("Es wurde nichts übernommen.");
                j.IgnoredFiles = data.IgnoredFiles;
            }, ct);
            return;
        }
        await UpdateAsync(jobId, j =>
        {
            j.State = EscoImportState.Writing;
            j.FilesDone = j.Files.Count;
            j.CurrentFile = null;
            j.RowsRead = data.Rows;
            j.IgnoredFiles = data.IgnoredFiles;
        }, ct);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var result = await EscoImporter.ImportAsync(db, data, ct: ct);
        await FinishAsync(jobId, j =>
        {
            j.State = EscoImportState.Completed;
            (j.Added, j.Updated, j.Unchanged, j.RelationsAdded) = (result.Added, result.Updated, result.Unchanged, result.RelationsAdded);
        }, ct);
    }

    private static void Fail(EscoImportJob job, params string[] errors)
    {
        job.State = EscoImportState.Failed;
        job.Errors = [.. errors];
    }

    private Task FinishAsync(int jobId, Action<EscoImportJob> change, CancellationToken ct) =>
        UpdateAsync(jobId, j =>
        {
            change(j);
            j.CurrentFile = null;
            j.FinishedAt = DateTime.UtcNow;
        }, ct);

    private async Task UpdateAsync(int jobId, Action<EscoImportJob> change, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.EscoImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, ct) is not { } job) return;
        change(job);
        job.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ESCO-Import {JobId} gescheitert")]
    private static partial void LogFailed(ILogger logger, Exception exception, int jobId);
}

public static class EscoImportSetup
{
    public static IServiceCollection AddEscoImport(this IServiceCollection services)
    {
        services.AddSingleton<EscoImportQueue>();
        services.AddHostedService<EscoImportWorker>();
        return services;
    }
}
