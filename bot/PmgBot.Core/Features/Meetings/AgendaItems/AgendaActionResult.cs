namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>The answer to a chair's agenda action: a message without names (in the turn's language) (a confirmation, or why nothing was stored).</summary>
public sealed record AgendaActionResult(AgendaActionOutcome Outcome, string? Message)
{
    public bool Succeeded => Outcome == AgendaActionOutcome.Done;

    public static AgendaActionResult NotFound { get; } = new(AgendaActionOutcome.NotFound, null);

    public static AgendaActionResult Closed => new(AgendaActionOutcome.Closed, AgendaItemMessages.MeetingClosed);

    public static AgendaActionResult Stale => new(AgendaActionOutcome.Stale, AgendaItemMessages.Stale);

    public static AgendaActionResult Done(string message) => new(AgendaActionOutcome.Done, message);

    public static AgendaActionResult Invalid(string message) => new(AgendaActionOutcome.Invalid, message);
}
