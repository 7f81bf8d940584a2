namespace PmgBot.Core.Features.Chair;

/// <summary>A professional as the chair card names them: Entra object id, name and organisation.</summary>
public sealed record YouthPerson(string AadObjectId, string DisplayName, string OrganisationName);
