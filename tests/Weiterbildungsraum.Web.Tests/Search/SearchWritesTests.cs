using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>A platform of its own: these tests change offers, write enquiries and break the index folder.</summary>
public sealed class SearchWritesPlatform() : TestPlatform(demoData: true, new Dictionary<string, string> { ["Search:CatchUpSeconds"] = "1" });

public class SearchWritesTests(SearchWritesPlatform platform) : IClassFixture<SearchWritesPlatform>
{
    private static readonly SemaphoreSlim Sequential = new(1, 1);

    [Fact]
    public async Task An_enquiry_is_validated_in_German_and_stored()
    {
        var offerId = await platform.WithDbAsync(db => db.Offers.Where(o => o.IsPublished).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var client = platform.CreateClient();
        var url = $"/angebote/{offerId}";

        var invalid = await client.SubmitAsync(url, new Dictionary<string, string> { ["Enquiry.Name"] = "Erika Muster", ["Enquiry.Email"] = "keine-adresse", ["Enquiry.Message"] = "Gibt es noch Plätze im Frühjahr?" }, "form[method=post]");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("gültige E-Mail-Adresse", await invalid.Content.ReadAsStringAsync());

        var valid = await client.SubmitAsync(url, new Dictionary<string, string> { ["Enquiry.Name"] = "Erika Muster", ["Enquiry.Email"] = "erika@example.org", ["Enquiry.Message"] = "Gibt es noch Plätze im Frühjahr?" }, "form[method=post]");
        Assert.True(valid.IsSuccessStatusCode || valid.StatusCode == HttpStatusCode.Redirect, $"{valid.StatusCode}");

        var stored = await platform.WithDbAsync(db => db.Enquiries.Where(e => e.OfferId == offerId && e.Email == "erika@example.org").SingleAsync());
        Assert.Equal("Erika Muster", stored.Name);
        Assert.Null(stored.FromUserId);
    }

    [Fact]
    public async Task An_enquiry_without_antiforgery_token_is_refused()
    {
        var offerId = await platform.WithDbAsync(db => db.Offers.Where(o => o.IsPublished).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var response = await platform.CreateClient().PostAsync($"/angebote/{offerId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Enquiry.Name"] = "Ohne Token", ["Enquiry.Email"] = "ohne@example.org", ["Enquiry.Message"] = "Diese Anfrage darf nicht ankommen.",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.Email == "ohne@example.org")));
    }

    [Fact]
    public async Task ReindexOffer_makes_a_change_searchable_at_once()
    {
        await Sequential.WaitAsync();
        try
        {
            var id = await RenameAsync("Quantenschraubertechnik", touch: false);
            await platform.Services.GetRequiredService<OfferIndex>().ReindexOfferAsync(id);

            var result = await platform.CreateClient().SearchAsync("q=Quantenschraubertechnik");
            Assert.Equal(id, Assert.Single(result.Items).Id);
        }
        finally { Sequential.Release(); }
    }

    [Fact]
    public async Task A_word_searched_before_a_change_finds_the_changed_offer_afterwards_also_with_a_typo()
    {
        await Sequential.WaitAsync();
        try
        {
            // The first searches keep the word's query (with its typo variants) for the index as it was.
            var client = platform.CreateClient();
            Assert.Equal(0, (await client.SearchAsync("q=Bernsteinpolierkunde")).Total);
            Assert.Equal(0, (await client.SearchAsync("q=Bernsteinpolirkunde")).Total);

            var id = await RenameAsync("Bernsteinpolierkunde", touch: false);
            await platform.Services.GetRequiredService<OfferIndex>().ReindexOfferAsync(id);

            Assert.Equal(id, Assert.Single((await client.SearchAsync("q=Bernsteinpolierkunde")).Items).Id);
            Assert.Equal(id, Assert.Single((await client.SearchAsync("q=Bernsteinpolirkunde")).Items).Id);
        }
        finally { Sequential.Release(); }
    }

    [Fact]
    public async Task Changes_made_elsewhere_reach_the_index_through_the_catch_up()
    {
        await Sequential.WaitAsync();
        try
        {
            var id = await RenameAsync("Zitronenfaltertraining", touch: true);
            await EventuallyAsync(async () => (await platform.CreateClient().SearchAsync("q=Zitronenfaltertraining")).Items.Any(i => i.Id == id));

            await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublished, false).SetProperty(o => o.UpdatedAt, DateTime.UtcNow).SetProperty(o => o.Version, Guid.NewGuid())));
            await EventuallyAsync(async () => (await platform.CreateClient().SearchAsync("q=Zitronenfaltertraining")).Total == 0);
        }
        finally { Sequential.Release(); }
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("corrupted")]
    public async Task A_deleted_or_corrupted_index_is_rebuilt_from_the_database(string damage)
    {
        await Sequential.WaitAsync();
        try
        {
            var index = platform.Services.GetRequiredService<OfferIndex>();
            var before = (await platform.CreateClient().SearchAsync("pageSize=1")).Total;
            index.Close();
            if (damage == "deleted") Directory.Delete(index.IndexPath, recursive: true);
            else foreach (var file in Directory.GetFiles(index.IndexPath)) await File.WriteAllBytesAsync(file, [.. Enumerable.Repeat((byte)0x5A, 64)]);

            await index.EnsureReadyAsync();

            Assert.Equal(before, (await platform.CreateClient().SearchAsync("pageSize=1")).Total);
            Assert.True((await platform.CreateClient().SearchAsync("q=Gabelstapler")).Total > 0);
        }
        finally { Sequential.Release(); }
    }

    private async Task<int> RenameAsync(string word, bool touch) => await platform.WithDbAsync(async db =>
    {
        var offer = await db.Offers.Where(o => o.IsPublished && o.Sessions.Any()).OrderByDescending(o => o.Id).FirstAsync();
        offer.Title = $"{word} – {offer.Title}";
        if (touch) offer.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return offer.Id;
    });

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Der Suchindex hat die Änderung nicht binnen 20 Sekunden übernommen.");
            await Task.Delay(250);
        }
    }
}
