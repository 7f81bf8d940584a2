namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>Either a plan or the Dutch messages that say what is wrong with the input (one per problem).</summary>
public sealed record AgendaPlanResult(AgendaPlan? Plan, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Plan is not null;

    public static AgendaPlanResult Planned(AgendaPlan plan) => new(plan, []);

    public static AgendaPlanResult Invalid(IReadOnlyList<string> errors) => new(null, errors);
}
