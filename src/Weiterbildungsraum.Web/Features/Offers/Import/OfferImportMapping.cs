using System.Text.Json;
using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>From an imported record to the offer entity, and the comparison that makes a repeated import change nothing. Links are the importer's.</summary>
public static class OfferImportMapping
{
    public static Offer ToOffer(OfferRecord r, string content, IReadOnlyList<string> learningGoals) => new()
    {
        ExternalId = r.ExternalId, Title = r.Title.Trim(), Summary = r.Summary, Content = content, TargetGroup = r.TargetGroup,
        EntryRequirements = r.EntryRequirements, Qualification = r.Qualification, ExaminingBody = r.ExaminingBody,
        LeadsToQualification = r.LeadsToQualification,
        Hours = r.Hours ?? 0, Price = r.Price ?? 0, PriceRemark = r.PriceRemark, FundingNotes = r.FundingNotes, Azav = r.Azav,
        BildungsgutscheinApproved = r.BildungsgutscheinApproved, Language = r.Language, TimeModel = Enum.Parse<TimeModel>(r.StudyMode.ToString()),
        MinParticipants = r.MinParticipants, MaxParticipants = r.MaxParticipants, ContactName = r.ContactName,
        ContactEmail = r.ContactEmail, ContactPhone = r.ContactPhone, IsPublished = true,
        Sessions = r.Sessions.OrderBy(s => s.StartDate).ThenBy(s => s.Town).Select(s => new OfferSession
        {
            StartDate = s.StartDate, EndDate = s.EndDate, StartTime = s.StartTime, EndTime = s.EndTime,
            Format = Enum.Parse<OfferFormat>(s.Format.ToString()), VenueName = s.VenueName, Street = s.Street,
            Postcode = s.Postcode, Town = s.Town, Seats = s.Seats,
        }).ToList(),
        Keywords = [.. r.Keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        LearningGoals = [.. learningGoals],
    };

    /// <summary>Copies what an import carries onto the stored offer (sessions replaced).</summary>
    public static void CopyTo(Offer from, Offer to)
    {
        to.Title = from.Title; to.Summary = from.Summary; to.Content = from.Content; to.TargetGroup = from.TargetGroup;
        to.EntryRequirements = from.EntryRequirements; to.Qualification = from.Qualification; to.ExaminingBody = from.ExaminingBody;
        to.LeadsToQualification = from.LeadsToQualification;
        to.Hours = from.Hours; to.Price = from.Price; to.PriceRemark = from.PriceRemark; to.FundingNotes = from.FundingNotes;
        to.Azav = from.Azav; to.BildungsgutscheinApproved = from.BildungsgutscheinApproved; to.Language = from.Language;
        to.TimeModel = from.TimeModel; to.MinParticipants = from.MinParticipants; to.MaxParticipants = from.MaxParticipants;
        to.ContactName = from.ContactName; to.ContactEmail = from.ContactEmail; to.ContactPhone = from.ContactPhone;
        to.IsPublished = from.IsPublished;
        if (!to.Keywords.SequenceEqual(from.Keywords)) to.Keywords = from.Keywords;
        if (!to.LearningGoals.SequenceEqual(from.LearningGoals)) to.LearningGoals = from.LearningGoals;
        if (Sessions(from) != Sessions(to))
        {
            to.Sessions.Clear();
            to.Sessions.AddRange(from.Sessions);
        }
    }

    public static bool SameContent(Offer a, Offer b) => Snapshot(a) == Snapshot(b);

    private static string Snapshot(Offer o) => JsonSerializer.Serialize(new object[]
    {
        o.Title, o.Summary, o.Content, o.TargetGroup, o.EntryRequirements, o.Qualification, o.ExaminingBody, o.Hours, o.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        o.PriceRemark, o.FundingNotes, o.Azav, o.BildungsgutscheinApproved, o.Language, o.TimeModel.ToString(), o.MinParticipants ?? -1,
        o.MaxParticipants ?? -1, o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPublished, Sessions(o), o.LeadsToQualification, o.Keywords, o.LearningGoals,
    });

    private static string Sessions(Offer o) => string.Join("|", o.Sessions
        .Select(s => $"{s.StartDate:O};{s.EndDate:O};{s.StartTime};{s.EndTime};{s.Format};{s.VenueName};{s.Street};{s.Postcode};{s.Town};{s.Seats}")
        .Order(StringComparer.Ordinal));
}
