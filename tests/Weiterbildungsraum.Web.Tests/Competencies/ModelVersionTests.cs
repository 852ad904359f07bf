using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Competencies;

public class ModelVersionTests
{
    [Fact]
    public async Task A_coordinator_uploads_a_changed_model_as_draft_publishes_it_and_sees_what_changed()
    {
        using var platform = new TestPlatform(demoData: true);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var model = JsonNode.Parse(await platform.CreateClient().GetStringAsync("/api/v1/competency-model", TestContext.Current.CancellationToken))!;
        var role = model["families"]![0]!["roles"]![0]!;
        var entry = role["profile"]![0]!;
        var roleKey = role["key"]!.GetValue<string>();
        var competencyKey = entry["competency"]!.GetValue<string>();
        var newTarget = entry["targetNow"]!.GetValue<int>() == 4 ? 3 : entry["targetNow"]!.GetValue<int>() + 1;
        entry["targetNow"] = newTarget;
        entry["targetFuture"] = 4;

        var draft = await coordinator.PostAsync("/api/v1/competency-model/drafts", new StringContent(model.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var number = (await draft.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["number"]!.GetValue<int>();
        Assert.Equal(2, number);

        var beforePublish = await platform.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/roles/{roleKey}/profile", TestContext.Current.CancellationToken);
        Assert.NotEqual(newTarget, beforePublish!["competencies"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == competencyKey)!["targetNow"]!.GetValue<int>());

        var published = await coordinator.PostAsync($"/api/v1/competency-model/versions/{number}/publish", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var again = await coordinator.PostAsync($"/api/v1/competency-model/versions/{number}/publish", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var profile = await platform.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/roles/{roleKey}/profile", TestContext.Current.CancellationToken);
        Assert.Equal(newTarget, profile!["competencies"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == competencyKey)!["targetNow"]!.GetValue<int>());

        var changes = await coordinator.GetFromJsonAsync<JsonArray>($"/api/v1/competency-model/versions/{number}/changes", TestContext.Current.CancellationToken);
        var change = Assert.Single(changes!);
        Assert.Equal("TargetChanged", change!["kind"]!.GetValue<string>());
        Assert.Equal(roleKey, change["roleId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_model_is_refused_with_every_error_and_nothing_is_stored()
    {
        using var platform = new TestPlatform(demoData: true);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var model = JsonNode.Parse(await platform.CreateClient().GetStringAsync("/api/v1/competency-model", TestContext.Current.CancellationToken))!;
        model["families"]![0]!["roles"]![0]!["profile"]![0]!["targetNow"] = 9;
        model["competencies"]![0]!["levels"]!.AsObject().Remove("4");

        var response = await coordinator.PostAsync("/api/v1/competency-model/drafts", new StringContent(model.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var errors = problem!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["path"]!.GetValue<string>().EndsWith("targetNow"));
        Assert.Contains(errors, e => e!["path"]!.GetValue<string>().EndsWith("levels.4"));
        var versions = await coordinator.GetFromJsonAsync<JsonArray>("/api/v1/competency-model/versions", TestContext.Current.CancellationToken);
        Assert.Single(versions!);

        var broken = await coordinator.PostAsync("/api/v1/competency-model/drafts", new StringContent("{ \"framework\": ", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task The_review_page_lists_the_whole_model_for_coordinators()
    {
        using var platform = new TestPlatform(demoData: true);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var page = await coordinator.GetDocumentAsync("/koordination/kompetenzmodell");
        var roles = await platform.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.JobRoles));
        Assert.Equal(roles, page.QuerySelectorAll("section.review-role").Length);
        Assert.Equal(await platform.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Competencies)),
            page.QuerySelectorAll("section.review-competency").Length);
    }
}
