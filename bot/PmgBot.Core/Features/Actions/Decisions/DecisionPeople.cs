namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>Who the decision may name, computed on the server (see <see cref="DecisionService"/>).</summary>
internal sealed record DecisionPeople(
    IReadOnlyList<DecisionPerson> Owners,
    IReadOnlyList<DecisionPerson> Casusregisseurs,
    IReadOnlyList<DecisionPerson> Procesregisseurs);
