namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>An organisation's time at the table: start of its first item to end of its last, minutes from the start.</summary>
public sealed record AgendaWindow(int Start, int End);
