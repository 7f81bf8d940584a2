namespace PmgBot.Core.Features.Meetings.AgendaItems;

public static class AgendaItemLimits
{
    public const int ReasonMaxLength = 500;
}
