namespace PmgBot.E2E.Support;

/// <summary>Ready-made behaviours for <see cref="FakeConnectorServer"/>.</summary>
public static class FakeConnectorBehaviours
{
    /// <summary>Every <paramref name="n"/>-th call (3, 6, 9, … for n = 3) gets 429 with the given Retry-After.</summary>
    public static Func<FakeConnectorCall, FakeConnectorResponse?> TooManyRequestsEvery(int n, string retryAfter) =>
        call => call.Sequence % n == 0 ? FakeConnectorResponse.TooManyRequests(retryAfter) : null;

    /// <summary>Outage: every call gets the status (default 503 Service Unavailable).</summary>
    public static Func<FakeConnectorCall, FakeConnectorResponse?> Outage(int statusCode = 503) =>
        _ => FakeConnectorResponse.Status(statusCode);

    /// <summary>The first call gets the status, the rest succeed.</summary>
    public static Func<FakeConnectorCall, FakeConnectorResponse?> FailOnce(int statusCode = 500)
    {
        var failed = 0;
        return _ => Interlocked.Exchange(ref failed, 1) == 0 ? FakeConnectorResponse.Status(statusCode) : null;
    }

    /// <summary>The connection is dropped without an answer.</summary>
    public static Func<FakeConnectorCall, FakeConnectorResponse?> Refuse() => _ => new FakeConnectorResponse(0, Abort: true);
}
