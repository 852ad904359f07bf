using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Demand;
using static Weiterbildungsraum.Web.Tests.Demand.CohortScenario;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>What the coordination and the companies decide along the way: withdraw, remove, discard, the rules of a proposal, edits at the same time.</summary>
public sealed class CohortDecisionTests : IAsyncDisposable
{
    private readonly TestPlatform platform = new(demoData: true);

    [Fact]
    public async Task Withdrawing_a_need_takes_the_person_out_of_the_group_and_the_coordination_sees_it_fall_below_the_minimum()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        var hr = await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator, minSize: 4);
        var detail = $"/koordination/verbuende/{id}";
        Assert.DoesNotContain("Unter der Mindestgröße", await MainTextAsync(coordinator, detail));

        var need = await platform.WithDbAsync(db => db.SharedNeeds.Where(n => n.PersonId == s.Own[0].Id).Select(n => n.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), $"form[action*='handler=Withdraw'][action*='id={need}']")).StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.SharedNeeds.AnyAsync(n => n.Id == need)));
        Assert.Equal(SeatState.Withdrawn, await SeatOfAsync(id, s.Own[0].Id));
        Assert.Contains("Unter der Mindestgröße: nur noch 3 von mindestens 4 Plätzen.", await MainTextAsync(coordinator, detail));
        Assert.Contains("Unter der Mindestgröße", await MainTextAsync(coordinator, "/koordination/verbuende"));
        Assert.Contains("Freigabe zurückgenommen", await MainTextAsync(coordinator, detail));
    }

    [Fact]
    public async Task The_coordination_removes_a_seat_and_the_need_is_open_again_for_other_groups()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        var member = await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == id && m.PersonId == s.Other[0].Id).Select(m => m.Id).SingleAsync());
        var need = await platform.WithDbAsync(db => db.SharedNeeds.Where(n => n.PersonId == s.Other[0].Id).Select(n => n.Id).SingleAsync());
        Assert.DoesNotContain(await OpenAsync(), n => n.NeedId == need);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/koordination/verbuende/{id}", new Dictionary<string, string>(),
            CohortFlowTests.SeatForm("Remove", member))).StatusCode);
        Assert.Equal(SeatState.Removed, await SeatOfAsync(id, s.Other[0].Id));
        Assert.Contains(await OpenAsync(), n => n.NeedId == need);
        Assert.Contains("von der Koordination entfernt", await MainTextAsync(coordinator, $"/koordination/verbuende/{id}"));
    }

    [Fact]
    public async Task A_discarded_proposal_needs_a_reason_and_does_not_come_back_for_the_same_needs()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        var reject = $"/koordination/verbuende/{id}/verwerfen";

        var empty = await coordinator.SubmitAsync(reject, new Dictionary<string, string> { ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = Forms.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("Grund: bitte kurz angeben, warum der Verbund verworfen wird.", refused.GetElementById("grund-fehler")!.TextContent);
        Assert.Contains("Grund: bitte 10 bis 1000 Zeichen.", await (await coordinator.SubmitAsync(reject, new Dictionary<string, string> { ["Input.Reason"] = "zu kurz" })).Content.ReadAsStringAsync());
        Assert.Equal(CohortStatus.Proposed, await StatusAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(reject, new Dictionary<string, string> { ["Input.Reason"] = "Die Firmen planen schon eine Inhouse-Schulung." })).StatusCode);
        Assert.Equal(CohortStatus.Rejected, await StatusAsync(id));
        Assert.All(await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == id).Select(m => m.Seat).ToListAsync()), seat => Assert.Equal(SeatState.Released, seat));
        Assert.Contains("Die Firmen planen schon eine Inhouse-Schulung.", await MainTextAsync(coordinator, "/koordination/verbuende"));
        Assert.Equal(4, (await OpenAsync()).Count(n => n.CompetencyKey == s.Competency));

        // The same needs again: no new proposal.
        await coordinator.SubmitAsync("/koordination/verbuende", new Dictionary<string, string> { ["Rules.RadiusKm"] = "40", ["Rules.MinSize"] = "3" });
        Assert.Equal(1, await platform.WithDbAsync(db => db.Cohorts.CountAsync(c => c.CompetencyKey == s.Competency)));
        Assert.Contains("keine neue Gruppe", await MainTextAsync(coordinator, "/koordination/verbuende"));

        // Something changes — one more person shares the need — and the group is proposed again, with that person.
        var newcomer = await platform.WithDbAsync(async db =>
        {
            var person = await db.People.Where(p => p.OrganisationId == s.Other[0].OrganisationId && p.Key != null && !s.Everyone.Select(e => e.Id).Contains(p.Id)).Select(p => p.Id).FirstAsync();
            db.SharedNeeds.Add(new SharedNeed { PersonId = person, CompetencyKey = s.Competency, TargetLevel = CohortScenario.Level, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return person;
        });
        var again = await s.ProposeAsync(platform, coordinator);
        Assert.NotEqual(id, again);
        Assert.Contains(newcomer, await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == again).Select(m => m.PersonId).ToListAsync()));
    }

    [Theory]
    [InlineData("Rules.MinWindowDays", "0", "Gemeinsamer Zeitraum: bitte 1 bis 90 Tage angeben.")]
    [InlineData("Rules.MinWindowDays", "91", "Gemeinsamer Zeitraum: bitte 1 bis 90 Tage angeben.")]
    [InlineData("Rules.RadiusKm", "200", "Umkreis: bitte 5 bis 100 km angeben.")]
    [InlineData("Rules.MinSize", "1", "Mindestgröße: bitte 2 bis 30 Personen angeben.")]
    [InlineData("Rules.MaxSize", "2", "Höchstgröße: darf nicht kleiner als die Mindestgröße sein.")]
    public async Task The_rules_of_a_proposal_are_checked_field_by_field_in_German(string field, string value, string message)
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var values = new Dictionary<string, string> { ["Rules.RadiusKm"] = "40", ["Rules.MinSize"] = "3", ["Rules.MaxSize"] = "12", ["Rules.MinWindowDays"] = "5", [field] = value };
        var response = await coordinator.SubmitAsync("/koordination/verbuende", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        var input = page.GetElementById(field.Replace('.', '_'))!;
        Assert.Equal(message, page.GetElementById(input.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Equal(value, input.GetAttribute("value"));
        Assert.False(await platform.WithDbAsync(db => db.Cohorts.AnyAsync()));
    }

    [Fact]
    public async Task The_minimum_common_window_set_in_the_form_decides_who_can_be_grouped()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var today = DateOnly.FromDateTime(Weiterbildungsraum.Web.Data.LocalTime.FromUtc(DateTime.UtcNow));
        await platform.WithDbAsync(db => db.SharedNeeds.ExecuteUpdateAsync(x => x.SetProperty(n => n.AvailableFrom, today.AddDays(10)).SetProperty(n => n.AvailableTo, today.AddDays(16))));
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var rules = new Dictionary<string, string> { ["Rules.RadiusKm"] = "40", ["Rules.MinSize"] = "3", ["Rules.MaxSize"] = "12", ["Rules.MinWindowDays"] = "10" };
        await coordinator.SubmitAsync("/koordination/verbuende", rules);
        Assert.False(await platform.WithDbAsync(db => db.Cohorts.AnyAsync()));
        rules["Rules.MinWindowDays"] = "7";
        await coordinator.SubmitAsync("/koordination/verbuende", rules);
        var cohort = await platform.WithDbAsync(db => db.Cohorts.SingleAsync());
        Assert.Equal((7, today.AddDays(10), today.AddDays(16)), (cohort.MinWindowDays, cohort.WindowFrom, cohort.WindowTo));
    }

    [Fact]
    public async Task A_step_on_a_group_that_someone_else_changed_meanwhile_is_refused_and_saves_nothing()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        var detail = $"/koordination/verbuende/{id}";
        var stale = await coordinator.GetDocumentAsync(detail);
        var form = stale.QuerySelector("form[action*='handler=Advance']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

        // Someone else discards it in between.
        Assert.Equal(HttpStatusCode.Redirect, (await (await platform.ClientAsRoleAsync(Roles.Coordinator)).SubmitAsync($"{detail}/verwerfen",
            new Dictionary<string, string> { ["Input.Reason"] = "Doppelt angelegt, siehe anderer Verbund." })).StatusCode);
        var response = await coordinator.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(CohortDetailModel.ConflictMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal(CohortStatus.Rejected, await StatusAsync(id));
    }

    private Task<List<OpenNeed>> OpenAsync() => platform.WithDbAsync(db => OpenNeedsQuery.LoadAsync(db, DateOnly.FromDateTime(Weiterbildungsraum.Web.Data.LocalTime.FromUtc(DateTime.UtcNow)), default));

    private Task<CohortStatus> StatusAsync(int id) => platform.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private Task<SeatState> SeatOfAsync(int cohortId, int personId) =>
        platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == cohortId && m.PersonId == personId).Select(m => m.Seat).SingleAsync());

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();
}
