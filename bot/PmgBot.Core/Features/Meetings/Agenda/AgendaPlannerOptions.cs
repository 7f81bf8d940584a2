namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>How the planner searches. The defaults are what the bot uses; tests and the benchmark may vary them.</summary>
/// <param name="ExactLimit">Up to this many items the exact dynamic programme (at most 24: 2^n states).</param>
/// <param name="Seed">Seed of the heuristic's random choices: the same input always gives the same order.</param>
/// <param name="Starts">Randomised greedy starts of the heuristic for 40 items (fewer for longer agendas, see <see cref="HeuristicScale"/>).</param>
/// <param name="Rounds">Perturb-and-improve rounds of the heuristic for 40 items (fewer for longer agendas).</param>
/// <param name="BlockSize">Window of the heuristic's exact re-ordering of consecutive items (2^size states).</param>
public sealed record AgendaPlannerOptions(
    int ExactLimit = AgendaLimits.ExactItems,
    int Seed = 2011,
    int Starts = 20,
    int Rounds = 20,
    int BlockSize = 8)
{
    /// <summary>The number of items <see cref="Starts"/> and <see cref="Rounds"/> are meant for; beyond it they shrink in proportion, so time grows about linearly.</summary>
    public const int HeuristicScale = 40;

    public static AgendaPlannerOptions Default { get; } = new();
}
