namespace PmgBot.Core.Turns;

/// <summary>A route's handler: one step of a conversational flow.</summary>
public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);
