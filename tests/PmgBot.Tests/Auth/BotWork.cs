namespace PmgBot.Tests.Auth;

/// <summary>Counters of what the bot did: connector calls made and conversation references stored.</summary>
public sealed record BotWork(int ConnectorCalls, int StoredReferences);
