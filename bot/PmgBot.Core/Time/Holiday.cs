namespace PmgBot.Core.Time;

/// <summary>A day off: a national holiday or a municipal closing day, with its Dutch name.</summary>
public sealed record Holiday(DateOnly Date, string Name);
