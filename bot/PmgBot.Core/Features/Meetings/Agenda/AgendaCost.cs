using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>Waiting minutes, windows and pin checks of a complete order (item indices of an <see cref="AgendaProblem"/>).</summary>
internal static class AgendaCost
{
    /// <summary>
    /// Sum over organisations of (end of last item − start of first item) minus the minutes of its own items.
    /// </summary>
    public static int Waiting(AgendaProblem problem, ReadOnlySpan<int> order)
    {
        Span<int> start = stackalloc int[AgendaLimits.MaxOrganisations];
        Span<int> end = stackalloc int[AgendaLimits.MaxOrganisations];
        var organisations = problem.Organisations.Count;
        start[..organisations].Fill(-1);
        var time = 0;
        foreach (var item in order)
        {
            var duration = problem.Minutes[item];
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                var organisation = BitOperations.TrailingZeroCount(mask);
                if (start[organisation] < 0)
                {
                    start[organisation] = time;
                }

                end[organisation] = time + duration;
            }

            time += duration;
        }

        var windows = 0;
        for (var organisation = 0; organisation < organisations; organisation++)
        {
            windows += end[organisation] - start[organisation];
        }

        return windows - problem.BusyMinutes;
    }

    /// <summary>Each organisation's window in <paramref name="order"/>, ordered by start, then end, then id.</summary>
    public static IReadOnlyDictionary<string, AgendaWindow> Windows(AgendaProblem problem, ReadOnlySpan<int> order)
    {
        var windows = new AgendaWindow?[problem.Organisations.Count];
        var time = 0;
        foreach (var item in order)
        {
            var duration = problem.Minutes[item];
            for (var mask = problem.OrganisationMasks[item]; mask != 0; mask &= mask - 1)
            {
                var organisation = BitOperations.TrailingZeroCount(mask);
                windows[organisation] = new AgendaWindow(windows[organisation]?.Start ?? time, time + duration);
            }

            time += duration;
        }

        var ordered = new OrderedDictionary<string, AgendaWindow>(StringComparer.Ordinal);
        foreach (var organisation in Enumerable.Range(0, windows.Length)
                     .OrderBy(o => windows[o]!.Start)
                     .ThenBy(o => windows[o]!.End)
                     .ThenBy(o => problem.Organisations[o], StringComparer.Ordinal))
        {
            ordered.Add(problem.Organisations[organisation], windows[organisation]!);
        }

        return ordered;
    }

    /// <summary>Whether <paramref name="order"/> is a permutation of all items that keeps every pin.</summary>
    public static bool KeepsPins(AgendaProblem problem, ReadOnlySpan<int> order)
    {
        if (order.Length != problem.Count
            || (problem.First >= 0 && order[0] != problem.First)
            || (problem.Last >= 0 && order[^1] != problem.Last))
        {
            return false;
        }

        var seen = new bool[problem.Count];
        var time = 0;
        foreach (var item in order)
        {
            if ((uint)item >= (uint)problem.Count || seen[item] || time < problem.NotBefore[item])
            {
                return false;
            }

            seen[item] = true;
            time += problem.Minutes[item];
        }

        return true;
    }
}
