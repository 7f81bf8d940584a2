using System.Numerics;

namespace PmgBot.Core.Features.Meetings.Agenda;

/// <summary>
/// A consecutive-ones–friendly order: items sorted by the centre of their organisations' windows, repeated a few
/// times (barycentre seriation). Items sharing organisations end up together, so each organisation's items tend to
/// form one block, which is what a window without waiting needs.
/// </summary>
internal static class SeriationOrder
{
    private const int Rounds = 6;

    public static int[] Build(AgendaProblem problem, ReadOnlySpan<int> start)
    {
        var order = start.ToArray();
        var n = problem.Count;
        var organisations = problem.Organisations.Count;
        var sum = new double[organisations];
        var count = new int[organisations];
        var keys = new double[n];
        var ranks = new int[n];
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(sum);
            Array.Clear(count);
            for (var position = 0; position < n; position++)
            {
                ranks[order[position]] = position;
                for (var mask = problem.OrganisationMasks[order[position]]; mask != 0; mask &= mask - 1)
                {
                    var organisation = BitOperations.TrailingZeroCount(mask);
                    sum[organisation] += position;
                    count[organisation]++;
                }
            }

            for (var item = 0; item < n; item++)
            {
                var mask = problem.OrganisationMasks[item];
                double key = 0;
                for (var m = mask; m != 0; m &= m - 1)
                {
                    var organisation = BitOperations.TrailingZeroCount(m);
                    key += sum[organisation] / count[organisation];
                }

                keys[item] = mask == 0 ? ranks[item] : key / BitOperations.PopCount(mask);
            }

            // Stable: equal keys keep their current order (LINQ's OrderBy is stable).
            var movable = order[problem.MovableFrom..problem.MovableTo].OrderBy(item => keys[item]).ToArray();
            movable.CopyTo(order, problem.MovableFrom);
        }

        FeasibleOrder.Repair(problem, order);
        return order;
    }
}
