using System.Text.Json;

namespace PmgBot.Tests.Support;

/// <summary>An answer of the fake Graph server instead of its default one.</summary>
public sealed record FakeGraphResponse(int StatusCode, string? Body = null, string? RetryAfter = null)
{
    /// <summary>Graph's error shape; the message names the mailbox on purpose (it must never reach a result or a log).</summary>
    public static FakeGraphResponse Error(int statusCode, string code, string? mailbox = null, string? retryAfter = null) =>
        new(statusCode, JsonSerializer.Serialize(new { error = new { code, message = $"Access to {mailbox ?? "the mailbox"} failed ({code})." } }), retryAfter);
}
