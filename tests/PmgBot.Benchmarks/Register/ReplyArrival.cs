namespace PmgBot.Benchmarks.Register;

/// <summary>A reply the connector sink received: when (<see cref="System.Diagnostics.Stopwatch"/> timestamp), its size, and which of the looked-for markers its body holds.</summary>
public sealed record ReplyArrival(long Timestamp, int Length, bool HasAttachment, string? Marker);
