using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>The Dutch texts of the chair's agenda actions ("je"; codes at most, never a name).</summary>
public static class AgendaItemMessages
{
    public const string MeetingClosed = "Deze JPP is al begonnen of voorbij; de agenda verandert niet meer.";
    public const string Stale = "Iemand anders heeft dit agendapunt net gewijzigd. Er is niets opgeslagen; bekijk de agenda opnieuw.";
    public const string YouthNotFound = "Er is geen jongere met deze code bij deze JPP. Controleer de code (bijvoorbeeld PMG-J-0017).";
    public const string AlreadyOnAgenda = "Deze jongere staat al op de agenda.";
    public const string ItemNotOnAgenda = "Dit agendapunt staat niet (meer) op de agenda. Er is niets gewijzigd.";
    public const string ReasonRequired = "Geef een reden.";
    public const string NoNextMeeting = "Er is nog geen volgende JPP gepland. Er is niets verplaatst.";
    public const string YouthAdded = "De jongere staat op de agenda.";
    public const string ItemRemoved = "Het agendapunt is van de agenda gehaald.";
    public const string ItemMoved = "Het agendapunt is verplaatst naar de volgende JPP.";
    public const string MinutesSet = "De tijd van het agendapunt is aangepast.";

    public static string ReasonTooLong(int length) =>
        $"De reden is te lang: {length} tekens, maximaal {AgendaItemLimits.ReasonMaxLength}.";

    public static string MinutesOutOfRange { get; } =
        $"Kies {AgendaLimits.MinMinutes} tot {AgendaLimits.MaxMinutes} minuten.";
}
