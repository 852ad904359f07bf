using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Accounts;

public class AccountTests(DemoPlatform platform)
{
    private HttpClient NewClient() => platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_learner_registers_through_the_form_and_is_signed_in()
    {
        var client = NewClient();
        var email = $"neu-{Guid.NewGuid():N}@example.org";
        var response = await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Nora Neumann", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var start = await client.GetStringAsync("/mein-bereich", TestContext.Current.CancellationToken);
        Assert.Contains("Nora Neumann", start);
        Assert.Contains("Abmelden", start);
        var person = await platform.WithDbAsync(db => db.People.SingleAsync(p => p.User!.Email == email));
        Assert.Equal("Neumann", person.LastName);
    }

    [Fact]
    public async Task A_company_registration_creates_the_company_with_its_HR_member()
    {
        var client = NewClient();
        var email = $"hr-{Guid.NewGuid():N}@example.org";
        var response = await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "unternehmen", ["Input.Name"] = "Hanna Rau", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
            ["Input.OrganisationName"] = "Testfirma " + email, ["Input.Town"] = "Kamen", ["Input.EmployeeCount"] = "42",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var membership = await platform.WithDbAsync(db => db.Memberships.Include(m => m.Organisation).SingleAsync(m => m.User.Email == email));
        Assert.Equal(42, membership.Organisation.EmployeeCount);
        Assert.Equal("Kamen", membership.Organisation.Town);
    }

    [Fact]
    public async Task Weak_password_and_missing_fields_are_explained_in_German_and_nothing_is_stored()
    {
        var email = $"schwach-{Guid.NewGuid():N}@example.org";
        var response = await NewClient().SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "unternehmen", ["Input.Name"] = "X", ["Input.Email"] = email, ["Input.Password"] = "kurz",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Bitte geben Sie den Namen Ihrer Organisation ein.", html);
        Assert.Contains("Anzahl der Beschäftigten", html);
        Assert.False(await platform.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Demo_users_can_sign_in_and_a_wrong_password_is_refused()
    {
        var (email, _, _) = DemoSeeder.DemoUsers[0];
        var client = NewClient();
        var wrong = await client.SubmitAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "falsch-falsch" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort sind falsch.", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var right = await client.SubmitAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("wbr.auth", string.Join(";", right.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_rejected()
    {
        var response = await NewClient().PostAsync("/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "a@example.org", ["Input.Password"] = "egal-egal",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
