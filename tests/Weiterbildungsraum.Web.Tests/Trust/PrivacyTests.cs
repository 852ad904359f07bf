using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Tests.Trust;

public class PrivacyTests(DemoPlatform platform)
{
    private async Task<(HttpClient Client, string Email, int PersonId)> NewPersonWithRatingsAsync()
    {
        var email = $"privat-{Guid.NewGuid():N}@example.org";
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Paula Privat", ["Input.Email"] = email, ["Input.Password"] = "Privat-Sache-2026",
        });
        var personId = await platform.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.User!.Email == email);
            db.Assessments.Add(new Assessment { PersonId = person.Id, CompetencyKey = "x-test", Level = 2, Source = RatingSource.Self, AssessedAt = DateTime.UtcNow, Note = "meine Notiz" });
            var hr = await db.Users.SingleAsync(u => u.Email == "personal@demo.weiterbildungsraum.de");
            AuditLog.RecordRead(db, hr.Id, person.Id, "Einschätzungen angesehen");
            await db.SaveChangesAsync();
            return person.Id;
        });
        return (client, email, personId);
    }

    [Fact]
    public async Task A_person_downloads_all_own_data_and_sees_who_looked()
    {
        var (client, email, _) = await NewPersonWithRatingsAsync();
        var page = await client.GetDocumentAsync("/meine-daten/datenschutz");
        Assert.Contains("Paul Personal", page.Body!.TextContent);

        var response = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string>(), "form[action*='handler=Export']");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("meine Notiz", export.GetProperty("assessments")[0].GetProperty("note").GetString());
        Assert.Equal(1, export.GetProperty("readsOfMyData").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_the_account_removes_login_and_names_and_keeps_anonymous_ratings()
    {
        var (client, email, personId) = await NewPersonWithRatingsAsync();
        var unconfirmed = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Contains("Bitte bestätigen Sie", await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(await platform.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));

        var deleted = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string> { ["bestaetigt"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.False(await platform.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var person = await platform.WithDbAsync(db => db.People.SingleAsync(p => p.Id == personId));
        Assert.Equal(AccountDeletion.AnonymousName, person.FirstName);
        Assert.Null(person.UserId);
        var rating = await platform.WithDbAsync(db => db.Assessments.SingleAsync(a => a.PersonId == personId));
        Assert.Equal(2, rating.Level);
        Assert.Null(rating.Note);

        var login = await platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SubmitAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Privat-Sache-2026" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
