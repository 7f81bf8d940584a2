namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// The order for agendas beyond the exact limit, a multi-start iterated local search:
/// <list type="number">
/// <item>starts: the arrival order with the pins applied, <see cref="GreedyOrder"/>, <see cref="SeriationOrder"/> and
/// randomised greedy orders, each brought to a local optimum of run moves (<see cref="RunMoveSearch"/>);</item>
/// <item>from the best <see cref="Chains"/> distinct local optima: rounds of a seeded kick (two neighbouring stretches
/// swapped), run moves and optimal re-ordering of windows of consecutive items (<see cref="BlockSearch"/>), the
/// result kept when it is not worse.</item>
/// </list>
/// Deterministic (fixed seed), never worse than any of its starts, and every move keeps the pins.
/// </summary>
internal sealed class HeuristicSolver
{
    private const int Chains = 3;

    private readonly AgendaProblem problem;
    private readonly AgendaPlannerOptions options;
    private readonly RunMoveSearch moves;
    private readonly BlockSearch blocks;

    public HeuristicSolver(AgendaProblem problem, AgendaPlannerOptions options)
    {
        this.problem = problem;
        this.options = options;
        moves = new RunMoveSearch(problem);
        blocks = new BlockSearch(problem, options.BlockSize, Math.Max(1, options.BlockSize / 2));
    }

    public int[] Solve()
    {
        var random = new Random(options.Seed);
        var greedy = GreedyOrder.Build(problem);
        List<int[]> starts = [FeasibleOrder.Arrival(problem), greedy, SeriationOrder.Build(problem, greedy)];
        for (var s = 0; s < Scaled(options.Starts); s++)
        {
            starts.Add(GreedyOrder.Build(problem, random));
        }

        var waitings = starts.Select(start => moves.Descend(start, AgendaCost.Waiting(problem, start))).ToArray();

        // The rounds are shared out among the best few distinct local optima: one basin alone is often the wrong one.
        var chains = Enumerable.Range(0, starts.Count).OrderBy(i => waitings[i]).ThenBy(i => i)
            .DistinctBy(i => waitings[i]).Take(Chains).ToArray();
        var rounds = Scaled(options.Rounds);
        int[]? best = null;
        var bestWaiting = int.MaxValue;
        for (var c = 0; c < chains.Length; c++)
        {
            var share = (rounds / chains.Length) + (c < rounds % chains.Length ? 1 : 0);
            var (order, waiting) = Chain(starts[chains[c]], waitings[chains[c]], share, random);
            if (waiting < bestWaiting)
            {
                (best, bestWaiting) = (order, waiting);
            }
        }

        return best!;
    }

    /// <summary>Fewer starts and rounds for long agendas: each local search costs about n² there.</summary>
    private int Scaled(int count) =>
        problem.Count <= AgendaPlannerOptions.HeuristicScale
            ? count
            : Math.Max(Math.Min(count, 3), count * AgendaPlannerOptions.HeuristicScale / problem.Count);

    private (int[] Order, int Waiting) Chain(int[] start, int startWaiting, int rounds, Random random)
    {
        var best = (int[])start.Clone();
        var bestWaiting = Improve(best, startWaiting);
        if (problem.MovableTo - problem.MovableFrom < 3)
        {
            return (best, bestWaiting);
        }

        var current = (int[])best.Clone();
        var currentWaiting = bestWaiting;
        var candidate = new int[problem.Count];
        for (var round = 0; round < rounds; round++)
        {
            current.CopyTo(candidate, 0);
            Kick(candidate, random);
            FeasibleOrder.Repair(problem, candidate);
            var waiting = Improve(candidate, AgendaCost.Waiting(problem, candidate));
            if (waiting <= currentWaiting)
            {
                // Equal is accepted too: it walks plateaus of equally good orders instead of kicking the same one.
                candidate.CopyTo(current, 0);
                currentWaiting = waiting;
                if (waiting < bestWaiting)
                {
                    current.CopyTo(best, 0);
                    bestWaiting = waiting;
                }
            }
        }

        return (best, bestWaiting);
    }

    /// <summary>Run moves to a local optimum, then optimal windows; again while the windows help.</summary>
    private int Improve(int[] order, int waiting)
    {
        while (true)
        {
            waiting = moves.Descend(order, waiting);
            var swept = blocks.Sweep(order, waiting);
            if (swept >= waiting)
            {
                return waiting;
            }

            waiting = swept;
        }
    }

    /// <summary>
    /// Swaps two neighbouring stretches of the movable range (a double bridge: … [a, b) [b, c) … becomes … [b, c) [a, b) …),
    /// each up to a third of the range long; no short sequence of run moves undoes it.
    /// </summary>
    private void Kick(int[] order, Random random)
    {
        var from = problem.MovableFrom;
        var to = problem.MovableTo;
        var span = to - from;
        var a = from + random.Next(span - 1);
        var b = a + 1 + random.Next(Math.Min(span / 3, to - a - 1));
        var c = Math.Min(to, b + 1 + random.Next(Math.Min(span / 3, Math.Max(to - b, 1))));
        if (b >= c)
        {
            return;
        }

        var first = order[a..b];
        Array.Copy(order, b, order, a, c - b);
        first.CopyTo(order, a + (c - b));
    }
}
