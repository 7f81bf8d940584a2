using System.Globalization;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// The Dutch subjects, bodies and cancel comments of the invitations. They name the JPP, the times and the number of
/// cases, never a youth: the inputs hold no name to leak. Subjects carry no times or counts, because Graph's PATCH here
/// changes times, attendees and window bodies only; the online-meeting event's body is never changed after creation
/// (it can drop the Teams meeting), so it points to PmgBot for the current agenda instead of counting cases.
/// </summary>
public static class BookingTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string MeetingSubject(string jppName) => $"Casusoverleg JPP {jppName}";

    public static string MeetingBody(string jppName, CalendarWindow meeting) =>
        $"Casusoverleg van het JPP {jppName} op {Day(meeting)}, {Span(meeting)}. Op de slimme agenda sluit elke organisatie "
        + "alleen aan bij de casussen waarbij zij betrokken is. De actuele agenda met casuscodes staat in PmgBot.";

    public static string WindowSubject(string jppName) => $"Casusoverleg JPP {jppName}: jouw deel";

    public static string WindowBody(string jppName, CalendarWindow window, int caseCount) =>
        $"Je bent uitgenodigd voor het casusoverleg van het JPP {jppName} op {Day(window)}, van {Span(window).Replace("–", " tot ", StringComparison.Ordinal)}. "
        + $"Dan worden {Cases(caseCount)} besproken waarbij jouw organisatie betrokken is. "
        + "De casuscodes staan in PmgBot. Deelnemen via Teams kan met de link hieronder.";

    public static string CancelComment(string jppName) =>
        $"Er staan geen casussen van jouw organisatie meer op de agenda van het casusoverleg van het JPP {jppName}. Je hoeft niet aan te sluiten.";

    private static string Cases(int count) => count == 1 ? "1 casus" : count.ToString(CultureInfo.InvariantCulture) + " casussen";

    private static string Day(CalendarWindow window) => AmsterdamTime.LongDate(window.Start.UtcDateTime);

    private static string Span(CalendarWindow window) =>
        AmsterdamTime.ToLocal(window.Start.UtcDateTime).ToString("HH:mm", Dutch) + "–" + AmsterdamTime.ToLocal(window.End.UtcDateTime).ToString("HH:mm", Dutch);
}
