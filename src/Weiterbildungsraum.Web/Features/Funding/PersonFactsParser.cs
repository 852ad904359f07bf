using Weiterbildungsraum.Domain.Funding;

namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>Checks the person part of a funding request; errors name the field in German.</summary>
public static class PersonFactsParser
{
    public static PersonFacts Parse(PersonFactsRequest? person, Dictionary<string, string[]> errors)
    {
        if (person is null) return new PersonFacts();
        if (person.Age is < 14 or > 100) errors["person.age"] = ["Das Alter (person.age) muss zwischen 14 und 100 liegen."];
        if (person.TaxableIncome is < 0) errors["person.taxableIncome"] = ["Das zu versteuernde Einkommen (person.taxableIncome) darf nicht negativ sein."];
        EmploymentStatus? status = null;
        if (!string.IsNullOrWhiteSpace(person.EmploymentStatus))
        {
            if (Enum.TryParse<EmploymentStatus>(person.EmploymentStatus, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) status = parsed;
            else errors["person.employmentStatus"] = [$"Die Beschäftigung (person.employmentStatus) muss einer der Werte {string.Join(", ", Enum.GetNames<EmploymentStatus>())} sein."];
        }
        if (person.UsedThisYear?.Values.Any(v => v < 0) == true)
            errors["person.usedThisYear"] = ["Bereits erhaltene Beträge (person.usedThisYear) dürfen nicht negativ sein."];
        return new PersonFacts(person.Age, person.HasVocationalQualification, person.SeverelyDisabled, status,
            person.TaxableIncome, person.JointlyAssessed, person.UsedThisYear);
    }
}
