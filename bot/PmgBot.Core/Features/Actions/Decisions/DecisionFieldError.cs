namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A Dutch message for one input; <paramref name="Field"/> is one of <see cref="DecisionFields"/>.</summary>
public sealed record DecisionFieldError(string Field, string Message);
