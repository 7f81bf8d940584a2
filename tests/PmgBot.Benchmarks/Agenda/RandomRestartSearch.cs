namespace PmgBot.Benchmarks.Agenda;

/// <summary>
/// The yardstick of issue 14's quality target: many local searches from random orders, the best kept. Each search
/// moves single items to their best place and swaps pairs (first improvement) until neither helps, with a full
/// recount per candidate — slow, simple and independent of the planner's code.
/// </summary>
public sealed class RandomRestartSearch(ReferenceAgenda agenda, Random random)
{
    public int Best(int restarts)
    {
        var best = int.MaxValue;
        var order = new int[agenda.Count];
        var candidate = new int[agenda.Count];
        for (var restart = 0; restart < restarts; restart++)
        {
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            random.Shuffle(order);
            best = Math.Min(best, Descend(order, candidate));
        }

        return best;
    }

    private int Descend(int[] order, int[] candidate)
    {
        var n = order.Length;
        var waiting = agenda.Waiting(order);
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var from = 0; from < n; from++)
            {
                int bestTo = from, bestWaiting = waiting;
                for (var to = 0; to < n; to++)
                {
                    if (to == from)
                    {
                        continue;
                    }

                    Moved(order, from, to, candidate);
                    var w = agenda.Waiting(candidate);
                    if (w < bestWaiting)
                    {
                        (bestTo, bestWaiting) = (to, w);
                    }
                }

                if (bestTo != from)
                {
                    Moved(order, from, bestTo, candidate);
                    candidate.CopyTo(order, 0);
                    waiting = bestWaiting;
                    improved = true;
                }
            }

            for (var a = 0; a < n - 1; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    (order[a], order[b]) = (order[b], order[a]);
                    var w = agenda.Waiting(order);
                    if (w < waiting)
                    {
                        waiting = w;
                        improved = true;
                    }
                    else
                    {
                        (order[a], order[b]) = (order[b], order[a]);
                    }
                }
            }
        }

        return waiting;
    }

    /// <summary>Writes <paramref name="order"/> with the item at <paramref name="from"/> moved to index <paramref name="to"/>.</summary>
    private static void Moved(int[] order, int from, int to, int[] result)
    {
        var item = order[from];
        var k = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (i == from)
            {
                continue;
            }

            if (k == to)
            {
                result[k++] = item;
            }

            result[k++] = order[i];
        }

        if (k == to)
        {
            result[k] = item;
        }
    }
}
