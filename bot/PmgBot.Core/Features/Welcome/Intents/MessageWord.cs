namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>One word of a message: as compared (<paramref name="Plain"/>), as typed, and the clause it is in.</summary>
public sealed record MessageWord(string Plain, string Typed, int Clause);
