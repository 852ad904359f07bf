using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Operations;

/// <summary>Commands for operators: the same program, run with a command instead of serving.</summary>
public static class OperatorCommands
{
    private sealed record Command(string Name, string Usage, string Summary, Func<IServiceProvider, string[], Task<int>> Run);

    private static readonly Command[] Commands =
    [
        new("create-admin", "create-admin EMAIL", "Legt die erste Administration an (oder macht ein Konto zur Administration) und gibt ein Einmal-Passwort aus, das unter „Passwort ändern“ ersetzt wird.", CreateAdminAsync),
        new("migrate", "migrate", "Wendet alle Datenbank-Migrationen an, lädt Kompetenzmodell (und Demo-Daten) und beendet sich.", MigrateAsync),
        new("rebuild-search-index", "rebuild-search-index", "Baut den Suchindex (Search:IndexPath) aus der Datenbank neu auf; der Server darf dabei nicht denselben Ordner benutzen.", RebuildSearchIndexAsync),
        new("import-esco", "import-esco ORDNER", "Lädt die ESCO-CSV-Dateien eines Ordners (jede Teilmenge des offiziellen Satzes) in die Taxonomie; wiederholbar.", ImportEscoAsync),
        new("check-content", "check-content [ORDNER]", "Prüft die Inhaltsdateien (Kompetenzmodell, Förderprogramme, Demo-Region) und meldet jeden Fehler mit Datei, Stelle und Grund.", CheckContentAsync),
        new("import-offers", "import-offers DATEI [--dry-run] [--create-providers] [--provider SCHLÜSSEL] [--unpublish-missing] [--partial]",
            "Importiert Angebote (open-Qcat-XML, CSV, schema.org-JSON-LD, auch aus einer Webseite); erst alles prüfen, dann ganz oder gar nicht – mit --partial ohne die fehlerhaften Angebote (Exit-Code 3).", ImportOffersCommand.RunAsync),
        new("link-offers", "link-offers", "Ordnet gespeicherten Angeboten, über die noch niemand entschieden hat, Kompetenzen des aktuellen Modells automatisch zu (wie der Server nach dem Start und nach einer neuen Modellversion); wiederholbar.", LinkOffersAsync),
        new("backup", "backup DATEI", "Sichert die SQLite-Datenbank im laufenden Betrieb konsistent in eine Datei (für PostgreSQL: pg_dump, siehe docs/operations.md).", BackupCommand.RunAsync),
    ];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "help" || Commands.Any(c => c.Name == args[0]));

    /// <summary>
    /// A first argument that is neither a command nor a setting: a misspelt command must not start the server instead.
    /// Settings keep every form ASP.NET reads (--urls …, --Key=Value, /Key=Value, Key=Value).
    /// </summary>
    public static string? UnknownCommand(string[] args) =>
        args.Length > 0 && !IsCommand(args) && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=') ? args[0] : null;

    public static int RefuseUnknown(string name)
    {
        var similar = Commands.Select(c => c.Name).MinBy(c => EditDistance(c, name));
        var hint = similar is not null && EditDistance(similar, name) <= 3 ? $" Meinten Sie „{similar}“?" : "";
        Console.Error.WriteLine($"Unbekannter Befehl „{name}“.{hint} Alle Befehle zeigt --help; ohne Befehl startet die Plattform.");
        return 2;
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    public static async Task<int> RunAsync(IHost host, string[] args)
    {
        if (args[0] is "--help" or "-h" or "help")
        {
            PrintHelp();
            return 0;
        }
        var command = Commands.Single(c => c.Name == args[0]);
        try
        {
            return await command.Run(host.Services, args[1..]);
        }
        catch (Exception e) when (e is Data.StartupException or ContentInvalidException)
        {
            Console.Error.WriteLine($"{command.Name}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Operators get one line, not a stack trace; the reason is the innermost one, which names the actual fault.
            var reason = e;
            while (reason.InnerException is not null) reason = reason.InnerException;
            Console.Error.WriteLine($"{command.Name}: Der Befehl ist abgebrochen ({reason.Message.ReplaceLineEndings(" ")}).");
            return 1;
        }
    }

    private static void PrintHelp()
    {
        Console.WriteLine("Weiterbildungsraum — ohne Befehl startet die Plattform (Standard: http://localhost:5080).");
        Console.WriteLine();
        Console.WriteLine("Befehle:");
        foreach (var c in Commands) Console.WriteLine($"  {c.Usage,-28} {c.Summary}");
        Console.WriteLine();
        Console.WriteLine("Konfiguration wie beim Start, z. B. --Database:Provider=PostgreSQL --ConnectionStrings:Weiterbildungsraum=\"Host=…\"");
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] args)
    {
        await Seeding.PrepareDatabaseAsync(services);
        Console.WriteLine("Datenbank ist auf dem neuesten Stand.");
        return 0;
    }

    private static async Task<int> RebuildSearchIndexAsync(IServiceProvider services, string[] args)
    {
        await Seeding.PrepareDatabaseAsync(services);
        var index = services.GetRequiredService<Features.Search.OfferIndex>();
        await index.EnsureReadyAsync();
        var count = await index.RebuildAsync();
        Console.WriteLine($"Suchindex unter {index.IndexPath} neu aufgebaut: {count} Angebote.");
        return 0;
    }

    private static async Task<int> LinkOffersAsync(IServiceProvider services, string[] args)
    {
        await Seeding.PrepareDatabaseAsync(services);
        using var scope = services.CreateScope();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<Features.Offers.Linking.StoredOfferLinking>().RunAsync();
        Console.WriteLine(result.Read == 0
            ? "Alle Angebote sind dem aktuellen Modell zugeordnet; nichts zu tun."
            : $"{result.Read} Angebote gelesen, bei {result.Changed} automatische Kompetenz-Zuordnungen geändert ({watch.Elapsed.TotalSeconds:0.0} s). "
              + "Ein laufender Server übernimmt sie in seinen Suchindex mit rebuild-search-index oder beim nächsten Neuaufbau.");
        return 0;
    }

    private static async Task<int> ImportEscoAsync(IServiceProvider services, string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (folder is null)
        {
            Console.Error.WriteLine("import-esco: Bitte den Ordner mit den ESCO-CSV-Dateien angeben.");
            return 2;
        }
        await Seeding.PrepareDatabaseAsync(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        try
        {
            var result = await Features.Competencies.Esco.EscoImporter.ImportAsync(db, folder, new Progress<string>(Console.WriteLine));
            Console.WriteLine($"ESCO importiert: {result.Added} neu, {result.Updated} geändert, {result.Unchanged} unverändert, {result.RelationsAdded} neue Beziehungen.");
            if (result.IgnoredFiles.Count > 0) Console.WriteLine("Nicht erkannt und übersprungen: " + string.Join(", ", result.IgnoredFiles));
            return 0;
        }
        catch (Features.Competencies.Esco.EscoImportException e)
        {
            Console.Error.WriteLine("import-esco: " + e.Message);
            return 1;
        }
    }

    private static Task<int> CheckContentAsync(IServiceProvider services, string[] args)
    {
        var root = args.FirstOrDefault(a => !a.StartsWith('-')) ?? ContentReader.DefaultRoot;
        var reader = new ContentReader(root);
        var model = reader.ReadModel();
        var funding = reader.ReadFunding();
        var demo = reader.ReadDemo(model);
        Console.WriteLine($"Inhalte in Ordnung: {model.Families.Count} Jobfamilien, {model.Families.Sum(f => f.Roles.Count)} Rollen, {model.Competencies.Count} Kompetenzen, {funding.Count} Förderprogramme, {demo.Offers.Count} Demo-Angebote.");
        return Task.FromResult(0);
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            Console.Error.WriteLine("create-admin: Bitte eine E-Mail-Adresse angeben, z. B. create-admin admin@example.org");
            return 2;
        }
        await Seeding.PrepareDatabaseAsync(services);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        string? password = null;
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administration", CreatedAt = DateTime.UtcNow };
            password = OneTimePassword();
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine("create-admin: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                return 1;
            }
        }
        if (!await users.IsInRoleAsync(user, Roles.Admin))
            await users.AddToRoleAsync(user, Roles.Admin);
        Console.WriteLine(password is null
            ? $"{email} ist jetzt Administration (Passwort unverändert)."
            : $"Administration {email} angelegt. Einmal-Passwort: {password}\n"
              + "Bitte gleich nach der ersten Anmeldung unter „Passwort ändern“ (/mein-bereich/passwort) ein eigenes Passwort festlegen.");
        return 0;
    }

    private static string OneTimePassword() =>
        "Wb" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "7a";
}
