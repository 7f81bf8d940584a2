namespace PmgBot.Benchmarks.Harness;

/// <summary>A started target: where to post, which process to watch, the Authorization header to send (bot only).</summary>
public sealed record RunningTarget(string Name, Uri MessagesUrl, ChildProcess Process, string? Authorization, TimeSpan StartUp, string ReadyProbe);
