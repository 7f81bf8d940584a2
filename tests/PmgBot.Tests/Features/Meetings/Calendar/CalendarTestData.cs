using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Tests.Features.Meetings.Calendar;

/// <summary>A JPP meeting of Heerlen as the meeting feature would book it: case codes only, never a youth's name.</summary>
internal static class CalendarTestData
{
    public const string Organizer = "jpp.heerlen@gemeente.example";

    /// <summary>A youth of the demo register; no booking may ever carry it.</summary>
    public const string YouthName = "Jan de Vries";

    /// <summary>14:00–16:00 in Amsterdam in winter (CET, UTC+1).</summary>
    public static readonly CalendarWindow Winter = new(
        new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));

    /// <summary>14:00–16:00 in Amsterdam in summer (CEST, UTC+2).</summary>
    public static readonly CalendarWindow Summer = new(
        new DateTimeOffset(2026, 6, 9, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 9, 14, 0, 0, TimeSpan.Zero));

    public static IReadOnlyList<CalendarAttendee> CoreMembers { get; } =
    [
        new("voorzitter@gemeente.example", "Petra Voorzitter"),
        new("wijkagent@politie.example", "Karim Wijkagent"),
        new("medewerker@halt.example", "Sanne Halt", AttendeeKind.Optional),
    ];

    public static OnlineMeetingRequest Meeting(CalendarWindow? window = null, string transactionId = "jpp-heerlen-2026-03-10-v1") => new(
        Organizer,
        transactionId,
        "JPP Heerlen 10 maart 2026 (12 casussen)",
        "Casusoverleg JPP Heerlen, 12 casussen, waaronder PMG-J-0017 en PMG-J-0023.",
        window ?? Winter,
        CoreMembers);

    public static WindowEventRequest WindowEvent(string? joinUrl, string transactionId = "jpp-heerlen-2026-03-10-v1-halt") => new(
        Organizer,
        transactionId,
        "JPP Heerlen 10 maart 2026: jouw venster 14:20-14:40 (2 casussen)",
        new EventBody("Je bent welkom van 14:20 tot 14:40 voor PMG-J-0017 en PMG-J-0023.", joinUrl),
        new CalendarWindow(Winter.Start.AddMinutes(20), Winter.Start.AddMinutes(40)),
        [new CalendarAttendee("medewerker@halt.example", "Sanne Halt"), new CalendarAttendee("jongerenwerker@halt.example", "Ravi Halt", AttendeeKind.Optional)]);
}
