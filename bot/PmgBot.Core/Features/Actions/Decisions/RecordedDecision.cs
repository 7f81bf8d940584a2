using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A decision already recorded for this youth in this meeting (the card then shows it instead of the form).</summary>
public sealed record RecordedDecision(DecisionKind Kind, YouthLevel ToLevel, string DecidedByName, DateTime DecidedAtUtc, int Items);
