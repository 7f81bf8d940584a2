namespace PmgBot.Benchmarks.Register;

/// <summary>One activity to post: its JSON, where a reply would go (conversation + activity id), and whether the user waits for that reply.</summary>
public sealed record LoadRequest(string Category, byte[] Body, string ConversationId, string ActivityId, bool WaitForReply);
