using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

public static class ProfileTargets
{
    public static IReadOnlyList<ProfileTarget> Of(RoleProfile profile) =>
        profile.Competencies.Select(c => new ProfileTarget(c.Id, c.Name, c.TargetNow, c.TargetFuture, c.Weight)).ToList();
}
