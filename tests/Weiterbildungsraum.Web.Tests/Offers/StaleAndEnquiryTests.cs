using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Tests.Offers;

public class StaleAndEnquiryTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    [Fact]
    public async Task An_offer_not_updated_for_twelve_months_is_flagged_with_a_banner_and_a_recorded_warning()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Alt");
        var fresh = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Frisches Angebot");
        var old = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Altes Angebot", DateTime.UtcNow.AddMonths(-13));
        var client = await Providers.SignInAsync(platform, staff.Email);

        var html = await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken);
        Assert.Contains("1 Angebot wurde seit über 12 Monaten nicht aktualisiert", html);
        Assert.Contains("wird ausgeblendet am", html);
        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        Assert.NotNull(offers.Single(o => o.Id == old).StaleWarningSentAt);
        Assert.Null(offers.Single(o => o.Id == fresh).StaleWarningSentAt);

        // Four weeks later it is hidden; saving it makes it current again.
        await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == old).ExecuteUpdateAsync(s => s.SetProperty(o => o.StaleWarningSentAt, DateTime.UtcNow.AddDays(-29))));
        Assert.Contains("ausgeblendet seit", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));
        var saved = await client.SubmitAsync($"/anbieter/angebote/{old}", new Dictionary<string, string> { ["Input.Content"] = "<p>Geprüft und aktuell.</p>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var updated = (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Single(o => o.Id == old);
        Assert.Null(updated.StaleWarningSentAt);
        Assert.True(Domain.Offers.OfferVisibility.IsPublic(updated.IsPublished, updated.UpdatedAt, updated.StaleWarningSentAt, DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    [Fact]
    public async Task Enquiries_arrive_in_the_inbox_and_are_marked_as_read()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Anfragen");
        var offer = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Angebot mit Anfrage");
        await platform.WithDbAsync(async db =>
        {
            db.Enquiries.Add(new Enquiry { OfferId = offer, Name = "Lea Lernlust", Email = "lea@example.org", OrganisationName = "Firma X", Message = "Gibt es noch Plätze im März?", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var client = await Providers.SignInAsync(platform, staff.Email);
        Assert.Contains("1 ungelesen", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));
        var inbox = await client.GetStringAsync("/anbieter/anfragen", TestContext.Current.CancellationToken);
        Assert.Contains("Gibt es noch Plätze im März?", inbox);
        Assert.Contains("Neu:", inbox);

        var read = await client.SubmitAsync("/anbieter/anfragen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.NotNull(await platform.WithDbAsync(db => db.Enquiries.Where(e => e.OfferId == offer).Select(e => e.ReadAt).SingleAsync()));
        Assert.Contains("0 ungelesen", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_SMTP_no_mail_is_sent_and_with_SMTP_the_provider_gets_one()
    {
        var off = new EnquiryMail(new SmtpMail(Options.Create(new SmtpOptions()), NullLogger<SmtpMail>.Instance), NullLogger<EnquiryMail>.Instance);
        Assert.False(off.Enabled);
        var enquiry = new Enquiry { Id = 7, Name = "Lea", Email = "lea@example.org", Message = "Frage zum Kurs" };
        Assert.False(await off.SendAsync(enquiry, "Kurs", "kurse@example.org", TestContext.Current.CancellationToken));

        using var server = new FakeSmtp();
        var on = new EnquiryMail(new SmtpMail(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "plattform@example.org", EnableSsl = false }),
            NullLogger<SmtpMail>.Instance), NullLogger<EnquiryMail>.Instance);
        Assert.True(await on.SendAsync(enquiry, "Schweißen Grundkurs", "kurse@example.org", TestContext.Current.CancellationToken));
        var message = await server.NextAsync();
        Assert.Contains("RCPT TO:<kurse@example.org>", message);
        Assert.Contains("Frage zum Kurs", message);
    }
}
