using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// A simple constructive order: each time the item that makes the fewest organisations wait now (minutes × organisations
/// already present that still have items to come but none in this item), then the one that brings the fewest
/// organisations to the table that must stay for later items, then arrival. Keeps the pins.
/// </summary>
internal static class GreedyOrder
{
    public static int[] Build(AgendaProblem problem) => Build(problem, null);

    /// <summary>With <paramref name="random"/>: each time one of the three best items at random (a diverse start for the local search).</summary>
    public static int[] Build(AgendaProblem problem, Random? random)
    {
        var n = problem.Count;
        var order = new int[n];
        var placed = new bool[n];
        Span<int> remaining = stackalloc int[AgendaLimits.MaxOrganisations];
        for (var item = 0; item < n; item++)
        {
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                remaining[BitOperations.TrailingZeroCount(mask)]++;
            }
        }

        var present = 0UL;
        var time = 0;
        for (var position = 0; position < n; position++)
        {
            ulong toCome = 0, stillNeeded = 0;
            for (var organisation = 0; organisation < problem.Organisations.Count; organisation++)
            {
                toCome |= remaining[organisation] > 0 ? 1UL << organisation : 0;
                stillNeeded |= remaining[organisation] > 1 ? 1UL << organisation : 0;
            }

            var chosen = Choose(problem, placed, position, time, present, toCome, stillNeeded, random);
            order[position] = chosen;
            placed[chosen] = true;
            time += problem.Minutes[chosen];
            present |= problem.OrganisationMasks[chosen];
            for (var mask = problem.OrganisationMasks[chosen]; mask != 0; mask &= mask - 1)
            {
                remaining[BitOperations.TrailingZeroCount(mask)]--;
            }
        }

        return order;
    }

    private static int Choose(AgendaProblem problem, bool[] placed, int position, int time, ulong present, ulong toCome, ulong stillNeeded, Random? random)
    {
        if (position == 0 && problem.First >= 0)
        {
            return problem.First;
        }

        if (position == problem.Count - 1 && problem.Last >= 0)
        {
            return problem.Last;
        }

        // The best three by (waiting now, organisations opened, arrival); without randomness the best.
        Span<long> top = [long.MaxValue, long.MaxValue, long.MaxValue];
        for (var item = 0; item < problem.Count; item++)
        {
            if (placed[item] || item == problem.First || item == problem.Last || problem.NotBefore[item] > time)
            {
                continue;
            }

            var mask = problem.OrganisationMasks[item];
            var waiting = problem.Minutes[item] * BitOperations.PopCount(present & toCome & ~mask);
            var opened = BitOperations.PopCount(mask & ~present & stillNeeded);
            var key = ((long)waiting << 32) | ((long)opened << 16) | (uint)item;
            for (var k = 0; k < top.Length; k++)
            {
                if (key < top[k])
                {
                    (key, top[k]) = (top[k], key);
                }
            }
        }

        var count = top[2] != long.MaxValue ? 3 : top[1] != long.MaxValue ? 2 : top[0] != long.MaxValue ? 1 : 0;
        if (count == 0)
        {
            // A validated problem always has an item that may start now; stay total if not.
            return Array.FindIndex(placed, p => !p);
        }

        return (int)(top[random is null ? 0 : random.Next(count)] & 0xFFFF);
    }
}
