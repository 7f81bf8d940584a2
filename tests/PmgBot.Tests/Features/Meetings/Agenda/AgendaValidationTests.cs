using PmgBot.Core.Features.Meetings.Agenda;
using static PmgBot.Tests.Features.Meetings.Agenda.Agendas;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>Bad agendas: one Dutch message per problem, exactly these texts, never an exception.</summary>
public sealed class AgendaValidationTests
{
    private static readonly string[] ManyPartners = [.. Enumerable.Range(0, 51).Select(i => $"org{i}")];

    /// <summary>Items → the messages, in this order.</summary>
    private static readonly Dictionary<string, (AgendaItem?[]? Items, string[] Messages)> Cases = new()
    {
        ["no list"] = (null, ["De agenda heeft geen items."]),
        ["empty list"] = ([], ["De agenda heeft geen items."]),
        ["201 items"] = (
            [.. Enumerable.Range(0, 201).Select(i => Item($"I{i}", 1, "p"))],
            ["De agenda heeft 201 items; het maximum is 200."]),
        ["an item that is null"] = ([null, Item("A", 10, "p")], ["Item 1 is leeg."]),
        ["item 3 without id"] = ([Item("A", 10, "p"), Item("B", 10, "p"), Item("  ", 10, "p")], ["Item 3 heeft geen id."]),
        ["id null"] = ([new AgendaItem(null, 10, ["p"])], ["Item 1 heeft geen id."]),
        ["id with a lone surrogate"] = ([Item("\ud800", 10, "p")], ["Item 1 heeft geen id."]),
        ["id of 101 characters"] = ([Item(new string('x', 101), 10, "p")], ["Item 1 heeft een id van meer dan 100 tekens."]),
        ["0 minutes"] = ([Item("PMG-J-0017", 0, "politie")], ["Item PMG-J-0017 heeft 0 minuten; geef 1 tot 240 minuten."]),
        ["241 minutes"] = ([Item("PMG-J-0017", 241, "politie")], ["Item PMG-J-0017 heeft 241 minuten; geef 1 tot 240 minuten."]),
        ["negative minutes"] = ([Item("PMG-J-0017", -5, "politie")], ["Item PMG-J-0017 heeft -5 minuten; geef 1 tot 240 minuten."]),
        ["no minutes"] = ([new AgendaItem("PMG-J-0017", null, ["politie"])], ["Item PMG-J-0017 heeft geen minuten; geef 1 tot 240 minuten."]),
        ["the same id twice"] = ([Item("PMG-J-0017", 10, "p"), Item("PMG-J-0017", 5, "q")], ["Dubbel id PMG-J-0017."]),
        ["the same id after trimming"] = ([Item("PMG-J-0017", 10, "p"), Item(" PMG-J-0017", 5, "q")], ["Dubbel id PMG-J-0017."]),
        ["two items pinned first"] = (
            [First("PMG-J-0017", 10, "p"), Item("B", 10, "p"), First("PMG-J-0018", 10, "q")],
            ["Twee items zijn als eerste vastgezet: PMG-J-0017 en PMG-J-0018."]),
        ["three items pinned last"] = (
            [Last("A", 10, "p"), Last("B", 10, "p"), Last("C", 10, "q")],
            ["Drie items zijn als laatste vastgezet: A, B en C."]),
        ["unknown pin"] = ([new AgendaItem("A", 10, ["p"], "middle")], ["Item A heeft een onbekende pin \"middle\"; gebruik \"first\" of \"last\"."]),
        ["pin in capitals"] = ([new AgendaItem("A", 10, ["p"], "First")], ["Item A heeft een onbekende pin \"First\"; gebruik \"first\" of \"last\"."]),
        ["blank and null partners"] = ([new AgendaItem("A", 10, ["politie", " ", null])], ["Item A heeft een lege partner."]),
        ["partner of 101 characters"] = ([Item("A", 10, new string('p', 101))], ["Item A heeft een partner van meer dan 100 tekens."]),
        ["51 partners"] = ([Item("A", 10, ManyPartners)], ["Item A heeft 51 partners; het maximum is 50."]),
        ["65 organisations in the agenda"] = (
            [Item("A", 10, [.. Enumerable.Range(0, 40).Select(i => $"a{i}")]), Item("B", 10, [.. Enumerable.Range(0, 25).Select(i => $"b{i}")])],
            ["De agenda heeft 65 verschillende partners; het maximum is 64."]),
        ["negative start time"] = ([NotBefore(-5, "A", 10, "p")], ["Item A heeft notBefore -5; geef een minuut van 0 of meer."]),
        ["start time after the end"] = (
            [Item("PMG-J-0018", 50, "school"), NotBefore(90, "PMG-J-0017", 10, "politie")],
            ["Het item PMG-J-0017 kan niet na minuut 90 beginnen: de agenda duurt maar 60 minuten."]),
        ["start time exactly at the end"] = (
            [Item("PMG-J-0018", 50, "school"), NotBefore(60, "PMG-J-0017", 10, "politie")],
            ["Het item PMG-J-0017 kan niet na minuut 60 beginnen: de agenda duurt maar 60 minuten."]),
        ["start time leaves no room for the item"] = (
            [Item("PMG-J-0018", 50, "school"), NotBefore(55, "PMG-J-0017", 10, "politie")],
            ["Het item PMG-J-0017 kan niet na minuut 55 beginnen: het duurt 10 minuten en de agenda duurt maar 60 minuten."]),
        ["pinned first with a start time"] = (
            [new AgendaItem("A", 10, ["p"], AgendaPins.First, 20), Item("B", 30, "q")],
            ["Het item A is als eerste vastgezet en begint dus op minuut 0, maar mag pas op minuut 20 beginnen."]),
        ["start times that leave a gap"] = (
            [NotBefore(20, "A", 30, "p"), Item("B", 10, "q"), NotBefore(25, "C", 10, "p")],
            ["De vastgezette begintijden passen niet: het item A mag pas op minuut 20 beginnen, maar de items die eerder mogen beginnen duren samen maar 10 minuten (de agenda heeft geen pauzes)."]),
        ["a start time before the item pinned last"] = (
            [Last("A", 10, "p"), NotBefore(15, "B", 10, "q"), Item("C", 10, "p")],
            ["De vastgezette begintijden passen niet: het item B mag pas op minuut 15 beginnen, maar de items die eerder mogen beginnen duren samen maar 10 minuten (de agenda heeft geen pauzes)."]),
        ["several problems: one message each"] = (
            [new AgendaItem("", 0, ["p"], AgendaPins.First), new AgendaItem("X", 300, ["p", ""], AgendaPins.First, -1), Item("X", 10, "q"), null, NotBefore(90, "Y", 5, "q")],
            [
                "Item 1 heeft geen id.",
                "Item 1 heeft 0 minuten; geef 1 tot 240 minuten.",
                "Item X heeft 300 minuten; geef 1 tot 240 minuten.",
                "Item X heeft een lege partner.",
                "Item X heeft notBefore -1; geef een minuut van 0 of meer.",
                "Item 4 is leeg.",
                "Dubbel id X.",
                "Twee items zijn als eerste vastgezet: item 1 en X.",
            ]),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Plan_BadInput_OneDutchMessagePerProblem(string name)
    {
        var (items, messages) = Cases[name];

        var result = new AgendaPlanner().Plan(items);

        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        Assert.Equal(messages, result.Errors);
    }

    [Fact]
    public void Plan_AtTheLimits_Planned()
    {
        AgendaItem?[] items =
        [
            .. Enumerable.Range(0, 199).Select(i => Item($"I{i}", 1, $"o{i % 13}")),
            Item(new string('x', 100), 240, [.. Enumerable.Range(0, 50).Select(i => $"o{i}")]),
        ];

        var result = new AgendaPlanner().Plan(items);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(200, result.Plan!.Order.Count);
    }
}
