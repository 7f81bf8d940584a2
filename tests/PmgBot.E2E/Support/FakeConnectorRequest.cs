namespace PmgBot.E2E.Support;

/// <summary>One recorded request: when it arrived, when the answer was about to leave, and what it was.</summary>
public sealed record FakeConnectorRequest(
    int Sequence,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RespondedAt,
    string Method,
    string Path,
    FakeConnectorOperation? Operation,
    string Body,
    string? Marker,
    int StatusCode,
    string? Authorization);
