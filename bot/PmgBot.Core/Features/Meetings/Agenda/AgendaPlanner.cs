namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// The smart agenda (issue 14): orders the items of a JPP meeting so that the partner organisations, each present from
/// the start of its first item to the end of its last, wait as few minutes in total as possible, keeping the chair's
/// pins (first, last, not before minute N). Exact up to <see cref="AgendaPlannerOptions.ExactLimit"/> items
/// (<see cref="SubsetDp"/>; among optimal orders the one that keeps arrival order longest), a deterministic heuristic
/// beyond (<see cref="HeuristicSolver"/>). Pure: no I/O, no clock, safe to share between threads.
/// </summary>
public sealed class AgendaPlanner
{
    private readonly AgendaPlannerOptions options;

    public AgendaPlanner()
        : this(AgendaPlannerOptions.Default)
    {
    }

    public AgendaPlanner(AgendaPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ExactLimit, 24);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BlockSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BlockSize, 16);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Rounds);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Starts);
        this.options = options;
    }

    public AgendaPlanResult Plan(AgendaRequest? request) => Plan(request?.Items);

    /// <summary>Plans <paramref name="items"/> (in arrival order); bad input gives Dutch messages, never an exception.</summary>
    public AgendaPlanResult Plan(IReadOnlyList<AgendaItem?>? items)
    {
        if (!AgendaValidator.TryBuild(items, out var problem, out var errors))
        {
            return AgendaPlanResult.Invalid(errors);
        }

        var order = Order(problem);
        if (order is null || !AgendaCost.KeepsPins(problem, order))
        {
            return AgendaPlanResult.Invalid([AgendaMessages.NoFeasibleOrder]);
        }

        var arrival = Enumerable.Range(0, problem.Count).ToArray();
        return AgendaPlanResult.Planned(new AgendaPlan(
            [.. order.Select(item => problem.Ids[item])],
            AgendaCost.Waiting(problem, order),
            AgendaCost.Waiting(problem, arrival),
            AgendaCost.Windows(problem, order)));
    }

    /// <summary>The planned order as item indices (arrival positions); null when no order keeps the pins.</summary>
    internal int[]? Order(AgendaProblem problem)
    {
        if (problem.Count > options.ExactLimit)
        {
            return new HeuristicSolver(problem, options).Solve();
        }

        var order = new int[problem.Count];
        var items = Enumerable.Range(0, problem.Count).ToArray();
        var waiting = new SubsetDp(problem, problem.Count).Solve(items, 0, 0, 0, problem.First, problem.Last, order);
        return waiting == SubsetDp.Infeasible ? null : order;
    }
}
