using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The chair's report of a booking run in the turn's language (the keys are in BookingReportTexts.Keys.cs): what was and
/// was not booked, where it stopped and why, and that nothing is lost ("Verder gaan" continues there). Organisation names only.
/// </summary>
public static partial class BookingReportTexts
{
    public static string Describe(BookingReport report, Func<string, string> organisationName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organisationName);
        var text = report.StoppedAt is { } stopped
            ? StoppedText(
                report.Done,
                report.Remaining,
                stopped.OrganisationId is { } organisation ? StoppedAtWindow(organisationName(organisation)) : StoppedAtMeeting,
                Why(stopped.Outcome))
            : report.Done == 0 ? NothingChanged
            : report.CalendarsUpdated ? Sent(Appointments(report.Done))
            : IcsOnly(Appointments(report.Done));
        if (report.JoinLinkMissing)
        {
            text += " " + JoinLinkMissing;
        }

        if (report.JoinLinkChanged)
        {
            text += " " + JoinLinkChanged;
        }

        return text;
    }

    /// <summary>good when all was booked in Outlook, warning when it was only written as .ics or the link is off, attention when it stopped.</summary>
    public static string Style(BookingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return !report.Complete ? "attention"
            : !report.CalendarsUpdated || report.JoinLinkMissing || report.JoinLinkChanged ? "warning"
            : "good";
    }

    private static string Why(CalendarOutcome outcome) => outcome switch
    {
        CalendarOutcome.Forbidden => WhyForbidden,
        CalendarOutcome.NotFound => WhyNotFound,
        CalendarOutcome.Throttled => WhyThrottled,
        CalendarOutcome.Unavailable => WhyUnavailable,
        _ => WhyRefused,
    };

    private static string Appointments(int count) => count == 1 ? AppointmentsOne : AppointmentsMany(count);
}
