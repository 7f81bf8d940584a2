namespace PmgBot.Benchmarks.Register;

/// <summary>
/// One measured request. <see cref="ClientMs"/>: request sent → HTTP response read (the driver's clock).
/// <see cref="ServerMs"/>: the bot's <c>Server-Timing: app;dur</c> (request received → response headers written).
/// <see cref="ReplyMs"/>: for messages, request sent → reply received at the connector sink (null for invokes).
/// </summary>
public sealed record RequestSample(string Category, double ClientMs, double? ServerMs, double? ReplyMs, bool Ok, string Outcome);
