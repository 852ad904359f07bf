using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>A seat as the coordination sees it: numbered, with the company, never with the person's name.</summary>
public sealed record SeatView(int MemberId, int Number, string Company, SeatState Seat);

public sealed record AnswerView(int InvitationId, string Provider, string MatchReasons, DateTime InvitedAt, bool MailSent, InvitationAnswer Answer,
    DateTime? AnsweredAt, string? Offer, DateOnly? Start, DateOnly? End, string VenueName, string? DeclineReason, bool Chosen);

/// <summary>One Verbund as the coordination's pages show it.</summary>
public sealed record CohortView(int Id, Guid Version, string CompetencyKey, string Competency, int TargetLevel, string Venue, int RadiusKm,
    DateOnly From, DateOnly To, int MinSize, int MaxSize, int MinWindowDays, CohortStatus Status, DateOnly? ConfirmBy, string? RejectionReason,
    IReadOnlyList<SeatView> Seats, IReadOnlyList<AnswerView> Answers)
{
    private IReadOnlyCollection<SeatState> States => Seats.Select(s => s.Seat).ToList();
    public int Held => Seats.Count(s => s.Seat.Holds());
    public int Confirmed => Seats.Count(s => s.Seat == SeatState.Confirmed);
    public int Organisations => Seats.Where(s => s.Seat.Holds()).Select(s => s.Company).Distinct().Count();
    public bool BelowMinimum => CohortLifecycle.BelowMinimum(Status, States, MinSize);
    public bool CanMoveOn => CohortLifecycle.CanMoveOn(Status, States, MinSize);
    public AnswerView? ChosenAnswer => Answers.FirstOrDefault(a => a.Chosen);

    public static async Task<CohortView?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var c = await db.Cohorts.AsNoTracking().AsSplitQuery().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Version, c.CompetencyKey, c.TargetLevel, c.VenueTown, c.RadiusKm, c.WindowFrom, c.WindowTo, c.MinSize, c.MaxSize, c.MinWindowDays,
                c.Status, c.ConfirmBy, c.RejectionReason, c.OfferId, c.SessionId,
                Seats = c.Members.Select(m => new
                {
                    m.Id, m.Seat, Company = db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                }).ToList(),
                Answers = c.Invitations.Select(i => new
                {
                    i.Id, Provider = i.Provider.Name, i.MatchReasons, i.InvitedAt, i.MailSent, i.Answer, i.AnsweredAt, i.OfferId,
                    Offer = db.Offers.Where(o => o.Id == i.OfferId).Select(o => o.Title).FirstOrDefault(),
                    i.StartDate, i.EndDate, i.VenueName, i.DeclineReason,
                }).ToList(),
            }).SingleOrDefaultAsync(ct);
        if (c is null) return null;
        var names = await CohortQueries.CompetencyNamesAsync(db, [c.CompetencyKey], ct);
        var seats = c.Seats.OrderBy(s => s.Company, StringComparer.CurrentCulture).ThenBy(s => s.Id)
            .Select((s, i) => new SeatView(s.Id, i + 1, s.Company ?? "", s.Seat)).ToList();
        var answers = c.Answers.OrderBy(a => a.Answer == InvitationAnswer.Offered ? 0 : a.Answer == InvitationAnswer.Pending ? 1 : 2).ThenBy(a => a.Provider, StringComparer.CurrentCulture)
            .Select(a => new AnswerView(a.Id, a.Provider, a.MatchReasons, a.InvitedAt, a.MailSent, a.Answer, a.AnsweredAt, a.Offer, a.StartDate, a.EndDate, a.VenueName,
                a.DeclineReason, c.SessionId != null && a.Answer == InvitationAnswer.Offered && a.OfferId == c.OfferId)).ToList();
        return new CohortView(c.Id, c.Version, c.CompetencyKey, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.TargetLevel, c.VenueTown, c.RadiusKm,
            c.WindowFrom, c.WindowTo, c.MinSize, c.MaxSize, c.MinWindowDays, c.Status, c.ConfirmBy, c.RejectionReason, seats, answers);
    }
}
