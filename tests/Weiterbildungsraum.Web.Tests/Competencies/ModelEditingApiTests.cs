using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>The model editing endpoints under /api/v1/competency-model/draft, each on its own platform (they write).</summary>
public class ModelEditingApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestPlatform Platform, HttpClient Client)> DraftAsync()
    {
        var platform = new TestPlatform(demoData: false);
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var created = await client.PostAsJsonAsync("/api/v1/competency-model/draft", new { }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (platform, client);
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url) => (await client.GetFromJsonAsync<JsonObject>(url, Ct))!;

    [Fact]
    public async Task A_draft_is_a_copy_of_the_published_version_and_opening_it_again_continues_it()
    {
        var (platform, client) = await DraftAsync();
        using var _ = platform;
        var draft = await GetAsync(client, "/api/v1/competency-model/draft");
        var published = await platform.WithDbAsync(db => CurrentModel.VersionIdAsync(db));
        var publishedCompetencies = await platform.WithDbAsync(db => db.Competencies.Where(c => c.VersionId == published).Select(c => c.Key).ToListAsync());
        Assert.Equal(publishedCompetencies.Order(), draft["competencies"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).Order());
        Assert.Equal(draft["basedOn"]!.GetValue<int>() + 1, draft["number"]!.GetValue<int>());

        var again = await client.PostAsJsonAsync("/api/v1/competency-model/draft", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(draft["number"]!.GetValue<int>(), (await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!["number"]!.GetValue<int>());
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/v1/competency-model/draft/changes", Ct))!);

        var empty = await client.PostAsync("/api/v1/competency-model/draft", new FormUrlEncodedContent([]), Ct);
        Assert.True(empty.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType,
            $"{(int)empty.StatusCode}: {await empty.Content.ReadAsStringAsync(Ct)}");
        var publishEmpty = await client.PostAsync("/api/v1/competency-model/draft/publish", new FormUrlEncodedContent([]), Ct);
        Assert.True(publishEmpty.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{(int)publishEmpty.StatusCode}");
        var number = draft["number"]!.GetValue<int>();
        Assert.Equal(VersionStatus.Draft, await platform.WithDbAsync(db => db.FrameworkVersions.Where(v => v.Number == number).Select(v => v.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_competency_is_changed_with_its_stamp_a_stale_stamp_is_a_conflict_and_publishing_shows_the_change()
    {
        var (platform, client) = await DraftAsync();
        using var _ = platform;
        var draft = await GetAsync(client, "/api/v1/competency-model/draft");
        var key = draft["competencies"]![0]!["key"]!.GetValue<string>();
        var item = await GetAsync(client, $"/api/v1/competency-model/draft/competencies/{key}");
        var stamp = item["version"]!.GetValue<Guid>();
        var oldName = item["name"]!.GetValue<string>();
        var newName = oldName + " (überarbeitet)";
        item["name"] = newName;
        item["levels"]!["3"] = "Kann es selbstständig und erklärt es anderen.";

        var saved = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = (await saved.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.NotEqual(stamp, after["version"]!.GetValue<Guid>());

        item["name"] = oldName + " (zweite Fassung)";
        var stale = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var conflict = (await stale.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(after["version"]!.GetValue<Guid>(), conflict["currentVersion"]!.GetValue<Guid>());
        Assert.Equal(newName, (await GetAsync(client, $"/api/v1/competency-model/draft/competencies/{key}"))["name"]!.GetValue<string>());

        var publishedId = await platform.WithDbAsync(db => CurrentModel.VersionIdAsync(db));
        Assert.Equal(oldName, await platform.WithDbAsync(db => db.Competencies.Where(c => c.VersionId == publishedId && c.Key == key).Select(c => c.Name).SingleAsync()));

        var changes = (await client.GetFromJsonAsync<JsonArray>("/api/v1/competency-model/draft/changes", Ct))!;
        Assert.Contains(changes, c => c!["kind"]!.GetValue<string>() == "CompetencyRenamed" && c["competencyId"]!.GetValue<string>() == key);
        Assert.Contains(changes, c => c!["kind"]!.GetValue<string>() == "CompetencyChanged" && c["description"]!.GetValue<string>().Contains("Stufe 3"));

        var published = await client.PostAsJsonAsync("/api/v1/competency-model/draft/publish", new { changeNote = "Stufe 3 geschärft" }, Ct);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var nowPublished = await platform.WithDbAsync(db => CurrentModel.VersionIdAsync(db));
        Assert.NotEqual(publishedId, nowPublished);
        Assert.Equal(newName, await platform.WithDbAsync(db => db.Competencies.Where(c => c.VersionId == nowPublished && c.Key == key).Select(c => c.Name).SingleAsync()));
        var noDraft = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct);
        Assert.Equal(HttpStatusCode.Conflict, noDraft.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_problem_details_naming_each_field()
    {
        var (platform, client) = await DraftAsync();
        using var _ = platform;
        var draft = await GetAsync(client, "/api/v1/competency-model/draft");
        var key = draft["competencies"]![0]!["key"]!.GetValue<string>();
        var item = await GetAsync(client, $"/api/v1/competency-model/draft/competencies/{key}");
        item["category"] = "Zauberkompetenz";
        item["levels"]!["2"] = " ";
        item["escoUris"] = new JsonArray("https://example.org/skill/1");
        var response = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.Contains("category", errors.Select(e => e.Key));
        Assert.Contains("level2", errors.Select(e => e.Key));
        Assert.Contains("escoUris", errors.Select(e => e.Key));

        item = await GetAsync(client, $"/api/v1/competency-model/draft/competencies/{key}");
        item.Remove("version");
        var unstamped = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unstamped.StatusCode);
        Assert.Contains("version", (await unstamped.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key));

        var twin = await client.PostAsJsonAsync("/api/v1/competency-model/draft/competencies", new
        {
            key, name = "Etwas anderes", category = "Fachkompetenz", levels = new Dictionary<string, string> { ["1"] = "a", ["2"] = "b", ["3"] = "c", ["4"] = "d" },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twin.StatusCode);
        Assert.Contains("key", (await twin.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key));

        var broken = await client.PutAsync($"/api/v1/competency-model/draft/competencies/{key}", new StringContent("{ \"name\": ", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var missing = await client.GetAsync("/api/v1/competency-model/draft/competencies/gibt-es-nicht", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_role_profile_read_before_publishing_shows_the_published_change_right_after()
    {
        var (platform, client) = await DraftAsync();
        using var _ = platform;
        var roleKey = await platform.WithDbAsync(async db =>
        {
            var published = await CurrentModel.VersionIdAsync(db);
            return await db.JobRoles.Where(r => r.Family.VersionId == published && r.Profile.Any()).OrderBy(r => r.Key).Select(r => r.Key).FirstAsync();
        });
        // Read twice: the second read comes from the kept profile.
        for (var i = 0; i < 2; i++) await GetAsync(client, $"/api/v1/roles/{roleKey}/profile");

        var role = await GetAsync(client, $"/api/v1/competency-model/draft/roles/{roleKey}");
        var line = role["profile"]![0]!;
        var competency = line["competency"]!.GetValue<string>();
        var newTarget = line["targetNow"]!.GetValue<int>() == 1 ? 2 : 1;
        line["targetNow"] = newTarget;
        line["targetFuture"] = Math.Max(newTarget, line["targetFuture"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/competency-model/draft/roles/{roleKey}", role, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/competency-model/draft/publish", new { changeNote = "Ziel angepasst" }, Ct)).StatusCode);

        var after = await GetAsync(client, $"/api/v1/roles/{roleKey}/profile");
        var entry = after["competencies"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == competency)!;
        Assert.Equal(newTarget, entry["targetNow"]!.GetValue<int>());
    }

    [Fact]
    public async Task Families_roles_and_profiles_are_added_changed_and_removed()
    {
        var (platform, client) = await DraftAsync();
        using var _ = platform;
        var draft = await GetAsync(client, "/api/v1/competency-model/draft");
        var competencies = draft["competencies"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).Take(3).ToList();

        var family = await client.PostAsJsonAsync("/api/v1/competency-model/draft/families", new { key = "gesundheit", name = "Gesundheit", description = "Pflege und Therapie", order = 9 }, Ct);
        Assert.Equal(HttpStatusCode.Created, family.StatusCode);
        var role = await client.PostAsJsonAsync("/api/v1/competency-model/draft/roles", new
        {
            key = "pflegefachkraft", name = "Pflegefachkraft", family = "gesundheit", kldb = "81302",
            profile = competencies.Select((c, i) => new { competency = c, targetNow = 2, targetFuture = 3, weight = 1 + i % 3 }).ToArray(),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        var created = (await role.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(3, created["profile"]!.AsArray().Count);

        created["profile"]![0]!["targetNow"] = 5;
        var invalid = await client.PutAsJsonAsync("/api/v1/competency-model/draft/roles/pflegefachkraft", created, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("profile[0].targetNow", (await invalid.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key));

        created["profile"]![0]!["targetNow"] = 4;
        created["profile"]!.AsArray().RemoveAt(2);
        var changed = await client.PutAsJsonAsync("/api/v1/competency-model/draft/roles/pflegefachkraft", created, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var role2 = (await changed.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(2, role2["profile"]!.AsArray().Count);

        // Removing a competency takes it out of every profile and gives those roles a new stamp.
        var removed = role2["profile"]![0]!["competency"]!.GetValue<string>();
        var competency = await GetAsync(client, $"/api/v1/competency-model/draft/competencies/{removed}");
        var deleted = await client.DeleteAsync($"/api/v1/competency-model/draft/competencies/{removed}?version={competency["version"]}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var stale = await client.PutAsJsonAsync("/api/v1/competency-model/draft/roles/pflegefachkraft", role2, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var role3 = await GetAsync(client, "/api/v1/competency-model/draft/roles/pflegefachkraft");
        Assert.DoesNotContain(role3["profile"]!.AsArray(), p => p!["competency"]!.GetValue<string>() == removed);

        var familyNow = await GetAsync(client, "/api/v1/competency-model/draft/families/gesundheit");
        var notEmpty = await client.DeleteAsync($"/api/v1/competency-model/draft/families/gesundheit?version={familyNow["version"]}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notEmpty.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/competency-model/draft/roles/pflegefachkraft?version={role3["version"]}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/competency-model/draft/families/gesundheit?version={familyNow["version"]}", Ct)).StatusCode);

        var changes = (await client.GetFromJsonAsync<JsonArray>("/api/v1/competency-model/draft/changes", Ct))!;
        Assert.Contains(changes, c => c!["kind"]!.GetValue<string>() == "CompetencyRemoved" && c["competencyId"]!.GetValue<string>() == removed);
        Assert.DoesNotContain(changes, c => c!["kind"]!.GetValue<string>() == "FamilyAdded");
    }

    [Fact]
    public async Task A_published_version_never_changes_whatever_path_the_change_takes()
    {
        using var platform = new TestPlatform(demoData: false);
        var publishedId = await platform.WithDbAsync(db => CurrentModel.VersionIdAsync(db));
        await Assert.ThrowsAsync<PublishedVersionException>(() => platform.WithDbAsync(async db =>
        {
            var c = await db.Competencies.FirstAsync(c => c.VersionId == publishedId);
            c.Name += " geändert";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<PublishedVersionException>(() => platform.WithDbAsync(async db =>
        {
            var entry = await db.RoleProfileEntries.FirstAsync(e => e.Role.Family.VersionId == publishedId);
            entry.TargetNow = entry.TargetNow == 4 ? 3 : 4;
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<PublishedVersionException>(() => platform.WithDbAsync(async db =>
        {
            var family = await db.JobFamilies.FirstAsync(f => f.VersionId == publishedId);
            db.JobRoles.Add(new Role { Key = "neu", Name = "Neu", FamilyId = family.Id });
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<PublishedVersionException>(() => platform.WithDbAsync(async db =>
        {
            var version = await db.FrameworkVersions.SingleAsync(v => v.Id == publishedId);
            version.ChangeNote = "nachträglich";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<PublishedVersionException>(() => platform.WithDbAsync(async db =>
        {
            db.JobRoles.Remove(await db.JobRoles.Include(r => r.Profile).FirstAsync(r => r.Family.VersionId == publishedId));
            await db.SaveChangesAsync();
        }));

        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var key = await platform.WithDbAsync(db => db.Competencies.Where(c => c.VersionId == publishedId).Select(c => c.Key).FirstAsync());
        var withoutDraft = await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", new { name = "x", category = "Fachkompetenz" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, withoutDraft.StatusCode);
    }
}
