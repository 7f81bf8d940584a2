using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>
/// The tests' own yardstick, written from the definitions and sharing no code with the planner: the waiting of an
/// order, the windows, whether an order keeps the pins, and the best order by trying every permutation in
/// lexicographic order of arrival positions (so the first optimal one is the tie-break the planner promises).
/// </summary>
internal static class ReferencePlanning
{
    /// <summary>Sum over organisations of their window minus the minutes of their own items.</summary>
    public static int Waiting(IReadOnlyList<AgendaItem?> items, IReadOnlyList<int> order)
    {
        var waiting = Windows(items, order).Values.Sum(w => w.End - w.Start);
        foreach (var item in order)
        {
            waiting -= items[item]!.Minutes!.Value * items[item]!.Partners!.Distinct().Count();
        }

        return waiting;
    }

    public static int Waiting(IReadOnlyList<AgendaItem?> items, IReadOnlyList<string> order) =>
        Waiting(items, order.Select(id => items.ToList().FindIndex(i => i!.Id == id)).ToArray());

    /// <summary>Per organisation: start of its first item, end of its last, in minutes from the start.</summary>
    public static Dictionary<string, (int Start, int End)> Windows(IReadOnlyList<AgendaItem?> items, IReadOnlyList<int> order)
    {
        var windows = new Dictionary<string, (int Start, int End)>();
        var time = 0;
        foreach (var item in order)
        {
            var minutes = items[item]!.Minutes!.Value;
            foreach (var partner in items[item]!.Partners!.Distinct())
            {
                windows[partner!] = windows.TryGetValue(partner!, out var window) ? (window.Start, time + minutes) : (time, time + minutes);
            }

            time += minutes;
        }

        return windows;
    }

    public static bool KeepsPins(IReadOnlyList<AgendaItem?> items, IReadOnlyList<int> order)
    {
        var time = 0;
        for (var position = 0; position < order.Count; position++)
        {
            var item = items[order[position]]!;
            if ((item.Pin == AgendaPins.First && position != 0)
                || (item.Pin == AgendaPins.Last && position != order.Count - 1)
                || time < (item.NotBefore ?? 0))
            {
                return false;
            }

            time += item.Minutes!.Value;
        }

        return true;
    }

    /// <summary>The lexicographically first order with the least waiting among those that keep the pins; null when none does.</summary>
    public static (int[] Order, int Waiting)? BruteForce(IReadOnlyList<AgendaItem?> items)
    {
        (int[] Order, int Waiting)? best = null;
        foreach (var order in Permutations(items.Count))
        {
            if (!KeepsPins(items, order))
            {
                continue;
            }

            var waiting = Waiting(items, order);
            if (best is null || waiting < best.Value.Waiting)
            {
                best = (order, waiting);
            }
        }

        return best;
    }

    /// <summary>All permutations of 0..n-1 in lexicographic order.</summary>
    public static IEnumerable<int[]> Permutations(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return (int[])order.Clone();
            var i = n - 2;
            while (i >= 0 && order[i] > order[i + 1])
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            var j = n - 1;
            while (order[j] < order[i])
            {
                j--;
            }

            (order[i], order[j]) = (order[j], order[i]);
            Array.Reverse(order, i + 1, n - i - 1);
        }
    }
}
