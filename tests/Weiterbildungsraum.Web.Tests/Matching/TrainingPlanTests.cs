using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Matching;

namespace Weiterbildungsraum.Web.Tests.Matching;

public class TrainingPlanTests(PlanPlatform platform) : IClassFixture<PlanPlatform>
{
    private const string Url = "/unternehmen/weiterbildungsplan";

    /// <summary>Posts a form as it is in an already loaded document (so a stale version token stays stale).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]").ToDictionary(i => i.Name!, i => i.Value);
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]")) fields[select.Name!] = select.Value ?? "";
        foreach (var (k, v) in values ?? new Dictionary<string, string>()) fields[k] = v;
        return client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private async Task<(HttpClient Client, int OrganisationId)> HrAsync()
    {
        var client = await platform.ClientAsRoleAsync(Roles.CompanyHR);
        var org = await platform.WithDbAsync(db => db.Memberships.Where(m => m.Kind == MembershipKind.HR && m.User.Email == "personal@demo.weiterbildungsraum.de").Select(m => m.OrganisationId).FirstAsync());
        return (client, org);
    }

    private async Task<int> AddFirstRecommendationAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync(Url);
        var form = page.QuerySelector<IHtmlFormElement>("form[action*='handler=Add']");
        Assert.NotNull(form);
        var before = await platform.WithDbAsync(db => db.TrainingPlanItems.MaxAsync(i => (int?)i.Id)) ?? 0;
        var response = await PostAsync(client, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await platform.WithDbAsync(db => db.TrainingPlanItems.Where(i => i.Id > before).Select(i => i.Id).SingleAsync());
    }

    [Fact]
    public async Task HR_sees_only_their_own_employees()
    {
        var (client, org) = await HrAsync();
        var (own, foreign) = await platform.WithDbAsync(async db => (
            await db.People.Where(p => p.OrganisationId == org && p.Key != null).Select(p => p.FirstName + " " + p.LastName).ToListAsync(),
            await db.People.Where(p => p.OrganisationId == platform.OtherCompanyId).Select(p => p.FirstName + " " + p.LastName).ToListAsync()));
        var html = (await client.GetDocumentAsync(Url)).Body!.TextContent;
        Assert.Contains(own, name => html.Contains(name));
        Assert.DoesNotContain(foreign, name => html.Contains(name));
    }

    [Fact]
    public async Task A_recommendation_goes_into_the_plan_with_cost_after_funding()
    {
        var (client, org) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(client);
        var item = await platform.WithDbAsync(db => db.TrainingPlanItems.Include(i => i.Plan).Include(i => i.Person).SingleAsync(i => i.Id == itemId));
        Assert.Equal(org, item.Plan.OrganisationId);
        Assert.Equal(org, item.Person.OrganisationId);
        Assert.Equal(PlanItemStatus.Planned, item.Status);
        Assert.InRange(item.CostAfterFunding, 0, item.Cost);
        var board = await client.GetDocumentAsync($"{Url}?jahr={item.Plan.Year}");
        Assert.NotNull(board.QuerySelector($"select#status-{itemId}"));
        Assert.NotNull(board.QuerySelector(".plan-totals"));
    }

    [Fact]
    public async Task A_second_save_of_a_stale_board_reports_a_conflict()
    {
        var (client, _) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(client);
        var year = await platform.WithDbAsync(db => db.TrainingPlanItems.Where(i => i.Id == itemId).Select(i => i.Plan.Year).SingleAsync());
        var first = (await client.GetDocumentAsync($"{Url}?jahr={year}")).QuerySelector<IHtmlFormElement>("#plan-board")!;
        var second = (await client.GetDocumentAsync($"{Url}?jahr={year}")).QuerySelector<IHtmlFormElement>("#plan-board")!;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, first, new Dictionary<string, string> { [$"status[{itemId}]"] = "Booked" })).StatusCode);
        var conflict = await PostAsync(client, second, new Dictionary<string, string> { [$"status[{itemId}]"] = "Requested" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(PlanItemStatus.Booked, await platform.WithDbAsync(db => db.TrainingPlanItems.Where(i => i.Id == itemId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Confirming_a_completed_item_appends_an_assessment_that_becomes_the_Ist()
    {
        var (client, _) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(client);
        var item = await platform.WithDbAsync(db => db.TrainingPlanItems.Include(i => i.Plan).SingleAsync(i => i.Id == itemId));
        var board = (await client.GetDocumentAsync($"{Url}?jahr={item.Plan.Year}")).QuerySelector<IHtmlFormElement>("#plan-board")!;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, board, new Dictionary<string, string> { [$"status[{itemId}]"] = "Completed" })).StatusCode);
        var page = await client.GetDocumentAsync($"{Url}?jahr={item.Plan.Year}");
        var confirm = page.QuerySelectorAll<IHtmlFormElement>("form.confirm-level").Single(f => f.QuerySelector<IHtmlInputElement>("input[name=itemId]")!.Value == itemId.ToString());
        var response = await PostAsync(client, confirm, new Dictionary<string, string> { ["level"] = item.ToLevel.ToString(), ["certificate"] = "IHK-Zertifikat" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var ratings = await platform.WithDbAsync(db => db.Assessments.Where(a => a.PersonId == item.PersonId && a.CompetencyKey == item.CompetencyKey)
            .Select(a => new { a.Level, a.Source, a.AssessedAt, a.EvidenceName }).ToListAsync());
        Assert.Contains(ratings, r => r.Source == RatingSource.Certificate && r.EvidenceName == "IHK-Zertifikat");
        var ist = CurrentLevel.Decide(ratings.Select(r => new Rating(item.CompetencyKey, r.Level, r.Source, r.AssessedAt)));
        if (!ratings.Any(r => r.Source == RatingSource.Agreed)) Assert.Equal(item.ToLevel, ist!.Level);
        var after = await client.GetDocumentAsync($"{Url}?jahr={item.Plan.Year}");
        Assert.DoesNotContain(after.QuerySelectorAll("form.confirm-level input[name=itemId]"), i => ((IHtmlInputElement)i).Value == itemId.ToString());
    }

    [Fact]
    public async Task The_plan_exports_to_xlsx_and_prints()
    {
        var (client, _) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(client);
        var (year, count) = await platform.WithDbAsync(async db =>
        {
            var planId = await db.TrainingPlanItems.Where(i => i.Id == itemId).Select(i => i.PlanId).SingleAsync();
            return (await db.TrainingPlans.Where(p => p.Id == planId).Select(p => p.Year).SingleAsync(), await db.TrainingPlanItems.CountAsync(i => i.PlanId == planId));
        });
        var response = await client.GetAsync($"{Url}?handler=Xlsx&jahr={year}", TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Person", sheet.Cell(3, 1).GetString());
        Assert.Equal("Summe", sheet.Cell(4 + count, 1).GetString());
        var print = await client.GetDocumentAsync($"{Url}/druck?jahr={year}");
        Assert.Equal(count, print.QuerySelectorAll("table.plan-print tbody tr").Length);
    }

    [Fact]
    public async Task HR_of_another_company_can_neither_add_nor_change_foreign_people_or_plans()
    {
        var (hr, org) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(hr);
        var item = await platform.WithDbAsync(db => db.TrainingPlanItems.Include(i => i.Plan).SingleAsync(i => i.Id == itemId));
        var other = await platform.ClientAsAsync(PlanPlatform.OtherHrEmail);

        var otherPage = await other.GetDocumentAsync(Url);
        var foreignNames = await platform.WithDbAsync(db => db.People.Where(p => p.OrganisationId == org && p.Key != null).Select(p => p.FirstName + " " + p.LastName).ToListAsync());
        Assert.DoesNotContain(foreignNames, n => otherPage.Body!.TextContent.Contains(n));

        var token = otherPage.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var add = await other.PostAsync($"{Url}?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["personId"] = item.PersonId.ToString(), ["offerId"] = item.OfferId!.Value.ToString(),
            ["sessionId"] = item.SessionId!.Value.ToString(), ["competencyKey"] = item.CompetencyKey, ["fromLevel"] = "0", ["toLevel"] = "1",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        var save = await other.PostAsync($"{Url}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["planId"] = item.PlanId.ToString(), ["version"] = item.Plan.Version.ToString(), [$"status[{itemId}]"] = "Completed",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        var xlsx = await other.GetAsync($"{Url}?handler=Xlsx&jahr={item.Plan.Year}", TestContext.Current.CancellationToken);
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Summe", workbook.Worksheet(1).Cell(4, 1).GetString());
        Assert.Equal(PlanItemStatus.Planned, await platform.WithDbAsync(db => db.TrainingPlanItems.Where(i => i.Id == itemId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_api_answers_HR_of_the_organisation_only()
    {
        var (hr, org) = await HrAsync();
        var itemId = await AddFirstRecommendationAsync(hr);
        var year = await platform.WithDbAsync(db => db.TrainingPlanItems.Where(i => i.Id == itemId).Select(i => i.Plan.Year).SingleAsync());
        var plan = await hr.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/organisations/{org}/training-plan?year={year}", TestContext.Current.CancellationToken);
        Assert.Contains(plan.GetProperty("items").EnumerateArray(), i => i.GetProperty("itemId").GetInt32() == itemId);
        var other = await platform.ClientAsAsync(PlanPlatform.OtherHrEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/organisations/{org}/training-plan?year={year}", TestContext.Current.CancellationToken)).StatusCode);
        var learner = await platform.ClientAsRoleAsync(Roles.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/api/v1/organisations/{org}/training-plan", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Only_HR_opens_the_plan()
    {
        var anonymous = platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Url, TestContext.Current.CancellationToken)).StatusCode);
        var learner = await platform.ClientAsRoleAsync(Roles.Learner);
        var response = await learner.GetAsync(Url, TestContext.Current.CancellationToken);
        Assert.Contains("/zugriff-verweigert", response.Headers.Location?.ToString() ?? "");
    }
}
