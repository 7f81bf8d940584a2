namespace PmgBot.Tests.Protocol;

/// <summary>
/// One malformed request of the endpoint fuzz test: what was done to the activity (readable, for the failure report),
/// the body byte for byte, its Content-Type (none when null), and the known fault of a file this branch may not edit
/// that the input is expected to hit (null when none is known).
/// </summary>
internal sealed record FuzzCase(int Number, string Description, byte[] Body, string? ContentType, string? KnownFault);
