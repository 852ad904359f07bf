using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Weiterbildungsraum.Web.Features.Offers;

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
        var off = new EnquiryMail(Options.Create(new SmtpOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<EnquiryMail>.Instance);
        Assert.False(off.Enabled);
        var enquiry = new Enquiry { Id = 7, Name = "Lea", Email = "lea@example.org", Message = "Frage zum Kurs" };
        Assert.False(await off.SendAsync(enquiry, "Kurs", "kurse@example.org", TestContext.Current.CancellationToken));

        using var server = new FakeSmtp();
        var on = new EnquiryMail(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, From = "plattform@example.org", EnableSsl = false }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<EnquiryMail>.Instance);
        Assert.True(await on.SendAsync(enquiry, "Schweißen Grundkurs", "kurse@example.org", TestContext.Current.CancellationToken));
        var message = await server.Received.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Contains("RCPT TO:<kurse@example.org>", message);
        Assert.Contains("Frage zum Kurs", message);
    }

    /// <summary>Just enough SMTP on loopback to receive one message.</summary>
    private sealed class FakeSmtp : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        public TaskCompletionSource<string> Received { get; } = new();
        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public FakeSmtp()
        {
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        private async Task ServeAsync()
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            var log = new StringBuilder();
            await writer.WriteLineAsync("220 test ESMTP");
            var inData = false;
            for (var i = 0; i < 10_000 && await reader.ReadLineAsync() is { } line; i++)
            {
                log.AppendLine(line);
                if (inData)
                {
                    if (line == ".") { inData = false; await writer.WriteLineAsync("250 OK"); }
                    continue;
                }
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 test");
                else if (verb == "DATA") { inData = true; await writer.WriteLineAsync("354 go"); }
                else if (verb == "QUIT") { await writer.WriteLineAsync("221 bye"); break; }
                else await writer.WriteLineAsync("250 OK");
            }
            Received.TrySetResult(log.ToString());
        }

        public void Dispose() => listener.Stop();
    }
}
