using Microsoft.Extensions.Logging;

namespace PmgBot.Tests.Auth;

/// <summary>One log event seen by <see cref="CapturingLoggerProvider"/>, with its structured values.</summary>
public sealed record CapturedLog(int EventId, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);
