namespace PmgBot.Benchmarks.Harness;

/// <summary>The exit code and the combined stdout/stderr of a finished command.</summary>
public sealed record CommandResult(int ExitCode, string Output);
