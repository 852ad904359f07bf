using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Web.Tests.Assessments;

public sealed class CompanySideTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: false);

    public void Dispose() => platform.Dispose();

    private Task<string> SomeRoleKeyAsync() => platform.WithDbAsync(db => db.JobRoles.OrderBy(r => r.Key).Select(r => r.Key).FirstAsync());

    [Fact]
    public async Task HR_adopts_a_REGIO_profile_adjusts_it_and_adds_an_own_competency()
    {
        var company = await platform.RegisterCompanyAsync("Adoptions GmbH");
        var roleKey = await SomeRoleKeyAsync();
        var id = await platform.AdoptRoleAsync(company, roleKey, "Lager Team Nord");
        var role = await platform.WithDbAsync(db => db.CompanyRoles.Include(r => r.Profile).Include(r => r.SourceRole).SingleAsync(r => r.Id == id));
        Assert.Equal(roleKey, role.SourceRole!.Key);
        Assert.Equal(company.OrganisationId, role.OrganisationId);
        var regioCount = await platform.WithDbAsync(db => db.RoleProfileEntries.CountAsync(e => e.Role.Key == roleKey));
        Assert.Equal(regioCount, role.Profile.Count);

        var page = await company.Hr.GetDocumentAsync($"/unternehmen/rollen/{id}");
        var firstSelect = page.QuerySelector("select[name='Entries[0].TargetNow']")!.GetAttribute("name")!;
        var entryId = int.Parse(page.QuerySelector("input[name='Entries[0].Id']")!.GetAttribute("value")!);
        // A browser posts every select of the grid with its current value.
        var values = page.QuerySelectorAll("form[action$='handler=Save'] select").ToDictionary(
            sel => sel.GetAttribute("name")!, sel => (sel.QuerySelector("option[selected]") ?? sel.QuerySelector("option"))!.GetAttribute("value")!);
        values[firstSelect] = "4";
        values["Entries[0].TargetFuture"] = "4";
        values["Entries[0].Weight"] = "3";
        var saved = await company.Hr.SubmitAsync($"/unternehmen/rollen/{id}", values, "form[action$='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await platform.WithDbAsync(db => db.CompanyRoleEntries.SingleAsync(e => e.Id == entryId));
        Assert.Equal((4, 4, 3), (entry.TargetNow, entry.TargetFuture, entry.Weight));

        var added = await company.Hr.SubmitAsync($"/unternehmen/rollen/{id}", new Dictionary<string, string>
        {
            ["Added.Name"] = "Bedienung Hochregal-Anlage HRL-7", ["Added.TargetNow"] = "3", ["Added.TargetFuture"] = "4", ["Added.Weight"] = "2",
        }, "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await platform.WithDbAsync(db => db.CompanyRoleEntries.AnyAsync(e => e.CompanyRoleId == id && e.CompetencyName == "Bedienung Hochregal-Anlage HRL-7" && e.CompanyDescription != null)));

        var invalid = await company.Hr.SubmitAsync($"/unternehmen/rollen/{id}", new Dictionary<string, string> { ["Added.Name"] = "", ["Added.TargetNow"] = "9" }, "form[action$='handler=Add']");
        var html = await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Bitte geben Sie den Namen der Kompetenz ein.", html);
        Assert.Contains("Die Zielstufe heute muss zwischen 1 und 4 liegen.", html);
    }

    [Fact]
    public async Task Manager_and_agreed_ratings_are_appended_and_the_agreed_level_counts_as_Ist()
    {
        var company = await platform.RegisterCompanyAsync("Bewertungs AG");
        var roleKey = await SomeRoleKeyAsync();
        var personId = await platform.AddEmployeeAsync(company, "Erik", "Eins");
        await company.AssignAsync(personId, "r:" + roleKey);
        var competency = await platform.WithDbAsync(db => db.RoleProfileEntries.Where(e => e.Role.Key == roleKey).OrderBy(e => e.Competency.Key).Select(e => e.Competency.Key).FirstAsync());

        var url = $"/unternehmen/mitarbeitende/{personId}";
        var manager = await company.Hr.SubmitAsync(url, new Dictionary<string, string> { [$"Levels[{competency}]"] = "1", ["Source"] = "Manager", ["Note"] = "Beobachtung im Projekt" });
        Assert.Equal(HttpStatusCode.Redirect, manager.StatusCode);
        var agreed = await company.Hr.SubmitAsync(url, new Dictionary<string, string> { [$"Levels[{competency}]"] = "3", ["Source"] = "Agreed" });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var later = await company.Hr.SubmitAsync(url, new Dictionary<string, string> { [$"Levels[{competency}]"] = "2", ["Source"] = "Manager" });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);

        var rows = await platform.WithDbAsync(db => db.Assessments.Where(a => a.PersonId == personId).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([RatingSource.Manager, RatingSource.Agreed, RatingSource.Manager], rows.Select(r => r.Source));
        Assert.Equal("Beobachtung im Projekt", rows[0].Note);
        var page = await company.Hr.GetDocumentAsync(url);
        var row = page.QuerySelectorAll(".compare-table tbody tr").Single(r => r.QuerySelector($"select[name='Levels[{competency}]']") is not null);
        Assert.Equal("3", row.Children[6].TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll("table:not(.compare-table) tbody tr").Length);

        var self = await company.Hr.SubmitAsync(url, new Dictionary<string, string> { [$"Levels[{competency}]"] = "2", ["Source"] = "Self" });
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("Selbsteinschätzungen gibt nur die Person selbst ab.", await self.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(await platform.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.SubjectPersonId == personId)));
    }

    [Fact]
    public async Task The_team_grid_saves_all_changed_cells_in_one_post()
    {
        var company = await platform.RegisterCompanyAsync("Raster KG");
        var roleKey = await SomeRoleKeyAsync();
        var roleId = await platform.AdoptRoleAsync(company, roleKey, "Raster-Rolle");
        var people = new[] { await platform.AddEmployeeAsync(company, "Anna", "Alpha"), await platform.AddEmployeeAsync(company, "Bernd", "Beta") };
        foreach (var p in people) await company.AssignAsync(p, "c:" + roleId);

        var url = $"/unternehmen/team-bewertung?rolle=c:{roleId}";
        var grid = await company.Hr.GetDocumentAsync(url);
        var cells = grid.QuerySelectorAll(".team-grid select").Select(s => s.GetAttribute("name")!).ToList();
        var competencies = await platform.WithDbAsync(db => db.CompanyRoleEntries.CountAsync(e => e.CompanyRoleId == roleId));
        Assert.Equal(2 * competencies, cells.Count);
        foreach (var select in grid.QuerySelectorAll(".team-grid select"))
            Assert.Equal(2, select.GetAttribute("aria-labelledby")!.Split(' ').Length);

        var response = await company.Hr.SubmitAsync(url, cells.Take(3).ToDictionary(c => c, _ => "2"), "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await platform.WithDbAsync(db => db.Assessments.CountAsync(a => people.Contains(a.PersonId) && a.Source == RatingSource.Manager)));

        var again = await company.Hr.SubmitAsync(url, cells.Take(3).ToDictionary(c => c, _ => "2"), "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await platform.WithDbAsync(db => db.Assessments.CountAsync(a => people.Contains(a.PersonId))));
    }

    [Fact]
    public async Task HR_of_company_A_reaches_nothing_of_company_B()
    {
        var a = await platform.RegisterCompanyAsync("Firma A");
        var b = await platform.RegisterCompanyAsync("Firma B");
        var roleKey = await SomeRoleKeyAsync();
        var roleOfB = await platform.AdoptRoleAsync(b, roleKey, "Rolle von B");
        var personOfB = await platform.AddEmployeeAsync(b, "Berta", "Bfirma");
        await b.AssignAsync(personOfB, "c:" + roleOfB);

        foreach (var url in new[] { $"/unternehmen/rollen/{roleOfB}", $"/unternehmen/mitarbeitende/{personOfB}" })
            Assert.Equal(HttpStatusCode.NotFound, (await a.Hr.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        var list = await a.Hr.GetStringAsync("/unternehmen/mitarbeitende", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Bfirma", list);
        var grid = await a.Hr.GetStringAsync($"/unternehmen/team-bewertung?rolle=c:{roleOfB}", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Bfirma", grid);

        // A's own form, with B's person smuggled in, changes nothing of B.
        var personOfA = await platform.AddEmployeeAsync(a, "Anton", "Afirma");
        await a.Hr.SubmitAsync("/unternehmen/mitarbeitende", new Dictionary<string, string> { [$"Assign[{personOfB}]"] = "" }, "form[action$='handler=Assign']");
        Assert.Equal(roleOfB, await platform.WithDbAsync(db => db.People.Where(p => p.Id == personOfB).Select(p => p.CompanyRoleId).SingleAsync()));
        Assert.True(personOfA > 0);
    }

    [Fact]
    public async Task Learners_cannot_open_company_pages_and_see_their_managers_ratings_on_Meine_Daten()
    {
        var company = await platform.RegisterCompanyAsync("Einsicht GmbH");
        var learner = platform.NewClient();
        var email = $"mit-{Guid.NewGuid():N}@example.org";
        await learner.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Mia Mitarbeit", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
        });
        var roleKey = await SomeRoleKeyAsync();
        var personId = await platform.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.User!.Email == email);
            person.OrganisationId = company.OrganisationId;
            person.RoleKey = roleKey;
            await db.SaveChangesAsync();
            return person.Id;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await learner.GetAsync("/unternehmen/mitarbeitende", TestContext.Current.CancellationToken)).StatusCode);

        var competency = await platform.WithDbAsync(db => db.RoleProfileEntries.Where(e => e.Role.Key == roleKey).Select(e => e.Competency).OrderBy(c => c.Key).FirstAsync());
        await company.Hr.SubmitAsync($"/unternehmen/mitarbeitende/{personId}", new Dictionary<string, string> { [$"Levels[{competency.Key}]"] = "3", ["Source"] = "Manager", ["Note"] = "Sehr sicher" });
        var mine = await learner.GetDocumentAsync("/meine-daten");
        var row = Assert.Single(mine.QuerySelectorAll("tbody tr"));
        Assert.Contains(competency.Name, row.TextContent);
        Assert.Contains("Führungskraft", row.TextContent);

        // Self-assessments reach the employer only after the person shares them.
        await platform.WithDbAsync(async db =>
        {
            db.Assessments.Add(new Weiterbildungsraum.Web.Features.Assessments.Assessment
            {
                PersonId = personId, CompetencyKey = competency.Key, Level = 1, Source = RatingSource.Self, AssessedAt = DateTime.UtcNow, FrameworkVersionId = competency.VersionId,
            });
            await db.SaveChangesAsync();
        });
        var hidden = await company.Hr.GetDocumentAsync($"/unternehmen/mitarbeitende/{personId}");
        Assert.Contains("nicht freigegeben", hidden.QuerySelector(".compare-table tbody tr")!.Children[3].TextContent);
        await learner.SubmitAsync("/meine-daten", new Dictionary<string, string> { ["Share"] = "true" });
        Assert.True(await platform.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.SharesSelfAssessments).SingleAsync()));
        var shared = await company.Hr.GetDocumentAsync($"/unternehmen/mitarbeitende/{personId}");
        var sharedRow = shared.QuerySelectorAll(".compare-table tbody tr").Single(r => r.QuerySelector($"select[name='Levels[{competency.Key}]']") is not null);
        Assert.StartsWith("1", sharedRow.Children[3].TextContent.Trim());
    }
}
