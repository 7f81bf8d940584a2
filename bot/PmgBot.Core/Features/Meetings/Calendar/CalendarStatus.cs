namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The outcome of one calendar call. <see cref="Reason"/> is a short technical text (status code, Graph error code,
/// which check failed) and never carries personal data: no mailbox, name, subject or body.
/// </summary>
/// <param name="CalendarsUpdated">
/// False when nothing reached a real calendar: the embedded .ics fallback wrote a file instead, or the call failed.
/// </param>
public sealed record CalendarStatus(CalendarOutcome Outcome, string? Reason, bool CalendarsUpdated)
{
    /// <summary>Done in the organizer's calendar (Graph).</summary>
    public static CalendarStatus Booked { get; } = new(CalendarOutcome.Done, null, true);

    /// <summary>Done by the .ics fallback (no Graph settings): the chair must be told that calendars were not updated.</summary>
    public static CalendarStatus IcsOnly { get; } = new(CalendarOutcome.Done, "no Graph settings: .ics files only, calendars not updated", false);

    public bool IsDone => Outcome == CalendarOutcome.Done;

    public static CalendarStatus Failed(CalendarOutcome outcome, string reason) =>
        outcome == CalendarOutcome.Done
            ? throw new ArgumentOutOfRangeException(nameof(outcome), "A failure needs an outcome other than Done.")
            : new(outcome, reason, false);

    public static CalendarStatus Invalid(string reason) => Failed(CalendarOutcome.Invalid, reason);
}
