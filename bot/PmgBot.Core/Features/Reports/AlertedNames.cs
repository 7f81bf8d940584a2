using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Reports;

/// <summary>How the reporter is told who was alerted: "Naam (organisatie)".</summary>
public static class AlertedNames
{
    public static string Of(ProfessionalProfile person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.DisplayName + " (" + person.OrganisationName + ")";
    }
}
