namespace PmgBot.Tests.Protocol;

/// <summary>
/// One malformed request of the endpoint fuzz test: what was done to the activity (readable, for the failure report),
/// the body byte for byte, and its Content-Type (none when null).
/// </summary>
internal sealed record FuzzCase(int Number, string Description, byte[] Body, string? ContentType);
