namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The decision card's data, or why there is none: <see cref="NoMeeting"/> only for a chair of the youth's own JPP (the
/// youth is on no agenda of a meeting that has started); everyone else gets null for an unknown youth and a youth they
/// may not see alike.
/// </summary>
public sealed record DecisionViewResult(DecisionView? View, bool NoMeeting)
{
    public static DecisionViewResult NotFound { get; } = new(null, false);
}
