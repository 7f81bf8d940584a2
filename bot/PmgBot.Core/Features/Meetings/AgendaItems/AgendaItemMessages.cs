using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>The texts of the chair's agenda actions in the turn's language ("je"; codes at most, never a name); the keys are in AgendaItemMessages.Keys.cs.</summary>
public static partial class AgendaItemMessages
{
    public static string ReasonTooLong(int length) => ReasonTooLongText(length, AgendaItemLimits.ReasonMaxLength);

    public static string MinutesOutOfRange => MinutesOutOfRangeText(AgendaLimits.MinMinutes, AgendaLimits.MaxMinutes);
}
