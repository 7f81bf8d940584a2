namespace PmgBot.Core.Directory;

public sealed record OrganisationCount(string OrganisationId, string OrganisationName, int ActiveProfessionals);
