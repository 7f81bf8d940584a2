using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// Exact ordering of a block of items by dynamic programming over the subsets already placed (Garcia de la Banda,
/// Stuckey &amp; Chu 2011, talent scheduling). An organisation is present from its first item to its last, so while
/// item j is discussed after the set S, the organisations with items both in S (or before the block) and in the items
/// still to come (or after the block) are present; those not in j wait d(j) minutes. That cost depends only on S,
/// which makes the cheapest completion of S a function of S alone: 2^k states, k transitions each.
/// The buffers are sized once per planning for the largest block (2^18 states: 4 MB).
/// </summary>
internal sealed class SubsetDp
{
    public const int Infeasible = int.MaxValue;

    private readonly AgendaProblem problem;
    private readonly ulong[] organisationsOf;
    private readonly int[] minutesOf;
    private readonly int[] completion;
    private readonly ulong[] masks;
    private readonly int[] minutes;
    private readonly int[] notBefore;

    public SubsetDp(AgendaProblem problem, int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, 24);
        this.problem = problem;
        organisationsOf = new ulong[1 << maxItems];
        minutesOf = new int[1 << maxItems];
        completion = new int[1 << maxItems];
        masks = new ulong[maxItems];
        minutes = new int[maxItems];
        notBefore = new int[maxItems];
    }

    /// <summary>
    /// Writes the cheapest order of <paramref name="items"/> to <paramref name="result"/> and returns its waiting
    /// minutes (only those during the block's own items), or <see cref="Infeasible"/> when no order keeps the pins.
    /// </summary>
    /// <param name="items">The block, in its current order; among equally cheap orders the one that keeps earlier items earlier wins.</param>
    /// <param name="before">Organisations with items before the block.</param>
    /// <param name="after">Organisations with items after the block.</param>
    /// <param name="offset">Start minute of the block.</param>
    /// <param name="first">The item that must open the block, or -1.</param>
    /// <param name="last">The item that must close the block, or -1.</param>
    /// <param name="result">Receives the order (item indices of the problem).</param>
    public int Solve(ReadOnlySpan<int> items, ulong before, ulong after, int offset, int first, int last, Span<int> result)
    {
        var k = items.Length;
        var full = (1 << k) - 1;
        int firstLocal = -1, lastLocal = -1;
        for (var j = 0; j < k; j++)
        {
            var item = items[j];
            masks[j] = problem.OrganisationMasks[item];
            minutes[j] = problem.Minutes[item];
            notBefore[j] = problem.NotBefore[item] - offset;
            firstLocal = item == first ? j : firstLocal;
            lastLocal = item == last ? j : lastLocal;
        }

        for (var set = 1; set <= full; set++)
        {
            var j = BitOperations.TrailingZeroCount(set);
            var previous = set & (set - 1);
            organisationsOf[set] = organisationsOf[previous] | masks[j];
            minutesOf[set] = minutesOf[previous] + minutes[j];
        }

        completion[full] = 0;
        for (var set = full - 1; set >= 0; set--)
        {
            var best = Infeasible;
            for (var free = full & ~set; free != 0; free &= free - 1)
            {
                var j = BitOperations.TrailingZeroCount(free);
                var cost = Step(set, j, full, before, after, firstLocal, lastLocal);
                if (cost < best)
                {
                    best = cost;
                }
            }

            completion[set] = best;
        }

        if (completion[0] == Infeasible)
        {
            return Infeasible;
        }

        // Walk forward taking the earliest item that still reaches the optimum: the lexicographically first optimal order.
        var placed = 0;
        for (var position = 0; position < k; position++)
        {
            for (var free = full & ~placed; free != 0; free &= free - 1)
            {
                var j = BitOperations.TrailingZeroCount(free);
                if (Step(placed, j, full, before, after, firstLocal, lastLocal) == completion[placed])
                {
                    result[position] = items[j];
                    placed |= 1 << j;
                    break;
                }
            }
        }

        return completion[0];
    }

    /// <summary>Cost of placing local item <paramref name="j"/> after <paramref name="set"/> plus the cheapest completion, or <see cref="Infeasible"/>.</summary>
    private int Step(int set, int j, int full, ulong before, ulong after, int firstLocal, int lastLocal)
    {
        var next = set | (1 << j);
        if (minutesOf[set] < notBefore[j]
            || (firstLocal >= 0 && (set == 0) != (j == firstLocal))
            || (lastLocal >= 0 && (next == full) != (j == lastLocal)))
        {
            return Infeasible;
        }

        var rest = completion[next];
        if (rest == Infeasible)
        {
            return Infeasible;
        }

        var waiting = (before | organisationsOf[set]) & (after | organisationsOf[full ^ next]) & ~masks[j];
        return (minutes[j] * BitOperations.PopCount(waiting)) + rest;
    }
}
