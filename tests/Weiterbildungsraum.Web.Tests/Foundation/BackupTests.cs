using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Weiterbildungsraum.Web.Tests.Offers;

namespace Weiterbildungsraum.Web.Tests.Foundation;

/// <summary>The backup commands of docs/operations.md, run as written, and a platform started on what they restore.</summary>
public class BackupTests
{
    [Fact]
    public async Task A_live_SQLite_database_is_backed_up_restored_elsewhere_and_serves_its_data()
    {
        if (TestDatabase.UsesPostgres) Assert.Skip("Die SQLite-Sicherung läuft im SQLite-Durchgang.");
        using var live = new TestPlatform(demoData: true);
        _ = live.Server;
        var staff = await Providers.CreateAsync(live, "Anbieter vor der Sicherung");
        var offerId = await Providers.AddOfferAsync(live, staff.OrganisationId, "Gesichertes Angebot");
        var before = await Counts(live);

        // The platform keeps writing while the backup runs.
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var n = 0;
            while (!writing.IsCancellationRequested)
                await Providers.AddOfferAsync(live, staff.OrganisationId, $"Während der Sicherung {n++}");
        });
        var folder = OperatorCommandTests.TempDir();
        var backup = Path.Combine(folder, "sicherung.db");
        var (code, output, error) = await OperatorCommandTests.RunAsync(folder, "backup", backup,
            "--ConnectionStrings:Weiterbildungsraum=" + live.Database.ConnectionString);
        await writing.CancelAsync();
        await writer;
        Assert.True(code == 0, error + output);

        // Restore as documented: copy the file to where the new instance expects its database.
        using var restored = new TestDatabase(postgresServer: null);
        File.Copy(backup, new SqliteConnectionStringBuilder(restored.ConnectionString).DataSource);
        using var platform = new TestPlatform(demoData: true, sharedDatabase: restored);
        var after = await Counts(platform);
        Assert.Equal(before.Users, after.Users);
        Assert.Equal(before.Assessments, after.Assessments);
        Assert.InRange(after.Offers, before.Offers, before.Offers + 100_000);
        Assert.Equal("Gesichertes Angebot", await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == offerId).Select(o => o.Title).SingleAsync()));
        var client = await platform.ClientAsRoleAsync(Weiterbildungsraum.Web.Features.Accounts.Roles.Coordinator);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/v1/offers/{offerId}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_backup_command_refuses_to_overwrite_and_names_pg_dump_for_PostgreSQL()
    {
        var folder = OperatorCommandTests.TempDir();
        var existing = Path.Combine(folder, "schon-da.db");
        await File.WriteAllTextAsync(existing, "x", TestContext.Current.CancellationToken);
        var overwrite = await OperatorCommandTests.RunAsync(folder, "backup", existing, "--Seed:DemoData=false");
        Assert.NotEqual(0, overwrite.ExitCode);
        var postgres = await OperatorCommandTests.RunAsync(folder, "backup", "x.dump", "--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Weiterbildungsraum=Host=127.0.0.1;Port=1;Username=x");
        Assert.Equal(2, postgres.ExitCode);
        Assert.Contains("pg_dump", postgres.Error);
    }

    [Fact]
    public async Task A_PostgreSQL_database_is_dumped_restored_into_a_new_database_and_serves_its_data()
    {
        if (!TestDatabase.UsesPostgres) Assert.Skip("pg_dump und pg_restore laufen im PostgreSQL-Durchgang (WBR_TEST_DATABASE=PostgreSQL).");
        ThrowawayPostgres.RequireInstalled();
        var server = Environment.GetEnvironmentVariable("WBR_TEST_PG")!;
        using var live = new TestPlatform(demoData: true);
        _ = live.Server;
        var staff = await Providers.CreateAsync(live, "Anbieter vor pg_dump");
        var offerId = await Providers.AddOfferAsync(live, staff.OrganisationId, "Gesichertes Angebot");
        var before = await Counts(live);

        var dump = Path.Combine(OperatorCommandTests.TempDir(), "weiterbildungsraum.dump");
        var source = new NpgsqlConnectionStringBuilder(live.Database.ConnectionString);
        await PgToolAsync("pg_dump", source, "--format=custom", "--file=" + dump, "--dbname=" + source.Database);

        using var restored = new TestDatabase(server);
        var target = new NpgsqlConnectionStringBuilder(restored.ConnectionString);
        await PgToolAsync("pg_restore", target, "--no-owner", "--exit-on-error", "--dbname=" + target.Database, dump);

        using var platform = new TestPlatform(demoData: true, sharedDatabase: restored);
        Assert.Equal(before, await Counts(platform));
        Assert.Equal("Gesichertes Angebot", await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == offerId).Select(o => o.Title).SingleAsync()));
        var client = await platform.ClientAsRoleAsync(Weiterbildungsraum.Web.Features.Accounts.Roles.Coordinator);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/v1/offers/{offerId}", TestContext.Current.CancellationToken)).StatusCode);
        // A new offer gets a fresh id: the restored sequences continue after the restored rows.
        Assert.True(await Providers.AddOfferAsync(platform, staff.OrganisationId, "Nach der Wiederherstellung") > offerId);
    }

    private static async Task PgToolAsync(string tool, NpgsqlConnectionStringBuilder connection, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(ThrowawayPostgres.BinDirectory!, tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--host=" + connection.Host, "--port=" + connection.Port, "--username=" + connection.Username }.Concat(args))
            start.ArgumentList.Add(arg);
        if (connection.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{tool}: {await error}");
    }

    private static Task<(int Users, int Offers, int Assessments, int Organisations)> Counts(TestPlatform platform) =>
        platform.WithDbAsync(async db => (await db.Users.CountAsync(), await db.Offers.CountAsync(), await db.Assessments.CountAsync(), await db.Organisations.CountAsync()));
}
