namespace PmgBot.Core.Connector;

/// <summary>At most <paramref name="MaxOperations"/> operations in any sliding <paramref name="Duration"/>.</summary>
public sealed record RateLimitWindow(TimeSpan Duration, int MaxOperations);
