using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// Local search by re-ordering windows of consecutive items optimally (<see cref="SubsetDp"/> with the organisations
/// before and after the window fixed). Reordering inside a window never changes the waiting outside it, so an
/// optimal window is a strict improvement of the whole order whenever it is cheaper than the window as it stands.
/// </summary>
internal sealed class BlockSearch
{
    private readonly AgendaProblem problem;
    private readonly SubsetDp dp;
    private readonly int size;
    private readonly int stride;
    private readonly int[] block;
    private readonly ulong[] afterOf;

    public BlockSearch(AgendaProblem problem, int size, int stride)
    {
        this.problem = problem;
        this.size = Math.Min(size, problem.MovableTo - problem.MovableFrom);
        this.stride = Math.Max(1, stride);
        dp = new SubsetDp(problem, Math.Max(this.size, 1));
        block = new int[Math.Max(this.size, 1)];
        afterOf = new ulong[problem.Count + 1];
    }

    /// <summary>Re-orders each window in turn (left to right, overlapping); returns the new waiting.</summary>
    public int Sweep(int[] order, int waiting)
    {
        if (size < 2)
        {
            return waiting;
        }

        var from = problem.MovableFrom;
        var to = problem.MovableTo;
        for (var start = from; ; start = Math.Min(start + stride, to - size))
        {
            // Organisations after the window: recomputed per window, earlier windows may have changed the order.
            afterOf[order.Length] = 0;
            for (var p = order.Length - 1; p >= start + size; p--)
            {
                afterOf[p] = afterOf[p + 1] | problem.OrganisationMasks[order[p]];
            }

            ulong before = 0;
            var offset = 0;
            for (var p = 0; p < start; p++)
            {
                before |= problem.OrganisationMasks[order[p]];
                offset += problem.Minutes[order[p]];
            }

            var window = order.AsSpan(start, size);
            var after = afterOf[start + size];
            var current = Cost(window, before, after);
            var best = dp.Solve(window, before, after, offset, -1, -1, block);
            if (best < current)
            {
                block.AsSpan(0, size).CopyTo(window);
                waiting -= current - best;
            }

            if (start + size >= to)
            {
                return waiting;
            }
        }
    }

    /// <summary>The waiting during the window's own items in their current order, as <see cref="SubsetDp"/> counts it.</summary>
    private int Cost(ReadOnlySpan<int> window, ulong before, ulong after)
    {
        Span<ulong> later = stackalloc ulong[window.Length + 1];
        later[window.Length] = after;
        for (var p = window.Length - 1; p >= 0; p--)
        {
            later[p] = later[p + 1] | problem.OrganisationMasks[window[p]];
        }

        var cost = 0;
        var present = before;
        for (var p = 0; p < window.Length; p++)
        {
            var mask = problem.OrganisationMasks[window[p]];
            cost += problem.Minutes[window[p]] * BitOperations.PopCount(present & later[p + 1] & ~mask);
            present |= mask;
        }

        return cost;
    }
}
