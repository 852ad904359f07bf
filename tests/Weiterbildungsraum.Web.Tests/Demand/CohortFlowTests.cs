using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Demand;
using static Weiterbildungsraum.Web.Tests.Demand.CohortScenario;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>
/// From shared needs to a closed Weiterbildungsverbund through the real pages: selective invitations with mail, a provider's
/// decline, a choice among answers, seat decline, moving on without a silent company. Names of employees reach only the
/// provider whose offer was chosen, and only for confirmed seats.
/// </summary>
public sealed class CohortFlowTests : IAsyncDisposable
{
    private readonly FakeSmtp mail = new();
    private readonly TestPlatform platform;

    public CohortFlowTests() => platform = new TestPlatform(demoData: true, mail.Settings());

    [Fact]
    public async Task A_group_runs_end_to_end_and_names_reach_only_the_chosen_provider_after_the_company_confirmed()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 3, extraProviders: 3);
        var (a, b, c, d) = (s.Providers[0], s.Providers[1], s.Providers[2], s.Providers[3]);
        var hr = await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        var detail = $"/koordination/verbuende/{id}";
        Assert.Equal(5, await platform.WithDbAsync(db => db.CohortMembers.CountAsync(m => m.CohortId == id && m.Seat == SeatState.Open)));
        NoNames(await MainTextAsync(coordinator, detail), s.Everyone);

        // Reviewed, then the coordination sees the matching providers with reasons and picks three of the four.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(detail, new Dictionary<string, string>(), "form[action*='handler=Advance']")).StatusCode);
        Assert.Equal(CohortStatus.Reviewed, await StatusAsync(id));
        var invitePage = await coordinator.GetDocumentAsync($"{detail}/anbieter");
        foreach (var p in s.Providers)
            Assert.NotNull(invitePage.QuerySelector($"input[name=Selected][value='{p.OrganisationId}']"));
        Assert.Contains("Führt bis Stufe 4 (Zielstufe der Gruppe: 3).", invitePage.QuerySelector("main")!.TextContent);
        var nobody = await PostAsync(coordinator, $"{detail}/anbieter", []);
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("Anbieter: bitte mindestens einen Anbieter", await nobody.Content.ReadAsStringAsync());
        Assert.Equal(CohortStatus.Reviewed, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, $"{detail}/anbieter",
            [("Selected", $"{a.OrganisationId}"), ("Selected", $"{b.OrganisationId}"), ("Selected", $"{d.OrganisationId}")])).StatusCode);
        Assert.Equal(CohortStatus.ProvidersInvited, await StatusAsync(id));
        var invited = await platform.WithDbAsync(db => db.CohortInvitations.Where(i => i.CohortId == id).ToDictionaryAsync(i => i.ProviderId));
        Assert.Equal(new[] { a, b, d }.Select(p => p.OrganisationId).Order(), invited.Keys.Order());
        Assert.All(invited.Values, i => Assert.True(i.MailSent));
        await mail.WaitForAsync(3);
        Assert.Equal(3, mail.Messages.Count);
        Assert.Contains(mail.Messages, m => m.Contains("RCPT TO:<kurse1@verbundakademie.example>"));
        Assert.DoesNotContain(mail.Messages, m => m.Contains("kurse2@verbundakademie.example"));
        foreach (var message in mail.Messages) NoNames(message, s.Everyone);

        // Only invited providers see the invitation.
        var (pa, pb, pc, pd) = (await platform.ClientAsAsync(a.Email), await platform.ClientAsAsync(b.Email), await platform.ClientAsAsync(c.Email), await platform.ClientAsAsync(d.Email));
        var notInvited = await pc.GetDocumentAsync("/anbieter/verbuende");
        Assert.Null(notInvited.QuerySelector($"form[action*='id={id}']"));
        Assert.Contains("Zurzeit liegt keine Einladung für Sie vor.", notInvited.QuerySelector("main")!.TextContent);

        // Dates outside the group's window are refused with the field named, and nothing is saved.
        var window = await platform.WithDbAsync(db => db.Cohorts.Where(x => x.Id == id).Select(x => new { x.WindowFrom, x.WindowTo }).SingleAsync());
        var tooLate = await pa.SubmitAsync("/anbieter/verbuende", Answer(a.OfferId, window.WindowFrom.AddDays(7), window.WindowTo.AddDays(1)), AnswerForm(id));
        Assert.Equal(HttpStatusCode.OK, tooLate.StatusCode);
        var refused = Forms.Parse(await tooLate.Content.ReadAsStringAsync());
        var end = refused.QuerySelector($"#end-{id}")!;
        Assert.Equal("true", end.GetAttribute("aria-invalid"));
        Assert.StartsWith("Ende: bitte im Zeitraum der Gruppe", refused.GetElementById(end.GetAttribute("aria-describedby")!)!.TextContent);
        var tooEarly = await pa.SubmitAsync("/anbieter/verbuende", Answer(a.OfferId, window.WindowFrom.AddDays(-1), window.WindowFrom.AddDays(3)), AnswerForm(id));
        Assert.Contains("Beginn: bitte im Zeitraum der Gruppe", await tooEarly.Content.ReadAsStringAsync());
        Assert.Equal(InvitationAnswer.Pending, await AnswerOfAsync(id, a.OrganisationId));

        // Two providers answer, one declines.
        var start = window.WindowFrom.AddDays(7);
        Assert.Equal(HttpStatusCode.Redirect, (await pa.SubmitAsync("/anbieter/verbuende", Answer(a.OfferId, start, start.AddDays(4), "Seminarraum Verbundhaus"), AnswerForm(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await pb.SubmitAsync("/anbieter/verbuende", Answer(b.OfferId, start.AddDays(7), start.AddDays(11)), AnswerForm(id))).StatusCode);
        var declined = await pd.SubmitAsync("/anbieter/verbuende", new Dictionary<string, string> { ["Decline.Reason"] = "Keine Trainerin frei" },
            $"form[action*='handler=Decline'][action*='id={id}']");
        Assert.True(declined.StatusCode == HttpStatusCode.Redirect, Forms.Parse(await declined.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(InvitationAnswer.Declined, await AnswerOfAsync(id, d.OrganisationId));
        Assert.Equal(CohortStatus.ProvidersInvited, await StatusAsync(id));
        var answers = await MainTextAsync(coordinator, detail);
        Assert.Contains("abgelehnt: Keine Trainerin frei", answers);
        Assert.Contains("Angebot auswählen (2 Antworten)", answers);

        // The coordination chooses A's answer; the deadline has to lie before the start.
        var choose = $"{detail}/angebot";
        var chosenInvitation = invited[a.OrganisationId].Id;
        var late = await coordinator.SubmitAsync(choose, new Dictionary<string, string> { ["Input.InvitationId"] = $"{chosenInvitation}", ["Input.ConfirmBy"] = start.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Bestätigen bis: bitte ein Tag vor dem Beginn", await late.Content.ReadAsStringAsync());
        var confirmBy = start.AddDays(-3);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(choose, new Dictionary<string, string>
            { ["Input.InvitationId"] = $"{chosenInvitation}", ["Input.ConfirmBy"] = confirmBy.ToString("yyyy-MM-dd") })).StatusCode);
        Assert.Equal(CohortStatus.OfferReceived, await StatusAsync(id));
        var run = await platform.WithDbAsync(db => db.OfferSessions.SingleAsync(x => x.Id == db.Cohorts.Where(k => k.Id == id).Select(k => k.SessionId).Single()));
        Assert.True(run.IsClosedGroupRun);
        Assert.Equal((a.OfferId, start, 5), (run.OfferId, run.StartDate, run.Seats ?? 0));

        // Before any company confirmed, no provider sees a name, not even the chosen one.
        foreach (var client in new[] { pa, pb, pc, pd }) NoNames(await MainTextAsync(client, "/anbieter/verbuende"), s.Everyone);
        Assert.Contains("Ihr Angebot ist gewählt", await MainTextAsync(pa, "/anbieter/verbuende"));
        Assert.Contains("ein anderes Angebot gewählt", await MainTextAsync(pb, "/anbieter/verbuende"));
        Assert.Contains(confirmBy.ToString("dd.MM.yyyy"), await MainTextAsync(hr, "/unternehmen/verbund"));

        // The company confirms one seat and declines the other; the other company confirms two and stays silent on one.
        var seats = await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == id).ToDictionaryAsync(m => m.PersonId, m => m.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), SeatForm("Confirm", seats[s.Own[0].Id]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), SeatForm("Decline", seats[s.Own[1].Id]))).StatusCode);
        await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.Id == seats[s.Other[0].Id] || m.Id == seats[s.Other[1].Id])
            .ExecuteUpdateAsync(x => x.SetProperty(m => m.Seat, SeatState.Confirmed)));
        var chosenText = await MainTextAsync(pa, "/anbieter/verbuende");
        foreach (var p in new[] { s.Own[0], s.Other[0], s.Other[1] }) Assert.Contains(p.Name, chosenText);
        NoNames(chosenText, [s.Own[1], s.Other[2]]);
        foreach (var client in new[] { pb, pc, pd }) NoNames(await MainTextAsync(client, "/anbieter/verbuende"), s.Everyone);
        foreach (var page in new[] { detail, "/koordination/verbuende" }) NoNames(await MainTextAsync(coordinator, page), s.Everyone);

        // The declined person's need is free again for another group.
        var ownSecondNeed = await platform.WithDbAsync(db => db.SharedNeeds.Where(n => n.PersonId == s.Own[1].Id).Select(n => n.Id).SingleAsync());
        Assert.Contains(await platform.WithDbAsync(db => OpenNeedsQuery.LoadAsync(db, DateOnly.FromDateTime(Weiterbildungsraum.Web.Data.LocalTime.FromUtc(DateTime.UtcNow)), default)), n => n.NeedId == ownSecondNeed);

        // One silent company does not stall the group: with the minimum confirmed, the coordination moves on.
        Assert.Equal(CohortStatus.OfferReceived, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(detail, new Dictionary<string, string>(), "form[action*='handler=MoveOn']")).StatusCode);
        Assert.Equal(CohortStatus.SeatsConfirmed, await StatusAsync(id));
        Assert.Equal(SeatState.Released, await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.Id == seats[s.Other[2].Id]).Select(m => m.Seat).SingleAsync()));
        NoNames(await MainTextAsync(pa, "/anbieter/verbuende"), [s.Own[1], s.Other[2]]);

        // Run and close: the confirmed people's needs are served.
        for (var step = 0; step < 2; step++)
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(detail, new Dictionary<string, string>(), "form[action*='handler=Advance']")).StatusCode);
        Assert.Equal(CohortStatus.Closed, await StatusAsync(id));
        var needsLeft = await platform.WithDbAsync(db => db.SharedNeeds.Select(n => n.PersonId).ToListAsync());
        Assert.Equal(new[] { s.Own[1].Id, s.Other[2].Id }.Order(), needsLeft.Order());

        // The record: who moved the group on and when.
        var history = await platform.WithDbAsync(db => db.CohortStatusChanges.Where(h => h.CohortId == id).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal([CohortStatus.Proposed, CohortStatus.Reviewed, CohortStatus.ProvidersInvited, CohortStatus.OfferReceived, CohortStatus.SeatsConfirmed, CohortStatus.Running, CohortStatus.Closed],
            history.Where(h => h.FromStatus != h.ToStatus).Select(h => h.ToStatus));
        Assert.All(history, h => Assert.NotNull(h.ChangedByUserId));
        var record = await coordinator.GetDocumentAsync(detail);
        var verlauf = record.QuerySelector("main ol.small")!.TextContent;
        var hrOrgName = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == s.HrOrganisation).Select(o => o.Name).SingleAsync());
        Assert.Contains("Netzwerk-Koordination (Konrad Koordination)", verlauf);
        Assert.Contains($"Platz abgesagt. – {hrOrgName} (Paul Personal)", System.Text.RegularExpressions.Regex.Replace(verlauf, @"\s+", " "));
        Assert.Contains("Einladung abgelehnt.", verlauf);
        Assert.NotNull(record.QuerySelector("main ol.small time[datetime]"));
        NoNames(record.QuerySelector("main")!.TextContent, s.Everyone);
    }

    [Fact]
    public async Task A_company_cannot_share_the_need_of_another_company_s_employee()
    {
        var hrUser = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.CompanyHR).Email;
        var stranger = await platform.WithDbAsync(async db =>
        {
            var hrOrg = await db.Memberships.Where(m => m.User.Email == hrUser).Select(m => m.OrganisationId).SingleAsync();
            return await db.People.Where(p => p.OrganisationId != null && p.OrganisationId != hrOrg).Select(p => p.Id).FirstAsync();
        });
        var competency = await platform.WithDbAsync(db => db.Competencies.Select(c => c.Key).FirstAsync());
        var hr = await platform.ClientAsAsync(hrUser);
        var response = await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>
        {
            ["Input.PersonId"] = $"{stranger}", ["Input.CompetencyKey"] = competency, ["Input.TargetLevel"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nur Beschäftigte Ihres Unternehmens", await response.Content.ReadAsStringAsync());
        Assert.False(await platform.WithDbAsync(db => db.SharedNeeds.AnyAsync(n => n.PersonId == stranger)));
    }

    [Theory]
    [InlineData(Roles.Learner, "/unternehmen/verbund")]
    [InlineData(Roles.Provider, "/koordination/verbuende")]
    [InlineData(Roles.Provider, "/koordination/verbuende/1")]
    [InlineData(Roles.Provider, "/koordination/verbuende/1/anbieter")]
    [InlineData(Roles.CompanyHR, "/koordination/verbuende/1/angebot")]
    [InlineData(Roles.CompanyHR, "/koordination/verbuende/1/verwerfen")]
    [InlineData(Roles.CompanyHR, "/anbieter/verbuende")]
    public async Task Other_roles_are_refused(string role, string url)
    {
        var client = await platform.ClientAsRoleAsync(role);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Contains("/zugriff-verweigert", response.Headers.Location!.ToString());
    }

    internal static Dictionary<string, string> Answer(int offerId, DateOnly start, DateOnly end, string venue = "") => new()
    {
        ["Input.OfferId"] = $"{offerId}", ["Input.StartDate"] = start.ToString("yyyy-MM-dd"), ["Input.EndDate"] = end.ToString("yyyy-MM-dd"), ["Input.VenueName"] = venue,
    };

    internal static string AnswerForm(int cohortId) => $"form[action*='handler=Answer'][action*='id={cohortId}']";

    internal static string SeatForm(string handler, int memberId) => $"form[action*='handler={handler}'][action*='memberId={memberId}&'], form[action*='handler={handler}'][action$='memberId={memberId}']";

    private Task<CohortStatus> StatusAsync(int id) => platform.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private Task<InvitationAnswer> AnswerOfAsync(int cohortId, int providerId) =>
        platform.WithDbAsync(db => db.CohortInvitations.Where(i => i.CohortId == cohortId && i.ProviderId == providerId).Select(i => i.Answer).SingleAsync());

    public async ValueTask DisposeAsync()
    {
        await platform.DisposeAsync();
        mail.Dispose();
    }
}
