using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Network.Profiles;
using Weiterbildungsraum.Web.Tests.Competencies;

namespace Weiterbildungsraum.Web.Tests.Network;

[Collection(NetworkDirectory.Collection)]
public class ProfileTests(DemoPlatform platform)
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private const string Password = "Profil-Sache-2026";

    private HttpClient NewClient() => platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A company registered through the form; its HR account and the organisation's id.</summary>
    private async Task<(string Email, int Id, string Name)> NewCompanyAsync(string town = "Kamen")
    {
        var email = $"hr-{Guid.NewGuid():N}@example.org";
        var name = "Profilfirma " + Guid.NewGuid().ToString("N")[..6];
        var response = await NewClient().SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "unternehmen", ["Input.Name"] = "Henrike Rau", ["Input.Email"] = email, ["Input.Password"] = Password,
            ["Input.OrganisationName"] = name, ["Input.Town"] = town, ["Input.EmployeeCount"] = "12",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
        return (email, id, name);
    }

    private Dictionary<string, string> Publish(bool isPublic, string description = "Spedition mit eigener Ausbildungswerkstatt.") => new()
    {
        ["Input.IsPublic"] = isPublic ? "true" : "false", ["Input.Description"] = description, ["Input.Postcode"] = "59174",
        ["Input.Website"] = "https://www.beispiel.example",
    };

    private async Task<bool> ListedAsync(int id) =>
        (await platform.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/organisations", Ct))!.Any(o => o.GetProperty("id").GetInt32() == id);

    [Fact]
    public async Task A_company_appears_in_the_directory_only_after_it_chooses_to_and_can_hide_again()
    {
        var (email, id, name) = await NewCompanyAsync();
        var hr = await platform.ClientAsAsync(email, Password);
        var overview = await hr.GetDocumentAsync("/netzwerk/profil");
        Assert.Contains(name, overview.QuerySelector("main")!.TextContent);
        Assert.Contains("nicht öffentlich", overview.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync($"/netzwerk/{id}", Ct)).StatusCode);
        Assert.False(await ListedAsync(id));

        var invalid = await hr.SubmitAsync($"/netzwerk/profil/{id}", new Dictionary<string, string>
        {
            ["Input.IsPublic"] = "true", ["Input.Description"] = "", ["Input.Website"] = "javascript:alert(1)", ["Input.Postcode"] = "591",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Ein öffentliches Profil braucht eine kurze Beschreibung", html);
        Assert.Contains("mit https://", html);
        Assert.Contains("Die Postleitzahl hat fünf Ziffern.", html);
        Assert.False(await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsPublicProfile).SingleAsync()));

        var saved = await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(true));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var publicPage = await NewClient().GetDocumentAsync($"/netzwerk/{id}");
        Assert.Contains("Spedition mit eigener Ausbildungswerkstatt.", publicPage.Body!.TextContent);
        Assert.True(await ListedAsync(id));
        var inKamen = await platform.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/organisations?town=Kamen&type=Company", Ct);
        Assert.Contains(inKamen!, o => o.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(false))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync($"/netzwerk/{id}", Ct)).StatusCode);
        Assert.False(await ListedAsync(id));
        Assert.DoesNotContain(name, (await NewClient().GetDocumentAsync("/netzwerk")).Body!.TextContent);
    }

    [Fact]
    public async Task Two_people_editing_the_profile_at_once_are_told_and_the_later_input_is_kept()
    {
        var (email, id, _) = await NewCompanyAsync();
        var first = await platform.ClientAsAsync(email, Password);
        var second = await platform.ClientAsAsync(email, Password);
        var stale = await second.GetDocumentAsync($"/netzwerk/profil/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync($"/netzwerk/profil/{id}", Publish(false, "Fassung eins"))).StatusCode);
        var fields = Coordinator.Fields(stale).With("Input.Description", "Fassung zwei");
        var conflict = await second.PostAsync($"/netzwerk/profil/{id}", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = Forms.Parse(await conflict.Content.ReadAsStringAsync(Ct));
        Assert.Contains(EditProfileModel.ConflictMessage, page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Fassung zwei", page.QuerySelector<IHtmlTextAreaElement>("#Input_Description")!.Value);
        Assert.Equal("Fassung eins", await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Description).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_organisations_own_staff_edit_its_profile_and_the_coordination_only_curates_network_actors()
    {
        var (email, id, _) = await NewCompanyAsync();
        var (otherEmail, _, _) = await NewCompanyAsync();
        var chamber = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Key == "kih-hellweg-ruhr").Select(o => o.Id).SingleAsync());
        var provider = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Key == "hellweg-akademie").Select(o => o.Id).SingleAsync());
        var urls = new[] { $"/netzwerk/profil/{id}", $"/netzwerk/profil/{id}/ansprechpersonen" };

        Assert.Equal(HttpStatusCode.OK, (await (await platform.ClientAsAsync(email, Password)).GetAsync(urls[0], Ct)).StatusCode);
        var strangers = new[]
        {
            await platform.ClientAsAsync(otherEmail, Password), await platform.ClientAsRoleAsync(Roles.CompanyHR),
            await platform.ClientAsRoleAsync(Roles.Provider), await platform.ClientAsRoleAsync(Roles.Coordinator),
        };
        foreach (var stranger in strangers)
            foreach (var url in urls)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url, Ct)).StatusCode);
                var post = await stranger.PostAsync(url, new FormUrlEncodedContent(Coordinator.Fields(await (await platform.ClientAsAsync(email, Password)).GetDocumentAsync(urls[0]))), Ct);
                Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)post.StatusCode}");
            }
        var learner = await platform.ClientAsRoleAsync(Roles.Learner);
        Assert.Contains("/zugriff-verweigert", (await learner.GetAsync(urls[0], Ct)).Headers.Location!.ToString());
        Assert.Contains("/anmelden", (await NewClient().GetAsync(urls[0], Ct)).Headers.Location!.ToString());

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/netzwerk/profil/{chamber}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/netzwerk/profil/{provider}", Ct)).StatusCode);
        var curated = await coordinator.GetDocumentAsync("/netzwerk/profil");
        Assert.Contains("Profile der Netzwerk-Akteure", curated.Body!.TextContent);
        Assert.NotNull(curated.QuerySelector($"a[href='/netzwerk/profil/{chamber}']"));
        Assert.Null(curated.QuerySelector($"a[href='/netzwerk/profil/{provider}']"));
        Assert.Equal(HttpStatusCode.OK, (await (await platform.ClientAsRoleAsync(Roles.Provider)).GetAsync($"/netzwerk/profil/{provider}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_coordination_publishes_a_network_actors_profile()
    {
        var name = "Verein Weiterbildung " + Guid.NewGuid().ToString("N")[..6];
        var id = await platform.WithDbAsync(async db =>
        {
            var actor = new Organisation { Name = name, Type = OrganisationType.Association, Town = "Werne", IsApproved = true, CreatedAt = DateTime.UtcNow };
            db.Organisations.Add(actor);
            await db.SaveChangesAsync();
            return actor.Id;
        });
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/netzwerk/profil/{id}", new Dictionary<string, string>
        {
            ["Input.IsPublic"] = "true", ["Input.Description"] = "Verein der Personalverantwortlichen im Kreis Unna.",
        })).StatusCode);
        Assert.True(await ListedAsync(id));
    }

    [Fact]
    public async Task A_contact_entered_by_the_organisation_is_public_only_while_the_organisation_confirms_the_persons_consent()
    {
        var (email, id, _) = await NewCompanyAsync();
        var hr = await platform.ClientAsAsync(email, Password);
        await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(true));
        var contacts = $"/netzwerk/profil/{id}/ansprechpersonen";

        var missing = await hr.SubmitAsync(contacts, new Dictionary<string, string> { ["Input.Email"] = "keine-adresse" });
        Assert.Contains("Bitte geben Sie den Namen der Ansprechperson ein", await missing.Content.ReadAsStringAsync(Ct));

        var added = await hr.SubmitAsync(contacts, new Dictionary<string, string>
        {
            ["Input.Name"] = "Petra Personal", ["Input.Function"] = "Ausbildung", ["Input.Email"] = "p.personal@beispiel.example",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.DoesNotContain("Petra Personal", (await NewClient().GetDocumentAsync($"/netzwerk/{id}")).Body!.TextContent);
        Assert.DoesNotContain("Petra Personal", await NewClient().GetStringAsync("/api/v1/organisations", Ct));

        var contactId = await platform.WithDbAsync(db => db.ContactPersons.Where(c => c.OrganisationId == id).Select(c => c.Id).SingleAsync());
        var edit = $"{contacts}/{contactId}";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(edit, new Dictionary<string, string> { ["Input.ConsentConfirmed"] = "true" })).StatusCode);
        var profile = await NewClient().GetDocumentAsync($"/netzwerk/{id}");
        Assert.Contains("Petra Personal", profile.Body!.TextContent);
        Assert.Contains("Ausbildung", profile.QuerySelector(".contacts")!.TextContent);
        Assert.Contains("Petra Personal", await NewClient().GetStringAsync("/api/v1/organisations", Ct));

        // While the profile itself is private, nobody is listed either.
        await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(false));
        Assert.DoesNotContain("Petra Personal", await NewClient().GetStringAsync("/api/v1/organisations", Ct));
        await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(true));

        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(edit, new Dictionary<string, string> { ["Input.ConsentConfirmed"] = "false" })).StatusCode);
        Assert.DoesNotContain("Petra Personal", (await NewClient().GetDocumentAsync($"/netzwerk/{id}")).Body!.TextContent);

        var stale = await hr.GetDocumentAsync(edit);
        await hr.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Phone"] = "02307 1234" });
        var conflict = await hr.PostAsync(edit, new FormUrlEncodedContent(Coordinator.Fields(stale).With("Input.Phone", "0000")), Ct);
        Assert.Contains(EditContactPersonModel.ConflictMessage, await conflict.Content.ReadAsStringAsync(Ct));

        var removed = await hr.SubmitAsync(edit, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Id == contactId)));
    }

    [Fact]
    public async Task A_member_with_her_own_account_decides_herself_and_her_listing_goes_with_her_account()
    {
        var (email, id, name) = await NewCompanyAsync();
        var hr = await platform.ClientAsAsync(email, Password);
        await hr.SubmitAsync($"/netzwerk/profil/{id}", Publish(true));
        var memberEmail = $"mia-{Guid.NewGuid():N}@example.org";
        var memberId = await platform.WithDbAsync(async db =>
        {
            using var scope = platform.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = memberEmail, Email = memberEmail, EmailConfirmed = true, DisplayName = "Mia Mitglied", CreatedAt = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Learner);
            db.Memberships.Add(new Membership { OrganisationId = id, UserId = user.Id, Kind = MembershipKind.Employee, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return user.Id;
        });

        var contacts = $"/netzwerk/profil/{id}/ansprechpersonen";
        var form = await hr.GetDocumentAsync(contacts);
        Assert.Contains(form.QuerySelectorAll("#Input_MemberUserId option"), o => o.GetAttribute("value") == memberId);
        var added = await hr.SubmitAsync(contacts, new Dictionary<string, string>
        {
            ["Input.MemberUserId"] = memberId, ["Input.Function"] = "Betriebsrätin", ["Input.ConsentConfirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contact = await platform.WithDbAsync(db => db.ContactPersons.AsNoTracking().SingleAsync(c => c.UserId == memberId));
        Assert.Equal("Mia Mitglied", contact.Name);
        Assert.Equal(memberEmail, contact.Email);
        Assert.False(contact.IsPublic);
        Assert.DoesNotContain("Mia Mitglied", (await NewClient().GetDocumentAsync($"/netzwerk/{id}")).Body!.TextContent);

        var mia = await platform.ClientAsAsync(memberEmail, Password);
        Assert.Contains("/mein-bereich/ansprechperson", await mia.GetStringAsync("/mein-bereich", Ct));
        var consent = await mia.GetDocumentAsync("/mein-bereich/ansprechperson");
        Assert.Contains(name, consent.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await mia.SubmitAsync("/mein-bereich/ansprechperson", new Dictionary<string, string> { ["Agrees"] = "true" })).StatusCode);
        Assert.Contains("Mia Mitglied", (await NewClient().GetDocumentAsync($"/netzwerk/{id}")).Body!.TextContent);

        // A form she loaded before the organisation changed her entry does not give consent to the new data.
        var before = await mia.GetDocumentAsync("/mein-bereich/ansprechperson");
        var changed = await hr.SubmitAsync($"{contacts}/{contact.Id}", new Dictionary<string, string> { ["Input.Phone"] = "02307 99 88" });
        Assert.Contains("muss die Person der öffentlichen Nennung erneut zustimmen", await (await hr.GetAsync(changed.Headers.Location!.ToString(), Ct)).Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain("Mia Mitglied", (await NewClient().GetDocumentAsync($"/netzwerk/{id}")).Body!.TextContent);
        var stale = await mia.PostAsync("/mein-bereich/ansprechperson", new FormUrlEncodedContent(Coordinator.Fields(before, "main form").With("Agrees", "true")), Ct);
        Assert.Contains("Ihre Organisation hat den Eintrag inzwischen geändert", await stale.Content.ReadAsStringAsync(Ct));
        Assert.False(await platform.WithDbAsync(db => db.ContactPersons.Where(c => c.Id == contact.Id).Select(c => c.IsPublic).SingleAsync()));

        var export = await mia.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string>(), "form[action*='handler=Export']");
        var listing = Assert.Single(JsonDocument.Parse(await export.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("contactListings").EnumerateArray());
        Assert.Equal("02307 99 88", listing.GetProperty("phone").GetString());

        var deleted = await mia.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string> { ["bestaetigt"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Id == contact.Id)));
    }

    [Fact]
    public async Task Approving_a_provider_does_not_publish_its_profile_the_provider_opts_in()
    {
        var name = "Opt-in Akademie " + Guid.NewGuid().ToString("N")[..6];
        var email = $"anbieter-{Guid.NewGuid():N}@example.org";
        await NewClient().SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "anbieter", ["Input.Name"] = "Olga Opt", ["Input.Email"] = email, ["Input.Password"] = Password,
            ["Input.OrganisationName"] = name, ["Input.Town"] = "Unna",
        });
        var id = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var approvals = await coordinator.GetDocumentAsync("/koordination/anbieter-freigeben");
        Assert.Contains("die Freigabe veröffentlicht es nicht", approvals.Body!.TextContent);
        var approved = await coordinator.SubmitAsync("/koordination/anbieter-freigeben", new Dictionary<string, string>(), $"form[action*='id={id}']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var organisation = await platform.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.True(organisation.IsApproved);
        Assert.False(organisation.IsPublicProfile);
        Assert.False(await ListedAsync(id));

        var provider = await platform.ClientAsAsync(email, Password);
        var area = await provider.GetDocumentAsync("/anbieter");
        Assert.Contains("nicht im Netzwerkverzeichnis", area.Body!.TextContent);
        Assert.NotNull(area.QuerySelector($"a[href='/netzwerk/profil/{id}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await provider.SubmitAsync($"/netzwerk/profil/{id}", new Dictionary<string, string>
        {
            ["Input.IsPublic"] = "true", ["Input.Description"] = "Kurse für Büro und Verwaltung.",
        })).StatusCode);
        Assert.True(await ListedAsync(id));
    }
}
