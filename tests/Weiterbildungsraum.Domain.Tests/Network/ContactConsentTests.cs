using Weiterbildungsraum.Domain.Network;

namespace Weiterbildungsraum.Domain.Tests.Network;

public class ContactConsentTests
{
    private static readonly DateTime Now = new(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ContactListing Hidden = new(false, null);
    private static readonly ContactListing Listed = new(true, Now.AddDays(-30));

    [Fact]
    public void The_organisation_cannot_list_a_person_linked_to_an_account()
    {
        var after = ContactConsent.AfterOrganisationEdit(Hidden, linkedToAccount: true, confirmedByOrganisation: true, personalDataChanged: false, Now);
        Assert.False(after.IsPublic);
        Assert.Null(after.ConsentAt);
    }

    [Fact]
    public void The_persons_own_consent_survives_edits_that_leave_her_data_alone()
    {
        var after = ContactConsent.AfterOrganisationEdit(Listed, linkedToAccount: true, confirmedByOrganisation: false, personalDataChanged: false, Now);
        Assert.Equal(Listed, after);
    }

    [Fact]
    public void Changing_the_data_of_a_linked_person_ends_her_consent() =>
        Assert.Equal(Hidden, ContactConsent.AfterOrganisationEdit(Listed, linkedToAccount: true, confirmedByOrganisation: true, personalDataChanged: true, Now));

    [Fact]
    public void An_entry_without_account_is_listed_only_with_the_organisations_confirmation()
    {
        Assert.Equal(Hidden, ContactConsent.AfterOrganisationEdit(Hidden, linkedToAccount: false, confirmedByOrganisation: false, personalDataChanged: false, Now));
        Assert.Equal(new ContactListing(true, Now), ContactConsent.AfterOrganisationEdit(Hidden, linkedToAccount: false, confirmedByOrganisation: true, personalDataChanged: false, Now));
        Assert.Equal(Hidden, ContactConsent.AfterOrganisationEdit(Listed, linkedToAccount: false, confirmedByOrganisation: false, personalDataChanged: false, Now));
    }

    [Fact]
    public void A_confirmed_change_of_an_entry_without_account_dates_the_consent_anew()
    {
        Assert.Equal(Listed, ContactConsent.AfterOrganisationEdit(Listed, linkedToAccount: false, confirmedByOrganisation: true, personalDataChanged: false, Now));
        Assert.Equal(new ContactListing(true, Now), ContactConsent.AfterOrganisationEdit(Listed, linkedToAccount: false, confirmedByOrganisation: true, personalDataChanged: true, Now));
    }

    [Fact]
    public void The_person_gives_and_withdraws_consent_herself()
    {
        Assert.Equal(new ContactListing(true, Now), ContactConsent.ByThePerson(true, Now));
        Assert.Equal(Hidden, ContactConsent.ByThePerson(false, Now));
    }
}
