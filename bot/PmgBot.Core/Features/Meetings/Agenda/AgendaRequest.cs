namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>The input of a planning: <c>{"items":[…]}</c> in arrival order (the order the chair would otherwise use).</summary>
public sealed record AgendaRequest(IReadOnlyList<AgendaItem?>? Items);
