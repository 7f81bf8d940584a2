using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// Local search by moving a run of 1 to <see cref="MaxRun"/> consecutive items, as it is or reversed, to its best
/// place (single-item insertion and Or-opt). Taking the run out leaves each other organisation's window as it was
/// (shifted); putting it back in a gap makes an organisation not in the run wait the run's minutes more when the gap
/// is inside its window, and stretches the window of one in the run to the run. Those are piecewise functions of the
/// gap (a constant plus −1, 0 or 1 times the run's start), summed with difference arrays: all gaps of one run cost
/// O(n + organisations), a pass O(n² · MaxRun). Only moves that keep the pins are made, only strict improvements.
/// </summary>
internal sealed class RunMoveSearch
{
    public const int MaxRun = 4;

    private readonly AgendaProblem problem;
    private readonly int[] starts;
    private readonly int[] positions;
    private readonly int[] positionsFrom;
    private readonly int[] asIs;
    private readonly int[] reversed;
    private readonly int[] slope;
    private readonly int[] run = new int[MaxRun];
    private readonly int[] runFirst = new int[AgendaLimits.MaxOrganisations];
    private readonly int[] runLast = new int[AgendaLimits.MaxOrganisations];
    private readonly int[] scratch;
    private readonly bool[] settled;

    public RunMoveSearch(AgendaProblem problem)
    {
        this.problem = problem;
        starts = new int[problem.Count + 1];
        positionsFrom = new int[problem.Organisations.Count + 1];
        var memberships = 0;
        foreach (var mask in problem.OrganisationMasks)
        {
            memberships += BitOperations.PopCount(mask);
        }

        positions = new int[memberships];
        asIs = new int[problem.Count + 2];
        reversed = new int[problem.Count + 2];
        slope = new int[problem.Count + 2];
        scratch = new int[problem.Count];
        settled = new bool[problem.Count];
    }

    /// <summary>
    /// Local search: passes over the order until no item still looked at has an improving move. An item whose runs had no improving
    /// move is skipped in later passes until a move leaves or lands near it ("don't look" marks, as in 2-opt for the
    /// travelling salesman): a pass then costs little once the order has settled.
    /// </summary>
    public int Descend(int[] order, int waiting)
    {
        Array.Clear(settled);
        while (true)
        {
            var improved = Pass(order, waiting);
            if (improved >= waiting)
            {
                return waiting;
            }

            waiting = improved;
        }
    }

    private int Pass(int[] order, int waiting)
    {
        var from = problem.MovableFrom;
        var to = problem.MovableTo;
        Index(order);
        for (var position = from; position < to; position++)
        {
            if (settled[order[position]])
            {
                continue;
            }

            var moved = false;
            for (var length = 1; length <= MaxRun && position + length <= to; length++)
            {
                var move = Best(order, position, length, waiting);
                if (move.Cost < waiting)
                {
                    Apply(order, position, length, move.Gap, move.Reversed);
                    waiting = move.Cost;
                    Index(order);
                    Unsettle(order, position, move.Gap, length);
                    moved = true;
                    break;
                }
            }

            settled[order[position]] = !moved;
        }

        return waiting;
    }

    /// <summary>A move changes most what is near where the run left and where it landed: look there again.</summary>
    private void Unsettle(int[] order, int source, int target, int length)
    {
        for (var p = Math.Max(0, source - MaxRun); p < Math.Min(order.Length, source + length + MaxRun); p++)
        {
            settled[order[p]] = false;
        }

        for (var p = Math.Max(0, target - MaxRun); p < Math.Min(order.Length, target + length + MaxRun); p++)
        {
            settled[order[p]] = false;
        }
    }

    /// <summary>Start times of the order and, per organisation, the positions of its items in ascending order.</summary>
    private void Index(int[] order)
    {
        var organisations = problem.Organisations.Count;
        Array.Clear(positionsFrom);
        foreach (var item in order)
        {
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                positionsFrom[BitOperations.TrailingZeroCount(mask) + 1]++;
            }
        }

        for (var organisation = 0; organisation < organisations; organisation++)
        {
            positionsFrom[organisation + 1] += positionsFrom[organisation];
        }

        Span<int> next = stackalloc int[organisations];
        positionsFrom.AsSpan(0, organisations).CopyTo(next);
        var time = 0;
        for (var position = 0; position < order.Length; position++)
        {
            var item = order[position];
            starts[position] = time;
            time += problem.Minutes[item];
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                positions[next[BitOperations.TrailingZeroCount(mask)]++] = position;
            }
        }

        starts[order.Length] = time;
    }

    /// <summary>The cheapest place for the run at <paramref name="position"/> (a gap of the order without it), or its own place.</summary>
    private (int Gap, bool Reversed, int Cost) Best(int[] order, int position, int length, int waiting)
    {
        var n = order.Length;
        var runEnd = position + length;
        var remaining = n - length;

        // The run: its minutes, its organisations' first and last minute inside it, the earliest start it allows.
        var runMinutes = starts[runEnd] - starts[position];
        int release = 0, releaseReversed = 0;
        var runMask = 0UL;
        for (var k = 0; k < length; k++)
        {
            var item = order[position + k];
            run[k] = item;
            var offset = starts[position + k] - starts[position];
            var end = offset + problem.Minutes[item];
            release = Math.Max(release, problem.NotBefore[item] - offset);
            releaseReversed = Math.Max(releaseReversed, problem.NotBefore[item] - (runMinutes - end));
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                var organisation = BitOperations.TrailingZeroCount(mask);
                if ((runMask & (1UL << organisation)) == 0)
                {
                    runFirst[organisation] = offset;
                }

                runLast[organisation] = end;
                runMask |= 1UL << organisation;
            }
        }

        // Each organisation's window as a function of the gap, by difference arrays over the gaps 0..remaining.
        Array.Clear(asIs, 0, remaining + 2);
        Array.Clear(reversed, 0, remaining + 2);
        Array.Clear(slope, 0, remaining + 2);
        var constant = 0;
        for (var organisation = 0; organisation < problem.Organisations.Count; organisation++)
        {
            // Its first and last item outside the run, as positions and minutes of the order without the run.
            int lo = positionsFrom[organisation], hi = positionsFrom[organisation + 1] - 1;
            while (lo <= hi && positions[lo] >= position && positions[lo] < runEnd)
            {
                lo++;
            }

            while (hi >= lo && positions[hi] >= position && positions[hi] < runEnd)
            {
                hi--;
            }

            var inRun = (runMask & (1UL << organisation)) != 0;
            if (lo > hi)
            {
                constant += inRun ? runLast[organisation] - runFirst[organisation] : 0;
                continue;
            }

            int first = positions[lo], last = positions[hi];
            var firstStart = first < position ? starts[first] : starts[first] - runMinutes;
            var lastEnd = starts[last + 1] - (last < position ? 0 : runMinutes);
            first = first < position ? first : first - length;
            last = last < position ? last : last - length;
            if (!inRun)
            {
                constant += lastEnd - firstStart;
                Add(first + 1, last, runMinutes, runMinutes);
                continue;
            }

            // Before its other items: from the run's first minute of it to its last item, moved on by the run.
            var end = lastEnd + runMinutes;
            Add(0, first, end - runFirst[organisation], end - (runMinutes - runLast[organisation]));
            slope[0]--;
            slope[first + 1]++;

            // Among them: its window as it is, widened by the run.
            Add(first + 1, last, end - firstStart, end - firstStart);

            // After them: from its first item to the run's last minute of it.
            Add(last + 1, remaining, runLast[organisation] - firstStart, runMinutes - runFirst[organisation] - firstStart);
            slope[last + 1]++;
        }

        // A gap before the run's own place starts where its item starts now; a later gap where that item will start
        // once the run is out (and the items in between, pulled forward, must still be allowed to start then).
        (int Gap, bool Reversed, int Cost) best = (position, false, waiting);
        var shared = constant - problem.BusyMinutes;
        int forwardSum = 0, reversedSum = 0, perStart = 0;
        var lastGap = problem.MovableTo - length;
        for (var gap = 0; gap <= lastGap; gap++)
        {
            forwardSum += asIs[gap];
            reversedSum += reversed[gap];
            perStart += slope[gap];
            if (gap < problem.MovableFrom)
            {
                continue;
            }

            int start;
            if (gap < position)
            {
                start = starts[gap];
            }
            else
            {
                var pulled = gap - 1 + length;
                if (gap > position && problem.HasStartTimes && starts[pulled] - runMinutes < problem.NotBefore[order[pulled]])
                {
                    break;
                }

                start = starts[gap + length] - runMinutes;
            }

            var common = shared + (perStart * start);
            if (common + forwardSum < best.Cost && start >= release && gap != position)
            {
                best = (gap, false, common + forwardSum);
            }

            if (common + reversedSum < best.Cost && length > 1 && start >= releaseReversed)
            {
                best = (gap, true, common + reversedSum);
            }
        }

        return best;
    }

    /// <summary>Adds <paramref name="forward"/> and <paramref name="backward"/> to the gaps <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    private void Add(int from, int to, int forward, int backward)
    {
        if (from > to)
        {
            return;
        }

        asIs[from] += forward;
        asIs[to + 1] -= forward;
        reversed[from] += backward;
        reversed[to + 1] -= backward;
    }

    private void Apply(int[] order, int position, int length, int gap, bool reverse)
    {
        var remaining = order.Length - length;
        var k = 0;
        for (var p = 0; p < order.Length; p++)
        {
            if (p < position || p >= position + length)
            {
                scratch[k++] = order[p];
            }
        }

        Array.Copy(scratch, 0, order, 0, gap);
        for (var r = 0; r < length; r++)
        {
            order[gap + r] = run[reverse ? length - 1 - r : r];
        }

        Array.Copy(scratch, gap, order, gap + length, remaining - gap);
    }
}
