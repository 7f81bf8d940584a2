namespace PmgBot.Tests.Cards;

/// <summary>Exit code and output of one node script run.</summary>
internal sealed record NodeResult(int ExitCode, string StdOut, string StdErr);
