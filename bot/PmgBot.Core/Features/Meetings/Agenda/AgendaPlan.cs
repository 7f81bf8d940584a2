namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// A planned agenda: <c>{"order":[…],"waitingMinutes":N,"arrivalOrderWaitingMinutes":M,"windows":{…}}</c>.
/// Waiting minutes are summed over organisations: minutes inside an organisation's window while none of its own items
/// is discussed. <see cref="ArrivalOrderWaitingMinutes"/> is the same figure for the input order, to show the saving.
/// </summary>
/// <param name="Order">Item ids in planned order.</param>
/// <param name="WaitingMinutes">Total waiting of the planned order.</param>
/// <param name="ArrivalOrderWaitingMinutes">Total waiting of the input order as it was given (pins not applied).</param>
/// <param name="Windows">Per organisation its window, ordered by start, then end, then id.</param>
public sealed record AgendaPlan(
    IReadOnlyList<string> Order,
    int WaitingMinutes,
    int ArrivalOrderWaitingMinutes,
    IReadOnlyDictionary<string, AgendaWindow> Windows);
