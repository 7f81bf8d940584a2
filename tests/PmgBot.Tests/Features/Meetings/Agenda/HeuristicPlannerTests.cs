using PmgBot.Core.Features.Meetings.Agenda;
using static PmgBot.Tests.Features.Meetings.Agenda.Agendas;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>
/// The heuristic beyond 18 items: never worse than the arrival order (with the pins applied) or the simple greedy
/// order, pins kept, deterministic; and its local searches report the waiting of the order they leave behind.
/// </summary>
public sealed class HeuristicPlannerTests
{
    /// <summary>Items, organisations, pins?</summary>
    public static TheoryData<int, int, bool> Sizes => new()
    {
        { 19, 6, false },
        { 25, 12, false },
        { 40, 12, false },
        { 40, 12, true },
        { 60, 20, true },
        { 120, 12, false },
        { 200, 40, true },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Plan_BeyondTheExactLimit_NeverWorseThanArrivalOrGreedyAndKeepsPins(int count, int organisations, bool pins)
    {
        var planner = new AgendaPlanner();
        for (var seed = 0; seed < 3; seed++)
        {
            var items = FeasibleAgenda(count * 100 + seed, count, organisations, pins);
            Assert.True(AgendaValidator.TryBuild(items, out var problem, out var errors), string.Join(" ", errors));

            var plan = planner.Plan(items).Plan!;
            var order = plan.Order.Select(id => Array.FindIndex(items, i => i!.Id == id)).ToArray();

            Assert.True(ReferencePlanning.KeepsPins(items, order), $"seed {seed}");
            Assert.Equal(ReferencePlanning.Waiting(items, order), plan.WaitingMinutes);
            Assert.Equal(ReferencePlanning.Waiting(items, Enumerable.Range(0, count).ToArray()), plan.ArrivalOrderWaitingMinutes);
            Assert.True(plan.WaitingMinutes <= ReferencePlanning.Waiting(items, FeasibleOrder.Arrival(problem)), $"seed {seed}: worse than the arrival order");
            Assert.True(plan.WaitingMinutes <= ReferencePlanning.Waiting(items, GreedyOrder.Build(problem)), $"seed {seed}: worse than the greedy order");
            if (!pins)
            {
                Assert.True(plan.WaitingMinutes <= plan.ArrivalOrderWaitingMinutes, $"seed {seed}");
            }
        }
    }

    [Fact]
    public void Plan_SameAgendaTwice_SameOrder()
    {
        var items = FeasibleAgenda(4711, 40, 12, pins: true);

        var first = AgendaJson.Write(new AgendaPlanner().Plan(items).Plan!);
        var planner = new AgendaPlanner();
        planner.Plan(FeasibleAgenda(4712, 40, 12, pins: false));
        var second = AgendaJson.Write(planner.Plan([.. items]).Plan!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Plan_HeuristicOnAgendasOfUpTo8Items_ReachesTheOptimum()
    {
        // Its optimal windows (8 items) then cover the whole agenda.
        var heuristic = new AgendaPlanner(AgendaPlannerOptions.Default with { ExactLimit = 0 });
        for (var seed = 0; seed < 60; seed++)
        {
            var items = RandomAgenda(80_000 + seed, 2 + (seed % 7), 5, pins: seed % 3 == 0);
            if (ReferencePlanning.BruteForce(items) is not { } best)
            {
                continue;
            }

            var plan = heuristic.Plan(items).Plan!;

            Assert.Equal(best.Waiting, plan.WaitingMinutes);
        }
    }

    [Fact]
    public void Descend_RandomOrders_ReturnsTheWaitingOfTheOrderItLeavesAndKeepsPins()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var items = FeasibleAgenda(90_000 + seed, 10 + seed, 8, pins: seed % 2 == 0);
            Assert.True(AgendaValidator.TryBuild(items, out var problem, out _));
            var order = Shuffled(problem, seed);
            var before = AgendaCost.Waiting(problem, order);

            var after = new RunMoveSearch(problem).Descend(order, before);

            Assert.Equal(AgendaCost.Waiting(problem, order), after);
            Assert.Equal(ReferencePlanning.Waiting(items, order), after);
            Assert.True(after <= before);
            Assert.True(ReferencePlanning.KeepsPins(items, order), $"seed {seed}");
        }
    }

    [Fact]
    public void Sweep_RandomOrders_ReturnsTheWaitingOfTheOrderItLeavesAndKeepsPins()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var items = FeasibleAgenda(95_000 + seed, 10 + seed, 8, pins: seed % 2 == 0);
            Assert.True(AgendaValidator.TryBuild(items, out var problem, out _));
            var order = Shuffled(problem, seed);
            var before = AgendaCost.Waiting(problem, order);

            var after = new BlockSearch(problem, 8, 3).Sweep(order, before);

            Assert.Equal(AgendaCost.Waiting(problem, order), after);
            Assert.True(after <= before);
            Assert.True(ReferencePlanning.KeepsPins(items, order), $"seed {seed}");
        }
    }

    /// <summary>A random agenda whose pins fit: start times only up to about a third of the agenda, none on the first item.</summary>
    private static AgendaItem?[] FeasibleAgenda(int seed, int count, int organisations, bool pins)
    {
        var items = RandomAgenda(seed, count, organisations, pins);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            if (items[i]!.NotBefore is not null)
            {
                items[i] = items[i]! with { NotBefore = items[i]!.Pin == AgendaPins.First ? null : random.Next(0, 5 * count) };
            }
        }

        return items;
    }

    /// <summary>A random order that keeps the pins.</summary>
    private static int[] Shuffled(AgendaProblem problem, int seed)
    {
        var order = Enumerable.Range(0, problem.Count).ToArray();
        new Random(seed).Shuffle(order);
        FeasibleOrder.Repair(problem, order);
        return order;
    }
}
