namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A professional the decision card offers (owner, casusregisseur, procesregisseur): id, name, organisation.</summary>
public sealed record DecisionPerson(string AadObjectId, string DisplayName, string OrganisationName);
