using PmgBot.Core.Features.Meetings.Agenda;
using static PmgBot.Tests.Features.Meetings.Agenda.Agendas;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>The exact planner on hand-checked agendas: optimum, tie-break, pins, windows and the arrival-order figure.</summary>
public sealed class AgendaPlannerTests
{
    /// <summary>Agenda → the order (lexicographically first optimal one), its waiting, the waiting of the input order.</summary>
    private static readonly Dictionary<string, (AgendaItem?[] Items, string[] Order, int Waiting, int Arrival)> KnownOptima = new()
    {
        ["one item"] = ([Item("A", 10, "politie")], ["A"], 0, 0),
        ["issue example: school, halt, politie one after the other"] =
            (Example, ["PMG-J-0018", "PMG-J-0020", "PMG-J-0017", "PMG-J-0019"], 0, 50),
        ["a long item is not sat through: the short ones of one partner together"] =
            ([Item("X", 5, "a"), Item("Y", 60, "b"), Item("Z", 5, "a")], ["X", "Z", "Y"], 0, 60),
        ["triangle: some partner always waits for the middle item"] =
            ([Item("A", 10, "x", "y"), Item("B", 10, "y", "z"), Item("C", 10, "x", "z")], ["A", "B", "C"], 10, 10),
        ["triangle with minutes: the shortest item goes in the middle"] =
            ([Item("A", 10, "x", "y"), Item("B", 30, "y", "z"), Item("C", 5, "x", "z")], ["A", "C", "B"], 5, 30),
        ["cycle of three partners: the arrival order is already optimal and kept"] =
            ([Item("A", 10, "p"), Item("B", 10, "p", "q"), Item("C", 10, "q", "r"), Item("D", 10, "r", "p")], ["A", "B", "C", "D"], 10, 10),
        ["disjoint partners: arrival order kept whatever the minutes"] =
            ([Item("A", 30, "a"), Item("B", 5, "b"), Item("C", 20, "c")], ["A", "B", "C"], 0, 0),
        ["identical items: arrival order kept"] =
            ([Item("I2", 10, "a"), Item("I1", 10, "a"), Item("B", 10, "b")], ["I2", "I1", "B"], 0, 0),
        ["equally good mirror orders: the one with the earlier arrival first"] =
            ([Item("B", 10, "y"), Item("A", 10, "x", "y"), Item("C", 10, "x")], ["B", "A", "C"], 0, 0),
        ["an item without partners costs nobody anything"] =
            ([Item("P1", 10, "p"), Item("opening", 10), Item("P2", 10, "p")], ["P1", "P2", "opening"], 0, 10),
    };

    public static TheoryData<string> KnownOptimumNames => new(KnownOptima.Keys);

    [Theory]
    [MemberData(nameof(KnownOptimumNames))]
    public void Plan_KnownOptimum_ReachesItWithTheEarliestArrivalFirst(string name)
    {
        var (items, order, waiting, arrival) = KnownOptima[name];

        var plan = new AgendaPlanner().Plan(items).Plan!;

        Assert.Equal(order, plan.Order);
        Assert.Equal(waiting, plan.WaitingMinutes);
        Assert.Equal(arrival, plan.ArrivalOrderWaitingMinutes);
    }

    /// <summary>The issue example with one pin → order and waiting (hand-checked against all orders).</summary>
    private static readonly Dictionary<string, (AgendaItem?[] Items, string[] Order, int Waiting)> PinnedCases = new()
    {
        ["PMG-J-0017 first: halt waits 10 minutes"] = (
            [First("PMG-J-0017", 10, "politie", "halt"), Item("PMG-J-0018", 15, "school"), Item("PMG-J-0019", 10, "politie"), Item("PMG-J-0020", 5, "halt", "school")],
            ["PMG-J-0017", "PMG-J-0019", "PMG-J-0020", "PMG-J-0018"], 10),
        ["PMG-J-0018 last: the mirror of the optimum"] = (
            [Item("PMG-J-0017", 10, "politie", "halt"), Last("PMG-J-0018", 15, "school"), Item("PMG-J-0019", 10, "politie"), Item("PMG-J-0020", 5, "halt", "school")],
            ["PMG-J-0019", "PMG-J-0017", "PMG-J-0020", "PMG-J-0018"], 0),
        ["PMG-J-0018 not before minute 10: the mirror of the optimum"] = (
            [Item("PMG-J-0017", 10, "politie", "halt"), NotBefore(10, "PMG-J-0018", 15, "school"), Item("PMG-J-0019", 10, "politie"), Item("PMG-J-0020", 5, "halt", "school")],
            ["PMG-J-0019", "PMG-J-0017", "PMG-J-0020", "PMG-J-0018"], 0),
        ["PMG-J-0017 not before minute 30: it goes last, halt waits 10 minutes"] = (
            [NotBefore(30, "PMG-J-0017", 10, "politie", "halt"), Item("PMG-J-0018", 15, "school"), Item("PMG-J-0019", 10, "politie"), Item("PMG-J-0020", 5, "halt", "school")],
            ["PMG-J-0018", "PMG-J-0020", "PMG-J-0019", "PMG-J-0017"], 10),
        ["not before minute 0 is no pin"] = (
            [NotBefore(0, "PMG-J-0017", 10, "politie", "halt"), Item("PMG-J-0018", 15, "school"), Item("PMG-J-0019", 10, "politie"), Item("PMG-J-0020", 5, "halt", "school")],
            ["PMG-J-0018", "PMG-J-0020", "PMG-J-0017", "PMG-J-0019"], 0),
        ["first and last pinned, start time in between"] = (
            [Last("A", 10, "p"), Item("B", 10, "q"), NotBefore(20, "C", 10, "p"), First("D", 10, "q")],
            ["D", "B", "C", "A"], 0),
    };

    public static TheoryData<string> PinnedCaseNames => new(PinnedCases.Keys);

    [Theory]
    [MemberData(nameof(PinnedCaseNames))]
    public void Plan_PinnedItems_PinsKeptAtTheLeastWaiting(string name)
    {
        var (items, order, waiting) = PinnedCases[name];

        var plan = new AgendaPlanner().Plan(items).Plan!;

        Assert.Equal(order, plan.Order);
        Assert.Equal(waiting, plan.WaitingMinutes);
        Assert.True(ReferencePlanning.KeepsPins(items, [.. plan.Order.Select(id => Array.FindIndex(items, i => i!.Id == id))]));
    }

    [Fact]
    public void Plan_IssueExample_WindowsFromFirstStartToLastEndByStart()
    {
        var plan = new AgendaPlanner().Plan(Example).Plan!;

        Assert.Equal(
            [("school", new AgendaWindow(0, 20)), ("halt", new AgendaWindow(15, 30)), ("politie", new AgendaWindow(20, 40))],
            plan.Windows.Select(w => (w.Key, w.Value)));
    }

    [Fact]
    public void Plan_WindowsWithEqualStart_OrderedByEndThenName()
    {
        var plan = new AgendaPlanner().Plan([Item("A", 10, "zorg", "halt", "politie"), Item("B", 5, "politie")]).Plan!;

        Assert.Equal(["halt", "zorg", "politie"], plan.Windows.Keys);
        Assert.Equal(new AgendaWindow(0, 15), plan.Windows["politie"]);
    }

    [Fact]
    public void Plan_InputOrderBreaksAPin_ArrivalFigureIsStillTheInputOrder()
    {
        AgendaItem?[] items = [Item("A", 10, "p"), Item("B", 10, "q"), First("C", 10, "p")];

        var plan = new AgendaPlanner().Plan(items).Plan!;

        Assert.Equal(["C", "A", "B"], plan.Order);
        Assert.Equal(0, plan.WaitingMinutes);
        Assert.Equal(10, plan.ArrivalOrderWaitingMinutes);
    }

    [Fact]
    public void Plan_IdsAndPartnersWithSpaces_TrimmedAndDuplicatePartnersCountedOnce()
    {
        AgendaItem?[] items = [new(" A ", 10, ["p", " p", "q"]), new("B", 10, ["q "])];

        var plan = new AgendaPlanner().Plan(items).Plan!;

        Assert.Equal(["A", "B"], plan.Order);
        Assert.Equal(["p", "q"], plan.Windows.Keys);
        Assert.Equal(0, plan.WaitingMinutes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Plan_RandomAgendasOfUpTo8Items_SameOrderAndFiguresAsBruteForce(int count)
    {
        var planner = new AgendaPlanner();
        for (var seed = 0; seed < (count == 8 ? 12 : 40); seed++)
        {
            var items = RandomAgenda((count * 1000) + seed, count, 5, pins: seed % 2 == 1);

            var result = planner.Plan(items);
            var best = ReferencePlanning.BruteForce(items);

            // The validator refuses exactly the agendas whose pins no order can keep.
            Assert.True(result.Succeeded == best.HasValue, $"seed {seed}: {string.Join(" ", result.Errors)}");
            if (best is not { } expected)
            {
                continue;
            }

            var plan = result.Plan!;
            Assert.Equal(expected.Order.Select(i => items[i]!.Id), plan.Order);
            Assert.Equal(expected.Waiting, plan.WaitingMinutes);
            Assert.Equal(ReferencePlanning.Waiting(items, Enumerable.Range(0, count).ToArray()), plan.ArrivalOrderWaitingMinutes);
            Assert.Equal(
                ReferencePlanning.Windows(items, expected.Order).OrderBy(w => w.Key, StringComparer.Ordinal),
                plan.Windows.Select(w => KeyValuePair.Create(w.Key, (w.Value.Start, w.Value.End))).OrderBy(w => w.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Plan_18RandomItems_ExactNeverWorseThanTheHeuristicAndKeepsPins()
    {
        var exact = new AgendaPlanner();
        var heuristic = new AgendaPlanner(AgendaPlannerOptions.Default with { ExactLimit = 0 });
        for (var seed = 0; seed < 3; seed++)
        {
            var items = RandomAgenda(18_000 + seed, 18, 8, pins: seed == 2);

            var optimum = exact.Plan(items).Plan!;
            var found = heuristic.Plan(items).Plan!;

            Assert.True(optimum.WaitingMinutes <= found.WaitingMinutes, $"seed {seed}: exact {optimum.WaitingMinutes}, heuristic {found.WaitingMinutes}");
            Assert.Equal(optimum.WaitingMinutes, ReferencePlanning.Waiting(items, optimum.Order));
            Assert.True(ReferencePlanning.KeepsPins(items, [.. optimum.Order.Select(id => Array.FindIndex(items, i => i!.Id == id))]));
        }
    }
}
