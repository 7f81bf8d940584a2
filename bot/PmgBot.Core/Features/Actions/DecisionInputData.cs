namespace PmgBot.Core.Features.Actions;

/// <summary>The value an input of the decision or action item card shows (the user's last input is kept) and the server's Dutch message for it, if any.</summary>
public sealed record DecisionInputData(string Value, string? Error = null);
