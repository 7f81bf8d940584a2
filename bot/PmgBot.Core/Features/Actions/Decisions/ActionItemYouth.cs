using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The youth's details on an action item card, only for a viewer the matrix lets open the youth's card.</summary>
public sealed record ActionItemYouth(string Name, DateOnly DateOfBirth, YouthLevel Level);
