namespace PmgBot.E2E.Support;

/// <summary>What a behaviour sees of an incoming call. <paramref name="Sequence"/> counts all calls from 1.</summary>
public sealed record FakeConnectorCall(int Sequence, string Method, string Path, FakeConnectorOperation? Operation, string Body, string? Marker);
