namespace PmgBot.Core.Features.Register.Matching;

/// <summary>How well a reported youth matches a youth in the register (see <see cref="YouthMatcher"/>).</summary>
public enum MatchKind
{
    /// <summary>Not the same youth.</summary>
    None = 0,

    /// <summary>Perhaps the same youth: flagged for the chair to resolve.</summary>
    Possible = 1,

    /// <summary>The same youth: the report is linked to the registered youth.</summary>
    Sure = 2,
}
