namespace Weiterbildungsraum.Domain.Network;

/// <summary>Whether a contact person is listed publicly, and since when the consent for it holds.</summary>
public readonly record struct ContactListing(bool IsPublic, DateTime? ConsentAt);

/// <summary>
/// A contact person appears in the public directory only with consent. When the entry is linked to the
/// person's own account, only she can give it; the organisation cannot list her. An entry without an account
/// is listed when the organisation confirms that the person agreed. Consent covers the data the person
/// saw: when the organisation changes name, e-mail or phone of a linked person, her consent lapses.
/// </summary>
public static class ContactConsent
{
    public static ContactListing AfterOrganisationEdit(ContactListing before, bool linkedToAccount, bool confirmedByOrganisation,
        bool personalDataChanged, DateTime nowUtc)
    {
        if (linkedToAccount)
            return before.IsPublic && !personalDataChanged ? before : new ContactListing(false, null);
        if (!confirmedByOrganisation) return new ContactListing(false, null);
        return before.IsPublic && !personalDataChanged ? before : new ContactListing(true, nowUtc);
    }

    public static ContactListing ByThePerson(bool agrees, DateTime nowUtc) =>
        agrees ? new ContactListing(true, nowUtc) : new ContactListing(false, null);
}
