namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// The order closest to a wished order that keeps every pin: the item pinned first, then each time the first wished
/// item that may start by now, the item pinned last at the end. Never gets stuck on a validated problem: taking any
/// item that may start leaves at least as much time before each later start as taking them by earliest start.
/// </summary>
internal static class FeasibleOrder
{
    /// <summary>Rewrites <paramref name="order"/> (a permutation of all items) in place into the closest order that keeps the pins.</summary>
    public static void Repair(AgendaProblem problem, Span<int> order)
    {
        if (AgendaCost.KeepsPins(problem, order))
        {
            return;
        }

        var wished = new List<int>(problem.Count);
        foreach (var item in order)
        {
            if (item != problem.First && item != problem.Last)
            {
                wished.Add(item);
            }
        }

        var position = 0;
        var time = 0;
        if (problem.First >= 0)
        {
            order[position++] = problem.First;
            time = problem.Minutes[problem.First];
        }

        while (wished.Count > 0)
        {
            var index = wished.FindIndex(item => problem.NotBefore[item] <= time);
            if (index < 0)
            {
                // Only reachable for a problem that did not pass validation; keep the wished order rather than loop.
                index = 0;
            }

            var item = wished[index];
            wished.RemoveAt(index);
            order[position++] = item;
            time += problem.Minutes[item];
        }

        if (problem.Last >= 0)
        {
            order[position] = problem.Last;
        }
    }

    /// <summary>The arrival order with the pins applied.</summary>
    public static int[] Arrival(AgendaProblem problem)
    {
        var order = Enumerable.Range(0, problem.Count).ToArray();
        Repair(problem, order);
        return order;
    }
}
