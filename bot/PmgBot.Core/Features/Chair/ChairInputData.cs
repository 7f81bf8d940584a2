namespace PmgBot.Core.Features.Chair;

/// <summary>The value an input of the chair card shows (the user's last input is kept) and the server's Dutch message for it, if any.</summary>
public sealed record ChairInputData(string Value, string? Error = null);
