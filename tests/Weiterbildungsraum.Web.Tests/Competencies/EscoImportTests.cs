using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Tests.Competencies;

public class EscoImportTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "esco-mini");

    [Fact]
    public async Task A_small_set_is_read_by_column_names_with_multiline_labels_collections_and_relations()
    {
        using var platform = new TestPlatform(demoData: false);
        var result = await platform.WithDbAsync(db => EscoImporter.ImportAsync(db, Fixture, ct: TestContext.Current.CancellationToken));
        Assert.Equal(3, result.Added);
        Assert.Contains("notizen.csv", result.IgnoredFiles);

        var skill = await platform.WithDbAsync(db => db.EscoConcepts.SingleAsync(c => c.Uri == "http://data.europa.eu/esco/skill/test-0001"));
        Assert.Equal(["Stapler fahren", "Flurförderzeug führen"], skill.AltLabels);
        Assert.Contains("\"sicher\"", skill.Description);
        var wms = await platform.WithDbAsync(db => db.EscoConcepts.SingleAsync(c => c.Uri == "http://data.europa.eu/esco/skill/test-0002"));
        Assert.Equal(["digital"], wms.Collections);
        Assert.Contains("Lagersoftware", wms.AltLabels);
        var relations = await platform.WithDbAsync(db => db.EscoRelations.Select(r => r.Type).ToListAsync());
        Assert.Equal(["broader", "broader", "essential", "optional"], relations.Order());

        var client = platform.CreateClient();
        var found = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/esco/concepts?q=stapler%20fahren", TestContext.Current.CancellationToken);
        Assert.Equal("Gabelstapler bedienen", Assert.Single(found!).GetProperty("label").GetString());
        var bad = await client.GetAsync("/api/v1/esco/concepts?q=x", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_shipped_ESCO_data_imports_and_a_second_import_changes_nothing()
    {
        using var platform = new TestPlatform(demoData: false);
        var first = await platform.WithDbAsync(db => EscoImporter.ImportAsync(db, Paths.Esco, ct: TestContext.Current.CancellationToken));
        var occupations = await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(c => c.Kind == EscoKind.Occupation));
        var skills = await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(c => c.Kind == EscoKind.Skill));
        Assert.InRange(occupations, 3000, 3100);
        Assert.True(skills >= 2300, $"{skills} Kompetenzen");
        Assert.True(first.RelationsAdded > 10000);
        var labels = await platform.WithDbAsync(async db => (await db.EscoConcepts.Select(c => c.AltLabels).ToListAsync()).SelectMany(l => l).ToList());
        Assert.Contains(labels, l => l.Length > 0);
        Assert.DoesNotContain(labels, l => l.Contains(" | ", StringComparison.Ordinal));

        var second = await platform.WithDbAsync(db => EscoImporter.ImportAsync(db, Paths.Esco, ct: TestContext.Current.CancellationToken));
        Assert.Equal(0, second.Added);
        Assert.Equal(0, second.Updated);
        Assert.Equal(0, second.RelationsAdded);
        Assert.Equal(first.Added, second.Unchanged);
    }

    [Fact]
    public void A_folder_without_ESCO_files_is_refused_with_its_name()
    {
        var empty = Directory.CreateTempSubdirectory("esco-leer").FullName;
        var error = Assert.Throws<EscoImportException>(() => EscoCsvReader.ReadFolder(empty));
        Assert.Contains(empty, error.Message);
        Assert.Throws<EscoImportException>(() => EscoCsvReader.ReadFolder(Path.Combine(empty, "gibt-es-nicht")));
    }
}
