namespace PmgBot.E2E.Support;

/// <summary>An answer of the fake connector; <paramref name="Abort"/> drops the connection without an answer.</summary>
public sealed record FakeConnectorResponse(int StatusCode, string? RetryAfter = null, string? Body = null, bool Abort = false, string? Location = null)
{
    public static FakeConnectorResponse TooManyRequests(string retryAfter) => new(429, retryAfter, """{"error":{"code":"Throttled","message":"fake"}}""");

    public static FakeConnectorResponse Status(int statusCode) => new(statusCode, Body: """{"error":{"code":"Fake","message":"fake"}}""");
}
