namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// One item of a JPP agenda as it arrives (the <c>plan-agenda</c> file, later the chair's card): a case code or report
/// reference, its minutes, the partner organisations at the table for it and the chair's optional pins.
/// Everything is nullable because it is untrusted input: <see cref="AgendaPlanner"/> answers missing or wrong values
/// with a Dutch message instead of a serializer exception.
/// </summary>
/// <param name="Id">Case code (<c>PMG-J-0017</c>) or report reference.</param>
/// <param name="Minutes">Discussion time, <see cref="AgendaLimits.MinMinutes"/>–<see cref="AgendaLimits.MaxMinutes"/>.</param>
/// <param name="Partners">Organisation ids (<c>politie</c>, <c>halt</c>); none is allowed (e.g. an opening).</param>
/// <param name="Pin"><see cref="AgendaPins.First"/>, <see cref="AgendaPins.Last"/> or null.</param>
/// <param name="NotBefore">The item may not start before this minute from the start of the meeting.</param>
public sealed record AgendaItem(
    string? Id,
    int? Minutes,
    IReadOnlyList<string?>? Partners,
    string? Pin = null,
    int? NotBefore = null);
