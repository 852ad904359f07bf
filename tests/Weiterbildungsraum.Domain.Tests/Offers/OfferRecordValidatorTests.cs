using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

/// <summary>An offer is refused only when it cannot be shown at all; what real catalogues often lack is a warning with a fallback.</summary>
public class OfferRecordValidatorTests
{
    private static readonly SupplierRecord Provider = new("hb", "Hellweg-Bildung gGmbH", "Lagerstraße 5", "59199", "Bönen");

    /// <summary>A complete offer with one session on site, changed by <paramref name="change"/>, validated.</summary>
    private static (ParsedCatalogue Catalogue, OfferRecord Offer) Validated(Action<OfferRecord, SessionRecord> change, SupplierRecord? supplier = null)
    {
        var catalogue = new ParsedCatalogue { File = "k.csv", Format = "CSV", Supplier = supplier };
        var offer = new OfferRecord
        {
            Location = "Zeile 2", ExternalId = "K-1", Title = "Gabelstapler-Grundkurs",
            Content = "Theorie und Praxis des Staplerfahrens nach DGUV Grundsatz 308-001.", Hours = 24, Price = 495,
        };
        var session = new SessionRecord
        {
            Location = "Zeile 2", StartDate = new DateOnly(2027, 3, 1), EndDate = new DateOnly(2027, 3, 3), Format = SessionFormat.Onsite,
            VenueName = "Schulungshalle", Street = "Lagerstraße 5", Postcode = "59199", Town = "Bönen",
        };
        offer.Sessions.Add(session);
        change(offer, session);
        catalogue.Offers.Add(offer);
        OfferRecordValidator.Validate(catalogue);
        return (catalogue, offer);
    }

    private static ImportProblem Only(ParsedCatalogue catalogue, string field) => Assert.Single(catalogue.Problems, p => p.Field == field);

    [Fact]
    public void A_complete_offer_has_no_findings() => Assert.Empty(Validated((_, _) => { }).Catalogue.Problems);

    [Theory]
    [InlineData("Angebotsnummer")]
    [InlineData("Titel")]
    public void An_offer_without_its_own_number_or_a_title_is_refused(string field)
    {
        var (catalogue, offer) = Validated((o, _) =>
        {
            if (field == "Titel") o.Title = "";
            else o.ExternalId = "";
        });
        var error = Only(catalogue, field);
        Assert.Equal((ProblemSeverity.Error, offer), (error.Severity, error.Offer));
        Assert.Equal([offer], catalogue.Refused);
    }

    [Fact]
    public void An_offer_with_nothing_about_its_content_is_refused()
    {
        var (catalogue, _) = Validated((o, _) => o.Content = "<p> </p>");
        Assert.Equal(ProblemSeverity.Error, Only(catalogue, "Beschreibung").Severity);
    }

    [Fact]
    public void Without_a_description_the_summary_is_shown()
    {
        var (catalogue, offer) = Validated((o, _) => (o.Content, o.Summary) = ("", "Staplerschein in drei Tagen."));
        Assert.Equal(ProblemSeverity.Notice, Only(catalogue, "Beschreibung").Severity);
        Assert.Equal("Staplerschein in drei Tagen.", offer.Content);
    }

    [Fact]
    public void A_short_description_is_a_warning()
    {
        var (catalogue, _) = Validated((o, _) => o.Content = "Staplerschein in drei Tagen.");
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Beschreibung").Severity);
        Assert.False(catalogue.HasErrors);
    }

    [Fact]
    public void A_missing_price_is_shown_as_price_on_request_before_the_providers_remark()
    {
        var (catalogue, offer) = Validated((o, _) => (o.Price, o.PriceRemark) = (null, "zzgl. Prüfungsgebühr"));
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Preis").Severity);
        Assert.Equal("Preis auf Anfrage – zzgl. Prüfungsgebühr", offer.PriceRemark);
        Assert.Null(offer.Price);
    }

    [Fact]
    public void A_price_of_zero_is_free_not_missing()
    {
        var (catalogue, offer) = Validated((o, _) => o.Price = 0);
        Assert.Empty(catalogue.Problems);
        Assert.Equal("", offer.PriceRemark);
    }

    [Fact]
    public void Missing_hours_are_a_warning_and_a_course_of_one_day_takes_them_from_its_clock_times()
    {
        var (catalogue, offer) = Validated((o, _) => o.Hours = null);
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Unterrichtsstunden").Severity);
        Assert.Null(offer.Hours);

        var (oneDay, course) = Validated((o, s) => (o.Hours, s.EndDate, s.StartTime, s.EndTime) = (null, s.StartDate, new TimeOnly(9, 0), new TimeOnly(16, 30)));
        Assert.Equal(ProblemSeverity.Notice, Only(oneDay, "Unterrichtsstunden").Severity);
        Assert.Equal(8, course.Hours);
    }

    [Fact]
    public void Three_hours_or_less_are_a_warning_not_a_refusal()
    {
        var (catalogue, offer) = Validated((o, _) => o.Hours = 2);
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Unterrichtsstunden").Severity);
        Assert.Equal(2, offer.Hours);
    }

    [Fact]
    public void A_venue_without_a_name_takes_its_street()
    {
        var (catalogue, _) = Validated((_, s) => (s.VenueName, s.Street) = ("", "Hafenweg 1"), Provider);
        Assert.Equal(ProblemSeverity.Notice, Only(catalogue, "Veranstaltungsort").Severity);
        Assert.False(catalogue.HasErrors);
    }

    [Fact]
    public void A_venue_without_a_name_at_the_providers_address_takes_the_providers_name()
    {
        SessionRecord? venue = null;
        var (catalogue, _) = Validated((_, s) => (s.VenueName, venue) = ("", s), Provider);
        Assert.Equal("Hellweg-Bildung gGmbH", venue!.VenueName);
        Assert.Contains("„Hellweg-Bildung gGmbH“", Only(catalogue, "Veranstaltungsort").Message);
    }

    [Fact]
    public void An_incomplete_address_with_a_town_is_a_warning_naming_what_is_missing()
    {
        var (catalogue, _) = Validated((_, s) => (s.Street, s.Postcode) = ("", ""));
        var warning = Only(catalogue, "Adresse");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("Straße, PLZ", warning.Message);
    }

    [Fact]
    public void A_session_on_site_without_any_place_takes_the_providers_address_or_is_refused_without_one()
    {
        SessionRecord? session = null;
        var (withProvider, _) = Validated((_, s) => (s.VenueName, s.Street, s.Postcode, s.Town, session) = ("", "", "", "", s), Provider);
        Assert.Equal(ProblemSeverity.Warning, Only(withProvider, "Veranstaltungsort").Severity);
        Assert.Equal(("Hellweg-Bildung gGmbH", "Lagerstraße 5", "Bönen"), (session!.VenueName, session.Street, session.Town));

        var (without, _) = Validated((_, s) => (s.VenueName, s.Street, s.Postcode, s.Town) = ("", "", "", ""));
        Assert.Equal(ProblemSeverity.Error, Only(without, "Veranstaltungsort").Severity);
    }

    [Fact]
    public void An_online_session_needs_no_place()
    {
        var (catalogue, _) = Validated((_, s) => (s.Format, s.VenueName, s.Street, s.Postcode, s.Town) = (SessionFormat.Online, "", "", "", ""));
        Assert.Empty(catalogue.Problems);
    }

    [Fact]
    public void An_offer_without_sessions_is_shown_without_dates()
    {
        var (catalogue, _) = Validated((o, _) => o.Sessions.Clear());
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Termine").Severity);
    }

    [Fact]
    public void An_end_before_the_start_refuses_the_offer_but_swapped_clock_times_only_drop_the_times()
    {
        var (dates, _) = Validated((_, s) => s.EndDate = s.StartDate.AddDays(-1));
        Assert.Equal(ProblemSeverity.Error, Only(dates, "Ende").Severity);
        SessionRecord? session = null;
        var (times, _) = Validated((_, s) => (s.EndDate, s.StartTime, s.EndTime, session) = (s.StartDate, new TimeOnly(16, 0), new TimeOnly(9, 0), s));
        Assert.Equal(ProblemSeverity.Warning, Only(times, "Uhrzeit bis").Severity);
        Assert.Null(session!.StartTime);
    }

    [Fact]
    public void Markup_in_a_plain_field_refuses_the_offer()
    {
        var (catalogue, _) = Validated((o, _) => o.Keywords.Add("<img src=x onerror=alert(1)>"));
        Assert.Equal(ProblemSeverity.Error, Only(catalogue, "Schlagworte").Severity);
    }

    [Fact]
    public void Participants_and_e_mail_that_cannot_be_right_are_dropped_with_a_warning()
    {
        var (catalogue, offer) = Validated((o, _) => (o.MinParticipants, o.MaxParticipants, o.ContactEmail) = (12, 8, "kurse(at)example"));
        Assert.All(catalogue.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(((int?)null, (int?)8, ""), (offer.MinParticipants, offer.MaxParticipants, offer.ContactEmail));
    }

    [Fact]
    public void Levels_outside_the_scale_fall_back_to_the_default_levels_with_a_warning()
    {
        var (catalogue, offer) = Validated((o, _) => o.Competencies.Add(new CompetencyClaim("stapler-fahren", 3, 7, "Zeile 2")));
        Assert.Equal(ProblemSeverity.Warning, Only(catalogue, "Kompetenzen").Severity);
        Assert.Equal(((int?)null, (int?)null), (offer.Competencies[0].EntryLevel, offer.Competencies[0].ExitLevel));
    }

    [Fact]
    public void Both_offers_with_the_same_number_are_refused()
    {
        var catalogue = new ParsedCatalogue { File = "x.json", Format = "JSON-LD" };
        foreach (var at in new[] { "$[0]", "$[1]" })
            catalogue.Offers.Add(new OfferRecord { Location = at, ExternalId = "K-1", Title = "Kurs", Content = "Theorie und Praxis des Staplerfahrens nach DGUV.", Hours = 8, Price = 1 });
        OfferRecordValidator.Validate(catalogue);
        Assert.Equal(catalogue.Offers.ToHashSet(), catalogue.Refused.ToHashSet());
        Assert.Contains(catalogue.Problems, p => p is { Location: "$[0]", Severity: ProblemSeverity.Error } && p.Message.Contains("auch $[1]"));
        Assert.False(catalogue.HasFileErrors);
    }

    [Fact]
    public void A_control_character_in_the_files_provider_is_an_error_of_the_whole_file()
    {
        var (catalogue, _) = Validated((_, _) => { }, Provider with { Name = "Hellweg\u0000" });
        Assert.True(catalogue.HasFileErrors);
        Assert.Empty(catalogue.Refused);
    }
}
