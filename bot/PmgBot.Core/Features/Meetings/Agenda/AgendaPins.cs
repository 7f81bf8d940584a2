namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>The values of <see cref="AgendaItem.Pin"/>.</summary>
public static class AgendaPins
{
    public const string First = "first";
    public const string Last = "last";
}
